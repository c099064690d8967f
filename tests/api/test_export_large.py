"""
CSV export at size: 100k jobs streamed whole, and exports cut off half-way.

Half-way by the database (a server going away behind a TCP proxy): the answer is broken off, so
no one mistakes the part for the whole file, and the next export after the server is back is
complete. Half-way by the client (it hangs up): the server stops reading batches and logs no
error.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
import uuid

import aiohttp
from homeassistant.core import HomeAssistant
import pytest
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
from sqlalchemy.engine import make_url

from custom_components.print_logger.data import PRINT_LOGGER_KEY
from custom_components.print_logger.database import BACKEND_CUSTOM, DatabaseSettings
from custom_components.print_logger.store import Store, analytics as analytics_module
from custom_components.print_logger.store.analytics import DEFAULT_EXPORT_BATCH
from custom_components.print_logger.store.models import Job, Printer
from tests.api.test_export import API, parse
from tests.helpers.bulk import bulk_insert
from tests.helpers.tcp_proxy import tcp_proxy
from tests.store.conftest import Databases

JOBS = 100_000
T0 = datetime(2024, 1, 1, tzinfo=UTC)


def _bulk_load(url: str, jobs: int) -> str:
    """Insert a printer and ``jobs`` completed jobs, one a minute (blocking); return the printer id."""
    now = datetime.now(UTC)
    printer_id = uuid.uuid4().hex
    printer = {
        "id": printer_id,
        "entry_id": uuid.uuid4().hex,
        "name": "bulk",
        "moonraker_url": "http://bulk.local:7125",
        "instance_id": uuid.uuid4().hex,
        "first_seen": now,
        "last_seen": now,
    }

    def batches() -> Iterator[dict[Any, list[dict[str, Any]]]]:
        yield {Printer: [printer]}
        for offset in range(0, jobs, 10_000):
            rows: list[dict[str, Any]] = []
            for index in range(offset, min(jobs, offset + 10_000)):
                start = T0 + timedelta(minutes=index)
                rows.append(
                    {
                        "id": f"{index:08d}{uuid.uuid4().hex[:24]}",
                        "printer_id": printer_id,
                        "filename": f"part {index}.gcode",
                        "filename_search": f"part {index}.gcode",
                        "status": "completed",
                        "source": "live",
                        "start": start,
                        "end": start + timedelta(seconds=50),
                        "print_duration": 50.0,
                        "total_duration": 50.0,
                        "filament_used_mm": 100.0,
                        "progress": 1.0,
                        "pause_count": 0,
                        "paused_duration": 0.0,
                        "tags": [],
                        "created_at": now,
                        "updated_at": now,
                    }
                )
            yield {Job: rows}

    bulk_insert(url, batches())
    return printer_id


async def _open(hass: HomeAssistant, url: str) -> Store:
    database = hass.data[PRINT_LOGGER_KEY].database
    database.settings = DatabaseSettings(backend=BACKEND_CUSTOM, url=url)
    return await database.async_acquire()


@pytest.fixture
async def loaded_url(
    hass: HomeAssistant,
    setup_integration: None,
    engine_kind: str,
    databases: Databases,
) -> AsyncIterator[str]:
    """A database of the engine under test, migrated by the store and holding 100k jobs."""
    url = databases.create(engine_kind)
    await _open(hass, url)
    await hass.async_add_executor_job(_bulk_load, url, JOBS)
    yield url
    await hass.data[PRINT_LOGGER_KEY].database.async_release()


class _BatchCounter:
    """Counts the export batches the store reads (a spy on the real function)."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.real(*args, **kwargs)


async def test_export_of_100k_jobs(
    loaded_url: str, hass_client: ClientSessionGenerator
) -> None:
    """All 100k rows arrive, in start order, each once."""
    client = await hass_client()
    response = await client.get(f"{API}/export.csv")
    assert response.status == 200
    rows = parse(await response.read())
    assert len(rows) == JOBS
    assert [row["filename"] for row in rows[:2]] == ["part 0.gcode", "part 1.gcode"]
    assert rows[-1]["filename"] == f"part {JOBS - 1}.gcode"
    assert len({row["id"] for row in rows}) == JOBS


async def test_client_hanging_up_stops_the_export(
    loaded_url: str,
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A client that leaves after the first chunk: the server reads no more batches, logs nothing."""
    counter = _BatchCounter(analytics_module.export_batch)
    monkeypatch.setattr(analytics_module, "export_batch", counter)
    client = await hass_client()
    response = await client.get(f"{API}/export.csv")
    assert response.status == 200
    assert await response.content.readany()
    response.close()  # hang up half-way
    # The server notices at its next write; let the loop run until it stopped reading batches.
    seen = -1
    while seen != counter.calls:
        seen = counter.calls
        await hass.async_block_till_done()
        for _ in range(50):
            await hass.async_add_executor_job(lambda: None)
    assert counter.calls < JOBS // DEFAULT_EXPORT_BATCH
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "WARNING")]
    # The store is fine: a new export is complete.
    response = await client.get(f"{API}/export.csv", params={"q": "part 99999"})
    assert [row["filename"] for row in parse(await response.read())] == [
        "part 99999.gcode"
    ]


@pytest.mark.usefixtures("setup_integration")
@pytest.mark.parametrize("engine_kind", ["mariadb", "postgresql"])
async def test_database_going_away_mid_export(
    hass: HomeAssistant,
    engine_kind: str,
    databases: Databases,
    hass_client: ClientSessionGenerator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The server goes away after the first chunk: the answer breaks off; once back, exports work."""
    direct = databases.create(engine_kind)
    server = make_url(direct)
    assert server.host is not None
    assert server.port is not None
    with tcp_proxy(server.host, server.port) as proxy:
        proxied = server.set(port=proxy.port).render_as_string(hide_password=False)
        await _open(hass, proxied)
        await hass.async_add_executor_job(_bulk_load, direct, 20 * DEFAULT_EXPORT_BATCH)
        client = await hass_client()
        response = await client.get(f"{API}/export.csv")
        assert response.status == 200
        first = await response.content.readany()
        assert first.startswith("\ufeff".encode())
        proxy.cut()
        with pytest.raises(aiohttp.ClientPayloadError):
            await response.read()
        assert any(
            "export stopped half-way" in record.getMessage()
            for record in caplog.records
        )
        store = hass.data[PRINT_LOGGER_KEY].database.store
        assert store is not None
        back = asyncio.Event()
        remove = store.add_availability_listener(
            lambda available: back.set() if available else None
        )
        proxy.restore()
        async with asyncio.timeout(60):
            await back.wait()
        remove()
        assert not [r for r in caplog.records if r.levelname == "ERROR"], (
            "the cut answer is an expected outage, not an error with a traceback"
        )
        response = await client.get(f"{API}/export.csv")
        assert response.status == 200
        assert len(parse(await response.read())) == 20 * DEFAULT_EXPORT_BATCH
    await hass.data[PRINT_LOGGER_KEY].database.async_release()
