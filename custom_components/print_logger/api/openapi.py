"""
The OpenAPI document of the REST API, built from the operations (``scripts/api_docs.py`` writes it).

Paths, parameters and request bodies come from the operations' fields and REST transports (so the
bounds are the store's); the result objects, shared answers and the introduction are below.
"""

from __future__ import annotations

from typing import Any, Final

from ..store import JobEventType, JobSource, JobStatus
from ..store.analytics import BREAKDOWNS, BUCKETS, MAX_POINTS, METRICS
from ..store.cost_analytics import COST_BREAKDOWNS, TOP_JOBS_MAX
from ..store.media import PHOTO_KINDS
from ..store.models import COST_COLUMNS
from ..store.spool_analytics import SPOOL_BREAKDOWNS
from .fields import (
    EDITABLE,
    ENDED_STATUSES,
    FILE_ID_FIELD,
    JOB_ID_FIELD,
    JOB_ID_PATTERN,
    JOB_TIMES,
    NEW_JOB,
    PHOTO_ID_FIELD,
    SPOOLS,
    START_PRINT,
    Field,
    bounds,
)
from .maintenance import (
    SCHEMAS as MAINTENANCE_SCHEMAS,
    body_schemas as maintenance_bodies,
)
from .model import Operation
from .operations import OPERATIONS
from .reprint import REFUSALS
from .shapes import JOB_ITEM_KEYS

INFO: Final[dict[str, Any]] = {
    "title": "Print Logger REST API",
    "version": "0.1.0",
    "summary": "The print log of Klipper / Moonraker printers kept by the Print Logger Home Assistant "
    "integration.",
    "description": "Served by Home Assistant under `/api/print_logger/`. Every request needs a Home "
    "Assistant access\n"
    "token (a long-lived access token is the API key: `Authorization: Bearer "
    "<token>`); changes\n"
    "(POST, PATCH, DELETE) need an administrator. The websocket commands of "
    "docs/api.md have the same\n"
    "semantics.\n"
    "\n"
    "Timestamps are ISO 8601 (answers are UTC), between 1970 and 9999; a date or time "
    "without a zone\n"
    "(`2026-03-01`, `2026-03-01T08:00:00`) is in Home Assistant's configured time "
    "zone. A job's\n"
    "`start` and `end` lie between 2000-01-01T00:00:00Z and one day after now (a job "
    "cannot start\n"
    "in the future). `since` must be before `until` (400 otherwise). Durations are "
    "seconds (at most\n"
    "31536000, a year), lengths millimetres (`filament_used_mm` at most 10000000), "
    "weights grams\n"
    "(at most 100000), costs in the user's currency (at most 100000), ratings 1 to 5: "
    "these bounds\n"
    "are the store's one definition (`store/validation.py`), shared by the websocket "
    "commands, the\n"
    "actions and the panel's forms. Tags may not contain `,` or `;` (the separators of "
    "the panel's\n"
    "tag editor and of the CSV export). Lists in query parameters are comma-separated\n"
    "(`statuses=completed,cancelled`). Analytics are bucketed in Home Assistant's "
    "configured time\n"
    "zone. An unknown query parameter is a 400.\n",
    "license": {"name": "MIT", "identifier": "MIT"},
}
RESPONSES: Final[dict[str, Any]] = {
    "BadRequest": {
        "description": "Invalid input; `errors` has a message per field. A query string "
        "with control bytes is\n"
        "refused earlier by Home Assistant's security filter, with a "
        "plain-text 400.\n",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}},
            "text/plain": {"schema": {"type": "string"}},
        },
    },
    "Unauthorized": {
        "description": "No valid access token.",
        "content": {
            "text/plain": {"schema": {"type": "string"}},
            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}},
        },
    },
    "Forbidden": {
        "description": "The user is not an administrator.",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
        },
    },
    "NotFound": {
        "description": "No such job or file (or it has no thumbnail, or the file is on no "
        "printer: `reason`); a\npath no route matches is Home Assistant's plain-text 404.",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}},
            "text/plain": {"schema": {"type": "string"}},
        },
    },
    "Conflict": {
        "description": "The job is being printed (delete it once it ended), or the printer "
        "cannot start the print\n(`reason` says why).",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
        },
    },
    "TooLarge": {
        "description": "The request body is larger than 256 KiB.",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}
        },
    },
    "Unavailable": {
        "description": "No printer is set up yet, or the database does not answer.",
        "content": {
            "application/json": {"schema": {"$ref": "#/components/schemas/Error"}},
            "text/plain": {"schema": {"type": "string"}},
        },
    },
}
SECURITY: Final[dict[str, Any]] = {
    "homeAssistantToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "A Home Assistant access token (e.g. a long-lived access "
        "token from the user's profile).",
    }
}
RESULT_SCHEMAS: Final[dict[str, Any]] = {
    "Error": {
        "type": "object",
        "additionalProperties": False,
        "required": ["message"],
        "properties": {
            "message": {"type": "string"},
            "errors": {"type": "object", "additionalProperties": {"type": "string"}},
            "reason": {
                "type": "string",
                "enum": list(REFUSALS),
                "description": "Why a print could not start (`POST /print`).",
            },
        },
    },
    "JobStatus": {"type": "string", "enum": [status.value for status in JobStatus]},
    "EndedJobStatus": {"type": "string", "enum": list(ENDED_STATUSES)},
    "Timestamp": {"type": "string", "format": "date-time"},
    "JobTime": {
        "type": "string",
        "description": "ISO 8601 (without a zone: in Home Assistant's time zone), from "
        "2000-01-01T00:00:00Z to one day after now: a job cannot start or end "
        "in the future.",
    },
    "NullableNumber": {"type": ["number", "null"]},
    "NullableString": {"type": ["string", "null"]},
    "Job": {
        "description": "A job as listed.",
        "allOf": [{"$ref": "#/components/schemas/JobFields"}],
        "unevaluatedProperties": False,
    },
    "JobFields": {
        "type": "object",
        "required": list(JOB_ITEM_KEYS),
        "properties": {
            "id": {"type": "string", "pattern": JOB_ID_PATTERN},
            "printer_id": {"type": "string"},
            "printer_name": {"type": "string"},
            "uid": {"$ref": "#/components/schemas/NullableString"},
            "filename": {"type": "string"},
            "status": {"$ref": "#/components/schemas/JobStatus"},
            "source": {
                "type": "string",
                "enum": [source.value for source in JobSource],
            },
            "start": {"$ref": "#/components/schemas/Timestamp"},
            "end": {
                "oneOf": [{"$ref": "#/components/schemas/Timestamp"}, {"type": "null"}]
            },
            "print_duration": {"type": "number", "minimum": 0},
            "total_duration": {"type": "number", "minimum": 0},
            "filament_used_mm": {"type": "number", "minimum": 0},
            "filament_weight_g": {"$ref": "#/components/schemas/NullableNumber"},
            "filament_type": {"$ref": "#/components/schemas/NullableString"},
            "filament_colour": {"$ref": "#/components/schemas/NullableString"},
            "estimated_time": {"$ref": "#/components/schemas/NullableNumber"},
            "progress": {"type": "number", "minimum": 0},
            "pause_count": {"type": "integer", "minimum": 0},
            "paused_duration": {"type": "number", "minimum": 0},
            "error_message": {"$ref": "#/components/schemas/NullableString"},
            "notes": {"$ref": "#/components/schemas/NullableString"},
            "rating": bounds("rating", nullable=True),
            "tags": {"type": "array", "items": {"type": "string"}},
            "failure_reason": {"$ref": "#/components/schemas/NullableString"},
            "cost": {"$ref": "#/components/schemas/NullableNumber"},
            "has_thumbnail": {"type": "boolean"},
            "spools": {
                "type": "array",
                "description": "The spools the job used, in order, with what came from each "
                "and a copy of the spool's facts at the time (Spoolman through Moonraker).",
                "items": {"$ref": "#/components/schemas/JobSpool"},
            },
            "spool_filament_cost": {
                "$ref": "#/components/schemas/NullableNumber",
                "description": "The filament cost from the spools' prices (null unless every "
                "spool's price is known).",
            },
            "end_photo_id": {
                "type": ["string", "null"],
                "description": "The photo taken when the job ended (GET /photos/{photo_id}).",
            },
            "file_id": {
                "type": ["string", "null"],
                "description": "The file it printed (`GET /files/{file_id}`).",
            },
            "costs": {"$ref": "#/components/schemas/JobCosts"},
        },
    },
    "JobCosts": {
        "type": "object",
        "additionalProperties": False,
        "description": "What the job cost, computed when it ended from the printer's plug, "
        "the electricity price, the filament's price and the machine rate (null until "
        "computed). Sources: measured, estimated (a gap filled, a meter reset, a shared "
        "plug), spoolman, slicer, price_table, manual, computed (a total of parts none "
        "estimated). total_cost is the manual cost when one was typed.",
        "required": list(COST_COLUMNS),
        "properties": {
            "energy_kwh": {"$ref": "#/components/schemas/NullableNumber"},
            "energy_source": {"$ref": "#/components/schemas/NullableString"},
            "electricity_cost": {"$ref": "#/components/schemas/NullableNumber"},
            "electricity_source": {"$ref": "#/components/schemas/NullableString"},
            "computed_filament_cost": {"$ref": "#/components/schemas/NullableNumber"},
            "computed_filament_source": {"$ref": "#/components/schemas/NullableString"},
            "machine_cost": {"$ref": "#/components/schemas/NullableNumber"},
            "total_cost": {"$ref": "#/components/schemas/NullableNumber"},
            "total_cost_source": {"$ref": "#/components/schemas/NullableString"},
        },
    },
    "Photo": {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "id",
            "job_id",
            "kind",
            "taken_at",
            "size",
            "width",
            "height",
            "source",
        ],
        "properties": {
            "id": {"type": "string", "pattern": JOB_ID_PATTERN},
            "job_id": {"type": "string", "pattern": JOB_ID_PATTERN},
            "kind": {"type": "string", "enum": list(PHOTO_KINDS)},
            "taken_at": {"$ref": "#/components/schemas/Timestamp"},
            "size": {"type": "integer", "minimum": 1},
            "width": {"type": "integer", "minimum": 1},
            "height": {"type": "integer", "minimum": 1},
            "source": {
                "$ref": "#/components/schemas/NullableString",
                "description": "The camera entity, or null for an upload.",
            },
        },
    },
    "Climate": {
        "type": "object",
        "additionalProperties": False,
        "description": "An environment sensor over a job.",
        "required": [
            "entity_id",
            "name",
            "device_class",
            "unit",
            "min",
            "mean",
            "max",
            "samples",
            "missing_seconds",
            "series",
        ],
        "properties": {
            "entity_id": {"type": "string"},
            "name": {"$ref": "#/components/schemas/NullableString"},
            "device_class": {"$ref": "#/components/schemas/NullableString"},
            "unit": {"$ref": "#/components/schemas/NullableString"},
            "min": {"$ref": "#/components/schemas/NullableNumber"},
            "mean": {
                "$ref": "#/components/schemas/NullableNumber",
                "description": "Time-weighted over the job; gaps left out.",
            },
            "max": {"$ref": "#/components/schemas/NullableNumber"},
            "samples": {"type": "integer", "minimum": 0},
            "missing_seconds": {"type": "number", "minimum": 0},
            "series": {
                "type": "array",
                "description": "[seconds since the job's start, value or null] (at most 500).",
                "items": {
                    "type": "array",
                    "items": {"type": ["number", "null"]},
                    "minItems": 2,
                    "maxItems": 2,
                },
            },
        },
    },
    "JobSpool": {
        "type": "object",
        "required": ["spool_id", "length_mm"],
        "properties": {
            "spool_id": {"type": "integer"},
            "length_mm": {"type": "number", "minimum": 0},
            "weight_g": {"type": "number", "minimum": 0},
            "filament_name": {"type": "string"},
            "vendor": {"type": "string"},
            "material": {"type": "string"},
            "color_hex": {"type": "string"},
            "multi_color_hexes": {"type": "string"},
            "diameter": {"type": "number"},
            "density": {"type": "number"},
            "price": {"type": "number", "description": "For price_weight grams."},
            "price_weight": {"type": "number"},
            "cost": {"type": "number", "minimum": 0},
        },
        "additionalProperties": False,
    },
    "JobDetail": {
        "allOf": [{"$ref": "#/components/schemas/JobFields"}],
        "type": "object",
        "unevaluatedProperties": False,
        "required": ["details", "events", "metadata", "photos", "climate"],
        "properties": {
            "details": {
                "type": ["object", "null"],
                "description": "The slicer's facts (docs/contracts.md), "
                "without the thumbnail's bytes.",
            },
            "events": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["type", "at", "data"],
                    "properties": {
                        "type": {
                            "type": "string",
                            "enum": [kind.value for kind in JobEventType],
                        },
                        "at": {"$ref": "#/components/schemas/Timestamp"},
                        "data": {"type": "object"},
                    },
                },
            },
            "metadata": {
                "type": ["object", "null"],
                "description": "Moonraker's metadata of the file.",
            },
            "photos": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Photo"},
            },
            "climate": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Climate"},
            },
        },
    },
    "JobDetailAnswer": {
        "type": "object",
        "additionalProperties": False,
        "required": ["job"],
        "properties": {"job": {"$ref": "#/components/schemas/JobDetail"}},
    },
    "JobPage": {
        "type": "object",
        "additionalProperties": False,
        "required": ["jobs", "total", "next_cursor"],
        "properties": {
            "jobs": {"type": "array", "items": {"$ref": "#/components/schemas/Job"}},
            "total": {"type": "integer", "minimum": 0},
            "next_cursor": {"$ref": "#/components/schemas/NullableString"},
        },
    },
    "FileStats": {
        "type": "object",
        "additionalProperties": False,
        "description": "A file's figures on one printer (`printer_id`) or on the whole farm"
        " (null). Means are of\nthe completed prints; `estimate_ratio` is print time /"
        " the slicer's estimate (completed\nprints with both).",
        "required": [
            "printer_id",
            "printer_name",
            "prints",
            "finished",
            "completed",
            "success_rate",
            "print_duration",
            "mean_print_duration",
            "filament_used_mm",
            "mean_filament_mm",
            "filament_weight_g",
            "cost",
            "estimate_ratio",
            "first_start",
            "last_start",
            "last_status",
            "last_job_id",
        ],
        "properties": {
            "printer_id": {"$ref": "#/components/schemas/NullableString"},
            "printer_name": {"$ref": "#/components/schemas/NullableString"},
            "prints": {"type": "integer", "minimum": 1},
            "finished": {"type": "integer", "minimum": 0},
            "completed": {"type": "integer", "minimum": 0},
            "success_rate": {
                "type": ["number", "null"],
                "minimum": 0,
                "maximum": 1,
                "description": "completed / finished prints",
            },
            "print_duration": {"type": "number", "minimum": 0},
            "mean_print_duration": {"$ref": "#/components/schemas/NullableNumber"},
            "filament_used_mm": {"type": "number", "minimum": 0},
            "mean_filament_mm": {"$ref": "#/components/schemas/NullableNumber"},
            "filament_weight_g": {"type": "number", "minimum": 0},
            "cost": {"$ref": "#/components/schemas/NullableNumber"},
            "estimate_ratio": {"$ref": "#/components/schemas/NullableNumber"},
            "first_start": {"$ref": "#/components/schemas/Timestamp"},
            "last_start": {"$ref": "#/components/schemas/Timestamp"},
            "last_status": {"$ref": "#/components/schemas/JobStatus"},
            "last_job_id": {"type": "string", "pattern": JOB_ID_PATTERN},
        },
    },
    "File": {
        "type": "object",
        "additionalProperties": False,
        "description": "A file printed: a file name with one slice of it, and its track record.",
        "required": [
            "id",
            "filename",
            "fingerprint",
            "version",
            "versions",
            "printer_model",
            "thumbnail_job_id",
            "stats",
            "printers",
        ],
        "properties": {
            "id": {"type": "string", "pattern": JOB_ID_PATTERN},
            "filename": {"type": "string"},
            "fingerprint": {
                "type": ["string", "null"],
                "description": "The slice's fingerprint (from its metadata); null without"
                " slicer metadata.",
            },
            "version": {
                "type": "integer",
                "minimum": 1,
                "description": "Which slice of the name, by first print.",
            },
            "versions": {"type": "integer", "minimum": 1},
            "printer_model": {"$ref": "#/components/schemas/NullableString"},
            "thumbnail_job_id": {
                "type": ["string", "null"],
                "description": "A job whose thumbnail shows the file"
                " (`GET /jobs/{job_id}/thumbnail`).",
            },
            "stats": {"$ref": "#/components/schemas/FileStats"},
            "printers": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/FileStats"},
            },
        },
    },
    "FilePage": {
        "type": "object",
        "additionalProperties": False,
        "required": ["files", "total"],
        "properties": {
            "files": {"type": "array", "items": {"$ref": "#/components/schemas/File"}},
            "total": {"type": "integer", "minimum": 0},
        },
    },
    "FileAnswer": {
        "type": "object",
        "additionalProperties": False,
        "required": ["file", "versions"],
        "properties": {
            "file": {"$ref": "#/components/schemas/File"},
            "versions": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/File"},
            },
        },
    },
    "PrintStarted": {
        "type": "object",
        "additionalProperties": False,
        "required": ["printer_id", "filename", "copied_from", "sha256"],
        "properties": {
            "printer_id": {"type": "string"},
            "filename": {"type": "string"},
            "copied_from": {
                "type": ["string", "null"],
                "description": "The printer the file was copied from (null: it was there).",
            },
            "sha256": {
                "type": ["string", "null"],
                "description": "The copied file's SHA-256, checked by the target's Moonraker.",
            },
        },
    },
    "Printer": {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "id",
            "entry_id",
            "name",
            "moonraker_url",
            "online",
            "print_state",
            "current_job",
            "active_spool",
        ],
        "properties": {
            "id": {"type": "string"},
            "entry_id": {"$ref": "#/components/schemas/NullableString"},
            "name": {"type": "string"},
            "moonraker_url": {"$ref": "#/components/schemas/NullableString"},
            "online": {"type": "boolean"},
            "print_state": {
                "type": "string",
                "description": "Klipper's print state (standby, "
                "printing, paused, complete, cancelled, "
                "error) or offline",
            },
            "active_spool": {
                "description": "Moonraker's active spool with what Spoolman says of it "
                "(null without one or without `[spoolman]`).",
                "oneOf": [
                    {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["spool_id", "name"],
                        "properties": {
                            "spool_id": {"type": "integer"},
                            "name": {"type": "string"},
                            "filament_name": {
                                "$ref": "#/components/schemas/NullableString"
                            },
                            "vendor": {"$ref": "#/components/schemas/NullableString"},
                            "material": {"$ref": "#/components/schemas/NullableString"},
                            "color_hex": {
                                "$ref": "#/components/schemas/NullableString"
                            },
                            "remaining_weight": {
                                "$ref": "#/components/schemas/NullableNumber"
                            },
                        },
                    },
                    {"type": "null"},
                ],
            },
            "current_job": {
                "oneOf": [{"$ref": "#/components/schemas/Job"}, {"type": "null"}]
            },
        },
    },
    "Summary": {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "jobs",
            "completed",
            "cancelled",
            "failed",
            "in_progress",
            "success_rate",
            "print_hours",
            "filament_mm",
            "filament_g",
            "cost",
            "energy_kwh",
            "electricity_cost",
            "filament_cost",
            "machine_cost",
            "maintenance_cost",
            "avg_print_hours",
        ],
        "properties": {
            "jobs": {"type": "integer", "minimum": 0},
            "completed": {"type": "integer", "minimum": 0},
            "cancelled": {"type": "integer", "minimum": 0},
            "failed": {
                "type": "integer",
                "minimum": 0,
                "description": "every ended status but completed and cancelled",
            },
            "in_progress": {"type": "integer", "minimum": 0},
            "success_rate": {
                "type": ["number", "null"],
                "minimum": 0,
                "maximum": 100,
                "description": "completed / ended × 100; null when no job ended",
            },
            "print_hours": {"type": "number", "minimum": 0},
            "filament_mm": {"type": "number", "minimum": 0},
            "filament_g": {"type": "number", "minimum": 0},
            "cost": {
                "type": "number",
                "minimum": 0,
                "description": "each job's manual cost, else the total computed when it ended",
            },
            "energy_kwh": {
                "type": "number",
                "minimum": 0,
                "description": "the energy the jobs used (kWh, from the plug's meter or power)",
            },
            "electricity_cost": {
                "type": "number",
                "minimum": 0,
                "description": "the cost's electricity part (typed by hand, else measured)",
            },
            "filament_cost": {
                "type": "number",
                "minimum": 0,
                "description": "the cost's filament part (typed by hand, else Spoolman, the "
                "slicer or the farm's price table)",
            },
            "machine_cost": {
                "type": "number",
                "minimum": 0,
                "description": "the cost's machine part (the printer's rate per print hour)",
            },
            "maintenance_cost": {
                "type": "number",
                "minimum": 0,
                "description": "the cost of the maintenance logged in the range (by its date)"
                " on these printers; the job filters do not apply to it",
            },
            "avg_print_hours": {
                "type": ["number", "null"],
                "minimum": 0,
                "description": "print_hours / jobs; null without jobs",
            },
        },
    },
    "Timeseries": {
        "type": "object",
        "additionalProperties": False,
        "required": ["bucket", "metric", "points"],
        "properties": {
            "bucket": {
                "type": "string",
                "enum": list(BUCKETS),
                "description": "the bucket used (coarser than asked for "
                "when an open-ended series would exceed "
                "10000 points)",
            },
            "metric": {"type": "string", "enum": list(METRICS)},
            "points": {
                "type": "array",
                "maxItems": MAX_POINTS,
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["bucket", "value"],
                    "properties": {
                        "bucket": {"type": "string", "format": "date"},
                        "value": {"type": "number", "minimum": 0},
                    },
                },
            },
        },
    },
    "SpoolBreakdown": {
        "type": "object",
        "additionalProperties": False,
        "required": ["by", "rows", "totals"],
        "properties": {
            "by": {"type": "string", "enum": list(SPOOL_BREAKDOWNS)},
            "rows": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": [
                        "key",
                        "label",
                        "color_hex",
                        "jobs",
                        "length_mm",
                        "filament_g",
                        "cost",
                    ],
                    "properties": {
                        "key": {"type": ["string", "integer", "null"]},
                        "label": {"type": "string"},
                        "color_hex": {"$ref": "#/components/schemas/NullableString"},
                        "jobs": {"type": "integer", "minimum": 0},
                        "length_mm": {"type": "number", "minimum": 0},
                        "filament_g": {"type": "number", "minimum": 0},
                        "cost": {"type": ["number", "null"], "minimum": 0},
                    },
                },
            },
            "totals": {
                "type": "object",
                "additionalProperties": False,
                "required": ["filament_g", "cost"],
                "properties": {
                    "filament_g": {"type": "number", "minimum": 0},
                    "cost": {"type": "number", "minimum": 0},
                },
            },
        },
    },
    "Breakdown": {
        "type": "object",
        "additionalProperties": False,
        "required": ["by", "rows"],
        "properties": {
            "by": {"type": "string", "enum": list(BREAKDOWNS)},
            "rows": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": [
                        "key",
                        "label",
                        "jobs",
                        "hours",
                        "filament_g",
                        "success_rate",
                    ],
                    "properties": {
                        "key": {"type": ["string", "number", "null"]},
                        "label": {"type": "string"},
                        "jobs": {"type": "integer", "minimum": 0},
                        "hours": {"type": "number", "minimum": 0},
                        "filament_g": {"type": "number", "minimum": 0},
                        "success_rate": {
                            "type": ["number", "null"],
                            "minimum": 0,
                            "maximum": 100,
                        },
                    },
                },
            },
        },
    },
    "AccuracyPart": {
        "type": "object",
        "additionalProperties": False,
        "required": ["jobs", "ratio", "mean_abs_error_pct"],
        "properties": {
            "jobs": {"type": "integer", "minimum": 0},
            "estimated_hours": {"type": "number", "minimum": 0},
            "actual_hours": {"type": "number", "minimum": 0},
            "estimated_mm": {"type": "number", "minimum": 0},
            "actual_mm": {"type": "number", "minimum": 0},
            "ratio": {"$ref": "#/components/schemas/NullableNumber"},
            "mean_abs_error_pct": {"$ref": "#/components/schemas/NullableNumber"},
        },
    },
    "AccuracyFigures": {
        "type": "object",
        "required": ["jobs", "time", "filament"],
        "properties": {
            "jobs": {"type": "integer", "minimum": 0, "description": "completed jobs"},
            "time": {"$ref": "#/components/schemas/AccuracyPart"},
            "filament": {"$ref": "#/components/schemas/AccuracyPart"},
        },
    },
    "AccuracyRow": {
        "allOf": [{"$ref": "#/components/schemas/AccuracyFigures"}],
        "type": "object",
        "unevaluatedProperties": False,
        "required": ["key", "label"],
        "properties": {
            "key": {"$ref": "#/components/schemas/NullableString"},
            "label": {"type": "string"},
        },
    },
    "Accuracy": {
        "type": "object",
        "additionalProperties": False,
        "required": ["overall", "by_printer", "by_material"],
        "properties": {
            "overall": {
                "allOf": [{"$ref": "#/components/schemas/AccuracyFigures"}],
                "unevaluatedProperties": False,
            },
            "by_printer": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/AccuracyRow"},
            },
            "by_material": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/AccuracyRow"},
            },
        },
    },
    "CostFigures": {
        "type": "object",
        "required": [
            "jobs",
            "cost",
            "electricity_cost",
            "filament_cost",
            "machine_cost",
            "energy_kwh",
            "print_hours",
            "filament_g",
            "metered_jobs",
            "costed_jobs",
            "kwh_per_job",
            "kwh_per_print_hour",
            "cost_per_gram",
            "cost_per_job",
        ],
        "properties": {
            "jobs": {"type": "integer", "minimum": 0},
            "cost": {
                "type": "number",
                "minimum": 0,
                "description": "each job's manual cost, else the total computed when it ended",
            },
            "electricity_cost": {"type": "number", "minimum": 0},
            "filament_cost": {"type": "number", "minimum": 0},
            "machine_cost": {"type": "number", "minimum": 0},
            "energy_kwh": {"type": "number", "minimum": 0},
            "print_hours": {"type": "number", "minimum": 0},
            "filament_g": {"type": "number", "minimum": 0},
            "metered_jobs": {
                "type": "integer",
                "minimum": 0,
                "description": "the jobs with a measured energy",
            },
            "costed_jobs": {
                "type": "integer",
                "minimum": 0,
                "description": "the jobs with a cost",
            },
            "kwh_per_job": {
                "type": ["number", "null"],
                "minimum": 0,
                "description": "energy_kwh / metered_jobs; null without a metered job",
            },
            "kwh_per_print_hour": {
                "type": ["number", "null"],
                "minimum": 0,
                "description": "energy_kwh / the metered jobs' print hours",
            },
            "cost_per_gram": {
                "type": ["number", "null"],
                "minimum": 0,
                "description": "the cost of the jobs with a cost and a weight / their grams",
            },
            "cost_per_job": {
                "type": ["number", "null"],
                "minimum": 0,
                "description": "cost / costed_jobs",
            },
        },
    },
    "CostRow": {
        "allOf": [{"$ref": "#/components/schemas/CostFigures"}],
        "type": "object",
        "unevaluatedProperties": False,
        "required": ["key", "label"],
        "properties": {
            "key": {
                "$ref": "#/components/schemas/NullableString",
                "description": "the printer's id, the material (null: unknown) or the local"
                " month's first day (YYYY-MM-DD)",
            },
            "label": {"type": "string"},
        },
    },
    "CostAnalysis": {
        "type": "object",
        "additionalProperties": False,
        "required": ["by", "rows", "totals"],
        "properties": {
            "by": {"type": "string", "enum": list(COST_BREAKDOWNS)},
            "rows": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/CostRow"},
            },
            "totals": {
                "allOf": [{"$ref": "#/components/schemas/CostFigures"}],
                "unevaluatedProperties": False,
            },
        },
    },
    "ExpensiveJob": {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "id",
            "printer_id",
            "printer_name",
            "filename",
            "status",
            "start",
            "print_hours",
            "filament_g",
            "filament_type",
            "energy_kwh",
            "cost",
            "electricity_cost",
            "filament_cost",
            "machine_cost",
        ],
        "properties": {
            "id": {"type": "string"},
            "printer_id": {"type": "string"},
            "printer_name": {"type": "string"},
            "filename": {"type": "string"},
            "status": {
                "type": "string",
                "enum": [status.value for status in JobStatus],
            },
            "start": {"type": "string", "format": "date-time"},
            "print_hours": {"type": "number", "minimum": 0},
            "filament_g": {"$ref": "#/components/schemas/NullableNumber"},
            "filament_type": {"$ref": "#/components/schemas/NullableString"},
            "energy_kwh": {"$ref": "#/components/schemas/NullableNumber"},
            "cost": {"type": "number", "minimum": 0},
            "electricity_cost": {"$ref": "#/components/schemas/NullableNumber"},
            "filament_cost": {"$ref": "#/components/schemas/NullableNumber"},
            "machine_cost": {"$ref": "#/components/schemas/NullableNumber"},
        },
    },
    "ExpensiveJobs": {
        "type": "object",
        "additionalProperties": False,
        "required": ["jobs"],
        "properties": {
            "jobs": {
                "type": "array",
                "maxItems": TOP_JOBS_MAX,
                "items": {"$ref": "#/components/schemas/ExpensiveJob"},
            },
        },
    },
    **MAINTENANCE_SCHEMAS,
}


# The error answers every operation may give, and those it declares.
_ALWAYS: Final = {400: "BadRequest", 401: "Unauthorized", 503: "Unavailable"}
_DECLARED: Final = {403: "Forbidden", 404: "NotFound", 409: "Conflict", 413: "TooLarge"}
ADMIN_ONLY: Final = "Administrators only."


def _ref(kind: str, name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/{kind}/{name}"}


def _parameter(item: Field, where: str = "query") -> dict[str, Any]:
    """Return a field as an OpenAPI parameter."""
    parameter: dict[str, Any] = {"name": item.name, "in": where}
    if item.required:
        parameter["required"] = True
    if item.description:
        parameter["description"] = item.description
    if item.is_list:
        parameter["style"] = "form"
        parameter["explode"] = False
    parameter["schema"] = dict(item.schema)
    return parameter


def _properties(fields: tuple[Field, ...]) -> dict[str, Any]:
    return {item.name: dict(item.schema) for item in fields}


def _summary(operation: Operation) -> str:
    """Return the REST summary: the view's own or the operation's, saying who may call it."""
    assert operation.rest is not None
    summary = operation.rest.summary or operation.summary
    if operation.admin and not summary.endswith(ADMIN_ONLY):
        summary = f"{summary} {ADMIN_ONLY}"
    return summary


def _declared(operation: Operation) -> set[int]:
    """Return the error answers a view declares (403 and 413 follow from the definition)."""
    assert operation.rest is not None
    declared: set[int] = set(operation.rest.errors)
    if operation.admin:
        declared.add(403)
    if operation.rest.body is not None:
        declared.add(413)
    return declared


def _operation(operation: Operation) -> dict[str, Any]:
    """Return the OpenAPI operation object of an operation's REST transport."""
    rest = operation.rest
    assert rest is not None
    result: dict[str, Any] = {
        "operationId": rest.operation_id,
        "summary": _summary(operation),
    }
    if rest.description:
        result["description"] = rest.description
    in_path = {f"{{{item.name}}}" for item in operation.fields} & set(
        rest.path.split("/")
    )
    if rest.body is None:
        parameters = [
            _ref("parameters", item.name) if item.shared else _parameter(item)
            for item in operation.fields
            if f"{{{item.name}}}" not in in_path
        ]
        if parameters:
            result["parameters"] = parameters
    else:
        result["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": _ref("schemas", rest.body)}},
        }
    if rest.media:
        assert rest.result is not None
        content = {media: {"schema": schema} for media, schema in rest.result.items()}
    else:
        answer = rest.result or operation.result
        assert answer is not None, f"{operation.name}: no result schema"
        content = {"application/json": {"schema": dict(answer)}}
    declared = _declared(operation)
    statuses = {
        rest.status: {"description": rest.answer, "content": content},
        **{
            status: _ref("responses", name)
            for status, name in (_ALWAYS | _DECLARED).items()
            if status in _ALWAYS or status in declared
        },
    }
    result["responses"] = {str(status): statuses[status] for status in sorted(statuses)}
    return result


def _paths() -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for operation in OPERATIONS:
        if (rest := operation.rest) is None:
            continue
        path = paths.setdefault(rest.path, {})
        for name in ("job_id", "photo_id", "file_id"):
            if f"{{{name}}}" in rest.path and "parameters" not in path:
                path["parameters"] = [_ref("parameters", name)]
        for item in operation.fields:
            if f"{{{item.name}}}" in rest.path and item.name not in (
                "job_id",
                "photo_id",
                "file_id",
            ):
                path.setdefault("parameters", [_parameter(item, "path")])
        path[rest.method] = _operation(operation)
    return paths


def _parameters() -> dict[str, Any]:
    shared = {
        item.name: _parameter(item)
        for operation in OPERATIONS
        for item in operation.fields
        if item.shared
    }
    return {
        "job_id": _parameter(JOB_ID_FIELD, "path"),
        "photo_id": _parameter(PHOTO_ID_FIELD, "path"),
        "file_id": _parameter(FILE_ID_FIELD, "path"),
        **shared,
    }


def document() -> dict[str, Any]:
    """Return the OpenAPI document of the REST API."""
    editable = _properties(EDITABLE)
    return {
        "openapi": "3.1.0",
        "info": INFO,
        "servers": [{"url": "/api/print_logger"}],
        "security": [{"homeAssistantToken": []}],
        "paths": _paths(),
        "components": {
            "securitySchemes": SECURITY,
            "parameters": _parameters(),
            "responses": RESPONSES,
            "schemas": {
                **RESULT_SCHEMAS,
                **maintenance_bodies(),
                "Editable": {"type": "object", "properties": editable},
                "JobChanges": {
                    "allOf": [_ref("schemas", "Editable")],
                    "type": "object",
                    "properties": _properties((*JOB_TIMES, SPOOLS)),
                    "unevaluatedProperties": False,
                },
                "StartPrint": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": [item.name for item in START_PRINT if item.required],
                    "properties": _properties(START_PRINT),
                },
                "NewJob": {
                    "allOf": [_ref("schemas", "Editable")],
                    "type": "object",
                    "unevaluatedProperties": False,
                    "required": [item.name for item in NEW_JOB if item.required],
                    "properties": _properties(NEW_JOB),
                },
            },
        },
    }
