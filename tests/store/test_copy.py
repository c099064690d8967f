"""Switching back-end: every row copied SQLite → MariaDB → PostgreSQL, verified by counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from custom_components.print_logger.store import (
    ClimateRecord,
    CopyVerificationError,
    JobDetail,
    JobEventType,
    JobQuery,
    JobSpool,
    JobStatus,
    Store,
    StoreError,
)
from custom_components.print_logger.store.analytics import AnalyticsQuery
from custom_components.print_logger.store.files import FileQuery
from custom_components.print_logger.store.spool_analytics import (
    SPOOL_BREAKDOWNS,
    async_spool_breakdown,
)
from tests.store.common import T0, add_printer, finished, imported_job, new_id, tracked
from tests.store.conftest import Databases
from tests.store.test_tracker_writes import FULL_DETAILS


async def _seed(store: Store) -> None:
    """Printers, live, imported and manual jobs, with events, details, thumbnails, JSON and Unicode."""
    printers = [
        await add_printer(store, name, klipper_version="v0.13.0")
        for name in ("Voron 🐸", "Prusa 测试", "מדפסת")
    ]
    for index in range(45):
        printer_id = printers[index % 3]
        job = tracked(
            printer_id,
            f"part {index} — ✓ {'🐸' * (index % 4)}.gcode",
            start=T0 + timedelta(hours=index, microseconds=index),
            uid=f"{index:06X}" if index % 2 else None,
        )
        await store.save_tracked_job(job)
        await store.add_event(job.id, new_id(), JobEventType.STARTED, job.start, {})
        if index % 3 == 0:
            await store.add_event(
                job.id,
                new_id(),
                JobEventType.PAUSED,
                job.start + timedelta(minutes=3),
                {"why": "M600"},
            )
        if index % 2 == 0:
            await store.set_details(
                job.id, {**FULL_DETAILS, "thumbnail": bytes([index]) * (1000 + index)}
            )
        status = [JobStatus.COMPLETED, JobStatus.CANCELLED, JobStatus.ERROR][index % 3]
        await store.save_tracked_job(
            replace(
                finished(job, status=status),
                filament_used_mm=100.0 + index / 3,
                error_message="e" if index % 3 == 2 else None,
            )
        )
        await store.add_event(
            job.id,
            new_id(),
            JobEventType.FINISHED,
            job.start + timedelta(hours=1),
            {"status": str(status)},
        )
        if index % 4 == 0:
            # The spools (JSON); the target's spool roll-ups are built from them.
            await store.set_job_spools(
                job.id,
                [
                    JobSpool(
                        spool_id=index % 3 + 1,
                        length_mm=250.0 + index,
                        weight_g=0.75,
                        vendor="eSUN ✓",
                        material="PLA",
                        price=20.0,
                        price_weight=1000.0,
                    )
                ],
            )
        if index % 5 == 0:
            await store.add_photo(
                job_id=job.id,
                kind="end",
                taken_at=job.start + timedelta(hours=1, microseconds=7),
                size=1000 + index,
                width=1280,
                height=720,
                source="camera.enclosure 🐸",
            )
            await store.set_climate(
                job.id,
                [
                    ClimateRecord(
                        entity_id="sensor.enclosure_humidity",
                        name="Humidité",
                        device_class="humidity",
                        unit="%",
                        minimum=40.0 + index,
                        mean=45.125,
                        maximum=60.5,
                        samples=3,
                        missing_seconds=12.5,
                        series=((0.0, 40.0 + index), (60.0, None), (120.0, 60.5)),
                    )
                ],
            )
    for index in range(5):
        await store.import_history_job(
            printers[0],
            imported_job(
                f"AA{index:04d}",
                f"imported {index}.gcode",
                T0 - timedelta(days=index + 1),
            ),
        )
    for index in range(4):
        await store.create_job(
            {
                "printer_id": printers[1],
                "filename": f"manual {index}.gcode",
                "status": "completed",
                "start": T0 - timedelta(days=30 + index),
                "tags": ["manual", f"t{index}"],
                "notes": "hand-made ✍️",
                "rating": index + 1,
                "cost": 1.25 * index,
            }
        )
    task = await store.create_task(
        printers[0], {"name": "Düse tauschen 🔧", "interval_hours": 100, "cost": 9.5}
    )
    await store.log_maintenance(task_id=task.task.id, data={"notes": "✓"})
    await store.log_maintenance(printer_id=printers[2], data={"name": "מאוורר"})


async def _everything(
    store: Store,
) -> tuple[list[JobDetail], list[object], list[object]]:
    page = await store.list_jobs(JobQuery(limit=500, sort="start", order="asc"))
    details = [await store.get_job(job.id) for job in page.jobs]
    thumbnails = [await store.get_thumbnail(job.id) for job in page.jobs]
    return details, thumbnails, list(await store.list_printers())


@pytest.mark.mariadb
@pytest.mark.postgresql
async def test_switch_backend_with_data(databases: Databases, tmp_path: Path) -> None:
    """Copies are complete and exact (ids, datetimes, floats, JSON, bytes), re-runnable, and verified."""
    urls = [databases.create(kind) for kind in ("sqlite", "mariadb", "postgresql")]
    stores = [Store(url, tmp_path / f"journal-{n}.jsonl") for n, url in enumerate(urls)]
    for store in stores:
        await store.async_start()
    try:
        sqlite, mariadb, postgresql = stores
        await _seed(sqlite)
        expected = (await sqlite.engine_info()).row_counts
        assert expected == {
            "printers": 3,
            "jobs": 54,
            "job_details": 28,
            "job_events": 115,
            "maintenance_tasks": 1,
            "maintenance_log": 2,
            "job_photos": 9,
            "job_climate": 9,
        }

        assert await sqlite.copy_to(mariadb, batch_size=7) == expected
        # The files' records are built again on the target, the same as the source's.
        assert await mariadb.list_files(
            FileQuery(limit=500)
        ) == await sqlite.list_files(FileQuery(limit=500))
        assert await mariadb.copy_to(postgresql, batch_size=7) == expected
        original = await _everything(sqlite)
        # The derived spool roll-ups are built on the target: the same breakdowns (over all
        # time: whole months, read from the month table only).
        for by in SPOOL_BREAKDOWNS:
            spools = await async_spool_breakdown(sqlite, AnalyticsQuery(), by=by)
            assert spools["rows"]
            for store in (mariadb, postgresql):
                assert (
                    await async_spool_breakdown(store, AnalyticsQuery(), by=by)
                    == spools
                )
        for store in (mariadb, postgresql):
            assert (await store.engine_info()).row_counts == expected
            assert await _everything(store) == original

        # Running the copy again (e.g. after a failure half-way) changes nothing.
        assert await sqlite.copy_to(mariadb) == expected
        assert await _everything(mariadb) == original

        # The copied store is fully usable: list with filters, edit.
        tagged = await postgresql.list_jobs(JobQuery(tags=("manual",), q="MANUAL"))
        assert tagged.total == 4
        edited = await postgresql.update_job(
            tagged.jobs[0].id, {"notes": "after the switch"}
        )
        assert edited.job.notes == "after the switch"

        # A target holding other rows fails the verification.
        await mariadb.create_job(
            {
                "printer_id": original[2][0].id,
                "filename": "extra.gcode",
                "status": "error",
                "start": T0,
            }  # type: ignore[attr-defined]
        )
        with pytest.raises(CopyVerificationError) as err:
            await sqlite.copy_to(mariadb)
        assert err.value.source["jobs"] == 54
        assert err.value.target["jobs"] == 55
        with pytest.raises(ValueError, match="batch_size"):
            await sqlite.copy_to(postgresql, batch_size=0)
    finally:
        for store in stores:
            await store.async_stop()
    with pytest.raises(StoreError, match="not started"):
        await stores[0].copy_to(stores[1])
