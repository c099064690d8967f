"""The parser's result: normalised, typed slicer facts plus the raw ``key = value`` pairs."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

# The keys of ``GcodeMetadata.to_details()``: exactly the columns of ``job_details``
# (docs/contracts.md, "Job details"). Order follows the contract table.
DETAIL_KEYS: tuple[str, ...] = (
    "slicer",
    "slicer_version",
    "estimated_time",
    "layer_height",
    "first_layer_height",
    "nozzle_diameter",
    "nozzle_temp",
    "nozzle_temp_first_layer",
    "bed_temp",
    "bed_temp_first_layer",
    "filament_type",
    "filament_name",
    "filament_colour",
    "filament_vendor",
    "filament_density",
    "filament_diameter",
    "filament_cost_per_kg",
    "filament_used_mm",
    "filament_used_g",
    "filament_used_cm3",
    "print_cost",
    "infill_density",
    "infill_pattern",
    "wall_count",
    "top_layers",
    "bottom_layers",
    "supports_enabled",
    "support_type",
    "brim_width",
    "skirt_loops",
    "speeds",
    "total_layers",
    "object_height",
    "printer_model",
    "print_profile",
    "filament_profile",
    "printer_profile",
    "thumbnail_format",
    "thumbnail_width",
    "thumbnail_height",
    "thumbnail",
    "extruders",
    "raw",
)


@dataclass(frozen=True, kw_only=True, slots=True)
class Thumbnail:
    """One embedded preview image, decoded."""

    format: str
    """``png``, ``jpg`` or ``qoi``."""
    width: int
    height: int
    data: bytes


@dataclass(frozen=True, kw_only=True, slots=True)
class GcodeMetadata:
    """
    What a print file says about the print it makes.

    Every fact is ``None`` when the file does not state it. Where a job uses several filaments,
    the string facts (``filament_type``, ``filament_name``, ``filament_colour``,
    ``filament_vendor``, ``filament_profile``) list the filaments the job *uses* (or every
    configured one when the file has no per-filament usage), ``;``-joined; the per-filament
    numbers (density, diameter, cost per kg, nozzle temperatures) are those of the first used
    filament; usage and cost are totals. ``extruders`` keeps the complete per-filament lists.
    A 0 where 0 is impossible is ``None`` (one rule, ``normalise`` module docstring): a layer
    height, nozzle, density, diameter or price written as 0, and a weight or cost the slicer
    computed as 0 from a density or price it did not have.
    """

    slicer: str | None = None
    slicer_version: str | None = None
    supported: bool = True
    """False when the file is of a kind the parser cannot read (``error`` says why)."""
    error: str | None = None
    file_size: int | None = None

    estimated_time: float | None = None
    layer_height: float | None = None
    first_layer_height: float | None = None
    nozzle_diameter: float | None = None
    nozzle_temp: float | None = None
    nozzle_temp_first_layer: float | None = None
    bed_temp: float | None = None
    bed_temp_first_layer: float | None = None
    filament_type: str | None = None
    filament_name: str | None = None
    filament_colour: str | None = None
    filament_vendor: str | None = None
    filament_density: float | None = None
    filament_diameter: float | None = None
    filament_cost_per_kg: float | None = None
    filament_used_mm: float | None = None
    filament_used_g: float | None = None
    filament_used_cm3: float | None = None
    print_cost: float | None = None
    infill_density: float | None = None
    infill_pattern: str | None = None
    wall_count: int | None = None
    top_layers: int | None = None
    bottom_layers: int | None = None
    supports_enabled: bool | None = None
    support_type: str | None = None
    brim_width: float | None = None
    skirt_loops: int | None = None
    speeds: dict[str, float] | None = None
    total_layers: int | None = None
    object_height: float | None = None
    printer_model: str | None = None
    print_profile: str | None = None
    filament_profile: str | None = None
    printer_profile: str | None = None
    thumbnail_format: str | None = None
    thumbnail_width: int | None = None
    thumbnail_height: int | None = None
    thumbnail: bytes | None = field(default=None, repr=False)
    extruders: dict[str, list[Any]] | None = None
    raw: dict[str, str] = field(default_factory=dict, repr=False)

    def to_details(self) -> dict[str, Any]:
        """
        Return the ``job_details`` row: exactly the keys of docs/contracts.md.

        Dict values (``speeds``, ``extruders``, ``raw``) are copies: changing them does not
        change this result.
        """
        details: dict[str, Any] = {}
        for key in DETAIL_KEYS:
            value = getattr(self, key)
            if isinstance(value, dict):
                value = {
                    k: list(v) if isinstance(v, list) else v for k, v in value.items()
                }
            details[key] = value
        return details

    def facts(self) -> dict[str, Any]:
        """Return the normalised facts that are known (not None), without ``raw``/``thumbnail``."""
        return {
            key: value
            for key in DETAIL_KEYS
            if key not in ("raw", "thumbnail")
            and (value := getattr(self, key)) is not None
        }

    def with_changes(self, **changes: Any) -> GcodeMetadata:
        """Return a copy with some fields replaced."""
        return replace(self, **changes)
