"""
What a job cost: energy, electricity at each moment's price, filament and machine time.

HA-free arithmetic; the glue reads Home Assistant's recorder.

Energy
  *Meter* (kWh, ``total``/``total_increasing``): the reading at the end minus the reading at the start
  (each the last reading at or before that moment). Between two readings the increase is spread evenly
  over the time between them (clipped to the job), so each moment's price applies to its share.
  *Power* (kW): each reading holds until the next; the energy is its integral over the job.

Edge cases, each with one answer (``estimated`` is set whenever the figure is not fully measured):
  - unavailable / unknown readings mid-job: a meter keeps counting while Home Assistant cannot read
    it, so the difference across the gap is still measured; a power sensor's gap is filled with the
    job's mean power over the measured time (estimated);
  - no reading at or before the start: a meter counts from its first reading in the job, a power
    sensor's missing beginning is filled as a gap (both estimated); no reading at all: no energy;
  - a meter that drops by 10 % or more has been reset (Home Assistant's own rule): the reading after
    the reset counts from zero (estimated: what was used just before the reset is not seen); a smaller
    drop is the meter's own correction and counts as it is;
  - times Home Assistant did not watch (``unobserved``: it was restarted mid-job) are gaps of a power
    sensor (estimated); a meter's difference across them stays measured;
  - price entity with gaps: the last known price holds across an unavailable stretch (estimated);
    energy before the first known price takes the first price of the job (estimated); no price at
    all: no electricity cost;
  - a plug shared by printers: while ``k`` other jobs on the same plug run, the job takes 1/(k+1) of
    the plug's energy (share by print time; estimated).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
import itertools
import math
from typing import Final

type Reading = tuple[datetime, float | None]
"""A sensor's state at a moment: its number in the base unit, or None when it was not a number."""

RESET_DROP: Final = 0.9
"""A meter reading below 90 % of the previous one is a reset (as Home Assistant's statistics)."""

ENERGY_UNITS: Final[Mapping[str, float]] = {"Wh": 0.001, "kWh": 1.0, "MWh": 1000.0}
"""Energy units a meter may have, in kWh."""
POWER_UNITS: Final[Mapping[str, float]] = {"W": 0.001, "kW": 1.0, "MW": 1000.0}
"""Power units a power sensor may have, in kW."""
PRICE_ENERGY_UNITS: Final[Mapping[str, float]] = {
    "Wh": 1000.0,
    "kWh": 1.0,
    "MWh": 0.001,
}
"""Energy units of a price ``<currency>/<unit>``: the factor to a price per kWh."""

COST_BOUNDS: Final[Mapping[str, float]] = {
    "energy_kwh": 1_000_000.0,
    "electricity_cost": 100_000.0,
    "machine_rate": 10_000.0,
    "material_price": 10_000.0,
    "electricity_price": 10_000.0,
}
"""The largest figure accepted (each at least 0): a job's energy and electricity, a machine rate per
print hour, a filament price per kg, a fixed electricity price per kWh."""

MATERIALS: Final = ("PLA", "PETG", "ABS", "ASA", "TPU", "PA", "PC", "other")
"""The materials of the farm's filament price table (any other material uses ``other``)."""


class CostSource(StrEnum):
    """Where a figure of a job's cost came from."""

    MEASURED = "measured"
    """From a meter, a power sensor and a price at each moment, with nothing filled in."""
    ESTIMATED = "estimated"
    """Measured in part; gaps filled as the module notes say."""
    SPOOLMAN = "spoolman"
    """The price of the job's spools in Spoolman."""
    SLICER = "slicer"
    """The slicer's filament price (per kg) times the filament the job used."""
    PRICE_TABLE = "price_table"
    """The farm's price per kg of the material, or the printer's machine rate."""
    MANUAL = "manual"
    """Typed by a person: overrides what was computed."""
    COMPUTED = "computed"
    """A total: the sum of its parts, none of them estimated."""


def unit_factor(unit: str | None, units: Mapping[str, float]) -> float | None:
    """Return the factor of ``unit`` to the base unit, None when it is not one of ``units``."""
    if unit is None:
        return None
    return units.get(unit.strip())


def price_factor(unit: str | None) -> float | None:
    """Return the factor of a price unit (``EUR/kWh``, ``ct/MWh`` …) to a price per kWh."""
    if not unit or "/" not in unit:
        return None
    return PRICE_ENERGY_UNITS.get(unit.rsplit("/", 1)[1].strip())


@dataclass(frozen=True, kw_only=True)
class EnergyCurve:
    """
    The energy used since the start, as a piecewise-linear function of time.

    ``points`` are (moment, kWh since the start), in order, the first at the start and the last at
    the end; between two points the energy grows linearly.
    """

    points: tuple[tuple[datetime, float], ...]
    estimated: bool = False
    notes: tuple[str, ...] = ()

    @property
    def kwh(self) -> float:
        """Return the energy over the whole curve."""
        return self.points[-1][1] if self.points else 0.0

    def at(self, moment: datetime) -> float:
        """Return the energy used from the start to ``moment`` (clamped to the curve)."""
        points = self.points
        if not points or moment <= points[0][0]:
            return 0.0
        if moment >= points[-1][0]:
            return points[-1][1]
        times = [t for t, _ in points]
        index = bisect_right(times, moment)
        (t0, e0), (t1, e1) = points[index - 1], points[index]
        span = (t1 - t0).total_seconds()
        if span <= 0:
            return e1
        return e0 + (e1 - e0) * (moment - t0).total_seconds() / span


def _sorted(readings: Sequence[Reading]) -> list[Reading]:
    return sorted(readings, key=lambda reading: reading[0])


def _finite(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def meter_curve(
    readings: Sequence[Reading], start: datetime, end: datetime
) -> EnergyCurve | None:
    """
    Return the energy of a job from a meter's readings (kWh), None without a reading in the job.

    ``readings`` should include the last state at or before ``start`` (the recorder's start state).
    """
    ordered = [(t, _finite(v)) for t, v in _sorted(readings) if t <= end]
    before = [(t, v) for t, v in ordered if t <= start and v is not None]
    during = [(t, v) for t, v in ordered if t > start and v is not None]
    notes: list[str] = []
    estimated = False
    if before:
        previous = before[-1][1]
        previous_at = start
    elif during:
        (previous_at, previous), during = during[0], during[1:]
        estimated = True
        notes.append("no reading at the start: counted from the first reading")
    else:
        return None
    assert previous is not None
    points: list[tuple[datetime, float]] = [(start, 0.0)]
    if previous_at > start:
        points.append((previous_at, 0.0))
    total = 0.0
    for moment, value in during:
        assert value is not None
        if value < previous * RESET_DROP:
            total += value
            estimated = True
            notes.append(f"meter reset at {moment.isoformat()}")
        else:
            total += value - previous
        previous = value
        points.append((moment, total))
    if points[-1][0] < end:
        points.append((end, total))
    return EnergyCurve(points=tuple(points), estimated=estimated, notes=tuple(notes))


def clip_curve(
    curve: EnergyCurve, start: datetime, end: datetime
) -> EnergyCurve | None:
    """
    Return the part of a curve over [start, end], counted from ``start``.

    None when the curve does not cover both ends (a figure for part of the job is no figure).
    """
    if not curve.points or start < curve.points[0][0] or end > curve.points[-1][0]:
        return None
    base = curve.at(start)
    inner = [(t, e - base) for t, e in curve.points if start < t < end]
    return EnergyCurve(
        points=((start, 0.0), *inner, (end, curve.at(end) - base)),
        estimated=curve.estimated,
        notes=curve.notes,
    )


def _merge(
    intervals: Sequence[tuple[datetime, datetime]],
) -> list[tuple[datetime, datetime]]:
    merged: list[tuple[datetime, datetime]] = []
    for begin, finish in sorted(intervals):
        if finish <= begin:
            continue
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], finish))
        else:
            merged.append((begin, finish))
    return merged


def power_curve(
    readings: Sequence[Reading],
    start: datetime,
    end: datetime,
    *,
    unobserved: Sequence[tuple[datetime, datetime]] = (),
) -> EnergyCurve | None:
    """
    Return the energy of a job from a power sensor's readings (kW), None without any reading.

    Each reading holds until the next. Stretches without a number (before the first reading,
    unavailable, ``unobserved``) are filled with the mean power of the measured time (estimated).
    """
    ordered = [(t, _finite(v)) for t, v in _sorted(readings) if t < end]
    if not any(v is not None for _, v in ordered):
        return None
    # Pieces (begin, finish, kW or None for a gap), covering [start, end].
    pieces: list[tuple[datetime, datetime, float | None]] = []
    before = [(t, v) for t, v in ordered if t <= start]
    current = before[-1][1] if before else None
    cursor = start
    for moment, value in (r for r in ordered if r[0] > start):
        pieces.append((cursor, moment, current))
        cursor, current = moment, value
    pieces.append((cursor, end, current))
    gaps = _merge(unobserved)
    split: list[tuple[datetime, datetime, float | None]] = []
    for begin, finish, value in pieces:
        cuts = sorted(
            {begin, finish} | {t for gap in gaps for t in gap if begin < t < finish}
        )
        for a, b in itertools.pairwise(cuts):
            hidden = any(g0 <= a and b <= g1 for g0, g1 in gaps)
            split.append((a, b, None if hidden else value))
    measured_seconds = sum(
        (b - a).total_seconds() for a, b, v in split if v is not None
    )
    measured_kwh = sum(
        v * (b - a).total_seconds() / 3600 for a, b, v in split if v is not None
    )
    gap_seconds = sum((b - a).total_seconds() for a, b, v in split if v is None)
    if measured_seconds <= 0:
        return None
    mean = measured_kwh * 3600 / measured_seconds
    notes: list[str] = []
    if gap_seconds > 0:
        notes.append(
            f"{gap_seconds:.0f} s without a reading filled with the mean power"
        )
    points: list[tuple[datetime, float]] = [(start, 0.0)]
    total = 0.0
    for a, b, value in split:
        total += (mean if value is None else value) * (b - a).total_seconds() / 3600
        points.append((b, total))
    return EnergyCurve(
        points=tuple(points), estimated=gap_seconds > 0, notes=tuple(notes)
    )


def shared_curve(
    curve: EnergyCurve, others: Sequence[tuple[datetime, datetime]]
) -> EnergyCurve:
    """
    Return a job's share of a plug's energy, split by print time.

    While ``k`` of ``others`` (jobs of other printers on the same plug, as (start, end)) run, the
    job takes 1/(k+1); the curve itself is returned when none overlaps.
    """
    if not curve.points:
        return curve
    start, end = curve.points[0][0], curve.points[-1][0]
    overlapping = [
        (max(a, start), min(b, end)) for a, b in others if a < end and b > start
    ]
    if not overlapping:
        return curve
    cuts = sorted(
        {t for t, _ in curve.points} | {t for pair in overlapping for t in pair}
    )
    points: list[tuple[datetime, float]] = [(start, 0.0)]
    total = 0.0
    for a, b in itertools.pairwise(cuts):
        running = sum(1 for o0, o1 in overlapping if o0 <= a and b <= o1)
        total += (curve.at(b) - curve.at(a)) / (running + 1)
        points.append((b, total))
    return EnergyCurve(
        points=tuple(points),
        estimated=True,
        notes=(*curve.notes, "plug shared with another printer: split by print time"),
    )


@dataclass(frozen=True, kw_only=True)
class PriceResult:
    """The electricity cost of a curve, and whether a price was filled in."""

    cost: float
    estimated: bool


def electricity_cost(
    curve: EnergyCurve, prices: Sequence[Reading]
) -> PriceResult | None:
    """
    Return the cost of the curve's energy at each moment's price (per kWh), None without a price.

    A price holds until the next; an unavailable price (None) keeps the last known one (estimated);
    energy before the first known price takes that first price (estimated).
    """
    if not curve.points:
        return None
    start, end = curve.points[0][0], curve.points[-1][0]
    ordered = [(t, _finite(v)) for t, v in _sorted(prices) if t < end]
    if not any(v is not None for _, v in ordered):
        return None
    estimated = False
    # Pieces (begin, price or None for unknown) from the start on.
    before = [(t, v) for t, v in ordered if t <= start]
    cuts: list[tuple[datetime, float | None]] = [
        (start, before[-1][1] if before else None)
    ]
    cuts.extend((t, v) for t, v in ordered if t > start)
    first_known = next(v for _, v in ordered if v is not None)
    cost = 0.0
    last_known: float | None = None
    for index, (begin, value) in enumerate(cuts):
        finish = cuts[index + 1][0] if index + 1 < len(cuts) else end
        energy = curve.at(finish) - curve.at(begin)
        if value is not None:
            last_known = value
            price = value
        else:
            price = last_known if last_known is not None else first_known
            if energy > 0:
                estimated = True
        cost += energy * price
    return PriceResult(cost=cost, estimated=estimated)


@dataclass(frozen=True, kw_only=True)
class FilamentFacts:
    """What is known of a job's filament for its cost."""

    spool_cost: float | None = None
    """The cost of the job's spools from Spoolman's prices (``jobs.spool_filament_cost``)."""
    weight_g: float | None = None
    slicer_price_per_kg: float | None = None
    """The slicer's ``filament_cost`` (per kg)."""
    material: str | None = None
    price_table: Mapping[str, float] | None = None
    """The farm's price per kg by material (``MATERIALS``)."""


def material_key(material: str | None) -> str:
    """Return the price table's key of a material (``PLA+`` → ``PLA``, unknown → ``other``)."""
    if not material:
        return "other"
    first = material.split(";")[0].strip().upper()
    for key in sorted(MATERIALS[:-1], key=len, reverse=True):
        if first == key or first.startswith(key):
            return key
    return "other"


def filament_cost(facts: FilamentFacts) -> tuple[float, CostSource] | None:
    """Return the filament cost: Spoolman's spool price, the slicer's price, then the price table."""
    if facts.spool_cost is not None:
        return facts.spool_cost, CostSource.SPOOLMAN
    if facts.weight_g is None or facts.weight_g < 0:
        return None
    if facts.slicer_price_per_kg is not None and facts.slicer_price_per_kg > 0:
        return facts.weight_g / 1000 * facts.slicer_price_per_kg, CostSource.SLICER
    if facts.price_table:
        price = facts.price_table.get(material_key(facts.material))
        if price is not None:
            return facts.weight_g / 1000 * price, CostSource.PRICE_TABLE
    return None


def machine_cost(rate_per_hour: float | None, print_seconds: float) -> float | None:
    """Return the machine cost: the rate per print hour times the print time."""
    if rate_per_hour is None:
        return None
    return rate_per_hour * max(print_seconds, 0.0) / 3600


@dataclass(frozen=True, kw_only=True)
class CostParts:
    """A job's cost parts as stored (computed ones and a person's overrides)."""

    electricity: float | None = None
    electricity_source: str | None = None
    filament: float | None = None
    filament_source: str | None = None
    machine: float | None = None
    manual_total: float | None = None
    manual_electricity: float | None = None
    manual_filament: float | None = None


def total_cost(parts: CostParts) -> tuple[float | None, CostSource | None]:
    """
    Return a job's total cost and its source.

    A manual total overrides everything; otherwise the parts (a manual part overriding its computed
    one) add up; ``estimated`` when any part is, ``computed`` otherwise; None when no part is known.
    """
    if parts.manual_total is not None:
        return parts.manual_total, CostSource.MANUAL
    values: list[float] = []
    estimated = False
    for manual, computed, source in (
        (parts.manual_electricity, parts.electricity, parts.electricity_source),
        (parts.manual_filament, parts.filament, parts.filament_source),
        (None, parts.machine, CostSource.PRICE_TABLE),
    ):
        if manual is not None:
            values.append(manual)
        elif computed is not None:
            values.append(computed)
            estimated |= source == CostSource.ESTIMATED
    if not values:
        return None, None
    return sum(values), CostSource.ESTIMATED if estimated else CostSource.COMPUTED
