"""
From when Moonraker's history is read after connecting (``history_import.async_reconcile_since``),
and a long import of the last days from the real Moonraker's history with its notification.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
import time

from homeassistant.components import persistent_notification
from homeassistant.const import CONF_HOST, CONF_NAME, CONF_PORT, CONF_SSL
from homeassistant.core import HomeAssistant, callback
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.print_logger.const import (
    CONF_IMPORT_DAYS,
    CONF_IMPORT_HISTORY,
    CONF_STATE_INTERVAL,
    DOMAIN,
    IMPORT_ALL,
    IMPORT_DAYS,
    IMPORT_NONE,
)
from custom_components.print_logger.history_import import (
    RECONCILE_OVERLAP,
    async_reconcile_since,
)
from custom_components.print_logger.store import JobQuery
from tests.helpers.printer import SimulatedPrinter

ADDED = datetime(2026, 3, 1, 10, tzinfo=UTC)
SEEDED = 150


class _Sink:
    """The one store call reconciliation makes first: the start of the newest stored job."""

    def __init__(self, newest: datetime | None) -> None:
        self.newest = newest

    async def reconcile_start(self, printer_id: str) -> datetime | None:
        return self.newest


async def test_import_none_reads_only_what_ran_since_the_printer_was_added() -> None:
    """'Import nothing': a job that ended an hour before the printer was added stays out.

    (It used to read from a day before now, so the jobs of the last day came in after all, and
    raced the import action a user ran at the same time.)
    """
    since = await async_reconcile_since(
        _Sink(None),
        "p",
        {CONF_IMPORT_HISTORY: IMPORT_NONE},
        ADDED,  # type: ignore[arg-type]
    )
    assert since == ADDED.timestamp()


async def test_other_choices_and_a_stored_job() -> None:
    """All of it, the last days, or from a day before the newest stored job."""
    sink = _Sink(None)
    options = {CONF_IMPORT_HISTORY: IMPORT_ALL}
    assert await async_reconcile_since(sink, "p", options, ADDED) == 0.0  # type: ignore[arg-type]
    options = {CONF_IMPORT_HISTORY: IMPORT_DAYS, CONF_IMPORT_DAYS: 3}
    since = await async_reconcile_since(sink, "p", options, ADDED)  # type: ignore[arg-type]
    assert since is not None
    assert abs(since - (datetime.now(UTC) - timedelta(days=3)).timestamp()) < 60
    newest = ADDED + timedelta(days=5)
    since = await async_reconcile_since(
        _Sink(newest),
        "p",
        {CONF_IMPORT_HISTORY: IMPORT_NONE},
        ADDED,  # type: ignore[arg-type]
    )
    assert since == (newest - RECONCILE_OVERLAP).timestamp()


@pytest.mark.moonraker
async def test_long_import_of_the_last_days(
    hass: HomeAssistant, tmp_path: Path
) -> None:
    """
    A printer added with "the last 30 days" imports exactly the jobs of that window from the real
    Moonraker's history (150 jobs over 37 days, 120 of them in it), more than a page: its progress
    shows in a persistent notification, then the same notification says it is done.
    """
    now = time.time()
    seeded = [
        {
            "job_id": number,
            "filename": f"part {number:03d}.gcode",
            "status": "completed",
            # One job every 6 hours back from 3 hours ago: the newest has the highest job id.
            "start_time": (start := now - 3 * 3600 - (SEEDED - number) * 6 * 3600),
            "end_time": start + 1800,
            "print_duration": 1700.0,
            "total_duration": 1800.0,
            "filament_used": 1234.5,
        }
        for number in range(1, SEEDED + 1)
    ]
    window = now - 30 * 86400
    # Jobs 31 to 150 (none within 3 hours of the window's start, which moves with the clock).
    expected = {f"{job['job_id']:06X}" for job in seeded if job["start_time"] > window}
    assert len(expected) == 120
    assert all(abs(job["start_time"] - window) > 2 * 3600 for job in seeded)

    async with SimulatedPrinter(tmp_path / "printer") as printer:
        # Moonraker made its history table when it started; the history is read when Klippy is ready.
        await printer.stop_moonraker()
        moonraker = printer.moonraker
        moonraker.seed_history(seeded)
        await printer.start_moonraker()
        listed = await moonraker.async_get("/server/history/list?limit=0")
        assert listed["result"]["count"] == SEEDED  # type: ignore[index]

        messages: list[str] = []
        done = asyncio.Event()
        notification_id = f"{DOMAIN}_import_{moonraker.instance_uuid}"

        @callback
        def shown(
            _kind: persistent_notification.UpdateType,
            notifications: dict[str, persistent_notification.Notification],
        ) -> None:
            if notification_id in notifications:
                messages.append(notifications[notification_id]["message"])
                if messages[-1].startswith("Imported"):
                    done.set()

        persistent_notification.async_register_callback(hass, shown)
        entry = MockConfigEntry(
            domain=DOMAIN,
            title="Workshop",
            unique_id=moonraker.instance_uuid,
            data={
                CONF_HOST: "127.0.0.1",
                CONF_PORT: moonraker.port,
                CONF_SSL: False,
                CONF_NAME: "Workshop",
            },
            options={
                CONF_STATE_INTERVAL: 10,
                CONF_IMPORT_HISTORY: IMPORT_DAYS,
                CONF_IMPORT_DAYS: 30,
            },
        )
        entry.add_to_hass(hass)
        assert await hass.config_entries.async_setup(entry.entry_id)
        await asyncio.wait_for(done.wait(), 60)
        await hass.async_block_till_done()

        # A page of 100 jobs read, then the rest: the progress, then the result, in one notification.
        assert messages == [
            "Importing the print history of Workshop: 100 jobs read, 100 new so far.",
            (
                "Imported the print history of Workshop: 120 jobs read, 120 added to "
                "the print log."
            ),
        ]
        page = await entry.runtime_data.store.list_jobs(JobQuery(limit=500))
        assert page.total == 120
        assert {job.uid for job in page.jobs} == expected
        assert all(job.source == "import" for job in page.jobs)
        newest = max(seeded, key=lambda job: job["start_time"])
        first = next(job for job in page.jobs if job.uid == f"{newest['job_id']:06X}")
        assert first.start == datetime.fromtimestamp(newest["start_time"], UTC)
        assert await hass.config_entries.async_unload(entry.entry_id)
