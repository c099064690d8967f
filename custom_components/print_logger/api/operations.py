"""
Every operation of the print log, defined once: fields, who may call it, handler, result, transports.

The REST views, websocket commands and actions are registered from these definitions, and
``scripts/api_docs.py`` writes docs/openapi.yaml and the tables of docs/api.md from them. To add an
operation, add a handler (``handlers.py``) and an entry here (docs/architecture.md).
"""

from __future__ import annotations

from typing import Any, Final

from . import handlers
from .fields import (
    BUCKET,
    BY,
    EDITABLE,
    FILTERS,
    JOB_ID_FIELD,
    JOB_IDS,
    METRIC,
    NEW_JOB,
    PAGE,
    RANGE,
)
from .model import Action, Operation, Rest, Websocket


# ---------------------------------------------------------------------- definitions
def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


OPERATIONS: Final[tuple[Operation, ...]] = (
    Operation(
        name="list_printers",
        summary="Every printer with its live state.",
        fields=(),
        handler=handlers.list_printers,
        rest=Rest(
            method="get",
            path="/printers",
            operation_id="listPrinters",
            summary="Every printer with its live state.",
            answer="The printers, by name.",
            result={
                "type": "object",
                "additionalProperties": False,
                "required": ["printers"],
                "properties": {"printers": {"type": "array", "items": _ref("Printer")}},
            },
        ),
        websocket=Websocket(
            type="printers/list",
            fields_doc="—",
            result_doc='`{"printers": [Printer…]}`',
        ),
    ),
    Operation(
        name="list_jobs",
        summary="A page of jobs matching the filters.",
        fields=(*FILTERS, *PAGE),
        handler=handlers.list_jobs,
        rest=Rest(
            method="get",
            path="/jobs",
            operation_id="listJobs",
            summary="List jobs (newest first by default), one page at a time.",
            answer="A page of jobs.",
            result=_ref("JobPage"),
        ),
        websocket=Websocket(
            type="jobs/list",
            fields_doc="filters (below)",
            result_doc='`{"jobs": [Job…], "total": 1234, "next_cursor": "…" \\| null}`',
        ),
        action=Action(name="get_jobs", printer_entry=True, only_response=True),
    ),
    Operation(
        name="get_job",
        summary="A job with its details and timeline.",
        fields=(JOB_ID_FIELD,),
        handler=handlers.get_job,
        rest=Rest(
            method="get",
            path="/jobs/{job_id}",
            operation_id="getJob",
            summary="A job with its slicer details, timeline and Moonraker metadata.",
            answer="The job.",
            result=_ref("JobDetailAnswer"),
            errors=(404,),
        ),
        websocket=Websocket(
            type="jobs/get",
            fields_doc="`job_id`",
            result_doc='`{"job": JobDetail}`',
        ),
    ),
    Operation(
        name="create_job",
        summary="Record a job by hand (source `manual`).",
        fields=(*NEW_JOB, *EDITABLE),
        handler=handlers.create_job,
        admin=True,
        rest=Rest(
            method="post",
            path="/jobs",
            operation_id="createJob",
            summary=(
                "Record a job by hand (e.g. of a printer without Moonraker). "
                "Administrators only."
            ),
            status=201,
            answer="The job as recorded.",
            result=_ref("JobDetailAnswer"),
            body="NewJob",
            errors=(403, 413),
        ),
        websocket=Websocket(
            type="jobs/create",
            fields_doc="`printer_id`, `filename`, `status` (an ended one, not `in_progress`), `start`, optional `end` (not before `start`), `print_duration`, `total_duration`, `filament_used_mm`, `filament_weight_g`, `filament_type`, `notes`, `rating`, `tags`, `failure_reason`, `cost`",
            result_doc='`{"job": JobDetail}` (source `manual`)',
        ),
    ),
    Operation(
        name="update_job",
        summary="Edit a job's notes, rating, tags, failure reason or cost.",
        fields=(JOB_ID_FIELD, *EDITABLE),
        handler=handlers.update_job,
        admin=True,
        rest=Rest(
            method="patch",
            path="/jobs/{job_id}",
            operation_id="updateJob",
            summary=(
                "Edit a job's notes, rating, tags, failure reason or cost. "
                "Administrators only."
            ),
            answer="The job after the change.",
            result=_ref("JobDetailAnswer"),
            body="JobChanges",
            errors=(403, 404, 413),
        ),
        websocket=Websocket(
            type="jobs/update",
            fields_doc="`job_id`, any of `notes`, `rating` (1–5 or null), `tags` (list of strings), `failure_reason`, `cost`",
            result_doc='`{"job": JobDetail}`',
        ),
        action=Action(name="update_job"),
    ),
    Operation(
        name="delete_job",
        summary="Delete a job with its details and timeline.",
        fields=(JOB_ID_FIELD,),
        handler=handlers.delete_job,
        admin=True,
        rest=Rest(
            method="delete",
            path="/jobs/{job_id}",
            operation_id="deleteJob",
            summary="Delete a job with its details and timeline. Administrators only.",
            answer="Deleted.",
            result={
                "type": "object",
                "additionalProperties": False,
                "required": ["deleted"],
                "properties": {"deleted": {"type": "integer", "minimum": 1}},
            },
            errors=(403, 404, 409),
        ),
        action=Action(name="delete_job", not_found_key="job_not_found"),
    ),
    Operation(
        name="delete_jobs",
        summary="Delete jobs (unknown ids are skipped).",
        fields=(JOB_IDS,),
        handler=handlers.delete_jobs,
        admin=True,
        websocket=Websocket(
            type="jobs/delete",
            fields_doc="`job_ids` (list, at most 500; unknown ids are skipped)",
            result_doc='`{"deleted": 2}`',
        ),
    ),
    Operation(
        name="get_thumbnail",
        summary="A job's thumbnail image.",
        fields=(JOB_ID_FIELD,),
        handler=handlers.get_thumbnail,
        rest=Rest(
            method="get",
            path="/jobs/{job_id}/thumbnail",
            operation_id="getThumbnail",
            summary="The job's thumbnail (the largest the slicer embedded).",
            answer="The image.",
            media=True,
            result={
                media: {"type": "string", "contentMediaType": media}
                for media in (
                    "image/png",
                    "image/jpeg",
                    "image/qoi",
                    "application/octet-stream",
                )
            },
            errors=(404,),
        ),
    ),
    Operation(
        name="summary",
        summary="Totals of the jobs started in a range (and matching the job list's filters).",
        fields=FILTERS,
        handler=handlers.summary,
        rest=Rest(
            method="get",
            path="/analytics/summary",
            operation_id="getSummary",
            summary=(
                "Totals of the jobs started in a range (and matching the job list's filters)."
            ),
            description=(
                "Takes the job list's filters too, so that the totals describe exactly the rows\n"
                "`GET /jobs` returns for the same filters (the panel's figure tiles).\n"
            ),
            answer="The Summary object.",
            result=_ref("Summary"),
        ),
        websocket=Websocket(
            type="analytics/summary",
            fields_doc="`printer_ids`, `since`, `until`, and the job list's other filters (`statuses`, `q`, `filament_type`, `tags`, `min_duration`, `max_duration`): the totals of exactly the rows `jobs/list` returns for the same filters",
            result_doc="Summary",
        ),
        action=Action(
            name="get_statistics",
            fields=("since", "until"),
            printer_entry=True,
            only_response=True,
        ),
    ),
    Operation(
        name="limits",
        summary="The bounds of what a person can write (the panel's forms use them).",
        fields=(),
        handler=handlers.limits,
        websocket=Websocket(
            type="limits",
            fields_doc="—",
            result_doc='`{"numbers": {"cost": {"min": 0, "max": 100000, "integer": false}, …}, "tags": {"max_length": 64, "max_count": 32, "separators": [",", ";"]}, "job_time": {"earliest": "2000-01-01T00:00:00+00:00", "future_tolerance": 86400.0}}`',
        ),
    ),
    Operation(
        name="timeseries",
        summary="A metric per local day, week, month or year.",
        fields=(BUCKET, METRIC, *RANGE),
        handler=handlers.timeseries,
        rest=Rest(
            method="get",
            path="/analytics/timeseries",
            operation_id="getTimeseries",
            summary=(
                "A metric per local day, week (from Monday), month or year of the jobs' start."
            ),
            description=(
                "Points run from the bucket of `since` (else of the first job) to the bucket"
                " before `until`\n(else of the last job); empty buckets are 0; a bucket is"
                " named by its first day. At most\n10000 points: with both `since` and `until`"
                ' a longer range is a 400; without one of them\n(e.g. "all time" over a log'
                " spanning decades) the next coarser bucket that fits is used\n(day → week →"
                " month → year) and the answer's `bucket` says which. `hours` are print\n"
                "hours, `filament` grams.\n"
            ),
            answer="The time series.",
            result=_ref("Timeseries"),
        ),
        websocket=Websocket(
            type="analytics/timeseries",
            fields_doc="`bucket` (`day`\\|`week`\\|`month`\\|`year`), `metric` (`jobs`\\|`hours`\\|`filament`\\|`cost`), `since`, `until`, `printer_ids`",
            result_doc='`{"bucket": "day", "metric": "jobs", "points": [{"bucket": "2026-11-01", "value": 3}]}`',
        ),
    ),
    Operation(
        name="breakdown",
        summary="Jobs grouped by a property.",
        fields=(BY, *RANGE),
        handler=handlers.breakdown,
        rest=Rest(
            method="get",
            path="/analytics/breakdown",
            operation_id="getBreakdown",
            summary="Jobs, print hours, filament and success rate grouped by a property.",
            description=(
                "`hour_of_day` (0–23), `weekday` (0 = Monday … 6 = Sunday) and `weekday_hour`"
                " (the hour of the\nweek, weekday × 24 + hour: 0 = Monday 00:00 … 167 ="
                " Sunday 23:00; for a heatmap) are local and\nlist every hour / day / hour of"
                " the week in order, zeros included; `layer_height` rows are by height; the"
                " others by jobs, most first. A missing\nvalue (e.g. no slicer known) is the"
                ' key null labelled "Unknown".\n'
            ),
            answer="The breakdown.",
            result=_ref("Breakdown"),
        ),
        websocket=Websocket(
            type="analytics/breakdown",
            fields_doc="`by` (`printer`\\|`status`\\|`filament_type`\\|`filament_colour`\\|`slicer`\\|`layer_height`\\|`hour_of_day`\\|`weekday`\\|`weekday_hour`), `since`, `until`, `printer_ids`",
            result_doc='`{"by": "status", "rows": [{"key": "completed", "label": "completed", "jobs": 10, "hours": 12.5, "filament_g": 300.0, "success_rate": 100.0}]}`',
        ),
    ),
    Operation(
        name="accuracy",
        summary="Slicer estimates against what completed jobs took.",
        fields=RANGE,
        handler=handlers.accuracy,
        rest=Rest(
            method="get",
            path="/analytics/accuracy",
            operation_id="getAccuracy",
            summary=(
                "Slicer estimates against what completed jobs took, overall, per printer and"
                " per material."
            ),
            description=(
                "Time compares the estimate with the print duration, filament the slicer's"
                " length with the\nextruded length; only completed jobs with both figures"
                " positive count. `ratio` is actual /\nestimated (above 1: the slicer"
                " under-estimates), `mean_abs_error_pct` the mean of\n|actual − estimate| /"
                " estimate × 100.\n"
            ),
            answer="The accuracy report.",
            result=_ref("Accuracy"),
        ),
        websocket=Websocket(
            type="analytics/accuracy",
            fields_doc="`since`, `until`, `printer_ids`",
            result_doc="Accuracy (below)",
        ),
    ),
    Operation(
        name="export",
        summary="Every job matching the filters as CSV.",
        fields=FILTERS,
        handler=handlers.export,
        rest=Rest(
            method="get",
            path="/export.csv",
            operation_id="exportCsv",
            summary=(
                "Every job matching the filters as CSV (UTF-8 with a byte-order mark, CRLF,"
                " oldest first), streamed."
            ),
            description=(
                "The file starts with a UTF-8 byte-order mark (so spreadsheet programs read"
                " umlauts and emoji\nright). Text cells starting with `=`, `+`, `-`, `@`, a"
                " tab or a carriage return are prefixed\nwith `'` so spreadsheets never run"
                " them as formulas; tags are `;`-joined (a tag cannot\ncontain `;` or `,`).\n"
            ),
            answer="The CSV file.",
            media=True,
            result={"text/csv": {"type": "string"}},
        ),
        action=Action(name="export_csv", printer_entry=True),
    ),
)
_BY_NAME: Final = {item.name: item for item in OPERATIONS}


def operation(name: str) -> Operation:
    """Return the operation ``name``."""
    return _BY_NAME[name]
