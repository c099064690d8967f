"""Replay what a real Klipper + Moonraker pair sent (tests/fixtures/moonraker_captures) through production.

The captures were recorded from a real Klippy under the real Moonraker 0.11.0. Each scenario is played
to the real :class:`MoonrakerClient` as the websocket it reads: the client's own ``run`` identifies,
asks ``server.info``, subscribes, reads every message, merges the ``notify_status_update`` diffs into
its state (``_merge``), dispatches the notifications (``_dispatch``) and reconnects when the capture's
socket closes; its listener hands each call to the tracker as the coordinator does. The tracker
writes into a real :class:`Store` (every engine), so linking Moonraker's history goes through the
store's own ``find_job`` (uid, file name and start window). The capture's clock is the tracker's.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
import contextlib
from datetime import UTC, datetime, timedelta
import json
from pathlib import Path
from typing import Any, cast

import aiohttp
import pytest

from custom_components.print_logger.moonraker import MoonrakerClient
from custom_components.print_logger.store import (
    JobEventType,
    JobQuery,
    JobRecord,
    JobStatus,
    Store,
)
from custom_components.print_logger.tracking import JobTracker, TrackerEvent

CAPTURES = Path(__file__).resolve().parents[1] / "fixtures" / "moonraker_captures"
T0 = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
PRINTER = "printer-1"
STALL = 30.0
"""Seconds the replay waits for a request the capture answers next before it gives up (a hang)."""


class Clock:
    """The capture's clock, on the wall-clock time it was recorded (Moonraker's history uses that)."""

    def __init__(self, t0: datetime = T0) -> None:
        self.t = 0.0
        self.t0 = t0

    def __call__(self) -> datetime:
        return self.t0 + timedelta(seconds=self.t)


def _recorded_at(records: list[dict[str, Any]]) -> datetime:
    """Return the wall-clock time at t=0 of a capture, from the first history job Moonraker added."""
    for record in records:
        msg = record.get("msg") or {}
        if msg.get("method") == "notify_history_changed":
            job = msg["params"][0]["job"]
            return datetime.fromtimestamp(job["start_time"], UTC) - timedelta(
                seconds=record["t"]
            )
    return T0


def _text(msg: Mapping[str, Any]) -> aiohttp.WSMessage:
    return aiohttp.WSMessage(aiohttp.WSMsgType.TEXT, json.dumps(msg), None)


class CapturePlayer:
    """
    Moonraker's side of the websocket, as recorded: what it sent, in order, at the capture's times.

    The recording client's requests (``ws_send``) are matched, in order and by method, with the
    requests the real client sends; their answers go back with the real client's ids. A recorded
    message is only delivered once the client has sent every request recorded before it (as on the
    wire). The recording client did not ask ``server.info`` again after ``notify_klippy_ready``;
    the real client does: that question is answered with the last ``server.info`` Moonraker gave
    and Klippy's state as Moonraker last announced it. Any other request the capture does not
    answer is an error of the test. The clock is set to each message's time as it is read.
    """

    def __init__(self, records: list[dict[str, Any]], clock: Clock) -> None:
        self._records = records
        self._clock = clock
        self._index = 0
        self._requests = [
            (r["msg"]["id"], r["msg"]["method"])
            for r in records
            if r["kind"] == "ws_send"
        ]
        self._sends_before: list[int] = []
        sends = 0
        for record in records:
            self._sends_before.append(sends)
            sends += record["kind"] == "ws_send"
        self._matched = 0
        self._ids: dict[int, int] = {}
        self._answers: list[dict[str, Any]] = []
        self._sent = asyncio.Event()
        self._server_info: dict[str, Any] = {}
        self._klippy_state = "disconnected"
        self.errors: list[str] = []
        self.finished = asyncio.Event()
        self.connections = 0

    # the client's session: every connection is a socket of this recording
    async def ws_connect(self, url: str, **_kwargs: Any) -> ReplaySocket:
        self.connections += 1
        return ReplaySocket(self)

    def sent(self, msg: Mapping[str, Any]) -> None:
        """Take a request of the real client."""
        method = msg.get("method")
        if self._matched < len(self._requests):
            recorded_id, recorded_method = self._requests[self._matched]
            if recorded_method == method:
                self._ids[recorded_id] = msg["id"]
                self._matched += 1
                self._sent.set()
                return
        if method == "server.info" and self._server_info:
            result = {**self._server_info, "klippy_state": self._klippy_state}
            self._answers.append({"jsonrpc": "2.0", "result": result, "id": msg["id"]})
            self._sent.set()
            return
        self.errors.append(f"the capture does not answer {method} at t={self._clock.t}")
        self.finished.set()

    async def receive(self) -> aiohttp.WSMessage:
        """
        Return Moonraker's next message; once the capture is over, wait to be cancelled.

        Recorded messages arrive about 0.25 s apart: before each, what the previous one woke (the
        client's request that it answered) runs, as it would on the wire.
        """
        await asyncio.sleep(0)
        while True:
            if self._answers:
                return _text(self._answers.pop(0))
            if self._index >= len(self._records):
                self.finished.set()
                await asyncio.Future()
            record = self._records[self._index]
            msg: dict[str, Any] = record.get("msg") or {}
            if record["kind"] == "harness" and "websocket closed" in record["note"]:
                self._index += 1
                self._clock.t = record["t"]
                return aiohttp.WSMessage(aiohttp.WSMsgType.CLOSE, 1001, "")
            if record["kind"] != "ws_recv":
                self._index += 1
                continue
            if self._matched < self._sends_before[self._index]:
                await self._wait_for_a_request()
                continue
            if "id" in msg:
                msg = {**msg, "id": self._ids[msg["id"]]}
                result = msg.get("result")
                if isinstance(result, dict) and "klippy_state" in result:
                    self._server_info = result
                    self._klippy_state = result["klippy_state"]
            method = str(msg.get("method", ""))
            if method.startswith("notify_klippy_"):
                self._klippy_state = method.removeprefix("notify_klippy_")
            self._index += 1
            self._clock.t = record["t"]
            return _text(msg)

    async def _wait_for_a_request(self) -> None:
        self._sent.clear()
        try:
            async with asyncio.timeout(STALL):
                await self._sent.wait()
        except TimeoutError:
            _id, method = self._requests[self._matched]
            self.errors.append(f"the client never sent {method} (t={self._clock.t})")
            self.finished.set()
            await asyncio.Future()


class ReplaySocket:
    """The client's websocket: what it sends goes to the player, what it reads comes from it."""

    def __init__(self, player: CapturePlayer) -> None:
        self._player = player
        self.closed = False
        self.close_code: int | None = None

    async def send_str(self, data: str) -> None:
        self._player.sent(json.loads(data))

    async def receive(self, timeout: float | None = None) -> aiohttp.WSMessage:
        msg = await self._player.receive()
        if msg.type is aiohttp.WSMsgType.CLOSE:
            self.closed = True
            self.close_code = msg.data
        return msg

    def exception(self) -> BaseException | None:
        return None

    async def close(self) -> bool:
        self.closed = True
        return True


class TrackerListener:
    """The coordinator's listener as far as the tracker goes: every call handed on as it comes."""

    def __init__(self, tracker: JobTracker) -> None:
        self.tracker = tracker

    def on_connection(self, connected: bool) -> None:
        self.tracker.handle_connection(connected)

    def on_klippy_state(
        self, state: str, message: str | None, *, notification: bool
    ) -> None:
        self.tracker.handle_klippy_state(state, message, notification=notification)

    def on_status(self, status: Mapping[str, Any]) -> None:
        self.tracker.handle_status(status)

    def on_history_changed(self, action: str, job: Mapping[str, Any]) -> None:
        self.tracker.handle_history_changed(action, job)

    def on_filelist_changed(self, action: str, item: Mapping[str, Any]) -> None:
        """File changes do not reach the tracker."""

    async def on_ready(self) -> None:
        """The coordinator reads versions and reconciles here; the tracker is not involved."""

    def on_spoolman(self, connected: bool | None, spool_id: int | None) -> None:
        self.tracker.handle_spoolman(connected, spool_id)


async def replay(
    scenario: str, store: Store, printer_id: str = PRINTER
) -> tuple[JobTracker, list[TrackerEvent]]:
    """Play one capture to a real client whose listener feeds a tracker writing into ``store``."""
    records = [
        json.loads(line)
        for line in (CAPTURES / f"{scenario}.jsonl").read_text().splitlines()
    ]
    clock = Clock(_recorded_at(records))
    player = CapturePlayer(records, clock)
    events: list[TrackerEvent] = []
    tracker = JobTracker(store, printer_id, clock=clock, on_event=events.append)
    await tracker.async_start()
    client = MoonrakerClient(
        cast("aiohttp.ClientSession", player), "127.0.0.1", backoff=(0.0,)
    )
    task = asyncio.create_task(client.run(TrackerListener(tracker)))
    finished = asyncio.create_task(player.finished.wait())
    await asyncio.wait((task, finished), return_when=asyncio.FIRST_COMPLETED)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    finished.cancel()
    await tracker.async_stop()
    assert not player.errors, player.errors
    return tracker, events


def _history(scenario: str) -> dict[str, Any]:
    return json.loads((CAPTURES / f"{scenario}.history.json").read_text())


async def stored_jobs(store: Store) -> list[JobRecord]:
    """Return the stored jobs, oldest first."""
    return (await store.list_jobs(JobQuery(limit=500, sort="start", order="asc"))).jobs


async def _only_job(store: Store, filename: str) -> JobRecord:
    jobs = [j for j in await stored_jobs(store) if j.filename == filename]
    assert len(jobs) == 1, [(j.filename, j.status) for j in await stored_jobs(store)]
    return jobs[0]


async def timeline(store: Store, job_id: str) -> list[JobEventType]:
    """Return the types of a stored job's timeline, in order."""
    events = (await store.get_job(job_id)).events
    return [e.type for e in sorted(events, key=lambda e: e.at)]


@pytest.fixture
async def printer(store: Store) -> str:
    """Register the printer the captures are replayed for."""
    return await store.upsert_printer(name="Capture", printer_id=PRINTER)


async def test_complete(store: Store, printer: str) -> None:
    """A print that runs to the end: one job, completed, with the printer's durations and filament."""
    tracker, events = await replay("complete", store)
    job = await _only_job(store, "sc_complete.gcode")
    newest = _history("complete")["latest_job"]
    assert job.status is JobStatus.COMPLETED
    assert job.uid == newest["job_id"]
    assert job.start == datetime.fromtimestamp(newest["start_time"], UTC)
    assert job.print_duration == pytest.approx(newest["print_duration"], abs=0.3)
    assert job.filament_used_mm == pytest.approx(newest["filament_used"], rel=0.01)
    assert job.progress == 1.0
    assert job.pause_count == 0
    assert job.end is not None
    assert job.end > job.start
    assert [e.type for e in events] == [JobEventType.STARTED, JobEventType.FINISHED]
    assert await timeline(store, job.id) == [e.type for e in events]
    assert tracker.job is None


async def test_pause_resume_cancel(store: Store, printer: str) -> None:
    """Paused, resumed, cancelled over HTTP: one pause with its time, cancelled."""
    _, events = await replay("pause_resume_cancel", store)
    job = await _only_job(store, "sc_prc.gcode")
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
    assert await timeline(store, job.id) == [e.type for e in events]


async def test_gcode_pause_is_a_normal_pause(store: Store, printer: str) -> None:
    """PAUSE inside the file (a filament change) is a pause of a job that then completes."""
    await replay("gcode_pause", store)
    job = await _only_job(store, "sc_gpause.gcode")
    assert job.status is JobStatus.COMPLETED
    assert job.pause_count == 1
    assert job.paused_duration > 0


async def test_error_keeps_the_message(store: Store, printer: str) -> None:
    """An out-of-range move: error, with Klipper's message."""
    await replay("error", store)
    job = await _only_job(store, "sc_error.gcode")
    assert job.status is JobStatus.ERROR
    assert job.error_message == "Move out of range: 9999.000 9999.000 1.800 [5556.500]"


async def test_emergency_stop_is_a_shutdown_not_a_pause(
    store: Store, printer: str
) -> None:
    """Klipper reports paused just before the shutdown of an emergency stop: no pause is counted."""
    await replay("emergency_stop", store)
    job = await _only_job(store, "sc_estop.gcode")
    assert job.status is JobStatus.KLIPPY_SHUTDOWN
    assert job.pause_count == 0
    assert job.paused_duration == 0


@pytest.mark.parametrize("scenario", ["klippy_restart", "firmware_restart"])
async def test_klippy_restart_mid_print(
    store: Store, printer: str, scenario: str
) -> None:
    """A Klippy (or firmware) restart ends the print: klippy_disconnect, as Moonraker's history says."""
    await replay(scenario, store)
    jobs = [j for j in await stored_jobs(store) if j.filename.startswith("sc_")]
    assert len(jobs) == 1
    assert jobs[0].status is JobStatus.KLIPPY_DISCONNECT
    assert jobs[0].uid == _history(scenario)["latest_job"]["job_id"]


async def test_moonraker_restart_mid_print_follows_the_printer(
    store: Store, printer: str
) -> None:
    """Moonraker restarts mid-print: history says server_exit, the printer completes; we store completed, once."""
    _, events = await replay("moonraker_restart", store)
    job = await _only_job(store, "sc_mrestart.gcode")
    assert job.status is JobStatus.COMPLETED
    assert job.print_duration == pytest.approx(13.39, abs=0.1)
    assert [e.type for e in events] == [JobEventType.STARTED, JobEventType.FINISHED]
    kinds = await timeline(store, job.id)
    assert JobEventType.DISCONNECTED in kinds
    assert JobEventType.RECONNECTED in kinds


async def test_the_client_reconnects_and_resubscribes(
    store: Store, printer: str
) -> None:
    """The capture's socket closing is a real reconnect of the client: a second connection, re-subscribed."""
    records = [
        json.loads(line)
        for line in (CAPTURES / "moonraker_restart.jsonl").read_text().splitlines()
    ]
    player = CapturePlayer(records, Clock())
    tracker = JobTracker(store, PRINTER, clock=Clock())
    await tracker.async_start()
    client = MoonrakerClient(
        cast("aiohttp.ClientSession", player), "127.0.0.1", backoff=(0.0,)
    )
    task = asyncio.create_task(client.run(TrackerListener(tracker)))
    await player.finished.wait()
    assert player.connections == 2
    assert client.connected
    assert client.klippy_state == "ready"
    assert client.status["print_stats"]["state"] == "complete"
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    await tracker.async_stop()
    assert not player.errors
