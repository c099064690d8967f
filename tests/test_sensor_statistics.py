"""
The totals sensors in the recorder's long-term statistics: a deleted or edited job is no meter reset.

The recorder compiles the statistics of these sensors itself (state class ``total``): its ``sum``
must follow the totals down as well as up, and statistics compiled while the sensors were
``total_increasing`` must continue without a jump or a repair issue.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime, timedelta
import logging
from typing import Any

from homeassistant.components.recorder import Recorder
from homeassistant.components.recorder.statistics import (
    statistics_during_period,
    update_statistics_issues,
    validate_statistics,
)
from homeassistant.components.sensor import SensorStateClass
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import Event, EventStateChangedData, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
    do_adhoc_statistics,
    get_start_time,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.print_logger import sensor as sensor_module
from custom_components.print_logger.const import DOMAIN, FARM_UNIQUE_ID
from custom_components.print_logger.coordinator import TOTALS_COOLDOWN
from custom_components.print_logger.farm import FARM_COOLDOWN, is_farm
from custom_components.print_logger.store import Store

pytestmark = pytest.mark.moonraker

TOTALS = (
    "total_jobs",
    "total_completed",
    "total_print_time",
    "total_filament",
    "total_filament_length",
    "total_cost",
)
PERIOD = timedelta(minutes=5)
JOB: dict[str, Any] = {
    "filename": "part.gcode",
    "status": "completed",
    "start": "2026-05-01T00:00:00Z",
    "end": "2026-05-01T01:00:00Z",
    "print_duration": 3600.0,
    "filament_used_mm": 1000.0,
    "filament_weight_g": 10.0,
    "cost": 1.0,
}


@pytest.fixture(autouse=True)
def mock_recorder_before_hass(async_test_recorder: Any) -> None:
    """Prepare the recorder's database before ``hass`` (the custom integrations fixture needs it)."""


class Totals:
    """The totals sensors of a printer and of the farm, and their compiled statistics."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: MockConfigEntry,
        ws_client: WebSocketGenerator,
    ) -> None:
        """Enable every total (the filament length is disabled by default)."""
        self.hass = hass
        self.entry = entry
        self._ws_client = ws_client
        self.ws: Any = None
        assert entry.unique_id is not None
        registry = er.async_get(hass)
        self.entity_ids = [
            registry.async_get_or_create(
                "sensor", DOMAIN, f"{owner}_{key}", suggested_object_id=f"{owner}_{key}"
            ).entity_id
            for owner in (entry.unique_id, FARM_UNIQUE_ID)
            for key in TOTALS
        ]
        # The next five-minute period to compile: every state written so far is before it.
        self.period = get_start_time(dt_util.utcnow()) + PERIOD
        self.compiled: list[datetime] = []

    @property
    def store(self) -> Store:
        """Return the print log."""
        store: Store = self.entry.runtime_data.store
        return store

    async def async_setup(self) -> None:
        """Set the printer up (and with it the farm)."""
        self.entry.add_to_hass(self.hass)
        assert await self.hass.config_entries.async_setup(self.entry.entry_id)
        await self.hass.async_block_till_done()
        self.ws = await self._ws_client(self.hass)
        assert self.farm.state is ConfigEntryState.LOADED

    @property
    def farm(self) -> MockConfigEntry:
        """Return the farm's entry."""
        return next(
            entry
            for entry in self.hass.config_entries.async_entries(DOMAIN)
            if is_farm(entry)
        )

    async def async_reload(self) -> None:
        """Reload the printer and the farm (their entities are made again)."""
        for entry in (self.entry, self.farm):
            assert await self.hass.config_entries.async_reload(entry.entry_id)
        await self.hass.async_block_till_done()

    async def async_changed[T](
        self, expected: list[float], write: Callable[[], Awaitable[T]]
    ) -> T:
        """Change jobs (the panel's API, an action); wait until every total shows ``expected``."""
        reached = asyncio.Event()

        @callback
        def check(_event: Event[EventStateChangedData] | None = None) -> None:
            if self.states() == [*expected, *expected]:
                reached.set()

        unsub = async_track_state_change_event(self.hass, self.entity_ids, check)
        try:
            result = await write()
            await self.hass.async_block_till_done()
            # Past the totals' debounce; the printer reads them in a background task.
            async_fire_time_changed(
                self.hass,
                dt_util.utcnow()
                + timedelta(seconds=max(TOTALS_COOLDOWN, FARM_COOLDOWN) + 1),
            )
            await self.hass.async_block_till_done()
            check()
            async with asyncio.timeout(10):
                await reached.wait()
        finally:
            unsub()
        return result

    def states(self) -> list[float | None]:
        """Return every total's state now (None when not a number)."""
        values: list[float | None] = []
        for entity_id in self.entity_ids:
            state = self.hass.states.get(entity_id)
            try:
                values.append(float(state.state) if state else None)
            except ValueError:
                values.append(None)
        return values

    async def async_compile(self) -> None:
        """Compile the recorder's statistics of the next five-minute period."""
        await async_wait_recording_done(self.hass)
        do_adhoc_statistics(self.hass, start=self.period)
        await async_wait_recording_done(self.hass)
        self.compiled.append(self.period)
        self.period += PERIOD

    async def async_rows(self) -> dict[str, list[tuple[float, float]]]:
        """Return each total's compiled (state, sum), one per compiled period."""
        stats = await self.hass.async_add_executor_job(
            statistics_during_period,
            self.hass,
            self.compiled[0],
            None,
            set(self.entity_ids),
            "5minute",
            None,
            {"state", "sum"},
        )
        rows = {
            entity_id: [(row["state"], row["sum"]) for row in stats[entity_id]]
            for entity_id in self.entity_ids
        }
        for entity_id, values in rows.items():
            assert len(values) == len(self.compiled), entity_id
        return rows


async def _add_jobs(
    totals: Totals, count: int, expected: list[float], **job: Any
) -> list[str]:
    async def create() -> list[str]:
        """Add the jobs as the panel does (the websocket API)."""
        ids = []
        for _ in range(count):
            await totals.ws.send_json_auto_id(
                {
                    "type": "print_logger/jobs/create",
                    "printer_id": totals.entry.unique_id,
                    **JOB,
                    **job,
                }
            )
            reply = await totals.ws.receive_json()
            assert reply["success"], reply
            ids.append(reply["result"]["job"]["id"])
        return ids

    return await totals.async_changed(expected, create)


async def _action(hass: HomeAssistant, action: str, **data: Any) -> None:
    """Call one of Print Logger's actions."""
    await hass.services.async_call(DOMAIN, action, data, blocking=True)


async def _statistics_issues(hass: HomeAssistant) -> tuple[Any, list[ir.IssueEntry]]:
    """Return what the recorder's validation finds and the repair issues it raises."""
    validation = await hass.async_add_executor_job(validate_statistics, hass)
    await hass.async_add_executor_job(update_statistics_issues, hass)
    await hass.async_block_till_done()
    issues = [
        issue
        for issue in ir.async_get(hass).issues.values()
        if issue.domain in ("sensor", "recorder", DOMAIN)
    ]
    return validation, issues


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Return the warnings of the sensor component, the recorder and Print Logger."""
    return [
        record.getMessage()
        for record in caplog.records
        if record.levelno >= logging.WARNING
        and record.name.startswith(
            (
                "homeassistant.components.sensor",
                "homeassistant.components.recorder",
                "custom_components.print_logger",
            )
        )
    ]


def _assert_sum_follows_state(rows: dict[str, list[tuple[float, float]]]) -> None:
    """The sum moves exactly as the state does: no period counts a drop as a reset."""
    for entity_id, values in rows.items():
        (first_state, first_sum), *_ = values
        for state, total in values:
            assert total - first_sum == pytest.approx(state - first_state), entity_id


async def test_deleted_and_edited_jobs_are_no_meter_reset(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Delete a job, then lower one's cost: the recorder's sums follow the totals down."""
    totals = Totals(hass, mock_config_entry, hass_ws_client)
    await totals.async_setup()
    for entity_id in totals.entity_ids:
        state = hass.states.get(entity_id)
        assert state is not None
        assert state.attributes["state_class"] == SensorStateClass.TOTAL
        assert "last_reset" not in state.attributes

    job_ids = await _add_jobs(totals, 3, [3, 3, 3.0, 0.03, 3.0, 3.0])
    await totals.async_compile()

    await totals.async_changed(
        [2, 2, 2.0, 0.02, 2.0, 2.0],
        lambda: _action(hass, "delete_job", job_id=job_ids[0]),
    )
    await totals.async_compile()

    await totals.async_changed(
        [2, 2, 2.0, 0.02, 2.0, 1.25],
        lambda: _action(hass, "update_job", job_id=job_ids[1], cost=0.25),
    )
    await totals.async_compile()

    rows = await totals.async_rows()
    assert [state for state, _ in rows[totals.entity_ids[0]]] == [3, 2, 2]
    assert [state for state, _ in rows[totals.entity_ids[5]]] == [3, 2, 1.25]
    _assert_sum_follows_state(rows)
    assert not _warnings(caplog)
    validation, issues = await _statistics_issues(hass)
    assert not set(validation) & set(totals.entity_ids)
    assert issues == []


async def test_statistics_of_total_increasing_continue(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    *,
    mock_config_entry: MockConfigEntry,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Statistics compiled by an earlier version (``total_increasing``) go on without a jump or issue."""
    monkeypatch.setattr(
        sensor_module,
        "TOTAL_SENSORS",
        tuple(
            replace(description, state_class=SensorStateClass.TOTAL_INCREASING)
            # The cost was ``total`` already.
            if description.key in TOTALS and description.key != "total_cost"
            else description
            for description in sensor_module.TOTAL_SENSORS
        ),
    )
    totals = Totals(hass, mock_config_entry, hass_ws_client)
    await totals.async_setup()
    state = hass.states.get(totals.entity_ids[0])
    assert state is not None
    assert state.attributes["state_class"] == SensorStateClass.TOTAL_INCREASING
    job_ids = await _add_jobs(totals, 2, [2, 2, 2.0, 0.02, 2.0, 2.0])
    await totals.async_compile()
    await _add_jobs(totals, 1, [3, 3, 3.0, 0.03, 3.0, 3.0])
    await totals.async_compile()

    # The new version: the same sensors, now ``total``.
    monkeypatch.undo()
    await totals.async_reload()
    state = hass.states.get(totals.entity_ids[0])
    assert state is not None
    assert state.attributes["state_class"] == SensorStateClass.TOTAL
    assert totals.states()[:6] == [3, 3, 3.0, 0.03, 3.0, 3.0]
    await totals.async_compile()

    async def delete_both() -> None:
        for job_id in job_ids:
            await _action(hass, "delete_job", job_id=job_id)

    await totals.async_changed([1, 1, 1.0, 0.01, 1.0, 1.0], delete_both)
    await totals.async_compile()
    await _add_jobs(totals, 1, [2, 2, 2.0, 0.02, 2.0, 2.0])
    await totals.async_compile()

    rows = await totals.async_rows()
    assert [state for state, _ in rows[totals.entity_ids[0]]] == [2, 3, 3, 1, 2]
    _assert_sum_follows_state(rows)
    assert not _warnings(caplog)
    validation, issues = await _statistics_issues(hass)
    assert not set(validation) & set(totals.entity_ids)
    assert issues == []
