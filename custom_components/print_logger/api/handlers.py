"""The operations' handlers on the store (what each operation does once its fields are valid)."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping
from typing import Any, Final

from ..store import JobQuery, JobStatus, StoreValidationError, Thumbnail
from ..store.analytics import (
    AnalyticsQuery,
    async_accuracy,
    async_breakdown,
    async_summary,
    async_timeseries,
    export_csv,
)
from ..store.cost_analytics import (
    TOP_JOBS_DEFAULT,
    async_cost_analysis,
    async_expensive_jobs,
)
from ..store.files import FileQuery
from ..store.queries import decode_cursor
from ..store.spool_analytics import async_spool_breakdown
from ..store.validation import (
    EARLIEST_JOB_TIME,
    FUTURE_TOLERANCE,
    MAX_TAG_LENGTH,
    MAX_TAGS,
    NUMBER_BOUNDS,
    TAG_SEPARATORS,
)
from .errors import ConflictError, InvalidFieldsError, NotFoundError
from .fields import JOB_ID
from .model import Context
from .shapes import file_object, job_detail, job_item, printer_object

# ---------------------------------------------------------------------- queries
_SUMMARY_FILTERS: Final = (
    "statuses",
    "q",
    "filament_type",
    "tags",
    "min_duration",
    "max_duration",
    "spool_id",
    "spool_vendor",
)


def job_query(data: Mapping[str, Any]) -> JobQuery:
    """Return the store query of validated list filters (checking the cursor's contents too)."""
    query = JobQuery(
        printer_ids=tuple(data.get("printer_ids", ())),
        statuses=tuple(JobStatus(status) for status in data.get("statuses", ())),
        since=data.get("since"),
        until=data.get("until"),
        q=data.get("q") or None,
        filament_type=data.get("filament_type") or None,
        tags=tuple(data.get("tags", ())),
        min_duration=data.get("min_duration"),
        max_duration=data.get("max_duration"),
        spool_id=data.get("spool_id"),
        spool_vendor=data.get("spool_vendor") or None,
        file_id=data.get("file_id"),
        sort=data.get("sort", "start"),
        order=data.get("order", "desc"),
        limit=data.get("limit", JobQuery.limit),
        cursor=data.get("cursor"),
    )
    if query.cursor is not None:
        # Refuse a bad cursor (hand-made or tampered with) before the query runs.
        try:
            decode_cursor(query)
        except StoreValidationError as err:
            raise InvalidFieldsError(err.errors) from err
    return query


def analytics_query(data: Mapping[str, Any]) -> AnalyticsQuery:
    """Return the analytics query of validated fields (the summary's list filters included)."""
    filters = {name: data[name] for name in _SUMMARY_FILTERS if name in data}
    return AnalyticsQuery(
        printer_ids=tuple(data.get("printer_ids", ())),
        since=data.get("since"),
        until=data.get("until"),
        filters=job_query(filters) if filters else None,
    )


# ---------------------------------------------------------------------- handlers
async def list_printers(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return every printer with its live state."""
    store = context.get_store()
    live = context.live()
    return {
        "printers": [
            await printer_object(store, printer, live.get(printer.id))
            for printer in await store.list_printers()
        ]
    }


async def list_jobs(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return a page of jobs."""
    query = job_query(data)
    page = await context.get_store().list_jobs(query)
    return {
        "jobs": [job_item(job) for job in page.jobs],
        "total": page.total,
        "next_cursor": page.next_cursor,
    }


async def get_job(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return a job with its details and timeline."""
    return {"job": job_detail(await context.get_store().get_job(data["job_id"]))}


async def create_job(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Record a job by hand; return its detail object."""
    detail = await context.get_store().create_job(data)
    context.job_changed(detail.job.id, False, detail.job.printer_id)
    return {"job": job_detail(detail)}


async def update_job(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Edit a job's notes, rating, tags, failure reason, cost or spools; return its detail."""
    job_id = data.pop("job_id")
    spools = data.pop("spools", None)
    store = context.get_store()
    if spools is not None:
        await store.get_job_record(job_id)  # NotFound before anything is written
        await store.set_job_spools(job_id, spools)
    detail = await store.update_job(job_id, data)
    if ("start" in data or "end" in data) and context.energy is not None:
        # Corrected times: the energy and cost over the new times, from the recorder.
        await context.energy.recompute(detail.job)
        detail = await store.get_job(job_id)
    context.job_changed(job_id, False, detail.job.printer_id)
    return {"job": job_detail(detail)}


async def job_power(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return a job's power curve from Home Assistant's recorder (its plug's sensor)."""
    job = await context.get_store().get_job_record(data["job_id"])
    if context.energy is None:
        return empty_power("no_recorder")
    return await context.energy.power_curve(job)


def empty_power(reason: str, entity_id: str | None = None) -> dict[str, Any]:
    """Return a power curve without points, saying why (``POWER_REASONS``)."""
    return {
        "entity_id": entity_id,
        "kind": None,
        "source": None,
        "reason": reason,
        "mean_w": None,
        "max_w": None,
        "points": [],
    }


async def remove_jobs(context: Context, job_ids: list[str]) -> int:
    """Delete jobs (ConflictError for one a printer is recording); return how many were."""
    store = context.get_store()
    ids = [job_id for job_id in dict.fromkeys(job_ids) if JOB_ID.match(job_id)]
    live = {printer.job_id for printer in context.live().values()}
    if busy := [job_id for job_id in ids if job_id in live]:
        raise ConflictError(f"job {busy[0]} is being printed; delete it once it ended")
    deleted = await store.remove_jobs(ids)
    for job_id in deleted:
        context.job_changed(job_id, True, "")
    return len(deleted)


async def delete_job(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Delete a job; NotFoundError when there is none."""
    if not (deleted := await remove_jobs(context, [data["job_id"]])):
        raise NotFoundError("no such job")
    return {"deleted": deleted}


async def delete_jobs(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Delete jobs; unknown ids are skipped."""
    return {"deleted": await remove_jobs(context, data["job_ids"])}


async def get_thumbnail(context: Context, data: dict[str, Any]) -> Thumbnail:
    """Return a job's thumbnail; NotFoundError when it has none."""
    thumbnail = await context.get_store().get_thumbnail(data["job_id"])
    if thumbnail is None:
        raise NotFoundError("this job has no thumbnail")
    return thumbnail


async def get_photo(context: Context, data: dict[str, Any]) -> Thumbnail:
    """Return a photo's image; NotFoundError when there is none (or its file is gone)."""
    photo = await context.get_store().get_photo(data["photo_id"])
    files = context.photo_files
    thumb = data.get("size") == "thumb"
    image = (
        None if photo is None or files is None else await files.read(photo, thumb=thumb)
    )
    if photo is None or image is None:
        raise NotFoundError("no such photo")
    return Thumbnail(format="jpg", width=photo.width, height=photo.height, data=image)


async def delete_photo(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Delete a photo (its row, then its file); NotFoundError when there is none."""
    photo = await context.get_store().delete_photo(data["photo_id"])
    if photo is None:
        raise NotFoundError("no such photo")
    if context.photo_files is not None:
        await context.photo_files.remove([photo])
    context.job_changed(photo.job_id, False, "")
    return {"deleted": 1}


async def limits(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return the bounds of what a person can write (the panel's forms use the store's own)."""
    return {
        "numbers": {
            name: {"min": bound.low, "max": bound.high, "integer": bound.integer}
            for name, bound in NUMBER_BOUNDS.items()
        },
        "tags": {
            "max_length": MAX_TAG_LENGTH,
            "max_count": MAX_TAGS,
            "separators": list(TAG_SEPARATORS),
        },
        "job_time": {
            "earliest": EARLIEST_JOB_TIME.isoformat(),
            "future_tolerance": FUTURE_TOLERANCE.total_seconds(),
        },
    }


async def summary(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return the Summary object."""
    return await async_summary(context.get_store(), analytics_query(data))


async def timeseries(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return a metric per local day, week, month or year."""
    return await async_timeseries(
        context.get_store(),
        analytics_query(data),
        bucket=data["bucket"],
        metric=data["metric"],
        time_zone=context.time_zone,
    )


async def breakdown(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return jobs grouped by a property."""
    return await async_breakdown(
        context.get_store(),
        analytics_query(data),
        by=data["by"],
        time_zone=context.time_zone,
    )


async def spool_breakdown(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return filament and cost by spool, filament, vendor or material."""
    return await async_spool_breakdown(
        context.get_store(), analytics_query(data), by=data["by"]
    )


async def accuracy(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return slicer estimates against what completed jobs took."""
    return await async_accuracy(context.get_store(), analytics_query(data))


async def costs(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return what the jobs cost by printer, material or local month."""
    return await async_cost_analysis(
        context.get_store(),
        analytics_query(data),
        by=data["by"],
        time_zone=context.time_zone,
    )


async def expensive_jobs(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return the jobs that cost the most."""
    return await async_expensive_jobs(
        context.get_store(),
        analytics_query(data),
        limit=data.get("limit", TOP_JOBS_DEFAULT),
    )


async def export(context: Context, data: dict[str, Any]) -> AsyncGenerator[bytes]:
    """Return the CSV of the matching jobs, as a stream of chunks."""
    return export_csv(context.get_store(), job_query(data))


# ---------------------------------------------------------------------- files
async def list_files(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return a page of files with their track records."""
    page = await context.get_store().list_files(
        FileQuery(
            printer_id=data.get("printer_id"),
            q=data.get("q") or None,
            sort=data.get("sort", "last_start"),
            order=data.get("order", "desc"),
            limit=data.get("limit", 50),
            offset=data.get("offset", 0),
        )
    )
    return {
        "files": [file_object(record) for record in page.files],
        "total": page.total,
    }


async def get_file(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Return a file's track record and every version of its name."""
    found = await context.get_store().get_file(data["file_id"])
    if found is None:
        raise NotFoundError("no such file")
    record, versions = found
    return {
        "file": file_object(record),
        "versions": [file_object(version) for version in versions],
    }
