"""Printers and the jobs API (create, get, update, delete) with validation, on every engine."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any
import uuid

import pytest

from custom_components.print_logger.store import (
    JobEventType,
    JobNotFoundError,
    JobQuery,
    JobSource,
    JobStatus,
    PrinterNotFoundError,
    Store,
    StoreValidationError,
)
from tests.store.common import T0, add_printer, finished, new_id, tracked


async def test_printers(store: Store) -> None:
    """Upsert finds a printer by instance id, then entry id; None keeps values; seen times widen."""
    first = T0
    printer_id = await store.upsert_printer(
        name="Voron",
        entry_id="entry-1",
        moonraker_url="http://voron.local:7125",
        instance_id="instance-1",
        klipper_version="v0.13.0",
        moonraker_version="v0.11.0",
        seen_at=first,
    )
    assert len(printer_id) == 32
    # Same Moonraker instance under a new config entry: the same printer (its history is kept).
    again = await store.upsert_printer(
        name="Voron 2.4",
        entry_id="entry-2",
        instance_id="instance-1",
        seen_at=first + timedelta(days=1),
    )
    assert again == printer_id
    # Known by entry id only.
    by_entry = await store.upsert_printer(
        name="Voron 2.4", entry_id="entry-2", seen_at=first - timedelta(days=1)
    )
    assert by_entry == printer_id
    record = await store.get_printer(printer_id)
    assert record.name == "Voron 2.4"
    assert record.entry_id == "entry-2"
    assert record.moonraker_url == "http://voron.local:7125"
    assert record.klipper_version == "v0.13.0"
    assert record.first_seen == first - timedelta(days=1)
    assert record.last_seen == first + timedelta(days=1)
    assert record.first_seen.tzinfo is UTC

    other = await store.upsert_printer(
        name="Ender", instance_id="instance-2", printer_id="ender-3"
    )
    assert other == "ender-3"
    # Printers may be known by Moonraker's instance id: 64 hex digits, or a UUID string.
    for moonraker_id in ("434ab2e3ea8247b8915a91b7e76fa8a3" * 2, str(uuid.uuid4())):
        assert (
            await store.upsert_printer(name="Moonraker", printer_id=moonraker_id)
            == moonraker_id
        )
        await store.save_tracked_job(tracked(moonraker_id))
        assert await store.delete_printer(moonraker_id) is True
    assert [p.name for p in await store.list_printers()] == ["Ender", "Voron 2.4"]

    job = tracked(other)
    await store.save_tracked_job(job)
    assert await store.delete_printer(other) is True
    assert await store.delete_printer(other) is False
    with pytest.raises(PrinterNotFoundError):
        await store.get_printer(other)
    with pytest.raises(JobNotFoundError):
        await store.get_job(job.id)
    assert [p.id for p in await store.list_printers()] == [printer_id]

    with pytest.raises(StoreValidationError) as err:
        await store.upsert_printer(
            name=" ", printer_id="not an id!", seen_at=datetime(2026, 1, 1)
        )
    assert set(err.value.errors) == {"name", "printer_id", "seen_at"}


async def test_create_get_update_delete(store: Store) -> None:
    """A manual job round-trips; edits change only what is editable; delete counts what it removed."""
    printer_id = await add_printer(store)
    created = await store.create_job(
        {
            "printer_id": printer_id,
            "filename": "bracket.gcode",
            "status": "completed",
            "start": "2026-03-01T10:00:00+01:00",
            "end": datetime(2026, 3, 1, 11, 30, tzinfo=UTC),
            "print_duration": 5000,
            "filament_used_mm": 1234.5,
            "filament_weight_g": 3.7,
            "filament_type": "PETG",
            "notes": "first try",
            "rating": 4,
            "tags": ["functional", " functional ", "gift"],
            "cost": 0.42,
        }
    )
    job = created.job
    assert job.source is JobSource.MANUAL
    assert job.status is JobStatus.COMPLETED
    assert job.start == datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    assert job.end == datetime(2026, 3, 1, 11, 30, tzinfo=UTC)
    assert job.print_duration == 5000.0
    assert job.filament_weight_g == 3.7
    assert job.filament_type == "PETG"
    assert job.tags == ("functional", "gift")
    assert job.rating == 4
    assert job.cost == 0.42
    assert job.progress == 1.0
    assert job.printer_name == "Voron"
    assert created.events == ()
    assert created.details is not None
    assert created.details["filament_type"] == "PETG"

    fetched = await store.get_job(job.id)
    assert fetched == created

    updated = await store.update_job(
        job.id,
        {
            "notes": "reprinted",
            "rating": None,
            "tags": ["gift"],
            "failure_reason": "warping",
            "filament_cost": 0.3,
        },
    )
    assert updated.job.notes == "reprinted"
    assert updated.job.rating is None
    assert updated.job.tags == ("gift",)
    assert updated.job.failure_reason == "warping"
    assert updated.job.filament_cost == 0.3
    assert updated.job.cost == 0.42
    assert updated.job.updated_at >= job.updated_at
    assert (await store.get_job(job.id)).job == updated.job

    with pytest.raises(JobNotFoundError):
        await store.update_job(new_id(), {"notes": "x"})
    with pytest.raises(JobNotFoundError):
        await store.get_job(new_id())

    other = await store.create_job(
        {
            "printer_id": printer_id,
            "filename": "b.gcode",
            "status": "cancelled",
            "start": T0,
        }
    )
    assert await store.delete_jobs([job.id, other.job.id, job.id, new_id()]) == 2
    assert await store.delete_jobs([]) == 0
    assert (await store.list_jobs()).total == 0


async def test_delete_removes_details_and_events(store: Store) -> None:
    """Deleting a job deletes its details and timeline with it (foreign keys cascade on every engine)."""
    printer_id = await add_printer(store)
    job = tracked(printer_id)
    await store.save_tracked_job(job)
    await store.add_event(job.id, new_id(), JobEventType.STARTED, job.start, {})
    await store.set_details(
        job.id, {"slicer": "OrcaSlicer", "thumbnail": b"\x89PNG\r\n"}
    )
    info = await store.engine_info()
    assert info.row_counts == {
        "printers": 1,
        "jobs": 1,
        "job_details": 1,
        "job_events": 1,
        "maintenance_tasks": 0,
        "maintenance_log": 0,
        "job_photos": 0,
        "job_climate": 0,
    }
    assert await store.delete_jobs([job.id]) == 1
    info = await store.engine_info()
    assert info.row_counts == {
        "printers": 1,
        "jobs": 0,
        "job_details": 0,
        "job_events": 0,
        "maintenance_tasks": 0,
        "maintenance_log": 0,
        "job_photos": 0,
        "job_climate": 0,
    }


BAD_NEW_JOBS: list[tuple[dict[str, Any], set[str]]] = [
    ({}, {"printer_id", "filename", "status", "start"}),
    (
        {"printer_id": "x", "filename": "a", "status": "in_progress", "start": T0},
        {"status"},
    ),
    (
        {"printer_id": "x", "filename": "a", "status": "done", "start": "yesterday"},
        {"status", "start"},
    ),
    (
        {
            "printer_id": "x",
            "filename": "  ",
            "status": "completed",
            "start": datetime(2026, 1, 1),
        },
        {"filename", "start"},
    ),
    (
        {
            "printer_id": "x",
            "filename": "a",
            "status": "completed",
            "start": T0,
            "end": T0 - timedelta(seconds=1),
            "rating": 6,
            "tags": "a,b",
            "cost": -1,
            "print_duration": float("nan"),
            "colour": "red",
        },
        {"end", "rating", "tags", "cost", "print_duration", "colour"},
    ),
    (
        {
            "printer_id": "x",
            "filename": "a" * 4097,
            "status": "error",
            "start": T0,
            "rating": True,
        },
        {"filename", "rating"},
    ),
]


async def test_create_validation(store: Store) -> None:
    """Every bad field is reported by name, and nothing is written."""
    for data, fields in BAD_NEW_JOBS:
        with pytest.raises(StoreValidationError) as err:
            await store.create_job(data)
        assert set(err.value.errors) == fields, data
    assert (await store.list_jobs()).total == 0


async def test_create_checks_the_database(store: Store) -> None:
    """Unknown printer, duplicate id and duplicate Moonraker uid are field errors too."""
    printer_id = await add_printer(store)
    base = {
        "printer_id": printer_id,
        "filename": "a.gcode",
        "status": "completed",
        "start": T0,
    }
    with pytest.raises(StoreValidationError) as err:
        await store.create_job({**base, "printer_id": "nope"})
    assert set(err.value.errors) == {"printer_id"}
    first = await store.create_job({**base, "id": "manual-1", "uid": "0000AA"})
    assert first.job.id == "manual-1"
    with pytest.raises(StoreValidationError) as err:
        await store.create_job({**base, "id": "manual-1", "uid": "0000AA"})
    assert set(err.value.errors) == {"id", "uid"}


async def test_update_validation(store: Store) -> None:
    """Only editable fields, with valid values; a bad edit changes nothing."""
    printer_id = await add_printer(store)
    job = await store.create_job(
        {
            "printer_id": printer_id,
            "filename": "a.gcode",
            "status": "completed",
            "start": T0,
            "notes": "keep",
        }
    )
    bad_changes: list[tuple[dict[str, Any], set[str]]] = [
        ({"filename": "b.gcode", "status": "error"}, {"filename", "status"}),
        ({"rating": 0}, {"rating"}),
        ({"rating": 2.5}, {"rating"}),
        ({"tags": [1, 2]}, {"tags"}),
        ({"tags": [""]}, {"tags"}),
        ({"tags": ["x" * 65]}, {"tags"}),
        ({"tags": [f"t{i}" for i in range(33)]}, {"tags"}),
        ({"notes": 12}, {"notes"}),
        ({"notes": "x" * 20_001}, {"notes"}),
        ({"energy_cost": float("inf"), "cost": "1"}, {"energy_cost", "cost"}),
        ({"notes": "changed", "rating": 9}, {"rating"}),
    ]
    for changes, fields in bad_changes:
        with pytest.raises(StoreValidationError) as err:
            await store.update_job(job.job.id, changes)
        assert set(err.value.errors) == fields, changes
    assert (await store.get_job(job.job.id)).job == job.job


async def test_datetimes_are_aware_utc(store: Store) -> None:
    """Whatever zone goes in, UTC comes out, to the microsecond, on every engine."""
    printer_id = await add_printer(store)
    zone = timezone(timedelta(hours=-7, minutes=-30))
    start = datetime(2026, 7, 4, 23, 59, 59, 123456, tzinfo=zone)
    job = tracked(printer_id, start=start, paused_since=start + timedelta(seconds=1))
    await store.save_tracked_job(job)
    loaded = await store.load_open_job(printer_id)
    assert loaded is not None
    assert loaded.start == start
    assert loaded.start.tzinfo is UTC
    assert loaded.start.microsecond == 123456
    assert loaded.paused_since == start + timedelta(seconds=1)
    done = finished(job, minutes=90)
    await store.save_tracked_job(done)
    record = (await store.get_job(job.id)).job
    assert record.end == start + timedelta(minutes=90)
    assert record.end is not None
    assert record.end.tzinfo is UTC
    assert (
        await store.list_jobs(
            JobQuery(since=start, until=start + timedelta(microseconds=1))
        )
    ).total == 1
    assert (
        await store.list_jobs(JobQuery(since=start + timedelta(microseconds=1)))
    ).total == 0
