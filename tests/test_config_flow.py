"""Config flow tests against a real Moonraker: every step, error path and recovery."""

from __future__ import annotations

from ipaddress import ip_address
from pathlib import Path
from unittest.mock import patch

from aiohttp import web
from homeassistant.config_entries import SOURCE_USER, SOURCE_ZEROCONF, ConfigFlowResult
from homeassistant.const import CONF_API_KEY, CONF_HOST, CONF_NAME, CONF_PORT, CONF_SSL
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType, InvalidData
from homeassistant.helpers.service_info.zeroconf import ZeroconfServiceInfo
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.print_logger.const import (
    CONF_BACKEND,
    CONF_DATABASE_URL,
    CONF_FARM,
    CONF_IMPORT_DAYS,
    CONF_IMPORT_HISTORY,
    CONF_STATE_INTERVAL,
    DOMAIN,
    FARM_UNIQUE_ID,
    IMPORT_ALL,
    IMPORT_DAYS,
    IMPORT_NONE,
)
from custom_components.print_logger.data import PRINT_LOGGER_KEY
from custom_components.print_logger.database import BACKEND_AUTO, BACKEND_SQLITE
from custom_components.print_logger.store import (
    CopyVerificationError,
    SchemaVersionError,
    StoreError,
    StoreUnavailableError,
)
from tests.conftest import entry_for
from tests.helpers.moonraker import MoonrakerProcess, free_port
from tests.helpers.printer import SimulatedPrinter

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
    # The days are not asked before "the last days" is chosen.
    assert set(result["data_schema"].schema) == {CONF_IMPORT_HISTORY}

    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_IMPORT_HISTORY: IMPORT_DAYS}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "history_days"
    assert set(result["data_schema"].schema) == {CONF_IMPORT_DAYS}
    # A number a person types is bounded: 1 to 3650 days.
    for wrong in (0, 3651):
        with pytest.raises(InvalidData):
            await hass.config_entries.flow.async_configure(
                result["flow_id"], {CONF_IMPORT_DAYS: wrong}
            )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_IMPORT_DAYS: 14}
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
        result["flow_id"], {CONF_IMPORT_HISTORY: IMPORT_NONE}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "127.0.0.1"
    assert CONF_NAME not in result["data"]
    # No days asked, none stored: "none" imports nothing whatever a number says.
    assert result["options"] == {
        CONF_STATE_INTERVAL: 10,
        CONF_IMPORT_HISTORY: IMPORT_NONE,
    }


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
        result["flow_id"], {CONF_IMPORT_HISTORY: IMPORT_ALL}
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
        result["flow_id"], {CONF_IMPORT_HISTORY: IMPORT_ALL}
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


# A successful reauth and reconfigure, with the reload and the reconnection they cause, are in
# tests/test_reauth_reconfigure.py (nothing patched there).


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
    assert result["type"] is FlowResultType.MENU
    assert result["step_id"] == "init"
    assert result["menu_options"] == ["settings", "capture", "costs"]
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "settings"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "settings"
    # Only the printer's own settings: where the print log is kept is the farm's (issue 21.3).
    assert set(result["data_schema"].schema) == {
        CONF_STATE_INTERVAL,
        CONF_IMPORT_HISTORY,
    }
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_STATE_INTERVAL: 30, CONF_IMPORT_HISTORY: IMPORT_DAYS}
    )
    # "The last days": their number on a step of its own.
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "settings_days"
    assert set(result["data_schema"].schema) == {CONF_IMPORT_DAYS}
    # The form starts from the days stored before.
    (marker,) = result["data_schema"].schema
    assert marker.default() == 30
    with pytest.raises(InvalidData):
        await hass.config_entries.options.async_configure(
            result["flow_id"], {CONF_IMPORT_DAYS: 0}
        )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_IMPORT_DAYS: 7}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert mock_config_entry.options == {
        CONF_STATE_INTERVAL: 30,
        CONF_IMPORT_HISTORY: IMPORT_DAYS,
        CONF_IMPORT_DAYS: 7,
    }


async def test_options_flow_without_days(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """Choosing all of the history asks no days, and the stored ones go (they no longer apply)."""
    mock_config_entry.add_to_hass(hass)
    assert CONF_IMPORT_DAYS in mock_config_entry.options
    assert await async_setup_component(hass, DOMAIN, {})
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "settings"}
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_STATE_INTERVAL: 20, CONF_IMPORT_HISTORY: IMPORT_ALL}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert mock_config_entry.options == {
        CONF_STATE_INTERVAL: 20,
        CONF_IMPORT_HISTORY: IMPORT_ALL,
    }


async def test_options_capture(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """The capture step keeps the camera, sensors, photo settings and phones, and the other options."""
    mock_config_entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        mock_config_entry, options={CONF_STATE_INTERVAL: 15}
    )
    assert await async_setup_component(hass, DOMAIN, {})
    hass.services.async_register("notify", "mobile_app_pixel", lambda call: None)
    result = await hass.config_entries.options.async_init(mock_config_entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "capture"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "capture"
    schema = result["data_schema"].schema
    notify = next(key for key in schema if key == "notify_services")
    assert schema[notify].config["options"] == ["notify.mobile_app_pixel"]
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            "camera": "camera.enclosure",
            "climate_sensors": ["sensor.enclosure_temperature"],
            "photo_max_side": 800,
            "photo_retention_days": 30,
            "notify_services": ["notify.mobile_app_pixel"],
            "failure_reasons": ["spaghetti", "clog"],
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert mock_config_entry.options == {
        CONF_STATE_INTERVAL: 15,
        "camera": "camera.enclosure",
        "climate_sensors": ["sensor.enclosure_temperature"],
        "photo_max_side": 800,
        "photo_retention_days": 30,
        "notify_services": ["notify.mobile_app_pixel"],
        "failure_reasons": ["spaghetti", "clog"],
    }


async def _farm_database_step(hass: HomeAssistant, entry_id: str) -> ConfigFlowResult:
    """Open the farm's options and choose where the print log is kept in its menu."""
    result = await hass.config_entries.options.async_init(entry_id)
    assert result["type"] is FlowResultType.MENU
    assert result["menu_options"] == ["database", "filament_prices"]
    return await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "database"}
    )


def _farm_entry() -> MockConfigEntry:
    """Return the print farm's entry as the system step creates it."""
    return MockConfigEntry(
        domain=DOMAIN,
        title="Print farm",
        unique_id=FARM_UNIQUE_ID,
        data={CONF_FARM: True},
    )


async def test_farm_offers_no_reconfigure(hass: HomeAssistant) -> None:
    """
    The farm has no address: Reconfigure (offered by Home Assistant for every entry) aborts.

    Before, it showed the printer's connection form, which would have turned the farm into a
    printer.
    """
    farm = _farm_entry()
    farm.add_to_hass(hass)
    result = await farm.start_reconfigure_flow(hass)
    assert result["type"] is FlowResultType.ABORT
    assert result["reason"] == "farm_not_reconfigurable"
    assert farm.data == {CONF_FARM: True}


async def test_farm_options_are_the_database(hass: HomeAssistant) -> None:
    """The farm's options: where the print log is kept, and nothing else."""
    farm = _farm_entry()
    farm.add_to_hass(hass)
    assert await async_setup_component(hass, DOMAIN, {})
    result = await _farm_database_step(hass, farm.entry_id)
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "database"
    assert set(result["data_schema"].schema) == {CONF_BACKEND, CONF_DATABASE_URL}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_BACKEND: BACKEND_AUTO}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert farm.options == {}


@pytest.mark.parametrize(
    ("error", "key"),
    [
        (StoreUnavailableError("connection refused"), "move_unreachable"),
        (CopyVerificationError({"jobs": 3}, {"jobs": 2}), "move_counts_differ"),
        (SchemaVersionError("schema version 99"), "move_schema_newer"),
        (StoreError("permission denied for schema public"), "move_failed"),
    ],
)
async def test_move_failure_has_its_own_key(
    hass: HomeAssistant, error: StoreError, key: str
) -> None:
    """
    Each kind of failed move has its own translated error; the database's words only go to the log.

    (Before, every failure was move_failed with the database's English text as a placeholder.)
    """
    farm = _farm_entry()
    farm.add_to_hass(hass)
    assert await async_setup_component(hass, DOMAIN, {})
    result = await _farm_database_step(hass, farm.entry_id)
    with patch(
        "custom_components.print_logger.config_flow.async_move_database",
        side_effect=error,
    ):
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], {CONF_BACKEND: BACKEND_SQLITE}
        )
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": key}
    assert set(result["description_placeholders"]) == {"current"}
    database = hass.data[PRINT_LOGGER_KEY].database
    assert database.settings.backend == BACKEND_AUTO


async def test_user_flow_names_the_printer_by_klippy_hostname(
    hass: HomeAssistant, tmp_path: Path
) -> None:
    """
    With Klippy ready, the printer's hostname names it; a blank name is no name.

    (The simulated printer's Klippy answers printer.info with the hostname ``sim-printer``.)
    """
    async with SimulatedPrinter(tmp_path / "printer", speed=300) as printer:
        result = await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": SOURCE_USER}
        )
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"],
            {
                CONF_HOST: "127.0.0.1",
                CONF_PORT: printer.moonraker.port,
                CONF_SSL: False,
                CONF_NAME: "   ",
            },
        )
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"], {CONF_IMPORT_HISTORY: IMPORT_ALL}
        )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["title"] == "sim-printer"
    assert CONF_NAME not in result["data"]


async def test_user_flow_a_web_server_that_is_not_moonraker(
    hass: HomeAssistant,
) -> None:
    """An address answering, but not as Moonraker (a web page), cannot be connected to."""

    async def page(_request: web.Request) -> web.Response:
        return web.Response(text="<html>router login</html>", content_type="text/html")

    app = web.Application()
    app.router.add_get("/{tail:.*}", page)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        result = await hass.config_entries.flow.async_init(
            DOMAIN, context={"source": SOURCE_USER}
        )
        result = await hass.config_entries.flow.async_configure(
            result["flow_id"],
            {CONF_HOST: "127.0.0.1", CONF_PORT: port, CONF_SSL: False},
        )
    finally:
        await runner.cleanup()
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"base": "cannot_connect"}


async def test_database_count_failure_and_conflict_failure(hass: HomeAssistant) -> None:
    """
    The target that cannot be read, and a failed move after the replace/merge choice.

    Both keep the form, with the error of their kind, and move nothing.
    """
    farm = _farm_entry()
    farm.add_to_hass(hass)
    assert await async_setup_component(hass, DOMAIN, {})
    database = hass.data[PRINT_LOGGER_KEY].database
    flow = "custom_components.print_logger.config_flow"
    result = await _farm_database_step(hass, farm.entry_id)
    with (
        patch(
            "custom_components.print_logger.database.recorder_url",
            return_value="postgresql://ha@db.local/homeassistant",
        ),
        patch(
            f"{flow}.async_count_rows",
            side_effect=StoreUnavailableError("connection refused"),
        ),
    ):
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], {CONF_BACKEND: BACKEND_SQLITE}
        )
    assert result["step_id"] == "database"
    assert result["errors"] == {"base": "move_unreachable"}
    with (
        patch(
            "custom_components.print_logger.database.recorder_url",
            return_value="postgresql://ha@db.local/homeassistant",
        ),
        patch(f"{flow}.async_count_rows", return_value={"jobs": 3, "printers": 1}),
        patch(
            f"{flow}.async_move_database",
            side_effect=CopyVerificationError({"jobs": 3}, {"jobs": 5}),
        ),
    ):
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], {CONF_BACKEND: BACKEND_SQLITE}
        )
        assert result["step_id"] == "database_conflict"
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], {"move_mode": "merge"}
        )
    assert result["step_id"] == "database_conflict"
    assert result["errors"] == {"base": "move_counts_differ"}
    assert "error" not in result["description_placeholders"]
    assert database.settings.backend == BACKEND_AUTO


async def test_user_flow_understands_a_pasted_url(
    hass: HomeAssistant, moonraker: MoonrakerProcess
) -> None:
    """A URL pasted into Host (as Fluidd or Mainsail shows it) gives host, port and TLS."""
    result = await hass.config_entries.flow.async_init(
        DOMAIN, context={"source": SOURCE_USER}
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"],
        {
            CONF_HOST: f" http://127.0.0.1:{moonraker.port}/#/history ",
            CONF_PORT: 7125,
            CONF_SSL: True,
        },
    )
    result = await hass.config_entries.flow.async_configure(
        result["flow_id"], {CONF_IMPORT_HISTORY: IMPORT_ALL}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    assert result["data"][CONF_HOST] == "127.0.0.1"
    assert result["data"][CONF_PORT] == moonraker.port
    assert result["data"][CONF_SSL] is False
