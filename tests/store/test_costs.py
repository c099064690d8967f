"""The arithmetic of a job's cost: meters, power, prices, shared plugs and the edge cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from custom_components.print_logger.store.costs import (
    CostParts,
    CostSource,
    EnergyCurve,
    FilamentFacts,
    clip_curve,
    electricity_cost,
    filament_cost,
    machine_cost,
    material_key,
    meter_curve,
    power_curve,
    price_factor,
    shared_curve,
    total_cost,
)

T0 = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_meter_difference_and_price_by_hour() -> None:
    """Readings before, during and at the end: the difference, each hour at its own price."""
    readings = [(at(-5), 100.0), (at(30), 100.2), (at(60), 100.5), (at(120), 101.0)]
    curve = meter_curve(readings, at(0), at(120))
    assert curve is not None
    assert curve.kwh == pytest.approx(1.0)
    assert not curve.estimated
    # 0.5 kWh in the first hour at 0.30, 0.5 kWh in the second at 0.20.
    prices = [(at(-60), 0.30), (at(60), 0.20)]
    result = electricity_cost(curve, prices)
    assert result is not None
    assert result.cost == pytest.approx(0.5 * 0.30 + 0.5 * 0.20)
    assert not result.estimated


def test_meter_unavailable_mid_job_stays_measured() -> None:
    readings = [(at(0), 10.0), (at(20), None), (at(40), None), (at(60), 10.6)]
    curve = meter_curve(readings, at(0), at(60))
    assert curve is not None
    assert curve.kwh == pytest.approx(0.6)
    assert not curve.estimated


def test_meter_reset_counts_from_zero_and_is_estimated() -> None:
    readings = [(at(-1), 50.0), (at(30), 50.4), (at(31), 0.0), (at(60), 0.3)]
    curve = meter_curve(readings, at(0), at(60))
    assert curve is not None
    assert curve.kwh == pytest.approx(0.7)
    assert curve.estimated
    # A small dip is the meter's own correction, not a reset.
    dip = meter_curve([(at(0), 50.0), (at(10), 49.99), (at(20), 50.5)], at(0), at(20))
    assert dip is not None
    assert dip.kwh == pytest.approx(0.5)
    assert not dip.estimated


def test_meter_without_start_reading() -> None:
    curve = meter_curve([(at(10), 5.0), (at(60), 5.5)], at(0), at(60))
    assert curve is not None
    assert curve.kwh == pytest.approx(0.5)
    assert curve.estimated
    assert meter_curve([(at(-5), None), (at(70), 3.0)], at(0), at(60)) is None


def test_power_integral_and_gaps() -> None:
    """kW held until the next reading; a gap is filled with the mean power (estimated)."""
    readings = [(at(-10), 0.1), (at(30), 0.3), (at(60), 0.2)]
    curve = power_curve(readings, at(0), at(90))
    assert curve is not None
    assert curve.kwh == pytest.approx(0.1 * 0.5 + 0.3 * 0.5 + 0.2 * 0.5)
    assert not curve.estimated
    gap = power_curve([(at(0), 0.2), (at(30), None), (at(60), 0.2)], at(0), at(90))
    assert gap is not None
    assert gap.estimated
    assert gap.kwh == pytest.approx(0.2 * 1.5)
    hidden = power_curve([(at(0), 0.4)], at(0), at(60), unobserved=[(at(20), at(40))])
    assert hidden is not None
    assert hidden.estimated
    assert hidden.kwh == pytest.approx(0.4)
    assert power_curve([(at(0), None)], at(0), at(60)) is None


def test_price_gaps_keep_the_last_price() -> None:
    curve = EnergyCurve(points=((at(0), 0.0), (at(60), 1.0)))
    result = electricity_cost(curve, [(at(0), 0.3), (at(30), None)])
    assert result is not None
    assert result.cost == pytest.approx(0.3)
    assert result.estimated
    late = electricity_cost(curve, [(at(30), 0.4)])
    assert late is not None
    assert late.cost == pytest.approx(0.4)
    assert late.estimated
    assert electricity_cost(curve, [(at(0), None)]) is None


def test_shared_plug_split_by_print_time() -> None:
    curve = EnergyCurve(points=((at(0), 0.0), (at(60), 0.6)))
    shared = shared_curve(curve, [(at(30), at(90))])
    assert shared.kwh == pytest.approx(0.3 + 0.15)
    assert shared.estimated
    assert shared_curve(curve, [(at(60), at(90))]) is curve


def test_filament_machine_and_total() -> None:
    spool = filament_cost(
        FilamentFacts(spool_cost=1.2, weight_g=50, slicer_price_per_kg=20)
    )
    assert spool == (1.2, CostSource.SPOOLMAN)
    slicer = filament_cost(FilamentFacts(weight_g=50, slicer_price_per_kg=20))
    assert slicer == (pytest.approx(1.0), CostSource.SLICER)
    table = filament_cost(
        FilamentFacts(weight_g=200, material="PETG-CF", price_table={"PETG": 30.0})
    )
    assert table == (pytest.approx(6.0), CostSource.PRICE_TABLE)
    assert filament_cost(FilamentFacts(material="PLA")) is None
    assert material_key("pla+") == "PLA"
    assert material_key("Nylon") == "other"
    assert machine_cost(0.5, 7200) == pytest.approx(1.0)
    assert machine_cost(None, 7200) is None
    assert price_factor("EUR/MWh") == pytest.approx(0.001)
    assert price_factor("EUR") is None
    parts = CostParts(
        electricity=0.4,
        electricity_source="estimated",
        filament=1.0,
        filament_source="slicer",
        machine=0.5,
    )
    assert total_cost(parts) == (pytest.approx(1.9), CostSource.ESTIMATED)
    manual_part = CostParts(
        electricity=0.4, electricity_source="measured", manual_filament=2.0
    )
    assert total_cost(manual_part) == (pytest.approx(2.4), CostSource.COMPUTED)
    assert total_cost(CostParts(machine=0.5, manual_total=9.0)) == (
        9.0,
        CostSource.MANUAL,
    )
    assert total_cost(CostParts()) == (None, None)


def test_clip_curve_counts_from_the_start() -> None:
    """Hourly sums spread over each hour, clipped to a job from :15 to :30 two hours later."""
    hourly = meter_curve(
        [(at(0), 0.0), (at(60), 0.4), (at(120), 1.0), (at(180), 2.0)], at(0), at(180)
    )
    assert hourly is not None
    clipped = clip_curve(hourly, at(15), at(150))
    assert clipped is not None
    assert clipped.kwh == pytest.approx(0.3 + 0.6 + 0.5)
    assert clipped.at(at(60)) == pytest.approx(0.3)
    assert clip_curve(hourly, at(-15), at(150)) is None
