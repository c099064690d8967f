"""Config flow tests against a real Moonraker: every step, error path and recovery."""

from __future__ import annotations

from ipaddress import ip_address
from unittest.mock import patch

from homeassistant.config_entries import SOURCE_USER, SOURCE_ZEROCONF
from homeassistant.const import CONF_API_KEY, CONF_HOST, CONF_NAME, CONF_PORT, CONF_SSL
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.print_logger.const import (
    CONF_IMPORT_DAYS,
    CONF_IMPORT_HISTORY,
    CONF_STATE_INTERVAL,
    DOMAIN,
    IMPORT_ALL,
    IMPORT_DAYS,
)
from tests.conftest import entry_for
from tests.helpers.moonraker import MoonrakerProcess

pytestmark = [pytest.mark.moonraker, pytest.mark.usefixtures("mock_setup_entry")]


@pytest.fixture
def mock_setup_entry():
    """Keep the flow tests about the flow: do not set the printer up."""
    with patch(
        "custom_components.print_logger.async_setup_entry", return_value=True
    ) as mock:
        yield mock


def _zeroconf(
    mr: MoonrakerProcess, *, uuid: str | None = None, host: str = "127.0.0.1"
) -> ZeroconfServiceInfo:
    """Return what Home Assistant's zeroconf gives us for a Moonraker announcement."""
    properties = {"version": "v0.11.0", "route_prefix": "", "https_port": ""}
    if uuid is not None:
        properties["uuid"] = uuid
    name = f"Moonraker-{mr.instance_uuid[:8]} @ voron._moonraker._tcp.local."
    return ZeroconfServiceInfo(
        ip_address=ip_address(host),
        ip_addresses=[ip_address(host)],
        hostname="voron.local.",
        name=name,
        port=mr.port,
        type="_moonraker._tcp.local.",
        properties=properties,
    )


async def test_user_flow_creates_entry(
    hass: HomeAssistant, moonraker: MoonrakerProcess
) -> None:
    """A reachable Moonraker: the entry is keyed by Moonraker's instance id and asks about history."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "user"
    assert result["errors"] == {}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            CONF_HOST: " 127.0.0.1 ",
            CONF_PORT: moonraker.port,
            CONF_SSL: False,
            CONF_API_KEY: "",
            CONF_NAME: "Voron",
        },
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "history"

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_IMPORT_HISTORY: IMPORT_DAYS, CONF_IMPORT_DAYS: 14}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Voron"
    assert result["data"] == {
        CONF_HOST: "127.0.0.1",
        CONF_PORT: moonraker.port,
        CONF_SSL: False,
        CONF_NAME: "Voron",
    }
    assert result["options"] == {
        CONF_STATE_INTERVAL: 10,
        CONF_IMPORT_HISTORY: IMPORT_DAYS,
        CONF_IMPORT_DAYS: 14,
    }
    assert result["result"].unique_id == moonraker.instance_uuid


async def test_user_flow_title_defaults_to_host(
    hass: HomeAssistant, moonraker: MoonrakerProcess
) -> None:
    """Without a name and with Klippy not connected, the host names the printer."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_HOST: "127.0.0.1", CONF_PORT: moonraker.port, CONF_SSL: False},
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_IMPORT_HISTORY: IMPORT_ALL, CONF_IMPORT_DAYS: 30}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "127.0.0.1"
    assert CONF_NAME not in result["data"]


async def test_user_flow_cannot_connect_then_recovers(
    hass: HomeAssistant, moonraker: MoonrakerProcess, closed_port: int
) -> None:
    """A closed port is cannot_connect; the right port then works."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_HOST: "127.0.0.1", CONF_PORT: closed_port, CONF_SSL: False},
    )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "cannot_connect"}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_HOST: "127.0.0.1", CONF_PORT: moonraker.port, CONF_SSL: False},
    )
    assert result["step_id"] == "history"


async def test_user_flow_ssl_against_plain_http_is_cannot_connect(
    hass: HomeAssistant, moonraker: MoonrakerProcess
) -> None:
    """SSL ticked for a plain HTTP Moonraker fails the TLS handshake: cannot_connect."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_HOST: "127.0.0.1", CONF_PORT: moonraker.port, CONF_SSL: True},
    )
    assert result["errors"] == {"base": "cannot_connect"}


async def test_user_flow_invalid_auth_then_api_key(
    hass: HomeAssistant, moonraker_auth: MoonrakerProcess
) -> None:
    """Moonraker that does not trust us: no key or a wrong key is invalid_auth; the real key works."""
    base = {CONF_HOST: "127.0.0.1", CONF_PORT: moonraker_auth.port, CONF_SSL: False}
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], base)
    assert result["errors"] == {"base": "invalid_auth"}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**base, CONF_API_KEY: "wrong"}
    )
    assert result["errors"] == {"base": "invalid_auth"}

    assert moonraker_auth.api_key
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {**base, CONF_API_KEY: moonraker_auth.api_key}
    )
    assert result["step_id"] == "history"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_IMPORT_HISTORY: IMPORT_ALL, CONF_IMPORT_DAYS: 30}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_API_KEY] == moonraker_auth.api_key
    assert result["result"].unique_id == moonraker_auth.instance_uuid


async def test_user_flow_unknown_error_then_recovers(
    hass: HomeAssistant, moonraker: MoonrakerProcess
) -> None:
    """An unexpected exception is reported as unknown, and the form still works afterwards."""
    data = {CONF_HOST: "127.0.0.1", CONF_PORT: moonraker.port, CONF_SSL: False}
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    with patch(
        "custom_components.print_logger.config_flow.MoonrakerClient.server_info",
        side_effect=RuntimeError("boom"),
    ):
        result = await hass.config_entries.flow.async_configure(result["flow_id"], data)
    assert result["errors"] == {"base": "unknown"}
    result = await hass.config_entries.flow.async_configure(result["flow_id"], data)
    assert result["step_id"] == "history"


async def test_user_flow_duplicate_under_another_address(
    hass: HomeAssistant, moonraker: MoonrakerProcess
) -> None:
    """The same Moonraker under another address is recognised and the entry follows the new address."""
    # Known under its old address; the test harness only lets us reach 127.0.0.1.
    entry = entry_for(moonraker, **{CONF_HOST: "192.0.2.10"})
    entry.add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {CONF_HOST: "127.0.0.1", CONF_PORT: moonraker.port, CONF_SSL: False},
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert entry.data[CONF_HOST] == "127.0.0.1"


async def test_zeroconf_flow(hass: HomeAssistant, moonraker: MoonrakerProcess) -> None:
    """A discovered Moonraker is confirmed, then asked about history."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_ZEROCONF},
        data=_zeroconf(moonraker, uuid=moonraker.instance_uuid),
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "zeroconf_confirm"
    assert result["description_placeholders"] == {
        "name": f"Moonraker-{moonraker.instance_uuid[:8]}",
        "host": f"127.0.0.1:{moonraker.port}",
    }
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_NAME: "Ender"}
    )
    assert result["step_id"] == "history"
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_IMPORT_HISTORY: IMPORT_ALL, CONF_IMPORT_DAYS: 30}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "Ender"
    assert result["data"] == {
        CONF_HOST: "127.0.0.1",
        CONF_PORT: moonraker.port,
        CONF_SSL: False,
        CONF_NAME: "Ender",
    }
    assert result["result"].unique_id == moonraker.instance_uuid


async def test_zeroconf_needs_api_key(
    hass: HomeAssistant, moonraker_auth: MoonrakerProcess
) -> None:
    """A discovered Moonraker that needs a key: invalid_auth until the key is given."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_ZEROCONF},
        data=_zeroconf(moonraker_auth, uuid=moonraker_auth.instance_uuid),
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["errors"] == {"base": "invalid_auth"}
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_API_KEY: moonraker_auth.api_key}
    )
    assert result["step_id"] == "history"


async def test_zeroconf_cannot_connect(
    hass: HomeAssistant, moonraker: MoonrakerProcess, closed_port: int
) -> None:
    """A discovered address that does not answer shows cannot_connect on confirm."""
    info = _zeroconf(moonraker, uuid=moonraker.instance_uuid)
    info.port = closed_port
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=info
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["errors"] == {"base": "cannot_connect"}


async def test_zeroconf_uuid_mismatch_aborts(
    hass: HomeAssistant, moonraker: MoonrakerProcess
) -> None:
    """An announcement whose uuid is not the Moonraker answering at that address is not added."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_ZEROCONF},
        data=_zeroconf(moonraker, uuid="0" * 32),
    )
    result = await hass.config_entries.flow.async_configure(result["flow_id"], {})
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "different_printer"


async def test_zeroconf_without_uuid_aborts(
    hass: HomeAssistant, moonraker: MoonrakerProcess
) -> None:
    """An announcement without Moonraker's instance id cannot be told apart: abort."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=_zeroconf(moonraker)
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "no_instance_id"


async def test_zeroconf_known_printer_updates_address(
    hass: HomeAssistant, moonraker: MoonrakerProcess
) -> None:
    """A known printer announced at a new address: abort and remember the new address."""
    entry = entry_for(moonraker, **{CONF_HOST: "192.0.2.10", CONF_PORT: 7125})
    entry.add_to_hass(hass)
    result = await hass.config_entries.flow.async_init(
        DOMAIN,
        context={"source": SOURCE_ZEROCONF},
        data=_zeroconf(moonraker, uuid=moonraker.instance_uuid),
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert entry.data[CONF_HOST] == "127.0.0.1"
    assert entry.data[CONF_PORT] == moonraker.port


async def test_zeroconf_known_printer_without_port_keeps_port(
    hass: HomeAssistant, moonraker: MoonrakerProcess
) -> None:
    """A known printer announced without a port: the new address, with the port it had."""
    entry = entry_for(moonraker, **{CONF_HOST: "192.0.2.10"})
    entry.add_to_hass(hass)
    info = _zeroconf(moonraker, uuid=moonraker.instance_uuid)
    info.port = None
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_ZEROCONF}, data=info
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "already_configured"
    assert entry.data[CONF_HOST] == "127.0.0.1"
    assert entry.data[CONF_PORT] == moonraker.port


async def test_reauth_flow(
    hass: HomeAssistant, moonraker_auth: MoonrakerProcess
) -> None:
    """A rejected API key: reauth asks for a new one, rejects a wrong one, stores the right one."""
    entry = entry_for(moonraker_auth, **{CONF_API_KEY: "old-key"})
    entry.add_to_hass(hass)
    result = await entry.start_reauth_flow(hass)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "reauth_confirm"

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_API_KEY: "still-wrong"}
    )
    assert result["errors"] == {"base": "invalid_auth"}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_API_KEY: moonraker_auth.api_key}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "reauth_successful"
    assert entry.data[CONF_API_KEY] == moonraker_auth.api_key
    assert entry.data[CONF_HOST] == "127.0.0.1"
    await hass.async_block_till_done()  # the reload it started


async def test_reauth_other_printer_aborts(
    hass: HomeAssistant, moonraker: MoonrakerProcess, moonraker_auth: MoonrakerProcess
) -> None:
    """Reauth that lands on another Moonraker is refused."""
    entry = entry_for(moonraker_auth, unique_id=moonraker.instance_uuid)
    entry.add_to_hass(hass)
    result = await entry.start_reauth_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_API_KEY: moonraker_auth.api_key}
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "different_printer"


async def test_reconfigure_flow(
    hass: HomeAssistant, moonraker: MoonrakerProcess, closed_port: int
) -> None:
    """Reconfigure changes the address of the same printer and keeps its name."""
    entry = entry_for(moonraker, **{CONF_HOST: "192.0.2.10"})
    entry.add_to_hass(hass)
    result = await entry.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.FORM
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
    await hass.async_block_till_done()  # the reload it started


async def test_reconfigure_to_other_printer_aborts(
    hass: HomeAssistant, moonraker: MoonrakerProcess, moonraker_auth: MoonrakerProcess
) -> None:
    """Reconfigure pointing at another Moonraker is refused: its history belongs to another entry."""
    entry = entry_for(moonraker)
    entry.add_to_hass(hass)
    result = await entry.start_reconfigure_flow(hass)
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            CONF_HOST: "127.0.0.1",
            CONF_PORT: moonraker_auth.port,
            CONF_SSL: False,
            CONF_API_KEY: moonraker_auth.api_key,
        },
    )
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "different_printer"
    assert entry.data[CONF_PORT] == moonraker.port


async def test_options_flow(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """The options flow stores the live update interval and the history import choice."""
    mock_config_entry.add_to_hass(hass)
    assert await async_setup_component(hass, DOMAIN, {})
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "init"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {CONF_STATE_INTERVAL: 30, CONF_IMPORT_HISTORY: IMPORT_ALL, CONF_IMPORT_DAYS: 7},
    )
    # Then where the print log is kept (shared by all printers): unchanged here.
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "database"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"backend": "auto"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert mock_config_entry.options == {
        CONF_STATE_INTERVAL: 30,
        CONF_IMPORT_HISTORY: IMPORT_ALL,
        CONF_IMPORT_DAYS: 7,
    }
