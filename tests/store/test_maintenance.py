"""Maintenance tasks and their log (schema version 4) on every engine: due, done, refusals, copies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from custom_components.print_logger.store import JobStatus, Store, StoreValidationError
from custom_components.print_logger.store.analytics import AnalyticsQuery, async_summary
from custom_components.print_logger.store.maintenance import (
    DEFAULT_TASKS,
    MaintenanceTaskNotFoundError,
)
from tests.store.common import add_printer
from tests.store.conftest import Databases


async def _job(
    store: Store,
    printer_id: str,
    start: datetime,
    *,
    hours: float = 1.0,
    grams: float | None = 10.0,
    status: JobStatus = JobStatus.COMPLETED,
) -> None:
    await store.create_job(
        {
            "printer_id": printer_id,
            "filename": f"part_{start.timestamp():.0f}.gcode",
            "status": status.value,
            "start": start,
            "end": start + timedelta(hours=hours),
            "print_duration": hours * 3600,
            "total_duration": hours * 3600,
            "filament_used_mm": 1000.0,
            "filament_weight_g": grams,
        }
    )


async def test_task_falls_due_and_resets(store: Store) -> None:
    """Jobs since the task was added count towards it; logging it done resets it, with counters."""
    printer_id = await add_printer(store)
    state = await store.create_task(
        printer_id, {"name": "Clean the build plate", "interval_jobs": 3, "cost": 2.5}
    )
    task_id = state.task.id
    assert state.status == "ok"
    assert state.used == {"jobs": 0.0}
    assert state.remaining == {"jobs": 3.0}
    # Jobs started after the task was added count (a millisecond apart).
    now = state.task.created_at + timedelta(milliseconds=4)
    await _job(
        store, printer_id, now - timedelta(milliseconds=3), status=JobStatus.ERROR
    )
    await _job(store, printer_id, now - timedelta(milliseconds=2))
    state = await store.get_task_state(task_id)
    assert (state.status, state.used["jobs"], state.remaining["jobs"]) == (
        "ok",
        2.0,
        1.0,
    )
    assert state.failure_rate_since == 0.5
    await _job(store, printer_id, now - timedelta(milliseconds=1))
    state = await store.get_task_state(task_id)
    assert state.status == "due"
    assert state.fraction == 1.0
    # Announced once.
    assert await store.mark_due_notified([task_id]) == [task_id]
    assert await store.mark_due_notified([task_id]) == []
    assert (await store.get_task_state(task_id)).due_notified

    entry = await store.log_maintenance(
        task_id=task_id, data={"notes": "IPA", "done_by": "Ada", "done_at": now}
    )
    assert entry.name == "Clean the build plate"
    assert entry.cost == 2.5  # the task's cost unless the entry says otherwise
    assert (entry.jobs, entry.print_hours, entry.filament_g) == (3, 3.0, 30.0)
    state = await store.get_task_state(task_id)
    assert (state.status, state.used["jobs"], state.last_done) == (
        "ok",
        0.0,
        entry.done_at,
    )
    assert not state.due_notified
    # Before the last time it was done: one failure in three jobs.
    assert state.failure_rate_before == pytest.approx(0.3333)
    log = await store.maintenance_log((printer_id,))
    assert [item.id for item in log] == [entry.id]
    assert await store.maintenance_cost((printer_id,)) == {printer_id: 2.5}


async def test_hours_filament_and_days(store: Store) -> None:
    """Print hours and kilograms count too; a weightless job counts its length as 1.75 mm PLA."""
    printer_id = await add_printer(store)
    hours = (
        await store.create_task(printer_id, {"name": "Rails", "interval_hours": 2})
    ).task.id
    grams = (
        await store.create_task(
            printer_id, {"name": "Nozzle", "interval_filament_kg": 0.05}
        )
    ).task.id
    now = (await store.get_task_state(grams)).task.created_at + timedelta(seconds=5)
    await _job(store, printer_id, now - timedelta(seconds=5), hours=1.5, grams=40)
    await _job(store, printer_id, now - timedelta(seconds=4), hours=0.4, grams=None)
    states = {s.task.id: s for s in await store.maintenance_states((printer_id,))}
    assert states[hours].status == "soon"  # 1.9 of 2 hours
    assert states[hours].remaining["hours"] == pytest.approx(0.1)
    assert states[grams].used["filament_kg"] == pytest.approx(0.04298, abs=1e-4)
    assert states[grams].status == "ok"
    await _job(store, printer_id, now - timedelta(seconds=3), hours=0.2, grams=20)
    states = {s.task.id: s for s in await store.maintenance_states((printer_id,))}
    assert states[hours].status == states[grams].status == "due"
    # Days: a log entry a week ago of a weekly task is due now.
    weekly = (
        await store.create_task(printer_id, {"name": "Belts", "interval_days": 7})
    ).task.id
    await store.log_maintenance(
        task_id=weekly,
        data={"done_at": datetime.now(UTC) - timedelta(days=7, minutes=1)},
    )
    assert (await store.get_task_state(weekly)).status == "due"


async def test_refusals(store: Store) -> None:
    """Negative or missing intervals, future log entries, unknown ids: clear field errors."""
    printer_id = await add_printer(store)
    with pytest.raises(StoreValidationError) as err:
        await store.create_task(printer_id, {"name": "X", "interval_hours": -1})
    assert set(err.value.errors) == {"interval_hours"}
    with pytest.raises(StoreValidationError) as err:
        await store.create_task(printer_id, {"name": "X"})
    assert set(err.value.errors) == {"intervals"}
    with pytest.raises(StoreValidationError) as err:
        await store.create_task(printer_id, {"name": " ", "interval_jobs": 2.5})
    assert set(err.value.errors) == {"name", "interval_jobs"}
    task_id = (
        await store.create_task(printer_id, {"name": "X", "interval_days": 30})
    ).task.id
    with pytest.raises(StoreValidationError) as err:
        await store.update_task(task_id, {"interval_days": None})
    assert set(err.value.errors) == {"intervals"}
    with pytest.raises(StoreValidationError) as err:
        await store.log_maintenance(
            task_id=task_id,
            data={"done_at": datetime.now(UTC) + timedelta(days=1)},
        )
    assert set(err.value.errors) == {"done_at"}
    with pytest.raises(StoreValidationError) as err:
        await store.log_maintenance(printer_id=printer_id, data={})
    assert set(err.value.errors) == {"name"}
    with pytest.raises(MaintenanceTaskNotFoundError):
        await store.update_task("0" * 32, {"name": "Y"})
    assert (await store.get_task_state(task_id)).task.interval_days == 30


async def test_delete_archives_a_logged_task(store: Store) -> None:
    """A task with a log is archived (its log kept); one without is deleted; free-text entries."""
    printer_id = await add_printer(store)
    logged = (
        await store.create_task(printer_id, {"name": "Belts", "interval_days": 90})
    ).task.id
    bare = (
        await store.create_task(printer_id, {"name": "Fans", "interval_days": 90})
    ).task.id
    await store.log_maintenance(task_id=logged, data={"cost": 0})
    await store.log_maintenance(
        printer_id=printer_id, data={"name": "Replaced the hotend fan", "cost": 12}
    )
    assert await store.delete_task(bare) is True
    assert await store.delete_task(logged) is False
    assert await store.maintenance_states((printer_id,)) == []
    archived = await store.maintenance_states((printer_id,), archived=True)
    assert [(s.task.id, s.task.archived) for s in archived] == [(logged, True)]
    log = await store.maintenance_log((printer_id,))
    assert sorted(entry.name for entry in log) == ["Belts", "Replaced the hotend fan"]
    assert await store.maintenance_cost((printer_id,)) == {printer_id: 12.0}
    # The maintenance cost joins the printer's totals (the analytics summary).
    totals = await async_summary(store, AnalyticsQuery(printer_ids=(printer_id,)))
    assert totals["maintenance_cost"] == 12.0
    assert (await async_summary(store, AnalyticsQuery()))["maintenance_cost"] == 12.0
    # Editing and deleting log entries.
    free = next(entry for entry in log if entry.task_id is None)
    changed = await store.update_log_entry(free.id, {"notes": "Noctua", "cost": 15})
    assert (changed.notes, changed.cost) == ("Noctua", 15)
    assert await store.delete_log_entry(free.id) is True
    assert await store.delete_log_entry(free.id) is False


async def test_default_tasks_once(store: Store) -> None:
    """The default tasks come to a printer without tasks or log, never twice."""
    printer_id = await add_printer(store)
    ids = await store.seed_default_tasks(printer_id)
    assert len(ids) == len(DEFAULT_TASKS)
    assert await store.seed_default_tasks(printer_id) == []
    for task_id in ids:
        await store.delete_task(task_id)
    await store.log_maintenance(printer_id=printer_id, data={"name": "Hand-made"})
    assert await store.seed_default_tasks(printer_id) == []


async def test_printer_deletion_and_copy(
    store: Store, engine_kind: str, databases: Databases, tmp_path: Path
) -> None:
    """Deleting a printer removes its maintenance; a copy to another engine carries it over."""
    printer_id = await add_printer(store)
    task_id = (
        await store.create_task(printer_id, {"name": "Belts", "interval_hours": 10})
    ).task.id
    await store.log_maintenance(task_id=task_id, data={"notes": "ü 🚀"})
    target_kind = "sqlite" if engine_kind != "sqlite" else "postgresql"
    target = Store(databases.create(target_kind), tmp_path / "target.jsonl")
    await target.async_start()
    try:
        counts = await store.copy_to(target)
        assert counts["maintenance_tasks"] == counts["maintenance_log"] == 1
        [entry] = await target.maintenance_log()
        assert entry.notes == "ü 🚀"
    finally:
        await target.async_stop()
    assert await store.delete_printer(printer_id)
    assert await store.maintenance_states(archived=True) == []
    assert await store.maintenance_log() == []
