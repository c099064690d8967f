"""Fixtures of the store's tests: a throwaway database per test on SQLite, MariaDB and PostgreSQL.

MariaDB (127.0.0.1:3306, root, no password) and PostgreSQL (127.0.0.1:5432, postgres, trust) are the
shared servers that ``.ci/run`` makes sure are up: these tests fail rather than skip when they are
not. The outage test runs a MariaDB server of its own (``dedicated_mariadb``) so the shared one is
never stopped.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
import shutil
import subprocess
import time

import pymysql
import pytest

from custom_components.print_logger.store import Store
from tests.conftest import sockets_allowed
from tests.helpers.databases import (
    ENGINES,
    MARIADB_HOST,
    POSTGRES_HOST,
    Databases,
    _admin,
    mariadb_url,
    postgres_url,
)
from tests.helpers.moonraker import free_port

__all__ = [
    "ENGINES",
    "MARIADB_HOST",
    "POSTGRES_HOST",
    "Databases",
    "_admin",
    "mariadb_url",
    "postgres_url",
]


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """The store is HA-free: no Home Assistant instance for these tests."""


@pytest.fixture(autouse=True)
def store_sockets_enabled(socket_enabled: None) -> None:
    """Allow sockets: these tests talk to the MariaDB and PostgreSQL servers on loopback."""


@pytest.fixture
def databases(tmp_path: Path) -> Iterator[Databases]:
    """Return a factory of throwaway databases, all dropped after the test."""
    factory = Databases(tmp_path)
    yield factory
    factory.drop_all()


@pytest.fixture(params=ENGINES)
def engine_kind(request: pytest.FixtureRequest) -> str:
    """Return the engine under test."""
    return str(request.param)


@pytest.fixture
def db_url(engine_kind: str, databases: Databases) -> str:
    """Return the URL of an empty database of the engine under test."""
    return databases.create(engine_kind)


@pytest.fixture
async def store(db_url: str, tmp_path: Path) -> AsyncIterator[Store]:
    """Return a started store on an empty database of the engine under test."""
    instance = Store(db_url, tmp_path / "journal.jsonl")
    await instance.async_start()
    yield instance
    await instance.async_stop()


class MariaDBServer:
    """A MariaDB server of the tests' own, in a temporary data folder, that tests stop and start."""

    def __init__(self, base: Path) -> None:
        """Lay out the data folder and choose a port."""
        self.base = base
        self.datadir = base / "data"
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def host(self) -> str:
        """Return host:port."""
        return f"127.0.0.1:{self.port}"

    def install(self) -> None:
        """Create the system tables (root without a password)."""
        installer = shutil.which("mariadb-install-db") or shutil.which(
            "mysql_install_db"
        )
        if installer is None:
            pytest.fail("mariadb-install-db is not installed")
        subprocess.run(
            [
                installer,
                "--no-defaults",
                f"--datadir={self.datadir}",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--user=root",
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def start(self) -> None:
        """Start the server and wait until it answers."""
        server = shutil.which("mariadbd") or "/usr/sbin/mariadbd"
        self.proc = subprocess.Popen(
            [
                server,
                "--no-defaults",
                f"--datadir={self.datadir}",
                f"--port={self.port}",
                "--bind-address=127.0.0.1",
                f"--socket={self.base / 'mysqld.sock'}",
                f"--pid-file={self.base / 'mysqld.pid'}",
                f"--log-error={self.base / 'error.log'}",
                "--user=root",
                "--skip-log-bin",
                "--innodb-buffer-pool-size=32M",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            self._wait_until_ready()
        except BaseException:
            self.stop()
            raise

    def _wait_until_ready(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + 60
        while True:
            try:
                pymysql.connect(
                    host="127.0.0.1", port=self.port, user="root", connect_timeout=2
                ).close()
            except pymysql.err.OperationalError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    log = (self.base / "error.log").read_text(errors="replace")[-2000:]
                    pytest.fail(f"the test's MariaDB did not start:\n{log}")
                time.sleep(0.1)
            else:
                return

    def stop(self) -> None:
        """Stop the server (a clean shutdown) and wait for it to exit."""
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None


@pytest.fixture(scope="session")
def dedicated_mariadb(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[MariaDBServer]:
    """Return a running MariaDB server of the tests' own on a free port."""
    server = MariaDBServer(tmp_path_factory.mktemp("mariadb"))
    server.install()
    try:
        with sockets_allowed():
            server.start()
        yield server
    finally:
        server.stop()
