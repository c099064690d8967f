"""
Websocket adapter of the operations (``api/``), used by the panel and the card (docs/api.md).

Each operation with a :class:`~.api.operations.Websocket` transport is the command
``print_logger/<type>``; its fields are the message's (but ``id`` and ``type``), validated by the
operation itself so that the error lists every bad field rather than the first one Home Assistant's
schema check meets. This module adds only transport: the error code of each error type
(``invalid_format`` with ``errors`` mapping each bad field to its message, like the REST 400;
``not_found``, ``unauthorized``, ``conflict``, ``unavailable``) and the ``subscribe`` command's
stream of job and printer changes.
"""

from __future__ import annotations

import asyncio
from typing import Any, Final

from homeassistant.components.websocket_api import async_register_command, messages
from homeassistant.components.websocket_api.connection import ActiveConnection
from homeassistant.components.websocket_api.const import WebSocketCommandHandler
from homeassistant.components.websocket_api.decorators import (
    async_response,
    websocket_command,
)
from homeassistant.config_entries import (
    SIGNAL_CONFIG_ENTRY_CHANGED,
    ConfigEntry,
    ConfigEntryChange,
    ConfigEntryState,
)
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_connect
import probatio

from .api import (
    OPERATIONS,
    ApiError,
    ConflictError,
    ForbiddenError,
    InvalidFieldsError,
    LivePrinter,
    NotFoundError,
    Operation,
    TooLargeError,
    UnavailableError,
    api_error,
)
from .api.shapes import job_item, printer_object
from .const import DOMAIN, LOGGER, SIGNAL_JOB_CHANGED
from .context import live_printers, operation_context
from .store import JobNotFoundError, StoreError

# The one mapping of the operations' errors to websocket error codes.
CODES: Final[dict[type[ApiError], str]] = {
    InvalidFieldsError: "invalid_format",
    TooLargeError: "invalid_format",
    ForbiddenError: "unauthorized",
    NotFoundError: "not_found",
    ConflictError: "conflict",
    UnavailableError: "unavailable",
}


def error_message(msg_id: int, err: ApiError) -> dict[str, Any]:
    """Return the websocket error message of an operation error."""
    payload = messages.error_message(
        msg_id,
        CODES[type(err)],
        err.message,
        translation_key=err.reason,
        translation_domain=DOMAIN if err.reason is not None else None,
        translation_placeholders=err.placeholders or None,
    )
    if isinstance(err, InvalidFieldsError) and err.errors:
        payload["error"]["errors"] = err.errors
    return payload


def _command_schema(command_type: str) -> probatio.All[Any]:
    """
    Return a command's schema for Home Assistant: its type, any other field.

    The fields are validated by the operation, so that the error lists every bad field.
    """
    return probatio.All(
        probatio.Schema(
            {probatio.Required("type"): command_type}, extra=probatio.ALLOW_EXTRA
        )
    )


def command(operation: Operation) -> WebSocketCommandHandler:
    """Return the websocket command running ``operation``."""
    assert operation.websocket is not None

    async def handle(
        hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
    ) -> None:
        context = operation_context(hass, is_admin=connection.user.is_admin)
        data = {key: value for key, value in msg.items() if key not in ("id", "type")}
        try:
            result = await operation.run(context, data)
        except (ApiError, StoreError) as err:
            if (error := api_error(err)) is None:
                raise
            connection.send_message(error_message(msg["id"], error))
            return
        connection.send_result(msg["id"], result)

    handle.__name__ = f"ws_{operation.name}"
    handle.__doc__ = operation.summary
    return websocket_command(_command_schema(f"{DOMAIN}/{operation.websocket.type}"))(
        async_response(handle)
    )


# ---------------------------------------------------------------------- live changes
class _Subscription:
    """Pushes job and printer changes to one websocket subscriber, in order."""

    def __init__(
        self,
        hass: HomeAssistant,
        connection: ActiveConnection,
        msg_id: int,
    ) -> None:
        self.hass = hass
        self.connection = connection
        self.msg_id = msg_id
        self._queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
        self._pending: set[tuple[str, str]] = set()
        self._unsubs: list[CALLBACK_TYPE] = []
        self._coordinators: dict[str, CALLBACK_TYPE] = {}
        self._printer_states: dict[str, LivePrinter | None] = {}
        self._task: asyncio.Task[None] | None = None

    @callback
    def async_start(self) -> None:
        self._unsubs.append(
            async_dispatcher_connect(self.hass, SIGNAL_JOB_CHANGED, self._job_changed)
        )
        self._unsubs.append(
            async_dispatcher_connect(
                self.hass, SIGNAL_CONFIG_ENTRY_CHANGED, self._entry_changed
            )
        )
        for entry in self.hass.config_entries.async_loaded_entries(DOMAIN):
            self._watch(entry)
        self._printer_states = dict(live_printers(self.hass))
        self._task = self.hass.async_create_background_task(
            self._run(), f"{DOMAIN} websocket subscription {self.msg_id}"
        )

    @callback
    def async_stop(self) -> None:
        for unsub in (*self._unsubs, *self._coordinators.values()):
            unsub()
        self._unsubs.clear()
        self._coordinators.clear()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    # -------------------------------------------------------------- sources (event loop)
    @callback
    def _put(self, kind: str, value: str) -> None:
        if (kind, value) in self._pending:
            return
        self._pending.add((kind, value))
        self._queue.put_nowait((kind, value))

    @callback
    def _job_changed(self, job_id: str, deleted: bool, _printer_id: str = "") -> None:
        if not job_id:
            self._put("jobs", "")
        else:
            self._put("deleted" if deleted else "job", job_id)

    @callback
    def _entry_changed(self, change: ConfigEntryChange, entry: ConfigEntry) -> None:
        if entry.domain != DOMAIN:
            return
        if (
            entry.state is ConfigEntryState.LOADED
            and change is not ConfigEntryChange.REMOVED
        ):
            self._watch(entry)
        elif (unsub := self._coordinators.pop(entry.entry_id, None)) is not None:
            unsub()
        self._printers_changed()

    @callback
    def _watch(self, entry: ConfigEntry) -> None:
        if entry.entry_id in self._coordinators:
            return
        coordinator = getattr(getattr(entry, "runtime_data", None), "coordinator", None)
        if coordinator is None:
            return
        self._coordinators[entry.entry_id] = coordinator.async_add_listener(
            self._printers_changed
        )

    @callback
    def _printers_changed(self) -> None:
        """Queue the printers whose connection, state or current job changed."""
        live = live_printers(self.hass)
        for printer_id in set(live) | set(self._printer_states):
            now = live.get(printer_id)
            if now != self._printer_states.get(printer_id):
                self._printer_states[printer_id] = now
                self._put("printer", printer_id)

    # -------------------------------------------------------------- sender
    async def _run(self) -> None:
        while True:
            kind, value = await self._queue.get()
            self._pending.discard((kind, value))
            try:
                event = await self._event(kind, value)
            except StoreError as err:
                LOGGER.debug("Cannot push %s %s: %s", kind, value, err)
                continue
            except ApiError:
                continue
            if event is not None:
                self.connection.send_event(self.msg_id, event)

    async def _event(self, kind: str, value: str) -> dict[str, Any] | None:
        if kind == "jobs":
            return {"type": "jobs_changed"}
        if kind == "deleted":
            return {"type": "job_deleted", "job_id": value}
        store = operation_context(self.hass, is_admin=False).get_store()
        if kind == "job":
            try:
                record = await store.get_job_record(value)
            except JobNotFoundError:
                return {"type": "job_deleted", "job_id": value}
            return {"type": "job_changed", "job": job_item(record)}
        try:
            printer = await store.get_printer(value)
        except StoreError:
            return None
        live = live_printers(self.hass).get(value)
        return {
            "type": "printer",
            "printer": await printer_object(store, printer, live),
        }


@websocket_command(_command_schema(f"{DOMAIN}/subscribe"))
@callback
def ws_subscribe(
    hass: HomeAssistant, connection: ActiveConnection, msg: dict[str, Any]
) -> None:
    """Push job changes (``job_changed``, ``job_deleted``, ``jobs_changed``) and printer states."""
    subscription = _Subscription(hass, connection, msg["id"])
    connection.subscriptions[msg["id"]] = subscription.async_stop
    subscription.async_start()
    connection.send_result(msg["id"])


COMMANDS: Final = (
    *(command(operation) for operation in OPERATIONS if operation.websocket),
    ws_subscribe,
)


@callback
def async_register_commands(hass: HomeAssistant) -> None:
    """Register the websocket commands."""
    for command in COMMANDS:
        async_register_command(hass, command)
