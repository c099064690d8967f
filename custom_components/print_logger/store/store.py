"""
The print log's store: the async API the Home Assistant glue, the REST API and services call.

All database work runs in ONE worker thread per store (a single-thread executor): writes are
serialised, each in a short transaction, and the event loop never blocks. When the database cannot
be reached, the tracker's writes (printers, jobs, events, details, history imports) go to a durable
on-disk journal and are replayed in order, by a background retry with back-off, as soon as it
answers again; meanwhile ``available`` is False, reads raise :class:`StoreUnavailableError` and so
do the user's edits (create, update, delete), which need the database to answer. That machinery
(engine, worker, journal, availability, retry) is :class:`~.worker.StoreWorker`, in worker.py; this
module is the API on it: printers, jobs, the tracker's writes, reads, and copying to another database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from functools import partial
import logging
import math
import re
from typing import Any, Final
import uuid
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from . import files, media, ops, queries, rollups
from .costs import COST_BOUNDS, CostSource
from .enums import JobEventType
from .errors import (
    CopyVerificationError,
    PrinterNotFoundError,
    StoreUnavailableError,
    StoreValidationError,
)
from .files import FilePage, FileQuery, FileRecord
from .maintenance import MaintenanceStore
from .migrations import current_version
from .models import DATA_TABLES, NAME_LENGTH, PRINTER_ID_LENGTH, JobDetails, Printer
from .records import (
    ClimateRecord,
    EngineInfo,
    ImportedJob,
    JobCosts,
    JobDetail,
    JobPage,
    JobQuery,
    JobRecord,
    PhotoRecord,
    PrinterRecord,
    Thumbnail,
    TrackedJobData,
)
from .spools import JobSpool, spool_errors, spool_to_json
from .validation import validate_changes, validate_new_job, validate_query
from .values import coerce_details, details_to_payload, json_safe, to_iso
from .worker import database_errors

_LOGGER = logging.getLogger(__name__)

# A Moonraker history entry within this of a job's start is the same job (as the tracker's).
DEFAULT_MATCH_TOLERANCE: Final = timedelta(minutes=3)
RECONCILE_LOOKBACK: Final = timedelta(days=7)
"""How far before a printer's newest job reconciliation still looks for jobs without their uid."""
DEFAULT_COPY_BATCH: Final = 500
# Thumbnails make job_details rows large: copy them in smaller batches.
_DETAILS_COPY_BATCH: Final = 50
_PRINTER_ID = re.compile(rf"^[A-Za-z0-9_-]{{1,{PRINTER_ID_LENGTH}}}$")


def table_key(table: Table) -> str:
    """Return the short name of a data table (``jobs`` for ``print_logger_jobs``)."""
    return table.name.removeprefix("print_logger_")


class Store(MaintenanceStore):
    """The durable job store of one database (SQLite, MariaDB / MySQL or PostgreSQL)."""

    # ------------------------------------------------------------------ printers
    async def upsert_printer(
        self,
        *,
        name: str,
        entry_id: str | None = None,
        moonraker_url: str | None = None,
        instance_id: str | None = None,
        klipper_version: str | None = None,
        moonraker_version: str | None = None,
        seen_at: datetime | None = None,
        printer_id: str | None = None,
    ) -> str:
        """
        Insert or update a printer and return its id.

        Without ``printer_id`` the printer is found by its Moonraker instance id, then by its config
        entry id; a new one gets an id derived from them (the same on every run). Values given as
        None keep the stored ones; first/last seen widen to ``seen_at`` (now by default).
        """
        errors: dict[str, str] = {}
        if not isinstance(name, str) or not name.strip():
            errors["name"] = "is required"
        elif len(name) > NAME_LENGTH:
            errors["name"] = f"must be at most {NAME_LENGTH} characters"
        if printer_id is not None and not _PRINTER_ID.match(printer_id):
            errors["printer_id"] = (
                f"must be 1 to {PRINTER_ID_LENGTH} letters, digits, '_' or '-'"
            )
        for key, value in (("entry_id", entry_id), ("instance_id", instance_id)):
            if value is not None and (not isinstance(value, str) or len(value) > 64):
                errors[key] = "must be a string of at most 64 characters"
        seen = seen_at or ops.now_utc()
        if seen.utcoffset() is None:
            errors["seen_at"] = "must be timezone-aware"
        if errors:
            raise StoreValidationError(errors)
        payload = ops.printer_payload(
            printer_id=printer_id,
            explicit=printer_id is not None,
            entry_id=entry_id,
            name=name,
            moonraker_url=moonraker_url,
            instance_id=instance_id,
            klipper_version=klipper_version,
            moonraker_version=moonraker_version,
            seen_at=seen,
        )
        result, journaled = await self._call(self._upsert_printer_sync, payload)
        if journaled:
            self._went_down()
        return result

    async def list_printers(self) -> list[PrinterRecord]:
        """Return every printer, by name."""
        return await self._transaction(
            lambda session: [
                queries.printer_record(printer)
                for printer in session.scalars(
                    select(Printer).order_by(Printer.name, Printer.id)
                )
            ]
        )

    async def get_printer(self, printer_id: str) -> PrinterRecord:
        """Return a printer; PrinterNotFoundError if there is none."""

        def _get(session: Session) -> PrinterRecord:
            printer = session.get(Printer, printer_id)
            if printer is None:
                raise PrinterNotFoundError(printer_id)
            return queries.printer_record(printer)

        return await self._transaction(_get)

    async def delete_printer(self, printer_id: str) -> bool:
        """Delete a printer with all its jobs; return False if there was no such printer."""
        deleted = await self._transaction(
            lambda session: ops.delete_printer(session, printer_id)
        )
        if deleted:
            await self._call(self._forget_printer_sync, printer_id)
        return deleted

    # ------------------------------------------------------------------ jobs (API)
    async def create_job(self, data: Mapping[str, Any]) -> JobDetail:
        """Record a job by hand (source ``manual``); StoreValidationError lists bad fields."""
        values = validate_new_job(data)

        def _create(session: Session) -> JobDetail:
            job_id = ops.create_job(session, values)
            session.flush()
            return queries.get_job(session, job_id)

        return await self._transaction(_create)

    async def get_job(self, job_id: str) -> JobDetail:
        """Return a job with its details (without the thumbnail's bytes), timeline and metadata."""
        return await self._transaction(lambda session: queries.get_job(session, job_id))

    async def get_job_record(self, job_id: str) -> JobRecord:
        """Return a job as the job list shows it (no details, timeline or metadata)."""
        return await self._transaction(
            lambda session: queries.get_job_record(session, job_id)
        )

    async def get_thumbnail(self, job_id: str) -> Thumbnail | None:
        """Return a job's thumbnail image, None if it has none."""
        return await self._transaction(
            lambda session: queries.get_thumbnail(session, job_id)
        )

    async def list_jobs(self, query: JobQuery | None = None) -> JobPage:
        """Return a page of jobs matching ``query`` (see :class:`JobQuery`)."""
        query = query or JobQuery()
        validate_query(query)
        dialect = self.dialect
        return await self._transaction(
            lambda session: queries.list_jobs(session, dialect, query)
        )

    async def update_job(self, job_id: str, changes: Mapping[str, Any]) -> JobDetail:
        """Edit a job's notes, rating, tags, failure reason or costs; return the job."""
        values = validate_changes(changes)

        def _update(session: Session) -> JobDetail:
            ops.update_job(session, job_id, values)
            session.flush()
            return queries.get_job(session, job_id)

        return await self._transaction(_update)

    async def delete_jobs(self, job_ids: Iterable[str]) -> int:
        """Delete jobs with their details and timelines; return how many were deleted."""
        return len(await self.remove_jobs(job_ids))

    async def remove_jobs(self, job_ids: Iterable[str]) -> list[str]:
        """Delete jobs with their details and timelines; return the ids that were there, in order."""
        ids = [job_id for job_id in job_ids if isinstance(job_id, str)]
        if not ids:
            return []
        return await self._transaction(lambda session: ops.delete_jobs(session, ids))

    # ------------------------------------------------------------------ photos, climate
    async def add_photo(
        self,
        *,
        job_id: str,
        kind: media.PhotoKind,
        taken_at: datetime,
        size: int,
        width: int,
        height: int,
        source: str | None = None,
    ) -> tuple[PhotoRecord, list[str]]:
        """Add a photo to a job; return it and the ids of photos dropped to keep the cap."""
        media.check_photo(
            kind=kind, size=size, width=width, height=height, source=source
        )
        return await self._transaction(
            lambda session: media.add_photo(
                session,
                job_id=job_id,
                kind=kind,
                taken_at=taken_at,
                size=size,
                width=width,
                height=height,
                source=source,
            )
        )

    async def get_photo(self, photo_id: str) -> PhotoRecord | None:
        """Return a photo, None if there is none."""
        return await self._transaction(
            lambda session: media.get_photo(session, photo_id)
        )

    async def delete_photo(self, photo_id: str) -> PhotoRecord | None:
        """Delete a photo's row; return it (the caller deletes its file), None if there was none."""
        return await self._transaction(
            lambda session: media.delete_photo(session, photo_id)
        )

    async def purge_photos(
        self, before: datetime, printer_id: str | None = None
    ) -> list[PhotoRecord]:
        """Delete the rows of the photos taken before ``before`` (of a printer's jobs); return them."""
        return await self._transaction(
            lambda session: media.photos_before(session, before, printer_id)
        )

    async def photo_ids(self, job_ids: Iterable[str]) -> set[str]:
        """Return the ids of the photos of these jobs."""
        ids = list(job_ids)
        return await self._transaction(
            lambda session: media.photo_ids_of_jobs(session, ids)
        )

    async def set_climate(self, job_id: str, sensors: Iterable[ClimateRecord]) -> None:
        """Replace a job's environment sensors (statistics and series)."""
        rows = list(sensors)
        await self._transaction(
            lambda session: media.set_climate(session, job_id, rows)
        )

    # ------------------------------------------------------------------ files
    async def list_files(self, query: FileQuery) -> FilePage:
        """Return a page of files with their track records (``store/files.py``)."""
        return await self._transaction(lambda session: files.list_files(session, query))

    async def get_file(
        self, file_id: str
    ) -> tuple[FileRecord, list[FileRecord]] | None:
        """Return a file's track record and every version of its name; None if unknown."""
        return await self._transaction(lambda session: files.get_file(session, file_id))

    async def printer_model(self, printer_id: str) -> str | None:
        """Return the printer model of the newest slice a printer printed (None if unknown)."""
        return await self._transaction(
            lambda session: files.printer_model_of(session, printer_id)
        )

    async def slice_model(self, filename: str) -> str | None:
        """Return the printer model the newest printed slice of a file name was made for."""
        return await self._transaction(
            lambda session: files.slice_model_of(session, filename)
        )

    async def rebuild_files(self) -> int:
        """Give every job its file and rewrite every file's record; return how many rows."""
        return await self._transaction(files.rebuild)

    async def rebuild_rollups(self) -> int:
        """Build the analytics' roll-ups from the jobs again; return the number of jobs."""
        return await self._transaction(partial(rollups.rebuild, spools=True))

    async def async_set_time_zone(self, time_zone: str) -> bool:
        """
        Keep the local roll-ups in ``time_zone`` (Home Assistant's); True if they were built again.

        The analytics asked for in that zone then add local days and months; in any other zone
        they add the UTC roll-ups. Raises StoreValidationError for an unknown zone.
        """
        try:
            ZoneInfo(time_zone)
        except (ZoneInfoNotFoundError, ValueError, TypeError) as err:
            raise StoreValidationError(
                {"time_zone": "is not an IANA time zone"}
            ) from err
        return await self._transaction(partial(rollups.set_time_zone, zone=time_zone))

    # ------------------------------------------------------------------ tracker writes
    async def save_tracked_job(
        self, job: TrackedJobData, spools: Sequence[JobSpool] | None = None
    ) -> None:
        """
        Upsert the tracker-owned fields of a job (journaled while the database is down).

        With ``spools``, the job's spools are replaced in the same write (as
        :meth:`set_job_spools`), so no reader sees the job's filament and its spools disagree.
        """
        try:
            payload = ops.tracked_payload(job)
        except ValueError as err:
            raise StoreValidationError({"job": str(err)}) from err
        if spools is not None:
            errors = spool_errors(spools)
            if errors:
                raise StoreValidationError(errors)
            payload["spools"] = [spool_to_json(s) for s in spools]
        await self._write("save_job", payload)

    async def add_event(
        self,
        job_id: str,
        event_id: str,
        type_: JobEventType,
        at: datetime,
        data: Mapping[str, Any] | None = None,
    ) -> None:
        """Add a timeline event (idempotent on ``event_id``; journaled while the database is down)."""
        try:
            payload = {
                "id": event_id,
                "job_id": job_id,
                "type": JobEventType(type_).value,
                "at": to_iso(at),
                "data": json_safe(dict(data or {})),
            }
        except ValueError as err:
            raise StoreValidationError({"event": str(err)}) from err
        await self._write("add_event", payload)

    async def set_details(
        self,
        job_id: str,
        details: Mapping[str, Any],
        *,
        moonraker_metadata: Mapping[str, Any] | None = None,
    ) -> None:
        """
        Store a job's slicer metadata (docs/contracts.md keys; unknown keys are ignored).

        ``moonraker_metadata``: Moonraker's own metadata of the job's file, kept as its history
        keeps it with imported jobs (None leaves what is stored).
        """
        payload: dict[str, Any] = {
            "job_id": job_id,
            "details": details_to_payload(coerce_details(details)),
        }
        if moonraker_metadata is not None:
            payload["moonraker_metadata"] = json_safe(moonraker_metadata)
        await self._write("set_details", payload)

    async def set_job_spools(self, job_id: str, spools: Sequence[JobSpool]) -> None:
        """
        Store the spools a job used, in order (replacing those stored; journaled while down).

        Weights missing are computed from the lengths, costs from the prices, and the job's
        ``spool_filament_cost`` from the costs.
        """
        errors = spool_errors(spools)
        if errors:
            raise StoreValidationError(errors)
        payload = {
            "job_id": job_id,
            "spools": [spool_to_json(s) for s in spools],
        }
        await self._write("set_spools", payload)

    async def set_job_costs(
        self,
        job_id: str,
        *,
        energy_kwh: float | None,
        energy_source: str | None,
        electricity_cost: float | None,
        electricity_source: str | None,
        machine_rate: float | None,
        material_prices: Mapping[str, float] | None,
    ) -> JobCosts | None:
        """
        Store what an ended job cost (journaled while the database is down; then None is returned).

        The energy and electricity are the glue's (from Home Assistant's recorder); the machine cost
        is ``machine_rate`` per print hour; the filament cost the best price known (``costs.py``).
        Returns the job's costs as stored.
        """
        payload = self._costs_payload(
            job_id,
            energy_kwh=energy_kwh,
            energy_source=energy_source,
            electricity_cost=electricity_cost,
            electricity_source=electricity_source,
            machine_rate=machine_rate,
            material_prices=material_prices,
        )
        result = await self._write("set_costs", payload)
        return JobCosts(**result) if isinstance(result, dict) else None

    async def set_many_job_costs(
        self, items: Sequence[Mapping[str, Any]]
    ) -> list[JobCosts | None]:
        """
        Store the costs of many jobs in one transaction (a back-fill); each as :meth:`set_job_costs`.

        ``items`` hold ``job_id`` and the keyword arguments of :meth:`set_job_costs`; a job
        deleted meanwhile (and every job while the database is down: journaled) gives None.
        """
        payloads = [self._costs_payload(**item) for item in items]
        if not payloads:
            return []
        result = await self._write("set_costs_many", {"jobs": payloads})
        if not isinstance(result, list):
            return [None] * len(payloads)
        return [JobCosts(**r) if isinstance(r, dict) else None for r in result]

    @staticmethod
    def _costs_payload(
        job_id: str,
        *,
        energy_kwh: float | None,
        energy_source: str | None,
        electricity_cost: float | None,
        electricity_source: str | None,
        machine_rate: float | None,
        material_prices: Mapping[str, float] | None,
    ) -> dict[str, Any]:
        """Return a job's costs as the write op takes them (validated)."""
        figures = {
            "energy_kwh": energy_kwh,
            "electricity_cost": electricity_cost,
            "machine_rate": machine_rate,
        }
        errors = {
            name: f"must be a number from 0 to {COST_BOUNDS[name]}"
            for name, value in figures.items()
            if value is not None
            and (not math.isfinite(value) or not 0 <= value <= COST_BOUNDS[name])
        }
        errors.update(
            {
                f"material_prices.{key}": f"must be a number from 0 to {COST_BOUNDS['material_price']}"
                for key, value in (material_prices or {}).items()
                if not math.isfinite(value)
                or not 0 <= value <= COST_BOUNDS["material_price"]
            }
        )
        sources = {s.value for s in CostSource}
        for name, source in (
            ("energy_source", energy_source),
            ("electricity_source", electricity_source),
        ):
            if source is not None and source not in sources:
                errors[name] = f"one of {sorted(sources)}"
        if errors:
            raise StoreValidationError(errors)
        return {
            "job_id": job_id,
            **figures,
            "energy_source": energy_source,
            "electricity_source": electricity_source,
            "material_prices": dict(material_prices or {}),
        }

    async def reprice_job_costs(
        self,
        jobs: Sequence[tuple[str, float | None, str | None]],
        *,
        machine_rate: float | None,
    ) -> int:
        """
        Price jobs anew: (job id, electricity cost, its source) each, and the new machine rate.

        The energy, the filament cost and manual costs stay; the totals follow. Returns how many
        of the jobs were found (0 while the database is down: the change is journaled).
        """
        errors: dict[str, str] = {}
        sources = {s.value for s in CostSource}
        bound = COST_BOUNDS["electricity_cost"]
        for job_id, cost, source in jobs:
            if cost is not None and (not math.isfinite(cost) or not 0 <= cost <= bound):
                errors[f"{job_id}.electricity_cost"] = (
                    f"must be a number from 0 to {bound}"
                )
            if source is not None and source not in sources:
                errors[f"{job_id}.electricity_source"] = f"one of {sorted(sources)}"
        rate_bound = COST_BOUNDS["machine_rate"]
        if machine_rate is not None and (
            not math.isfinite(machine_rate) or not 0 <= machine_rate <= rate_bound
        ):
            errors["machine_rate"] = f"must be a number from 0 to {rate_bound}"
        if errors:
            raise StoreValidationError(errors)
        payload = {
            "jobs": [
                {
                    "job_id": job_id,
                    "electricity_cost": cost,
                    "electricity_source": source,
                }
                for job_id, cost, source in jobs
            ],
            "machine_rate": machine_rate,
        }
        result = await self._write("reprice_costs", payload)
        return result if isinstance(result, int) else 0

    async def import_history_job(
        self, printer_id: str, job: ImportedJob, *, job_id: str | None = None
    ) -> str:
        """
        Store a job from the printer's history (idempotent on the printer and the job's ``uid``).

        Returns the job's id (while the database is down: the id it will have unless that uid was
        stored already).
        """
        ops.check_imported(job)
        try:
            imported = ops.imported_payload(job)
        except ValueError as err:
            raise StoreValidationError({"job": str(err)}) from err
        payload = {
            "printer_id": printer_id,
            "job_id": job_id or uuid.uuid4().hex,
            "job": imported,
        }
        result = await self._write("import_history", payload)
        return str(result) if result is not None else str(payload["job_id"])

    async def load_open_job(self, printer_id: str) -> TrackedJobData | None:
        """Return the printer's job still in progress, if any."""
        return await self._transaction(
            lambda session: queries.load_open_job(session, printer_id)
        )

    async def reconcile_start(
        self,
        printer_id: str,
        *,
        now: datetime | None = None,
        lookback: timedelta = RECONCILE_LOOKBACK,
    ) -> datetime | None:
        """
        Return when reconciling the printer with Moonraker's history should start reading.

        The start of its newest job that came from the printer (not one recorded by hand), capped
        at ``now``, or of an older job of the ``lookback`` before it still without its Moonraker
        uid; None when the printer has no job from the printer.
        """
        at = now or ops.now_utc()
        return await self._transaction(
            lambda session: queries.reconcile_start(session, printer_id, at, lookback)
        )

    async def find_job(
        self,
        printer_id: str,
        uid: str | None,
        filename: str,
        start: datetime,
        *,
        tolerance: timedelta = DEFAULT_MATCH_TOLERANCE,
    ) -> TrackedJobData | None:
        """Return the job with this Moonraker uid, else the same file started within ``tolerance``."""
        return await self._transaction(
            lambda session: queries.find_job(
                session, printer_id, uid, filename, start, tolerance=tolerance
            )
        )

    # ------------------------------------------------------------------ other reads
    async def async_read[T](self, fn: Callable[[Session], T]) -> T:
        """
        Run ``fn(session)`` in the store's worker, in one transaction, and return its result.

        For read-only queries of other modules (analytics, exports): ``fn`` must return plain
        values, never ORM objects. Raises StoreUnavailableError while the database is down.
        """
        return await self._transaction(fn)

    # ------------------------------------------------------------------ administration
    async def copy_to(
        self, target: Store, *, batch_size: int = DEFAULT_COPY_BATCH
    ) -> dict[str, int]:
        """
        Copy every row to ``target`` (a started store of another database); return the row counts.

        Rows are copied in batches, parents first, each batch updating rows with the same keys,
        so a copy that failed half-way can simply be run again. The target must not hold other
        print log rows: the copy is verified by comparing per-table counts, and
        :class:`CopyVerificationError` is raised if they differ.
        """
        self._require_started()
        target._require_started()
        for store in (self, target):
            if not store.available or store.pending_writes:
                raise StoreUnavailableError(
                    f"{store.url} is unavailable or has journaled writes pending"
                )
        if batch_size < 1:
            raise ValueError("batch_size must be positive")
        for table in DATA_TABLES:
            size = (
                min(batch_size, _DETAILS_COPY_BATCH)
                if table.name == JobDetails.__tablename__
                else batch_size
            )
            after: Any = None
            while True:
                rows = await self._guarded(self._read_batch_sync, table, after, size)
                if not rows:
                    break
                await target._guarded(target._write_batch_sync, table, rows)
                after = rows[-1][_pk(table).key]
        source_counts = await self._guarded(self._row_counts_sync)
        target_counts = await target._guarded(target._row_counts_sync)
        if source_counts != target_counts:
            raise CopyVerificationError(source_counts, target_counts)
        # The files' track records and the roll-ups are derived from the jobs: built again.
        await target.rebuild_files()
        await target.rebuild_rollups()
        return source_counts

    async def engine_info(self) -> EngineInfo:
        """
        Return the database's dialect, server version, schema version and row counts.

        While the database is unavailable only the URL, dialect, driver and pending writes are
        known (server version None, schema version 0, no counts); it never raises for that.
        """
        self._require_started()
        info = EngineInfo(
            url=self.url,
            dialect=self.dialect,
            driver=self._url.get_driver_name(),
            server_version=None,
            schema_version=0,
            available=self._available,
            pending_writes=self._journal.count,
        )
        if not self._available:
            return info
        server_version, schema_version, counts = await self._guarded(
            self._engine_info_sync
        )
        return EngineInfo(
            url=info.url,
            dialect=info.dialect,
            driver=info.driver,
            server_version=server_version,
            schema_version=schema_version,
            available=True,
            pending_writes=self._journal.count,
            row_counts=counts,
        )

    def _read_batch_sync(
        self, table: Table, after: Any, limit: int
    ) -> list[dict[str, Any]]:
        pk = _pk(table)
        stmt = select(table).order_by(pk).limit(limit)
        if after is not None:
            stmt = stmt.where(pk > after)
        with (
            database_errors(f"could not read {table.name}"),
            self._db.connect() as conn,
        ):
            return [dict(row) for row in conn.execute(stmt).mappings()]

    def _write_batch_sync(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Upsert rows by primary key (update the ones present, insert the others)."""
        pk = _pk(table)
        keys = [row[pk.key] for row in rows]
        with (
            database_errors(f"could not write {table.name}"),
            self._db.begin() as conn,
        ):
            present = set(conn.execute(select(pk).where(pk.in_(keys))).scalars().all())
            updates = [
                {**row, "_copy_key": row[pk.key]}
                for row in rows
                if row[pk.key] in present
            ]
            inserts = [row for row in rows if row[pk.key] not in present]
            if updates:
                conn.execute(update(table).where(pk == bindparam("_copy_key")), updates)
            if inserts:
                conn.execute(insert(table), inserts)

    def _row_counts_sync(self) -> dict[str, int]:
        with database_errors("could not count rows"), self._db.connect() as conn:
            return {
                table_key(table): int(
                    conn.execute(select(func.count()).select_from(table)).scalar_one()
                )
                for table in DATA_TABLES
            }

    def _engine_info_sync(self) -> tuple[str | None, int, dict[str, int]]:
        counts = self._row_counts_sync()
        with (
            database_errors("could not read the schema version"),
            self._db.connect() as conn,
        ):
            schema_version = current_version(conn)
            info = conn.dialect.server_version_info
        server = ".".join(str(part) for part in info) if info else None
        return server, schema_version, counts


def _pk(table: Table) -> Any:
    return next(iter(table.primary_key.columns))
