"""Reauth and reconfigure for real: the entry is set up, the flow reloads it, the client reconnects.

The flow tests (tests/test_config_flow.py) keep the printer from being set up; here nothing is patched:
a real Moonraker rejects the old key (or the old address answers nothing), the flow stores the new one,
Home Assistant reloads the entry and its new client connects with it.
"""

from __future__ import annotations

from homeassistant.config_entries import SOURCE_REAUTH, ConfigEntryState
from homeassistant.const import CONF_API_KEY, CONF_HOST, CONF_NAME, CONF_PORT, CONF_SSL
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
import pytest

from custom_components.print_logger.const import DOMAIN
from tests.conftest import entry_for
from tests.helpers.moonraker import MoonrakerProcess
from tests.test_live_capture import wait_for

pytestmark = pytest.mark.moonraker


async def _true(value: bool) -> bool:
    return value


async def test_rejected_key_reauth_reloads_and_reconnects(
    hass: HomeAssistant, moonraker_auth: MoonrakerProcess
) -> None:
    """Moonraker rejects the key: a reauth flow starts; the right key reloads the entry, which connects."""
    entry = entry_for(moonraker_auth, **{CONF_API_KEY: "old-key"})
    entry.add_to_hass(hass)
    await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()

    async def reauth_flow() -> str | None:
        await hass.async_block_till_done()
        flows = [
            flow
            for flow in hass.config_entries.flow.async_progress_by_handler(DOMAIN)
            if flow["context"]["source"] == SOURCE_REAUTH
            and flow["context"].get("entry_id") == entry.entry_id
        ]
        return flows[0]["flow_id"] if flows else None

    flow_id = await wait_for(reauth_flow)
    old_client = (
        entry.runtime_data.client if entry.state is ConfigEntryState.LOADED else None
    )
    assert old_client is None or not old_client.connected

    result = await hass.config_entries.flow.async_configure(
        flow_id, {CONF_API_KEY: "still-wrong"}
    )
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.flow.async_configure(
        flow_id, {CONF_API_KEY: moonraker_auth.api_key}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reauth_successful"
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    client = entry.runtime_data.client
    assert client is not old_client
    assert client.api_key == moonraker_auth.api_key
    assert entry.data[CONF_API_KEY] == moonraker_auth.api_key
    assert entry.data[CONF_HOST] == "127.0.0.1"
    await wait_for(lambda: _true(client.connected))
    assert entry.runtime_data.coordinator.data.connected
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def test_reconfigure_reloads_and_reconnects_at_the_new_address(
    hass: HomeAssistant, moonraker: MoonrakerProcess, closed_port: int
) -> None:
    """The printer moved: reconfigure to its new port reloads the entry, whose client connects there."""
    entry = entry_for(moonraker, **{CONF_PORT: closed_port})
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    old_client = entry.runtime_data.client
    assert old_client.port == closed_port
    assert not old_client.connected

    result = await entry.start_reconfigure_flow(hass)
    assert result["step_id"] == "reconfigure"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_HOST: "127.0.0.1", CONF_PORT: closed_port, CONF_SSL: False},
    )
    assert result["errors"] == {"base": "cannot_connect"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_HOST: "127.0.0.1", CONF_PORT: moonraker.port, CONF_SSL: False},
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reconfigure_successful"
    assert entry.data == {
        CONF_HOST: "127.0.0.1",
        CONF_PORT: moonraker.port,
        CONF_SSL: False,
        CONF_NAME: "Test printer",
    }
    assert entry.unique_id == moonraker.instance_uuid
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    client = entry.runtime_data.client
    assert client is not old_client
    assert client.port == moonraker.port
    await wait_for(lambda: _true(client.connected))
    assert entry.runtime_data.coordinator.data.connected
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
