"""
Every job captured live: Home Assistant + Print Logger against the real Moonraker on the Klippy simulator.

Each scenario drives a simulated printer through Moonraker's HTTP API (as Fluidd or Mainsail would),
and asserts the job Print Logger stored, field by field, against what the printer did and what
Moonraker's own history says.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from http import HTTPStatus
import logging
import math
from pathlib import Path
import sqlite3
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Event, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
from homeassistant.helpers import entity_registry as er, issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)
from sqlalchemy.engine import make_url

from custom_components.print_logger.const import (
    DOMAIN,
    EVENT_JOB_FINISHED,
    EVENT_JOB_PAUSED,
    EVENT_JOB_RESUMED,
    EVENT_JOB_STARTED,
)
from custom_components.print_logger.coordinator import PrintLoggerCoordinator
from custom_components.print_logger.database import BACKEND_CUSTOM
from custom_components.print_logger.store import (
    JobEventType,
    JobQuery,
    JobRecord,
    JobStatus,
    Store,
)
from tests.conftest import PrintLog, all_engines, entry_for
from tests.helpers.databases import DIALECTS, Databases
from tests.helpers.moonraker import MoonrakerProcess
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.helpers.tcp_proxy import tcp_proxy

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]

CUBE = "sim_cube.gcode"
PAUSING = "sim_cube_pause.gcode"
SPEED = 200.0
PAUSE_MARKS = (JobEventType.PAUSED, JobEventType.RESUMED)


@pytest.fixture
async def printer(tmp_path: Path) -> AsyncIterator[SimulatedPrinter]:
    """Return a running simulated printer with the test files uploaded."""
    async with SimulatedPrinter(tmp_path / "printer", speed=SPEED) as sim:
        await sim.upload(FIXTURES / CUBE)
        yield sim


class Reconciliations:
    """
    Count the history reconciliations the coordinators finished (their own method, wrapped).

    A reconciliation runs whenever Klippy becomes ready (a set-up, a reconnect, a restart): it is
    what would add a job a second time, so a "still one job" check waits for the next one to end
    instead of sleeping.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Wrap ``PrintLoggerCoordinator._async_reconcile``."""
        self.done = 0
        original = PrintLoggerCoordinator._async_reconcile

        async def counted(coordinator: PrintLoggerCoordinator) -> None:
            try:
                await original(coordinator)
            finally:
                self.done += 1

        monkeypatch.setattr(PrintLoggerCoordinator, "_async_reconcile", counted)

    async def wait_after(self, count: int, entry: MockConfigEntry) -> None:
        """Wait until a reconciliation after the first ``count`` has ended and its writes are done."""
        await wait_for(lambda: _true(self.done > count))
        await entry.runtime_data.coordinator.tracker.async_flush()


def no_pause_pending(entry: MockConfigEntry) -> bool:
    """Return True when the tracker holds no pause it could still announce (no settle timer)."""
    tracker = entry.runtime_data.coordinator.tracker
    return tracker._pending_pause is None and tracker._pause_timer is None


async def wait_for[T](
    fn: Callable[[], Awaitable[T | None]], timeout: float = 20.0
) -> T:
    """Poll ``fn`` until it returns something truthy."""
    async with asyncio.timeout(timeout):
        while True:
            if result := await fn():
                return result
            await asyncio.sleep(0.05)


async def setup_printer(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> MockConfigEntry:
    """Add the printer's config entry, wait until it is online, with quick reconnects."""
    entry = entry_for(printer.moonraker)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    entry.runtime_data.client.backoff = (0.2,)
    await wait_for(lambda: _true(entry.runtime_data.coordinator.data.online))
    return entry


async def _true(value: bool) -> bool:
    return value


def store_of(entry: MockConfigEntry) -> Store:
    """Return the entry's store."""
    return entry.runtime_data.store


async def jobs_of(store: Store, printer_id: str) -> list[JobRecord]:
    """Return every stored job of a printer, oldest first."""
    page = await store.list_jobs(
        JobQuery(printer_ids=(printer_id,), sort="start", order="asc", limit=500)
    )
    return list(page.jobs)


async def ended_job(
    store: Store, printer_id: str, filename: str = CUBE, count: int = 1
) -> JobRecord:
    """Wait until ``count`` jobs of the file are stored and the newest has ended; return it."""

    async def ready() -> JobRecord | None:
        jobs = [j for j in await jobs_of(store, printer_id) if j.filename == filename]
        if len(jobs) >= count and jobs[-1].status is not JobStatus.IN_PROGRESS:
            return jobs[-1]
        return None

    return await wait_for(ready)


def collect(hass: HomeAssistant, *event_types: str) -> list[Event]:
    """Record Print Logger's bus events, in the order they were fired.

    The listener is a callback, run in the event loop as the event is fired: a plain function
    would run in the executor, where two events can be recorded out of order.
    """
    events: list[Event] = []

    @callback
    def record(event: Event) -> None:
        events.append(event)

    for event_type in event_types:
        hass.bus.async_listen(event_type, record)
    return events


async def unload(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Unload an entry and let everything settle."""
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


def _history_end(history: dict[str, Any]) -> datetime:
    """Return the end of a Moonraker history job (its end_time, else start + total_duration)."""
    if history.get("end_time") is not None:
        return datetime.fromtimestamp(history["end_time"], UTC)
    return datetime.fromtimestamp(
        history["start_time"] + history["total_duration"], UTC
    )


async def as_in_history(
    store: Store, printer_id: str, history: dict[str, Any], timeout: float = 20.0
) -> JobRecord:
    """
    Wait until the job of a history entry is stored with its uid and end, then check every figure.

    The end time, print and total duration and filament used are Moonraker's, and the weight is
    the one the slicer's figures give for that length.
    """

    async def linked() -> JobRecord | None:
        jobs = [
            j for j in await jobs_of(store, printer_id) if j.uid == history["job_id"]
        ]
        if jobs and jobs[0].end == _history_end(history):
            return jobs[0]
        return None

    try:
        job = await wait_for(linked, timeout)
    except TimeoutError:
        job = (
            next(
                (
                    j
                    for j in await jobs_of(store, printer_id)
                    if j.uid == history["job_id"]
                ),
                None,
            )
            or (await jobs_of(store, printer_id))[-1]
        )
    assert job.uid == history["job_id"]
    assert job.start == datetime.fromtimestamp(history["start_time"], UTC)
    assert job.end == _history_end(history)
    assert job.print_duration == pytest.approx(history["print_duration"], abs=1e-6)
    assert job.total_duration == pytest.approx(history["total_duration"], abs=1e-6)
    assert job.filament_used_mm == pytest.approx(history["filament_used"], abs=1e-6)
    details = (await store.get_job(job.id)).details
    assert details is not None
    density, diameter = (
        details.get("filament_density"),
        details.get("filament_diameter"),
    )
    if density and diameter:
        weight = job.filament_used_mm * math.pi * (diameter / 2) ** 2 / 1000 * density
    else:
        weight = (
            details["filament_used_g"]
            * job.filament_used_mm
            / details["filament_used_mm"]
        )
    assert job.filament_weight_g == pytest.approx(weight, abs=1e-3)
    return job


@all_engines
async def test_complete_print(
    hass: HomeAssistant, printer: SimulatedPrinter, print_log: PrintLog
) -> None:
    """A print that runs to the end: one job, completed, as the printer and Moonraker's history say."""
    entry = await setup_printer(hass, printer)
    events = collect(hass, EVENT_JOB_STARTED, EVENT_JOB_FINISHED)
    await printer.start_print(CUBE)
    history = await printer.wait_for_job(CUBE, status="completed", timeout=30)
    store = store_of(entry)
    job = await ended_job(store, entry.unique_id)
    await hass.async_block_till_done()

    assert job.status is JobStatus.COMPLETED
    assert job.uid == history["job_id"]
    assert job.print_duration == pytest.approx(history["print_duration"], abs=1.0)
    assert job.filament_used_mm == pytest.approx(history["filament_used"], rel=0.02)
    assert job.progress == 1.0
    assert job.pause_count == 0
    assert job.paused_duration == 0
    assert job.end is not None
    assert job.start < job.end
    detail = await store.get_job(job.id)
    types = [e.type for e in detail.events]
    assert types[0] is JobEventType.STARTED
    assert types[-1] is JobEventType.FINISHED
    assert detail.details is not None
    # Moonraker's metadata of the file, kept with a live job as its history keeps it with imports.
    assert detail.metadata is not None
    assert detail.metadata["slicer"] == history["metadata"]["slicer"]
    assert detail.metadata["estimated_time"] == history["metadata"]["estimated_time"]
    assert detail.metadata["size"] == history["metadata"]["size"]
    assert [e.event_type for e in events] == [EVENT_JOB_STARTED, EVENT_JOB_FINISHED]
    assert events[1].data["outcome"] == "completed"
    assert events[1].data["job_id"] == job.id
    assert events[1].data["filename"] == CUBE

    registry = er.async_get(hass)
    status_entity = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{entry.unique_id}_last_job_status"
    )
    assert status_entity
    assert hass.states.get(status_entity).state == "completed"
    # The totals follow (recomputed in SQL a few seconds after the job changed).
    jobs_entity = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{entry.unique_id}_total_jobs"
    )
    rate_entity = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{entry.unique_id}_success_rate"
    )
    hours_entity = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{entry.unique_id}_total_print_time"
    )
    assert jobs_entity and rate_entity and hours_entity

    async def totals_written() -> bool:
        await hass.async_block_till_done()
        return hass.states.get(jobs_entity).state == "1"

    await wait_for(totals_written, timeout=15)
    assert hass.states.get(rate_entity).state == "100.0"
    assert float(hass.states.get(hours_entity).state) == pytest.approx(
        job.print_duration / 3600, abs=0.01
    )
    assert await print_log.jobs_stored(hass, store) == 1
    await unload(hass, entry)


async def test_pause_twice_then_complete(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """Two pauses: both counted, their time summed, and the print still completes."""
    entry = await setup_printer(hass, printer)
    events = collect(hass, EVENT_JOB_PAUSED, EVENT_JOB_RESUMED)
    printer.sim.set_speed(50)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_progress(0.2)
    for i in range(2):
        await printer.pause()
        await printer.sim.wait_for_state("paused")
        # Held until Home Assistant announced it (a pause is confirmed after PAUSE_SETTLE)
        await wait_for(lambda n=2 * i + 1: _true(len(events) == n))
        await printer.resume()
        await printer.sim.wait_for_state("printing")
        await wait_for(lambda n=2 * i + 2: _true(len(events) == n))
    printer.sim.set_speed(SPEED)
    history = await printer.wait_for_job(CUBE, status="completed", timeout=60)
    job = await ended_job(store_of(entry), entry.unique_id)
    assert job.status is JobStatus.COMPLETED
    assert job.pause_count == 2
    assert job.uid == history["job_id"]
    assert [e.event_type for e in events] == [EVENT_JOB_PAUSED, EVENT_JOB_RESUMED] * 2
    # Paused time is wall-clock time as Home Assistant saw it: from each pause to its resume ...
    detail = await store_of(entry).get_job(job.id)
    marks = [e for e in detail.events if e.type in PAUSE_MARKS]
    assert [e.type for e in marks] == [*PAUSE_MARKS] * 2
    seen = sum(
        (resumed.at - paused.at).total_seconds()
        for paused, resumed in zip(marks[::2], marks[1::2], strict=True)
    )
    assert job.paused_duration == pytest.approx(seen, abs=1e-3)
    # ... and what Klipper counted (print_stats, on the same wall clock): each end of a pause
    # is seen at a status push, 0.25 s apart at most
    klipper_paused = printer.sim.print_stats.prev_pause_duration
    assert job.paused_duration == pytest.approx(klipper_paused, abs=0.6)
    await unload(hass, entry)


@all_engines
async def test_cancelled(
    hass: HomeAssistant, printer: SimulatedPrinter, print_log: PrintLog
) -> None:
    """Pause, resume, cancel: cancelled, with the pause counted."""
    entry = await setup_printer(hass, printer)
    events = collect(hass, EVENT_JOB_FINISHED)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_progress(0.2)
    await printer.pause()
    await printer.sim.wait_for_state("paused")
    await asyncio.sleep(0.5)
    await printer.resume()
    await printer.sim.wait_for_state("printing")
    await printer.sim.wait_for_progress(0.4)
    await printer.cancel()
    history = await printer.wait_for_job(CUBE, status="cancelled")
    job = await ended_job(store_of(entry), entry.unique_id)
    await hass.async_block_till_done()
    assert job.status is JobStatus.CANCELLED
    assert job.pause_count == 1
    assert job.uid == history["job_id"]
    assert job.progress < 1.0
    assert events[-1].data["outcome"] == "cancelled"
    assert await print_log.jobs_stored(hass, store_of(entry)) == 1
    await unload(hass, entry)


async def test_emergency_stop(
    hass: HomeAssistant, printer: SimulatedPrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An emergency stop mid-print: klippy_shutdown, no pause counted, a failed outcome."""
    reconciled = Reconciliations(monkeypatch)
    entry = await setup_printer(hass, printer)
    events = collect(hass, EVENT_JOB_FINISHED, EVENT_JOB_PAUSED)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_progress(0.2)
    await printer.emergency_stop()
    await printer.wait_for_job(CUBE, status="klippy_shutdown")
    job = await ended_job(store_of(entry), entry.unique_id)
    await hass.async_block_till_done()
    # Klipper reported "paused" on the way to the shutdown: the shutdown dropped that pause, and
    # no settle timer is left that could still announce it.
    assert no_pause_pending(entry)
    await hass.async_block_till_done()
    assert job.status is JobStatus.KLIPPY_SHUTDOWN
    assert job.pause_count == 0
    assert [e.event_type for e in events] == [EVENT_JOB_FINISHED]
    assert events[-1].data["outcome"] == "failed"
    # Klipper's reason (Moonraker's /printer/emergency_stop asks for it over webhooks).
    assert job.error_message == "Shutdown due to webhooks request"
    assert events[-1].data["error_message"] == job.error_message
    detail = await store_of(entry).get_job(job.id)
    assert JobEventType.PAUSED not in [e.type for e in detail.events]
    # After the firmware restart the printer is ready again, and no second job appeared once the
    # reconciliation with Moonraker's history that Klippy's ready started has ended.
    before = reconciled.done
    await printer.firmware_restart()
    await printer.wait_ready()
    await reconciled.wait_after(before, entry)
    assert len(await jobs_of(store_of(entry), entry.unique_id)) == 1
    await unload(hass, entry)


@pytest.mark.parametrize("restart", ["klippy_restart", "firmware_restart"])
async def test_klippy_restart_mid_print(
    hass: HomeAssistant, printer: SimulatedPrinter, restart: str
) -> None:
    """A Klippy (or firmware) restart mid-print ends the job as klippy_disconnect; idle, it adds nothing."""
    entry = await setup_printer(hass, printer)
    await getattr(printer, restart)()
    await printer.wait_ready()
    await wait_for(lambda: _true(entry.runtime_data.coordinator.data.online))
    assert await jobs_of(store_of(entry), entry.unique_id) == []
    printer.sim.set_speed(5)
    await printer.start_print(CUBE)
    # Restart once Moonraker and Print Logger saw the print (Klippy tells them every 0.25 s)
    await printer.wait_for_job(CUBE, status="in_progress")
    await wait_for(lambda: _true(entry.runtime_data.coordinator.data.job is not None))
    await getattr(printer, restart)()
    await printer.wait_for_job(CUBE, status="klippy_disconnect")
    job = await ended_job(store_of(entry), entry.unique_id)
    assert job.status is JobStatus.KLIPPY_DISCONNECT
    await unload(hass, entry)


async def test_network_cut_until_the_job_ended(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """The websocket is cut mid-print and comes back after the end: one job, the right final status."""
    entry = await setup_printer(hass, printer)
    client = entry.runtime_data.client
    coordinator = entry.runtime_data.coordinator
    printer.sim.set_speed(8)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_state("printing")
    await wait_for(lambda: _true(coordinator.data.job is not None))
    # Cut: point the client at a closed port and drop the open socket; reconnects now fail.
    real_port = client.port
    client.port = 9  # discard: nothing listens on it here
    assert client._ws is not None
    await client._ws.close()
    await wait_for(lambda: _true(not coordinator.data.connected))
    printer.sim.set_speed(SPEED)
    history = await printer.wait_for_job(CUBE, status="completed", timeout=30)
    await asyncio.sleep(0.3)
    client.port = real_port
    # The end was not seen: every figure is Moonraker's (once the reconciliation after the
    # reconnect linked the job, if Moonraker's "added" had not reached us before the cut).
    job = await as_in_history(store_of(entry), entry.unique_id, history)
    jobs = await jobs_of(store_of(entry), entry.unique_id)
    assert len(jobs) == 1
    assert job.status is JobStatus.COMPLETED
    detail = await store_of(entry).get_job(job.id)
    types = [e.type for e in detail.events]
    assert JobEventType.DISCONNECTED in types
    assert JobEventType.RECONNECTED in types
    await unload(hass, entry)


async def test_network_cut_just_before_the_end(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """Cut at 90 %, back after the end: end time, durations, filament and weight are Moonraker's."""
    entry = await setup_printer(hass, printer)
    client = entry.runtime_data.client
    coordinator = entry.runtime_data.coordinator
    printer.sim.set_speed(20)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_progress(0.9, timeout=60)
    real_port = client.port
    client.port = 9
    assert client._ws is not None
    await client._ws.close()
    await wait_for(lambda: _true(not coordinator.data.connected))
    history = await printer.wait_for_job(CUBE, status="completed", timeout=30)
    await asyncio.sleep(1.0)
    client.port = real_port
    job = await as_in_history(store_of(entry), entry.unique_id, history)
    assert job.status is JobStatus.COMPLETED
    assert len(await jobs_of(store_of(entry), entry.unique_id)) == 1
    await unload(hass, entry)


async def test_network_cut_over_the_end_and_the_whole_next_print(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """
    Cut at 90 %, back after the next print ended too: the first reconnect status is its complete.

    The first job (linked to its uid before the cut) ends with Moonraker's figures; the next one is
    imported from history. Neither stays in progress.
    """
    second = await printer.upload(FIXTURES / CUBE, "next.gcode")
    entry = await setup_printer(hass, printer)
    client = entry.runtime_data.client
    coordinator = entry.runtime_data.coordinator
    printer.sim.set_speed(20)
    await printer.start_print(CUBE)
    await wait_for(
        lambda: _true(
            coordinator.tracker.job is not None
            and coordinator.tracker.job.uid is not None
        )
    )
    await printer.sim.wait_for_progress(0.9, timeout=60)
    real_port = client.port
    client.port = 9
    assert client._ws is not None
    await client._ws.close()
    await wait_for(lambda: _true(not coordinator.data.connected))
    printer.sim.set_speed(SPEED)
    first = await printer.wait_for_job(CUBE, status="completed", timeout=30)
    await printer.start_print(second)
    await printer.sim.wait_for_state("complete", timeout=60)
    following = await printer.wait_for_job(second, status="completed", timeout=30)
    client.port = real_port
    job = await as_in_history(store_of(entry), entry.unique_id, first)
    assert job.status is JobStatus.COMPLETED
    other = await as_in_history(store_of(entry), entry.unique_id, following)
    assert other.status is JobStatus.COMPLETED
    jobs = await jobs_of(store_of(entry), entry.unique_id)
    assert [(j.filename, j.status) for j in jobs] == [
        (CUBE, JobStatus.COMPLETED),
        (second, JobStatus.COMPLETED),
    ]
    assert coordinator.tracker.job is None
    await unload(hass, entry)


async def test_home_assistant_restart_mid_print(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """Home Assistant (here: the integration) restarts mid-print: the same job continues, not a second one."""
    entry = await setup_printer(hass, printer)
    printer.sim.set_speed(8)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_state("printing")
    await wait_for(lambda: _true(entry.runtime_data.coordinator.data.job is not None))
    # The job's slicer details are read (its weight follows from them).
    await wait_for(
        lambda: _true(entry.runtime_data.coordinator.data.details is not None)
    )
    first_id = entry.runtime_data.coordinator.data.job.id
    await unload(hass, entry)
    await asyncio.sleep(0.5)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    entry.runtime_data.client.backoff = (0.2,)
    printer.sim.set_speed(SPEED)
    history = await printer.wait_for_job(CUBE, status="completed", timeout=30)
    job = await as_in_history(store_of(entry), entry.unique_id, history)
    assert len(await jobs_of(store_of(entry), entry.unique_id)) == 1
    assert job.id == first_id
    assert job.status is JobStatus.COMPLETED
    await unload(hass, entry)


async def test_home_assistant_down_over_the_end(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """Home Assistant is down when the print ends: once back, every figure is Moonraker's."""
    entry = await setup_printer(hass, printer)
    printer.sim.set_speed(8)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_state("printing")
    await wait_for(lambda: _true(entry.runtime_data.coordinator.data.job is not None))
    # The job's slicer details are read (its weight follows from them).
    await wait_for(
        lambda: _true(entry.runtime_data.coordinator.data.details is not None)
    )
    first_id = entry.runtime_data.coordinator.data.job.id
    await unload(hass, entry)
    printer.sim.set_speed(SPEED)
    history = await printer.wait_for_job(CUBE, status="completed", timeout=30)
    await asyncio.sleep(1.0)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    job = await as_in_history(store_of(entry), entry.unique_id, history)
    assert job.id == first_id
    assert job.status is JobStatus.COMPLETED
    assert len(await jobs_of(store_of(entry), entry.unique_id)) == 1
    await unload(hass, entry)


async def test_moonraker_restart_mid_print(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """Moonraker restarts mid-print and says server_exit; the printer completes: we store completed, once."""
    entry = await setup_printer(hass, printer)
    printer.sim.set_speed(30)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_progress(0.1)
    await wait_for(lambda: _true(entry.runtime_data.coordinator.data.job is not None))
    # Slow enough that the print is still running when Moonraker is back, however long its
    # restart takes on a loaded machine (at ×30 the cube has ~4 s left: a busy restart took longer).
    printer.sim.set_speed(2)
    await printer.restart_moonraker()
    assert printer.sim.stats["state"] == "printing"
    printer.sim.set_speed(SPEED)
    await printer.sim.wait_for_state("complete", timeout=60)
    history = await printer.wait_for_job(CUBE)
    assert history["status"] == "server_exit"  # Moonraker's history is wrong here …
    job = await ended_job(store_of(entry), entry.unique_id)
    assert job.status is JobStatus.COMPLETED  # … and we follow the printer.
    assert len(await jobs_of(store_of(entry), entry.unique_id)) == 1
    await unload(hass, entry)


async def test_three_printers_at_once(hass: HomeAssistant, tmp_path: Path) -> None:
    """Three printers print at the same time: three jobs, each on its own printer, each completed."""
    printers = [SimulatedPrinter(tmp_path / f"p{i}", speed=SPEED) for i in range(3)]
    await asyncio.gather(*(p.start() for p in printers))
    try:
        entries: list[MockConfigEntry] = []
        for sim in printers:
            await sim.upload(FIXTURES / CUBE)
            entries.append(await setup_printer(hass, sim))
        await asyncio.gather(*(sim.start_print(CUBE) for sim in printers))
        jobs = await asyncio.gather(
            *(ended_job(store_of(e), e.unique_id) for e in entries)
        )
        for entry, job in zip(entries, jobs, strict=True):
            assert job.printer_id == entry.unique_id
            assert job.status is JobStatus.COMPLETED
        for entry in entries:
            await unload(hass, entry)
    finally:
        await asyncio.gather(*(p.stop() for p in printers))


async def test_history_import_on_first_setup(
    hass: HomeAssistant, printer: SimulatedPrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Jobs the printer ran before Print Logger was added are imported once, never twice."""
    reconciled = Reconciliations(monkeypatch)
    await printer.start_print(CUBE)
    first = await printer.wait_for_job(CUBE, status="completed", timeout=30)
    entry = entry_for(printer.moonraker)
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        entry, options={**entry.options, "import_history": "all"}
    )
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    job = await ended_job(store_of(entry), entry.unique_id)
    assert job.uid == first["job_id"]
    assert job.status is JobStatus.COMPLETED
    assert job.source == "import"
    await unload(hass, entry)
    before = reconciled.done
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    # The second set-up's reconciliation with the history (what would import it again) has ended.
    await reconciled.wait_after(before, entry)
    assert len(await jobs_of(store_of(entry), entry.unique_id)) == 1
    await unload(hass, entry)


async def test_error_mid_print(hass: HomeAssistant, printer: SimulatedPrinter) -> None:
    """A move out of range stops the print: error, with Klipper's message."""
    await printer.upload(FIXTURES / "sim_out_of_range.gcode")
    entry = await setup_printer(hass, printer)
    events = collect(hass, EVENT_JOB_FINISHED)
    await printer.start_print("sim_out_of_range.gcode")
    history = await printer.wait_for_job(
        "sim_out_of_range.gcode", status="error", timeout=30
    )
    job = await ended_job(store_of(entry), entry.unique_id, "sim_out_of_range.gcode")
    await hass.async_block_till_done()
    assert job.status is JobStatus.ERROR
    assert job.error_message is not None
    assert "Move out of range" in job.error_message
    assert job.uid == history["job_id"]
    assert events[-1].data["outcome"] == "failed"
    assert "Move out of range" in events[-1].data["error_message"]
    await unload(hass, entry)


def _set_history_totals(moonraker: MoonrakerProcess, *, broken: bool) -> None:
    """
    Break (or repair) the table Moonraker's ``history`` reads its totals from, Moonraker stopped.

    With two columns instead of five, the component fails to load: ``server.info`` then lists
    ``history`` among its ``components`` and its ``failed_components``, with a warning.
    """
    db = sqlite3.connect(moonraker.data_dir / "database" / "moonraker-sql.db")
    try:
        with db:
            db.execute("DROP TABLE job_totals")
            if broken:
                db.execute("CREATE TABLE job_totals (provider TEXT, field TEXT)")
                db.execute("INSERT INTO job_totals VALUES ('history', 'total_jobs')")
            else:
                db.execute(
                    "CREATE TABLE job_totals (provider TEXT NOT NULL, field TEXT NOT NULL, "
                    "maximum REAL, total REAL, instance_id TEXT NOT NULL, "
                    "PRIMARY KEY (provider, field, instance_id))"
                )
    finally:
        db.close()


async def test_history_repair(
    hass: HomeAssistant, printer: SimulatedPrinter, issue_registry: ir.IssueRegistry
) -> None:
    """
    Moonraker's history not working is read from its ``server.info``: a repair issue, gone once fixed.

    Moonraker 0.11 loads ``history`` whether or not moonraker.conf has ``[history]`` (a core
    component), so a configuration without it changes nothing; what a real Moonraker 0.11 can
    report is a history that failed to load, listed in ``failed_components``.
    """
    entry = await setup_printer(hass, printer)
    coordinator = entry.runtime_data.coordinator
    issue_id = f"history_disabled_{entry.unique_id}"

    async def checked() -> bool:
        return coordinator.history_available is not None

    await wait_for(checked)
    assert coordinator.history_available is True
    assert issue_registry.async_get_issue(DOMAIN, issue_id) is None

    async def issue_is(present: bool) -> bool:
        await hass.async_block_till_done()
        found = issue_registry.async_get_issue(DOMAIN, issue_id) is not None
        return found == present

    await printer.stop_moonraker()
    _set_history_totals(printer.moonraker, broken=True)
    await printer.start_moonraker()
    info = await printer.server_info()
    assert "history" in info["failed_components"]
    await wait_for(lambda: issue_is(True), timeout=30)
    issue = issue_registry.async_get_issue(DOMAIN, issue_id)
    assert issue is not None
    assert issue.translation_key == "history_disabled"
    assert coordinator.history_available is False

    await printer.stop_moonraker()
    _set_history_totals(printer.moonraker, broken=False)
    await printer.start_moonraker()
    await wait_for(lambda: issue_is(False), timeout=30)
    assert coordinator.history_available is True
    await unload(hass, entry)


async def test_subscription_follows_a_real_print(
    hass: HomeAssistant,
    printer: SimulatedPrinter,
    hass_ws_client: WebSocketGenerator,
    hass_client: ClientSessionGenerator,
) -> None:
    """
    ``print_logger/subscribe`` is fed by the tracker in-process: the printer printing with its job,
    the job's rows as the tracker writes them, the job undeletable while printing, and its end.
    """
    entry = await setup_printer(hass, printer)
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "print_logger/subscribe"})
    reply = await ws.receive_json()
    assert reply["success"], reply
    sub_id = reply["id"]
    seen: list[dict[str, Any]] = []

    async def until(
        predicate: Callable[[dict[str, Any]], bool], timeout: float = 30.0
    ) -> dict[str, Any]:
        """
        Return the first push that matches, read already or coming (every push is kept in ``seen``).

        Pushes of the printer and of its job's rows come in either order.
        """
        for event in seen:
            if predicate(event):
                return event
        async with asyncio.timeout(timeout):
            while True:
                message = await ws.receive_json()
                assert (message["id"], message["type"]) == (sub_id, "event"), message
                seen.append(message["event"])
                if predicate(message["event"]):
                    return message["event"]

    # A PAUSE inside the file (a filament change): paused for sure, whatever the machine's load.
    await printer.upload(FIXTURES / PAUSING)
    await printer.start_print(PAUSING)
    printing = await until(
        lambda e: (
            e["type"] == "printer"
            and e["printer"]["print_state"] in ("printing", "paused")
            and e["printer"]["current_job"] is not None
        )
    )
    assert printing["printer"]["id"] == entry.unique_id
    job = printing["printer"]["current_job"]
    assert job["filename"] == PAUSING
    await until(
        lambda e: (
            e["type"] == "job_changed"
            and e["job"]["id"] == job["id"]
            and e["job"]["status"] == "in_progress"
        )
    )

    # Paused, the job is still the one being printed: it cannot be deleted.
    await until(
        lambda e: e["type"] == "printer" and e["printer"]["print_state"] == "paused"
    )
    await ws.send_json_auto_id(
        {"type": "print_logger/jobs/delete", "job_ids": [job["id"]]}
    )
    async with asyncio.timeout(30):
        while (message := await ws.receive_json())["type"] != "result":
            seen.append(message["event"])
    assert message["error"]["code"] == "conflict"
    client = await hass_client()
    response = await client.delete(f"/api/print_logger/jobs/{job['id']}")
    assert response.status == HTTPStatus.CONFLICT
    assert "being printed" in (await response.json())["message"]
    # The action: a translated HomeAssistantError, not a validation error (the input is fine).
    with pytest.raises(HomeAssistantError) as err:
        await hass.services.async_call(
            DOMAIN, "delete_job", {"job_id": job["id"]}, blocking=True
        )
    assert not isinstance(err.value, ServiceValidationError)
    assert err.value.translation_key == "job_being_printed"
    await printer.resume()

    history = await printer.wait_for_job(PAUSING, status="completed", timeout=60)
    ended = await until(
        lambda e: (
            e["type"] == "job_changed"
            and e["job"]["id"] == job["id"]
            and e["job"]["status"] == "completed"
        )
    )
    assert ended["job"]["uid"] == history["job_id"]
    assert ended["job"]["pause_count"] == 1

    await until(
        lambda e: (
            e["type"] == "printer"
            and e["printer"]["current_job"] is None
            and e["printer"]["print_state"] == "complete"
        )
    )
    await unload(hass, entry)


class _Subscriber:
    """A ``print_logger/subscribe`` websocket keeping every push it was sent."""

    def __init__(self, ws: Any, sub_id: int) -> None:
        self.ws = ws
        self.sub_id = sub_id
        self.seen: list[dict[str, Any]] = []

    async def until(
        self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 60.0
    ) -> dict[str, Any]:
        """Return the first push that matches, read already or coming."""
        for event in self.seen:
            if predicate(event):
                return event
        async with asyncio.timeout(timeout):
            while True:
                message = await self.ws.receive_json()
                assert (message["id"], message["type"]) == (self.sub_id, "event")
                self.seen.append(message["event"])
                if predicate(message["event"]):
                    return message["event"]


@pytest.mark.parametrize("engine", ["mariadb", "postgresql"])
async def test_subscribers_follow_a_real_print_through_an_outage(  # noqa: PLR0917
    hass: HomeAssistant,
    printer: SimulatedPrinter,
    hass_ws_client: WebSocketGenerator,
    hass_storage: dict[str, Any],
    print_log_databases: Databases,
    caplog: pytest.LogCaptureFixture,
    engine: str,
) -> None:
    """
    Three subscribers follow a real print while the database server goes away and comes back.

    The tracker writes the job's pause (a PAUSE in the file) during the outage: the write is
    journaled and no subscriber can read the job for its push; when the server is back each one is
    told that jobs changed, reads the pause, and then gets the job's end pushed as usual.
    """
    server = make_url(print_log_databases.create(engine))
    assert server.host is not None
    assert server.port is not None
    with tcp_proxy(server.host, server.port) as proxy:
        hass_storage[f"{DOMAIN}.database"] = {
            "version": 1,
            "minor_version": 1,
            "key": f"{DOMAIN}.database",
            "data": {
                "backend": BACKEND_CUSTOM,
                "url": server.set(port=proxy.port).render_as_string(
                    hide_password=False
                ),
            },
        }
        entry = await setup_printer(hass, printer)
        store = store_of(entry)
        assert store.dialect == DIALECTS[engine]
        subscribers = []
        for _ in range(3):
            ws = await hass_ws_client(hass)
            await ws.send_json_auto_id({"type": "print_logger/subscribe"})
            reply = await ws.receive_json()
            assert reply["success"], reply
            subscribers.append(_Subscriber(ws, reply["id"]))

        printer.sim.set_speed(20)
        await printer.upload(FIXTURES / PAUSING)
        await printer.start_print(PAUSING)
        started = [
            await sub.until(
                lambda e: (
                    e["type"] == "job_changed"
                    and e["job"]["filename"] == PAUSING
                    and e["job"]["status"] == "in_progress"
                )
            )
            for sub in subscribers
        ]
        job_id = started[0]["job"]["id"]
        assert {event["job"]["id"] for event in started} == {job_id}
        assert started[0]["job"]["pause_count"] == 0

        # The server goes away before the print reaches its PAUSE.
        caplog.set_level(logging.DEBUG, logger="custom_components.print_logger")
        proxy.cut()
        await printer.sim.wait_for_state("paused", timeout=60)
        # The tracker's write of the pause is journaled; each subscription cannot read it.
        async with asyncio.timeout(60):
            while (
                sum(
                    r.getMessage().startswith(f"Cannot push job {job_id}")
                    for r in caplog.records
                )
                < 3
            ):
                await asyncio.sleep(0.05)
        assert not store.available

        back = asyncio.Event()
        remove = store.add_availability_listener(
            lambda available: back.set() if available else None
        )
        proxy.restore()
        async with asyncio.timeout(60):
            await back.wait()
        remove()
        for sub in subscribers:
            await sub.until(lambda e: e == {"type": "jobs_changed"})
            await sub.ws.send_json_auto_id(
                {"type": "print_logger/jobs/get", "job_id": job_id}
            )
            async with asyncio.timeout(30):
                while (message := await sub.ws.receive_json())["type"] != "result":
                    sub.seen.append(message["event"])
            assert message["success"], message
            assert message["result"]["job"]["pause_count"] == 1

        await printer.resume()
        for sub in subscribers:
            ended = await sub.until(
                lambda e: (
                    e["type"] == "job_changed"
                    and e["job"]["id"] == job_id
                    and e["job"]["status"] == "completed"
                )
            )
            assert ended["job"]["pause_count"] == 1
        assert len(await jobs_of(store, entry.unique_id)) == 1
        await unload(hass, entry)
