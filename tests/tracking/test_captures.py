"""Replay what a real Klipper + Moonraker pair sent (tests/fixtures/moonraker_captures) through the tracker.

The captures were recorded from a real Klippy under the real Moonraker 0.11.0; each scenario is fed to
the tracker exactly as the Moonraker client would deliver it (subscription results as full state,
``notify_status_update`` diffs merged into it, Klippy notifications, history notifications, the
websocket dropping), with the capture's own clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
import json
from pathlib import Path
from typing import Any

import pytest

from custom_components.print_logger.store import ImportedJob, JobEventType, JobStatus
from custom_components.print_logger.tracking import JobTracker, TrackedJob, TrackerEvent

CAPTURES = Path(__file__).resolve().parents[1] / "fixtures" / "moonraker_captures"
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)


class MemorySink:
    """Keeps what the tracker writes, as the store would (upsert by id, events by event id)."""

    def __init__(self) -> None:
        self.jobs: dict[str, TrackedJob] = {}
        self.events: dict[str, tuple[str, JobEventType, datetime, dict[str, Any]]] = {}
        self.imported: dict[str, ImportedJob] = {}
        self.details: dict[str, Mapping[str, Any]] = {}

    async def save_tracked_job(self, job: TrackedJob) -> None:
        self.jobs[job.id] = job

    async def add_event(
        self,
        job_id: str,
        event_id: str,
        type_: JobEventType,
        at: datetime,
        data: dict[str, Any],
    ) -> None:
        self.events[event_id] = (job_id, type_, at, data)

    async def load_open_job(self, printer_id: str) -> TrackedJob | None:
        return next((j for j in self.jobs.values() if j.active), None)

    async def find_job(
        self,
        printer_id: str,
        uid: str | None,
        filename: str,
        start: datetime,
        *,
        tolerance: timedelta,
    ) -> TrackedJob | None:
        for job in self.jobs.values():
            if uid is not None and job.uid == uid:
                return job
        return None

    async def import_history_job(self, printer_id: str, job: ImportedJob) -> str:
        self.imported[job.uid] = job
        return job.uid

    async def set_details(self, job_id: str, details: Mapping[str, Any]) -> None:
        self.details[job_id] = details

    def timeline(self, job_id: str) -> list[JobEventType]:
        return [
            e[1]
            for e in sorted(self.events.values(), key=lambda e: e[2])
            if e[0] == job_id
        ]


def _merge(state: dict[str, Any], diff: Mapping[str, Any]) -> None:
    for name, fields in diff.items():
        target = state.setdefault(name, {})
        for key, value in fields.items():
            target[key] = value


class Clock:
    """The capture's clock, on the wall-clock time it was recorded (Moonraker's history uses that)."""

    def __init__(self, t0: datetime = T0) -> None:
        self.t = 0.0
        self.t0 = t0

    def __call__(self) -> datetime:
        return self.t0 + timedelta(seconds=self.t)


def _recorded_at(lines: list[str]) -> datetime:
    """Return the wall-clock time at t=0 of a capture, from the first history job Moonraker added."""
    for line in lines:
        record = json.loads(line)
        msg = record.get("msg") or {}
        if msg.get("method") == "notify_history_changed":
            job = msg["params"][0]["job"]
            return datetime.fromtimestamp(job["start_time"], UTC) - timedelta(
                seconds=record["t"]
            )
    return T0


async def replay(
    scenario: str, sink: MemorySink | None = None
) -> tuple[MemorySink, JobTracker, list[TrackerEvent]]:
    """Feed one capture through a tracker."""
    sink = sink or MemorySink()
    lines = (CAPTURES / f"{scenario}.jsonl").read_text().splitlines()
    clock = Clock(_recorded_at(lines))
    events: list[TrackerEvent] = []
    tracker = JobTracker(sink, "printer-1", clock=clock, on_event=events.append)
    await tracker.async_start()
    state: dict[str, Any] = {}
    pending_subscribe: set[int] = set()
    for line in lines:
        record = json.loads(line)
        clock.t = record["t"]
        msg = record.get("msg") or {}
        if record["kind"] == "harness" and "websocket closed" in record["note"]:
            tracker.handle_connection(False)
        elif (
            record["kind"] == "ws_send"
            and msg.get("method") == "printer.objects.subscribe"
        ):
            pending_subscribe.add(msg["id"])
        elif record["kind"] == "ws_recv":
            if msg.get("id") in pending_subscribe:
                state = json.loads(json.dumps(msg["result"]["status"]))
                tracker.handle_connection(True)
                tracker.handle_status(state)
            method = msg.get("method")
            if method == "notify_status_update":
                _merge(state, msg["params"][0])
                tracker.handle_status(state)
            elif method == "notify_klippy_shutdown":
                tracker.handle_klippy_state("shutdown")
            elif method == "notify_klippy_disconnected":
                tracker.handle_klippy_state("disconnected")
            elif method == "notify_klippy_ready":
                tracker.handle_klippy_state("ready")
            elif method == "notify_history_changed":
                params = msg["params"][0]
                tracker.handle_history_changed(params["action"], params["job"])
    await tracker.async_stop()
    return sink, tracker, events


def _history(scenario: str) -> dict[str, Any]:
    return json.loads((CAPTURES / f"{scenario}.history.json").read_text())


def _only_job(sink: MemorySink, filename: str) -> TrackedJob:
    jobs = [j for j in sink.jobs.values() if j.filename == filename]
    assert len(jobs) == 1, [(j.filename, j.status) for j in sink.jobs.values()]
    return jobs[0]


async def test_complete() -> None:
    """A print that runs to the end: one job, completed, with the printer's durations and filament."""
    sink, tracker, events = await replay("complete")
    job = _only_job(sink, "sc_complete.gcode")
    hist = _history("complete")
    newest = hist["latest_job"]
    assert job.status is JobStatus.COMPLETED
    assert job.uid == newest["job_id"]
    assert job.print_duration == pytest.approx(newest["print_duration"], abs=0.3)
    assert job.filament_used_mm == pytest.approx(newest["filament_used"], rel=0.01)
    assert job.progress == 1.0
    assert job.pause_count == 0
    assert job.end is not None
    assert job.end > job.start
    assert [e.type for e in events] == [JobEventType.STARTED, JobEventType.FINISHED]
    assert tracker.job is None


async def test_pause_resume_cancel() -> None:
    """Paused, resumed, cancelled over HTTP: one pause with its time, cancelled."""
    sink, _, events = await replay("pause_resume_cancel")
    job = _only_job(sink, "sc_prc.gcode")
    assert job.status is JobStatus.CANCELLED
    assert job.pause_count == 1
    assert job.paused_duration > 0.5
    assert job.total_duration - job.print_duration == pytest.approx(
        job.paused_duration, abs=0.6
    )
    assert [e.type for e in events] == [
        JobEventType.STARTED,
        JobEventType.PAUSED,
        JobEventType.RESUMED,
        JobEventType.FINISHED,
    ]
    assert sink.timeline(job.id) == [e.type for e in events]


async def test_gcode_pause_is_a_normal_pause() -> None:
    """PAUSE inside the file (a filament change) is a pause of a job that then completes."""
    sink, _, _ = await replay("gcode_pause")
    job = _only_job(sink, "sc_gpause.gcode")
    assert job.status is JobStatus.COMPLETED
    assert job.pause_count == 1
    assert job.paused_duration > 0


async def test_error_keeps_the_message() -> None:
    """An out-of-range move: error, with Klipper's message."""
    sink, _, _ = await replay("error")
    job = _only_job(sink, "sc_error.gcode")
    assert job.status is JobStatus.ERROR
    assert job.error_message == "Move out of range: 9999.000 9999.000 1.800 [5556.500]"


async def test_emergency_stop_is_a_shutdown_not_a_pause() -> None:
    """Klipper reports paused just before the shutdown of an emergency stop: no pause is counted."""
    sink, _, _ = await replay("emergency_stop")
    job = _only_job(sink, "sc_estop.gcode")
    assert job.status is JobStatus.KLIPPY_SHUTDOWN
    assert job.pause_count == 0
    assert job.paused_duration == 0


@pytest.mark.parametrize("scenario", ["klippy_restart", "firmware_restart"])
async def test_klippy_restart_mid_print(scenario: str) -> None:
    """A Klippy (or firmware) restart ends the print: klippy_disconnect, as Moonraker's history says."""
    sink, _, _ = await replay(scenario)
    jobs = [j for j in sink.jobs.values() if j.filename.startswith("sc_")]
    assert len(jobs) == 1
    assert jobs[0].status is JobStatus.KLIPPY_DISCONNECT


async def test_moonraker_restart_mid_print_follows_the_printer() -> None:
    """Moonraker restarts mid-print: history says server_exit, the printer completes; we store completed, once."""
    sink, _, events = await replay("moonraker_restart")
    job = _only_job(sink, "sc_mrestart.gcode")
    assert job.status is JobStatus.COMPLETED
    assert job.print_duration == pytest.approx(13.39, abs=0.1)
    assert [e.type for e in events] == [JobEventType.STARTED, JobEventType.FINISHED]
    timeline = sink.timeline(job.id)
    assert JobEventType.DISCONNECTED in timeline
    assert JobEventType.RECONNECTED in timeline
