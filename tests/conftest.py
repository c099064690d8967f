"""
Shared fixtures: Home Assistant harness, real Moonraker processes, config entries, the print log's engine.

A Home Assistant test keeps the print log in the integration's default place, its own SQLite file in
the configuration folder. Parametrized with :data:`all_engines` and using :func:`print_log`, it runs
three times: on that file, and on a fresh MariaDB and a fresh PostgreSQL database chosen as "another
database" (as a user would in the print farm's options).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
import logging
from pathlib import Path
from typing import Any

from homeassistant.const import CONF_HOST, CONF_NAME, CONF_PORT, CONF_SSL
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import pytest_socket

from custom_components.print_logger.const import (
    CONF_IMPORT_DAYS,
    CONF_IMPORT_HISTORY,
    CONF_STATE_INTERVAL,
    DOMAIN,
    IMPORT_NONE,
)
from custom_components.print_logger.database import BACKEND_CUSTOM, sqlite_url
from custom_components.print_logger.store import Store, redacted_url
from tests.helpers.databases import DIALECTS, ENGINES, Databases, tables_and_jobs
from tests.helpers.moonraker import MoonrakerProcess, free_port

# The test harness turns SQLAlchemy's statement log on, into a handler made before pytest captures
# output: with our own database at work it would flood the CI log with every statement.
logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Load custom_components/print_logger in every Home Assistant test."""


@pytest.fixture
def hass_config_dir(hass_tmp_config_dir: str) -> str:
    """Give every test its own configuration folder: the print log's SQLite file and journal live there."""
    return hass_tmp_config_dir


@pytest.fixture(autouse=True)
def auto_socket_enabled(socket_enabled: None) -> None:
    """Allow sockets: the tests talk to real Moonraker and database servers (on loopback only)."""


@contextmanager
def sockets_allowed() -> Iterator[None]:
    """Allow sockets in session-scoped set-up (the test harness blocks them outside tests)."""
    pytest_socket.enable_socket()
    try:
        yield
    finally:
        pytest_socket.disable_socket(allow_unix_socket=True)


@pytest.fixture(scope="session")
def moonraker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MoonrakerProcess]:
    """Return a real Moonraker (trusted loopback clients, no Klippy), shared by the session."""
    proc = MoonrakerProcess(tmp_path_factory.mktemp("moonraker"))
    with sockets_allowed():
        proc.start()
    yield proc
    proc.stop()


@pytest.fixture(scope="session")
def moonraker_auth(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[MoonrakerProcess]:
    """Return a real Moonraker that needs its API key for every request."""
    proc = MoonrakerProcess(tmp_path_factory.mktemp("moonraker-auth"), trusted=False)
    with sockets_allowed():
        proc.start()
    yield proc
    proc.stop()


@pytest.fixture
def closed_port() -> int:
    """Return a loopback port nothing listens on."""
    return free_port()


def entry_for(mr: MoonrakerProcess, **data: Any) -> MockConfigEntry:
    """Return a config entry for a Moonraker process."""
    return MockConfigEntry(
        domain=DOMAIN,
        title=data.pop("title", "Test printer"),
        unique_id=data.pop("unique_id", mr.instance_uuid),
        data={
            CONF_HOST: "127.0.0.1",
            CONF_PORT: mr.port,
            CONF_SSL: False,
            CONF_NAME: "Test printer",
            **data,
        },
        options={
            CONF_STATE_INTERVAL: 10,
            CONF_IMPORT_HISTORY: IMPORT_NONE,
            CONF_IMPORT_DAYS: 30,
        },
    )


@pytest.fixture
def mock_config_entry(moonraker: MoonrakerProcess) -> MockConfigEntry:
    """Return a config entry for the session's Moonraker."""
    return entry_for(moonraker)


@pytest.fixture
def tmp_config_dir(tmp_path: Path) -> Path:
    """Return a temporary Home Assistant config directory."""
    return tmp_path


all_engines = pytest.mark.parametrize("print_log_engine", ENGINES)
"""Run a Home Assistant test on each engine: its ``print_log`` is SQLite, MariaDB, PostgreSQL."""


@dataclass(frozen=True)
class PrintLog:
    """Where a Home Assistant test keeps the print log."""

    engine: str
    """``sqlite``, ``mariadb`` or ``postgresql``."""
    url: str | None
    """The server database's URL; None for the default, the SQLite file in the configuration folder."""

    async def jobs_stored(self, hass: HomeAssistant, store: Store) -> int:
        """
        Assert ``store`` is open on this database; return its number of jobs, read straight from it.

        The count comes from a connection of its own to the database (not through the store): the
        jobs a test finds there are really in the MariaDB or PostgreSQL database it made.
        """
        url = self.url or sqlite_url(hass)
        assert store.dialect == DIALECTS[self.engine]
        assert store.url == redacted_url(url)
        tables, jobs = await hass.async_add_executor_job(tables_and_jobs, url)
        assert "print_logger_jobs" in tables
        return jobs


@pytest.fixture
def print_log_engine() -> str:
    """Return the print log's engine in a Home Assistant test: SQLite unless parametrized."""
    return "sqlite"


@pytest.fixture
def print_log_databases(tmp_path: Path, socket_enabled: None) -> Iterator[Databases]:
    """
    Return a factory of throwaway server databases for a Home Assistant test, dropped after it.

    It allows sockets itself: the recorder's database is made before the autouse fixtures run.
    """
    factory = Databases(tmp_path)
    yield factory
    factory.drop_all()


@pytest.fixture
def print_log(
    print_log_engine: str,
    print_log_databases: Databases,
    hass_storage: dict[str, Any],
) -> PrintLog:
    """
    Put the print log on the engine under test, as its database choice saved in storage says.

    SQLite: the default (its own file in the configuration folder). MariaDB / PostgreSQL: a fresh
    database of the test's own, chosen as "another database" — the domain-wide choice the print
    farm's options save, which the integration reads when it loads.
    """
    if print_log_engine == "sqlite":
        return PrintLog(print_log_engine, None)
    url = print_log_databases.create(print_log_engine)
    hass_storage[f"{DOMAIN}.database"] = {
        "version": 1,
        "minor_version": 1,
        "key": f"{DOMAIN}.database",
        "data": {"backend": BACKEND_CUSTOM, "url": url},
    }
    return PrintLog(print_log_engine, url)


def recorder_database(engine: str, databases: Databases) -> str:
    """
    Return the URL of the recorder's database for a test that overrides ``recorder_db_url``.

    SQLite: the test harness's own, in memory. MariaDB / PostgreSQL: a fresh database, which the
    print log follows by default (the recorder's server is where it is backed up with the rest).
    """
    return "sqlite://" if engine == "sqlite" else databases.create(engine)


@pytest.fixture
def print_log_following_the_recorder(
    print_log_engine: str, recorder_db_url: str
) -> PrintLog:
    """Return where the print log is with the default choice, following the test's recorder."""
    return PrintLog(
        print_log_engine, None if print_log_engine == "sqlite" else recorder_db_url
    )
