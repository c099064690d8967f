"""A job's power curve (``store/power.py``): a power sensor's steps, a meter's differences, at most 500 points."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from custom_components.print_logger.store.power import (
    MAX_POINTS,
    curve_stats,
    downsample,
    power_steps,
)

START = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


def at(seconds: float) -> datetime:
    return START + timedelta(seconds=seconds)


def test_power_readings_hold_until_the_next_and_gaps_stay_open() -> None:
    steps = power_steps(
        [(at(-5), 0.1), (at(60), 0.25), (at(120), None), (at(180), 0.06)],
        START,
        at(240),
        "power",
    )
    assert steps == [
        (0.0, 60.0, 100.0),
        (60.0, 120.0, 250.0),
        (120.0, 180.0, None),
        (180.0, 240.0, 60.0),
    ]
    mean, highest = curve_stats(steps)
    assert mean == pytest.approx((100 + 250 + 60) / 3, abs=0.01)
    assert highest == 250.0


def test_a_meters_differences_are_power_and_a_reset_is_no_reading() -> None:
    steps = power_steps(
        [
            (at(-1800), 5.0),
            (at(1800), 5.5),
            (at(3600), None),
            (at(5400), 6.0),
            (at(7200), 0.1),
        ],
        START,
        at(9000),
        "energy",
    )
    # 0.5 kWh over an hour from before the start; 0.5 kWh over an hour across the gap.
    assert steps == [
        (0.0, 1800.0, 500.0),
        (1800.0, 5400.0, 500.0),
        (5400.0, 7200.0, None),
        (7200.0, 9000.0, None),
    ]


def test_no_reading_is_one_open_stretch() -> None:
    assert power_steps([], START, at(60), "power") == [(0.0, 60.0, None)]
    assert curve_stats([(0.0, 60.0, None)]) == (None, None)


def test_long_curves_are_averaged_into_at_most_500_points() -> None:
    # A reading every second for 10 000 s alternating 100 and 300 W: each slice averages 200 W.
    readings = [(at(i), 0.1 if i % 2 == 0 else 0.3) for i in range(10_000)]
    steps = power_steps(readings, START, at(10_000), "power")
    points = downsample(steps, 10_000.0)
    assert len(points) == MAX_POINTS
    assert points[0] == (0.0, 200.0)
    assert points[1][0] == pytest.approx(20.0)
    assert all(value == pytest.approx(200.0) for _t, value in points)
    # Short curves come back as they are, equal neighbours joined.
    assert downsample(
        [(0.0, 10.0, 50.0), (10.0, 20.0, 50.0), (20.0, 30.0, None)], 30.0
    ) == [
        (0.0, 50.0),
        (20.0, None),
    ]
