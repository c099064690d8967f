"""The tracker's :class:`~.tracker.JobSink` on top of the durable :class:`~..store.Store`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from datetime import datetime, timedelta
from typing import Any

from ..store import JobEventType, JobRecord, Store, TrackedJobData
from .tracker import MATCH_TOLERANCE, TrackedJob

_SHARED_FIELDS = tuple(
    f.name
    for f in fields(TrackedJobData)
    if f.name in {g.name for g in fields(TrackedJob)}
)


def to_store(job: TrackedJob) -> TrackedJobData:
    """Return the store's view of a tracked job."""
    return TrackedJobData(**{name: getattr(job, name) for name in _SHARED_FIELDS})


def from_store(data: TrackedJobData) -> TrackedJob:
    """Return a tracked job for the store's data."""
    return TrackedJob(**{name: getattr(data, name) for name in _SHARED_FIELDS})


def tracked_from_record(record: JobRecord) -> TrackedJob:
    """Return a tracked job for a listed job (e.g. the last one that ended, for sensors)."""
    return TrackedJob(
        **{
            name: getattr(record, name)
            for name in _SHARED_FIELDS
            if name != "paused_since"
        }
    )


class StoreSink:
    """
    Writes a tracker's jobs, events, history imports and slicer details to a store.

    The store journals the writes while its database is down, so they are never lost; reads
    (``load_open_job``, ``find_job``) raise :class:`~..store.StoreUnavailableError` meanwhile.
    """

    def __init__(
        self, store: Store, *, match_tolerance: timedelta = MATCH_TOLERANCE
    ) -> None:
        """Use ``store``; a history entry within ``match_tolerance`` of a job's start is that job."""
        self._store = store
        self._match_tolerance = match_tolerance

    async def save_job(self, job: TrackedJob) -> None:
        """Upsert the tracker-owned fields of a job (idempotent)."""
        await self._store.save_tracked_job(to_store(job))

    async def add_event(
        self,
        job_id: str,
        event_id: str,
        type_: JobEventType,
        at: datetime,
        data: dict[str, Any],
    ) -> None:
        """Add a timeline event (idempotent on event_id)."""
        await self._store.add_event(job_id, event_id, type_, at, data)

    async def load_open_job(self, printer_id: str) -> TrackedJob | None:
        """Return the printer's job still in progress in the store, if any."""
        data = await self._store.load_open_job(printer_id)
        return None if data is None else from_store(data)

    async def find_job(
        self, printer_id: str, uid: str | None, filename: str, start: datetime
    ) -> TrackedJob | None:
        """Return the stored job with this Moonraker uid, or the same file started near ``start``."""
        data = await self._store.find_job(
            printer_id, uid, filename, start, tolerance=self._match_tolerance
        )
        return None if data is None else from_store(data)

    async def reconcile_start(self, printer_id: str) -> datetime | None:
        """Return from when to reconcile with Moonraker's history (None: the printer has no job)."""
        return await self._store.reconcile_start(printer_id)

    async def import_history_job(
        self, printer_id: str, entry: Mapping[str, Any]
    ) -> None:
        """Store a Moonraker history entry no live job matched (idempotent on its uid)."""
        await self._store.import_history_job(printer_id, entry)

    async def set_details(self, job_id: str, details: Mapping[str, Any]) -> None:
        """Store the slicer metadata of a job's file."""
        await self._store.set_details(job_id, details)
