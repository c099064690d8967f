"""
An async Moonraker client: HTTP requests and a JSON-RPC 2.0 websocket with live printer state.

HA-free (aiohttp only, with the session injected), so it could be published on its own. One
:class:`MoonrakerClient` talks to one Moonraker instance:

* :meth:`MoonrakerClient.request` and the typed helpers (``server_info``, ``history_list`` …) use HTTP;
* :meth:`MoonrakerClient.run` keeps a websocket open for as long as it runs: it identifies itself,
  waits for Klippy to be ready, subscribes to the printer fields a print logger reads, merges the
  partial diffs of ``notify_status_update`` into full state and hands everything to a
  :class:`MoonrakerListener`. When the connection drops it reconnects with backoff (5 s, 10 s, 30 s,
  then every 60 s, with jitter), and starts again from a fresh subscription.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
import contextlib
import itertools
import json
import logging
import random
import time
from typing import Any, Final, Protocol

import aiohttp

from .errors import (
    MoonrakerAuthError,
    MoonrakerConnectionError,
    MoonrakerError,
    MoonrakerNotFoundError,
    MoonrakerProtocolError,
    MoonrakerRequestError,
    MoonrakerTimeoutError,
)
from .http_api import MoonrakerHttp
from .spoolman import parse_spool_id, parse_status

_LOGGER = logging.getLogger(__name__)

CLIENT_NAME: Final = "Print Logger"
CLIENT_VERSION: Final = "0.1.0"
CLIENT_URL: Final = "https://github.com/print-logger/print_logger"

# The printer fields the tracker, the entities and the events read, and nothing else: Moonraker
# only pushes the subscribed fields that change, so an idle printer sends no status at all
# (temperatures, positions and the toolhead's clock would otherwise arrive several times a second).
SUBSCRIPTION: Final[Mapping[str, Sequence[str] | None]] = {
    "print_stats": [
        "state",
        "filename",
        "message",
        "print_duration",
        "total_duration",
        "filament_used",
        "info",
    ],
    "virtual_sdcard": ["progress"],
    "display_status": ["progress"],
    "webhooks": ["state", "state_message"],
}

BACKOFF: Final = (5.0, 10.0, 30.0, 60.0)
"""Seconds to wait before each reconnection attempt; the last one repeats."""
STABLE_AFTER: Final = 60.0
"""A connection that stayed up this long resets the backoff."""
IDLE_TIMEOUT: Final = 60.0
"""Moonraker pushes process statistics every second: this long without a message is a dead link."""
KLIPPY_POLL: Final = 5.0
"""While Klippy is not ready, ask Moonraker about it this often (in case a notification is missed)."""


class MoonrakerListener(Protocol):
    """What :meth:`MoonrakerClient.run` tells about the printer; called on the event loop, in order."""

    def on_connection(self, connected: bool) -> None:
        """Handle the websocket to Moonraker going up or down."""

    def on_klippy_state(
        self, state: str, message: str | None, *, notification: bool
    ) -> None:
        """
        Handle Klippy's state: ``ready``, ``startup``, ``shutdown``, ``error`` or ``disconnected``.

        ``notification`` is True when Moonraker announced a change (``notify_klippy_*``), False when
        the state was read after connecting.
        """

    def on_status(self, status: Mapping[str, Any]) -> None:
        """Handle a change of the merged full state of the subscribed printer objects."""

    def on_history_changed(self, action: str, job: Mapping[str, Any]) -> None:
        """Handle Moonraker's job history having ``added`` or ``finished`` a job."""

    def on_filelist_changed(self, action: str, item: Mapping[str, Any]) -> None:
        """Handle a file in Moonraker's roots being created, modified, moved or deleted."""

    async def on_ready(self) -> None:
        """Handle Klippy being ready with the subscription in place (after each (re)connect)."""

    def on_spoolman(self, connected: bool | None, spool_id: int | None) -> None:
        """
        Handle Moonraker's ``[spoolman]``: whether Spoolman is connected and the active spool.

        Called after connecting (``connected`` None when Moonraker has no ``[spoolman]``), and
        on ``notify_spoolman_status_changed`` and ``notify_active_spool_set``.
        """


class MoonrakerClient(MoonrakerHttp):
    """One Moonraker instance, over HTTP (:class:`MoonrakerHttp`) and a websocket."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        host: str,
        port: int = 7125,
        *,
        ssl: bool = False,
        api_key: str | None = None,
        request_timeout: float = 10.0,
        backoff: Sequence[float] = BACKOFF,
        client_name: str = CLIENT_NAME,
        client_version: str = CLIENT_VERSION,
    ) -> None:
        """Describe the Moonraker to talk to; nothing is opened until a request or :meth:`run`."""
        super().__init__(
            session,
            host,
            port,
            ssl=ssl,
            api_key=api_key,
            request_timeout=request_timeout,
        )
        self.backoff = tuple(backoff)
        self._client_name = client_name
        self._client_version = client_version
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._status: dict[str, dict[str, Any]] = {}
        self._subscribed = False
        self._early_diffs: list[Mapping[str, Any]] | None = None
        self._klippy_changed = asyncio.Event()
        self._reported_state: str | None = None
        self._outage = False
        self.connected = False
        self.klippy_state: str | None = None
        self.last_server_info: dict[str, Any] = {}
        """What ``server.info`` said last over the websocket (versions, components)."""
        self.spoolman_connected: bool | None = None
        """Whether Moonraker's ``[spoolman]`` is connected to Spoolman (None: no ``[spoolman]``)."""
        self.active_spool: int | None = None
        """Moonraker's active spool."""

    # ------------------------------------------------------------------ addresses
    @property
    def websocket_url(self) -> str:
        """Return Moonraker's websocket URL."""
        return f"{'wss' if self.ssl else 'ws'}{self.base_url.removeprefix('http')}/websocket"

    @property
    def status(self) -> Mapping[str, Mapping[str, Any]]:
        """Return the merged state of the subscribed printer objects."""
        return self._status

    # ------------------------------------------------------------------ websocket
    async def call(self, method: str, params: Mapping[str, Any] | None = None) -> Any:
        """Call a JSON-RPC method over the open websocket and return its result."""
        ws = self._ws
        if ws is None or ws.closed:
            raise MoonrakerConnectionError("the websocket to Moonraker is not open")
        request_id = next(self._ids)
        message: dict[str, Any] = {
            "jsonrpc": "2.0",
            "method": method,
            "id": request_id,
        }
        if params is not None:
            message["params"] = dict(params)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        try:
            await ws.send_str(json.dumps(message))
            async with asyncio.timeout(self.request_timeout):
                return await future
        except TimeoutError as err:
            raise MoonrakerTimeoutError(
                f"Moonraker did not answer {method} in {self.request_timeout:g} s"
            ) from err
        except (aiohttp.ClientError, ConnectionError) as err:
            raise MoonrakerConnectionError(f"{method}: {err}") from err
        finally:
            self._pending.pop(request_id, None)

    async def run(self, listener: MoonrakerListener) -> None:
        """
        Keep a websocket to Moonraker open and feed ``listener`` until cancelled.

        Connection failures are retried with backoff forever; a rejected API key ends the loop with
        :class:`MoonrakerAuthError` (the user must enter a new one). Any other error (a listener's
        bug in ``on_ready``, an unexpected answer) is logged once with its traceback and retried
        the same way: the loop never ends on its own.
        """
        attempt = 0
        self._outage = False
        logged_unexpected: set[str] = set()
        while True:
            started = time.monotonic()
            try:
                await self._run_once(listener)
            except MoonrakerAuthError:
                raise
            except MoonrakerError as err:
                if not self._outage:
                    _LOGGER.info("Lost Moonraker at %s: %s", self.base_url, err)
                    self._outage = True
                else:
                    _LOGGER.debug("Moonraker at %s: %s", self.base_url, err)
            except Exception as err:
                key = f"{type(err).__qualname__}: {err}"
                if key not in logged_unexpected:
                    logged_unexpected.add(key)
                    _LOGGER.exception(
                        "Unexpected error talking to Moonraker at %s; reconnecting",
                        self.base_url,
                    )
                else:
                    _LOGGER.debug("Moonraker at %s: %s", self.base_url, key)
                self._outage = True
            else:
                _LOGGER.info("Moonraker at %s closed the connection", self.base_url)
                self._outage = True
            if time.monotonic() - started >= STABLE_AFTER:
                attempt = 0
            delay = self.backoff[min(attempt, len(self.backoff) - 1)]
            attempt += 1
            await self._wait_to_reconnect(delay)

    async def _wait_to_reconnect(self, delay: float) -> None:
        """Wait ``delay`` seconds, ±20 % so that a farm's clients do not reconnect in step."""
        await asyncio.sleep(delay * random.uniform(0.8, 1.2))

    async def _run_once(self, listener: MoonrakerListener) -> None:
        """Connect, identify, subscribe and dispatch until the websocket closes."""
        try:
            ws = await self._session.ws_connect(
                self.websocket_url,
                headers=self.headers,
                timeout=aiohttp.ClientWSTimeout(ws_close=self.request_timeout),
                max_msg_size=16 * 1024 * 1024,
            )
        except aiohttp.WSServerHandshakeError as err:
            if err.status in (401, 403):
                raise MoonrakerAuthError(
                    f"Moonraker at {self.base_url} rejected the API key"
                ) from err
            raise MoonrakerConnectionError(
                f"websocket handshake failed: {err}"
            ) from err
        except (aiohttp.ClientError, TimeoutError, OSError) as err:
            raise MoonrakerConnectionError(
                f"Cannot reach Moonraker at {self.base_url}: {err}"
            ) from err
        self._ws = ws
        self._status = {}
        self._subscribed = False
        self._reported_state = None
        reader = asyncio.ensure_future(self._read(ws, listener))
        setup = asyncio.ensure_future(self._setup(listener))
        try:
            self.connected = True
            listener.on_connection(True)
            done, _ = await asyncio.wait(
                (reader, setup), return_when=asyncio.FIRST_EXCEPTION
            )
            # _setup only ends by raising; the reader ends when the socket closes.
            for task in done:
                task.result()
            await reader
        finally:
            for task in (setup, reader):
                if not task.done():
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError, MoonrakerError):
                        await task
                elif not task.cancelled():
                    # Both can fail as the socket closes (the reader sees the close, a pending
                    # call of the setup its end): only the first error is raised; the other is
                    # retrieved here, or asyncio reports it as never retrieved.
                    task.exception()
            self._ws = None
            for future in self._pending.values():
                if not future.done():
                    future.set_exception(
                        MoonrakerConnectionError("the websocket closed")
                    )
            self._pending.clear()
            await ws.close()
            if self.connected:
                self.connected = False
                listener.on_connection(False)

    async def _setup(self, listener: MoonrakerListener) -> None:
        """Identify, then (re)subscribe every time Klippy becomes ready."""
        identify: dict[str, Any] = {
            "client_name": self._client_name,
            "version": self._client_version,
            "type": "other",
            "url": CLIENT_URL,
        }
        if self.api_key:
            identify["api_key"] = self.api_key
        await self.call("server.connection.identify", identify)
        if self._outage:
            self._outage = False
            _LOGGER.info("Connection to Moonraker at %s restored", self.base_url)
        while True:
            info = await self.call("server.info")
            if isinstance(info, Mapping):
                self.last_server_info = dict(info)
            await self._read_spoolman(listener)
            state = str(info.get("klippy_state") or "disconnected")
            self._set_klippy_state(listener, state, None, notification=False)
            if state == "ready":
                await self._subscribe(listener)
                await listener.on_ready()
                # Klippy restarts, shuts down and comes back while we stay connected: wait for that.
                while self.klippy_state == "ready":
                    await self._next_klippy_change()
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(KLIPPY_POLL):
                    while self.klippy_state != "ready":
                        await self._next_klippy_change()

    async def _read_spoolman(self, listener: MoonrakerListener) -> None:
        """Read ``[spoolman]``'s state after connecting (nothing asked when Moonraker has none)."""
        components = self.last_server_info.get("components")
        if not isinstance(components, list) or "spoolman" not in components:
            self.spoolman_connected = None
            self.active_spool = None
            listener.on_spoolman(None, None)
            return
        connected, spool_id = parse_status(await self.call("server.spoolman.status"))
        self.spoolman_connected, self.active_spool = connected, spool_id
        listener.on_spoolman(connected, spool_id)

    async def _next_klippy_change(self) -> None:
        """Wait for the next change of Klippy's state."""
        await self._klippy_changed.wait()

    async def _subscribe(self, listener: MoonrakerListener) -> None:
        """Subscribe to the printer objects and deliver the full state."""
        objects = {
            name: (list(fields) if fields is not None else None)
            for name, fields in SUBSCRIPTION.items()
        }
        # Diffs can be read before this coroutine resumes with the result: keep them for later.
        self._early_diffs = []
        try:
            result = await self.call("printer.objects.subscribe", {"objects": objects})
            early = self._early_diffs
        finally:
            self._early_diffs = None
        status = result.get("status") if isinstance(result, Mapping) else None
        if not isinstance(status, Mapping):
            raise MoonrakerProtocolError("printer.objects.subscribe without status")
        self._status = {
            str(name): dict(fields)
            for name, fields in status.items()
            if isinstance(fields, Mapping)
        }
        for diff in early:
            self._merge(diff)
        self._subscribed = True
        listener.on_status(self._status)

    def _set_klippy_state(
        self,
        listener: MoonrakerListener,
        state: str,
        message: str | None,
        *,
        notification: bool,
    ) -> None:
        """Record Klippy's state, wake whoever waits for a change, tell the listener once."""
        self.klippy_state = state
        if state != "ready":
            self._subscribed = False
        changed, self._klippy_changed = self._klippy_changed, asyncio.Event()
        changed.set()
        if notification or state != self._reported_state:
            self._reported_state = state
            listener.on_klippy_state(state, message, notification=notification)

    async def _read(
        self, ws: aiohttp.ClientWebSocketResponse, listener: MoonrakerListener
    ) -> None:
        """Read messages until the socket closes; answer pending calls and dispatch notifications."""
        while True:
            try:
                msg = await ws.receive(timeout=IDLE_TIMEOUT)
            except TimeoutError as err:
                # A half-open connection (Wi-Fi gone without a FIN) is only found by silence.
                raise MoonrakerConnectionError(
                    f"nothing from Moonraker in {IDLE_TIMEOUT:g} s"
                ) from err
            if msg.type in (
                aiohttp.WSMsgType.CLOSE,
                aiohttp.WSMsgType.CLOSING,
                aiohttp.WSMsgType.CLOSED,
            ):
                break
            if msg.type is aiohttp.WSMsgType.ERROR:
                raise MoonrakerConnectionError(f"websocket error: {ws.exception()}")
            if msg.type is not aiohttp.WSMsgType.TEXT:
                continue
            try:
                data = json.loads(msg.data)
            except ValueError:
                _LOGGER.warning("Ignoring a message from Moonraker that is not JSON")
                continue
            if not isinstance(data, Mapping):
                _LOGGER.warning(
                    "Ignoring a message from Moonraker that is not an object"
                )
                continue
            try:
                self._dispatch(data, listener)
            except MoonrakerError:
                raise
            except Exception:
                # A listener bug must not take the connection down; it is logged with the message.
                _LOGGER.exception("Error handling Moonraker message %.200s", msg.data)
        raise MoonrakerConnectionError(
            f"Moonraker closed the websocket ({ws.close_code})"
        )

    def _dispatch(self, data: Mapping[str, Any], listener: MoonrakerListener) -> None:
        """Handle one JSON-RPC message."""
        if "id" in data and ("result" in data or "error" in data):
            future = (
                self._pending.get(data["id"]) if isinstance(data["id"], int) else None
            )
            if future is None or future.done():
                return
            if "error" in data:
                error = data["error"] if isinstance(data["error"], Mapping) else {}
                code = error.get("code")
                message = str(error.get("message") or "error")
                future.set_exception(
                    _rpc_error(message, code if isinstance(code, int) else None)
                )
            else:
                future.set_result(data["result"])
            return
        method = data.get("method")
        params = data.get("params")
        args: list[Any] = list(params) if isinstance(params, list) else []
        match method:
            case "notify_status_update":
                if not args or not isinstance(args[0], Mapping):
                    return
                if self._subscribed:
                    if self._merge(args[0]):
                        listener.on_status(self._status)
                elif self._early_diffs is not None:
                    self._early_diffs.append(args[0])
            case "notify_klippy_ready":
                self._set_klippy_state(listener, "ready", None, notification=True)
            case "notify_klippy_shutdown":
                self._set_klippy_state(
                    listener, "shutdown", self._shutdown_message(), notification=True
                )
            case "notify_klippy_disconnected":
                self._set_klippy_state(
                    listener, "disconnected", None, notification=True
                )
            case "notify_history_changed":
                if args and isinstance(args[0], Mapping):
                    action = str(args[0].get("action") or "")
                    job = args[0].get("job")
                    if isinstance(job, Mapping):
                        listener.on_history_changed(action, job)
            case "notify_active_spool_set":
                self.active_spool = parse_spool_id(args)
                listener.on_spoolman(self.spoolman_connected, self.active_spool)
            case "notify_spoolman_status_changed":
                if args and isinstance(args[0], Mapping):
                    self.spoolman_connected = args[0].get("spoolman_connected") is True
                    listener.on_spoolman(self.spoolman_connected, self.active_spool)
            case "notify_filelist_changed":
                if args and isinstance(args[0], Mapping):
                    item = args[0].get("item")
                    listener.on_filelist_changed(
                        str(args[0].get("action") or ""),
                        item if isinstance(item, Mapping) else {},
                    )
            case _:
                pass

    def _shutdown_message(self) -> str | None:
        """Return why Klippy shut down, as far as the state received so far says."""
        webhooks = self._status.get("webhooks") or {}
        print_stats = self._status.get("print_stats") or {}
        for value in (
            webhooks.get("state_message")
            if webhooks.get("state") == "shutdown"
            else None,
            print_stats.get("message"),
        ):
            if isinstance(value, str) and value.strip():
                return value.strip().splitlines()[0].strip()
        return None

    async def refresh_status(self) -> Mapping[str, Mapping[str, Any]]:
        """
        Read the subscribed printer objects again (``printer.objects.query``) into the merged state.

        Returns the merged state; raises :class:`MoonrakerError` when Klippy or the websocket is
        not there.
        """
        if not self._subscribed:
            raise MoonrakerConnectionError("not subscribed to the printer's state")
        objects = {
            name: (list(fields) if fields is not None else None)
            for name, fields in SUBSCRIPTION.items()
        }
        result = await self.call("printer.objects.query", {"objects": objects})
        status = result.get("status") if isinstance(result, Mapping) else None
        if not isinstance(status, Mapping):
            raise MoonrakerProtocolError("printer.objects.query without status")
        self._merge(status)
        return self._status

    def _merge(self, diff: Mapping[str, Any]) -> bool:
        """
        Merge a ``notify_status_update`` diff into the full state (objects replace by field).

        Returns whether a value changed (Moonraker can repeat values, e.g. after a query).
        """
        changed = False
        for name, fields in diff.items():
            if not isinstance(fields, Mapping):
                continue
            target = self._status.setdefault(str(name), {})
            for key, value in fields.items():
                current = target.get(key)
                if (
                    isinstance(value, Mapping)
                    and isinstance(current, Mapping)
                    and key == "info"
                ):
                    # print_stats.info arrives as partial dicts too.
                    value = {**current, **value}
                if key not in target or current != value:
                    target[key] = value
                    changed = True
        return changed


def _rpc_error(message: str, code: int | None) -> MoonrakerError:
    """
    Map a JSON-RPC error to a typed error.

    Moonraker uses HTTP codes there too, except for a rejected API key on the websocket, which comes
    as ``-32602 Unauthorized``, or ``Invalid API Key`` for a wrong key given to
    ``server.connection.identify`` (seen with Moonraker 0.11).
    """
    text = message.strip().lower()
    if code in (401, 403) or text in ("unauthorized", "forbidden") or "api key" in text:
        return MoonrakerAuthError(message)
    if code == 404:
        return MoonrakerNotFoundError(message, code)
    return MoonrakerRequestError(message, code)
