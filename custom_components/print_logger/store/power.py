"""
A job's power curve for a chart: from a power sensor's readings or an energy meter's differences.

HA-free; the glue reads Home Assistant's recorder. The curve is a step function over the job: each
value (W) holds from its moment to the next one; ``None`` is a stretch without a reading. A power
sensor's reading holds until the next; a meter's power is the energy between two of its numbers
divided by the time between them (a reset, a drop of the meter, leaves that stretch open). More
steps than ``max_points`` are averaged (time-weighted) into ``max_points`` equal slices of the job.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
import itertools
import math
from typing import Final, Literal

from .costs import Reading

MAX_POINTS: Final = 500
"""The most points of a curve the API answers (a chart is at most a few hundred pixels wide)."""

POWER_REASONS: Final = ("no_sensor", "no_history", "no_recorder")
"""Why a power curve has no points: no plug sensor configured, the recorder has no reading of it
over the job (any more), no recorder."""

type Step = tuple[float, float, float | None]
"""(from, to) in seconds since the job's start, and the power in W (None: no reading)."""
type Point = tuple[float, float | None]
"""Seconds since the job's start and the power in W from then on (None: no reading)."""


def _number(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def power_steps(
    readings: Sequence[Reading],
    start: datetime,
    end: datetime,
    kind: Literal["power", "energy"],
) -> list[Step]:
    """
    Return the power over [start, end] as steps, from readings in kW (power) or kWh (a meter).

    ``readings`` should include the last one at or before ``start`` (the recorder's start state).
    """
    span = (end - start).total_seconds()
    if span <= 0:
        return []
    ordered = sorted(
        ((t, _number(v)) for t, v in readings if t <= end), key=lambda r: r[0]
    )

    def at(moment: datetime) -> float:
        return min(max((moment - start).total_seconds(), 0.0), span)

    steps: list[Step] = []
    if kind == "power":
        before = [v for t, v in ordered if t <= start]
        cursor, value = 0.0, before[-1] if before else None
        for moment, reading in ordered:
            if moment <= start:
                continue
            steps.append((cursor, at(moment), value))
            cursor, value = at(moment), reading
        steps.append((cursor, span, value))
    else:
        numbers = [(t, v) for t, v in ordered if v is not None]
        cursor = 0.0
        for (t0, v0), (t1, v1) in itertools.pairwise(numbers):
            if t1 <= start or t1 <= t0:
                continue
            begin, finish = at(t0), at(t1)
            if begin > cursor:
                steps.append((cursor, begin, None))
            hours = (t1 - t0).total_seconds() / 3600
            steps.append((begin, finish, (v1 - v0) / hours if v1 >= v0 else None))
            cursor = finish
        if cursor < span:
            steps.append((cursor, span, None))
    return [(a, b, None if v is None else v * 1000) for a, b, v in steps if b > a] or [
        (0.0, span, None)
    ]


def downsample(
    steps: Sequence[Step], span: float, max_points: int = MAX_POINTS
) -> list[Point]:
    """
    Return the steps as points, at most ``max_points``.

    Fewer steps are returned as they are (adjacent equal values joined); more are averaged over
    ``max_points`` equal slices of ``span``, each slice's value the time-weighted mean of its
    measured parts (None when none of it was measured).
    """
    joined: list[Step] = []
    for step in steps:
        if joined and joined[-1][2] == step[2] and joined[-1][1] == step[0]:
            joined[-1] = (joined[-1][0], step[1], step[2])
        else:
            joined.append(step)
    if len(joined) <= max_points or span <= 0:
        return [(round(a, 3), _rounded(v)) for a, _b, v in joined]
    width = span / max_points
    energy = [0.0] * max_points
    measured = [0.0] * max_points
    for a, b, v in joined:
        if v is None:
            continue
        first = min(int(a / width), max_points - 1)
        last = min(int(b / width), max_points - 1)
        for index in range(first, last + 1):
            lo = max(a, index * width)
            hi = min(b, (index + 1) * width)
            if hi > lo:
                energy[index] += v * (hi - lo)
                measured[index] += hi - lo
    return [
        (
            round(index * width, 3),
            _rounded(energy[index] / measured[index]) if measured[index] > 0 else None,
        )
        for index in range(max_points)
    ]


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def curve_stats(steps: Sequence[Step]) -> tuple[float | None, float | None]:
    """Return the mean (time-weighted, over the measured time) and the highest power in W."""
    measured = [(b - a, v) for a, b, v in steps if v is not None]
    seconds = sum(d for d, _ in measured)
    if seconds <= 0:
        return None, None
    mean = sum(d * v for d, v in measured) / seconds
    return _rounded(mean), _rounded(max(v for _, v in measured))
