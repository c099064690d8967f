"""
Fixtures of the API tests: the integration set up on a throwaway database of each engine.

The store is opened through the integration's own ``PrintLoggerDatabase`` with a custom URL (the
test's database), exactly as a printer entry would open it, without needing a printer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest

from custom_components.print_logger.const import DOMAIN
from custom_components.print_logger.data import PRINT_LOGGER_KEY
from custom_components.print_logger.database import BACKEND_CUSTOM, DatabaseSettings
from custom_components.print_logger.store import Store

# The throwaway databases and the engine parameter are the store tests' own fixtures.
from tests.store.conftest import Databases, databases, engine_kind

__all__ = ["databases", "engine_kind"]


@pytest.fixture
async def setup_integration(hass: HomeAssistant) -> None:
    """Set up the integration (views, websocket commands, the shared database object)."""
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()


@pytest.fixture
async def store(
    hass: HomeAssistant, setup_integration: None, engine_kind: str, databases: Databases
) -> AsyncIterator[Store]:
    """Return the integration's store, open on an empty database of the engine under test."""
    database = hass.data[PRINT_LOGGER_KEY].database
    database.settings = DatabaseSettings(
        backend=BACKEND_CUSTOM, url=databases.create(engine_kind)
    )
    opened = await database.async_acquire()
    yield opened
    await database.async_release()
