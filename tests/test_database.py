"""Where the print log lives: the options flow's database step, moving the log, repairs."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
import sqlite3

from homeassistant.config_entries import ConfigEntry, ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from custom_components.print_logger.const import DOMAIN, FARM_UNIQUE_ID
from custom_components.print_logger.data import PRINT_LOGGER_KEY
from custom_components.print_logger.database import (
    BACKEND_AUTO,
    BACKEND_CUSTOM,
    BACKEND_RECORDER,
    BACKEND_SQLITE,
    ISSUE_DATABASE,
    DatabaseSettings,
    resolve_url,
)
from custom_components.print_logger.store import JobQuery, Store, redacted_url, rollups
from custom_components.print_logger.store.models import RollupLocalDay
from tests.helpers.moonraker import MoonrakerProcess
from tests.helpers.tcp_proxy import tcp_proxy
from tests.store.conftest import Databases

pytestmark = pytest.mark.moonraker


@pytest.fixture
def databases(tmp_path: Path) -> Iterator[Databases]:
    """Throwaway MariaDB / PostgreSQL databases, dropped after the test."""
    factory = Databases(tmp_path)
    yield factory
    factory.drop_all()


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
                "notes": "Ünïcode ✓ 打印",
            }
        )


def _farm(hass: HomeAssistant) -> ConfigEntry:
    """Return the print farm's entry (created with the first printer)."""
    farm = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, FARM_UNIQUE_ID)
    assert farm is not None
    return farm


async def _options(hass: HomeAssistant, database_input: dict) -> dict:
    """Choose where the print log is kept, in the print farm's options (issue 21.3)."""
    result = await hass.config_entries.options.async_init(_farm(hass).entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "database"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "database"
    return await hass.config_entries.options.async_configure(
        result["flow_id"], database_input
    )


async def test_default_is_own_sqlite_file(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """Without a server recorder, the log is a file of its own in the configuration folder."""
    store = await _loaded(hass, mock_config_entry)
    assert store.dialect == "sqlite"
    assert store.url.endswith("/print_logger.db")
    assert Path(hass.config.path("print_logger.db")).exists()
    options = dict(mock_config_entry.options)
    result = await _options(hass, {"backend": BACKEND_AUTO})
    assert result["type"] is FlowResultType.CREATE_ENTRY
    # The choice is kept domain-wide: neither the farm's nor the printer's options hold it.
    assert _farm(hass).options == {}
    assert mock_config_entry.options == options
    await hass.async_block_till_done()
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)


async def test_local_rollups_follow_the_time_zone(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """The store's local roll-ups are built in Home Assistant's zone, and again after a change."""
    await hass.config.async_update(time_zone="Europe/Berlin")
    store = await _loaded(hass, mock_config_entry)
    await hass.async_block_till_done()
    await hass.data[PRINT_LOGGER_KEY].database.async_wait_time_zone()
    assert await store.async_read(rollups.built_zone) == "Europe/Berlin"
    await _add_jobs(store, mock_config_entry.unique_id, 3)
    await hass.config.async_update(time_zone="Asia/Kathmandu")
    await hass.async_block_till_done()
    await hass.data[PRINT_LOGGER_KEY].database.async_wait_time_zone()
    assert await store.async_read(rollups.built_zone) == "Asia/Kathmandu"
    # Built for the new zone: three jobs on their local days.
    days = await store.async_read(
        lambda session: session.execute(
            sa.select(sa.func.sum(RollupLocalDay.jobs))
        ).scalar_one()
    )
    assert days == 3
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)


@pytest.mark.postgresql
@pytest.mark.mariadb
async def test_move_the_log_with_its_rows(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, databases: Databases
) -> None:
    """SQLite → PostgreSQL → MariaDB: every row moves, the printer runs on the new database."""
    store = await _loaded(hass, mock_config_entry)
    await _add_jobs(store, mock_config_entry.unique_id, 25)
    for kind in ("postgresql", "mariadb"):
        url = databases.create(kind)
        result = await _options(hass, {"backend": BACKEND_CUSTOM, "database_url": url})
        assert result["type"] is FlowResultType.CREATE_ENTRY, result
        await hass.async_block_till_done()
        assert mock_config_entry.state is ConfigEntryState.LOADED
        store = mock_config_entry.runtime_data.store
        assert store.dialect == ("postgresql" if kind == "postgresql" else "mysql")
        page = await store.list_jobs(JobQuery(limit=100))
        assert page.total == 25
        assert {job.notes for job in page.jobs} == {"Ünïcode ✓ 打印"}
        database = hass.data[PRINT_LOGGER_KEY].database
        assert database.settings == DatabaseSettings(backend=BACKEND_CUSTOM, url=url)
    # The URL's password would be redacted wherever it is shown.
    assert "***" in Store("postgresql://u:secret@h/db", "/tmp/x").url
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)


async def test_bad_database_urls(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, closed_port: int
) -> None:
    """Bad URLs are refused with a clear error and nothing moves."""
    await _loaded(hass, mock_config_entry)
    for url, error in (
        ("", "url_required"),
        ("not a url at all", "invalid_url"),
        ("mongodb://127.0.0.1/x", "unsupported_database"),
        (f"postgresql://postgres@127.0.0.1:{closed_port}/x", "cannot_connect"),
    ):
        result = await _options(hass, {"backend": BACKEND_CUSTOM, "database_url": url})
        assert result["type"] is FlowResultType.FORM
        assert result["errors"] == ({"database_url": error}), url
    assert hass.data[PRINT_LOGGER_KEY].database.settings.backend == BACKEND_AUTO
    assert mock_config_entry.runtime_data.store.dialect == "sqlite"
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)


async def test_resolve_url(hass: HomeAssistant) -> None:
    """
    Without the recorder, each choice means the URL users expect.

    With the recorder (on a SQLite file, MariaDB, PostgreSQL): tests/test_database_recorder.py.
    """
    own = f"sqlite:///{hass.config.path('print_logger.db')}"
    assert resolve_url(hass, DatabaseSettings()) == own
    assert resolve_url(hass, DatabaseSettings(backend=BACKEND_SQLITE)) == own
    # "The recorder's database" without a recorder: a file of our own.
    assert resolve_url(hass, DatabaseSettings(backend=BACKEND_RECORDER)) == own
    assert (
        resolve_url(
            hass, DatabaseSettings(backend=BACKEND_CUSTOM, url="postgresql://h/db")
        )
        == "postgresql://h/db"
    )


async def _until_back(store: Store) -> None:
    """Wait until the store's own retry found the database again."""
    back = asyncio.Event()
    remove = store.add_availability_listener(
        lambda available: back.set() if available else None
    )
    try:
        async with asyncio.timeout(60):
            await back.wait()
    finally:
        remove()


@pytest.mark.postgresql
@pytest.mark.mariadb
@pytest.mark.parametrize("kind", ["mariadb", "postgresql"])
async def test_database_server_going_away_raises_and_clears_the_repair(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    databases: Databases,
    issue_registry: ir.IssueRegistry,
    kind: str,
) -> None:
    """The server behind the log goes away (the network to it is cut): repair; back: cleared."""
    await _loaded(hass, mock_config_entry)
    server = make_url(databases.create(kind))
    assert server.host is not None
    assert server.port is not None
    with tcp_proxy(server.host, server.port) as proxy:
        url = server.set(port=proxy.port).render_as_string(hide_password=False)
        result = await _options(hass, {"backend": BACKEND_CUSTOM, "database_url": url})
        assert result["type"] is FlowResultType.CREATE_ENTRY, result
        await hass.async_block_till_done()
        store = mock_config_entry.runtime_data.store
        assert store.available
        assert issue_registry.async_get_issue(DOMAIN, ISSUE_DATABASE) is None

        proxy.cut()
        with pytest.raises(HomeAssistantError) as err:
            await hass.services.async_call(
                DOMAIN, "get_jobs", {}, blocking=True, return_response=True
            )
        assert err.value.translation_key == "database_unavailable"
        assert not store.available
        issue = issue_registry.async_get_issue(DOMAIN, ISSUE_DATABASE)
        assert issue is not None
        assert f":{proxy.port}/" in issue.translation_placeholders["url"]

        proxy.restore()
        await _until_back(store)
        await hass.async_block_till_done()
        assert issue_registry.async_get_issue(DOMAIN, ISSUE_DATABASE) is None
        response = await hass.services.async_call(
            DOMAIN, "get_jobs", {}, blocking=True, return_response=True
        )
        assert response is not None
        assert await hass.config_entries.async_unload(mock_config_entry.entry_id)


async def test_locked_sqlite_file_raises_and_clears_the_repair(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    issue_registry: ir.IssueRegistry,
) -> None:
    """Another program holding the SQLite file locked past the busy timeout: repair; freed: cleared."""
    store = await _loaded(hass, mock_config_entry)
    assert mock_config_entry.unique_id is not None
    await _add_jobs(store, mock_config_entry.unique_id, 1)
    job = (await store.list_jobs(JobQuery(limit=1))).jobs[0]
    path = hass.config.path("print_logger.db")

    def lock() -> sqlite3.Connection:
        other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN EXCLUSIVE")
        return other

    other = await hass.async_add_executor_job(lock)
    try:
        with pytest.raises(HomeAssistantError) as err:
            await hass.services.async_call(
                DOMAIN,
                "update_job",
                {"job_id": job.id, "notes": "while locked"},
                blocking=True,
            )
        assert err.value.translation_key == "database_unavailable"
        issue = issue_registry.async_get_issue(DOMAIN, ISSUE_DATABASE)
        assert issue is not None
        assert issue.translation_placeholders["url"].endswith("print_logger.db")
    finally:
        await hass.async_add_executor_job(other.execute, "ROLLBACK")
        await hass.async_add_executor_job(other.close)
    await _until_back(store)
    await hass.async_block_till_done()
    assert issue_registry.async_get_issue(DOMAIN, ISSUE_DATABASE) is None
    await hass.services.async_call(
        DOMAIN, "update_job", {"job_id": job.id, "notes": "freed"}, blocking=True
    )
    assert (await store.get_job(job.id)).job.notes == "freed"
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)


async def test_printers_share_one_store(
    hass: HomeAssistant, moonraker: MoonrakerProcess, moonraker_auth: MoonrakerProcess
) -> None:
    """Two printers use the same store; it stops only when the last one unloads."""
    from tests.conftest import entry_for

    first = entry_for(moonraker)
    second = entry_for(moonraker_auth, api_key=moonraker_auth.api_key, title="Second")
    store = await _loaded(hass, first)
    assert await _loaded(hass, second) is store
    assert await hass.config_entries.async_unload(first.entry_id)
    assert hass.data[PRINT_LOGGER_KEY].database.store is store
    assert await hass.config_entries.async_unload(second.entry_id)
    # The print farm (created with the first printer) uses it too.
    farm = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, "farm")
    assert farm is not None
    assert hass.data[PRINT_LOGGER_KEY].database.store is store
    assert await hass.config_entries.async_unload(farm.entry_id)
    assert hass.data[PRINT_LOGGER_KEY].database.store is None


def _with_password(kind: str, url: str) -> str:
    """Return ``url`` for a user with a password (created on MariaDB; PostgreSQL trusts)."""
    parsed = make_url(url)
    if kind == "mariadb":
        engine = sa.create_engine(
            parsed.set(database=""), isolation_level="AUTOCOMMIT", poolclass=sa.NullPool
        )
        with engine.connect() as conn:
            conn.execute(
                sa.text(
                    "CREATE USER IF NOT EXISTS 'pl_test'@'%' IDENTIFIED BY 's3cret'"
                )
            )
            conn.execute(
                sa.text(f"GRANT ALL ON `{parsed.database}`.* TO 'pl_test'@'%'")
            )
        engine.dispose()
        return parsed.set(username="pl_test", password="s3cret").render_as_string(
            hide_password=False
        )
    return parsed.set(password="s3cret").render_as_string(hide_password=False)


def _suggested_url(result: dict) -> str | None:
    for key in result["data_schema"].schema:
        if key == "database_url":
            return (key.description or {}).get("suggested_value")
    return None


def _default_backend(result: dict) -> str:
    for key in result["data_schema"].schema:
        if key == "backend":
            return key.default()
    raise AssertionError("no backend field")


@pytest.mark.postgresql
@pytest.mark.mariadb
@pytest.mark.parametrize("kind", ["mariadb", "postgresql"])
async def test_move_paths_end_where_asked(
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    databases: Databases,
    kind: str,
) -> None:
    """
    Issue 13.4: every path of a database move ends in the state asked for, or says what to do.

    (a) after a refused URL the form keeps the choice and the URL, and the right URL then moves;
    (b) the masked URL submitted unchanged keeps the stored password; (c) a target that already
    holds print-log rows (the old file after a round trip) offers merge or replace, never a
    dead end, and loses no row.
    """
    store = await _loaded(hass, mock_config_entry)
    printer_id = mock_config_entry.unique_id
    await _add_jobs(store, printer_id, 5)
    database = hass.data[PRINT_LOGGER_KEY].database
    url = _with_password(kind, databases.create(kind))
    wrong = (
        make_url(url)
        .set(password="wrong", username="nobody")
        .render_as_string(hide_password=False)
    )

    # (a) A refused URL: the form keeps "another database" and the (masked) URL typed.
    result = await _options(hass, {"backend": BACKEND_CUSTOM, "database_url": wrong})
    assert result["type"] is FlowResultType.FORM
    assert result["errors"] == {"database_url": "cannot_connect"}
    assert _default_backend(result) == BACKEND_CUSTOM
    assert _suggested_url(result) == redacted_url(wrong)
    assert "wrong" not in (_suggested_url(result) or "")
    # A URL typed with another choice is not silently ignored.
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"backend": BACKEND_AUTO, "database_url": url}
    )
    assert result["errors"] == {"database_url": "url_needs_custom"}
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"backend": BACKEND_CUSTOM, "database_url": url}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY, result
    await hass.async_block_till_done()
    assert database.settings == DatabaseSettings(backend=BACKEND_CUSTOM, url=url)
    store = mock_config_entry.runtime_data.store
    assert (await store.list_jobs(JobQuery(limit=100))).total == 5

    # (b) The options opened again, the masked URL submitted as shown: the password is kept.
    result = await hass.config_entries.options.async_init(_farm(hass).entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "database"}
    )
    masked = _suggested_url(result)
    assert masked == redacted_url(url)
    assert "s3cret" not in masked
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"backend": BACKEND_CUSTOM, "database_url": masked}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY, result
    await hass.async_block_till_done()
    assert database.settings.url == url

    # (c) Back to a file of its own: the old file still holds the 5 first jobs.
    store = mock_config_entry.runtime_data.store
    await _add_jobs(store, printer_id, 2)
    result = await _options(hass, {"backend": BACKEND_SQLITE})
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "database_conflict"
    assert result["description_placeholders"]["jobs"] == "5"
    # "Back" returns to the choice, nothing moved.
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"move_mode": "back"}
    )
    assert result["step_id"] == "database"
    assert database.settings.backend == BACKEND_CUSTOM
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"backend": BACKEND_SQLITE}
    )
    assert result["step_id"] == "database_conflict"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"move_mode": "merge"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY, result
    await hass.async_block_till_done()
    assert database.settings.backend == BACKEND_SQLITE
    store = mock_config_entry.runtime_data.store
    assert store.dialect == "sqlite"
    page = await store.list_jobs(JobQuery(limit=100))
    assert page.total == 7
    # And to the server again, replacing what it holds (7 jobs) by the file's log, one fewer.
    assert await store.delete_jobs([page.jobs[0].id]) == 1
    result = await _options(hass, {"backend": BACKEND_CUSTOM, "database_url": url})
    assert result["step_id"] == "database_conflict"
    assert result["description_placeholders"]["jobs"] == "7"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"move_mode": "replace"}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY, result
    await hass.async_block_till_done()
    store = mock_config_entry.runtime_data.store
    assert store.dialect != "sqlite"
    assert (await store.list_jobs(JobQuery(limit=100))).total == 6
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)


async def test_existing_choice_is_kept_in_the_farm_options(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, hass_storage: dict
) -> None:
    """
    Issue 21.3: an installation that chose its database in a printer's options keeps it.

    Older versions saved the choice domain-wide in Home Assistant's storage (never in an entry's
    options), as written here; the farm's options show it and the log stays there.
    """
    hass_storage["print_logger.database"] = {
        "version": 1,
        "minor_version": 1,
        "key": "print_logger.database",
        "data": {"backend": BACKEND_SQLITE, "url": None},
    }
    store = await _loaded(hass, mock_config_entry)
    assert store.url.endswith("/print_logger.db")
    result = await hass.config_entries.options.async_init(_farm(hass).entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "database"}
    )
    assert result["step_id"] == "database"
    assert _default_backend(result) == BACKEND_SQLITE
    assert hass.data[PRINT_LOGGER_KEY].database.settings.backend == BACKEND_SQLITE
    hass.config_entries.options.async_abort(result["flow_id"])
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
