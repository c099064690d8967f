"""The durable journal: writes made while the database is down are kept on disk and replayed once."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import timedelta
import json
from pathlib import Path
import time
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from custom_components.print_logger.store import (
    JobEventType,
    JobQuery,
    JobRecord,
    JobStatus,
    Store,
    StoreUnavailableError,
    ops,
)
from custom_components.print_logger.store.journal import Journal
from tests.store.common import T0, add_printer, finished, imported_job, new_id, tracked
from tests.store.conftest import Databases, MariaDBServer


async def wait_for(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
    """Wait until ``predicate()`` is true."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


def test_journal_file(tmp_path: Path) -> None:
    """Entries survive a new instance, a line cut short by a crash is skipped, replace is atomic."""
    path = tmp_path / "sub" / "journal.jsonl"
    journal = Journal(path)
    assert journal.load() == 0
    assert journal.entries() == []
    journal.append("save_job", {"id": "a", "n": 1, "text": "🐸 測試"})
    journal.append("add_event", {"id": "b"})
    assert journal.count == 2
    # A crash in the middle of the next append:
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"op": "save_job", "payl')
    again = Journal(path)
    assert again.load() == 2
    again.append("set_details", {"id": "c"})
    assert [entry.op for entry in again.entries()] == [
        "save_job",
        "add_event",
        "set_details",
    ]
    assert again.entries()[0].payload == {"id": "a", "n": 1, "text": "🐸 測試"}
    assert again.load() == 3
    again.replace(again.entries()[1:])
    assert [entry.payload["id"] for entry in Journal(path).entries()] == ["b", "c"]
    again.reject(again.entries()[0], "refused")
    rejected = [
        json.loads(line) for line in again.rejected_path.read_text().splitlines()
    ]
    assert rejected == [
        {
            "op": "add_event",
            "payload": {"id": "b"},
            "at": rejected[0]["at"],
            "error": "refused",
        }
    ]
    again.clear()
    assert not path.exists()
    assert again.count == 0
    assert Journal(path).load() == 0


class FlakyDatabase:
    """Makes the store's writes fail as a database that went away does (OperationalError)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.down = False
        self.fail_after: int | None = None
        self.applied = 0
        for name, operation in list(ops.WRITE_OPS.items()):
            monkeypatch.setitem(ops.WRITE_OPS, name, self._wrap(operation))

    def _wrap(self, operation: Callable[..., object]) -> Callable[..., object]:
        def run(session: Any, payload: Mapping[str, Any]) -> object:
            if self.fail_after is not None and self.applied >= self.fail_after:
                self.down = True
                self.fail_after = None
            if self.down:
                raise OperationalError(
                    "INSERT …", {}, ConnectionRefusedError("connection refused")
                )
            self.applied += 1
            return operation(session, payload)

        return run


async def test_journal_replays_in_order_after_a_failure(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writes that fail as "database down" are journaled, survive a second failure mid-replay, and land once, in order."""
    flaky = FlakyDatabase(monkeypatch)
    changes: list[bool] = []
    store = Store(
        db_url,
        tmp_path / "journal.jsonl",
        on_availability_change=changes.append,
        retry_interval=3600,
    )
    await store.async_start()
    try:
        printer_id = await add_printer(store)
        job = tracked(printer_id)
        await store.save_tracked_job(job)
        flaky.down = True
        snapshots = [
            replace(job, progress=step / 10, filament_used_mm=10.0 * step)
            for step in range(1, 8)
        ]
        for snapshot in snapshots:
            await store.save_tracked_job(snapshot)
            await store.add_event(
                job.id,
                new_id(),
                JobEventType.PAUSED,
                T0 + timedelta(minutes=snapshot.progress * 10),
            )
        assert store.available is False
        assert changes == [False]
        assert store.pending_writes == 14
        assert len(store.journal_path.read_text().splitlines()) == 14
        with pytest.raises(StoreUnavailableError):
            await store.get_job(job.id)
        with pytest.raises(StoreUnavailableError):
            await store.update_job(job.id, {"notes": "x"})
        info = await store.engine_info()
        assert (info.available, info.pending_writes) == (False, 14)

        # The database comes back, and goes away again after five writes of the replay.
        flaky.down = False
        flaky.fail_after = flaky.applied + 5
        assert await store.async_retry() is False
        assert store.pending_writes == 9
        assert changes == [False]
        flaky.down = False
        assert await store.async_retry() is True
        assert store.available is True
        assert store.pending_writes == 0
        assert not store.journal_path.exists()
        assert changes == [False, True]
        detail = await store.get_job(job.id)
        assert detail.job.progress == 0.7
        assert detail.job.filament_used_mm == 70.0
        assert len(detail.events) == 7
    finally:
        await store.async_stop()


@pytest.mark.mariadb
async def test_mariadb_outage(dedicated_mariadb: MariaDBServer, tmp_path: Path) -> None:
    """
    Stop a real MariaDB under a running store: writes are journaled and fsync'd, reads refused, a
    repair callback fires; start it again: every write lands once, in order. A journal left by a
    store stopped during an outage is replayed by the next start, and replaying it twice changes nothing.
    """
    if dedicated_mariadb.proc is None:
        await asyncio.to_thread(dedicated_mariadb.start)
    databases = Databases(tmp_path, mariadb_host=dedicated_mariadb.host)
    url = databases.create("mariadb")
    journal_path = tmp_path / "journal.jsonl"
    changes: list[bool] = []
    store = Store(
        url,
        journal_path,
        on_availability_change=changes.append,
        retry_interval=0.1,
        max_retry_interval=0.5,
    )
    await store.async_start()
    stores = [store]
    try:
        printer_id = await add_printer(
            store, instance_id="instance-1", entry_id="entry-1"
        )
        job = tracked(printer_id, "outage 🐸.gcode")
        await store.save_tracked_job(job)
        await store.add_event(job.id, new_id(), JobEventType.STARTED, job.start, {})

        # ---------------------------------------------------------------- outage 1
        await asyncio.to_thread(dedicated_mariadb.stop)
        await store.save_tracked_job(
            replace(job, progress=0.25, filament_used_mm=250.0)
        )
        await store.add_event(
            job.id, new_id(), JobEventType.PAUSED, T0 + timedelta(minutes=5), {}
        )
        assert store.available is False
        assert changes == [False]
        await store.save_tracked_job(
            replace(job, progress=0.5, filament_used_mm=500.0, pause_count=1)
        )
        await store.set_details(
            job.id,
            {"slicer": "OrcaSlicer", "filament_type": "PETG", "thumbnail": b"\x89PNG"},
        )
        done = replace(
            finished(job), filament_used_mm=1000.0, pause_count=1, paused_duration=60.0
        )
        await store.save_tracked_job(done)
        await store.add_event(
            job.id,
            new_id(),
            JobEventType.FINISHED,
            done.end or T0,
            {"status": "completed"},
        )
        imported_id = await store.import_history_job(
            printer_id,
            imported_job("00002A", "old.gcode", T0 - timedelta(days=3)),
        )
        new_printer = await store.upsert_printer(
            name="Ender", entry_id="entry-2", instance_id="instance-2"
        )
        assert new_printer == ops.derive_printer_id("instance-2", "entry-2")
        other_job = finished(tracked(new_printer, "ender.gcode"))
        await store.save_tracked_job(other_job)
        await store.save_tracked_job(tracked("ghost-printer", "ghost.gcode"))
        assert store.pending_writes == 10
        lines = journal_path.read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["op"] for line in lines] == [
            "save_job",
            "add_event",
            "save_job",
            "set_details",
            "save_job",
            "add_event",
            "import_history",
            "upsert_printer",
            "save_job",
            "save_job",
        ]
        for read in (
            store.get_job(job.id),
            store.list_jobs(),
            store.list_printers(),
            store.load_open_job(printer_id),
            store.create_job(
                {
                    "printer_id": printer_id,
                    "filename": "m",
                    "status": "completed",
                    "start": T0,
                }
            ),
            store.delete_jobs([job.id]),
        ):
            with pytest.raises(StoreUnavailableError):
                await read

        await asyncio.to_thread(dedicated_mariadb.start)
        await wait_for(lambda: store.available)
        assert changes == [False, True]
        assert store.pending_writes == 0
        assert not journal_path.exists()
        detail = await store.get_job(job.id)
        assert detail.job.status is JobStatus.COMPLETED
        assert detail.job.filament_used_mm == 1000.0
        assert detail.job.pause_count == 1
        assert detail.job.filament_type == "PETG"
        assert detail.job.has_thumbnail
        assert [event.type for event in detail.events] == [
            JobEventType.STARTED,
            JobEventType.PAUSED,
            JobEventType.FINISHED,
        ]
        assert (await store.get_job(imported_id)).job.uid == "00002A"
        assert (await store.get_printer(new_printer)).name == "Ender"
        assert (await store.get_job(other_job.id)).job.printer_name == "Ender"
        # The write whose printer never existed was set aside, not retried forever.
        rejected = (
            store.journal_path.with_name("journal.jsonl.rejected")
            .read_text()
            .splitlines()
        )
        assert [json.loads(line)["payload"]["printer_id"] for line in rejected] == [
            "ghost-printer"
        ]
        assert (await store.list_jobs()).total == 3

        # ---------------------------------------------------------------- outage 2, store stopped
        await asyncio.to_thread(dedicated_mariadb.stop)
        again = await store.upsert_printer(
            name="Voron 2.4", instance_id="instance-1", klipper_version="v0.13.1"
        )
        assert again == printer_id
        second = tracked(printer_id, "second.gcode", start=T0 + timedelta(hours=3))
        await store.save_tracked_job(second)
        await store.add_event(
            second.id, new_id(), JobEventType.STARTED, second.start, {}
        )
        await store.save_tracked_job(finished(second, status=JobStatus.CANCELLED))
        await store.add_event(
            second.id,
            new_id(),
            JobEventType.FINISHED,
            second.start + timedelta(hours=1),
            {},
        )
        assert store.pending_writes == 5
        await store.async_stop()
        assert changes == [False, True, False]
        kept = journal_path.read_bytes()

        await asyncio.to_thread(dedicated_mariadb.start)
        store = Store(url, journal_path)
        stores.append(store)
        await store.async_start()
        assert store.available
        assert store.pending_writes == 0
        state = await _state(store)
        assert state["counts"] == {
            "printers": 2,
            "jobs": 4,
            "job_details": 2,
            "job_events": 7,
            "maintenance_tasks": 0,
            "maintenance_log": 0,
            "job_photos": 0,
            "job_climate": 0,
        }
        assert (await store.get_printer(printer_id)).klipper_version == "v0.13.1"
        assert (await store.get_job(second.id)).job.status is JobStatus.CANCELLED
        await store.async_stop()

        # The same journal once more (as if the store had died before clearing it): nothing changes.
        journal_path.write_bytes(kept)
        store = Store(url, journal_path)
        stores.append(store)
        await store.async_start()
        assert await _state(store) == state
    finally:
        for instance in stores:
            await instance.async_stop()
        if dedicated_mariadb.proc is None:
            await asyncio.to_thread(dedicated_mariadb.start)
        databases.drop_all()


def _comparable(job: JobRecord) -> JobRecord:
    return replace(job, updated_at=job.created_at)


async def _state(store: Store) -> dict[str, Any]:
    page = await store.list_jobs(JobQuery(limit=500))
    details = [await store.get_job(job.id) for job in page.jobs]
    return {
        "counts": (await store.engine_info()).row_counts,
        "jobs": sorted((_comparable(job) for job in page.jobs), key=lambda job: job.id),
        "events": sorted(
            event
            for detail in details
            for event in ((e.id, e.type, e.at) for e in detail.events)
        ),
        "printers": await store.list_printers(),
    }
