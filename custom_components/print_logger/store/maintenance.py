"""
Printer maintenance: tasks due by print hours, filament, jobs or days, and the log of what was done.

A task's counters run from the last time it was done (its newest log entry) or, never done, from
when it was added: print hours and filament of the printer's jobs started since, its ended jobs
since, and the days since. Whichever interval is reached first makes the task due; at
:data:`DUE_SOON` of an interval it is nearly due. A log entry keeps the printer's lifetime counters
at that moment. A task with a log is archived instead of deleted, so nothing logged is lost.

Blocking functions on a session run in the store's worker; :class:`MaintenanceStore` is their async
API (the :class:`~.store.Store` inherits it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
import math
from typing import Any, Final
import uuid

from sqlalchemy import ColumnElement, Float, case, cast, delete, func, select
from sqlalchemy.orm import Session

from .enums import JobStatus
from .errors import PrinterNotFoundError, StoreError, StoreValidationError
from .models import SHORT_LENGTH, Job, MaintenanceLogEntry, MaintenanceTask, Printer
from .validation import EARLIEST_JOB_TIME, MAX_NOTES_LENGTH, NUMBER_BOUNDS, number_error
from .worker import StoreWorker

DUE_SOON: Final = 0.9
"""A task is nearly due from this fraction of one of its intervals."""
FUTURE_TOLERANCE: Final = timedelta(minutes=5)
"""A log entry may be this far in the future (clocks that disagree a little), no further."""
# Grams per millimetre of 1.75 mm PLA (1.24 g/cm³): the filament of a job whose weight is unknown.
GRAMS_PER_MM: Final = math.pi * (1.75 / 2) ** 2 * 1.24 / 1000
INTERVALS: Final = (
    "interval_hours",
    "interval_filament_kg",
    "interval_jobs",
    "interval_days",
)
TASK_FIELDS: Final = (*INTERVALS, "name", "notes", "cost")
LOG_FIELDS: Final = ("name", "done_at", "done_by", "notes", "cost")
_FAILED: Final = tuple(
    status.value
    for status in JobStatus
    if status not in (JobStatus.IN_PROGRESS, JobStatus.COMPLETED, JobStatus.CANCELLED)
)


@dataclass(frozen=True, kw_only=True)
class DefaultTask:
    """A task offered to every new printer (the user keeps, changes or removes it)."""

    key: str
    name: str
    intervals: Mapping[str, float]


DEFAULT_TASKS: Final = (
    DefaultTask(
        key="clean_build_plate",
        name="Clean the build plate",
        intervals={"interval_jobs": 10, "interval_days": 14},
    ),
    DefaultTask(
        key="lubricate_rails",
        name="Lubricate rails and lead screws",
        intervals={"interval_hours": 200, "interval_days": 90},
    ),
    DefaultTask(
        key="check_belts",
        name="Check belt tension",
        intervals={"interval_hours": 300, "interval_days": 90},
    ),
    DefaultTask(
        key="replace_nozzle",
        name="Replace the nozzle",
        intervals={"interval_hours": 1000, "interval_filament_kg": 10},
    ),
    DefaultTask(
        key="clean_extruder",
        name="Clean the extruder gears",
        intervals={"interval_hours": 500, "interval_filament_kg": 5},
    ),
)


class MaintenanceTaskNotFoundError(StoreError):
    """No such maintenance task."""


class MaintenanceLogNotFoundError(StoreError):
    """No such maintenance log entry."""


@dataclass(frozen=True, kw_only=True)
class Counters:
    """Print hours, filament (grams) and ended jobs of a printer over a span of time."""

    print_hours: float
    filament_g: float
    jobs: int


@dataclass(frozen=True, kw_only=True)
class MaintenanceTaskRecord:
    """A maintenance task."""

    id: str
    printer_id: str
    name: str
    interval_hours: float | None
    interval_filament_kg: float | None
    interval_jobs: int | None
    interval_days: int | None
    notes: str | None
    cost: float | None
    archived: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, kw_only=True)
class MaintenanceLogRecord:
    """One time maintenance was done (of a task, or free text) with the printer's counters then."""

    id: str
    printer_id: str
    task_id: str | None
    name: str
    done_at: datetime
    done_by: str | None
    notes: str | None
    cost: float | None
    print_hours: float
    filament_g: float
    jobs: int


@dataclass(frozen=True, kw_only=True)
class TaskState:
    """How close a task is to due: used and left per interval, the largest fraction, the status."""

    task: MaintenanceTaskRecord
    since: datetime
    last_done: datetime | None
    used: Mapping[str, float]
    remaining: Mapping[str, float]
    fraction: float
    status: str  # "ok", "soon" (at DUE_SOON of an interval) or "due"
    due_notified: bool
    failure_rate_since: float | None
    failure_rate_before: float | None


# ---------------------------------------------------------------------- validation
def _text(
    errors: dict[str, str],
    name: str,
    value: Any,
    max_length: int,
    *,
    required: bool = False,
) -> str | None:
    if value is None:
        if required:
            errors[name] = "is required"
        return None
    if not isinstance(value, str):
        errors[name] = "must be a string"
        return None
    if required and not value.strip():
        errors[name] = "must not be empty"
        return None
    if len(value) > max_length:
        errors[name] = f"must be at most {max_length} characters"
        return None
    return value.strip() if required else value


def _bounded(errors: dict[str, str], name: str, value: Any) -> Any:
    if value is None:
        return None
    bound = NUMBER_BOUNDS[name]
    if bound.integer and isinstance(value, float) and value.is_integer():
        value = int(value)
    if message := number_error(name, value):
        errors[name] = message
        return None
    return value


def validate_task(
    data: Mapping[str, Any], current: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """
    Return a task's values (all of them new, or the given ones changed); StoreValidationError else.

    A task needs a name and at least one interval; intervals are positive and bounded.
    """
    errors: dict[str, str] = {}
    unknown = set(data) - set(TASK_FIELDS)
    for name in sorted(unknown):
        errors[name] = "is not a task field"
    values: dict[str, Any] = {}
    if current is None or "name" in data:
        values["name"] = _text(
            errors, "name", data.get("name"), SHORT_LENGTH, required=True
        )
    if "notes" in data:
        values["notes"] = _text(errors, "notes", data["notes"], MAX_NOTES_LENGTH)
    if "cost" in data:
        values["cost"] = _bounded(errors, "cost", data["cost"])
    for name in INTERVALS:
        if name in data:
            values[name] = _bounded(errors, name, data[name])
    merged = {**(current or {}), **values}
    if not errors and all(merged.get(name) is None for name in INTERVALS):
        errors["intervals"] = (
            "a task needs at least one interval: print hours, filament (kg), jobs or days"
        )
    if errors:
        raise StoreValidationError(errors)
    return values


def validate_log(
    data: Mapping[str, Any], *, now: datetime, partial: bool = False
) -> dict[str, Any]:
    """Return a log entry's values; StoreValidationError lists bad fields (a future date too)."""
    errors: dict[str, str] = {}
    for name in sorted(set(data) - set(LOG_FIELDS)):
        errors[name] = "is not a log field"
    values: dict[str, Any] = {}
    if "name" in data:
        values["name"] = _text(
            errors, "name", data["name"], SHORT_LENGTH, required=True
        )
    if "done_by" in data:
        values["done_by"] = _text(errors, "done_by", data["done_by"], SHORT_LENGTH)
    if "notes" in data:
        values["notes"] = _text(errors, "notes", data["notes"], MAX_NOTES_LENGTH)
    if "cost" in data:
        values["cost"] = _bounded(errors, "cost", data["cost"])
    done_at = data.get("done_at")
    if done_at is None and not partial:
        done_at = now
    if done_at is not None:
        if not isinstance(done_at, datetime) or done_at.utcoffset() is None:
            errors["done_at"] = "must be a date and time with a time zone"
        elif done_at < EARLIEST_JOB_TIME:
            errors["done_at"] = (
                f"must not be before {EARLIEST_JOB_TIME.date().isoformat()}"
            )
        elif done_at > now + FUTURE_TOLERANCE:
            errors["done_at"] = "must not be in the future"
        else:
            values["done_at"] = done_at.astimezone(UTC)
    if errors:
        raise StoreValidationError(errors)
    return values


# ---------------------------------------------------------------------- reads
def _filament_g() -> ColumnElement[float]:
    return func.coalesce(
        Job.filament_weight_g, cast(Job.filament_used_mm, Float) * GRAMS_PER_MM
    )


def counters(
    session: Session,
    printer_id: str,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Counters:
    """Return the print hours, grams and ended jobs of the printer's jobs started in [since, until)."""
    clauses: list[ColumnElement[bool]] = [Job.printer_id == printer_id]
    if since is not None:
        clauses.append(Job.start >= since)
    if until is not None:
        clauses.append(Job.start < until)
    row = session.execute(
        select(
            func.coalesce(func.sum(Job.print_duration), 0.0),
            func.coalesce(func.sum(_filament_g()), 0.0),
            func.coalesce(
                func.sum(case((Job.status != JobStatus.IN_PROGRESS.value, 1), else_=0)),
                0,
            ),
        ).where(*clauses)
    ).one()
    return Counters(
        print_hours=float(row[0]) / 3600, filament_g=float(row[1]), jobs=int(row[2])
    )


def _failure_rate(
    session: Session, printer_id: str, since: datetime | None, until: datetime | None
) -> float | None:
    clauses: list[ColumnElement[bool]] = [
        Job.printer_id == printer_id,
        Job.status != JobStatus.IN_PROGRESS.value,
    ]
    if since is not None:
        clauses.append(Job.start >= since)
    if until is not None:
        clauses.append(Job.start < until)
    ended, failed = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(case((Job.status.in_(_FAILED), 1), else_=0)), 0),
        ).where(*clauses)
    ).one()
    return round(int(failed) / int(ended), 4) if ended else None


def task_record(task: MaintenanceTask) -> MaintenanceTaskRecord:
    """Return a task row as its record."""
    return MaintenanceTaskRecord(
        id=task.id,
        printer_id=task.printer_id,
        name=task.name,
        interval_hours=task.interval_hours,
        interval_filament_kg=task.interval_filament_kg,
        interval_jobs=task.interval_jobs,
        interval_days=task.interval_days,
        notes=task.notes,
        cost=task.cost,
        archived=bool(task.archived),
        created_at=task.created_at,
        updated_at=task.updated_at,
    )


def log_record(entry: MaintenanceLogEntry) -> MaintenanceLogRecord:
    """Return a log row as its record."""
    return MaintenanceLogRecord(
        id=entry.id,
        printer_id=entry.printer_id,
        task_id=entry.task_id,
        name=entry.name,
        done_at=entry.done_at,
        done_by=entry.done_by,
        notes=entry.notes,
        cost=entry.cost,
        print_hours=entry.print_hours,
        filament_g=entry.filament_g,
        jobs=entry.jobs,
    )


def _last_two(session: Session, task_id: str) -> list[datetime]:
    return list(
        session.scalars(
            select(MaintenanceLogEntry.done_at)
            .where(MaintenanceLogEntry.task_id == task_id)
            .order_by(MaintenanceLogEntry.done_at.desc())
            .limit(2)
        )
    )


def task_state(session: Session, task: MaintenanceTask, now: datetime) -> TaskState:
    """Return how close ``task`` is to due at ``now``."""
    done = _last_two(session, task.id)
    since = done[0] if done else task.created_at
    used_counters = counters(session, task.printer_id, since)
    days = max((now - since).total_seconds(), 0.0) / 86_400
    measured = {
        "interval_hours": used_counters.print_hours,
        "interval_filament_kg": used_counters.filament_g / 1000,
        "interval_jobs": float(used_counters.jobs),
        "interval_days": days,
    }
    used: dict[str, float] = {}
    remaining: dict[str, float] = {}
    fraction = 0.0
    for name in INTERVALS:
        limit = getattr(task, name)
        if limit is None:
            continue
        key = name.removeprefix("interval_")
        used[key] = round(measured[name], 4)
        remaining[key] = round(max(limit - measured[name], 0.0), 4)
        fraction = max(fraction, measured[name] / limit)
    status = "due" if fraction >= 1 else "soon" if fraction >= DUE_SOON else "ok"
    return TaskState(
        task=task_record(task),
        since=since,
        last_done=done[0] if done else None,
        used=used,
        remaining=remaining,
        fraction=round(fraction, 4),
        status=status,
        due_notified=task.due_notified_at is not None,
        failure_rate_since=_failure_rate(session, task.printer_id, since, None),
        failure_rate_before=(
            _failure_rate(
                session, task.printer_id, done[1] if len(done) > 1 else None, done[0]
            )
            if done
            else None
        ),
    )


def _require_printer(session: Session, printer_id: str) -> None:
    if session.get(Printer, printer_id) is None:
        raise PrinterNotFoundError(printer_id)


def _get_task(session: Session, task_id: str) -> MaintenanceTask:
    task = session.get(MaintenanceTask, task_id)
    if task is None:
        raise MaintenanceTaskNotFoundError(task_id)
    return task


def list_states(
    session: Session,
    printer_ids: tuple[str, ...],
    now: datetime,
    *,
    archived: bool = False,
) -> list[TaskState]:
    """Return the states of the printers' tasks (every printer's without ids), most due first."""
    query = select(MaintenanceTask)
    if printer_ids:
        query = query.where(MaintenanceTask.printer_id.in_(printer_ids))
    if not archived:
        query = query.where(MaintenanceTask.archived.is_(False))
    states = [
        task_state(session, task, now)
        for task in session.scalars(query.order_by(MaintenanceTask.name))
    ]
    return sorted(states, key=lambda state: -state.fraction)


def list_log(
    session: Session,
    printer_ids: tuple[str, ...],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 500,
) -> list[MaintenanceLogRecord]:
    """Return the printers' log entries (every printer's without ids), newest first."""
    query = select(MaintenanceLogEntry)
    if printer_ids:
        query = query.where(MaintenanceLogEntry.printer_id.in_(printer_ids))
    if since is not None:
        query = query.where(MaintenanceLogEntry.done_at >= since)
    if until is not None:
        query = query.where(MaintenanceLogEntry.done_at < until)
    query = query.order_by(
        MaintenanceLogEntry.done_at.desc(), MaintenanceLogEntry.id
    ).limit(limit)
    return [log_record(entry) for entry in session.scalars(query)]


def maintenance_cost(
    session: Session,
    printer_ids: tuple[str, ...],
    since: datetime | None = None,
    until: datetime | None = None,
) -> dict[str, float]:
    """Return the logged maintenance cost per printer in [since, until)."""
    query = select(
        MaintenanceLogEntry.printer_id,
        func.coalesce(func.sum(MaintenanceLogEntry.cost), 0.0),
    ).group_by(MaintenanceLogEntry.printer_id)
    if printer_ids:
        query = query.where(MaintenanceLogEntry.printer_id.in_(printer_ids))
    if since is not None:
        query = query.where(MaintenanceLogEntry.done_at >= since)
    if until is not None:
        query = query.where(MaintenanceLogEntry.done_at < until)
    return {
        printer_id: round(float(total), 4)
        for printer_id, total in session.execute(query)
    }


# ---------------------------------------------------------------------- writes
def create_task(
    session: Session, printer_id: str, values: Mapping[str, Any], now: datetime
) -> str:
    """Add a task to a printer; return its id."""
    _require_printer(session, printer_id)
    task = MaintenanceTask(
        id=uuid.uuid4().hex,
        printer_id=printer_id,
        archived=False,
        created_at=now,
        updated_at=now,
        **{name: values.get(name) for name in TASK_FIELDS},
    )
    session.add(task)
    session.flush()
    return task.id


def update_task(
    session: Session, task_id: str, data: Mapping[str, Any], now: datetime
) -> MaintenanceTask:
    """Change a task (the result must still have a name and an interval)."""
    task = _get_task(session, task_id)
    current = {name: getattr(task, name) for name in TASK_FIELDS}
    for name, value in validate_task(data, current).items():
        setattr(task, name, value)
    # New intervals: the task is announced again when it falls due under them.
    if any(name in data for name in INTERVALS):
        task.due_notified_at = None
    task.updated_at = now
    session.flush()
    return task


def delete_task(session: Session, task_id: str, now: datetime) -> bool:
    """Delete a task; one with a log is archived instead (its log is kept). True if deleted."""
    task = _get_task(session, task_id)
    logged = session.scalar(
        select(func.count()).where(MaintenanceLogEntry.task_id == task_id)
    )
    if logged:
        task.archived = True
        task.updated_at = now
        return False
    session.delete(task)
    return True


def log_done(
    session: Session,
    *,
    printer_id: str | None,
    task_id: str | None,
    values: Mapping[str, Any],
    now: datetime,
) -> str:
    """Log maintenance done (of a task, which resets its counters, or free text); return its id."""
    errors: dict[str, str] = {}
    task: MaintenanceTask | None = None
    if task_id is not None:
        task = _get_task(session, task_id)
        if printer_id is not None and printer_id != task.printer_id:
            errors["task_id"] = "is a task of another printer"
        printer_id = task.printer_id
    elif not values.get("name"):
        errors["name"] = "is required without a task"
    if printer_id is None:
        errors["printer_id"] = "is required without a task"
    if errors:
        raise StoreValidationError(errors)
    assert printer_id is not None
    _require_printer(session, printer_id)
    done_at: datetime = values.get("done_at") or now
    lifetime = counters(session, printer_id, None, done_at)
    name = values.get("name") or (task.name if task else "")
    cost = values.get("cost")
    if cost is None and task is not None and "cost" not in values:
        cost = task.cost
    entry = MaintenanceLogEntry(
        id=uuid.uuid4().hex,
        printer_id=printer_id,
        task_id=task_id,
        name=name,
        done_at=done_at,
        done_by=values.get("done_by"),
        notes=values.get("notes"),
        cost=cost,
        print_hours=round(lifetime.print_hours, 4),
        filament_g=round(lifetime.filament_g, 4),
        jobs=lifetime.jobs,
        created_at=now,
    )
    session.add(entry)
    if task is not None:
        task.due_notified_at = None
        if task.archived:
            task.archived = False
    session.flush()
    return entry.id


def update_log(
    session: Session, entry_id: str, values: Mapping[str, Any]
) -> MaintenanceLogRecord:
    """Change a log entry's name, date, author, notes or cost (its counters follow its date)."""
    entry = session.get(MaintenanceLogEntry, entry_id)
    if entry is None:
        raise MaintenanceLogNotFoundError(entry_id)
    for name, value in values.items():
        setattr(entry, name, value)
    if "done_at" in values:
        lifetime = counters(session, entry.printer_id, None, entry.done_at)
        entry.print_hours = round(lifetime.print_hours, 4)
        entry.filament_g = round(lifetime.filament_g, 4)
        entry.jobs = lifetime.jobs
    session.flush()
    return log_record(entry)


def delete_log(session: Session, entry_id: str) -> bool:
    """Delete a log entry; False if there was none."""
    result = session.execute(
        delete(MaintenanceLogEntry).where(MaintenanceLogEntry.id == entry_id)
    )
    return bool(getattr(result, "rowcount", 0))


def seed_defaults(session: Session, printer_id: str, now: datetime) -> list[str]:
    """Add the default tasks to a printer that has no task and no log yet; return their ids."""
    _require_printer(session, printer_id)
    for model in (MaintenanceTask, MaintenanceLogEntry):
        if session.scalar(select(func.count()).where(model.printer_id == printer_id)):
            return []
    return [
        create_task(session, printer_id, {"name": task.name, **task.intervals}, now)
        for task in DEFAULT_TASKS
    ]


def mark_notified(session: Session, task_ids: list[str], now: datetime) -> list[str]:
    """Mark tasks as announced due; return the ids that were not yet (so each fires once)."""
    marked: list[str] = []
    for task_id in task_ids:
        task = session.get(MaintenanceTask, task_id)
        if task is not None and task.due_notified_at is None:
            task.due_notified_at = now
            marked.append(task_id)
    return marked


# ---------------------------------------------------------------------- async API
def _now() -> datetime:
    return datetime.now(UTC)


class MaintenanceStore(StoreWorker):
    """The maintenance half of the store's API (each call one transaction in the worker)."""

    async def maintenance_states(
        self, printer_ids: tuple[str, ...] = (), *, archived: bool = False
    ) -> list[TaskState]:
        """Return the tasks' states, most due first."""
        now = _now()
        return await self._transaction(
            lambda session: list_states(session, printer_ids, now, archived=archived)
        )

    async def maintenance_log(
        self,
        printer_ids: tuple[str, ...] = (),
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 500,
    ) -> list[MaintenanceLogRecord]:
        """Return log entries, newest first."""
        return await self._transaction(
            lambda session: list_log(
                session, printer_ids, since=since, until=until, limit=limit
            )
        )

    async def maintenance_cost(
        self,
        printer_ids: tuple[str, ...] = (),
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> dict[str, float]:
        """Return the maintenance cost per printer."""
        return await self._transaction(
            lambda session: maintenance_cost(session, printer_ids, since, until)
        )

    async def get_task_state(self, task_id: str) -> TaskState:
        """Return one task's state; MaintenanceTaskNotFoundError if there is none."""
        now = _now()
        return await self._transaction(
            lambda session: task_state(session, _get_task(session, task_id), now)
        )

    async def create_task(self, printer_id: str, data: Mapping[str, Any]) -> TaskState:
        """Add a task to a printer; return its state."""
        values = validate_task(data)
        now = _now()

        def _create(session: Session) -> TaskState:
            task_id = create_task(session, printer_id, values, now)
            return task_state(session, _get_task(session, task_id), now)

        return await self._transaction(_create)

    async def update_task(self, task_id: str, data: Mapping[str, Any]) -> TaskState:
        """Change a task; return its state."""
        now = _now()
        return await self._transaction(
            lambda session: task_state(
                session, update_task(session, task_id, data, now), now
            )
        )

    async def delete_task(self, task_id: str) -> bool:
        """Delete a task, or archive it when it has a log; True if deleted, False if archived."""
        now = _now()
        return await self._transaction(
            lambda session: delete_task(session, task_id, now)
        )

    async def log_maintenance(
        self,
        *,
        printer_id: str | None = None,
        task_id: str | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> MaintenanceLogRecord:
        """Log maintenance done (a task's resets it); return the entry."""
        now = _now()
        values = validate_log(data or {}, now=now)

        def _log(session: Session) -> MaintenanceLogRecord:
            entry_id = log_done(
                session, printer_id=printer_id, task_id=task_id, values=values, now=now
            )
            entry = session.get(MaintenanceLogEntry, entry_id)
            assert entry is not None
            return log_record(entry)

        return await self._transaction(_log)

    async def update_log_entry(
        self, entry_id: str, data: Mapping[str, Any]
    ) -> MaintenanceLogRecord:
        """Change a log entry; return it."""
        values = validate_log(data, now=_now(), partial=True)
        return await self._transaction(
            lambda session: update_log(session, entry_id, values)
        )

    async def delete_log_entry(self, entry_id: str) -> bool:
        """Delete a log entry; False if there was none."""
        return await self._transaction(lambda session: delete_log(session, entry_id))

    async def seed_default_tasks(self, printer_id: str) -> list[str]:
        """Give a printer without tasks or log the default tasks; return their ids."""
        now = _now()
        return await self._transaction(
            lambda session: seed_defaults(session, printer_id, now)
        )

    async def mark_due_notified(self, task_ids: list[str]) -> list[str]:
        """Mark tasks announced as due; return those that were not yet."""
        now = _now()
        return await self._transaction(
            lambda session: mark_notified(session, task_ids, now)
        )
