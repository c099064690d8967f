"""Shared fixtures: Home Assistant harness, real Moonraker processes, config entries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
import logging
from pathlib import Path
from typing import Any

from homeassistant.const import CONF_HOST, CONF_NAME, CONF_PORT, CONF_SSL
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
