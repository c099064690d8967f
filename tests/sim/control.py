"""A small control channel for a simulator running in another process.

Newline-delimited JSON over TCP on 127.0.0.1 (Home Assistant's test harness lets tests connect there,
not to unix sockets) or over a unix socket: ``{"id": 1, "method": "pause", "params": {}}`` is answered
with ``{"id": 1, "result": ...}`` or ``{"id": 1, "error": "message", "type": "TimeoutError"}``.
The methods are the simulator's control API (see ``METHODS``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from pathlib import Path
from typing import Any

from .klippy import KlippySimulator

_LOGGER = logging.getLogger(__name__)

METHODS = (
    "start_print",
    "pause",
    "resume",
    "cancel",
    "emergency_stop",
    "raise_error",
    "klippy_restart",
    "firmware_restart",
    "fail_start",
    "wait_for_state",
    "wait_for_klippy_state",
    "wait_for_progress",
    "wait_for_subscriber",
    "run_script",
    "set_speed",
    "get_status",
    "info",
    "start",
    "stop",
    "quit",
)


class ControlServer:
    """Serve ``METHODS`` of a simulator on ``127.0.0.1:port`` or on a unix socket ``path``."""

    def __init__(
        self,
        sim: KlippySimulator,
        *,
        port: int | None = None,
        path: Path | str | None = None,
    ) -> None:
        """Bind to ``sim``; nothing listens before :meth:`start`."""
        if (port is None) == (path is None):
            raise ValueError("give a port or a path")
        self.sim = sim
        self.port = port
        self.path = Path(path) if path is not None else None
        self.quit = asyncio.Event()
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    async def start(self) -> None:
        """Listen."""
        if self.path is None:
            self._server = await asyncio.start_server(
                self._on_client, "127.0.0.1", self.port
            )
            self.port = int(self._server.sockets[0].getsockname()[1])
            return
        await asyncio.to_thread(self._unlink)
        self._server = await asyncio.start_unix_server(
            self._on_client, path=str(self.path)
        )

    async def stop(self) -> None:
        """Stop listening and drop the connections."""
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.wait(list(self._tasks))
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        await asyncio.to_thread(self._unlink)

    def _unlink(self) -> None:
        if self.path is not None:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    async def _on_client(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        try:
            while line := await reader.readline():
                try:
                    request = json.loads(line)
                except ValueError:
                    continue
                if isinstance(request, dict):
                    reply = await self.handle(request)
                    writer.write(json.dumps(reply).encode() + b"\n")
                    await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        """Run one request; return the reply."""
        req_id = request.get("id")
        method = request.get("method")
        params = request.get("params") or {}
        try:
            result = await self._call(str(method), params)
        except Exception as err:
            return {"id": req_id, "error": str(err), "type": type(err).__name__}
        return {"id": req_id, "result": result}

    async def _call(self, method: str, params: dict[str, Any]) -> Any:
        sim = self.sim
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}")
        if method == "quit":
            self.quit.set()
            return None
        if method == "set_speed":
            sim.set_speed(float(params["speed"]))
            return None
        if method == "fail_start":
            sim.fail_start(params.get("kind", "mcu"), params.get("message"))
            return None
        if method == "get_status":
            return sim.get_status(str(params["name"]))
        if method == "info":
            return {
                "klippy_state": sim.klippy_state,
                "print_stats": sim.stats if sim.running else {},
                "virtual_sdcard": sim.get_status("virtual_sdcard")
                if sim.running
                else {},
                "speed": sim.speed,
                "boot_count": sim.boot_count,
                "subscribed": sim.subscribed,
            }
        return await getattr(sim, method)(**params)
