"""Diagnostics: settings with secrets redacted, the live printer and the database."""

from __future__ import annotations

import asyncio

from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.components.diagnostics import (
    get_diagnostics_for_config_entry,
)
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
from syrupy.assertion import SnapshotAssertion
from syrupy.matchers import path_type

from tests.conftest import entry_for
from tests.helpers.moonraker import MoonrakerProcess

pytestmark = pytest.mark.moonraker


async def test_diagnostics(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    moonraker_auth: MoonrakerProcess,
    snapshot: SnapshotAssertion,
) -> None:
    """The API key never shows; the database, its schema and its row counts do."""
    entry = entry_for(moonraker_auth, api_key=moonraker_auth.api_key)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    # Wait for the websocket: Moonraker then says Klippy is not connected (no Klippy here).
    coordinator = entry.runtime_data.coordinator
    async with asyncio.timeout(10):
        while coordinator.data.klippy_state is None:
            await asyncio.sleep(0.05)
    diagnostics = await get_diagnostics_for_config_entry(hass, hass_client, entry)
    assert diagnostics["entry"]["data"]["api_key"] == "**REDACTED**"
    assert moonraker_auth.api_key not in str(diagnostics)
    database = diagnostics["database"]
    assert database["backend"] == "auto"
    assert database["url"].endswith("print_logger.db")
    assert database["available"] is True
    assert database["pending_writes"] == 0
    assert database["engine"]["dialect"] == "sqlite"
    assert database["engine"]["schema_version"] >= 1
    assert database["engine"]["row_counts"]["printers"] == 1
    assert diagnostics["printer"]["job"] is None
    # The whole document, but for what differs between runs (ports, paths, versions, live values).
    assert diagnostics == snapshot(
        matcher=path_type(
            {
                "entry.data.port": (int,),
                "database.url": (str,),
                "database.engine.url": (str,),
                "database.engine.server_version": (str,),
                "database.engine.driver": (str,),
                "printer.connected": (bool,),
                "printer.klippy_state": (str, type(None)),
                "printer.print_state": (str,),
                "printer.moonraker_version": (str, type(None)),
                "printer.klipper_version": (str, type(None)),
                "printer.history_available": (bool, type(None)),
            }
        )
    )
    assert await hass.config_entries.async_unload(entry.entry_id)
