"""
The spools a job used (schema version 3): each with its length, grams and a copy of its facts.

A job's ``spools`` column holds a JSON list of :class:`JobSpool` in the order the spools were used.
The copy of the spool's facts (filament, vendor, material, colours, diameter, density, price) is
taken when the job is logged, so the record stands on its own after the spool is used up and
deleted in Spoolman. ``jobs.spool_filament_cost`` is the sum of the spools' costs (None unless every
spool's cost is known).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
import math
from typing import Any, Final

SPOOL_ID_MAX: Final = 2_147_483_647
MAX_SPOOLS: Final = 32


@dataclass(frozen=True, kw_only=True)
class JobSpool:
    """
    One spool of a job: how much of the job's filament came from it and its facts at the time.

    ``price`` is for ``price_weight`` grams (the spool's own price for its initial weight, else the
    filament's price for the filament's weight). ``weight_g`` is computed from the length with
    ``π × (diameter/2)² / 1000 × density`` (as Spoolman does) unless given; ``cost`` from the
    weight and the price per gram.
    """

    spool_id: int
    length_mm: float = 0.0
    weight_g: float | None = None
    filament_name: str | None = None
    vendor: str | None = None
    material: str | None = None
    color_hex: str | None = None
    multi_color_hexes: str | None = None
    diameter: float | None = None
    density: float | None = None
    price: float | None = None
    price_weight: float | None = None
    cost: float | None = None

    def computed(self) -> JobSpool:
        """Return the spool with its weight (from the length) and cost (from the price) filled in."""
        weight = self.weight_g
        if weight is None and self.diameter and self.density:
            weight = (
                self.length_mm
                * math.pi
                * (self.diameter / 2) ** 2
                / 1000
                * self.density
            )
        cost = None
        if weight is not None and self.price is not None and self.price_weight:
            cost = weight * self.price / self.price_weight
        return replace(self, weight_g=weight, cost=cost)


_FIELDS: Final = {f.name for f in fields(JobSpool)}


def spool_to_json(spool: JobSpool) -> dict[str, Any]:
    """Return a spool as stored (the fields with a value)."""
    return {k: v for k, v in asdict(spool).items() if v is not None}


def spools_from_json(value: Any) -> tuple[JobSpool, ...]:
    """Return the spools of a ``jobs.spools`` value (unknown keys and bad items are skipped)."""
    if not isinstance(value, list):
        return ()
    return tuple(
        JobSpool(**{k: v for k, v in item.items() if k in _FIELDS})
        for item in value
        if isinstance(item, Mapping) and isinstance(item.get("spool_id"), int)
    )


def spools_cost(spools: Sequence[JobSpool]) -> float | None:
    """Return the filament cost of the spools (None unless each spool's cost is known)."""
    if not spools or any(s.cost is None for s in spools):
        return None
    return sum(s.cost or 0.0 for s in spools)


def merge_spools(spools: Iterable[JobSpool]) -> list[JobSpool]:
    """Merge repeated spool ids (1 → 2 → 1) into one entry each, in order of first use."""
    merged: dict[int, JobSpool] = {}
    for spool in spools:
        old = merged.get(spool.spool_id)
        if old is None:
            merged[spool.spool_id] = spool
            continue
        weight = (
            None
            if old.weight_g is None or spool.weight_g is None
            else old.weight_g + spool.weight_g
        )
        merged[spool.spool_id] = replace(
            old, length_mm=old.length_mm + spool.length_mm, weight_g=weight, cost=None
        )
    return list(merged.values())


# Bounds of the numbers a person may type for a spool (the operations layer reuses them).
SPOOL_BOUNDS: Final[dict[str, tuple[float, float]]] = {
    "spool_id": (1, SPOOL_ID_MAX),
    "length_mm": (0, 10_000_000),
    "weight_g": (0, 100_000),
    "diameter": (0.1, 10),
    "density": (0.1, 30),
    "price": (0, 100_000),
    "price_weight": (0.001, 1_000_000),
}
SPOOL_TEXT_MAX: Final = 255
SPOOL_TEXTS: Final = (
    "filament_name",
    "vendor",
    "material",
    "color_hex",
    "multi_color_hexes",
)


def spool_errors(spools: Sequence[JobSpool]) -> dict[str, str]:
    """Return the problems of a job's spools, by field (``spools.0.length_mm``); empty when fine."""
    errors: dict[str, str] = {}
    if len(spools) > MAX_SPOOLS:
        errors["spools"] = f"at most {MAX_SPOOLS} spools"
    for index, spool in enumerate(spools):
        for name, (low, high) in SPOOL_BOUNDS.items():
            value = getattr(spool, name)
            if value is None:
                continue
            if (
                isinstance(value, bool)
                or not isinstance(value, (int, float))
                or not math.isfinite(value)
                or not low <= value <= high
            ):
                errors[f"spools.{index}.{name}"] = (
                    f"must be a number from {low} to {high}"
                )
        for name in SPOOL_TEXTS:
            value = getattr(spool, name)
            if value is not None and (
                not isinstance(value, str) or len(value) > SPOOL_TEXT_MAX
            ):
                errors[f"spools.{index}.{name}"] = (
                    f"must be a text of at most {SPOOL_TEXT_MAX} characters"
                )
    return errors
