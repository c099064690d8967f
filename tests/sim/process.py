"""The Klippy simulator in a child process, driven over its control socket.

Same control API as the in-process :class:`~tests.sim.klippy.KlippySimulator`, plus :meth:`kill`
(the Klippy process dies with SIGKILL, as a crash would).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from pathlib import Path
import socket
import sys
from typing import Any, Self

REPO_ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ControlError(RuntimeError):
    """The simulator process answered a control request with an error."""


class KlippySimulatorProcess:
    """``python -m tests.sim`` as a child process."""

    def __init__(
        self,
        socket_path: Path | str,
        gcodes_dir: Path | str,
        *,
        speed: float = 1.0,
        control_port: int = 0,
        log_path: Path | str | None = None,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        """Describe the process; nothing runs before :meth:`start`."""
        self.socket_path = Path(socket_path)
        self.gcodes_dir = Path(gcodes_dir)
        self.speed = speed
        self.control_port = control_port
        self.log_path = Path(log_path) if log_path else None
        self.extra_args = extra_args
        self.proc: asyncio.subprocess.Process | None = None
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._ids = itertools.count(1)
        self._lock = asyncio.Lock()

    async def start(self, timeout: float = 15.0) -> None:
        """Spawn the process and connect to its control port (127.0.0.1)."""
        if not self.control_port:
            self.control_port = _free_port()
        args = [
            sys.executable,
            "-m",
            "tests.sim",
            "--socket",
            str(self.socket_path),
            "--gcodes",
            str(self.gcodes_dir),
            "--speed",
            str(self.speed),
            "--control-port",
            str(self.control_port),
            *self.extra_args,
        ]
        log = await asyncio.to_thread(self._open_log)
        try:
            self.proc = await asyncio.create_subprocess_exec(
                *args,
                cwd=REPO_ROOT,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=log if log is not None else asyncio.subprocess.DEVNULL,
                stderr=log if log is not None else asyncio.subprocess.DEVNULL,
                start_new_session=True,
            )
        finally:
            if log is not None:
                await asyncio.to_thread(log.close)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if self.proc.returncode is not None:
                raise RuntimeError(f"simulator exited with {self.proc.returncode}")
            try:
                self._reader, self._writer = await asyncio.open_connection(
                    "127.0.0.1", self.control_port
                )
                break
            except OSError:
                if loop.time() > deadline:
                    await self.kill()
                    raise TimeoutError(
                        "simulator control socket did not appear"
                    ) from None
                await asyncio.sleep(0.05)

    def _open_log(self) -> Any:
        if self.log_path is None:
            return None
        return self.log_path.open("ab")

    async def call(self, method: str, **params: Any) -> Any:
        """Call a control method; raise :class:`ControlError` (or ``TimeoutError``) on failure."""
        if self._reader is None or self._writer is None:
            raise RuntimeError("simulator process not started")
        async with self._lock:
            req_id = next(self._ids)
            self._writer.write(
                json.dumps({"id": req_id, "method": method, "params": params}).encode()
                + b"\n"
            )
            await self._writer.drain()
            line = await self._reader.readline()
        if not line:
            raise ControlError("simulator control connection closed")
        reply = json.loads(line)
        if "error" in reply:
            if reply.get("type") == "TimeoutError":
                raise TimeoutError(reply["error"])
            raise ControlError(f"{reply.get('type')}: {reply['error']}")
        return reply.get("result")

    async def _close_channel(self) -> None:
        writer, self._writer, self._reader = self._writer, None, None
        if writer is not None:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def stop(self, timeout: float = 10.0) -> None:
        """Ask the process to quit; kill it if it does not."""
        if self.proc is None:
            return
        if self.proc.returncode is None:
            with contextlib.suppress(ControlError, ConnectionError, RuntimeError):
                await self.call("quit")
            try:
                await asyncio.wait_for(self.proc.wait(), timeout)
            except TimeoutError:
                self.proc.kill()
                await self.proc.wait()
        await self._close_channel()
        self.proc = None

    async def kill(self) -> None:
        """SIGKILL the process (Klippy crashes; its socket is left behind, as a real one is)."""
        if self.proc is not None and self.proc.returncode is None:
            self.proc.kill()
            await self.proc.wait()
        await self._close_channel()
        self.proc = None

    async def __aenter__(self) -> Self:
        """Start on entry."""
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        """Stop on exit."""
        await self.stop()

    # The simulator's control API -----------------------------------------------------------

    async def start_print(self, filename: str) -> None:
        """Start printing a file of the gcodes folder."""
        await self.call("start_print", filename=filename)

    async def pause(self) -> None:
        """``PAUSE``."""
        await self.call("pause")

    async def resume(self) -> None:
        """``RESUME``."""
        await self.call("resume")

    async def cancel(self) -> None:
        """``CANCEL_PRINT``."""
        await self.call("cancel")

    async def emergency_stop(
        self, message: str = "Shutdown due to M112 command"
    ) -> None:
        """Emergency stop."""
        await self.call("emergency_stop", message=message)

    async def raise_error(self, message: str | None = None) -> None:
        """Make the running print fail."""
        await self.call("raise_error", message=message)

    async def klippy_restart(self) -> None:
        """``RESTART``."""
        await self.call("klippy_restart")

    async def firmware_restart(self) -> None:
        """``FIRMWARE_RESTART``."""
        await self.call("firmware_restart")

    async def fail_start(
        self, kind: str | None = "mcu", message: str | None = None
    ) -> None:
        """Make the next (re)starts end in Klippy's ``error`` state (``None`` repairs)."""
        await self.call("fail_start", kind=kind, message=message)

    async def stop_klippy(self) -> None:
        """Drop the simulated Klippy inside the process (its socket closes; the process stays)."""
        await self.call("stop")

    async def start_klippy(self) -> None:
        """Bring the simulated Klippy back after :meth:`stop_klippy`."""
        await self.call("start")

    async def run_script(self, script: str) -> None:
        """Run G-code."""
        await self.call("run_script", script=script)

    async def set_speed(self, speed: float) -> None:
        """Change the speed factor."""
        await self.call("set_speed", speed=speed)

    async def get_status(self, name: str) -> dict[str, Any]:
        """Return a printer object's status."""
        return dict(await self.call("get_status", name=name))

    async def info(self) -> dict[str, Any]:
        """Return klippy state, print_stats, virtual_sdcard, speed and boot count."""
        return dict(await self.call("info"))

    async def wait_for_state(self, state: str, timeout: float = 10.0) -> dict[str, Any]:
        """Wait until ``print_stats.state`` is ``state``; return ``print_stats``."""
        return dict(await self.call("wait_for_state", state=state, timeout=timeout))

    async def wait_for_klippy_state(self, state: str, timeout: float = 10.0) -> None:
        """Wait until Klippy's state is ``state``."""
        await self.call("wait_for_klippy_state", state=state, timeout=timeout)

    async def wait_for_progress(self, progress: float, timeout: float = 10.0) -> None:
        """Wait until ``virtual_sdcard.progress`` reaches ``progress``."""
        await self.call("wait_for_progress", progress=progress, timeout=timeout)

    async def wait_for_subscriber(self, timeout: float = 10.0) -> None:
        """Wait until Moonraker subscribes to ``print_stats``."""
        await self.call("wait_for_subscriber", timeout=timeout)
