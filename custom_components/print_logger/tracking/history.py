"""
Moonraker's history and file metadata in the store's terms.

Moonraker's field names (``server.history.list`` entries, ``server.files.metadata``) are known here
and in the tracker only; the store takes its own records (:class:`~..store.ImportedJob`, the
job_details contract of docs/contracts.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from ..gcode.values import POSITIVE_FACTS
from ..store import ImportedJob, JobStatus, StoreValidationError
from ..store.models import DETAIL_KINDS
from ..store.values import coerce_details, epoch_to_datetime, finite

HISTORY_STATUS: Final[Mapping[str, JobStatus]] = {
    "completed": JobStatus.COMPLETED,
    "cancelled": JobStatus.CANCELLED,
    "error": JobStatus.ERROR,
    "klippy_shutdown": JobStatus.KLIPPY_SHUTDOWN,
    "klippy_disconnect": JobStatus.KLIPPY_DISCONNECT,
    "server_exit": JobStatus.SERVER_EXIT,
    "interrupted": JobStatus.INTERRUPTED,
    "in_progress": JobStatus.IN_PROGRESS,
}
# Moonraker's metadata key → the job_details contract's.
_METADATA_DETAILS: Final = (
    ("slicer", "slicer"),
    ("slicer_version", "slicer_version"),
    ("estimated_time", "estimated_time"),
    ("layer_height", "layer_height"),
    ("first_layer_height", "first_layer_height"),
    ("nozzle_diameter", "nozzle_diameter"),
    ("first_layer_extr_temp", "nozzle_temp_first_layer"),
    ("first_layer_bed_temp", "bed_temp_first_layer"),
    ("filament_name", "filament_name"),
    ("filament_type", "filament_type"),
    ("filament_total", "filament_used_mm"),
    ("filament_weight_total", "filament_used_g"),
    ("layer_count", "total_layers"),
    ("object_height", "object_height"),
    ("printer_model", "printer_model"),
)


def details_from_moonraker_metadata(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """
    Map Moonraker's file metadata (``server.files.metadata``) onto the job_details contract.

    Returns every contract key (docs/contracts.md), None where Moonraker does not say.
    """
    details: dict[str, Any] = {
        target: metadata[key] for key, target in _METADATA_DETAILS if key in metadata
    }
    colours = metadata.get("filament_colors")
    if (
        isinstance(colours, list)
        and colours
        and all(isinstance(c, str) for c in colours)
    ):
        details["filament_colour"] = ";".join(colours)
    details = coerce_details(details)
    # The parser's rule for a 0 where 0 is impossible (gcode/normalise.py): unknown, never 0. Moonraker
    # states no density, so a weight of 0 is one computed from an unknown density.
    for key, value in details.items():
        if isinstance(value, int | float) and (
            (key in POSITIVE_FACTS and value <= 0)
            or (key == "filament_used_g" and value == 0)
        ):
            details[key] = None
    return dict.fromkeys(DETAIL_KINDS) | details


def history_spool_ids(entry: Mapping[str, Any]) -> list[int]:
    """
    Return the spools a history entry says the job used, in order (``auxiliary_data``).

    Moonraker's ``[spoolman]`` writes ``{"provider": "spoolman", "name": "spool_ids", "value":
    [1, 2]}``; clearing the spool mid-job adds a ``null`` (Moonraker 0.11), which is skipped.
    """
    aux = entry.get("auxiliary_data")
    if not isinstance(aux, list):
        return []
    for item in aux:
        if (
            isinstance(item, Mapping)
            and item.get("provider") == "spoolman"
            and item.get("name") == "spool_ids"
            and isinstance(item.get("value"), list)
        ):
            return list(
                dict.fromkeys(
                    v
                    for v in item["value"]
                    if isinstance(v, int) and not isinstance(v, bool) and v > 0
                )
            )
    return []


def history_job(entry: Mapping[str, Any]) -> ImportedJob:
    """
    Return the job a Moonraker history entry (``server.history.list``) tells of, to import.

    Maps ``job_id``, ``filename``, ``status``, ``start_time`` / ``end_time`` (epoch seconds),
    ``print_duration``, ``total_duration``, ``filament_used`` and ``metadata`` (estimated time,
    slicer, layers, filament type and weight, …). Raises StoreValidationError (naming the entry's
    fields) for an entry that cannot be imported: a job still in progress is tracked live.
    """
    errors: dict[str, str] = {}
    uid = entry.get("job_id")
    filename = entry.get("filename")
    start = epoch_to_datetime(entry.get("start_time"))
    if not isinstance(uid, str) or not uid:
        errors["job_id"] = "must be Moonraker's job id (a string)"
    if not isinstance(filename, str) or not filename:
        errors["filename"] = "is required"
    if start is None:
        errors["start_time"] = "must be epoch seconds"
    if entry.get("status") == JobStatus.IN_PROGRESS.value:
        errors["status"] = "a job still in progress is tracked live, not imported"
    if errors:
        raise StoreValidationError(errors)
    assert isinstance(uid, str) and isinstance(filename, str) and start is not None
    metadata = entry.get("metadata")
    metadata = metadata if isinstance(metadata, Mapping) else {}
    layers = metadata.get("layer_count")
    return ImportedJob(
        uid=uid,
        filename=filename,
        status=HISTORY_STATUS.get(str(entry.get("status")), JobStatus.INTERRUPTED),
        start=start,
        end=epoch_to_datetime(entry.get("end_time")),
        print_duration=finite(entry.get("print_duration")) or 0.0,
        total_duration=finite(entry.get("total_duration")) or 0.0,
        filament_used_mm=finite(entry.get("filament_used")) or 0.0,
        estimated_time=finite(metadata.get("estimated_time")),
        total_layers=(
            layers if isinstance(layers, int) and not isinstance(layers, bool) else None
        ),
        details=details_from_moonraker_metadata(metadata),
        metadata=dict(metadata),
    )
