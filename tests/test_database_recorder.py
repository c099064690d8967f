"""
'The recorder's database' with Home Assistant's real recorder on SQLite, MariaDB and PostgreSQL.

The recorder runs on a fresh database of each engine (not a patched ``recorder_url``); where the
print log's tables and rows end up is read straight from that database.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from homeassistant.components.recorder import Recorder
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers.recorder import get_instance
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.print_logger.const import DOMAIN
from custom_components.print_logger.data import PRINT_LOGGER_KEY
from custom_components.print_logger.database import (
    BACKEND_AUTO,
    BACKEND_RECORDER,
    BACKEND_SQLITE,
    DatabaseSettings,
    recorder_url,
    resolve_url,
    sqlite_url,
)
from custom_components.print_logger.store import Store
from tests.conftest import PrintLog, all_engines, recorder_database
from tests.helpers.databases import Databases, tables_and_jobs
from tests.test_database import _options

pytestmark = pytest.mark.moonraker

RECORDER_TABLES = {"states", "events", "statistics", "statistics_meta"}


@pytest.fixture(autouse=True)
def mock_recorder_before_hass(async_test_recorder: Any) -> None:
    """Prepare the recorder's database before ``hass`` (the custom integrations fixture needs it)."""


@pytest.fixture
def recorder_db_url(
    print_log_engine: str,
    print_log_databases: Databases,
    hass_fixture_setup: list[bool],
    tmp_path: Path,
) -> str:
    """Run the recorder on the engine under test: a file on SQLite, else a fresh server database."""
    assert not hass_fixture_setup
    if print_log_engine == "sqlite":
        return f"sqlite:///{tmp_path / 'home-assistant_v2.db'}"
    return recorder_database(print_log_engine, print_log_databases)


async def _loaded(hass: HomeAssistant, entry: MockConfigEntry) -> Store:
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    return entry.runtime_data.store


async def _add_jobs(store: Store, printer_id: str, count: int) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(count):
        await store.create_job(
            {
                "printer_id": printer_id,
                "filename": f"part_{i}.gcode",
                "status": "completed",
                "start": start + timedelta(hours=i),
                "end": start + timedelta(hours=i, minutes=30),
                "print_duration": 1800.0,
            }
        )


@all_engines
async def test_print_log_follows_the_recorder(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    recorder_db_url: str,
    print_log_following_the_recorder: PrintLog,
) -> None:
    """
    By default the print log's tables go into the recorder's MariaDB / PostgreSQL database.

    The recorder on a SQLite file: the print log keeps a file of its own, and the recorder's file
    holds none of its tables.
    """
    assert recorder_url(hass) == get_instance(hass).db_url == recorder_db_url
    store = await _loaded(hass, mock_config_entry)
    assert mock_config_entry.unique_id is not None
    await _add_jobs(store, mock_config_entry.unique_id, 3)
    assert await print_log_following_the_recorder.jobs_stored(hass, store) == 3
    tables, _jobs = await hass.async_add_executor_job(tables_and_jobs, recorder_db_url)
    assert tables >= RECORDER_TABLES
    if print_log_following_the_recorder.engine == "sqlite":
        assert not {table for table in tables if table.startswith("print_logger")}
        assert store.url == sqlite_url(hass)
    else:
        # The print log's tables beside the recorder's, in the recorder's own database.
        assert "print_logger_jobs" in tables
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)


@all_engines
async def test_moved_into_the_recorders_database(  # noqa: PLR0917
    recorder_mock: Recorder,
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    recorder_db_url: str,
    print_log_engine: str,
    hass_storage: dict[str, Any],
) -> None:
    """Choosing 'the recorder's database' moves the print log from its own file into it."""
    hass_storage[f"{DOMAIN}.database"] = {
        "version": 1,
        "minor_version": 1,
        "key": f"{DOMAIN}.database",
        "data": {"backend": BACKEND_SQLITE, "url": None},
    }
    store = await _loaded(hass, mock_config_entry)
    assert store.url == sqlite_url(hass)
    assert mock_config_entry.unique_id is not None
    await _add_jobs(store, mock_config_entry.unique_id, 4)
    _tables, jobs = await hass.async_add_executor_job(tables_and_jobs, recorder_db_url)
    assert jobs == 0

    result = await _options(hass, {"backend": BACKEND_RECORDER})
    assert result["type"] is FlowResultType.CREATE_ENTRY, result
    await hass.async_block_till_done()
    assert mock_config_entry.state is ConfigEntryState.LOADED
    database = hass.data[PRINT_LOGGER_KEY].database
    assert database.settings == DatabaseSettings(backend=BACKEND_RECORDER)
    assert resolve_url(hass, database.settings) == recorder_db_url
    store = mock_config_entry.runtime_data.store
    log = PrintLog(print_log_engine, recorder_db_url)
    assert await log.jobs_stored(hass, store) == 4
    tables, _jobs = await hass.async_add_executor_job(tables_and_jobs, recorder_db_url)
    assert tables >= RECORDER_TABLES
    # And following the recorder again ("auto") keeps it there on a server; on SQLite it is the
    # print log's own file again (which still holds the 4 jobs it had: merged, nothing lost).
    result = await _options(hass, {"backend": BACKEND_AUTO})
    if print_log_engine == "sqlite":
        assert result["step_id"] == "database_conflict"
        result = await hass.config_entries.options.async_configure(
            result["flow_id"], {"move_mode": "merge"}
        )
    assert result["type"] is FlowResultType.CREATE_ENTRY, result
    await hass.async_block_till_done()
    store = mock_config_entry.runtime_data.store
    expected = PrintLog("sqlite", None) if print_log_engine == "sqlite" else log
    assert await expected.jobs_stored(hass, store) == 4
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
