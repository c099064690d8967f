"""
What Home Assistant adds to a printer's jobs: photos, the enclosure's climate, why a job failed.

One :class:`JobCapture` per printer follows its job events on the bus:

- a snapshot of the printer's camera when the first layer is done (the job reaches layer 2), on
  every pause and when the job ends (completed, cancelled, failed);
- the linked environment sensors sampled from the start to the end of the job (climate.py),
  their statistics stored with it when it ends;
- when a job fails or is cancelled, a notification to the chosen phones (``notify.mobile_app_*``)
  with the end photo and a button per likely reason plus "other" with a text reply; the tap
  (``mobile_app_notification_action``) sets the job's failure reason. An action names the job by a
  random token that only this notification carries and that is forgotten once answered: an unknown,
  answered or forged action changes nothing, nor does one for a job whose reason is already set.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
import secrets
from typing import TYPE_CHECKING, Any, Final

from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.event import async_track_time_interval
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util import dt as dt_util

from .climate import ClimateRecorder
from .const import (
    ATTR_OUTCOME,
    CONF_CAMERA,
    CONF_CLIMATE_SENSORS,
    CONF_FAILURE_REASONS,
    CONF_NOTIFY_SERVICES,
    CONF_PHOTO_MAX_SIDE,
    CONF_PHOTO_RETENTION_DAYS,
    DEFAULT_NOTIFY_REASONS,
    DOMAIN,
    EVENT_JOB_FINISHED,
    EVENT_JOB_PAUSED,
    EVENT_JOB_STARTED,
    EVENT_MOBILE_APP_ACTION,
    FAILURE_ACTION_PREFIX,
    LOGGER,
    OUTCOME_CANCELLED,
    OUTCOME_FAILED,
    SIGNAL_JOB_CHANGED,
)
from .photos import (
    DEFAULT_MAX_SIDE,
    DEFAULT_RETENTION_DAYS,
    PhotoSettings,
    async_capture,
    async_purge,
)
from .store import FAILURE_REASONS, PhotoRecord, StoreError
from .store.media import PhotoKind
from .tracking import TrackedJob

if TYPE_CHECKING:
    from .coordinator import PrintLoggerCoordinator

PURGE_INTERVAL: Final = 24 * 3600
MAX_PENDING: Final = 50
"""Unanswered failure questions remembered per printer (the oldest is forgotten first)."""


def photo_settings(options: Mapping[str, Any]) -> PhotoSettings:
    """Return a printer's photo settings from its options."""
    return PhotoSettings(
        max_side=int(options.get(CONF_PHOTO_MAX_SIDE, DEFAULT_MAX_SIDE)),
        retention_days=int(
            options.get(CONF_PHOTO_RETENTION_DAYS, DEFAULT_RETENTION_DAYS)
        ),
    )


def action_id(token: str, reason: str) -> str:
    """Return the notification action of a reason for the question ``token``."""
    return f"{FAILURE_ACTION_PREFIX}_{token}_{reason}"


def parse_action(action: Any) -> tuple[str, str] | None:
    """Return (token, reason) of one of our actions, None for any other."""
    if not isinstance(action, str) or not action.startswith(
        FAILURE_ACTION_PREFIX + "_"
    ):
        return None
    token, _, reason = action[len(FAILURE_ACTION_PREFIX) + 1 :].partition("_")
    if not token or reason not in FAILURE_REASONS:
        return None
    return token, reason


class JobCapture:
    """Photos, climate and the failure question of one printer's jobs."""

    def __init__(
        self, hass: HomeAssistant, coordinator: PrintLoggerCoordinator
    ) -> None:
        """Read the printer's options (a change reloads the entry)."""
        self.hass = hass
        self.coordinator = coordinator
        self.entry = coordinator.config_entry
        options = self.entry.options
        self.camera: str | None = options.get(CONF_CAMERA) or None
        self.settings = photo_settings(options)
        self.notify: list[str] = list(options.get(CONF_NOTIFY_SERVICES) or [])
        self.reasons: list[str] = [
            reason
            for reason in options.get(CONF_FAILURE_REASONS, DEFAULT_NOTIFY_REASONS)
            if reason in FAILURE_REASONS and reason != "other"
        ]
        self.climate = ClimateRecorder(hass, options.get(CONF_CLIMATE_SENSORS) or [])
        self.pending: dict[str, str] = {}
        """Unanswered questions: token → job id."""
        self._first_layer_done: str | None = None
        self._unsub: list[CALLBACK_TYPE] = []
        self._tasks: set[Any] = set()

    @property
    def store(self) -> Any:
        """Return the printer's store."""
        return self.coordinator.store

    @callback
    def async_start(self) -> Callable[[], None]:
        """Start following the printer's jobs; return what stops it."""
        for event_type, handler in (
            (EVENT_JOB_STARTED, self._started),
            (EVENT_JOB_PAUSED, self._paused),
            (EVENT_JOB_FINISHED, self._finished),
        ):
            self._unsub.append(
                self.hass.bus.async_listen(event_type, handler, event_filter=self._ours)
            )
        self._unsub.append(
            self.hass.bus.async_listen(EVENT_MOBILE_APP_ACTION, self._action)
        )
        self._unsub.append(self.coordinator.async_add_job_listener(self._updated))
        if self.camera:
            self._unsub.append(
                async_track_time_interval(
                    self.hass, self._purge, timedelta(seconds=PURGE_INTERVAL)
                )
            )
            self._spawn(self._async_purge())
        job = self.coordinator.data.job
        if job is not None and job.active:
            # Loaded in the middle of a job: the climate from now on.
            self.climate.async_start(job.id, job.start, dt_util.utcnow())
            if (job.current_layer or 0) >= 2:
                self._first_layer_done = job.id
        return self.async_stop

    @callback
    def async_stop(self) -> None:
        """Stop listening (a job in progress keeps its photos; its climate is not stored)."""
        while self._unsub:
            self._unsub.pop()()
        self.climate.async_cancel()
        for task in self._tasks:
            task.cancel()

    def _spawn(self, coro: Any) -> None:
        task = self.entry.async_create_background_task(
            self.hass, coro, f"{DOMAIN} capture {self.coordinator.printer_id}"
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @callback
    def _ours(self, data: Mapping[str, Any]) -> bool:
        return bool(data.get("config_entry_id") == self.entry.entry_id)

    # ------------------------------------------------------------------ job events
    @callback
    def _started(self, event: Event) -> None:
        job_id = event.data["job_id"]
        started = dt_util.parse_datetime(event.data["started"]) or event.time_fired
        self._first_layer_done = None
        self.climate.async_start(job_id, started, dt_util.utcnow())

    @callback
    def _updated(self, job: TrackedJob | None) -> None:
        if (
            job is None
            or not job.active
            or self._first_layer_done == job.id
            or (job.current_layer or 0) < 2
        ):
            return
        self._first_layer_done = job.id
        self._photo(job.id, "first_layer")

    @callback
    def _paused(self, event: Event) -> None:
        self._photo(event.data["job_id"], "pause")

    @callback
    def _photo(self, job_id: str, kind: PhotoKind) -> None:
        if self.camera:
            self._spawn(self._async_photo(job_id, kind))

    async def _async_photo(self, job_id: str, kind: PhotoKind) -> PhotoRecord | None:
        if not self.camera:
            return None
        photo = await async_capture(
            self.hass,
            self.store,
            camera=self.camera,
            job_id=job_id,
            kind=kind,
            settings=self.settings,
            taken_at=dt_util.utcnow(),
        )
        if photo is not None:
            async_dispatcher_send(
                self.hass,
                SIGNAL_JOB_CHANGED,
                job_id,
                False,
                self.coordinator.printer_id,
            )
        return photo

    @callback
    def _finished(self, event: Event) -> None:
        data = event.data
        job_id = data["job_id"]
        ended = (data.get("ended") and dt_util.parse_datetime(data["ended"])) or (
            dt_util.utcnow()
        )
        climate = self.climate.async_finish(job_id, ended)
        self._first_layer_done = None
        self._spawn(self._async_finished(job_id, data.get(ATTR_OUTCOME), climate, data))

    async def _async_finished(
        self,
        job_id: str,
        outcome: str | None,
        climate: list[Any],
        data: Mapping[str, Any],
    ) -> None:
        if climate:
            try:
                await self.store.set_climate(job_id, climate)
            except StoreError as err:
                LOGGER.warning("The climate of job %s was not stored: %s", job_id, err)
            else:
                async_dispatcher_send(
                    self.hass,
                    SIGNAL_JOB_CHANGED,
                    job_id,
                    False,
                    self.coordinator.printer_id,
                )
        photo = await self._async_photo(job_id, "end")
        if outcome in (OUTCOME_FAILED, OUTCOME_CANCELLED) and self.notify:
            await self._async_ask(job_id, photo, data)

    # ------------------------------------------------------------------ why did it fail?
    async def _async_ask(
        self, job_id: str, photo: PhotoRecord | None, data: Mapping[str, Any]
    ) -> None:
        token = secrets.token_hex(16)
        self.pending[token] = job_id
        while len(self.pending) > MAX_PENDING:
            self.pending.pop(next(iter(self.pending)))
        language = self.hass.config.language
        texts = await async_get_translations(self.hass, language, "selector", {DOMAIN})
        exceptions = await async_get_translations(
            self.hass, language, "exceptions", {DOMAIN}
        )

        def text(key: str, fallback: str) -> str:
            return texts.get(
                f"component.{DOMAIN}.selector.failure_reason.options.{key}", fallback
            )

        actions: list[dict[str, Any]] = [
            {"action": action_id(token, reason), "title": text(reason, reason)}
            for reason in self.reasons
        ]
        actions.append(
            {
                "action": action_id(token, "other"),
                "title": text("other", "other"),
                "behavior": "textInput",
            }
        )
        title = exceptions.get(
            f"component.{DOMAIN}.exceptions.failure_question_title.message",
            "Why did the print fail?",
        ).replace("{printer}", self.entry.title)
        message = exceptions.get(
            f"component.{DOMAIN}.exceptions.failure_question.message",
            "{filename} on {printer}",
        )
        message = message.replace("{filename}", str(data.get("filename", ""))).replace(
            "{printer}", self.entry.title
        )
        payload: dict[str, Any] = {"tag": f"{DOMAIN}_{job_id}", "actions": actions}
        if photo is not None:
            payload["image"] = f"/api/{DOMAIN}/photos/{photo.id}"
        for service in self.notify:
            name = service.removeprefix("notify.")
            if not self.hass.services.has_service("notify", name):
                LOGGER.warning(
                    "No notify action %s to ask why job %s failed", service, job_id
                )
                continue
            await self.hass.services.async_call(
                "notify",
                name,
                {"title": title, "message": message, "data": payload},
                blocking=False,
            )

    @callback
    def _action(self, event: Event) -> None:
        parsed = parse_action(event.data.get("action"))
        if parsed is None:
            return
        token, reason = parsed
        job_id = self.pending.pop(token, None)
        if job_id is None:
            return  # unknown, forged, answered, or another printer's
        note = event.data.get("reply_text")
        value = reason
        if reason == "other" and isinstance(note, str) and note.strip():
            value = note.strip()
        self._spawn(self._async_set_reason(job_id, value))

    async def _async_set_reason(self, job_id: str, reason: str) -> None:
        try:
            job = await self.store.get_job_record(job_id)
            if job.failure_reason:
                return  # answered already (the panel, another phone)
            await self.store.update_job(job_id, {"failure_reason": reason})
        except StoreError as err:
            LOGGER.warning(
                "The failure reason of job %s was not stored: %s", job_id, err
            )
            return
        async_dispatcher_send(
            self.hass, SIGNAL_JOB_CHANGED, job_id, False, self.coordinator.printer_id
        )

    # ------------------------------------------------------------------ retention
    @callback
    def _purge(self, _now: datetime) -> None:
        self._spawn(self._async_purge())

    async def _async_purge(self) -> None:
        try:
            count = await async_purge(
                self.hass,
                self.store,
                self.settings.retention_days,
                dt_util.utcnow(),
                self.coordinator.printer_id,
            )
        except StoreError as err:
            LOGGER.debug("Old photos not purged: %s", err)
            return
        if count:
            LOGGER.info(
                "Deleted %s photos older than %s days",
                count,
                self.settings.retention_days,
            )
