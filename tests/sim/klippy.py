"""An asyncio Klippy simulator that speaks Klippy's webhooks protocol to a real Moonraker.

It listens on a unix socket (Moonraker's ``klippy_uds_address``) and answers JSON requests ended by
0x03 as Klippy does: ``info``, ``list_endpoints``, ``objects/list|query|subscribe`` (with status diffs
pushed through the subscriber's ``response_template`` every 0.25 s), ``gcode/script|help|restart|
firmware_restart|subscribe_output``, ``register_remote_method``, ``pause_resume/pause|resume|cancel``
and ``emergency_stop``. It prints real G-code files from Moonraker's gcodes folder
(``SDCARD_PRINT_FILE``), line by line, with move times from feed rates and acceleration, heaters
that take time to heat, ``print_stats``/``virtual_sdcard``/``display_status``/``exclude_object``
moving as Klipper moves them. The machine runs ``speed`` times faster than a real one (a simulated
clock paces moves and heaters), while every time it reports (``eventtime``, ``print_stats``'
durations) is wall-clock time, the time Moonraker's history and Home Assistant see. Klippy's states
are all there: ``startup`` (about a second), ``ready``, ``shutdown`` (M112, an MCU error), ``error``
(``fail_start``: a config or MCU failure at start) and the socket gone for a second on RESTART
and FIRMWARE_RESTART, as klippy.py does.

Run in-process on the caller's event loop (``await sim.start()`` ... ``await sim.stop()``) — it never
blocks the loop — or as a process: ``python -m tests.sim --socket PATH --gcodes DIR``.

Where it is not Klipper:

- The machine is fast, not time: a print that would take an hour takes ``3600 / speed`` seconds,
  and ``print_stats`` says so (``machine_stats`` is the same on the machine's clock, near the
  slicer's estimate). Moonraker sees status pushes every 0.25 real seconds, so coarser steps of
  the print at a high speed factor.
- ``print_stats`` is polled every 0.25 simulated seconds by the print loop, and the filament is
  counted up to the end of a print (Klipper counts it only up to its last status poll).
- Without ``SET_PRINT_STATS_INFO`` in a file, layers come from slicer comments (``;LAYER_CHANGE``,
  ``;LAYER:n``, ``;LAYER_COUNT:n``), as if the slicer's layer-change G-code had sent them.
- The idle timeout never fires while paused (a PAUSE macro normally raises it).
- Motion is approximate (no look-ahead junctions, no input shaping; cartesian only; a move takes
  ``d / min(v, sqrt(a*d))``); heaters ramp linearly and settle exactly (no PID noise).
- Only a subset of G-code exists (see ``_register_gcode``); unknown commands answer
  ``// Unknown command:"X"`` as Klippy does. No Jinja macros except ``M600`` → ``PAUSE``, no bed mesh,
  firmware retraction or SAVE_CONFIG; remote methods are registered but never called. An excluded
  object's moves take no time and no filament (Klipper also skips the travel into the next one).
- ``objects/subscribe`` is answered at once, not at the next 0.25 s poll; ``M112`` in
  ``gcode/script`` shuts down without waiting for the G-code mutex.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable
import contextlib
from dataclasses import dataclass, field
import json
import logging
import math
import os
from pathlib import Path
import sys
import time
from typing import IO, Any, NamedTuple, Self

from .gcode import (
    LAYER_CHANGE_RE,
    CommandError,
    GCodeCommand,
    count_layers,
    extended_params,
    is_traditional,
    parse_line,
)
from .model import (
    DisplayStatus,
    Heater,
    IdleTimeout,
    MachineLimits,
    Motion,
    PrintStats,
    SimClock,
)

_LOGGER = logging.getLogger(__name__)

MESSAGE_READY = "Printer is ready"
MESSAGE_STARTUP = """Printer is not ready
The klippy host software is attempting to connect.  Please
retry in a few moments.
"""
MESSAGE_RESTART = """
Once the underlying issue is corrected, use the "RESTART"
command to reload the config and restart the host software.
Printer is halted
"""
MESSAGE_MCU_CONNECT_ERROR = """
Once the underlying issue is corrected, use the
"FIRMWARE_RESTART" command to reset the firmware, reload the
config, and restart the host software.
Error configuring printer
"""
# Klipper's messages for the two kinds of start failure (``fail_start``)
START_FAILURES = {
    "config": "Option 'step_pin' in section 'stepper_x' must be specified",
    "mcu": (
        "mcu 'mcu': Unable to connect: The specified serial path for MCU 'mcu' does not "
        "exist. Ensure the MCU is correctly flashed and connected. Verify with "
        "\u201cls /dev/serial/by-id/*\u201d."
    ),
}
MESSAGE_SHUTDOWN = """
Once the underlying issue is corrected, use the
"FIRMWARE_RESTART" command to reset the firmware, reload the
config, and restart the host software.
Printer is shutdown
"""
BUFFER_LIMIT = 20 * 1024 * 1024
READ_SIZE = 64 * 1024
YIELD_EVERY = 200  # lines executed between two yields to the event loop
VALID_GCODE_EXTS = ("gcode", "g", "gco")


def wall_time() -> float:
    """Return Klippy's ``eventtime`` clock: the wall's monotonic seconds.

    ``print_stats`` durations and every ``eventtime`` run on it, so they agree with the wall-clock
    ``start_time``/``end_time`` Moonraker writes in its history and with Home Assistant's clock.
    The machine (moves, heaters, the idle timeout, ``toolhead.print_time``) runs on the faster
    :class:`SimClock`.
    """
    return time.monotonic()


class WebRequestError(CommandError):
    """An endpoint failed (Klipper's ``webhooks.WebRequestError``)."""


@dataclass
class SimConfig:
    """Everything about the simulated printer that is not per-print.

    Times marked *real* are wall-clock seconds; every other duration is simulated time.
    """

    speed: float = 1.0
    hostname: str = "sim-printer"
    software_version: str = "v0.13.0-sim"
    cpu_info: str = "2 core Simulated CPU"
    # real: how long a (re)started Klippy stays in "startup" (reading printer.cfg, identifying
    # and configuring the MCU: about a second with a USB MCU)
    startup_time: float = 1.0
    # real: how long the socket is gone on RESTART / FIRMWARE_RESTART (klippy.py sleeps 1 s
    # between two runs of its Printer)
    restart_delay: float = 1.0
    # real: what FIRMWARE_RESTART adds (serialhdl.arduino_reset: three 0.1 s steps of DTR)
    firmware_reset_time: float = 0.3
    status_interval: float = 0.25  # real: subscription push period (Klippy's 0.25 s)
    idle_timeout: float = 600.0
    layers_from_comments: bool = True
    require_homing: bool = True
    min_extrude_temp: float | None = None
    limits: MachineLimits = field(default_factory=MachineLimits)
    extruder_heat_rate: float = 2.5  # °C per simulated second
    bed_heat_rate: float = 0.8
    klipper_path: Path | None = None
    config_file: Path | None = None
    log_file: Path | None = None
    write_files: bool = (
        True  # write printer.cfg, an empty klippy.log and klipper/{config,docs}
    )


class _Client:
    """One connection to the webhooks socket (Moonraker, or its websocket bridge)."""

    def __init__(self, writer: asyncio.StreamWriter) -> None:
        self.writer = writer
        self.closed = False
        self.info: dict[str, Any] | None = None

    def send(self, data: dict[str, Any]) -> None:
        if self.closed:
            return
        try:
            self.writer.write(
                json.dumps(data, separators=(",", ":")).encode() + b"\x03"
            )
        except ConnectionError, RuntimeError:
            self.close()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.writer.close()


class _Opened(NamedTuple):
    """A G-code file opened for printing, with what its scan found."""

    path: Path
    handle: IO[bytes]
    size: int
    layers: int | None
    sets_info: bool


class _SdFile:
    """The file being printed, read in chunks off the event loop."""

    def __init__(self, path: Path, handle: IO[bytes], size: int) -> None:
        self.path = path
        self.handle = handle
        self.size = size
        self._lines: deque[bytes] = deque()
        self._partial = b""
        self._eof = False

    async def seek(self, position: int) -> None:
        await asyncio.to_thread(self.handle.seek, position)
        self._lines.clear()
        self._partial = b""
        self._eof = False

    async def next_line(self) -> bytes | None:
        """Return the next line without its newline, or ``None`` at the end (Klipper drops an
        unterminated last line the same way)."""
        while not self._lines:
            if self._eof:
                return None
            data = await asyncio.to_thread(self.handle.read, READ_SIZE)
            if not data:
                self._eof = True
                return None
            lines = (self._partial + data).split(b"\n")
            self._partial = lines.pop()
            self._lines.extend(lines)
        return self._lines.popleft()

    async def close(self) -> None:
        await asyncio.to_thread(self.handle.close)


def _write_support_files(
    config_file: Path, config_text: str, log_file: Path, klipper_path: Path
) -> None:
    """Lay out what a Klipper install has next to Moonraker's data folder (runs in a thread)."""
    if config_file.parent.is_dir() and not config_file.exists():
        config_file.write_text(config_text, encoding="utf-8")
    if log_file.parent.is_dir() and not log_file.exists():
        log_file.touch()
    for sub in ("config", "docs", "klippy"):
        (klipper_path / sub).mkdir(parents=True, exist_ok=True)


def _find_file(root: Path, filename: str) -> Path | None:
    """Klipper's lookup: exact relative path, else a case-insensitive match (runs in a thread)."""
    exact = root / filename
    if exact.is_file() and exact.resolve().is_relative_to(root.resolve()):
        return exact
    lower = filename.lower()
    for dirpath, _dirs, files in os.walk(root, followlinks=True):
        for name in files:
            if name.rsplit(".", 1)[-1] not in VALID_GCODE_EXTS:
                continue
            full = Path(dirpath) / name
            if str(full.relative_to(root)).lower() == lower:
                return full
    return None


def _open_and_scan(
    path: Path, scan_layers: bool
) -> tuple[IO[bytes], int, int | None, bool]:
    """Open a G-code file; return it, its size, its layer count and whether it sets layers itself."""
    handle = path.open("rb")
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    handle.seek(0)
    layers: int | None = None
    sets_info = False
    if scan_layers:
        data = path.read_bytes()
        sets_info = b"SET_PRINT_STATS_INFO" in data.upper()
        layers = count_layers(data)
    return handle, size, layers, sets_info


class KlippySimulator:
    """A simulated Klippy host on a unix socket.

    ``socket_path`` is where Moonraker expects Klippy (``klippy_uds_address``); ``gcodes_dir`` is
    Moonraker's gcodes folder (reported as ``[virtual_sdcard] path``).
    """

    def __init__(
        self,
        socket_path: Path | str,
        gcodes_dir: Path | str,
        *,
        speed: float | None = None,
        config: SimConfig | None = None,
    ) -> None:
        """Prepare the simulator (nothing runs before :meth:`start`)."""
        self.config = config or SimConfig()
        if speed is not None:
            self.config.speed = speed
        self.socket_path = Path(socket_path)
        self.gcodes_dir = Path(gcodes_dir)
        data_dir = self.gcodes_dir.parent
        self.klipper_path = self.config.klipper_path or data_dir / "klipper"
        self.config_file = (
            self.config.config_file or data_dir / "config" / "printer.cfg"
        )
        self.log_file = self.config.log_file or data_dir / "logs" / "klippy.log"
        self.clock = SimClock(self.config.speed)
        self.extruder_heater = Heater(
            "extruder", self.config.extruder_heat_rate, 90.0, 280.0
        )
        self.bed_heater = Heater("heater_bed", self.config.bed_heat_rate, 400.0, 120.0)
        self.gcode_responses: deque[str] = deque(maxlen=500)
        self.boot_count = 0
        self._server: asyncio.Server | None = None
        self._clients: set[_Client] = set()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._running = False
        self._exiting = False
        self._restart_task: asyncio.Task[None] | None = None
        self._start_failure: tuple[str, str] | None = None
        self._endpoints: dict[
            str, Callable[[_Client, dict[str, Any]], Awaitable[Any]]
        ] = {
            "list_endpoints": self._ep_list_endpoints,
            "info": self._ep_info,
            "emergency_stop": self._ep_emergency_stop,
            "register_remote_method": self._ep_register_remote_method,
            "gcode/help": self._ep_gcode_help,
            "gcode/script": self._ep_gcode_script,
            "gcode/restart": self._ep_gcode_restart,
            "gcode/firmware_restart": self._ep_gcode_firmware_restart,
            "gcode/subscribe_output": self._ep_subscribe_output,
            "objects/list": self._ep_objects_list,
            "objects/query": self._ep_objects_query,
            "objects/subscribe": self._ep_objects_subscribe,
            "pause_resume/cancel": self._ep_cancel,
            "pause_resume/pause": self._ep_pause,
            "pause_resume/resume": self._ep_resume,
        }
        self._handlers: dict[
            str, tuple[Callable[[GCodeCommand], Awaitable[None]], str]
        ] = {}
        self._base_handlers: dict[
            str, tuple[Callable[[GCodeCommand], Awaitable[None]], str]
        ] = {}
        self._register_gcode()
        self._new_printer()

    # ------------------------------------------------------------------ lifecycle

    @property
    def running(self) -> bool:
        """Return whether the simulated Klippy process exists (it may be restarting)."""
        return self._running

    @property
    def speed(self) -> float:
        """Return simulated seconds per real second."""
        return self.clock.speed

    def set_speed(self, speed: float) -> None:
        """Change the speed factor; takes effect at once, also mid-print."""
        self.clock.set_speed(speed)
        self.config.speed = speed

    async def start(self) -> None:
        """Start the Klippy "process": listen, be ``startup`` for a moment, then ``ready``."""
        if self._running:
            return
        self._running = True
        await self._boot()

    async def stop(self) -> None:
        """Kill the Klippy "process" at once: the socket closes, nothing more is sent."""
        self._running = False
        if (
            self._restart_task is not None
            and self._restart_task is not asyncio.current_task()
        ):
            self._restart_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._restart_task
        self._restart_task = None
        await self._teardown()

    async def __aenter__(self) -> Self:
        """Start on entry."""
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        """Stop on exit."""
        await self.stop()

    def _spawn(self, coro: Awaitable[Any], name: str) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        task.set_name(f"klippy-sim {name}")
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (exc := task.exception()) is not None:
            _LOGGER.error("simulator task %s failed", task.get_name(), exc_info=exc)

    def _new_printer(self) -> None:
        """Fresh per-process state, as a newly started Klippy has."""
        now = self.clock.now()
        self.state = "startup"
        self.state_message = MESSAGE_STARTUP
        self._exiting = False
        self.boot_time = now
        self.motion = Motion(
            limits=self.config.limits, require_homing=self.config.require_homing
        )
        self.print_stats = (
            PrintStats()
        )  # on the wall clock: what Moonraker and HA are told
        self._machine_stats = (
            PrintStats()
        )  # the same on the machine's (simulated) clock
        self.display = DisplayStatus()
        self.idle = IdleTimeout(self.config.idle_timeout)
        self.extruder_heater.restart(now)
        self.bed_heater.restart(now)
        self.fan_speed = 0.0
        self.print_time = now
        self.is_paused = False
        self.sd_paused = False
        self.pause_command_sent = False
        self.file_position = 0
        self.file_size = 0
        self._sd: _SdFile | None = None
        self._work_task: asyncio.Task[None] | None = None
        self._must_pause = False
        self._cmd_from_sd = False
        self._wake = asyncio.Event()
        self._inject_error: str | None = None
        self._gcode_lock = asyncio.Lock()
        self._comment_layers = False
        self._comment_layer_total: int | None = None
        self._comment_layer = 0
        self._subscriptions: dict[
            _Client, tuple[dict[str, list[str] | None], dict[str, Any]]
        ] = {}
        self._last_query: dict[str, dict[str, Any]] = {}
        self._output_clients: dict[_Client, dict[str, Any]] = {}
        self._remote_methods: dict[str, dict[_Client, dict[str, Any]]] = {}
        self._lines_since_yield = 0
        self._exclude_reset()
        self._last_temp_report = 0.0
        self._last_stats_poll = 0.0

    async def _boot(self) -> None:
        self.boot_count += 1
        self._new_printer()
        if self.config.write_files:
            await asyncio.to_thread(
                _write_support_files,
                self.config_file,
                self._config_text(),
                self.log_file,
                self.klipper_path,
            )
        await asyncio.to_thread(self._remove_socket_file)
        self._server = await asyncio.start_unix_server(
            self._on_client, path=str(self.socket_path), limit=BUFFER_LIMIT
        )
        self._spawn(self._tick_loop(), "status")
        self._spawn(self._become_ready(), "connect")
        _LOGGER.debug("klippy sim listening on %s", self.socket_path)

    def _remove_socket_file(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.socket_path.unlink()

    async def _become_ready(self) -> None:
        await asyncio.sleep(self.config.startup_time)
        if self.state != "startup":
            return
        if self._start_failure is not None:
            # Klippy's "error" state: the config or the MCU failed at start (klippy.py _connect)
            kind, message = self._start_failure
            self.state = "error"
            if kind == "mcu":
                self.state_message = message + MESSAGE_MCU_CONNECT_ERROR
            else:
                self.state_message = f"{message}\n{MESSAGE_RESTART}"
            _LOGGER.debug("klippy sim error: %s", self.state_message)
            return
        self.state = "ready"
        self.state_message = MESSAGE_READY
        self._respond_state("Ready")

    async def _teardown(self) -> None:
        """Close the socket and every connection; stop every task; keep only the heaters."""
        server, self._server = self._server, None
        for client in list(self._clients):
            client.close()
        self._clients.clear()
        current = asyncio.current_task()
        tasks = [t for t in self._tasks if t is not current]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)
        if server is not None:
            server.close()
            await server.wait_closed()
            await asyncio.to_thread(self._remove_socket_file)
        if self._sd is not None:
            sd, self._sd = self._sd, None
            await sd.close()
        self._work_task = None

    def _begin_restart(self, kind: str) -> None:
        if self._restart_task is not None or not self._running:
            return
        self._restart_task = asyncio.ensure_future(self._restart(kind))
        self._restart_task.set_name(f"klippy-sim {kind}")

    async def _restart(self, kind: str) -> None:
        _LOGGER.debug("klippy sim %s", kind)
        self._respond_state("Disconnect")
        self._exiting = True
        try:
            await asyncio.sleep(0)
            await self._teardown()
            delay = self.config.restart_delay
            if kind == "firmware_restart":
                delay += self.config.firmware_reset_time
            await asyncio.sleep(delay)
            if self._running:
                await self._boot()
        finally:
            self._restart_task = None

    # ------------------------------------------------------------------ protocol

    async def _on_client(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        client = _Client(writer)
        self._clients.add(client)
        try:
            while not client.closed:
                try:
                    data = await reader.readuntil(b"\x03")
                except (
                    asyncio.IncompleteReadError,
                    ConnectionError,
                    asyncio.LimitOverrunError,
                ):
                    break
                try:
                    request = json.loads(data[:-1])
                except ValueError:
                    request = None
                if not isinstance(request, dict):
                    _LOGGER.warning("klippy sim: undecodable request %r", data[:200])
                    continue
                self._spawn(self._process_request(client, request), "request")
        finally:
            client.close()
            self._clients.discard(client)
            self._subscriptions.pop(client, None)
            self._output_clients.pop(client, None)

    async def _dispatch(self, client: _Client, method: Any, params: Any) -> Any:
        if not isinstance(method, str) or not isinstance(params, dict):
            raise WebRequestError("Invalid request type")
        handler = self._endpoints.get(method)
        if handler is None:
            raise WebRequestError(
                f"webhooks: No registered callback for path '{method}'"
            )
        return await handler(client, params)

    async def _process_request(self, client: _Client, request: dict[str, Any]) -> None:
        req_id = request.get("id")
        method = request.get("method")
        _LOGGER.debug("klippy sim request %s %s", method, request.get("params"))
        response: dict[str, Any]
        try:
            result = await self._dispatch(client, method, request.get("params", {}))
            response = {"id": req_id, "result": {} if result is None else result}
        except CommandError as err:
            response = {
                "id": req_id,
                "error": {"error": "WebRequestError", "message": str(err)},
            }
        except Exception as err:
            _LOGGER.exception("klippy sim: internal error on %s", method)
            response = {
                "id": req_id,
                "error": {"error": "WebRequestError", "message": str(err)},
            }
            self.invoke_shutdown(f"Internal Error on WebRequest: {method}")
        if req_id is not None:
            client.send(response)

    @staticmethod
    def _param(params: dict[str, Any], name: str, types: tuple[type, ...]) -> Any:
        if name not in params:
            raise WebRequestError(f"Missing Argument [{name}]")
        value = params[name]
        if not isinstance(value, types):
            raise WebRequestError(f"Invalid Argument Type [{name}]")
        return value

    def _respond_raw(self, msg: str) -> None:
        self.gcode_responses.append(msg)
        for client, template in list(self._output_clients.items()):
            if client.closed:
                del self._output_clients[client]
                continue
            client.send({**template, "params": {"response": msg}})

    def _respond_info(self, msg: str) -> None:
        lines = [line.strip() for line in msg.strip().split("\n")]
        self._respond_raw("// " + "\n// ".join(lines))

    def _respond_error(self, msg: str) -> None:
        lines = msg.strip().split("\n")
        if len(lines) > 1:
            self._respond_info("\n".join(lines))
        self._respond_raw(f"!! {lines[0].strip()}")

    def _respond_state(self, state: str) -> None:
        self._respond_info(f"Klipper state: {state}")

    # ------------------------------------------------------------------ endpoints

    async def _ep_list_endpoints(self, client: _Client, params: dict[str, Any]) -> Any:
        return {"endpoints": list(self._endpoints)}

    async def _ep_info(self, client: _Client, params: dict[str, Any]) -> Any:
        client_info = params.get("client_info")
        if isinstance(client_info, dict):
            client.info = client_info
        return {
            "state": self.state,
            "state_message": self.state_message,
            "hostname": self.config.hostname,
            "klipper_path": str(self.klipper_path),
            "python_path": sys.executable,
            "process_id": os.getpid(),
            "user_id": os.getuid(),
            "group_id": os.getgid(),
            "log_file": str(self.log_file),
            "config_file": str(self.config_file),
            "software_version": self.config.software_version,
            "cpu_info": self.config.cpu_info,
            "app": "Klipper",
        }

    async def _ep_emergency_stop(self, client: _Client, params: dict[str, Any]) -> Any:
        self.invoke_shutdown("Shutdown due to webhooks request")

    async def _ep_register_remote_method(
        self, client: _Client, params: dict[str, Any]
    ) -> Any:
        template = self._param(params, "response_template", (dict,))
        method = self._param(params, "remote_method", (str,))
        self._remote_methods.setdefault(method, {})[client] = template

    async def _ep_gcode_help(self, client: _Client, params: dict[str, Any]) -> Any:
        return {
            name: desc for name, (_h, desc) in sorted(self._handlers.items()) if desc
        }

    async def _ep_gcode_script(self, client: _Client, params: dict[str, Any]) -> Any:
        script = self._param(params, "script", (str,))
        if any(line.strip().upper().startswith("M112") for line in script.split("\n")):
            # Klipper acts on M112 as soon as it sees it, without waiting for the G-code mutex
            self.invoke_shutdown("Shutdown due to M112 command")
            return None
        await self.run_script(script)
        return None

    async def _ep_gcode_restart(self, client: _Client, params: dict[str, Any]) -> Any:
        await self.run_script("restart")

    async def _ep_gcode_firmware_restart(
        self, client: _Client, params: dict[str, Any]
    ) -> Any:
        await self.run_script("firmware_restart")

    async def _ep_subscribe_output(
        self, client: _Client, params: dict[str, Any]
    ) -> Any:
        template = params.get("response_template", {})
        if not isinstance(template, dict):
            raise WebRequestError("Invalid Argument Type [response_template]")
        self._output_clients[client] = template

    async def _ep_objects_list(self, client: _Client, params: dict[str, Any]) -> Any:
        return {"objects": list(self._object_names())}

    def _check_objects(self, params: dict[str, Any]) -> dict[str, list[str] | None]:
        objects = self._param(params, "objects", (dict,))
        for name, items in objects.items():
            if items is not None and (
                not isinstance(items, list)
                or not all(isinstance(i, str) for i in items)
            ):
                raise WebRequestError("Invalid argument")
            if not isinstance(name, str):
                raise WebRequestError("Invalid argument")
        return dict(objects)

    async def _ep_objects_query(self, client: _Client, params: dict[str, Any]) -> Any:
        return self._do_query([self._check_objects(params)])[0]

    async def _ep_objects_subscribe(
        self, client: _Client, params: dict[str, Any]
    ) -> Any:
        objects = self._check_objects(params)
        template = params.get("response_template", {})
        if not isinstance(template, dict):
            raise WebRequestError("Invalid Argument Type [response_template]")
        self._subscriptions.pop(client, None)
        result = self._do_query([objects])[0]
        if not client.closed:
            self._subscriptions[client] = (dict(objects), template)
        return result

    async def _ep_pause(self, client: _Client, params: dict[str, Any]) -> Any:
        await self.run_script("PAUSE")

    async def _ep_resume(self, client: _Client, params: dict[str, Any]) -> Any:
        await self.run_script("RESUME")

    async def _ep_cancel(self, client: _Client, params: dict[str, Any]) -> Any:
        await self.run_script("CANCEL_PRINT")

    # ------------------------------------------------------------------ status

    def _object_names(self) -> list[str]:
        if self.state == "startup":
            return ["webhooks"]
        if self.state == "error":
            # The config (or the MCU) failed before the printer's modules were loaded
            return ["webhooks", "configfile"]
        return [
            "webhooks",
            "configfile",
            "mcu",
            "gcode_move",
            "print_stats",
            "virtual_sdcard",
            "pause_resume",
            "display_status",
            "gcode_macro M600",
            "heaters",
            "heater_bed",
            "fan",
            "idle_timeout",
            "system_stats",
            "toolhead",
            "extruder",
            "motion_report",
            "exclude_object",
        ]

    def get_status(self, name: str, now: float | None = None) -> dict[str, Any]:
        """Return a printer object's status as Klippy's ``get_status`` would ({} if unknown)."""
        if now is None:
            now = self.clock.now()
        getter = {
            "webhooks": lambda: {
                "state": self.state,
                "state_message": self.state_message,
            },
            "configfile": self._configfile_status,
            "mcu": self._mcu_status,
            "gcode_move": self.motion.gcode_move_status,
            "print_stats": lambda: self.print_stats.status(
                wall_time(), self.motion.position[3], self.motion.extrude_factor
            ),
            "virtual_sdcard": self._sd_status,
            "pause_resume": lambda: {"is_paused": self.is_paused},
            "display_status": lambda: self.display.status(
                now, self.idle.state == "Printing", self._sd_progress()
            ),
            "gcode_macro M600": dict,
            "heaters": lambda: {
                "available_heaters": ["heater_bed", "extruder"],
                "available_sensors": ["heater_bed", "extruder"],
                "available_monitors": [],
            },
            "heater_bed": lambda: self.bed_heater.status(now),
            "fan": lambda: {"speed": self.fan_speed, "rpm": None},
            "idle_timeout": lambda: self.idle.status(now),
            "system_stats": lambda: {
                "sysload": 0.12,
                "cputime": 12.5,
                "memavail": 3500000,
            },
            "toolhead": lambda: self.motion.toolhead_status(
                self.print_time - self.boot_time, now - self.boot_time
            ),
            "extruder": lambda: self._extruder_status(now),
            "motion_report": self._motion_report_status,
            "exclude_object": self._exclude_status,
        }.get(name)
        if getter is None or name not in self._object_names():
            return {}
        return getter()

    def _sd_progress(self) -> float:
        return self.file_position / self.file_size if self.file_size else 0.0

    def _sd_status(self) -> dict[str, Any]:
        return {
            "file_path": str(self._sd.path) if self._sd is not None else None,
            "progress": self._sd_progress(),
            "is_active": self._work_task is not None,
            "file_position": self.file_position,
            "file_size": self.file_size,
        }

    def _extruder_status(self, now: float) -> dict[str, Any]:
        status = self.extruder_heater.status(now)
        min_temp = self.config.min_extrude_temp
        status.update(
            {
                "can_extrude": min_temp is None or status["temperature"] >= min_temp,
                "pressure_advance": 0.0,
                "smooth_time": 0.04,
                "motion_queue": None,
            }
        )
        return status

    def _mcu_status(self) -> dict[str, Any]:
        return {
            "mcu_version": self.config.software_version,
            "mcu_build_versions": "gcc: (GCC) 12.2.0 binutils: (GNU Binutils) 2.40",
            "mcu_constants": {
                "MCU": "linux",
                "CLOCK_FREQ": 50000000,
                "STATS_SUMSQ_BASE": 256,
            },
            "last_stats": {
                "mcu_awake": 0.002,
                "mcu_task_avg": 0.00001,
                "freq": 50000000,
            },
        }

    def _motion_report_status(self) -> dict[str, Any]:
        moving = self.print_time > self.clock.now()
        return {
            "live_position": [round(v, 6) for v in self.motion.position],
            "live_velocity": round(self.motion.last_velocity, 3) if moving else 0.0,
            "live_extruder_velocity": (
                round(self.motion.last_extruder_velocity, 3) if moving else 0.0
            ),
            "steppers": ["extruder", "stepper_x", "stepper_y", "stepper_z"],
            "trapq": ["extruder", "toolhead"],
        }

    def _config_sections(self) -> dict[str, dict[str, str]]:
        lim = self.config.limits
        extrude_min = self.config.min_extrude_temp
        return {
            "mcu": {"serial": "/tmp/klipper_host_mcu"},
            "printer": {
                "kinematics": "cartesian",
                "max_velocity": f"{lim.max_velocity:g}",
                "max_accel": f"{lim.max_accel:g}",
                "max_z_velocity": f"{lim.max_z_velocity:g}",
                "max_z_accel": f"{lim.max_z_accel:g}",
                "square_corner_velocity": f"{lim.square_corner_velocity:g}",
            },
            **{
                f"stepper_{axis}": {
                    "step_pin": f"gpio{10 + i}",
                    "dir_pin": f"gpio{20 + i}",
                    "enable_pin": f"!gpio{30 + i}",
                    "microsteps": "16",
                    "rotation_distance": "40" if axis != "z" else "8",
                    "endstop_pin": f"^gpio{40 + i}",
                    "position_endstop": "0",
                    "position_min": f"{lim.axis_minimum[i]:g}",
                    "position_max": f"{lim.axis_maximum[i]:g}",
                    "homing_speed": "50" if axis != "z" else "10",
                }
                for i, axis in enumerate("xyz")
            },
            "extruder": {
                "step_pin": "gpio13",
                "dir_pin": "gpio23",
                "enable_pin": "!gpio33",
                "microsteps": "16",
                "rotation_distance": "33.5",
                "nozzle_diameter": "0.400",
                "filament_diameter": "1.750",
                "heater_pin": "gpio50",
                "sensor_type": "EPCOS 100K B57560G104F",
                "sensor_pin": "analog1",
                "control": "pid",
                "pid_kp": "22.2",
                "pid_ki": "1.08",
                "pid_kd": "114",
                "min_temp": "0",
                "max_temp": "280",
                "min_extrude_temp": f"{extrude_min:g}"
                if extrude_min is not None
                else "0",
            },
            "heater_bed": {
                "heater_pin": "gpio51",
                "sensor_type": "EPCOS 100K B57560G104F",
                "sensor_pin": "analog0",
                "control": "pid",
                "pid_kp": "54.027",
                "pid_ki": "0.770",
                "pid_kd": "948.182",
                "min_temp": "0",
                "max_temp": "120",
            },
            "fan": {"pin": "gpio52"},
            "virtual_sdcard": {
                "path": str(self.gcodes_dir),
                "on_error_gcode": "TURN_OFF_HEATERS",
            },
            "pause_resume": {},
            "display_status": {},
            "respond": {},
            "idle_timeout": {"timeout": f"{self.config.idle_timeout:g}"},
            "gcode_macro M600": {"gcode": "\nPAUSE"},
        }

    def _config_text(self) -> str:
        out = ["# printer.cfg of the Klippy simulator (tests/sim): informative only\n"]
        for section, options in self._config_sections().items():
            out.append(f"[{section}]")
            out.extend(f"{key}: {value}" for key, value in options.items())
            out.append("")
        return "\n".join(out)

    def _configfile_status(self) -> dict[str, Any]:
        config = self._config_sections()
        settings: dict[str, dict[str, Any]] = {}
        for section, options in config.items():
            typed: dict[str, Any] = {}
            for key, value in options.items():
                try:
                    typed[key] = float(value) if "." in value else int(value)
                except ValueError:
                    typed[key] = value.strip()
            settings[section.lower()] = typed
        return {
            "config": config,
            "settings": settings,
            "save_config_pending": False,
            "save_config_pending_items": {},
            "warnings": [],
        }

    def _do_query(
        self, pending: list[dict[str, list[str] | None]]
    ) -> list[dict[str, Any]]:
        """Klippy's ``QueryStatusHelper._do_query``: answer queries and push diffs to subscribers.

        Diffs are taken against the previous poll of each object, for all subscribers alike.
        """
        now = self.clock.now()
        eventtime = wall_time()
        last_query = self._last_query
        query: dict[str, dict[str, Any]] = {}
        self._last_query = query
        results: list[dict[str, Any]] = []
        msglist: list[
            tuple[_Client | None, dict[str, list[str] | None], dict[str, Any]]
        ] = [(None, objects, {}) for objects in pending]
        msglist.extend(
            (c, sub, tmpl) for c, (sub, tmpl) in list(self._subscriptions.items())
        )
        for client, subscription, template in msglist:
            is_query = client is None
            if client is not None and client.closed:
                self._subscriptions.pop(client, None)
                continue
            cquery: dict[str, dict[str, Any]] = {}
            for obj_name, req_items in list(subscription.items()):
                res = query.get(obj_name)
                if res is None:
                    res = query[obj_name] = self.get_status(obj_name, now)
                items = req_items
                if items is None:
                    items = list(res)
                    if items:
                        subscription[obj_name] = items
                lres = last_query.get(obj_name, {})
                cres = {}
                for item in items:
                    value = res.get(item)
                    if is_query or value != lres.get(item):
                        cres[item] = value
                if cres or is_query:
                    cquery[obj_name] = cres
            if is_query:
                results.append({"eventtime": eventtime, "status": cquery})
            elif cquery and client is not None:
                client.send(
                    {**template, "params": {"eventtime": eventtime, "status": cquery}}
                )
        return results

    async def _tick_loop(self) -> None:
        while True:
            await asyncio.sleep(self.config.status_interval)
            now = self.clock.now()
            if self.state == "ready":
                if self._work_task is not None:
                    self.idle.note_busy(now)
                elif now >= self.print_time + 1.0:
                    self.idle.note_idle(now)
                # A PAUSE macro normally lengthens the idle timeout; the simulator never times out
                # while paused, so a resume after a long pause still finds the axes homed.
                if not self.is_paused and self.idle.timed_out(now):
                    self.extruder_heater.set_target(now, 0.0)
                    self.bed_heater.set_target(now, 0.0)
                    self.motion.motors_off()
            if self._subscriptions:
                self._do_query([])

    # ------------------------------------------------------------------ G-code dispatch

    async def run_script(self, script: str) -> None:
        """Run G-code as ``gcode/script`` does (holding the G-code mutex); errors raise."""
        async with self._gcode_lock:
            for line in script.split("\n"):
                await self._run_line(line)

    async def _run_line(self, line: str) -> None:
        gcmd = parse_line(line)
        if gcmd is None:
            return
        cmd = gcmd.command
        handlers = self._handlers if self.state == "ready" else self._base_handlers
        entry = handlers.get(cmd)
        try:
            if entry is None:
                await self._cmd_default(gcmd)
                return
            if not is_traditional(cmd):
                extended_params(gcmd)
            await entry[0](gcmd)
        except CommandError as err:
            self._respond_error(str(err))
            raise

    async def _cmd_default(self, gcmd: GCodeCommand) -> None:
        cmd = gcmd.command
        if cmd in ("M105", "M21"):
            return
        if self.state != "ready":
            raise gcmd.error(self.state_message)
        if not cmd:
            return
        if " " in cmd:
            real = cmd.split()[0]
            entry = self._handlers.get(real)
            if real in ("M117", "M118", "M23") and entry is not None:
                gcmd.command = real
                await entry[0](gcmd)
                return
        elif (
            (cmd in ("M140", "M104") and not gcmd.get_float("S", 0.0))
            or cmd == "M107"
            or (cmd == "M106" and not gcmd.get_float("S", 1.0))
        ):
            return
        self._respond_info(f'Unknown command:"{cmd}"')

    def _register_gcode(self) -> None:
        ready: dict[str, tuple[Callable[[GCodeCommand], Awaitable[None]], str]] = {
            "G0": (self._cmd_g1, ""),
            "G1": (self._cmd_g1, ""),
            "G2": (self._cmd_g2, ""),
            "G3": (self._cmd_g3, ""),
            "G4": (self._cmd_g4, ""),
            "G20": (self._cmd_g20, ""),
            "G21": (self._cmd_noop, ""),
            "G28": (self._cmd_g28, ""),
            "G90": (self._cmd_g90, ""),
            "G91": (self._cmd_g91, ""),
            "G92": (self._cmd_g92, ""),
            "M82": (self._cmd_m82, ""),
            "M83": (self._cmd_m83, ""),
            "M114": (self._cmd_m114, ""),
            "M220": (self._cmd_m220, ""),
            "M221": (self._cmd_m221, ""),
            "M400": (self._cmd_m400, ""),
            "M18": (self._cmd_m84, ""),
            "M84": (self._cmd_m84, ""),
            "M104": (self._cmd_m104, ""),
            "M109": (self._cmd_m109, ""),
            "M140": (self._cmd_m140, ""),
            "M190": (self._cmd_m190, ""),
            "M105": (self._cmd_m105, ""),
            "M106": (self._cmd_m106, ""),
            "M107": (self._cmd_m107, ""),
            "M73": (self._cmd_m73, ""),
            "M117": (self._cmd_m117, ""),
            "SET_DISPLAY_TEXT": (
                self._cmd_set_display_text,
                "Set or clear the display message",
            ),
            "M118": (self._cmd_m118, ""),
            "M204": (self._cmd_m204, ""),
            "M24": (self._cmd_m24, ""),
            "M25": (self._cmd_m25, ""),
            "M27": (self._cmd_m27, ""),
            "M600": (self._cmd_m600, "G-Code macro"),
            "GET_POSITION": (
                self._cmd_m114,
                "Return information on the current location of the toolhead",
            ),
            "SAVE_GCODE_STATE": (self._cmd_save_state, "Save G-Code coordinate state"),
            "RESTORE_GCODE_STATE": (
                self._cmd_restore_state,
                "Restore a previously saved G-Code state",
            ),
            "SET_VELOCITY_LIMIT": (
                self._cmd_set_velocity_limit,
                "Set printer velocity limits",
            ),
            "TURN_OFF_HEATERS": (self._cmd_turn_off_heaters, "Turn off all heaters"),
            "SET_HEATER_TEMPERATURE": (
                self._cmd_set_heater_temperature,
                "Sets a heater temperature",
            ),
            "TEMPERATURE_WAIT": (
                self._cmd_temperature_wait,
                "Wait for a temperature on a sensor",
            ),
            "SET_PRINT_STATS_INFO": (
                self._cmd_set_print_stats_info,
                "Pass slicer info like layer act and total to klipper",
            ),
            "SDCARD_PRINT_FILE": (
                self._cmd_sdcard_print_file,
                "Loads a SD file and starts the print.  May include files in subdirectories.",
            ),
            "SDCARD_RESET_FILE": (
                self._cmd_sdcard_reset_file,
                "Clears a loaded SD File. Stops the print if necessary",
            ),
            "PAUSE": (self._cmd_pause, "Pauses the current print"),
            "RESUME": (self._cmd_resume, "Resumes the print from a pause"),
            "CLEAR_PAUSE": (
                self._cmd_clear_pause,
                "Clears the current paused state without resuming the print",
            ),
            "CANCEL_PRINT": (self._cmd_cancel_print, "Cancel the current print"),
            "SET_IDLE_TIMEOUT": (
                self._cmd_set_idle_timeout,
                "Set the idle timeout in seconds",
            ),
            "RESPOND": (self._cmd_respond, "Echo the message prepended with a prefix"),
            "EXCLUDE_OBJECT_DEFINE": (
                self._cmd_exclude_object_define,
                "Provides a summary of an object",
            ),
            "EXCLUDE_OBJECT_START": (
                self._cmd_exclude_object_start,
                "Marks the beginning the current object as labeled",
            ),
            "EXCLUDE_OBJECT_END": (
                self._cmd_exclude_object_end,
                "Marks the end the current object",
            ),
            "EXCLUDE_OBJECT": (
                self._cmd_exclude_object,
                "Cancel moves for the current or specified object",
            ),
        }
        base: dict[str, tuple[Callable[[GCodeCommand], Awaitable[None]], str]] = {
            "M110": (self._cmd_noop, ""),
            "M112": (self._cmd_m112, ""),
            "M115": (self._cmd_m115, ""),
            "RESTART": (
                self._cmd_restart,
                "Reload config file and restart host software",
            ),
            "FIRMWARE_RESTART": (
                self._cmd_firmware_restart,
                "Restart firmware, host, and reload config",
            ),
            "ECHO": (self._cmd_echo, ""),
            "STATUS": (self._cmd_status, "Report the printer status"),
            "HELP": (
                self._cmd_help,
                "Report the list of available extended G-Code commands",
            ),
        }
        self._base_handlers = base
        self._handlers = {**base, **ready}

    # ------------------------------------------------------------------ motion

    async def _queue(self, duration: float) -> None:
        """Add a move to the toolhead's queue (the print loop paces itself on it)."""
        now = self.clock.now()
        self.print_time = max(self.print_time, now)
        self.print_time += duration
        if duration > 0:
            self.idle.note_busy(now)
        if not self._cmd_from_sd:
            # A console command returns once planned; keep the queue from running far ahead
            await self._pace()

    async def _pace(self) -> None:
        """Sleep while the toolhead's queue holds more than its look-ahead window."""
        while True:
            ahead = self.print_time - self.clock.now()
            window = max(0.5, self.clock.speed * 0.05)
            if ahead <= window or self._must_pause:
                return
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._wake.wait(), self.clock.real_delay(ahead - window / 2)
                )

    async def wait_moves(self) -> None:
        """``M400``: wait until the queued moves are done."""
        while (ahead := self.print_time - self.clock.now()) > 0:
            if self.state != "ready":
                return
            await asyncio.sleep(min(0.25, self.clock.real_delay(ahead)))

    async def _cmd_noop(self, gcmd: GCodeCommand) -> None:
        return

    async def _cmd_g1(self, gcmd: GCodeCommand) -> None:
        start_e = self.motion.position[3]
        duration = self.motion.g1(gcmd)
        if self._skipping_object():
            self._skip_move(start_e)
            return
        if self.motion.position[3] > start_e:
            self._check_extrude()
        await self._queue(duration)

    def _skipping_object(self) -> bool:
        """Return whether the moves now belong to an excluded object (exclude_object)."""
        current = self._current_object
        return current is not None and current in self._excluded_objects

    def _skip_move(self, start_e: float) -> None:
        """A move of an excluded object: no time, no filament; the G-code position still follows.

        Klipper's exclude_object replaces the toolhead's move and keeps the extruder where it was,
        shifting the G-code origin of E so the file's next extrusions stay relative to it.
        """
        motion = self.motion
        skipped = motion.position[3] - start_e
        motion.position[3] = start_e
        motion.base_position[3] -= skipped

    def _check_extrude(self) -> None:
        min_temp = self.config.min_extrude_temp
        if (
            min_temp is not None
            and self.extruder_heater.temperature(self.clock.now()) < min_temp
        ):
            raise CommandError(
                "Extrude below minimum temp\nSee the 'min_extrude_temp' config option for details"
            )

    async def _cmd_g2(self, gcmd: GCodeCommand) -> None:
        await self._arc(gcmd, clockwise=True)

    async def _cmd_g3(self, gcmd: GCodeCommand) -> None:
        await self._arc(gcmd, clockwise=False)

    async def _arc(self, gcmd: GCodeCommand, clockwise: bool) -> None:
        start_e = self.motion.position[3]
        duration = self.motion.arc(gcmd, clockwise=clockwise)
        if self._skipping_object():
            self._skip_move(start_e)
            return
        await self._queue(duration)

    # ------------------------------------------------------------------ exclude_object

    def _exclude_reset(self) -> None:
        """Forget the objects (a new file, SDCARD_RESET_FILE, a restart)."""
        self._objects: dict[str, dict[str, Any]] = {}
        self._excluded_objects: list[str] = []
        self._current_object: str | None = None

    def _exclude_status(self) -> dict[str, Any]:
        return {
            "objects": [dict(obj) for obj in self._objects.values()],
            "excluded_objects": list(self._excluded_objects),
            "current_object": self._current_object,
        }

    async def _cmd_exclude_object_define(self, gcmd: GCodeCommand) -> None:
        name = gcmd.get("NAME").upper()
        obj: dict[str, Any] = {"name": name}
        center = gcmd.get("CENTER", None)
        polygon = gcmd.get("POLYGON", None)
        try:
            if center is not None:
                obj["center"] = [float(v) for v in center.split(",")]
            if polygon is not None:
                obj["polygon"] = json.loads(polygon)
        except ValueError:
            raise gcmd.error(f"Unable to parse object '{name}'") from None
        self._objects[name] = obj

    async def _cmd_exclude_object_start(self, gcmd: GCodeCommand) -> None:
        name = gcmd.get("NAME").upper()
        if name not in self._objects:
            self._objects[name] = {"name": name}
        self._current_object = name

    async def _cmd_exclude_object_end(self, gcmd: GCodeCommand) -> None:
        name = gcmd.get("NAME", None)
        if self._current_object is None and self._objects:
            self._respond_info(
                "EXCLUDE_OBJECT_END called, but no object is currently active"
            )
            return
        if name is not None and name.upper() != self._current_object:
            self._respond_info(
                f"EXCLUDE_OBJECT_END NAME={name.upper()} does not match the current "
                f"object NAME={self._current_object}"
            )
        self._current_object = None

    async def _cmd_exclude_object(self, gcmd: GCodeCommand) -> None:
        if gcmd.get_int("RESET", 0):
            name = gcmd.get("NAME", None)
            if name is None:
                self._excluded_objects = []
            elif name.upper() in self._excluded_objects:
                self._excluded_objects.remove(name.upper())
            return
        if gcmd.get_int("LIST_OBJECTS", 0):
            self._respond_info("Known objects: " + ", ".join(sorted(self._objects)))
            return
        name = gcmd.get("NAME", None)
        if gcmd.get_int("CURRENT", 0):
            name = self._current_object
            if name is None:
                raise gcmd.error("There is no current object to cancel")
        if name is None:
            self._respond_info("Excluded objects: " + " ".join(self._excluded_objects))
            return
        name = name.upper()
        if name not in self._excluded_objects:
            self._respond_info(f"Excluding object {name}")
            self._excluded_objects.append(name)

    async def _cmd_g4(self, gcmd: GCodeCommand) -> None:
        seconds = gcmd.get_float("S", None)
        delay = (
            seconds
            if seconds is not None
            else gcmd.get_float("P", 0.0, minval=0.0) / 1000.0
        )
        await self._queue(delay)

    async def _cmd_g20(self, gcmd: GCodeCommand) -> None:
        raise gcmd.error("Machine does not support G20 (inches) command")

    async def _cmd_g28(self, gcmd: GCodeCommand) -> None:
        await self._queue(self.motion.g28(gcmd))

    async def _cmd_g90(self, gcmd: GCodeCommand) -> None:
        self.motion.absolute_coord = True

    async def _cmd_g91(self, gcmd: GCodeCommand) -> None:
        self.motion.absolute_coord = False

    async def _cmd_g92(self, gcmd: GCodeCommand) -> None:
        self.motion.g92(gcmd)

    async def _cmd_m82(self, gcmd: GCodeCommand) -> None:
        self.motion.absolute_extrude = True

    async def _cmd_m83(self, gcmd: GCodeCommand) -> None:
        self.motion.absolute_extrude = False

    async def _cmd_m114(self, gcmd: GCodeCommand) -> None:
        pos = self.motion.gcode_position()
        self._respond_raw(
            f"X:{pos[0]:.3f} Y:{pos[1]:.3f} Z:{pos[2]:.3f} E:{pos[3]:.3f}"
        )

    async def _cmd_m220(self, gcmd: GCodeCommand) -> None:
        value = gcmd.get_float("S", 100.0, above=0.0) / (60.0 * 100.0)
        self.motion.speed = self.motion.speed / self.motion.speed_factor * value
        self.motion.speed_factor = value

    async def _cmd_m221(self, gcmd: GCodeCommand) -> None:
        new_factor = gcmd.get_float("S", 100.0, above=0.0) / 100.0
        motion = self.motion
        last_e = motion.position[3]
        epos = (last_e - motion.base_position[3]) / motion.extrude_factor
        motion.base_position[3] = last_e - epos * new_factor
        motion.extrude_factor = new_factor

    async def _cmd_m400(self, gcmd: GCodeCommand) -> None:
        await self.wait_moves()

    async def _cmd_m84(self, gcmd: GCodeCommand) -> None:
        await self.wait_moves()
        self.motion.motors_off()

    async def _cmd_m204(self, gcmd: GCodeCommand) -> None:
        accel = gcmd.get_float("S", None, above=0.0)
        if accel is None:
            p = gcmd.get_float("P", None, above=0.0)
            t = gcmd.get_float("T", None, above=0.0)
            if p is None or t is None:
                self._respond_info(f'Invalid M204 command "{gcmd.commandline}"')
                return
            accel = min(p, t)
        self.motion.max_accel = accel

    async def _cmd_set_velocity_limit(self, gcmd: GCodeCommand) -> None:
        velocity = gcmd.get_float("VELOCITY", None, above=0.0)
        accel = gcmd.get_float("ACCEL", None, above=0.0)
        if velocity is not None:
            self.motion.max_velocity = velocity
        if accel is not None:
            self.motion.max_accel = accel
        self._respond_info(
            f"max_velocity: {self.motion.max_velocity:.6f}\nmax_accel: {self.motion.max_accel:.6f}"
        )

    async def _cmd_save_state(self, gcmd: GCodeCommand) -> None:
        self.motion.save_state(gcmd.get("NAME", "default"))

    async def _cmd_restore_state(self, gcmd: GCodeCommand) -> None:
        move = bool(gcmd.get_int("MOVE", 0))
        await self._queue(self.motion.restore_state(gcmd.get("NAME", "default"), move))

    # ------------------------------------------------------------------ heaters and fan

    def _heater(self, name: str) -> Heater:
        if name == "extruder":
            return self.extruder_heater
        if name == "heater_bed":
            return self.bed_heater
        raise CommandError(f"Unknown heater '{name}'")

    def _set_temp(self, heater: Heater, temp: float) -> None:
        if temp and not 0.0 <= temp <= heater.max_temp:
            raise CommandError(
                f"Requested temperature ({temp:.1f}) out of range (0.0:{heater.max_temp:.1f})"
            )
        heater.set_target(self.clock.now(), temp)

    def _temp_report(self, now: float) -> str:
        ext = self.extruder_heater
        bed = self.bed_heater
        return (
            f"B:{bed.temperature(now):.1f} /{bed.target:.1f} "
            f"T0:{ext.temperature(now):.1f} /{ext.target:.1f}"
        )

    async def _wait_heater(
        self, heater: Heater, until: Callable[[float], float]
    ) -> None:
        """Wait (in simulated time) until ``until(now)`` says 0 seconds are left."""
        loop = asyncio.get_running_loop()
        while self.state == "ready":
            now = self.clock.now()
            left = until(now)
            if left <= 0.0:
                break
            if loop.time() - self._last_temp_report >= 0.5:
                self._last_temp_report = loop.time()
                self._respond_raw(self._temp_report(now))
            if math.isinf(left):
                await asyncio.sleep(0.25)
            else:
                await asyncio.sleep(min(0.25, self.clock.real_delay(left) + 0.001))
        now = self.clock.now()
        self.print_time = max(self.print_time, now)

    async def _cmd_m104(self, gcmd: GCodeCommand) -> None:
        self._set_temp(self.extruder_heater, gcmd.get_float("S", 0.0))

    async def _cmd_m109(self, gcmd: GCodeCommand) -> None:
        temp = gcmd.get_float("S", 0.0)
        self._set_temp(self.extruder_heater, temp)
        if temp:
            await self._wait_heater(
                self.extruder_heater, self.extruder_heater.time_to_settle
            )

    async def _cmd_m140(self, gcmd: GCodeCommand) -> None:
        self._set_temp(self.bed_heater, gcmd.get_float("S", 0.0))

    async def _cmd_m190(self, gcmd: GCodeCommand) -> None:
        temp = gcmd.get_float("S", 0.0)
        self._set_temp(self.bed_heater, temp)
        if temp:
            await self._wait_heater(self.bed_heater, self.bed_heater.time_to_settle)

    async def _cmd_m105(self, gcmd: GCodeCommand) -> None:
        self._respond_raw(f"ok {self._temp_report(self.clock.now())}")

    async def _cmd_turn_off_heaters(self, gcmd: GCodeCommand) -> None:
        now = self.clock.now()
        self.extruder_heater.set_target(now, 0.0)
        self.bed_heater.set_target(now, 0.0)

    async def _cmd_set_heater_temperature(self, gcmd: GCodeCommand) -> None:
        heater = self._heater(gcmd.get("HEATER"))
        self._set_temp(heater, gcmd.get_float("TARGET", 0.0))

    async def _cmd_temperature_wait(self, gcmd: GCodeCommand) -> None:
        heater = self._heater(gcmd.get("SENSOR"))
        minimum = gcmd.get_float("MINIMUM", None)
        maximum = gcmd.get_float("MAXIMUM", None, above=minimum)
        if minimum is None and maximum is None:
            raise gcmd.error("Error on 'TEMPERATURE_WAIT': missing MINIMUM or MAXIMUM.")
        await self._wait_heater(
            heater, lambda now: heater.time_to_reach(now, minimum, maximum)
        )

    async def _cmd_m106(self, gcmd: GCodeCommand) -> None:
        self.fan_speed = round(
            min(1.0, max(0.0, gcmd.get_float("S", 255.0, minval=0.0) / 255.0)), 4
        )

    async def _cmd_m107(self, gcmd: GCodeCommand) -> None:
        self.fan_speed = 0.0

    # ------------------------------------------------------------------ display, respond, info

    async def _cmd_m73(self, gcmd: GCodeCommand) -> None:
        percent = gcmd.get_float("P", None)
        if percent is not None:
            self.display.set_progress(self.clock.now(), percent)

    async def _cmd_m117(self, gcmd: GCodeCommand) -> None:
        self.display.message = gcmd.raw_parameters() or None

    async def _cmd_set_display_text(self, gcmd: GCodeCommand) -> None:
        self.display.message = gcmd.get("MSG", None)

    async def _cmd_m118(self, gcmd: GCodeCommand) -> None:
        self._respond_raw(f"echo: {gcmd.raw_parameters()}")

    async def _cmd_respond(self, gcmd: GCodeCommand) -> None:
        kind = gcmd.get("TYPE", "echo").lower()
        prefix = {"echo": "echo:", "command": "//", "error": "!!"}.get(kind, "echo:")
        self._respond_raw(f"{gcmd.get('PREFIX', prefix)} {gcmd.get('MSG', '')}")

    async def _cmd_echo(self, gcmd: GCodeCommand) -> None:
        self._respond_info(gcmd.commandline)

    async def _cmd_m115(self, gcmd: GCodeCommand) -> None:
        self._respond_raw(
            f"FIRMWARE_NAME:Klipper FIRMWARE_VERSION:{self.config.software_version}"
        )

    async def _cmd_status(self, gcmd: GCodeCommand) -> None:
        if self.state == "ready":
            self._respond_info("Klipper state: Ready")
        else:
            self._respond_error(self.state_message)

    async def _cmd_help(self, gcmd: GCodeCommand) -> None:
        lines = ["Available extended commands:"]
        handlers = self._handlers if self.state == "ready" else self._base_handlers
        lines.extend(
            f"{name:<10} : {desc}"
            for name, (_h, desc) in sorted(handlers.items())
            if desc
        )
        self._respond_info("\n".join(lines))

    async def _cmd_set_print_stats_info(self, gcmd: GCodeCommand) -> None:
        stats = self.print_stats
        total = gcmd.get_int("TOTAL_LAYER", stats.info_total_layer, minval=0)
        current = gcmd.get_int("CURRENT_LAYER", stats.info_current_layer, minval=0)
        self._comment_layers = False
        self._both_stats("set_info", total, current)

    async def _cmd_set_idle_timeout(self, gcmd: GCodeCommand) -> None:
        timeout = gcmd.get_float("TIMEOUT", self.idle.timeout, above=0.0)
        self.idle.timeout = timeout
        self._respond_info(f"idle_timeout: Timeout set to {timeout:.2f} s")

    # ------------------------------------------------------------------ virtual_sdcard

    async def _cmd_sdcard_print_file(self, gcmd: GCodeCommand) -> None:
        if self._work_task is not None:
            raise gcmd.error("SD busy")
        filename = gcmd.get("FILENAME")
        filename = filename.removeprefix("/")
        # Klipper resets the old file, loads the new one and starts it within one reactor
        # callback: no status poll sees ``standby`` between two prints. The file is opened (in a
        # thread) before anything changes; a file that cannot be opened still resets, as there.
        try:
            opened = await self._open_file(filename)
        except CommandError:
            await self._reset_file()
            raise
        old, self._sd = self._sd, None
        self.file_position = self.file_size = 0
        self._both_stats("reset")
        self._exclude_reset()
        self._load_opened(filename, opened)
        self._do_resume()
        if old is not None:
            await old.close()

    async def _cmd_sdcard_reset_file(self, gcmd: GCodeCommand) -> None:
        if self._cmd_from_sd:
            raise gcmd.error("SDCARD_RESET_FILE cannot be run from the sdcard")
        await self._reset_file()

    async def _cmd_m24(self, gcmd: GCodeCommand) -> None:
        self._do_resume()

    async def _cmd_m25(self, gcmd: GCodeCommand) -> None:
        await self._do_pause()

    async def _cmd_m27(self, gcmd: GCodeCommand) -> None:
        if self._sd is None:
            self._respond_raw("Not SD printing.")
            return
        self._respond_raw(f"SD printing byte {self.file_position}/{self.file_size}")

    async def _open_file(self, filename: str) -> _Opened:
        path = await asyncio.to_thread(_find_file, self.gcodes_dir, filename)
        if path is None:
            raise CommandError("Unable to open file")
        try:
            handle, size, layers, sets_info = await asyncio.to_thread(
                _open_and_scan, path, self.config.layers_from_comments
            )
        except OSError:
            raise CommandError("Unable to open file") from None
        return _Opened(path, handle, size, layers, sets_info)

    def _load_opened(self, filename: str, opened: _Opened) -> None:
        self._respond_raw(f"File opened:{filename} Size:{opened.size}")
        self._respond_raw("File selected")
        self._sd = _SdFile(opened.path, opened.handle, opened.size)
        self.file_position = 0
        self.file_size = opened.size
        self._both_stats("set_current_file", filename)
        self._comment_layers = (
            self.config.layers_from_comments
            and not opened.sets_info
            and bool(opened.layers)
        )
        self._comment_layer_total = opened.layers
        self._comment_layer = 0

    async def _reset_file(self) -> None:
        if self._sd is not None:
            await self._do_pause()
            sd, self._sd = self._sd, None
            await sd.close()
        self.file_position = self.file_size = 0
        self._both_stats("reset")
        self._exclude_reset()

    def _do_resume(self) -> None:
        if self._work_task is not None:
            raise CommandError("SD busy")
        if self._sd is None:
            return
        self._must_pause = False
        # Klipper notes the start in the work timer it schedules for now; here at once, so no
        # status poll falls between the file's load and the start.
        now = self.clock.now()
        self._timed_stats("note_start", self.motion.position[3])
        self.print_time = max(self.print_time, now)
        self._work_task = self._spawn(self._work_handler(), "print")

    async def _do_pause(self) -> None:
        task = self._work_task
        if task is None:
            return
        self._must_pause = True
        self._wake.set()
        if not self._cmd_from_sd:
            await asyncio.wait([task])

    async def _do_cancel(self) -> None:
        if self._sd is not None:
            await self._do_pause()
            sd, self._sd = self._sd, None
            await sd.close()
            self._timed_stats(
                "note_cancel", self.motion.position[3], self.motion.extrude_factor
            )
        self.file_position = self.file_size = 0

    async def _work_handler(self) -> None:
        """Klipper's ``VirtualSD.work_handler``: run the file line by line until paused or done."""
        sd = self._sd
        assert sd is not None
        await sd.seek(self.file_position)
        error_message: str | None = None
        while not self._must_pause:
            raw = await sd.next_line()
            if raw is None:
                self._sd = None
                await sd.close()
                self._respond_raw("Done printing file")
                break
            # Pause while another G-code request is pending (Klipper's gcode_mutex.test())
            while self._gcode_lock.locked() and not self._must_pause:
                await asyncio.sleep(0.01)
            if self._must_pause:
                break
            line = raw.decode(errors="replace")
            async with self._gcode_lock:
                self._cmd_from_sd = True
                try:
                    await self._run_sd_line(raw, line)
                except CommandError as err:
                    error_message = str(err)
                    await self._on_error_gcode()
                finally:
                    self._cmd_from_sd = False
            if error_message is not None:
                break
            self.file_position += len(raw) + 1
            self._poll_print_stats()
            await self._pace()
            self._lines_since_yield += 1
            if self._lines_since_yield >= YIELD_EVERY:
                self._lines_since_yield = 0
                await asyncio.sleep(0)
        self._work_task = None
        epos, factor = self.motion.position[3], self.motion.extrude_factor
        if error_message is not None:
            self._timed_stats("note_error", error_message, epos, factor)
        elif self._sd is not None:
            self._timed_stats("note_pause", epos, factor)
        else:
            self._timed_stats("note_complete", epos, factor)

    def _both_stats(self, method: str, *args: Any) -> None:
        """Apply an untimed change to ``print_stats`` and to its machine-clock twin."""
        getattr(self.print_stats, method)(*args)
        getattr(self._machine_stats, method)(*args)

    def _timed_stats(self, method: str, *args: Any) -> None:
        """Note an event in ``print_stats`` (wall clock) and its twin (machine clock)."""
        getattr(self.print_stats, method)(wall_time(), *args)
        getattr(self._machine_stats, method)(self.clock.now(), *args)

    def _poll_print_stats(self) -> None:
        """Look at ``print_stats`` every 0.25 simulated seconds, as Klippy's status poll does.

        Klipper counts filament, and the time before the first extrusion, only when its status is
        read (every 0.25 s of real time); polling on the simulated clock keeps those numbers as
        exact as on a real printer whatever the speed factor.
        """
        now = self.clock.now()
        if now - self._last_stats_poll >= 0.25:
            self._last_stats_poll = now
            self._timed_stats(
                "status", self.motion.position[3], self.motion.extrude_factor
            )

    async def _run_sd_line(self, raw: bytes, line: str) -> None:
        if self._inject_error is not None:
            message, self._inject_error = self._inject_error, None
            self._respond_error(message)
            raise CommandError(message)
        if self._comment_layers and raw.startswith(b";"):
            self._note_layer_comment(raw)
        await self._run_line(line)

    def _note_layer_comment(self, raw: bytes) -> None:
        if not LAYER_CHANGE_RE.match(raw.strip()):
            return
        self._comment_layer += 1
        total = self._comment_layer_total or self._comment_layer
        self._both_stats("set_info", total, min(self._comment_layer, total))

    async def _on_error_gcode(self) -> None:
        now = self.clock.now()
        self.extruder_heater.set_target(now, 0.0)
        self.bed_heater.set_target(now, 0.0)

    # ------------------------------------------------------------------ pause_resume

    async def _cmd_pause(self, gcmd: GCodeCommand) -> None:
        if self.is_paused:
            self._respond_info("Print already paused")
            return
        if not self.pause_command_sent:
            if self._work_task is not None:
                self.sd_paused = True
                await self._do_pause()
            else:
                self.sd_paused = False
                self._respond_info("action:paused")
            self.pause_command_sent = True
        self.motion.save_state("PAUSE_STATE")
        self.is_paused = True

    async def _cmd_resume(self, gcmd: GCodeCommand) -> None:
        if not self.is_paused:
            self._respond_info("Print is not paused, resume aborted")
            return
        gcmd.get_float("VELOCITY", 50.0, above=0.0)
        await self._queue(self.motion.restore_state("PAUSE_STATE", move=True))
        if self.sd_paused:
            self._do_resume()
            self.sd_paused = False
        else:
            self._respond_info("action:resumed")
        self.pause_command_sent = False
        self.is_paused = False

    async def _cmd_clear_pause(self, gcmd: GCodeCommand) -> None:
        self.is_paused = self.pause_command_sent = False

    async def _cmd_cancel_print(self, gcmd: GCodeCommand) -> None:
        if self._work_task is not None or self.sd_paused:
            await self._do_cancel()
        else:
            self._respond_info("action:cancel")
        self.is_paused = self.pause_command_sent = self.sd_paused = False

    async def _cmd_m600(self, gcmd: GCodeCommand) -> None:
        await self._run_line("PAUSE")

    # ------------------------------------------------------------------ shutdown and restarts

    async def _cmd_m112(self, gcmd: GCodeCommand) -> None:
        self.invoke_shutdown("Shutdown due to M112 command")

    async def _cmd_restart(self, gcmd: GCodeCommand) -> None:
        await self._request_restart("restart")

    async def _cmd_firmware_restart(self, gcmd: GCodeCommand) -> None:
        await self._request_restart("firmware_restart")

    async def _request_restart(self, kind: str) -> None:
        if self.state == "ready":
            await self._queue(0.5)
        # The reply to the request goes out first, then the process goes away
        asyncio.get_running_loop().call_soon(self._begin_restart, kind)

    def invoke_shutdown(self, message: str) -> None:
        """Enter Klippy's ``shutdown`` state (M112, an MCU error): the print pauses, heaters die."""
        if self.state == "shutdown" or not self._running:
            return
        _LOGGER.debug("klippy sim shutdown: %s", message)
        was_ready = self.state == "ready"
        self.state = "shutdown"
        self.state_message = message + MESSAGE_SHUTDOWN
        now = self.clock.now()
        self.extruder_heater.power_off(now)
        self.bed_heater.power_off(now)
        if was_ready:
            self._respond_state("Shutdown")
        if self._work_task is not None:
            self._must_pause = True
            self._wake.set()

    # ------------------------------------------------------------------ control API

    @property
    def klippy_state(self) -> str:
        """Return ``startup``, ``ready``, ``shutdown``, ``error`` or ``disconnected`` (restarting)."""
        if not self._running or self._exiting:
            return "disconnected"
        return self.state

    @property
    def stats(self) -> dict[str, Any]:
        """Return ``print_stats`` as Klippy reports it now."""
        return self.get_status("print_stats")

    @property
    def machine_stats(self) -> dict[str, Any]:
        """Return ``print_stats`` on the machine's clock: how long the print took the machine.

        ``print_stats`` itself runs on the wall clock (see :func:`wall_time`); this twin says what
        the same print would report on a printer as fast as the simulated one, e.g. a
        ``print_duration`` near the slicer's estimate.
        """
        return self._machine_stats.status(
            self.clock.now(), self.motion.position[3], self.motion.extrude_factor
        )

    @property
    def subscribed(self) -> bool:
        """Return whether a client (Moonraker) subscribes to ``print_stats``."""
        return any(
            "print_stats" in sub and not client.closed
            for client, (sub, _t) in self._subscriptions.items()
        )

    async def start_print(self, filename: str) -> None:
        """Start printing a file of the gcodes folder, as Moonraker's ``/printer/print/start``."""
        escaped = filename.replace('"', '\\"')
        await self.run_script(f'SDCARD_PRINT_FILE FILENAME="{escaped}"')

    async def pause(self) -> None:
        """``PAUSE`` (returns once the print has stopped reading the file)."""
        await self.run_script("PAUSE")

    async def resume(self) -> None:
        """``RESUME``."""
        await self.run_script("RESUME")

    async def cancel(self) -> None:
        """``CANCEL_PRINT``."""
        await self.run_script("CANCEL_PRINT")

    async def emergency_stop(
        self, message: str = "Shutdown due to M112 command"
    ) -> None:
        """Emergency stop: the print pauses, then Klippy is ``shutdown`` (as in the capture)."""
        self.invoke_shutdown(message)
        await asyncio.sleep(0)

    async def raise_error(self, message: str | None = None) -> None:
        """Make the next line of the running print fail with ``message`` (state ``error``).

        The default message is the one an out-of-range ``G1 X9999 Y9999`` gives at the current
        position. Raises ``RuntimeError`` when nothing is printing.
        """
        if self._work_task is None:
            raise RuntimeError("not printing")
        if message is None:
            pos = self.motion.position
            message = (
                f"Move out of range: 9999.000 9999.000 {pos[2]:.3f} [{pos[3]:.3f}]"
            )
        self._inject_error = message
        self._wake.set()
        await self.wait_for_state("error")

    def fail_start(self, kind: str | None = "mcu", message: str | None = None) -> None:
        """Make every (re)start from now on end in Klippy's ``error`` state; ``None`` repairs.

        ``kind`` is ``"mcu"`` (the MCU cannot be reached: fix with FIRMWARE_RESTART) or
        ``"config"`` (printer.cfg is wrong: fix with RESTART); ``message`` replaces Klipper's
        message for it. Takes effect at the next start (``klippy_restart``, ``firmware_restart``,
        ``stop`` + ``start``), as a broken config or a lost MCU does.
        """
        if kind is None:
            self._start_failure = None
            return
        if kind not in START_FAILURES:
            raise ValueError(f"unknown start failure {kind!r}")
        self._start_failure = (kind, message or START_FAILURES[kind])

    async def klippy_restart(self) -> None:
        """``RESTART``: the socket closes; Klippy is back after ``restart_delay`` (standby)."""
        await self.run_script("RESTART")
        await asyncio.sleep(0)

    async def firmware_restart(self) -> None:
        """``FIRMWARE_RESTART``: like a restart (works from ``shutdown`` too)."""
        await self.run_script("FIRMWARE_RESTART")
        await asyncio.sleep(0)

    async def wait_until(
        self,
        predicate: Callable[[], bool],
        timeout: float = 10.0,
        what: str = "condition",
    ) -> None:
        """Poll ``predicate`` until it holds; ``TimeoutError`` after ``timeout`` real seconds."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            if loop.time() > deadline:
                raise TimeoutError(
                    f"{what} not reached in {timeout}s (klippy {self.klippy_state}, "
                    f"print_stats {self.print_stats.state}, progress {self._sd_progress():.3f})"
                )
            await asyncio.sleep(0.02)

    async def wait_for_state(self, state: str, timeout: float = 10.0) -> dict[str, Any]:
        """Wait until ``print_stats.state`` is ``state``; return ``print_stats``."""
        await self.wait_until(
            lambda: self.print_stats.state == state,
            timeout,
            f"print_stats.state == {state!r}",
        )
        return self.stats

    async def wait_for_klippy_state(self, state: str, timeout: float = 10.0) -> None:
        """Wait until Klippy's own state (``ready``, ``shutdown``, ...) is ``state``."""
        await self.wait_until(
            lambda: self.klippy_state == state, timeout, f"klippy {state!r}"
        )

    async def wait_for_progress(self, progress: float, timeout: float = 10.0) -> None:
        """Wait until ``virtual_sdcard.progress`` reaches ``progress`` (0..1)."""
        await self.wait_until(
            lambda: self._sd_progress() >= progress, timeout, f"progress >= {progress}"
        )

    async def wait_for_subscriber(self, timeout: float = 10.0) -> None:
        """Wait until a client (Moonraker's job_state) has subscribed to ``print_stats``."""
        await self.wait_until(
            lambda: self.subscribed, timeout, "a print_stats subscriber"
        )
