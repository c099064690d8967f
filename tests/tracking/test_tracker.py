"""The tracker's handling of ends it did not see, Moonraker's history, and emergency stops."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

from custom_components.print_logger.store import (
    ImportedJob,
    JobEventType,
    JobStatus,
    TrackedJobData,
)
from custom_components.print_logger.tracking import JobTracker, TrackerEvent
from tests.tracking.test_captures import T0, Clock, MemorySink

START = T0.timestamp()


def _status(
    state: str, filename: str = "a.gcode", total: float = 0.0, filament: float = 0.0
) -> dict[str, Any]:
    return {
        "print_stats": {
            "state": state,
            "filename": filename,
            "total_duration": total,
            "print_duration": total,
            "filament_used": filament,
        },
        "webhooks": {"state": "ready", "state_message": "Printer is ready"},
    }


def _entry(status: str, **kwargs: Any) -> dict[str, Any]:
    """Moonraker's history entry of a.gcode, started at T0, ended 100 s later."""
    return {
        "job_id": "000001",
        "filename": "a.gcode",
        "status": status,
        "start_time": START,
        "end_time": START + 100.0 if status != "in_progress" else None,
        "print_duration": 95.5,
        "total_duration": 100.0,
        "filament_used": 2213.3,
    } | kwargs


async def _tracker() -> tuple[JobTracker, MemorySink, Clock, list[TrackerEvent]]:
    sink = MemorySink()
    clock = Clock()
    events: list[TrackerEvent] = []
    tracker = JobTracker(sink, "printer-1", clock=clock, on_event=events.append)
    await tracker.async_start()
    return tracker, sink, clock, events


def _figures(job: Any) -> tuple[Any, ...]:
    return (
        job.status,
        job.uid,
        job.end,
        job.print_duration,
        job.total_duration,
        job.filament_used_mm,
    )


EXPECTED = (
    JobStatus.COMPLETED,
    "000001",
    T0 + timedelta(seconds=100),
    95.5,
    100.0,
    2213.3,
)


async def _printing_then_cut(
    tracker: JobTracker, clock: Clock, *, link: bool = True
) -> None:
    """a.gcode prints, Moonraker adds it to history, then the connection drops at 60 s."""
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing"))
    if link:
        tracker.handle_history_changed("added", _entry("in_progress"))
    clock.t = 60.0
    tracker.handle_status(_status("printing", total=60.0, filament=1840.1))
    tracker.handle_connection(False)


async def test_end_during_a_cut_takes_history_figures() -> None:
    """The history notification of the end arrives before the status: every figure is Moonraker's."""
    tracker, sink, clock, _ = await _tracker()
    await _printing_then_cut(tracker, clock)
    # Reconnected after the end, while the next print already runs.
    clock.t = 130.0
    tracker.handle_connection(True)
    tracker.handle_history_changed("finished", _entry("completed"))
    tracker.handle_status(_status("printing", "b.gcode", total=5.0))
    await tracker.async_stop()
    job = next(j for j in sink.jobs.values() if j.filename == "a.gcode")
    assert _figures(job) == EXPECTED


async def test_end_seen_only_after_reconnecting_takes_history_end() -> None:
    """The first status after a reconnect says complete: the end is Moonraker's, not ours."""
    tracker, sink, clock, _ = await _tracker()
    await _printing_then_cut(tracker, clock)
    clock.t = 129.0
    tracker.handle_connection(True)
    tracker.handle_status(_status("complete", total=100.0, filament=2213.3))
    # Reconciliation after the reconnect reads Moonraker's history.
    await tracker.async_reconcile([_entry("completed")])
    await tracker.async_stop()
    job = next(j for j in sink.jobs.values() if j.filename == "a.gcode")
    assert _figures(job) == EXPECTED
    assert job.total_duration - job.print_duration >= 0


def _next_print_entry() -> dict[str, Any]:
    """Moonraker's history entry of b.gcode, printed from 101 s to 121 s (during the cut)."""
    return _entry(
        "completed",
        job_id="000002",
        filename="b.gcode",
        start_time=START + 101.0,
        end_time=START + 121.0,
        total_duration=20.0,
    )


async def test_cut_over_the_end_and_the_whole_next_print_status_first() -> None:
    """
    The cut spans a.gcode's end and all of b.gcode: the first status says b.gcode is complete.

    a.gcode must not stay in progress waiting for an end of its own that will never come.
    """
    tracker, sink, clock, _ = await _tracker()
    await _printing_then_cut(tracker, clock)
    clock.t = 130.0
    tracker.handle_connection(True)
    tracker.handle_status(_status("complete", "b.gcode", total=20.0))
    await tracker.async_reconcile([_entry("completed"), _next_print_entry()])
    await tracker.async_stop()
    assert tracker.job is None
    job = next(j for j in sink.jobs.values() if j.filename == "a.gcode")
    assert _figures(job) == EXPECTED
    assert set(sink.imported) == {"000002"}


async def test_cut_over_the_end_and_the_whole_next_print_history_first() -> None:
    """The same cut, with reconciliation reading history before the first status arrives."""
    tracker, sink, clock, _ = await _tracker()
    await _printing_then_cut(tracker, clock)
    clock.t = 130.0
    tracker.handle_connection(True)
    await tracker.async_reconcile([_entry("completed"), _next_print_entry()])
    tracker.handle_status(_status("complete", "b.gcode", total=20.0))
    await tracker.async_stop()
    assert tracker.job is None
    job = next(j for j in sink.jobs.values() if j.filename == "a.gcode")
    assert _figures(job) == EXPECTED
    assert set(sink.imported) == {"000002"}


async def test_stale_completed_job_is_corrected_by_reconciliation() -> None:
    """A job stored completed with the figures of the last status before a cut is corrected."""
    tracker, sink, clock, _ = await _tracker()
    await _printing_then_cut(tracker, clock)
    clock.t = 130.0
    tracker.handle_connection(True)
    # History said "completed" for the running job (the printer's end status was missed) …
    tracker.handle_history_changed("finished", _entry("completed"))
    tracker.handle_status(_status("printing", "b.gcode", total=5.0))
    await tracker.async_flush()
    # … and reconciliation finds it in the store, not as the tracker's last job.
    tracker.last_job = None
    stored = next(j for j in sink.jobs.values() if j.filename == "a.gcode")
    stored.end = T0 + timedelta(seconds=130)
    stored.filament_used_mm = 1840.1
    await tracker.async_reconcile([_entry("completed")])
    await tracker.async_stop()
    assert _figures(sink.jobs[stored.id]) == EXPECTED


async def test_history_finished_links_a_completed_job_without_uid() -> None:
    """A job that completed before its uid was known is linked by the finished notification."""
    tracker, sink, clock, _ = await _tracker()
    await _printing_then_cut(tracker, clock, link=False)
    clock.t = 100.2
    tracker.handle_connection(True)
    tracker.handle_status(_status("printing", total=100.0, filament=2213.3))
    tracker.handle_status(_status("complete", total=100.0, filament=2213.3))
    clock.t = 100.3
    tracker.handle_history_changed("finished", _entry("completed"))
    await tracker.async_stop()
    job = next(j for j in sink.jobs.values() if j.filename == "a.gcode")
    assert job.uid == "000001"
    assert job.status is JobStatus.COMPLETED
    assert job.start == T0


async def test_history_never_overrules_an_outcome_seen() -> None:
    """server_exit (Moonraker restarted while the printer printed on) changes nothing we saw."""
    tracker, sink, clock, _ = await _tracker()
    await _printing_then_cut(tracker, clock)
    clock.t = 100.2
    tracker.handle_connection(True)
    tracker.handle_status(_status("printing", total=100.0, filament=2213.3))
    tracker.handle_status(_status("complete", total=100.0, filament=2213.3))
    await tracker.async_reconcile([_entry("server_exit", print_duration=10.0)])
    await tracker.async_stop()
    job = next(j for j in sink.jobs.values() if j.filename == "a.gcode")
    assert job.status is JobStatus.COMPLETED
    assert job.print_duration == 100.0


async def test_emergency_stop_is_no_pause_and_keeps_the_reason() -> None:
    """Paused in the status that carries the shutdown: no pause announced, Klipper's reason kept."""
    tracker, sink, clock, events = await _tracker()
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing"))
    clock.t = 10.0
    status = _status("paused", total=10.0)
    status["webhooks"] = {
        "state": "shutdown",
        "state_message": "Shutdown due to M112 command\nOnce the underlying issue is "
        'corrected, use the\n"FIRMWARE_RESTART" command to reset the firmware.',
    }
    tracker.handle_status(status)
    tracker.handle_klippy_state("shutdown")
    # The shutdown dropped the pause: no settle timer is left that could still announce it.
    assert tracker._pending_pause is None
    assert tracker._pause_timer is None
    await tracker.async_stop()
    job = next(iter(sink.jobs.values()))
    assert job.status is JobStatus.KLIPPY_SHUTDOWN
    assert job.error_message == "Shutdown due to M112 command"
    assert job.pause_count == 0
    assert [e.type for e in events] == [JobEventType.STARTED, JobEventType.FINISHED]
    assert JobEventType.PAUSED not in sink.timeline(job.id)


async def test_emergency_stop_paused_just_before_the_shutdown() -> None:
    """The paused status comes alone, the shutdown notice right after: still no pause."""
    tracker, sink, clock, events = await _tracker()
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing"))
    clock.t = 10.0
    tracker.handle_status(_status("paused", total=10.0))
    clock.t = 10.1
    tracker.handle_klippy_state("shutdown", "Shutdown due to M112 command")
    # The shutdown dropped the pause: no settle timer is left that could still announce it.
    assert tracker._pending_pause is None
    assert tracker._pause_timer is None
    await tracker.async_stop()
    job = next(iter(sink.jobs.values()))
    assert job.error_message == "Shutdown due to M112 command"
    assert job.pause_count == 0
    assert JobEventType.PAUSED not in [e.type for e in events]
    assert JobEventType.PAUSED not in sink.timeline(job.id)


async def test_a_real_pause_is_announced_within_a_second() -> None:
    """A pause with no shutdown after it is announced once settled, dated when it happened."""
    tracker, sink, clock, events = await _tracker()
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing"))
    clock.t = 10.0
    tracker.handle_status(_status("paused", total=10.0))
    assert [e.type for e in events] == [JobEventType.STARTED]
    loop = asyncio.get_running_loop()
    began = loop.time()
    async with asyncio.timeout(1.0):
        while len(events) < 2:
            await asyncio.sleep(0.01)
    assert loop.time() - began < 1.0
    assert events[1].type is JobEventType.PAUSED
    assert events[1].at == T0 + timedelta(seconds=10)
    clock.t = 20.0
    tracker.handle_status(_status("printing", total=20.0))
    await tracker.async_stop()
    job = next(iter(sink.jobs.values()))
    assert job.pause_count == 1
    assert job.paused_duration == 10.0
    assert sink.timeline(job.id) == [
        JobEventType.STARTED,
        JobEventType.PAUSED,
        JobEventType.RESUMED,
    ]


async def test_a_short_pause_is_counted_when_printing_resumes() -> None:
    """Paused and resumed within the settle time: the pause and the resume, in order."""
    tracker, sink, clock, events = await _tracker()
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing"))
    clock.t = 10.0
    tracker.handle_status(_status("paused", total=10.0))
    clock.t = 10.25
    tracker.handle_status(_status("printing", total=10.25))
    await tracker.async_stop()
    assert [e.type for e in events] == [
        JobEventType.STARTED,
        JobEventType.PAUSED,
        JobEventType.RESUMED,
    ]
    assert next(iter(sink.jobs.values())).pause_count == 1


class _SlowSink(MemorySink):
    """A sink whose database answers a lookup a moment later, and finds what was imported."""

    def __init__(self) -> None:
        super().__init__()
        self.imports: list[str] = []

    async def find_job(
        self,
        printer_id: str,
        uid: str | None,
        filename: str,
        start: datetime,
        *,
        tolerance: timedelta,
    ) -> TrackedJobData | None:
        found = await self._lookup(printer_id, uid, filename, start, tolerance)
        await asyncio.sleep(
            0
        )  # read now, the answer comes back from the database's thread
        return found

    async def _lookup(
        self,
        printer_id: str,
        uid: str | None,
        filename: str,
        start: datetime,
        tolerance: timedelta,
    ) -> TrackedJobData | None:
        if uid is not None and uid in self.imported:
            job = self.imported[uid]
            return TrackedJobData(
                id=uid,
                printer_id=printer_id,
                filename=job.filename,
                start=job.start,
                status=job.status,
                uid=uid,
                end=job.end,
                print_duration=job.print_duration,
                total_duration=job.total_duration,
                filament_used_mm=job.filament_used_mm,
            )
        return await super().find_job(
            printer_id, uid, filename, start, tolerance=tolerance
        )

    async def import_history_job(self, printer_id: str, job: ImportedJob) -> str:
        self.imports.append(job.uid)
        return await super().import_history_job(printer_id, job)


async def test_two_reconciliations_at_once_import_a_job_once() -> None:
    """The import action and the reconciliation after connecting, at the same time: one import."""
    sink = _SlowSink()
    tracker = JobTracker(sink, "printer-1", clock=Clock())
    await tracker.async_start()
    added = await asyncio.gather(
        tracker.async_reconcile([_entry("completed")]),
        tracker.async_reconcile([_entry("completed")]),
    )
    assert sorted(added) == [0, 1]
    assert sink.imports == ["000001"]
    await tracker.async_stop()


async def test_history_added_before_the_status_links_the_job_at_its_start() -> None:
    """Moonraker's 'added' reaches us before the status that starts the job: linked at the start."""
    tracker, _sink, clock, _events = await _tracker()
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_history_changed("added", _entry("in_progress"))
    clock.t += 0.3
    tracker.handle_status(_status("printing", total=0.3))
    job = tracker.job
    assert job is not None
    assert job.uid == "000001"
    assert job.start == T0  # Moonraker's, not our estimate
    await tracker.async_stop()


async def test_standby_after_printing_seen_live_is_a_cancel() -> None:
    """SDCARD_RESET_FILE: printing (or paused) then standby on one connection is a cancel."""
    tracker, _sink, clock, events = await _tracker()
    tracker.handle_connection(True)
    tracker.handle_klippy_state("ready", notification=False)
    tracker.handle_status(_status("printing", total=1.0))
    clock.t += 10
    tracker.handle_status(_status("standby", filename="", total=0.0))
    assert tracker.last_job is not None
    assert tracker.last_job.status is JobStatus.CANCELLED
    assert [e.type for e in events][-1] is JobEventType.FINISHED
    # ... while a standby that is the first status after a reconnect is an end we did not see
    tracker.handle_status(_status("printing", total=1.0))
    tracker.handle_connection(False)
    tracker.handle_connection(True)
    tracker.handle_status(_status("standby", filename="", total=0.0))
    assert tracker.last_job.status is JobStatus.INTERRUPTED
    await tracker.async_stop()
