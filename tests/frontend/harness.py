"""
A real Home Assistant process for the browser tests and the render benchmark.

``HomeAssistantProcess`` runs ``.venv/bin/hass`` on a free loopback port with a temporary configuration
folder where ``custom_components/print_logger`` is a symlink to this working tree. Onboarding is done
through Home Assistant's own onboarding API (the user step creates the owner, an admin, and returns an
authorization code exchanged for tokens at ``/auth/token``); the other onboarding steps are marked done in
``.storage/onboarding`` before the start, so no cloud integration is set up. Printers are added through
the config flow's REST API, like the UI does.

``DemoPrinter`` is ``scripts/demo-printer`` (the Klippy simulator under a real Moonraker) as a
subprocess. Every process is started in its own session and stopped (SIGTERM, then SIGKILL) by
``stop()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
import json
import os
from pathlib import Path
import signal
import subprocess
import sys
import time
from typing import Any
import urllib.error
import urllib.parse
import urllib.request

from tests.helpers.moonraker import free_port
from tests.helpers.process import start_and_wait

REPO_ROOT = Path(__file__).resolve().parents[2]
HASS_BIN = REPO_ROOT / ".venv" / "bin" / "hass"
PYTHON = REPO_ROOT / ".venv" / "bin" / "python"
INTEGRATION = REPO_ROOT / "custom_components" / "print_logger"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIME_ZONE = "Europe/Berlin"

# Python packages a real Home Assistant needs to serve its frontend (the frontend itself, and what
# the service descriptions the frontend loads at start-up import: conversation, camera, tts, ...).
# pytest-homeassistant-custom-component does not install them; requirements_dev.txt does.
FRONTEND_MODULES = {
    "hass_frontend": "home-assistant-frontend",
    "hassil": "hassil",
    "home_assistant_intents": "home-assistant-intents",
    "gazetteer_matcher": "gazetteer-matcher",
    "turbojpeg": "PyTurboJPEG",
    "mutagen": "mutagen",
    "haffmpeg": "ha-ffmpeg",
    "pymicro_vad": "pymicro-vad",
    "pyspeex_noise": "pyspeex-noise",
}


def missing_packages() -> list[str]:
    """Return the PyPI names of the packages above that the test environment lacks."""
    import importlib.util

    return [
        package
        for module, package in FRONTEND_MODULES.items()
        if importlib.util.find_spec(module) is None
    ]


class HttpError(RuntimeError):
    """Home Assistant answered with an HTTP error."""

    def __init__(self, status: int, method: str, path: str, body: str) -> None:
        """Keep the status and the body."""
        super().__init__(f"{method} {path} -> {status}: {body[:500]}")
        self.status = status
        self.body = body


def _stop(proc: subprocess.Popen[bytes] | None, timeout: float = 20.0) -> None:
    """Stop a process started in its own session: SIGTERM to its group, then SIGKILL."""
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def _tail(path: Path, lines: int = 60) -> str:
    if not path.exists():
        return ""
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


@dataclass
class DemoPrinter:
    """``scripts/demo-printer``: a simulated printer (Klippy simulator + real Moonraker)."""

    data_dir: Path
    speed: float = 1.0
    port: int = 0
    proc: subprocess.Popen[bytes] | None = None
    instance_uuid: str = ""

    @property
    def url(self) -> str:
        """Return Moonraker's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> None:
        """Start it and wait until Moonraker reports Klippy ready."""
        self.port = self.port or free_port()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.proc = start_and_wait(
            [
                str(PYTHON),
                "-m",
                "tests.sim.demo",
                "--port",
                str(self.port),
                "--speed",
                str(self.speed),
                "--data",
                str(self.data_dir),
            ],
            name="demo printer",
            output=self.data_dir / "demo-printer.log",
            ready=self._ready,
            log_tail=lambda: _tail(self.data_dir / "demo-printer.log"),
            timeout=timeout,
            interval=0.3,
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        )
        self.instance_uuid = (self.data_dir / ".moonraker.uuid").read_text().strip()

    def _ready(self) -> bool:
        """Return True once Moonraker reports Klippy ready."""
        try:
            with urllib.request.urlopen(self.url + "/server/info", timeout=2) as r:
                info = json.loads(r.read())["result"]
        except OSError, ValueError, KeyError:
            return False
        return bool(info.get("klippy_state") == "ready")

    def post(self, path: str) -> dict[str, Any]:
        """POST to Moonraker (e.g. ``/printer/print/start?filename=…``)."""
        req = urllib.request.Request(self.url + path, data=b"", method="POST")
        with urllib.request.urlopen(req, timeout=10) as resp:
            return dict(json.loads(resp.read()))

    def stop(self) -> None:
        """Stop the simulator and its Moonraker."""
        _stop(self.proc)


@dataclass
class Tokens:
    """The owner's tokens, as the frontend keeps them in ``localStorage.hassTokens``."""

    access_token: str
    refresh_token: str
    expires_in: int
    client_id: str
    hass_url: str

    def local_storage(self) -> str:
        """Return the JSON the frontend reads from ``localStorage.hassTokens``."""
        return json.dumps(
            {
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "token_type": "Bearer",
                "expires_in": self.expires_in,
                "expires": int(time.time() * 1000) + self.expires_in * 1000,
                "hassUrl": self.hass_url,
                "clientId": self.client_id,
            }
        )


@dataclass
class HomeAssistantProcess:
    """A real Home Assistant with this working tree's integration."""

    config_dir: Path
    port: int = 0
    dashboard_cards: list[dict[str, Any]] = field(default_factory=list)
    # Another Home Assistant release's ``hass`` (scripts/smoke.py runs the oldest and the newest).
    hass_bin: Path = HASS_BIN
    proc: subprocess.Popen[bytes] | None = None
    tokens: Tokens | None = None

    @property
    def url(self) -> str:
        """Return the base URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        """Return Home Assistant's log file."""
        return self.config_dir / "home-assistant.log"

    @property
    def db_path(self) -> Path:
        """Return where the integration keeps the print log (the recorder is not loaded)."""
        return self.config_dir / "print_logger.db"

    def prepare(self) -> None:
        """Write the configuration, the symlink, the dashboard and the onboarding state."""
        self.port = self.port or free_port()
        (self.config_dir / "custom_components").mkdir(parents=True, exist_ok=True)
        link = self.config_dir / "custom_components" / "print_logger"
        if not link.exists():
            link.symlink_to(INTEGRATION, target_is_directory=True)
        (self.config_dir / "configuration.yaml").write_text(
            f"""homeassistant:
  name: Print Logger test
  time_zone: {TIME_ZONE}
  unit_system: metric
  currency: EUR
  country: DE
  language: en
  latitude: 52.52
  longitude: 13.40
  elevation: 34

frontend:

recorder:
  purge_keep_days: 1

logger:
  default: warning
  logs:
    custom_components.print_logger: info
""",
            encoding="utf-8",
        )
        storage = self.config_dir / ".storage"
        storage.mkdir(exist_ok=True)
        # The HTTP settings live in storage (YAML ones would be a trial needing confirmation in the UI).
        (storage / "http").write_text(
            json.dumps(
                {
                    "version": 2,
                    "minor_version": 2,
                    "key": "http",
                    "data": {
                        "stable": {
                            "server_port": self.port,
                            "server_host": ["127.0.0.1"],
                            "cors_allowed_origins": [],
                            "login_attempts_threshold": -1,
                            "ip_ban_enabled": False,
                            "ssl_profile": "modern",
                            "use_x_frame_options": True,
                            "created_at": "2026-01-01T00:00:00+00:00",
                            "error": None,
                            "error_message": None,
                        },
                        "pending": None,
                        "yaml_migration_done": True,
                    },
                }
            ),
            encoding="utf-8",
        )
        (storage / "onboarding").write_text(
            json.dumps(
                {
                    "version": 4,
                    "minor_version": 1,
                    "key": "onboarding",
                    "data": {"done": ["core_config", "analytics", "integration"]},
                }
            ),
            encoding="utf-8",
        )
        if self.dashboard_cards:
            (storage / "lovelace").write_text(
                json.dumps(
                    {
                        "version": 1,
                        "minor_version": 1,
                        "key": "lovelace",
                        "data": {
                            "config": {
                                "title": "Home",
                                "views": [
                                    {
                                        "title": "Printing",
                                        "path": "printing",
                                        "cards": self.dashboard_cards,
                                    }
                                ],
                            }
                        },
                    }
                ),
                encoding="utf-8",
            )

    def start(self, timeout: float = 180.0) -> None:
        """Start Home Assistant and wait until its HTTP API answers."""
        if not self.hass_bin.exists():
            raise RuntimeError(f"{self.hass_bin} is missing: run scripts/setup")
        self.proc = start_and_wait(
            [
                str(self.hass_bin),
                "--config",
                str(self.config_dir),
                "--skip-pip",
                "--log-file",
                str(self.log_path),
            ],
            name="hass",
            output=self.config_dir / "stdout.log",
            ready=self._answers,
            log_tail=self.log_tail,
            timeout=timeout,
            interval=0.5,
            cwd=self.config_dir,
        )

    def _answers(self) -> bool:
        """Return True once Home Assistant's HTTP API answers."""
        try:
            status, _ = self.request("GET", "/api/onboarding", auth=False)
        except OSError:
            return False
        return status == 200

    def stop(self) -> None:
        """Stop Home Assistant."""
        _stop(self.proc, timeout=60)

    def log_tail(self, lines: int = 60) -> str:
        """Return the end of Home Assistant's logs (for failure messages)."""
        return (
            _tail(self.config_dir / "stdout.log", lines)
            + "\n"
            + _tail(self.log_path, lines)
        )

    # ------------------------------------------------------------------ HTTP
    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        auth: bool = True,
        form: dict[str, str] | None = None,
        token: str | None = None,
    ) -> tuple[int, Any]:
        """Send a request; return (status, parsed JSON or text). Raises nothing for HTTP errors."""
        headers: dict[str, str] = {}
        data: bytes | None = None
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if auth:
            bearer = token or (self.tokens.access_token if self.tokens else None)
            if bearer:
                headers["Authorization"] = f"Bearer {bearer}"
        req = urllib.request.Request(
            self.url + path, data=data, method=method, headers=headers
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                status, raw = resp.status, resp.read()
        except urllib.error.HTTPError as err:
            status, raw = err.code, err.read()
        text = raw.decode("utf-8", errors="replace")
        try:
            return status, json.loads(text)
        except ValueError:
            return status, text

    def api(self, method: str, path: str, body: Any = None) -> Any:
        """Send an authenticated request and return its JSON; HttpError unless 2xx."""
        status, payload = self.request(method, path, body)
        if not 200 <= status < 300:
            raise HttpError(status, method, path, str(payload))
        return payload

    # ------------------------------------------------------------------ set-up steps
    def onboard(
        self, username: str = "admin", password: str = "pl-test-password"
    ) -> Tokens:
        """Create the owner through the onboarding API and log in (tokens for REST and the browser)."""
        client_id = f"{self.url}/"
        status, payload = self.request(
            "POST",
            "/api/onboarding/users",
            {
                "client_id": client_id,
                "name": "Test Admin",
                "username": username,
                "password": password,
                "language": "en",
            },
            auth=False,
        )
        if status != 200:
            raise HttpError(status, "POST", "/api/onboarding/users", str(payload))
        status, token = self.request(
            "POST",
            "/auth/token",
            form={
                "grant_type": "authorization_code",
                "code": payload["auth_code"],
                "client_id": client_id,
            },
            auth=False,
        )
        if status != 200:
            raise HttpError(status, "POST", "/auth/token", str(token))
        self.tokens = Tokens(
            access_token=token["access_token"],
            refresh_token=token["refresh_token"],
            expires_in=int(token["expires_in"]),
            client_id=client_id,
            hass_url=self.url,
        )
        return self.tokens

    def websocket(self, *messages: dict[str, Any]) -> list[Any]:
        """Send websocket commands as the owner (in a thread of its own); return their results."""
        import asyncio
        import threading

        import aiohttp

        assert self.tokens is not None
        token = self.tokens.access_token
        results: list[Any] = []
        failure: list[BaseException] = []

        async def run() -> None:
            async with (
                aiohttp.ClientSession() as session,
                session.ws_connect(f"{self.url}/api/websocket") as ws,
            ):
                await ws.receive_json()  # auth_required
                await ws.send_json({"type": "auth", "access_token": token})
                if (await ws.receive_json())["type"] != "auth_ok":
                    raise RuntimeError("websocket authentication failed")
                for n, message in enumerate(messages, start=1):
                    await ws.send_json({"id": n, **message})
                    while (answer := await ws.receive_json()).get("id") != n:
                        pass
                    if not answer.get("success"):
                        raise RuntimeError(f"{message['type']}: {answer.get('error')}")
                    results.append(answer.get("result"))

        def target() -> None:
            try:
                asyncio.run(run())
            except BaseException as err:  # reported in the caller's thread
                failure.append(err)

        thread = threading.Thread(target=target, name="print-logger-ha-websocket")
        thread.start()
        thread.join(60)
        if failure:
            raise failure[0]
        return results

    def add_user(
        self, name: str, username: str, password: str, *, admin: bool
    ) -> Tokens:
        """Create a user (admin or not) and log in as them through the login flow; return their tokens."""
        group = "system-admin" if admin else "system-users"
        (user,) = self.websocket(
            {"type": "config/auth/create", "name": name, "group_ids": [group]}
        )
        self.websocket(
            {
                "type": "config/auth_provider/homeassistant/create",
                "user_id": user["user"]["id"],
                "username": username,
                "password": password,
            }
        )
        client_id = f"{self.url}/"
        flow = self.api(
            "POST",
            "/auth/login_flow",
            {
                "client_id": client_id,
                "handler": ["homeassistant", None],
                "redirect_uri": f"{self.url}/?auth_callback=1",
            },
        )
        done = self.api(
            "POST",
            f"/auth/login_flow/{flow['flow_id']}",
            {"client_id": client_id, "username": username, "password": password},
        )
        status, token = self.request(
            "POST",
            "/auth/token",
            form={
                "grant_type": "authorization_code",
                "code": done["result"],
                "client_id": client_id,
            },
            auth=False,
        )
        if status != 200:
            raise HttpError(status, "POST", "/auth/token", str(token))
        return Tokens(
            access_token=token["access_token"],
            refresh_token=token["refresh_token"],
            expires_in=int(token["expires_in"]),
            client_id=client_id,
            hass_url=self.url,
        )

    def add_printer(self, printer: DemoPrinter, name: str) -> dict[str, Any]:
        """Add a printer through the config flow (as the UI does); return the created entry."""
        flow = self.api(
            "POST",
            "/api/config/config_entries/flow",
            {"handler": "print_logger", "show_advanced_options": False},
        )
        step = self.api(
            "POST",
            f"/api/config/config_entries/flow/{flow['flow_id']}",
            {"host": "127.0.0.1", "port": printer.port, "ssl": False, "name": name},
        )
        if step.get("step_id") != "history":
            raise RuntimeError(f"unexpected config flow step: {step}")
        done = self.api(
            "POST",
            f"/api/config/config_entries/flow/{flow['flow_id']}",
            {"import_history": "none"},
        )
        if done.get("type") != "create_entry":
            raise RuntimeError(f"config flow did not create the entry: {done}")
        return dict(done["result"])

    def wait_for(
        self, what: str, check: Any, timeout: float = 60.0, interval: float = 0.5
    ) -> Any:
        """Call ``check()`` until it returns something truthy; return it."""
        deadline = time.monotonic() + timeout
        last: Any = None
        while time.monotonic() < deadline:
            try:
                last = check()
            except (HttpError, OSError) as err:
                last = err
            if last and not isinstance(last, Exception):
                return last
            time.sleep(interval)
        raise RuntimeError(
            f"timed out waiting for {what} (last: {last!r})\n{self.log_tail()}"
        )


def seed(db_path: Path, *args: str) -> str:
    """Run ``tests.frontend.seed`` in a subprocess (its own event loop and store worker)."""
    result = subprocess.run(
        [str(PYTHON), "-m", "tests.frontend.seed", args[0], str(db_path), *args[1:]],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if result.returncode != 0:
        raise RuntimeError(f"seeding failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


if __name__ == "__main__":  # pragma: no cover - manual use
    sys.exit("import this module")
