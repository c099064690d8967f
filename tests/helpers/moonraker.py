"""Start and stop the real Moonraker (from .venv-moonraker) for tests and the demo printer.

Moonraker runs as a subprocess on a free loopback port with its own temporary data folder. Klippy is
whatever listens on ``klippy_uds`` (the simulator in ``tests/sim`` or nothing at all: Moonraker then
answers with ``klippy_state: disconnected``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
import json
import os
from pathlib import Path
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from tests.helpers.process import start_and_wait

REPO_ROOT = Path(__file__).resolve().parents[2]
MOONRAKER_BIN = REPO_ROOT / ".venv-moonraker" / "bin" / "moonraker"


# The real socket class, kept before pytest-socket (used by Home Assistant's test harness) guards it:
# finding a free port is not a connection.
_SOCKET = socket.socket


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with _SOCKET(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class MoonrakerProcess:
    """A real Moonraker subprocess.

    ``trusted`` lets 127.0.0.1 in without an API key (the usual home set-up); with ``trusted=False``
    every request needs the API key (``api_key`` is read from Moonraker after start).
    """

    data_dir: Path
    port: int = 0
    trusted: bool = True
    history: bool = True
    klippy_uds: Path | None = None
    extra_config: str = ""
    proc: subprocess.Popen[bytes] | None = None
    api_key: str | None = None
    instance_uuid: str = ""
    _log: Path = field(init=False)

    def __post_init__(self) -> None:
        """Choose a port and lay out the data folder."""
        if not self.port:
            self.port = free_port()
        if self.klippy_uds is None:
            # Unix socket paths are limited to 107 bytes: keep it short.
            self.klippy_uds = Path(f"/tmp/pl-klippy-{os.getpid()}-{self.port}.sock")
        for sub in ("config", "logs", "gcodes", "database", "tmp"):
            (self.data_dir / sub).mkdir(parents=True, exist_ok=True)
        self._log = self.data_dir / "logs" / "moonraker.log"

    @property
    def url(self) -> str:
        """Return the HTTP base URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def gcodes_dir(self) -> Path:
        """Return Moonraker's gcodes root (where print files go)."""
        return self.data_dir / "gcodes"

    def write_config(self) -> Path:
        """Write moonraker.conf for this instance."""
        auth = "[authorization]\ncors_domains:\n    http://127.0.0.1\n"
        if self.trusted:
            auth += "trusted_clients:\n    127.0.0.1/32\n"
        conf = (
            f"[server]\nhost: 127.0.0.1\nport: {self.port}\nklippy_uds_address: {self.klippy_uds}\n\n"
            "[file_manager]\nenable_object_processing: False\n\n"
            f"{auth}\n" + ("[history]\n\n" if self.history else "") + self.extra_config
        )
        path = self.data_dir / "config" / "moonraker.conf"
        path.write_text(conf, encoding="utf-8")
        return path

    def start(self, timeout: float = 30.0) -> None:
        """Start Moonraker and wait until it answers ``/server/info``."""
        if not MOONRAKER_BIN.exists():
            raise RuntimeError(f"{MOONRAKER_BIN} is missing: run scripts/setup")
        conf = self.write_config()
        self.proc = start_and_wait(
            [
                str(MOONRAKER_BIN),
                "-d",
                str(self.data_dir),
                "-c",
                str(conf),
                "-l",
                str(self._log),
            ],
            name="moonraker",
            output=self.data_dir / "logs" / "stdout.log",
            ready=self._answers,
            log_tail=self.log_tail,
            timeout=timeout,
            interval=0.1,
            # Moonraker names an upload's temporary file after the whole second of the (system-wide)
            # monotonic clock, in the temp folder: Moonrakers sharing /tmp that take uploads in the
            # same second overwrite and move away each other's files. One temp folder each.
            env={**os.environ, "TMPDIR": str(self.data_dir / "tmp")},
        )
        self.instance_uuid = (self.data_dir / ".moonraker.uuid").read_text().strip()
        if not self.trusted:
            self.api_key = self._read_api_key()

    def _answers(self) -> bool:
        """Return True once Moonraker answers ``/server/info`` (a 401 without a key is an answer)."""
        try:
            self._get("/server/info", use_key=False)
        except urllib.error.HTTPError:
            return True
        except OSError:
            return False
        return True

    def _read_api_key(self) -> str:
        """Read the API key from Moonraker's SQLite database (written at start)."""
        import contextlib
        import sqlite3

        db = self.data_dir / "database" / "moonraker-sql.db"
        deadline = time.monotonic() + 10
        while True:
            try:
                with contextlib.closing(sqlite3.connect(db)) as conn:
                    row = conn.execute(
                        "SELECT password FROM authorized_users WHERE username = '_API_KEY_USER_'"
                    ).fetchone()
                if row:
                    return str(row[0])
            except sqlite3.Error:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("no API key in Moonraker's database")
            time.sleep(0.1)

    def _get(self, path: str, *, use_key: bool = True) -> dict[str, object]:
        req = urllib.request.Request(self.url + path)
        if use_key and self.api_key:
            req.add_header("X-Api-Key", self.api_key)
        with urllib.request.urlopen(req, timeout=5) as resp:
            return dict(json.loads(resp.read()))

    def get(self, path: str) -> dict[str, object]:
        """GET a Moonraker endpoint synchronously (for test set-up and assertions)."""
        return self._get(path)

    async def async_get(self, path: str) -> dict[str, object]:
        """GET a Moonraker endpoint without blocking the event loop."""
        return await asyncio.to_thread(self._get, path)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop Moonraker (SIGTERM, then SIGKILL)."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout)

    def kill(self) -> None:
        """Kill Moonraker at once (SIGKILL), as a crash or power loss would."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)

    def restart(self) -> None:
        """Stop and start again on the same port and data folder."""
        self.stop()
        self.start()

    def seed_history(self, jobs: Sequence[Mapping[str, object]]) -> None:
        """
        Write finished jobs into Moonraker's own history table (``job_history``), as it keeps them.

        Moonraker must have run once (it creates the table) and be stopped: it reads the table
        again when it starts. Each job gives ``job_id`` (an integer: Moonraker serves it as six
        hex digits), ``filename``, ``status``, ``start_time`` and ``end_time`` (epoch seconds),
        ``print_duration``, ``total_duration`` and ``filament_used``.
        """
        import contextlib
        import sqlite3

        if self.proc is not None and self.proc.poll() is None:
            raise RuntimeError("stop Moonraker before writing its history")
        db = self.data_dir / "database" / "moonraker-sql.db"
        rows = [
            (
                job["job_id"],
                "_TRUSTED_USER_",
                job["filename"],
                job["status"],
                job["start_time"],
                job["end_time"],
                job["print_duration"],
                job["total_duration"],
                job["filament_used"],
                "{}",
                "[]",
                "default",
            )
            for job in jobs
        ]
        with contextlib.closing(sqlite3.connect(db)) as conn, conn:
            conn.executemany(
                "INSERT INTO job_history (job_id, user, filename, status, start_time, end_time,"
                " print_duration, total_duration, filament_used, metadata, auxiliary_data,"
                " instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def log_tail(self, lines: int = 40) -> str:
        """Return the end of Moonraker's log for failure messages."""
        text = ""
        for path in (self.data_dir / "logs" / "stdout.log", self._log):
            if path.exists():
                text += "\n".join(
                    path.read_text(errors="replace").splitlines()[-lines:]
                )
        return text


def main() -> None:
    """Run a Moonraker by hand: ``python -m tests.helpers.moonraker DATA_DIR [PORT]``."""
    data = Path(sys.argv[1])
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    mr = MoonrakerProcess(data, port=port)
    mr.start()
    print(f"moonraker on {mr.url}, uuid {mr.instance_uuid}", flush=True)
    try:
        assert mr.proc is not None
        mr.proc.wait()
    except KeyboardInterrupt:
        mr.stop()


if __name__ == "__main__":
    main()
