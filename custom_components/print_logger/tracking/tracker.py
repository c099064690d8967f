"""
The job life-cycle state machine of one printer.

(Over 600 lines on purpose: one state machine. Its inputs (status, Klippy state, connection,
history notifications), its transitions (start, pause, resume, finish, progress) and the
reconciliation with Moonraker's history all read and change the same private state (the live
job, the last job, a pause not yet confirmed, what history said of the live job's end) in the
order the events arrive; split, each part would reach into the others' state. The mapping of
Moonraker's history entries to records is in ``history.py``.)

Klipper's ``print_stats`` is the source of truth for what the printer did; Moonraker's history gives
each job its Moonraker uid and fills in jobs that ran while nobody was watching, but it is not trusted
blindly (with Moonraker 0.11 a print started right after Moonraker connected to Klippy may never reach
history, and a Moonraker restart mid-print leaves history at ``server_exit`` while the printer goes on
to complete the print).

Inputs are synchronous calls made on the event loop by the Moonraker client's listener
(:meth:`JobTracker.handle_status`, :meth:`handle_klippy_state`, :meth:`handle_connection`,
:meth:`handle_history_changed`); outputs are writes to the :class:`~..store.Store`, made in order by one
writer task, and :class:`TrackerEvent` callbacks for automations.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
import logging
from typing import Any
import uuid

from ..store import JobEventType, JobSpool, JobStatus, Store, TrackedJobData
from ..store.spools import merge_spools
from ..store.values import epoch_to_datetime, finite
from .history import HISTORY_STATUS, history_job, history_spool_ids
from .spools import Segment, SpoolFetcher, SpoolLedger, job_spool, segment_lengths

_LOGGER = logging.getLogger(__name__)

ACTIVE_STATES = frozenset({"printing", "paused"})
KLIPPY_DOWN = frozenset({"shutdown", "error", "disconnected", "startup"})
TERMINAL_STATES: Mapping[str, JobStatus] = {
    "complete": JobStatus.COMPLETED,
    "cancelled": JobStatus.CANCELLED,
    "canceled": JobStatus.CANCELLED,
    "error": JobStatus.ERROR,
}
# Statuses that say what the printer did; "interrupted" only says we did not see the end.
OBSERVED_END_STATUSES = frozenset(
    {
        JobStatus.COMPLETED,
        JobStatus.CANCELLED,
        JobStatus.ERROR,
        JobStatus.KLIPPY_SHUTDOWN,
        JobStatus.KLIPPY_DISCONNECT,
    }
)
# Klipper reports "paused" a moment before the shutdown of an emergency stop: a pause is only
# announced once it has held this long without a shutdown (or at the next change of state).
PAUSE_SETTLE = timedelta(seconds=0.5)
# print_stats.total_duration going backwards by more than this means a new print of the same file.
RESTART_SLACK = 2.0
# A Moonraker history entry within this of a tracked job's start is the same job.
MATCH_TOLERANCE = timedelta(minutes=3)


def utcnow() -> datetime:
    """Return the current time, timezone-aware UTC."""
    return datetime.now(UTC)


# A job as the tracker knows it is the store's record of it; ``id`` is generated here so writes can
# be journaled.
TrackedJob = TrackedJobData


@dataclass(frozen=True, kw_only=True)
class HistoryEnd:
    """How Moonraker's history says the live job ended, before we saw the end (a fallback if we miss it)."""

    status: JobStatus | None
    entry: Mapping[str, Any]


@dataclass(frozen=True, kw_only=True)
class TrackerEvent:
    """Something automations care about: a job started, paused, resumed or finished."""

    type: JobEventType
    job: TrackedJob
    at: datetime
    spool_ids: tuple[int, ...] = ()
    """The spools the job used so far, in order (Moonraker's ``[spoolman]``)."""


@dataclass(frozen=True, slots=True)
class FileMetadata:
    """What is known of a job's file when it starts."""

    details: Mapping[str, Any] | None = None
    """The slicer facts (``job_details`` keys, docs/contracts.md)."""
    moonraker: Mapping[str, Any] | None = None
    """Moonraker's own metadata of the file (as its history keeps it with a job)."""


type MetadataFetcher = Callable[[str], Awaitable[FileMetadata | None]]


@dataclass
class _Write:
    """One queued sink call."""

    call: Callable[[], Awaitable[None]]
    what: str


@dataclass
class TrackerState:
    """What the tracker has seen of the printer (for sensors)."""

    connected: bool = False
    klippy_state: str | None = None


class JobTracker:
    """Turns one printer's Moonraker events into job records."""

    def __init__(
        self,
        sink: Store,
        printer_id: str,
        *,
        on_event: Callable[[TrackerEvent], None] | None = None,
        fetch_metadata: MetadataFetcher | None = None,
        fetch_spool: SpoolFetcher | None = None,
        on_job_saved: Callable[[str], None] | None = None,
        clock: Callable[[], datetime] = utcnow,
        save_interval: float = 30.0,
    ) -> None:
        """Initialise; call :meth:`async_start` before feeding events."""
        self._sink = sink
        self.printer_id = printer_id
        self._on_event = on_event
        self._fetch_metadata = fetch_metadata
        self._on_job_saved = on_job_saved
        self._clock = clock
        self._save_interval = timedelta(seconds=save_interval)
        self.job: TrackedJob | None = None
        self.last_job: TrackedJob | None = None
        self._history_end: HistoryEnd | None = None
        self.state = TrackerState()
        self._queue: asyncio.Queue[_Write | None] = asyncio.Queue()
        self._writer: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._last_save: datetime | None = None
        self._pending_pause: datetime | None = None
        self._pause_timer: asyncio.TimerHandle | None = None
        self._shutdown_message: str | None = None
        self._fetch_spool = fetch_spool
        self.spools = SpoolLedger()
        self.spoolman_connected: bool | None = None
        """Whether Moonraker's ``[spoolman]`` reaches Spoolman (None: no ``[spoolman]``)."""
        self._spools_waiting: dict[str, tuple[list[tuple[int, float]], list[int]]] = {}
        # Moonraker's "added" history entry when it came before the status that starts the job
        self._unclaimed_added: Mapping[str, Any] | None = None
        # The live job was seen printing or paused on this connection (a standby that follows is
        # an SDCARD_RESET_FILE seen live, not an end we missed)
        self._active_seen_live = False
        # One reconciliation at a time: the import action and the one after connecting would
        # otherwise both find a history entry missing and both import it
        self._reconcile_lock = asyncio.Lock()
        self._last_segments: list[Segment] = []
        """The spool segments of ``last_job`` (its lengths follow its final filament)."""

    # ------------------------------------------------------------------ life cycle
    async def async_start(self) -> None:
        """Load a job left in progress (Home Assistant restarted mid-print) and start the writer."""
        self.job = await self._sink.load_open_job(self.printer_id)
        if self.job is not None:
            _LOGGER.debug(
                "Resuming tracking of job %s (%s)", self.job.id, self.job.filename
            )
        self._writer = asyncio.create_task(
            self._run_writer(), name=f"print_logger tracker {self.printer_id}"
        )

    async def async_stop(self) -> None:
        """Flush pending writes and stop (the job in progress stays open in the store)."""
        self._confirm_pause()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if self.job is not None:
            self._queue_save(self.job)
        if self._writer is not None:
            await self._queue.put(None)
            await self._writer
            self._writer = None

    async def async_flush(self) -> None:
        """Wait until every queued write has been handed to the sink."""
        await self._queue.join()

    async def _run_writer(self) -> None:
        """Apply queued writes in order; a failing write is logged, never stops the tracker."""
        while True:
            item = await self._queue.get()
            try:
                if item is None:
                    return
                await item.call()
            except Exception:
                _LOGGER.exception(
                    "Print Logger could not store %s", item.what if item else "?"
                )
            finally:
                self._queue.task_done()

    def _enqueue(self, what: str, call: Callable[[], Awaitable[None]]) -> None:
        self._queue.put_nowait(_Write(call, what))

    def _queue_save(
        self, job: TrackedJob, spools: list[JobSpool] | None = None
    ) -> None:
        snapshot = replace(job)
        self._last_save = self._clock()
        self._enqueue(f"job {job.id}", lambda: self._save(snapshot, spools))

    async def _save(
        self, job: TrackedJob, spools: list[JobSpool] | None = None
    ) -> None:
        """Write a job (with its spools when given) and tell whoever listens that it changed."""
        if spools is None:
            await self._sink.save_tracked_job(job)
        else:
            await self._sink.save_tracked_job(job, spools)
        if self._on_job_saved is not None:
            self._on_job_saved(job.id)

    def _queue_event(
        self, job: TrackedJob, type_: JobEventType, at: datetime, **data: Any
    ) -> None:
        event_id = uuid.uuid4().hex
        self._enqueue(
            f"event {type_} of job {job.id}",
            lambda: self._sink.add_event(
                job.id,
                event_id,
                type_,
                at,
                {k: v for k, v in data.items() if v is not None},
            ),
        )
        if self._on_event is not None and type_ in (
            JobEventType.STARTED,
            JobEventType.PAUSED,
            JobEventType.RESUMED,
            JobEventType.FINISHED,
        ):
            self._on_event(
                TrackerEvent(
                    type=type_,
                    job=replace(job),
                    at=at,
                    spool_ids=tuple(self.spools.spool_ids()),
                )
            )

    def _spawn(self, coro: Awaitable[Any], name: str) -> None:
        task = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # ------------------------------------------------------------------ spools
    def handle_spoolman(self, connected: bool | None, spool_id: int | None) -> None:
        """
        Follow Moonraker's ``[spoolman]``: Spoolman's connection and the active spool.

        A change of the active spool during a job cuts the job's filament there (see
        ``spools.py``); a spool's facts are read when it becomes active; spools of ended jobs
        still waiting for their facts are filled in when Spoolman is reachable again.
        """
        was = self.spoolman_connected
        self.spoolman_connected = connected
        if connected is None:
            self.spools.active = None
            return
        job = self.job
        running = job is not None and job.active
        if running and job is not None and not self.spools.segments:
            # A job loaded at start-up (Home Assistant restarted mid-print): from its start.
            self.spools.active = spool_id
            self.spools.segments = [Segment(spool_id, 0.0)]
        elif self.spools.switch(
            spool_id, job.filament_used_mm if job is not None else 0.0, running=running
        ):
            _LOGGER.debug(
                "Active spool %s at %.1f mm", spool_id, job and job.filament_used_mm
            )
        if connected and spool_id is not None and spool_id not in self.spools.facts:
            self._learn_spools([spool_id])
        if connected and not was and self._spools_waiting:
            for job_id in list(self._spools_waiting):
                self._spawn(
                    self._finish_spools(job_id), f"print_logger spools {job_id}"
                )

    def _learn_spools(self, spool_ids: list[int]) -> None:
        if self._fetch_spool is None:
            return
        fetch = self._fetch_spool
        for spool_id in spool_ids:
            self._spawn(
                self.spools.learn(fetch, spool_id), f"print_logger spool {spool_id}"
            )

    def _end_spools(self, job: TrackedJob) -> None:
        """End the job's spools: keep their lengths, write them once their facts are read."""
        if self.spoolman_connected is None or not self.spools.segments:
            self.spools.segments = []
            self._last_segments = []
            return
        lengths = self.spools.lengths(job.filament_used_mm)
        self._last_segments, self.spools.segments = self.spools.segments, []
        if not lengths:
            return
        self._spools_waiting[job.id] = (lengths, [s for s, _ in lengths])
        self._spawn(self._finish_spools(job.id), f"print_logger spools {job.id}")

    async def _finish_spools(self, job_id: str) -> None:
        """Read the facts still missing, then write the job's spools (again when more is known)."""
        waiting = self._spools_waiting.get(job_id)
        if waiting is None:
            return
        spool_ids = waiting[1]
        complete = True
        if self._fetch_spool is not None and self.spoolman_connected:
            for spool_id in self.spools.unknown(spool_ids):
                complete &= await self.spools.learn(self._fetch_spool, spool_id)
        else:
            complete = not self.spools.unknown(spool_ids)
        # The lengths as they are now: Moonraker's history may have refitted them meanwhile.
        waiting = self._spools_waiting.get(job_id, waiting)
        if complete:
            self._spools_waiting.pop(job_id, None)
        spools = self._job_spools(waiting[0])

        async def write() -> None:
            await self._sink.set_job_spools(job_id, spools)
            if self._on_job_saved is not None:
                self._on_job_saved(job_id)

        self._enqueue(f"spools of job {job_id}", write)

    def _job_spools(self, lengths: list[tuple[int, float]]) -> list[JobSpool]:
        """Return a job's spools of these lengths with the facts known now (merged by id)."""
        return merge_spools(
            job_spool(spool_id, length, self.spools.facts.get(spool_id))
            for spool_id, length in lengths
        )

    def _refit_spools(self, job: TrackedJob) -> list[JobSpool] | None:
        """
        Return the ended job's spools refitted to its final filament (None: no spools to refit).

        Moonraker's history gives the job's final ``filament_used``, which may be beyond the last
        figure ``print_stats`` sent before the end: the last segment takes the difference, so the
        spools keep summing to the job's filament. The caller writes them with the job, at once.
        """
        if job is not self.last_job or not self._last_segments:
            return None
        lengths = segment_lengths(self._last_segments, job.filament_used_mm)
        if not lengths:
            return None
        waiting = self._spools_waiting.get(job.id)
        if waiting is not None:
            self._spools_waiting[job.id] = (lengths, waiting[1])
        return self._job_spools(lengths)

    def import_spools(
        self, job_id: str, spool_ids: Sequence[int], filament_used_mm: float
    ) -> None:
        """
        Give a job imported from Moonraker's history its spools (``auxiliary_data`` spool ids).

        One spool takes the job's whole filament; of several only the order is known, so each
        gets its id and facts with no length.
        """
        ids = list(dict.fromkeys(spool_ids))
        if not ids or self.spoolman_connected is None:
            return
        lengths = (
            [(ids[0], filament_used_mm)] if len(ids) == 1 else [(i, 0.0) for i in ids]
        )
        self._spools_waiting[job_id] = (lengths, ids)
        self._spawn(self._finish_spools(job_id), f"print_logger spools {job_id}")

    # ------------------------------------------------------------------ inputs
    def handle_connection(self, connected: bool) -> None:
        """Note that the websocket to Moonraker went up or down (the print itself may go on)."""
        if connected == self.state.connected:
            return
        self.state.connected = connected
        self._active_seen_live = False
        self._unclaimed_added = None
        if self.job is not None:
            now = self._clock()
            self._queue_event(
                self.job,
                JobEventType.RECONNECTED if connected else JobEventType.DISCONNECTED,
                now,
            )

    def handle_klippy_state(
        self, state: str, message: str | None = None, *, notification: bool = True
    ) -> None:
        """
        Klippy became ready, shut down (emergency stop, MCU error) or disconnected (restart).

        Only Moonraker's notifications (``notification=True``) end a job; the state read after
        (re)connecting is only noted: Klippy may still be connecting to Moonraker and print on.
        """
        self.state.klippy_state = state
        if state == "ready":
            self._shutdown_message = None
        job = self.job
        if job is None or not notification:
            return
        now = self._clock()
        if state == "shutdown":
            # The "paused" Klipper reported a moment ago was the shutdown, not a pause.
            self._drop_pending_pause()
            self._finish(
                job,
                JobStatus.KLIPPY_SHUTDOWN,
                now,
                message or self._shutdown_message or job.error_message,
            )
        elif state == "disconnected":
            # Only Moonraker's notify_klippy_disconnected means this (Klippy restarted): after a
            # reconnect of our own, Klippy may still be connecting to Moonraker and printing on.
            self._finish(job, JobStatus.KLIPPY_DISCONNECT, now, message)

    def handle_status(self, status: Mapping[str, Any]) -> None:
        """Klipper's printer objects changed (``status`` is the merged full state)."""
        ps = status.get("print_stats")
        webhooks = status.get("webhooks")
        if isinstance(webhooks, Mapping) and webhooks.get("state") in KLIPPY_DOWN:
            # Klippy shut down (the notification follows): note why, for the job's error message.
            self._shutdown_message = _reason(webhooks.get("state_message"))
            self._drop_pending_pause()
            return
        if not isinstance(ps, Mapping) or self.state.klippy_state in KLIPPY_DOWN:
            # After a shutdown print_stats keeps its last state ("paused" after an emergency stop)
            # until Klippy restarts: that is no print.
            return
        state = str(ps.get("state") or "standby")
        filename = str(ps.get("filename") or "")
        total = _float(ps.get("total_duration"))
        now = self._clock()
        if self._pending_pause is not None and (
            state != "paused" or now - self._pending_pause >= PAUSE_SETTLE
        ):
            # Still no shutdown: that was a pause.
            self._confirm_pause()
        job = self.job

        if state in ACTIVE_STATES:
            if job is not None and (
                (filename and job.filename != filename)
                or total + RESTART_SLACK < job.total_duration
            ):
                # Another print (or the same file again) started while we were not looking, or
                # within one status batch of this one's end (a print queue does that).
                self._finish(job, self._unseen_end(), now, None)
                job = None
            if job is None:
                job = self._start(filename, now - timedelta(seconds=total), now)
                if state == "paused":
                    self._pause(job, now)
            elif (
                state == "paused"
                and job.paused_since is None
                and self._pending_pause is None
            ):
                self._pause(job, now)
            elif state == "printing" and job.paused_since is not None:
                self._resume(job, now)
            self._active_seen_live = True
            changed = self._update_progress(job, ps, status)
            if changed and (
                self._last_save is None or now - self._last_save >= self._save_interval
            ):
                self._queue_save(job)
        elif state in TERMINAL_STATES:
            if job is not None and filename and filename != job.filename:
                # Another print started and ended while we were not looking (a cut over this
                # job's end and the whole next print): this job ended before it did. No later
                # status will end it; reconciliation imports the other print from history.
                self._finish(job, self._unseen_end(), now, None)
            elif job is not None:
                self._update_progress(job, ps, status)
                message = _reason(ps.get("message"))
                self._finish(
                    job,
                    TERMINAL_STATES[state],
                    now,
                    message if state == "error" else None,
                )
        elif state == "standby" and job is not None:
            if self._active_seen_live:
                # Printing or paused, then standby: SDCARD_RESET_FILE (the cancel of many
                # CANCEL_PRINT macros, after CLEAR_PAUSE) reset the file. Moonraker's history
                # calls that cancelled too.
                self._finish(job, JobStatus.CANCELLED, now, None)
            else:
                # The job ended while we were not looking (e.g. cancelled and reset during an
                # outage).
                self._finish(job, self._unseen_end(), now, None)

    def handle_history_changed(self, action: str, entry: Mapping[str, Any]) -> None:
        """Moonraker added or finished a history job: link it with ours by uid."""
        uid = entry.get("job_id")
        if not isinstance(uid, str):
            return
        job = self.job
        if action == "added" and job is None:
            # Moonraker wrote the job down before its status reached us: link it at the start.
            self._unclaimed_added = dict(entry)
        elif (
            action == "added"
            and job is not None
            and job.uid is None
            and entry.get("filename") == job.filename
        ):
            self._link(job, uid, epoch_to_datetime(entry.get("start_time")))
        elif action == "finished":
            resolved = HISTORY_STATUS.get(str(entry.get("status")))
            start = epoch_to_datetime(entry.get("start_time"))
            if (
                job is not None
                and start is not None
                and self._same_print(job, uid, str(entry.get("filename")), start)
            ) or (job is not None and job.uid == uid):
                assert job is not None
                if job.uid is None:
                    self._link(job, uid, start)
                # Not the end yet: history can be wrong (server_exit while the printer prints on).
                self._history_end = HistoryEnd(status=resolved, entry=dict(entry))
                return
            target = self.last_job
            if (
                target is not None
                and start is not None
                and self._same_print(target, uid, str(entry.get("filename")), start)
            ):
                # The job ended before Moonraker wrote it down (always), or while we were not
                # looking: link it, and take the figures of an end we did not see from history.
                changed = target.uid is None
                target.uid = uid
                if changed and self._link_start(target, start):
                    changed = True
                if _apply_history(target, entry, resolved):
                    changed = True
                if changed:
                    self._queue_save(target, self._refit_spools(target))

    def _unseen_end(self) -> JobStatus:
        """Return how the live job, whose end we did not see, ended: as history said, else interrupted."""
        end = self._history_end
        if end is not None and end.status in OBSERVED_END_STATUSES:
            return end.status
        return JobStatus.INTERRUPTED

    def _same_print(
        self, job: TrackedJob | None, uid: str, filename: str, start: datetime
    ) -> TrackedJob | None:
        """
        Return ``job`` if a history entry (uid, file, start) is that job, else None.

        A job without a uid is the history entry of the same file that started while it ran: a
        printer runs one print at a time. (Our start of a job first seen mid-print is an estimate,
        so a tolerance around our start alone is not enough.)
        """
        if job is None:
            return None
        if job.uid is not None:
            return job if job.uid == uid else None
        if job.filename != filename:
            return None
        end = job.end or self._clock()
        if job.start - MATCH_TOLERANCE <= start <= end + MATCH_TOLERANCE:
            return job
        return None

    def _link(self, job: TrackedJob, uid: str, start: datetime | None) -> None:
        """
        Give a live job its Moonraker uid, and Moonraker's start time.

        A job first seen mid-print (after a reconnect) has its start estimated from
        ``total_duration``; Moonraker noted the real one.
        """
        job.uid = uid
        self._link_start(job, start)
        self._queue_save(job)

    @staticmethod
    def _link_start(job: TrackedJob, start: datetime | None) -> bool:
        """Take Moonraker's start time for a job just linked; return True if it changed."""
        if start is None or start == job.start:
            return False
        job.start = start
        return True

    # ------------------------------------------------------------------ transitions
    def _start(self, filename: str, start: datetime, now: datetime) -> TrackedJob:
        job = TrackedJob(
            id=uuid.uuid4().hex,
            printer_id=self.printer_id,
            filename=filename,
            start=start,
        )
        self.job = job
        self._history_end = None
        self.spools.start()
        self._queue_save(job)
        self._queue_event(job, JobEventType.STARTED, start)
        added, self._unclaimed_added = self._unclaimed_added, None
        added_start = (
            epoch_to_datetime(added.get("start_time")) if added is not None else None
        )
        if (
            added is not None
            and added_start is not None
            and added.get("filename") == filename
            and abs(added_start - start) <= MATCH_TOLERANCE
        ):
            self._link(job, str(added["job_id"]), added_start)
        if self._fetch_metadata is not None and filename:
            self._spawn(
                self._load_metadata(job, filename), f"print_logger metadata {filename}"
            )
        return job

    def _pause(self, job: TrackedJob, now: datetime) -> None:
        """
        Note that the job paused; announce it once no shutdown followed (see ``PAUSE_SETTLE``).

        Klipper's emergency stop reports "paused" just before the shutdown notice: that is no
        pause, so the pause is confirmed at the next change of state, the next status after
        ``PAUSE_SETTLE``, or when ``PAUSE_SETTLE`` has passed, whichever comes first.
        """
        self._drop_pending_pause()
        self._pending_pause = now
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._pause_timer = loop.call_later(
            PAUSE_SETTLE.total_seconds(), self._confirm_pause
        )

    def _confirm_pause(self) -> None:
        """Count and announce the pause noted by :meth:`_pause` (nothing if none is pending)."""
        at, self._pending_pause = self._pending_pause, None
        if self._pause_timer is not None:
            self._pause_timer.cancel()
            self._pause_timer = None
        job = self.job
        if at is None or job is None or job.paused_since is not None:
            return
        job.pause_count += 1
        job.paused_since = at
        self._queue_save(job)
        self._queue_event(job, JobEventType.PAUSED, at)

    def _drop_pending_pause(self) -> None:
        """Forget a pause not yet confirmed (it was the start of a shutdown)."""
        self._pending_pause = None
        if self._pause_timer is not None:
            self._pause_timer.cancel()
            self._pause_timer = None

    def _resume(self, job: TrackedJob, now: datetime) -> None:
        job.paused_duration = job.paused_seconds(now)
        job.paused_since = None
        self._queue_save(job)
        self._queue_event(job, JobEventType.RESUMED, now)

    def _finish(
        self, job: TrackedJob, status: JobStatus, now: datetime, message: str | None
    ) -> None:
        if status is not JobStatus.KLIPPY_SHUTDOWN:
            self._confirm_pause()
        self._drop_pending_pause()
        job.paused_duration = job.paused_seconds(now)
        job.paused_since = None
        job.status = status
        job.end = now
        if message:
            job.error_message = message
        if status is JobStatus.COMPLETED:
            job.progress = 1.0
        end, self._history_end = self._history_end, None
        if end is not None:
            # Moonraker wrote the end down before we saw it (we were not looking): its figures.
            _apply_history(job, end.entry, end.status)
        self.job = None
        self.last_job = job
        self._queue_save(job)
        self._queue_event(
            job,
            JobEventType.FINISHED,
            now,
            status=str(status),
            message=job.error_message,
        )
        self._end_spools(job)

    def _update_progress(
        self, job: TrackedJob, ps: Mapping[str, Any], status: Mapping[str, Any]
    ) -> bool:
        """Copy durations, filament, progress and layers; return True if anything changed."""
        before = (
            job.print_duration,
            job.total_duration,
            job.filament_used_mm,
            job.progress,
            job.current_layer,
        )
        job.print_duration = max(job.print_duration, _float(ps.get("print_duration")))
        job.total_duration = _float(ps.get("total_duration")) or job.total_duration
        job.filament_used_mm = max(
            job.filament_used_mm, _float(ps.get("filament_used"))
        )
        raw_info = ps.get("info")
        info: Mapping[str, Any] = raw_info if isinstance(raw_info, Mapping) else {}
        if isinstance(info.get("current_layer"), int):
            job.current_layer = info["current_layer"]
        if isinstance(info.get("total_layer"), int):
            job.total_layers = info["total_layer"]
        progress = _progress(status)
        if progress is not None:
            job.progress = max(job.progress, progress)
        return before != (
            job.print_duration,
            job.total_duration,
            job.filament_used_mm,
            job.progress,
            job.current_layer,
        )

    async def _load_metadata(self, job: TrackedJob, filename: str) -> None:
        """Fetch the file's slicer metadata and store it with the job."""
        assert self._fetch_metadata is not None
        try:
            metadata = await self._fetch_metadata(filename)
        except Exception:
            _LOGGER.warning(
                "Could not read the slicer metadata of %s", filename, exc_info=True
            )
            return
        if metadata is None or not (metadata.details or metadata.moonraker):
            return
        details = metadata.details or {}
        if isinstance(details.get("estimated_time"), (int, float)):
            job.estimated_time = float(details["estimated_time"])
            if job is self.job or job is self.last_job:
                self._queue_save(job)
        self._enqueue(
            f"details of job {job.id}",
            lambda: self._sink.set_details(
                job.id, details, moonraker_metadata=metadata.moonraker
            ),
        )

    # ------------------------------------------------------------------ reconciliation
    async def async_reconcile(self, history: Sequence[Mapping[str, Any]]) -> int:
        """
        Merge Moonraker history entries (oldest first); return how many were new to us.

        Idempotent: a history entry already stored (by uid, or as the same file started at the same
        time) is updated, never added twice, also when two reconciliations are asked for at once.
        History does not overrule an outcome we observed.
        """
        async with self._reconcile_lock:
            return await self._reconcile(history)

    async def _reconcile(self, history: Sequence[Mapping[str, Any]]) -> int:
        added = 0
        for entry in history:
            uid = entry.get("job_id")
            filename = entry.get("filename")
            start = epoch_to_datetime(entry.get("start_time"))
            if (
                not isinstance(uid, str)
                or not isinstance(filename, str)
                or start is None
            ):
                _LOGGER.debug("Skipping malformed history entry %r", entry)
                continue
            status = HISTORY_STATUS.get(str(entry.get("status")), JobStatus.INTERRUPTED)
            live = self.job
            if (
                live is not None
                and live.uid == uid
                and status is not JobStatus.IN_PROGRESS
            ):
                # Ended in history, not yet here: the end is near (or was missed).
                self._history_end = HistoryEnd(status=status, entry=dict(entry))
            if live is not None and (
                live.uid == uid
                or (
                    live.uid is None
                    and live.filename == filename
                    and (
                        # Moonraker's job in progress is the print we see, wherever its start.
                        status is JobStatus.IN_PROGRESS
                        or abs(live.start - start) <= MATCH_TOLERANCE
                    )
                )
            ):
                if live.uid is None:
                    self._link(live, uid, start)
                continue
            await self.async_flush()
            stored = self._same_print(self.last_job, uid, filename, start)
            if stored is None:
                stored = await self._sink.find_job(
                    self.printer_id, uid, filename, start, tolerance=MATCH_TOLERANCE
                )
                if (
                    stored is not None
                    and self.last_job is not None
                    and stored.id == self.last_job.id
                ):
                    # Update the object the tracker keeps, or a later save of it (metadata
                    # arriving late) would write the old outcome back.
                    stored = self.last_job
            if stored is None:
                if status is JobStatus.IN_PROGRESS:
                    continue  # Moonraker thinks a job runs that print_stats does not show: wait.
                job_id = await self._sink.import_history_job(
                    self.printer_id, history_job(entry)
                )
                self.import_spools(
                    job_id,
                    history_spool_ids(entry),
                    _float(entry.get("filament_used")),
                )
                added += 1
                continue
            changed = False
            if stored.uid is None:
                # Linked now: Moonraker noted the real start (ours may be an estimate).
                stored.uid = uid
                self._link_start(stored, start)
                changed = True
            if _apply_history(stored, entry, status):
                changed = True
            _LOGGER.debug(
                "Reconciled history job %s (%s, %s) with job %s (%s)%s",
                uid,
                filename,
                status,
                stored.id,
                stored.status,
                "" if changed else ": nothing to change",
            )
            if changed:
                spools = self._refit_spools(stored)
                if spools is None:
                    await self._sink.save_tracked_job(stored)
                else:
                    await self._sink.save_tracked_job(stored, spools)
        return added


def _apply_history(
    job: TrackedJob, entry: Mapping[str, Any], status: JobStatus | None
) -> bool:
    """
    Take an ended job's outcome and figures from its Moonraker history entry; True if any changed.

    Only for an entry that says how the job ended (not ``server_exit``, which Moonraker writes
    while the printer may print on) and agrees with what we stored, or when we did not see the
    end (interrupted, or still in progress). Moonraker noted the end time (or start +
    ``total_duration``), the durations and the filament from Klipper's print_stats as the job
    ended: they are the truth for an end we did not see, and equal what we saw of the others.
    """
    if status not in OBSERVED_END_STATUSES or (
        job.status is not status
        and job.status not in (JobStatus.INTERRUPTED, JobStatus.IN_PROGRESS)
    ):
        return False
    before = (
        job.status,
        job.end,
        job.print_duration,
        job.total_duration,
        job.filament_used_mm,
    )
    job.status = status
    total = finite(entry.get("total_duration"))
    end = epoch_to_datetime(entry.get("end_time"))
    start = epoch_to_datetime(entry.get("start_time"))
    if end is None and start is not None and total is not None:
        end = start + timedelta(seconds=total)
    if end is not None:
        job.end = end
    for name, key in (
        ("print_duration", "print_duration"),
        ("total_duration", "total_duration"),
        ("filament_used_mm", "filament_used"),
    ):
        value = finite(entry.get(key))
        if value is not None and value >= 0:
            setattr(job, name, value)
    if status is JobStatus.COMPLETED:
        job.progress = 1.0
    return before != (
        job.status,
        job.end,
        job.print_duration,
        job.total_duration,
        job.filament_used_mm,
    )


def _reason(value: Any) -> str | None:
    """Return Klipper's message of why it stopped (its first line), None if it says nothing."""
    if not isinstance(value, str):
        return None
    return next((line.strip() for line in value.splitlines() if line.strip()), None)


def _float(value: Any) -> float:
    """Return a finite float from a Moonraker value, 0.0 for anything else."""
    return finite(value) or 0.0


def _progress(status: Mapping[str, Any]) -> float | None:
    """Return print progress 0..1 (display_status first, as Fluidd and Mainsail do, then virtual_sdcard)."""
    for name in ("display_status", "virtual_sdcard"):
        obj = status.get(name)
        if isinstance(obj, Mapping):
            value = obj.get("progress")
            if (
                isinstance(value, (int, float))
                and not isinstance(value, bool)
                and 0.0 <= value <= 1.0
            ):
                return float(value)
    return None
