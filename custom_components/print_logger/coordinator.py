"""Push coordinator: one per printer, fed by the Moonraker client's websocket listener."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Mapping
import contextlib
from dataclasses import replace
from functools import partial
import time
from typing import TYPE_CHECKING, Any

from homeassistant.const import CONF_HOST, CONF_SSL
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers import device_registry as dr, issue_registry as ir
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.debounce import Debouncer
from homeassistant.helpers.dispatcher import (
    async_dispatcher_connect,
    async_dispatcher_send,
)
from homeassistant.helpers.event import async_call_later
from homeassistant.helpers.update_coordinator import DataUpdateCoordinator
from homeassistant.util import dt as dt_util

from .const import (
    CONF_STATE_INTERVAL,
    DEFAULT_STATE_INTERVAL,
    DOMAIN,
    LOGGER,
    MANUFACTURER,
    SIGNAL_JOB_CHANGED,
)
from .energy import JobCoster
from .gcode import GcodeFetchError, fetch_head_tail, parse_head_tail
from .history_import import async_read_history, async_reconcile_since
from .job_events import JOB_EVENT_TYPES, job_event_data
from .moonraker import MoonrakerAuthError, MoonrakerClient, MoonrakerError
from .moonraker.machine import MachineInfo
from .moonraker.spoolman import (
    SpoolFacts,
    SpoolmanError,
    SpoolNotFoundError,
    fetch_spool,
    list_spools,
    set_active_spool,
)
from .snapshot import PrinterSnapshot, SpoolmanState, shown_values
from .store import (
    JobEventType,
    JobQuery,
    JobStatus,
    Store,
    StoreError,
    StoreUnavailableError,
    analytics,
    tracked_from_record,
)
from .store.models import COST_COLUMNS
from .tracking import JobTracker, TrackedJob, TrackerEvent
from .tracking.history import details_from_moonraker_metadata
from .tracking.tracker import FileMetadata

if TYPE_CHECKING:
    from .data import PrintLoggerConfigEntry

TOTALS_COOLDOWN = 5.0
"""Seconds between two recomputations of the totals (a print writes its job every few seconds)."""
INTERRUPTED_RECONCILE_DELAY = 2.0
"""Seconds after a job ended unseen before its outcome is read from Moonraker's history."""
HISTORY_PAGE = 100
"""Jobs read per request when importing or reconciling Moonraker's history."""
COST_EVENT_KEYS = COST_COLUMNS
"""What the finished event tells of the job's cost (when the printer has cost settings)."""


__all__ = ["PrintLoggerCoordinator", "PrinterSnapshot"]


class PrintLoggerCoordinator(DataUpdateCoordinator[PrinterSnapshot]):
    """Holds a printer's live state; Moonraker pushes, nothing polls."""

    config_entry: PrintLoggerConfigEntry

    def __init__(
        self,
        hass: HomeAssistant,
        entry: PrintLoggerConfigEntry,
        client: MoonrakerClient,
        store: Store,
    ) -> None:
        """Initialise with an offline snapshot until the websocket connects."""
        super().__init__(
            hass,
            LOGGER,
            config_entry=entry,
            name=f"{DOMAIN} {entry.title}",
            update_interval=None,
        )
        assert entry.unique_id is not None
        self.client = client
        self.printer_id: str = entry.unique_id
        self.store = store
        self.sink = store
        self.tracker = JobTracker(
            self.sink,
            self.printer_id,
            on_event=self._on_tracker_event,
            fetch_metadata=self._fetch_metadata,
            fetch_spool=self._fetch_spool,
            on_job_saved=self._job_saved,
        )
        self.costs = JobCoster(
            hass, store, self.printer_id, entry.entry_id, entry.options
        )
        """What the printer's jobs cost (``energy.py``)."""
        self.spoolman: SpoolmanState | None = None
        """Moonraker's ``[spoolman]`` (None: Moonraker has none)."""
        self._spool_task: asyncio.Task[None] | None = None
        self.klipper_version: str | None = None
        self.moonraker_version: str | None = None
        self.machine = MachineInfo()
        """The kinematics and MCU Klipper's config names (read when Klippy is ready)."""
        self.slicer_model: str | None = None
        """The printer model the newest slice printed here was made for (from the store)."""
        self.history_available: bool | None = None
        self.job_details: Mapping[str, Any] | None = None
        """Slicer facts of the current (or last) job's file."""
        self.data = PrinterSnapshot()
        self._task: asyncio.Task[None] | None = None
        self._reconcile_task: asyncio.Task[None] | None = None
        self._stopped = False
        self._on_stop: list[Callable[[], None]] = []
        self.totals: Mapping[str, Any] | None = None
        self._totals_debouncer: Debouncer[Coroutine[Any, Any, None]] | None = None
        self._unsub_signal: Callable[[], None] | None = None
        self._reconcile_again = False
        self._reconcile_when_store_back = False
        self._shown: tuple[tuple[Any, ...], tuple[Any, ...]] | None = None
        """The state and live values entities showed at the last publish (see :func:`.snapshot.shown_values`)."""
        self._last_publish = 0.0
        self._cancel_live_publish: CALLBACK_TYPE | None = None
        self._job_listeners: list[Callable[[TrackedJob | None], None]] = []
        """Told of the job on every status update, unthrottled (photos: the first layer)."""

    # ------------------------------------------------------------------ addresses
    @property
    def configuration_url(self) -> str:
        """Return the printer's web interface (Fluidd or Mainsail are served on the host)."""
        data = self.config_entry.data
        scheme = "https" if data.get(CONF_SSL) else "http"
        return f"{scheme}://{data[CONF_HOST]}"

    @property
    def device(self) -> dr.DeviceEntry | None:
        """Return the printer's device."""
        return dr.async_get(self.hass).async_get_device_by_identifier(
            (DOMAIN, self.printer_id), self.config_entry.entry_id
        )

    # ------------------------------------------------------------------ life cycle
    async def async_start(self) -> None:
        """Load the job left in progress and start listening to Moonraker in the background."""
        await self.tracker.async_start()
        if (job := self.tracker.job) is not None and job.active:
            # Loaded in the middle of a job: its plug from now on (the recorder has the rest).
            self.costs.async_job_started(job.id, job.start)
        await self._async_load_last_job()
        await self._async_refresh_totals()
        self._totals_debouncer = Debouncer(
            self.hass,
            LOGGER,
            cooldown=TOTALS_COOLDOWN,
            immediate=False,
            function=self._async_refresh_totals,
            background=True,
        )
        self._unsub_signal = async_dispatcher_connect(
            self.hass, SIGNAL_JOB_CHANGED, self._job_changed
        )
        self._on_stop.append(
            self.store.add_availability_listener(self._store_availability_changed)
        )
        self._publish()
        self._task = self.config_entry.async_create_background_task(
            self.hass, self._async_listen(), f"{DOMAIN} listener {self.printer_id}"
        )

    async def async_stop(self) -> None:
        """Stop listening and flush the tracker (the job in progress stays open in the store)."""
        if self._stopped:
            return
        self._stopped = True
        self.costs.async_stop()
        while self._on_stop:
            self._on_stop.pop()()
        if self._unsub_signal is not None:
            self._unsub_signal()
            self._unsub_signal = None
        if self._totals_debouncer is not None:
            self._totals_debouncer.async_shutdown()
        self._cancel_pending_publish()
        for task in (self._reconcile_task, self._task):
            if task is not None and not task.done():
                task.cancel()
                try:
                    await task
                except asyncio.CancelledError:
                    if (current := asyncio.current_task()) and current.cancelling():
                        raise
        self._task = self._reconcile_task = None
        await self.tracker.async_stop()

    @callback
    def async_add_job_listener(
        self, listener: Callable[[TrackedJob | None], None]
    ) -> CALLBACK_TYPE:
        """Call ``listener`` with the job on every status update; return what removes it."""
        self._job_listeners.append(listener)
        return lambda: self._job_listeners.remove(listener)

    @callback
    def async_on_stop(self, func: Callable[[], None]) -> None:
        """Call ``func`` when the printer stops (before the store may close)."""
        self._on_stop.append(func)

    async def _async_load_last_job(self) -> None:
        """Show the last job that ended before Home Assistant started (until the next one ends)."""
        ended = tuple(
            status for status in JobStatus if status is not JobStatus.IN_PROGRESS
        )
        try:
            page = await self.store.list_jobs(
                JobQuery(
                    printer_ids=(self.printer_id,),
                    statuses=ended,
                    sort="end",
                    order="desc",
                    limit=1,
                )
            )
        except StoreError as err:
            LOGGER.debug("Cannot read the last job of %s: %s", self.printer_id, err)
            return
        if page.jobs and self.tracker.last_job is None:
            self.tracker.last_job = tracked_from_record(page.jobs[0])

    async def _async_listen(self) -> None:
        """Run the Moonraker client until cancelled; ask for a new API key when it is rejected."""
        try:
            await self.client.run(self)
        except MoonrakerAuthError:
            LOGGER.warning(
                "Moonraker of %s rejected the API key", self.config_entry.title
            )
            self.config_entry.async_start_reauth(self.hass)

    # ------------------------------------------------------------------ MoonrakerListener
    @callback
    def on_connection(self, connected: bool) -> None:
        """Handle the websocket going up or down."""
        self.tracker.handle_connection(connected)
        if not connected:
            self._publish(connected=False, klippy_state=None)
        else:
            self._publish(connected=True)

    @callback
    def on_klippy_state(
        self, state: str, message: str | None, *, notification: bool
    ) -> None:
        """Handle Klippy's state (only Moonraker's notifications can end a job)."""
        self.tracker.handle_klippy_state(state, message, notification=notification)
        self._publish(klippy_state=state)

    @callback
    def on_status(self, status: Mapping[str, Any]) -> None:
        """
        Feed the tracker with Klipper's merged state, and the entities with what it changes.

        The entities are told only when a value they show changed: at once for a state (print
        state, file, job, availability), at most once per live update interval for live values
        (progress, print time, filament, layer, ETA). The status is the client's own merged
        state, not a copy: entities read its newest values when they write.
        """
        self.tracker.handle_status(status)
        snapshot = self._snapshot(status=status)
        for listener in tuple(self._job_listeners):
            listener(snapshot.job)
        shown = shown_values(snapshot)
        previous = self._shown
        if previous is not None and shown[0] == previous[0]:
            if shown[1] == previous[1]:
                # Nothing an entity shows changed: no update at all.
                self.data = snapshot
                return
            interval = float(
                self.config_entry.options.get(
                    CONF_STATE_INTERVAL, DEFAULT_STATE_INTERVAL
                )
            )
            wait = self._last_publish + interval - time.monotonic()
            if wait > 0:
                # Only live values moved: publish them once the interval is over.
                self.data = snapshot
                if self._cancel_live_publish is None:
                    self._cancel_live_publish = async_call_later(
                        self.hass, wait, self._publish_live
                    )
                return
        self._set_snapshot(snapshot, shown)

    @callback
    def _publish_live(self, _now: Any) -> None:
        """Publish the live values held back by the rate limit."""
        self._cancel_live_publish = None
        self._publish()

    @callback
    def on_history_changed(self, action: str, job: Mapping[str, Any]) -> None:
        """Link Moonraker's history with the tracked job."""
        self.tracker.handle_history_changed(action, job)
        self._publish()

    @callback
    def on_spoolman(self, connected: bool | None, spool_id: int | None) -> None:
        """Follow Moonraker's ``[spoolman]``: the tracker cuts jobs at spool changes; entities."""
        self.tracker.handle_spoolman(connected, spool_id)
        if connected is None:
            self.spoolman = None
        else:
            old = self.spoolman or SpoolmanState()
            active = (
                old.active if old.active and old.active.spool_id == spool_id else None
            )
            if spool_id is not None and active is None:
                active = next((s for s in old.spools if s.spool_id == spool_id), None)
            self.spoolman = replace(
                old, connected=connected, active_id=spool_id, active=active
            )
            if connected:
                self._refresh_spools()
        self._async_update_spoolman_issue()
        self._publish()

    @callback
    def _refresh_spools(self) -> None:
        """Read Spoolman's spools (the select's options, the active spool's facts) in the background."""
        if self._spool_task is not None and not self._spool_task.done():
            self._spool_task.cancel()
        self._spool_task = self.config_entry.async_create_background_task(
            self.hass, self._async_read_spools(), f"{DOMAIN} spools {self.printer_id}"
        )

    async def _async_read_spools(self) -> None:
        try:
            spools = tuple(await list_spools(self.client))
            active_id = self.spoolman.active_id if self.spoolman else None
            active = next((s for s in spools if s.spool_id == active_id), None)
            if active_id is not None and active is None:
                # Archived spools are not listed; an unknown id has no facts at all.
                with contextlib.suppress(SpoolNotFoundError):
                    active = await fetch_spool(self.client, active_id)
        except SpoolmanError as err:
            LOGGER.debug("Could not read Spoolman's spools: %s", err)
            return
        if self.spoolman is None:
            return
        if self.spoolman.active_id != active_id:
            active = next(
                (s for s in spools if s.spool_id == self.spoolman.active_id), None
            )
        self.spoolman = replace(self.spoolman, spools=spools, active=active)
        self._publish()

    async def _fetch_spool(self, spool_id: int) -> SpoolFacts:
        """Read a spool's facts through Moonraker's proxy (for the tracker)."""
        return await fetch_spool(self.client, spool_id)

    async def async_set_active_spool(self, spool_id: int | None) -> None:
        """Make a spool active in Moonraker (which tells Spoolman); Moonraker notifies the change."""
        await set_active_spool(self.client, spool_id)

    @callback
    def _async_update_spoolman_issue(self) -> None:
        """Raise a repair issue while the printer's Moonraker cannot reach Spoolman."""
        issue_id = f"spoolman_unreachable_{self.printer_id}"
        if self.spoolman is None or self.spoolman.connected:
            ir.async_delete_issue(self.hass, DOMAIN, issue_id)
            return
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            issue_id,
            is_fixable=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key="spoolman_unreachable",
            translation_placeholders={"name": self.config_entry.title},
            learn_more_url="https://moonraker.readthedocs.io/en/latest/configuration/#spoolman",
        )

    @callback
    def on_filelist_changed(self, action: str, item: Mapping[str, Any]) -> None:
        """File changes do not affect the log (metadata is read when a print starts)."""

    async def on_ready(self) -> None:
        """Klippy is ready: learn the versions, then reconcile history in the background."""
        # server.info was just read over the websocket; only Klipper's own info needs a request.
        server = self.client.last_server_info
        self.moonraker_version = str(server.get("moonraker_version") or "") or None
        # Moonraker lists a component that failed to start among its components too.
        self.history_available = "history" in (
            server.get("components") or []
        ) and "history" not in (server.get("failed_components") or [])
        self._async_update_history_issue()
        try:
            info = await self.client.printer_info()
        except MoonrakerError as err:
            LOGGER.debug("Could not read printer info: %s", err)
        else:
            self.klipper_version = str(info.get("software_version") or "") or None
        try:
            self.machine = await self.client.machine_info()
        except MoonrakerError as err:
            LOGGER.debug("Could not read the machine's configuration: %s", err)
        self.async_update_device()
        self._request_reconcile()

    @callback
    def _request_reconcile(self, delay: float = 0.0) -> None:
        """Reconcile with Moonraker's history in the background (once more if one is running)."""
        if self._stopped:
            return
        if self._reconcile_task is None or self._reconcile_task.done():
            self._reconcile_task = self.config_entry.async_create_background_task(
                self.hass,
                self._async_reconcile_loop(delay),
                f"{DOMAIN} reconcile {self.printer_id}",
            )
        else:
            # Asked again while reconciling: what the printer did since must be read too.
            self._reconcile_again = True

    async def _async_reconcile_loop(self, delay: float = 0.0) -> None:
        """Reconcile, and again as long as reconnects asked for it meanwhile."""
        if delay:
            await asyncio.sleep(delay)
        while True:
            self._reconcile_again = False
            await self._async_reconcile()
            if not self._reconcile_again:
                return

    @callback
    def _async_update_history_issue(self) -> None:
        """Suggest enabling Moonraker's [history] when it is off (jobs missed offline are lost)."""
        issue_id = f"history_disabled_{self.printer_id}"
        if self.history_available:
            ir.async_delete_issue(self.hass, DOMAIN, issue_id)
            return
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            issue_id,
            is_fixable=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key="history_disabled",
            translation_placeholders={"name": self.config_entry.title},
            learn_more_url="https://moonraker.readthedocs.io/en/latest/configuration/#history",
        )

    # ------------------------------------------------------------------ history
    async def _async_reconcile(self) -> None:
        """
        Merge what Moonraker's history has that the store lacks (idempotent).

        While the database is down, reconciliation waits for it: it runs again once it is back.
        """
        if self.history_available is False:
            return
        try:
            since = await self._reconcile_since()
            if since is None:
                return
            await self.async_import_history(since, raise_unavailable=True)
        except StoreUnavailableError as err:
            LOGGER.info(
                "Reconciling %s with Moonraker's history once the database is back: %s",
                self.config_entry.title,
                err,
            )
            self._reconcile_when_store_back = True

    @callback
    def _store_availability_changed(self, available: bool) -> None:
        """Run the reconciliation the database's outage held back."""
        if available and self._reconcile_when_store_back:
            self._reconcile_when_store_back = False
            self._request_reconcile()

    async def async_import_history(
        self, since: float, *, raise_unavailable: bool = False
    ) -> int:
        """
        Read Moonraker's history from ``since`` (epoch seconds) into the log; return the jobs added.

        Idempotent: jobs already stored are updated, never added twice. A long import shows its
        progress in a persistent notification. With ``raise_unavailable``, a database that is down
        raises :class:`StoreUnavailableError` (after what was read so far is published).
        """
        added, unavailable = await async_read_history(
            self.hass,
            self.client,
            self.tracker,
            name=self.config_entry.title,
            printer_id=self.printer_id,
            since=since,
            page_size=HISTORY_PAGE,
        )
        if unavailable is not None and not raise_unavailable:
            LOGGER.info(
                "Could not reconcile the history of %s now: %s",
                self.config_entry.title,
                unavailable,
            )
        self._publish()
        if unavailable is not None and raise_unavailable:
            raise unavailable
        return added

    async def _reconcile_since(self) -> float | None:
        """Return the epoch time from which to read history, or None to read nothing."""
        return await async_reconcile_since(
            self.sink,
            self.printer_id,
            self.config_entry.options,
            self.config_entry.created_at,
        )

    async def _fetch_metadata(self, filename: str) -> FileMetadata | None:
        """
        Return the slicer facts of a job's file (``job_details`` keys) and Moonraker's metadata.

        The file's head and tail are read from Moonraker with range requests and parsed off the
        event loop; when the file cannot be read (deleted, refused) or names no slicer, the facts
        come from Moonraker's own metadata of it. Moonraker's metadata is kept with the job either
        way, as its history keeps it with the jobs imported from there.
        """
        client = self.client
        details: Mapping[str, Any] | None = None
        try:
            head, tail, size = await fetch_head_tail(
                async_get_clientsession(self.hass),
                client.base_url,
                filename,
                headers=client.headers,
            )
        except GcodeFetchError as err:
            LOGGER.debug("Cannot read %s from Moonraker: %s", filename, err)
        else:
            meta = await self.hass.async_add_executor_job(
                partial(parse_head_tail, head, tail, file_size=size, file_name=filename)
            )
            if meta.supported and meta.slicer:
                details = self.job_details = meta.to_details()
                self._publish()
        try:
            moonraker_meta: Mapping[str, Any] | None = await client.file_metadata(
                filename
            )
        except MoonrakerError as err:
            LOGGER.debug("No Moonraker metadata for %s: %s", filename, err)
            moonraker_meta = None
        if details is None:
            if moonraker_meta is None:
                return None
            details = self.job_details = details_from_moonraker_metadata(moonraker_meta)
            self._publish()
        return FileMetadata(details=details, moonraker=moonraker_meta)

    # ------------------------------------------------------------------ outputs
    @callback
    def _on_tracker_event(self, event: TrackerEvent) -> None:
        """Fire the tracker's job events on Home Assistant's bus (automations, device triggers)."""
        event_type = JOB_EVENT_TYPES.get(event.type)
        if event_type is None:
            return
        job = event.job
        if event.type is JobEventType.STARTED:
            self.job_details = None
            self.costs.async_job_started(job.id, job.start)
        if event.type is JobEventType.FINISHED and job.status is JobStatus.INTERRUPTED:
            # We did not see how it ended (e.g. the next print started within one status
            # batch): Moonraker's history knows, once it has written it down.
            self._request_reconcile(INTERRUPTED_RECONCILE_DELAY)
        device = self.device
        data = job_event_data(
            event,
            device_id=device.id if device else None,
            entry_id=self.config_entry.entry_id,
            printer=self.config_entry.title,
        )
        if event.type is JobEventType.FINISHED and self.costs.configured:
            # The event carries what the job cost: computed first (the recorder, the store).
            self.config_entry.async_create_background_task(
                self.hass,
                self._async_fire_finished(event_type, data, job),
                f"{DOMAIN} cost of {job.id}",
            )
            return
        self.hass.bus.async_fire(event_type, data)

    async def _async_fire_finished(
        self, event_type: str, data: dict[str, Any], job: TrackedJob
    ) -> None:
        """Compute and store the ended job's cost, then fire its finished event with it."""
        try:
            await self.tracker.async_flush()  # the job's final figures are in the store
            costs = await self.costs.async_job_finished(job)
        except Exception:  # noqa: BLE001 - the event is fired whatever happened
            LOGGER.exception("Could not compute the cost of job %s", job.id)
        else:
            data.update(
                {
                    key: None if value is None else value
                    for key, value in costs.items()
                    if key in COST_EVENT_KEYS
                }
            )
            self._job_saved(job.id)
            self._publish()
        finally:
            self.hass.bus.async_fire(event_type, data)

    @callback
    def _job_changed(self, _job_id: str, _deleted: bool, printer_id: str = "") -> None:
        """Recompute the totals soon after this printer's jobs change (once for a burst)."""
        if printer_id and printer_id != self.printer_id:
            return
        if self._totals_debouncer is not None:
            self._totals_debouncer.async_schedule_call()

    async def _async_refresh_totals(self) -> None:
        """Read the printer's totals (and the model its slices name) from the store; publish them."""
        if await self._async_read_totals() and not self._stopped:
            self._publish()
            await self._async_read_slicer_model()

    async def _async_read_slicer_model(self) -> None:
        """Name the device after the printer model of the newest slice printed on it."""
        try:
            model = await self.store.printer_model(self.printer_id)
        except StoreError as err:
            LOGGER.debug("Printer model of %s not available: %s", self.printer_id, err)
            return
        if model != self.slicer_model and not self._stopped:
            self.slicer_model = model
            self.async_update_device()

    async def _async_read_totals(self) -> bool:
        """Read the printer's totals from the store (in SQL, off the event loop); True if read."""
        try:
            self.totals = await analytics.async_summary(
                self.store, analytics.AnalyticsQuery(printer_ids=(self.printer_id,))
            )
        except StoreError as err:
            LOGGER.debug("Totals of %s not available: %s", self.printer_id, err)
            return False
        return True

    async def _async_update_data(self) -> PrinterSnapshot:
        """
        Refresh on request (``homeassistant.update_entity``): Moonraker pushes, nothing polls.

        Re-reads the printer's state from Moonraker (when connected, Klippy ready) and the totals
        from the store.
        """
        status: Mapping[str, Mapping[str, Any]] | None = None
        if self.data.online:
            try:
                status = await self.client.refresh_status()
            except MoonrakerError as err:
                LOGGER.debug("Could not re-read the state of %s: %s", self.name, err)
            else:
                self.tracker.handle_status(status)
        await self._async_read_totals()
        snapshot = self._snapshot() if status is None else self._snapshot(status=status)
        self._cancel_pending_publish()
        self._shown = shown_values(snapshot)
        self._last_publish = time.monotonic()
        return snapshot

    @callback
    def _job_saved(self, job_id: str) -> None:
        """Tell the API subscribers and the totals that a job row changed."""
        async_dispatcher_send(
            self.hass, SIGNAL_JOB_CHANGED, job_id, False, self.printer_id
        )

    @callback
    def _publish(self, **changes: Any) -> None:
        """Replace parts of the snapshot and notify entities."""
        snapshot = self._snapshot(**changes)
        self._set_snapshot(snapshot, shown_values(snapshot))

    @callback
    def _set_snapshot(
        self,
        snapshot: PrinterSnapshot,
        shown: tuple[tuple[Any, ...], tuple[Any, ...]],
    ) -> None:
        """Notify entities of a snapshot (Home Assistant logs one debug line per update)."""
        self._cancel_pending_publish()
        self._shown = shown
        self._last_publish = time.monotonic()
        self.async_set_updated_data(snapshot)

    @callback
    def _cancel_pending_publish(self) -> None:
        """Drop a publish of live values held back by the rate limit (a newer one is made)."""
        if self._cancel_live_publish is not None:
            self._cancel_live_publish()
            self._cancel_live_publish = None

    @callback
    def _snapshot(self, **changes: Any) -> PrinterSnapshot:
        """Return the snapshot with ``changes`` and the tracker's, details' and totals' state."""
        current = self.data
        return PrinterSnapshot(
            connected=changes.get("connected", current.connected),
            klippy_state=changes.get("klippy_state", current.klippy_state),
            status=changes.get("status", current.status),
            job=self.tracker.job,
            last_job=self.tracker.last_job,
            details=self.job_details,
            totals=self.totals,
            spoolman=self.spoolman,
            costs=self.costs.async_live(self.tracker.job, dt_util.utcnow()),
        )

    @callback
    def async_update_device(self) -> None:
        """Write the versions learnt from the printer into the device registry."""
        registry = dr.async_get(self.hass)
        if device := self.device:
            sw_version = self.klipper_version
            if self.moonraker_version:
                sw_version = (
                    f"{sw_version or 'unknown'} (Moonraker {self.moonraker_version})"
                )
            changes: dict[str, Any] = {}
            if model := self.slicer_model or self.machine.model:
                changes["model"] = model
            if self.machine.mcu:
                changes["hw_version"] = self.machine.mcu
            registry.async_update_device(
                device.id, sw_version=sw_version, manufacturer=MANUFACTURER, **changes
            )
