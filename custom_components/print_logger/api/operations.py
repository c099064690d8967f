"""
Every operation of the print log, defined once: fields, who may call it, handler, result, transports.

The REST views, websocket commands and actions are registered from these definitions, and
``scripts/api_docs.py`` writes docs/openapi.yaml and the tables of docs/api.md from them (the
websocket table's words from the fields and the result: ``describe.py``). To add an operation, add a
handler (``handlers.py``) and an entry here (docs/architecture.md).
"""

from __future__ import annotations

from typing import Any, Final

from ..store.power import MAX_POINTS, POWER_REASONS
from ..store.rollups import DURATION_BINS
from . import handlers, reprint
from .fields import (
    BUCKET,
    BY,
    COST_BY,
    EDITABLE,
    FILE_ID_FIELD,
    FILE_ID_FILTER,
    FILE_LIST,
    FILTERS,
    JOB_ID_FIELD,
    JOB_IDS,
    JOB_TIMES,
    METRIC,
    NEW_JOB,
    PAGE,
    PHOTO_ID_FIELD,
    PHOTO_SIZE,
    RANGE,
    SPOOL_BY,
    SPOOLS,
    START_PRINT,
    TOP_JOBS,
    Field,
)
from .maintenance import MAINTENANCE_OPERATIONS
from .model import Action, Handler, Operation, Rest, Websocket


# ---------------------------------------------------------------------- result shapes
def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(**properties: Any) -> dict[str, Any]:
    """Return the schema of a JSON object with exactly these properties."""
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(properties),
        "properties": properties,
    }


_INTEGER: Final = {"type": "integer", "minimum": 0}
_NUMBER: Final = {"type": "number"}
# The websocket-only results (the REST ones are components of docs/openapi.yaml: api/openapi.py).
_DELETED: Final = _object(deleted=_INTEGER)
_LIMITS: Final = _object(
    numbers={
        "type": "object",
        "additionalProperties": _object(
            min=_NUMBER, max=_NUMBER, integer={"type": "boolean"}
        ),
    },
    tags=_object(
        max_length=_INTEGER,
        max_count=_INTEGER,
        separators={"type": "array", "items": {"type": "string"}},
    ),
    job_time=_object(
        earliest={"type": "string", "format": "date-time"},
        future_tolerance=_NUMBER,
    ),
)

_NULLABLE_NUMBER: Final = {"type": ["number", "null"]}
_POWER: Final = {
    **_object(
        entity_id={
            "type": ["string", "null"],
            "description": "The printer's plug sensor (null: none configured).",
        },
        kind={
            "enum": ["power", "energy", None],
            "description": "A power sensor, or an energy meter whose differences give the power.",
        },
        source={
            "enum": ["states", "statistics", None],
            "description": (
                "The recorder's state history, or its hourly long-term statistics"
                " (older jobs)."
            ),
        },
        reason={
            "enum": [None, *POWER_REASONS],
            "description": (
                "Why there are no points: `no_sensor` (none configured), `no_history`"
                " (the recorder has no reading over the job, or no longer), `no_recorder`."
            ),
        },
        mean_w={**_NULLABLE_NUMBER, "description": "Time-weighted, gaps left out (W)."},
        max_w=_NULLABLE_NUMBER,
        points={
            "type": "array",
            "maxItems": MAX_POINTS,
            "description": (
                "[seconds since the job's start, W or null (no reading)], each value holding"
                " until the next point (at most 500: longer curves are averaged)."
            ),
            "items": {
                "type": "array",
                "items": _NULLABLE_NUMBER,
                "minItems": 2,
                "maxItems": 2,
            },
        },
    ),
}


def _analytics(
    name: str,
    *,
    summary: str,
    fields: tuple[Field, ...],
    handler: Handler,
    result: str,
    description: str,
    answer: str,
    rest_summary: str | None = None,
    action: Action | None = None,
) -> Operation:
    """
    Return an analytics operation: ``GET /analytics/<name>`` and ``analytics/<name>``.

    ``result`` names its schema (components/schemas).
    """
    return Operation(
        name=name,
        summary=summary,
        fields=fields,
        handler=handler,
        result=_ref(result),
        rest=Rest(
            method="get",
            path=f"/analytics/{name}",
            operation_id=f"get{result}",
            summary=rest_summary,
            description=description,
            answer=answer,
        ),
        websocket=Websocket(type=f"analytics/{name}"),
        action=action,
    )


# ---------------------------------------------------------------------- definitions
OPERATIONS: Final[tuple[Operation, ...]] = (
    Operation(
        name="list_printers",
        summary="Every printer with its live state.",
        fields=(),
        handler=handlers.list_printers,
        result=_object(printers={"type": "array", "items": _ref("Printer")}),
        rest=Rest(
            method="get",
            path="/printers",
            operation_id="listPrinters",
            answer="The printers, by name.",
        ),
        websocket=Websocket(type="printers/list"),
    ),
    Operation(
        name="list_jobs",
        summary="A page of jobs matching the filters.",
        fields=(*FILTERS, FILE_ID_FILTER, *PAGE),
        handler=handlers.list_jobs,
        result=_ref("JobPage"),
        rest=Rest(
            method="get",
            path="/jobs",
            operation_id="listJobs",
            summary="List jobs (newest first by default), one page at a time.",
            answer="A page of jobs.",
        ),
        websocket=Websocket(type="jobs/list"),
        action=Action(name="get_jobs", printer_entry=True, only_response=True),
    ),
    Operation(
        name="get_job",
        summary="A job with its details and timeline.",
        fields=(JOB_ID_FIELD,),
        handler=handlers.get_job,
        result=_ref("JobDetailAnswer"),
        rest=Rest(
            method="get",
            path="/jobs/{job_id}",
            operation_id="getJob",
            summary="A job with its slicer details, timeline and Moonraker metadata.",
            answer="The job.",
            errors=(404,),
        ),
        websocket=Websocket(type="jobs/get"),
    ),
    Operation(
        name="job_power",
        summary="A job's power curve from Home Assistant's recorder.",
        fields=(JOB_ID_FIELD,),
        handler=handlers.job_power,
        result=_POWER,
        rest=Rest(
            method="get",
            path="/jobs/{job_id}/power",
            operation_id="getJobPower",
            summary=(
                "A job's power over its time, from the recorder's history of the printer's"
                " plug sensor."
            ),
            description=(
                "The power sensor's readings, or an energy meter's differences as power, from"
                " the job's start\nto its end, or now while it runs (the state history while the recorder keeps it,"
                " its hourly statistics beyond).\nWithout a sensor or a history the answer has"
                " no points and a `reason`.\n"
            ),
            answer="The power curve.",
            errors=(404,),
        ),
        websocket=Websocket(type="jobs/power"),
    ),
    Operation(
        name="create_job",
        summary="Record a job by hand (source `manual`).",
        fields=(*NEW_JOB, *EDITABLE),
        handler=handlers.create_job,
        admin=True,
        result=_ref("JobDetailAnswer"),
        rest=Rest(
            method="post",
            path="/jobs",
            operation_id="createJob",
            summary="Record a job by hand (e.g. of a printer without Moonraker).",
            status=201,
            answer="The job as recorded.",
            body="NewJob",
        ),
        websocket=Websocket(type="jobs/create"),
    ),
    Operation(
        name="update_job",
        summary=(
            "Edit a job's notes, rating, tags, failure reason, cost, spools or times"
            " (its energy and cost follow corrected times)."
        ),
        fields=(JOB_ID_FIELD, *EDITABLE, *JOB_TIMES, SPOOLS),
        handler=handlers.update_job,
        admin=True,
        result=_ref("JobDetailAnswer"),
        rest=Rest(
            method="patch",
            path="/jobs/{job_id}",
            operation_id="updateJob",
            answer="The job after the change.",
            body="JobChanges",
            errors=(404,),
        ),
        websocket=Websocket(type="jobs/update"),
        action=Action(name="update_job"),
    ),
    Operation(
        name="delete_job",
        summary="Delete a job with its details and timeline.",
        fields=(JOB_ID_FIELD,),
        handler=handlers.delete_job,
        admin=True,
        result=_object(deleted={"type": "integer", "minimum": 1}),
        rest=Rest(
            method="delete",
            path="/jobs/{job_id}",
            operation_id="deleteJob",
            answer="Deleted.",
            errors=(404, 409),
        ),
        action=Action(name="delete_job", not_found_key="job_not_found"),
    ),
    Operation(
        name="delete_jobs",
        summary="Delete jobs (unknown ids are skipped).",
        fields=(JOB_IDS,),
        handler=handlers.delete_jobs,
        admin=True,
        result=_DELETED,
        websocket=Websocket(type="jobs/delete"),
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
        name="get_photo",
        summary="A photo of a job (JPEG).",
        fields=(PHOTO_ID_FIELD, PHOTO_SIZE),
        handler=handlers.get_photo,
        rest=Rest(
            method="get",
            path="/photos/{photo_id}",
            operation_id="getPhoto",
            summary="A photo of a job: a camera snapshot or an upload, re-encoded as JPEG.",
            answer="The image.",
            media=True,
            result={"image/jpeg": {"type": "string", "contentMediaType": "image/jpeg"}},
            errors=(404,),
        ),
    ),
    Operation(
        name="delete_photo",
        summary="Delete a photo of a job.",
        fields=(PHOTO_ID_FIELD,),
        handler=handlers.delete_photo,
        admin=True,
        result=_object(deleted={"type": "integer", "minimum": 1}),
        rest=Rest(
            method="delete",
            path="/photos/{photo_id}",
            operation_id="deletePhoto",
            answer="Deleted.",
            errors=(404,),
        ),
        websocket=Websocket(type="photos/delete"),
    ),
    _analytics(
        "summary",
        summary="Totals of the jobs started in a range (and matching the job list's filters).",
        fields=FILTERS,
        handler=handlers.summary,
        result="Summary",
        description=(
            "Takes the job list's filters too, so that the totals describe exactly the rows\n"
            "`GET /jobs` returns for the same filters (the panel's figure tiles).\n"
        ),
        answer="The Summary object.",
        action=Action(
            name="get_statistics",
            fields=("since", "until"),
            printer_entry=True,
            only_response=True,
        ),
    ),
    Operation(
        name="list_files",
        summary="A page of files with their track records.",
        fields=FILE_LIST,
        handler=handlers.list_files,
        result=_ref("FilePage"),
        rest=Rest(
            method="get",
            path="/files",
            operation_id="listFiles",
            summary=(
                "Every file printed (a file name with one slice of it) with its track record:"
                " prints, success rate, time, filament, cost, last result, per printer."
            ),
            description=(
                "A re-upload of the same G-code adds to its file (the slice's fingerprint, from"
                " its metadata, is\nthe same); a re-slice is a new `version` of the name. With"
                " `printer_id` the figures and the\nfiles are that printer's; `printers` always"
                " lists each printer's figures. A file's jobs:\n`GET /jobs?file_id=`.\n"
            ),
            answer="A page of files.",
        ),
        websocket=Websocket(type="files/list"),
    ),
    Operation(
        name="get_file",
        summary="A file's track record and every version of its name.",
        fields=(FILE_ID_FIELD,),
        handler=handlers.get_file,
        result=_ref("FileAnswer"),
        rest=Rest(
            method="get",
            path="/files/{file_id}",
            operation_id="getFile",
            answer="The file and the versions of its name, oldest first.",
            errors=(404,),
        ),
        websocket=Websocket(type="files/get"),
    ),
    Operation(
        name="start_print",
        summary="Print a file again on a printer of the farm (copying it there first if asked).",
        fields=START_PRINT,
        handler=reprint.start_print,
        admin=True,
        result=_ref("PrintStarted"),
        rest=Rest(
            method="post",
            path="/print",
            operation_id="startPrint",
            description=(
                "Refused with a `reason`: `printer_unknown` (404), `printer_offline`,"
                " `klippy_not_ready`,\n`printer_busy` (409), `file_missing` (404, on no"
                " printer of the farm), `copy_needed` (409: the\nfile is on another printer;"
                " send `copy: true` to copy it, checksum checked), `model_mismatch`\n(409:"
                " sliced for another printer model; send `confirm: true`), `moonraker_error`"
                " (503).\n"
            ),
            answer="The print started.",
            body="StartPrint",
            errors=(404, 409),
        ),
        websocket=Websocket(type="print/start"),
        action=Action(name="start_print", target_entry=True),
    ),
    Operation(
        name="limits",
        summary="The bounds of what a person can write (the panel's forms use them).",
        fields=(),
        handler=handlers.limits,
        result=_LIMITS,
        websocket=Websocket(type="limits"),
    ),
    _analytics(
        "timeseries",
        summary="A metric per local day, week, month or year.",
        fields=(BUCKET, METRIC, *RANGE),
        handler=handlers.timeseries,
        result="Timeseries",
        rest_summary=(
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
    ),
    _analytics(
        "breakdown",
        summary="Jobs grouped by a property.",
        fields=(BY, *RANGE),
        handler=handlers.breakdown,
        result="Breakdown",
        rest_summary="Jobs, print hours, filament and success rate grouped by a property.",
        description=(
            "`hour_of_day` (0–23), `weekday` (0 = Monday … 6 = Sunday) and `weekday_hour`"
            " (the hour of the\nweek, weekday × 24 + hour: 0 = Monday 00:00 … 167 ="
            " Sunday 23:00; for a heatmap) are local and\nlist every hour / day / hour of"
            " the week in order, zeros included; `duration` counts the ended jobs by\nprint"
            " duration, keyed by each bin's lower bound in seconds"
            f" ({', '.join(map(str, DURATION_BINS))}: up to\nthe next bound, the last"
            " open-ended), every bin in order, zeros included;\n`layer_height` rows are by"
            " height; the"
            " others by jobs, most first. A missing\nvalue (e.g. no slicer known) is the"
            ' key null labelled "Unknown".\n'
        ),
        answer="The breakdown.",
    ),
    _analytics(
        "spools",
        summary="Filament and cost by spool, filament, vendor or material.",
        fields=(SPOOL_BY, *FILTERS),
        handler=handlers.spool_breakdown,
        result="SpoolBreakdown",
        rest_summary="Filament length, grams and cost of the jobs' spools, grouped.",
        description=(
            "From the spools each job stored (Spoolman through Moonraker's `[spoolman]`, or set\n"
            "with `update_job`). Takes the job list's filters too, like the summary. Rows are\n"
            "most grams first; a row's `cost` is null when one of its spools has no price.\n"
        ),
        answer="The spool breakdown.",
    ),
    _analytics(
        "accuracy",
        summary="Slicer estimates against what completed jobs took.",
        fields=RANGE,
        handler=handlers.accuracy,
        result="Accuracy",
        rest_summary=(
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
    ),
    _analytics(
        "costs",
        summary="What the jobs cost by printer, material or local month.",
        fields=(COST_BY, *RANGE),
        handler=handlers.costs,
        result="CostAnalysis",
        rest_summary=(
            "Cost split into filament / electricity / machine, energy, kWh per job and per"
            " print hour, cost per gram, by printer, material or local month."
        ),
        description=(
            "A job's cost is its manual cost, else the total computed when it ended; each part"
            " is the\nmanual part, else the computed one (the parts need not add up to a total"
            " typed by hand).\n`kwh_per_job` divides the energy by the jobs with a measured"
            " energy (`metered_jobs`: a job\nwithout a meter does not pull it down),"
            " `kwh_per_print_hour` by those jobs' print hours,\n`cost_per_gram` is the cost of"
            " the jobs with both a cost and a weight over their grams,\n`cost_per_job` the cost"
            " over the jobs with a cost (`costed_jobs`); each is null when its\ndenominator is"
            " 0. Months are local (key `YYYY-MM-01`), only those with jobs, oldest first;\nthe"
            " other rows most cost first; a missing material is the key null labelled"
            ' "Unknown".\n`totals` are over every row.\n'
        ),
        answer="The cost analysis.",
    ),
    _analytics(
        "expensive_jobs",
        summary="The jobs that cost the most.",
        fields=(TOP_JOBS, *RANGE),
        handler=handlers.expensive_jobs,
        result="ExpensiveJobs",
        rest_summary="The jobs that cost the most, with their cost's parts.",
        description=(
            "The cost as the cost analysis counts it (manual, else computed); jobs without a"
            " cost are\nleft out; ties go to the newest job.\n"
        ),
        answer="The most expensive jobs.",
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
    *MAINTENANCE_OPERATIONS,
)
_BY_NAME: Final = {item.name: item for item in OPERATIONS}


def operation(name: str) -> Operation:
    """Return the operation ``name``."""
    return _BY_NAME[name]
