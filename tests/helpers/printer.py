"""A simulated printer: the Klippy simulator (``tests/sim``) under a real Moonraker.

The simulator runs in-process on an event loop of its own in a thread
(:class:`~tests.sim.thread.KlippySimulatorThread`: a stall of the caller's loop, Home Assistant's
in the tests, is no jump in printer time, as with a real Klippy); Moonraker is a subprocess
(:class:`~tests.helpers.moonraker.MoonrakerProcess`) that connects to it over its unix socket and keeps
its own history, exactly as with a real printer. Everything the test or the demo does to the printer
goes through Moonraker's HTTP API, as a user's browser would; the simulator's own control API
(``printer.sim``) is there for what only the machine can do (an error in the middle of a file, a
Klippy crash, changing the speed).

    async with SimulatedPrinter(tmp_path, speed=300) as printer:
        await printer.upload(FIXTURES / "sim_cube.gcode")
        await printer.start_print("sim_cube.gcode")
        await printer.sim.wait_for_state("complete")
        job = await printer.wait_for_job("sim_cube.gcode", status="completed")
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, Self

import aiohttp

from tests.helpers.moonraker import MoonrakerProcess
from tests.sim import SimConfig
from tests.sim.thread import KlippySimulatorThread

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sim"


class MoonrakerHTTPError(RuntimeError):
    """Moonraker answered with an HTTP error."""

    def __init__(self, status: int, method: str, path: str, message: str) -> None:
        """Keep the status and Moonraker's message."""
        super().__init__(f"{method} {path} -> {status}: {message}")
        self.status = status
        self.message = message


class SimulatedPrinter:
    """One printer: a Klippy simulator and a real Moonraker on ``127.0.0.1:port``.

    ``data_dir`` becomes Moonraker's data folder (``config``, ``gcodes``, ``logs``, ``database``).
    ``speed`` is the simulator's speed factor (simulated seconds per real second; default: that of
    ``sim_config``, else 100). ``trusted``, ``history`` and ``extra_config`` go to Moonraker.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        speed: float | None = None,
        port: int = 0,
        trusted: bool = True,
        history: bool = True,
        extra_config: str = "",
        sim_config: SimConfig | None = None,
    ) -> None:
        """Lay out the data folder; nothing runs before :meth:`start`."""
        self.moonraker = MoonrakerProcess(
            Path(data_dir),
            port=port,
            trusted=trusted,
            history=history,
            extra_config=extra_config,
        )
        assert self.moonraker.klippy_uds is not None
        config = sim_config or SimConfig(speed=100.0)
        if speed is not None:
            config.speed = speed
        self.sim = KlippySimulatorThread(
            self.moonraker.klippy_uds, self.moonraker.gcodes_dir, config=config
        )
        self._session: aiohttp.ClientSession | None = None

    # ------------------------------------------------------------------ lifecycle

    @property
    def url(self) -> str:
        """Return Moonraker's HTTP base URL."""
        return self.moonraker.url

    @property
    def port(self) -> int:
        """Return Moonraker's port."""
        return self.moonraker.port

    @property
    def gcodes_dir(self) -> Path:
        """Return Moonraker's gcodes folder (the simulator's virtual SD card)."""
        return self.moonraker.gcodes_dir

    @property
    def instance_uuid(self) -> str:
        """Return Moonraker's instance id."""
        return self.moonraker.instance_uuid

    async def start(self, timeout: float = 20.0) -> None:
        """Start the simulator, then Moonraker; return once Moonraker's Klippy state is ready."""
        await self.sim.start()
        await self.start_moonraker(timeout)

    async def stop(self) -> None:
        """Stop Moonraker (SIGTERM), then the simulator."""
        await self._close_session()
        await asyncio.to_thread(self.moonraker.stop)
        await self.sim.stop()

    async def __aenter__(self) -> Self:
        """Start on entry."""
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        """Stop on exit."""
        await self.stop()

    async def start_moonraker(self, timeout: float = 20.0) -> None:
        """Start Moonraker (again) and wait until it reports Klippy ready."""
        await asyncio.to_thread(self.moonraker.start, timeout)
        await self.wait_ready(timeout)

    async def stop_moonraker(self) -> None:
        """Stop Moonraker gracefully (SIGTERM): an unfinished job ends as ``server_exit``."""
        await self._close_session()
        await asyncio.to_thread(self.moonraker.stop)

    async def kill_moonraker(self) -> None:
        """Kill Moonraker (SIGKILL): an unfinished job is found ``interrupted`` at the next start."""
        await self._close_session()
        await asyncio.to_thread(self.moonraker.kill)

    async def restart_moonraker(
        self, *, kill: bool = False, down_for: float = 0.0
    ) -> None:
        """Stop (or kill) Moonraker and start it again; the simulator keeps printing meanwhile."""
        if kill:
            await self.kill_moonraker()
        else:
            await self.stop_moonraker()
        if down_for:
            await asyncio.sleep(down_for)
        await self.start_moonraker()

    async def wait_ready(self, timeout: float = 20.0) -> None:
        """Wait until Moonraker says ``klippy_state: ready`` and subscribes to ``print_stats``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        state = None
        while True:
            try:
                info = await self.server_info()
                state = info.get("klippy_state")
            except aiohttp.ClientError, MoonrakerHTTPError:
                state = None
            if state == "ready" and self.sim.subscribed:
                return
            if loop.time() > deadline:
                raise TimeoutError(
                    f"Moonraker not ready in {timeout}s (klippy_state {state}):\n"
                    f"{self.moonraker.log_tail()}"
                )
            await asyncio.sleep(0.05)

    # ------------------------------------------------------------------ HTTP

    async def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            headers = (
                {"X-Api-Key": self.moonraker.api_key} if self.moonraker.api_key else {}
            )
            self._session = aiohttp.ClientSession(
                headers=headers, timeout=aiohttp.ClientTimeout(total=30)
            )
        return self._session

    async def _close_session(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def request(self, method: str, path: str, **kwargs: Any) -> Any:
        """Call Moonraker's HTTP API; return its ``result`` (raise :class:`MoonrakerHTTPError`)."""
        session = await self._http()
        async with session.request(method, self.url + path, **kwargs) as resp:
            try:
                body = await resp.json(content_type=None)
            except ValueError:
                body = {"error": {"message": await resp.text()}}
            if resp.status >= 400:
                error = body.get("error", {}) if isinstance(body, dict) else {}
                message = (
                    error.get("message", str(body))
                    if isinstance(error, dict)
                    else str(error)
                )
                raise MoonrakerHTTPError(resp.status, method, path, message)
            return body.get("result") if isinstance(body, dict) else body

    async def server_info(self) -> dict[str, Any]:
        """``GET /server/info``."""
        return dict(await self.request("GET", "/server/info"))

    async def upload(self, source: Path | str, name: str | None = None) -> str:
        """Upload a G-code file into the gcodes folder through Moonraker; return its path there.

        A bare file name is taken from ``tests/fixtures/sim``.
        """
        path = Path(source)
        if not path.is_absolute() and not path.exists():
            path = FIXTURES / path
        data = await asyncio.to_thread(path.read_bytes)
        form = aiohttp.FormData()
        form.add_field("root", "gcodes")
        form.add_field(
            "file",
            data,
            filename=name or path.name,
            content_type="application/octet-stream",
        )
        session = await self._http()
        async with session.post(f"{self.url}/server/files/upload", data=form) as resp:
            body = await resp.json(content_type=None)
            if resp.status >= 400:
                raise MoonrakerHTTPError(
                    resp.status, "POST", "/server/files/upload", str(body)
                )
        return str(body["item"]["path"])

    async def metadata(self, filename: str) -> dict[str, Any]:
        """``GET /server/files/metadata`` of a gcodes file."""
        return dict(
            await self.request(
                "GET", "/server/files/metadata", params={"filename": filename}
            )
        )

    async def start_print(self, filename: str) -> None:
        """``POST /printer/print/start?filename=``."""
        await self.request(
            "POST", "/printer/print/start", params={"filename": filename}
        )

    async def pause(self) -> None:
        """``POST /printer/print/pause``."""
        await self.request("POST", "/printer/print/pause")

    async def resume(self) -> None:
        """``POST /printer/print/resume``."""
        await self.request("POST", "/printer/print/resume")

    async def cancel(self) -> None:
        """``POST /printer/print/cancel``."""
        await self.request("POST", "/printer/print/cancel")

    async def emergency_stop(self) -> None:
        """``POST /printer/emergency_stop``."""
        await self.request("POST", "/printer/emergency_stop")

    async def klippy_restart(self) -> None:
        """``POST /printer/restart``."""
        await self.request("POST", "/printer/restart")

    async def firmware_restart(self) -> None:
        """``POST /printer/firmware_restart``."""
        await self.request("POST", "/printer/firmware_restart")

    async def gcode(self, script: str) -> None:
        """``POST /printer/gcode/script``."""
        await self.request("POST", "/printer/gcode/script", params={"script": script})

    async def query(self, *objects: str) -> dict[str, Any]:
        """``GET /printer/objects/query`` of whole objects."""
        result = await self.request(
            "GET", "/printer/objects/query?" + "&".join(objects)
        )
        return dict(result["status"])

    # ------------------------------------------------------------------ history

    async def history(self, limit: int = 50) -> list[dict[str, Any]]:
        """Return Moonraker's history jobs, newest first."""
        result = await self.request(
            "GET", "/server/history/list", params={"limit": str(limit), "order": "desc"}
        )
        return list(result["jobs"])

    async def history_totals(self) -> dict[str, Any]:
        """Return ``/server/history/totals``."""
        return dict(await self.request("GET", "/server/history/totals"))

    async def latest_job(self, filename: str | None = None) -> dict[str, Any] | None:
        """Return the newest history job (of ``filename``, when given)."""
        for job in await self.history():
            if filename is None or job["filename"] == filename:
                return job
        return None

    async def wait_for_job(
        self,
        filename: str | None = None,
        *,
        status: str | None = None,
        timeout: float = 10.0,
    ) -> dict[str, Any]:
        """Wait until the newest job (of ``filename``) exists, with ``status`` when given."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        job = None
        while True:
            job = await self.latest_job(filename)
            if job is not None and (status is None or job["status"] == status):
                return job
            if loop.time() > deadline:
                got = None if job is None else job["status"]
                raise TimeoutError(
                    f"history job {filename!r} status {status!r} not seen in {timeout}s (got {got})"
                )
            await asyncio.sleep(0.05)
