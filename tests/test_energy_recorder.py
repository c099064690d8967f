"""
What a print really cost, from Home Assistant's real recorder and a print on the real Moonraker.

A plug's meter and a price entity (or a power-only plug) are driven through a simulated print; when
it ends, Print Logger reads their history from the recorder and stores the job's energy and cost,
which the ``print_logger_job_finished`` event and the sensors carry.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from unittest.mock import patch

from homeassistant.components.energy.data import async_get_manager
from homeassistant.components.recorder import Recorder
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import STATE_UNAVAILABLE
from homeassistant.core import Event, HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.setup import async_setup_component
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)

from custom_components.print_logger import energy as energy_module
from custom_components.print_logger.const import (
    DOMAIN,
    EVENT_JOB_FINISHED,
    EVENT_JOB_STARTED,
)
from custom_components.print_logger.energy import (
    CONF_MACHINE_RATE,
    CONF_PLUG_SENSOR,
    CONF_PRICE_ENTITY,
    CONF_PRICE_MODE,
    async_energy_dashboard_price,
)
from custom_components.print_logger.store import JobRecord, Store
from tests.conftest import entry_for
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.helpers.statistics import import_hourly
from tests.test_live_capture import collect, unload, wait_for

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]

CUBE = "sim_cube.gcode"
METER = "sensor.plug_energy"
POWER = "sensor.plug_power"
PRICE = "sensor.electricity_price"
KWH = {
    "unit_of_measurement": "kWh",
    "state_class": "total_increasing",
    "device_class": "energy",
}
WATTS = {
    "unit_of_measurement": "W",
    "state_class": "measurement",
    "device_class": "power",
}
EUR_KWH = {"unit_of_measurement": "EUR/kWh"}


@pytest.fixture(autouse=True)
def mock_recorder_before_hass(async_test_recorder: Any) -> None:
    """Prepare the recorder's database before ``hass`` (the custom integrations fixture needs it)."""


@pytest.fixture
async def printer(tmp_path: Path) -> AsyncIterator[SimulatedPrinter]:
    """Return a slow simulated printer (the print lasts while the test drives the plug)."""
    async with SimulatedPrinter(tmp_path / "printer", speed=2) as sim:
        await sim.upload(FIXTURES / CUBE)
        yield sim


async def _setup(
    hass: HomeAssistant, printer: SimulatedPrinter, options: dict[str, Any]
) -> MockConfigEntry:
    entry = entry_for(printer.moonraker)
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(entry, options={**entry.options, **options})
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED
    coordinator = entry.runtime_data.coordinator

    async def online() -> bool:
        return bool(coordinator.data.online)

    await wait_for(online)
    return entry


async def _set(
    hass: HomeAssistant, entity_id: str, value: float, attributes: dict[str, Any]
) -> datetime:
    """Set a state; return the moment it took effect (a small pause keeps moments apart)."""
    hass.states.async_set(entity_id, str(value), attributes)
    await hass.async_block_till_done()
    state = hass.states.get(entity_id)
    assert state is not None
    await asyncio.sleep(0.3)
    return state.last_updated


async def _print(
    hass: HomeAssistant,
    printer: SimulatedPrinter,
    drive: Any,
) -> tuple[Event, JobRecord]:
    """Start the cube, let ``drive`` change the plug, cancel; return the finished event and job."""
    events = collect(hass, EVENT_JOB_STARTED, EVENT_JOB_FINISHED)
    await printer.start_print(CUBE)

    async def started() -> bool:
        await hass.async_block_till_done()
        return any(e.event_type == EVENT_JOB_STARTED for e in events)

    await wait_for(started)
    await drive()
    await printer.cancel()

    async def finished() -> Event | None:
        await hass.async_block_till_done()
        return next((e for e in events if e.event_type == EVENT_JOB_FINISHED), None)

    event = await wait_for(finished, timeout=30)
    entry = hass.config_entries.async_entries(DOMAIN)[0]
    store: Store = next(
        e.runtime_data.store
        for e in hass.config_entries.async_entries(DOMAIN)
        if e.runtime_data
    )
    del entry
    job = await store.get_job_record(event.data["job_id"])
    return event, job


def _state(hass: HomeAssistant, unique_id: str, key: str) -> float:
    entity_id = er.async_get(hass).async_get_entity_id(
        "sensor", DOMAIN, f"{unique_id}_{key}"
    )
    assert entity_id, key
    state = hass.states.get(entity_id)
    assert state is not None
    return float(state.state)


async def test_meter_and_price_entity_give_the_exact_kwh_and_cost(
    recorder_mock: Recorder, hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """
    0.75 kWh metered in three steps while the price drops from 0.30 to 0.20 EUR/kWh mid-print.

    Print Logger is reloaded mid-print (as by a restart): the readings before come from the
    recorder. Each meter step is spread over the time since the previous reading, so the step across the
    price change is split at the moment of the change.
    """
    hass.config.currency = "EUR"
    await _set(hass, METER, 100.0, KWH)
    await _set(hass, PRICE, 0.30, EUR_KWH)
    entry = await _setup(
        hass,
        printer,
        {
            CONF_PLUG_SENSOR: METER,
            CONF_PRICE_MODE: "entity",
            CONF_PRICE_ENTITY: PRICE,
            CONF_MACHINE_RATE: 1.5,
        },
    )
    moments: dict[str, datetime] = {}

    async def drive() -> None:
        moments["t1"] = await _set(hass, METER, 100.25, KWH)
        moments["t2"] = await _set(hass, PRICE, 0.20, EUR_KWH)
        # Print Logger restarts mid-job: what it saw is gone, the recorder has it.
        assert await hass.config_entries.async_reload(entry.entry_id)
        await hass.async_block_till_done()
        coordinator = entry.runtime_data.coordinator

        async def resumed() -> bool:
            return bool(coordinator.data.online and coordinator.tracker.job)

        await wait_for(resumed)
        moments["t3"] = await _set(hass, METER, 100.5, KWH)
        moments["t4"] = await _set(hass, METER, 100.75, KWH)

    event, job = await _print(hass, printer, drive)
    t1, t2, t3 = moments["t1"], moments["t2"], moments["t3"]
    assert job.start < t1
    # In seconds as floats: a timedelta times a float is rounded to a whole microsecond, which
    # moved this figure by up to 3e-7 (the test failed when the steps were short).
    before, after = (t2 - t1).total_seconds(), (t3 - t2).total_seconds()
    across = (before * 0.30 + after * 0.20) / (before + after)
    electricity = 0.25 * 0.30 + 0.25 * across + 0.25 * 0.20
    costs = job.costs
    assert costs.energy_kwh == pytest.approx(0.75, abs=1e-9)
    assert costs.energy_source == "measured"
    assert costs.electricity_cost == pytest.approx(electricity, rel=1e-12)
    assert costs.electricity_source == "measured"
    assert costs.machine_cost == pytest.approx(
        1.5 * job.print_duration / 3600, rel=1e-6
    )
    parts = [costs.electricity_cost, costs.machine_cost, costs.computed_filament_cost]
    assert costs.total_cost == pytest.approx(sum(p for p in parts if p is not None))
    # The finished event and the sensors say the same.
    assert event.data["energy_kwh"] == costs.energy_kwh
    assert event.data["electricity_cost"] == costs.electricity_cost
    assert event.data["total_cost"] == costs.total_cost
    uid = entry.unique_id
    assert uid is not None

    async def shown() -> bool:
        await hass.async_block_till_done()
        try:
            return _state(hass, uid, "job_energy") == pytest.approx(0.75)
        except ValueError:
            return False

    await wait_for(shown)
    assert _state(hass, uid, "job_cost") == pytest.approx(costs.total_cost, abs=1e-4)
    await unload(hass, entry)


async def test_power_only_plug_integrates_within_one_percent(
    recorder_mock: Recorder, hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """120 W, then 250 W, then 60 W: the integral of the steps over the job, at a fixed price."""
    await _set(hass, POWER, 120, WATTS)
    entry = await _setup(
        hass,
        printer,
        {CONF_PLUG_SENSOR: POWER, CONF_PRICE_MODE: "fixed", "electricity_price": 0.25},
    )
    moments: dict[str, datetime] = {}

    async def drive() -> None:
        await asyncio.sleep(0.5)
        moments["t1"] = await _set(hass, POWER, 250, WATTS)
        await asyncio.sleep(0.5)
        moments["t2"] = await _set(hass, POWER, 60, WATTS)
        await asyncio.sleep(0.5)

    _event, job = await _print(hass, printer, drive)
    assert job.end is not None
    t1, t2 = moments["t1"], moments["t2"]
    hours = 3600.0
    true_kwh = (
        0.120 * (t1 - job.start).total_seconds()
        + 0.250 * (t2 - t1).total_seconds()
        + 0.060 * (job.end - t2).total_seconds()
    ) / hours
    costs = job.costs
    assert costs.energy_kwh is not None
    assert costs.energy_kwh == pytest.approx(true_kwh, rel=0.01)
    assert costs.energy_source == "measured"
    assert costs.electricity_cost == pytest.approx(costs.energy_kwh * 0.25, rel=1e-6)
    await unload(hass, entry)


async def test_unavailable_reset_price_gap_and_shared_plug(
    recorder_mock: Recorder, hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """
    The edge cases of one plug, each with its documented answer (``store/costs.py``).

    The meter goes unavailable (its difference across the gap is still measured), then resets
    (counted from zero: estimated); the price goes unavailable (the last price holds: estimated);
    another printer on the same plug prints during part of the job (its share by print time).
    """
    await _set(hass, METER, 50.0, KWH)
    await _set(hass, PRICE, 0.30, EUR_KWH)
    entry = await _setup(
        hass,
        printer,
        {CONF_PLUG_SENSOR: METER, CONF_PRICE_MODE: "entity", CONF_PRICE_ENTITY: PRICE},
    )
    store: Store = entry.runtime_data.store
    other = MockConfigEntry(
        domain=DOMAIN,
        title="Other printer",
        unique_id="other-printer",
        data={},
        options={CONF_PLUG_SENSOR: METER},
    )
    other.add_to_hass(hass)  # not set up: only its options and its jobs count
    moments: dict[str, datetime] = {}

    async def drive() -> None:
        moments["t1"] = await _set(hass, METER, 50.2, KWH)
        moments["other"] = dt_util.utcnow()
        await store.upsert_printer(name="Other printer", printer_id="other-printer")
        await store.create_job(
            {
                "printer_id": "other-printer",
                "filename": "other.gcode",
                "status": "completed",
                "start": moments["other"],
                "end": moments["other"] + timedelta(hours=1),
            }
        )
        hass.states.async_set(METER, STATE_UNAVAILABLE, KWH)
        await asyncio.sleep(0.3)
        moments["t3"] = await _set(hass, METER, 50.4, KWH)
        hass.states.async_set(PRICE, STATE_UNAVAILABLE, EUR_KWH)
        await asyncio.sleep(0.3)
        moments["t4"] = await _set(hass, METER, 0.1, KWH)

    _event, job = await _print(hass, printer, drive)
    t1, t_other, t3 = moments["t1"], moments["other"], moments["t3"]
    alone, shared = (t_other - t1).total_seconds(), (t3 - t_other).total_seconds()
    share = (alone + shared / 2) / (alone + shared)
    kwh = 0.2 + 0.2 * share + 0.1 / 2
    costs = job.costs
    assert costs.energy_kwh == pytest.approx(kwh, rel=1e-6)
    assert costs.energy_source == "estimated"
    assert costs.electricity_cost == pytest.approx(kwh * 0.30, rel=1e-6)
    assert costs.electricity_source == "estimated"
    assert costs.total_cost_source == "estimated"
    await unload(hass, entry)


async def test_energy_dashboard_price(
    recorder_mock: Recorder, hass: HomeAssistant
) -> None:
    """The Energy dashboard's grid import price: a fixed number, or its price entity."""
    assert await async_energy_dashboard_price(hass) == (None, None)
    assert await async_setup_component(hass, "energy", {})
    manager = await async_get_manager(hass)
    grid: dict[str, Any] = {
        "type": "grid",
        "stat_energy_from": "sensor.grid_import",
        "stat_energy_to": None,
        "stat_cost": None,
        "entity_energy_price": None,
        "number_energy_price": 0.27,
        "stat_compensation": None,
        "entity_energy_price_export": None,
        "number_energy_price_export": None,
        "cost_adjustment_day": 0.0,
    }
    await manager.async_update({"energy_sources": [grid]})
    assert await async_energy_dashboard_price(hass) == (0.27, None)
    grid |= {"entity_energy_price": PRICE, "number_energy_price": None}
    await manager.async_update({"energy_sources": [grid]})
    assert await async_energy_dashboard_price(hass) == (None, PRICE)


async def _cost_entry(
    hass: HomeAssistant, entry: MockConfigEntry, options: dict[str, Any]
) -> Store:
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(entry, options={**entry.options, **options})
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    store: Store = entry.runtime_data.store
    return store


async def _backfill(hass: HomeAssistant, entry: MockConfigEntry, **data: Any) -> Any:
    return await hass.services.async_call(
        DOMAIN,
        "backfill_costs",
        {"config_entry_id": entry.entry_id, **data},
        blocking=True,
        return_response=True,
    )


async def test_backfill_from_state_history(
    recorder_mock: Recorder, hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """A job logged by hand while the plug counted: its energy and cost from the state history."""
    # The job starts just after the meter's reading (the recorder keeps moments as floats).
    start = await _set(hass, METER, 10.0, KWH) + timedelta(milliseconds=1)
    store = await _cost_entry(
        hass,
        mock_config_entry,
        {CONF_PLUG_SENSOR: METER, CONF_PRICE_MODE: "fixed", "electricity_price": 0.4},
    )
    await _set(hass, METER, 10.3, KWH)
    end = await _set(hass, METER, 10.5, KWH)
    detail = await store.create_job(
        {
            "printer_id": mock_config_entry.unique_id,
            "filename": "by_hand.gcode",
            "status": "completed",
            "start": start,
            "end": end,
            "print_duration": 60.0,
        }
    )
    assert await _backfill(hass, mock_config_entry) == {
        "jobs": 1,
        "measured": 1,
        "estimated": 0,
        "without_energy": 0,
    }
    costs = (await store.get_job_record(detail.job.id)).costs
    assert costs.energy_kwh == pytest.approx(0.5)
    assert costs.energy_source == "measured"
    assert costs.electricity_cost == pytest.approx(0.2)
    # Done once: a second run has nothing left, unless asked to recompute.
    assert (await _backfill(hass, mock_config_entry))["jobs"] == 0
    assert (await _backfill(hass, mock_config_entry, recompute=True))["jobs"] == 1
    await unload(hass, mock_config_entry)


async def test_backfill_from_long_term_statistics(
    recorder_mock: Recorder, hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """
    A job older than the state history: the meter's hourly sums (kept forever), spread evenly
    over each hour, priced by the price entity's hourly means — estimated.
    """
    hass.states.async_set(METER, "900.0", KWH)
    hass.states.async_set(PRICE, "0.3", EUR_KWH)
    store = await _cost_entry(
        hass,
        mock_config_entry,
        {CONF_PLUG_SENSOR: METER, CONF_PRICE_MODE: "entity", CONF_PRICE_ENTITY: PRICE},
    )
    hour = (dt_util.utcnow() - timedelta(days=40)).replace(
        minute=0, second=0, microsecond=0
    )
    # At the end of each hour from hour-1 on: 0.4, 0.6 and 1.0 kWh in the job's three hours.
    sums = [0.0, 0.4, 1.0, 2.0]
    means = [0.30, 0.30, 0.20, 0.10]
    for statistic_id, unit, rows in (
        (
            METER,
            "kWh",
            [
                {"start": hour + timedelta(hours=i - 1), "sum": v, "state": v}
                for i, v in enumerate(sums)
            ],
        ),
        (
            PRICE,
            "EUR/kWh",
            [
                {"start": hour + timedelta(hours=i - 1), "mean": v, "min": v, "max": v}
                for i, v in enumerate(means)
            ],
        ),
    ):
        has_sum = statistic_id == METER
        import_hourly(hass, statistic_id, unit, rows, has_sum=has_sum)
    await async_wait_recording_done(hass)
    # From a quarter past the first hour to half past the third.
    start, end = hour + timedelta(minutes=15), hour + timedelta(hours=2, minutes=30)
    detail = await store.create_job(
        {
            "printer_id": mock_config_entry.unique_id,
            "filename": "old.gcode",
            "status": "completed",
            "start": start,
            "end": end,
            "print_duration": 8100.0,
        }
    )
    response = await _backfill(hass, mock_config_entry)
    assert response["estimated"] == 1
    costs = (await store.get_job_record(detail.job.id)).costs
    kwh = 0.4 * 0.75 + 0.6 + 1.0 * 0.5
    assert costs.energy_kwh == pytest.approx(kwh)
    assert costs.energy_source == "estimated"
    assert costs.electricity_cost == pytest.approx(
        0.4 * 0.75 * 0.30 + 0.6 * 0.20 + 1.0 * 0.5 * 0.10
    )
    assert costs.electricity_source == "estimated"
    await unload(hass, mock_config_entry)


async def test_backfill_reads_the_statistics_once_per_span_with_the_same_results(
    recorder_mock: Recorder, hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """
    Jobs older than the state history share one read of the statistics per span of 31 days.

    Each job's energy and cost are exactly those of a back-fill reading its own hours (one query
    per job): the first five jobs are one span; the three-week job, which would end the first span
    after 31 days, starts another with the last one.
    """
    hass.states.async_set(METER, "900.0", KWH)
    hass.states.async_set(PRICE, "0.3", EUR_KWH)
    store = await _cost_entry(
        hass,
        mock_config_entry,
        {CONF_PLUG_SENSOR: METER, CONF_PRICE_MODE: "entity", CONF_PRICE_ENTITY: PRICE},
    )
    first = (dt_util.utcnow() - timedelta(days=60)).replace(
        minute=0, second=0, microsecond=0
    )
    hours = 40 * 24
    # An uneven meter and a price changing every hour.
    sums, total = [], 0.0
    for i in range(hours):
        total += 0.05 + (i * 7919 % 13) / 100
        sums.append(total)
    meter_rows = [
        {"start": first + timedelta(hours=i), "sum": v, "state": v}
        for i, v in enumerate(sums)
    ]
    price_rows = [
        {
            "start": first + timedelta(hours=i),
            "mean": 0.1 + (i * 31 % 17) / 100,
            "min": 0.1,
            "max": 0.3,
        }
        for i in range(hours)
    ]
    for statistic_id, unit, rows, has_sum in (
        (METER, "kWh", meter_rows, True),
        (PRICE, "EUR/kWh", price_rows, False),
    ):
        import_hourly(hass, statistic_id, unit, rows, has_sum=has_sum)
    await async_wait_recording_done(hass)
    spans = [
        (timedelta(hours=2, minutes=10), timedelta(hours=5, minutes=3)),
        (timedelta(hours=4, minutes=59), timedelta(hours=9)),  # overlaps the one before
        (timedelta(days=1, minutes=1), timedelta(days=1, hours=1)),
        (timedelta(days=6, hours=23), timedelta(days=7, hours=2)),  # crosses the span
        (timedelta(days=10), timedelta(days=10, hours=3, seconds=17)),
        (timedelta(days=11), timedelta(days=32)),  # three weeks
        (timedelta(days=33, minutes=30), timedelta(days=33, minutes=45)),
    ]
    ids = []
    for index, (begin, finish) in enumerate(spans):
        detail = await store.create_job(
            {
                "printer_id": mock_config_entry.unique_id,
                "filename": f"old{index}.gcode",
                "status": "completed",
                "start": first + begin,
                "end": first + finish,
                "print_duration": (finish - begin).total_seconds(),
            }
        )
        ids.append(detail.job.id)
    reads: list[Any] = []
    real = energy_module.statistics.statistics_during_period

    def counted(*args: Any) -> Any:
        reads.append(args)
        return real(*args)

    with patch.object(
        energy_module.statistics, "statistics_during_period", side_effect=counted
    ):
        response = await _backfill(hass, mock_config_entry)
    assert response["estimated"] == len(spans)
    # Two spans, each one read of the meter and one of the price.
    assert len(reads) == 2 * 2
    batched = [(await store.get_job_record(i)).costs for i in ids]
    coster = mock_config_entry.runtime_data.coordinator.costs
    now = dt_util.utcnow()
    for job_id, expected in zip(ids, batched, strict=True):
        job = await store.get_job_record(job_id)
        alone = await coster.async_backfill(job, now)  # one query of its own
        assert alone is not None
        assert alone.energy_kwh is not None and alone.energy_kwh > 0
        assert (alone.energy_kwh, alone.electricity_cost, alone.energy_source) == (
            expected.energy_kwh,
            expected.electricity_cost,
            expected.energy_source,
        )
    await unload(hass, mock_config_entry)


async def test_power_plug_unavailable_and_restart_mid_job_is_estimated(
    recorder_mock: Recorder, hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """
    A power-only plug: Print Logger restarts mid-job, then the sensor goes unavailable a while.

    The time not watched and the gap are filled with the job's mean power: the figure is marked
    estimated (never measured), and with a steady 120 W it is the true energy within 1 %.
    """
    await _set(hass, POWER, 120, WATTS)
    entry = await _setup(
        hass,
        printer,
        {CONF_PLUG_SENSOR: POWER, CONF_PRICE_MODE: "fixed", "electricity_price": 0.25},
    )

    async def drive() -> None:
        await asyncio.sleep(0.5)
        assert await hass.config_entries.async_reload(entry.entry_id)
        await hass.async_block_till_done()
        coordinator = entry.runtime_data.coordinator

        async def resumed() -> bool:
            return bool(coordinator.data.online and coordinator.tracker.job)

        await wait_for(resumed)
        hass.states.async_set(POWER, STATE_UNAVAILABLE, WATTS)
        await asyncio.sleep(0.5)
        await _set(hass, POWER, 120, WATTS)
        await asyncio.sleep(0.3)

    _event, job = await _print(hass, printer, drive)
    assert job.end is not None
    true_kwh = 0.120 * (job.end - job.start).total_seconds() / 3600
    costs = job.costs
    assert costs.energy_source == "estimated"
    assert costs.energy_kwh == pytest.approx(true_kwh, rel=0.01)
    assert costs.electricity_source == "estimated"
    assert costs.electricity_cost == pytest.approx(costs.energy_kwh * 0.25, rel=1e-9)
    await unload(hass, entry)
