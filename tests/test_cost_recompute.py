"""
A job's cost follows its corrected times; old jobs follow new prices only when the options say so;
a job's power curve — all from Home Assistant's real recorder.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
import logging
from typing import Any

from homeassistant.components.recorder import Recorder
from homeassistant.core import HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.print_logger.energy import (
    CONF_ELECTRICITY_PRICE,
    CONF_MACHINE_RATE,
    CONF_PLUG_SENSOR,
    CONF_PRICE_ENTITY,
    CONF_PRICE_MODE,
    CONF_REPRICE_OLD_JOBS,
)
from custom_components.print_logger.store import Store
from tests.helpers.statistics import import_hourly
from tests.test_energy_recorder import EUR_KWH, KWH, METER, PRICE, WATTS, _set
from tests.test_live_capture import unload

POWER = "sensor.plug_power"


@pytest.fixture(autouse=True)
def mock_recorder_before_hass(async_test_recorder: Any) -> None:
    """Prepare the recorder's database before ``hass`` (the custom integrations fixture needs it)."""


async def _entry(
    hass: HomeAssistant, entry: MockConfigEntry, options: dict[str, Any]
) -> Store:
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(entry, options={**entry.options, **options})
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    store: Store = entry.runtime_data.store
    return store


async def _call(ws: Any, **message: Any) -> Any:
    await ws.send_json_auto_id(message)
    reply = await ws.receive_json()
    assert reply["success"], reply
    return reply["result"]


async def _job(
    store: Store, entry: MockConfigEntry, start: datetime, end: datetime, **more: Any
) -> str:
    detail = await store.create_job(
        {
            "printer_id": entry.unique_id,
            "filename": "by_hand.gcode",
            "status": "completed",
            "start": start,
            "end": end,
            "print_duration": (end - start).total_seconds(),
            "total_duration": (end - start).total_seconds(),
            **more,
        }
    )
    return detail.job.id


async def test_corrected_times_recompute_energy_and_cost_and_the_power_curve(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """
    A job's end corrected (``jobs/update``): its energy, electricity and machine cost over the new
    times from the state history; its power curve is the meter's differences as power.
    """
    start = await _set(hass, METER, 10.0, KWH) + timedelta(milliseconds=1)
    store = await _entry(
        hass,
        mock_config_entry,
        {
            CONF_PLUG_SENSOR: METER,
            CONF_PRICE_MODE: "fixed",
            CONF_ELECTRICITY_PRICE: 0.4,
            CONF_MACHINE_RATE: 3.6,
        },
    )
    t1 = await _set(hass, METER, 10.3, KWH)
    t2 = await _set(hass, METER, 10.5, KWH)
    t3 = await _set(hass, METER, 11.0, KWH)
    # The recorder keeps moments as floats: the ends a millisecond after the readings.
    job_id = await _job(store, mock_config_entry, start, t2 + timedelta(milliseconds=1))
    new_end = t3 + timedelta(milliseconds=1)
    ws = await hass_ws_client(hass)
    # Computed for the logged times first (the back-fill).
    await hass.services.async_call(
        "print_logger",
        "backfill_costs",
        {"config_entry_id": mock_config_entry.entry_id},
        blocking=True,
        return_response=True,
    )
    before = (await store.get_job_record(job_id)).costs
    assert before.energy_kwh == pytest.approx(0.5)
    # The end was wrong: it ended after t3.
    result = await _call(
        ws, type="print_logger/jobs/update", job_id=job_id, end=new_end.isoformat()
    )
    costs = result["job"]["costs"]
    span = (new_end - start).total_seconds()
    assert result["job"]["end"] == new_end.isoformat()
    assert result["job"]["total_duration"] == pytest.approx(span)
    assert result["job"]["print_duration"] == pytest.approx(span)
    assert costs["energy_kwh"] == pytest.approx(1.0)
    assert costs["energy_source"] == "measured"
    assert costs["electricity_cost"] == pytest.approx(0.4)
    assert costs["machine_cost"] == pytest.approx(3.6 * span / 3600)
    assert costs["total_cost"] == pytest.approx(0.4 + 3.6 * span / 3600)
    stored = (await store.get_job_record(job_id)).costs
    assert stored.energy_kwh == pytest.approx(1.0)
    # An end before the start is refused, the job unchanged.
    await ws.send_json_auto_id(
        {
            "type": "print_logger/jobs/update",
            "job_id": job_id,
            "end": (start - timedelta(hours=1)).isoformat(),
        }
    )
    reply = await ws.receive_json()
    assert not reply["success"]
    assert (await store.get_job_record(job_id)).end == new_end

    # The power curve: each stretch between two readings at the meter's mean power.
    curve = await _call(ws, type="print_logger/jobs/power", job_id=job_id)
    assert curve["entity_id"] == METER
    assert curve["kind"] == "energy"
    assert curve["source"] == "states"
    assert curve["reason"] is None

    def watts(kwh: float, a: datetime, b: datetime) -> float:
        return kwh * 1000 * 3600 / (b - a).total_seconds()

    points = curve["points"]
    assert [p[0] for p in points] == pytest.approx(
        [0.0, *((t - start).total_seconds() for t in (t1, t2, t3))], abs=1e-3
    )
    # The first stretch runs from the reading before the start.
    assert points[0][1] == pytest.approx(watts(0.3, start, t1), rel=1e-2)
    assert points[1][1] == pytest.approx(watts(0.2, t1, t2), rel=1e-3)
    assert points[2][1] == pytest.approx(watts(0.5, t2, t3), rel=1e-3)
    assert len(points) == 4  # and no reading from t3 to the end
    assert points[3][1] is None
    assert curve["max_w"] == pytest.approx(
        max(p[1] for p in points if p[1] is not None), rel=1e-3
    )
    await unload(hass, mock_config_entry)


async def test_power_curve_of_a_power_sensor_and_without_a_sensor(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """A power sensor's readings are the curve (W); no sensor configured: no points, a reason."""
    store = await _entry(hass, mock_config_entry, {CONF_MACHINE_RATE: 1.0})
    ws = await hass_ws_client(hass)
    start = await _set(hass, POWER, 120, WATTS) + timedelta(milliseconds=1)
    t1 = await _set(hass, POWER, 250, WATTS)
    t2 = await _set(hass, POWER, 60, WATTS)
    job_id = await _job(store, mock_config_entry, start, t2 + timedelta(seconds=1))
    curve = await _call(ws, type="print_logger/jobs/power", job_id=job_id)
    assert curve == {
        "entity_id": None,
        "kind": None,
        "source": None,
        "reason": "no_sensor",
        "mean_w": None,
        "max_w": None,
        "points": [],
    }
    hass.config_entries.async_update_entry(
        mock_config_entry,
        options={**mock_config_entry.options, CONF_PLUG_SENSOR: POWER},
    )
    await hass.async_block_till_done()
    curve = await _call(ws, type="print_logger/jobs/power", job_id=job_id)
    assert curve["kind"] == "power"
    assert [p[1] for p in curve["points"]] == [120, 250, 60]
    assert curve["max_w"] == 250
    # Its end corrected: the power integrated up to the new end, measured (the job ended before
    # this run of Home Assistant watched nothing of it: no stretch of it counts as unwatched).
    end = t2 + timedelta(seconds=2)
    result = await _call(
        ws, type="print_logger/jobs/update", job_id=job_id, end=end.isoformat()
    )
    costs = result["job"]["costs"]
    kwh = (
        0.12 * (t1 - start).total_seconds()
        + 0.25 * (t2 - t1).total_seconds()
        + 0.06 * (end - t2).total_seconds()
    ) / 3600
    assert costs["energy_kwh"] == pytest.approx(kwh, rel=1e-3)
    assert costs["energy_source"] == "measured"
    assert costs["machine_cost"] == pytest.approx((end - start).total_seconds() / 3600)
    # An unknown job is a 404's websocket twin.
    await ws.send_json_auto_id({"type": "print_logger/jobs/power", "job_id": "0" * 32})
    reply = await ws.receive_json()
    assert not reply["success"]
    assert reply["error"]["code"] == "not_found"
    await unload(hass, mock_config_entry)


async def test_old_job_times_recomputed_from_long_term_statistics(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """A job older than the state history: corrected times priced from the hourly statistics."""
    hass.states.async_set(METER, "900.0", KWH)
    store = await _entry(
        hass,
        mock_config_entry,
        {
            CONF_PLUG_SENSOR: METER,
            CONF_PRICE_MODE: "fixed",
            CONF_ELECTRICITY_PRICE: 0.5,
        },
    )
    hour = (dt_util.utcnow() - timedelta(days=40)).replace(
        minute=0, second=0, microsecond=0
    )
    sums = [0.0, 0.4, 1.0, 2.0]  # 0.4, 0.6 and 1.0 kWh in three hours
    import_hourly(
        hass,
        METER,
        "kWh",
        [
            {"start": hour + timedelta(hours=i - 1), "sum": v, "state": v}
            for i, v in enumerate(sums)
        ],
        has_sum=True,
    )
    await async_wait_recording_done(hass)
    job_id = await _job(store, mock_config_entry, hour, hour + timedelta(hours=1))
    ws = await hass_ws_client(hass)
    result = await _call(
        ws,
        type="print_logger/jobs/update",
        job_id=job_id,
        start=(hour + timedelta(minutes=30)).isoformat(),
        end=(hour + timedelta(hours=3)).isoformat(),
    )
    costs = result["job"]["costs"]
    kwh = 0.4 * 0.5 + 0.6 + 1.0
    assert costs["energy_kwh"] == pytest.approx(kwh)
    assert costs["energy_source"] == "estimated"
    assert costs["electricity_cost"] == pytest.approx(kwh * 0.5)
    assert result["job"]["total_duration"] == pytest.approx(2.5 * 3600)
    # Its power curve: from the statistics, the mean power of each hour.
    curve = await _call(ws, type="print_logger/jobs/power", job_id=job_id)
    assert curve["source"] == "statistics"
    assert [p[1] for p in curve["points"]] == pytest.approx([400, 600, 1000])
    await unload(hass, mock_config_entry)


async def _change_prices(
    hass: HomeAssistant, entry: MockConfigEntry, values: dict[str, Any]
) -> int:
    """Change the printer's prices in its options; return how many pricing tasks ran."""
    result = await hass.config_entries.options.async_init(entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "costs"}
    )
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {CONF_PLUG_SENSOR: METER, **values}
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY, result
    # The pricing runs in the background: wait for it (there is none when it is not asked for).
    repricing = [
        task
        for task in asyncio.all_tasks()
        if task.get_name().startswith("print_logger new prices for the old jobs")
        and not task.done()
    ]
    await asyncio.gather(*repricing)
    await hass.async_block_till_done()
    return len(repricing)


async def test_old_jobs_follow_new_prices_only_when_asked(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """
    Default: a new price leaves the jobs logged before as they were. With "old jobs follow new
    prices": their stored energy at the new price (fixed, then a price entity's), the machine cost
    at the new rate; a manual electricity cost stays.
    """
    await _set(hass, PRICE, 0.25, EUR_KWH)
    start = await _set(hass, METER, 10.0, KWH) + timedelta(milliseconds=1)
    store = await _entry(
        hass,
        mock_config_entry,
        {
            CONF_PLUG_SENSOR: METER,
            CONF_PRICE_MODE: "fixed",
            CONF_ELECTRICITY_PRICE: 0.4,
            CONF_MACHINE_RATE: 1.0,
        },
    )
    end = await _set(hass, METER, 12.0, KWH)
    hours = (end - start).total_seconds() / 3600
    plain = await _job(store, mock_config_entry, start, end)
    manual = await _job(store, mock_config_entry, start, end, energy_cost=9.0)
    await hass.services.async_call(
        "print_logger",
        "backfill_costs",
        {"config_entry_id": mock_config_entry.entry_id},
        blocking=True,
        return_response=True,
    )

    async def costs(job_id: str) -> Any:
        return (await store.get_job_record(job_id)).costs

    assert (await costs(plain)).electricity_cost == pytest.approx(0.8)
    assert (await costs(manual)).total_cost == pytest.approx(9.0 + hours)

    # Off (the default): nothing changes for the old jobs.
    assert not await _change_prices(
        hass,
        mock_config_entry,
        {CONF_PRICE_MODE: "fixed", CONF_ELECTRICITY_PRICE: 0.5, CONF_MACHINE_RATE: 2.0},
    )
    assert mock_config_entry.options[CONF_REPRICE_OLD_JOBS] is False
    assert (await costs(plain)).electricity_cost == pytest.approx(0.8)
    assert (await costs(plain)).machine_cost == pytest.approx(hours)

    # On: the stored 2 kWh at 0.6, the machine at 3 per hour; the manual part stays.
    caplog.set_level(logging.INFO, logger="custom_components.print_logger")
    assert await _change_prices(
        hass,
        mock_config_entry,
        {
            CONF_PRICE_MODE: "fixed",
            CONF_ELECTRICITY_PRICE: 0.6,
            CONF_MACHINE_RATE: 3.0,
            CONF_REPRICE_OLD_JOBS: True,
        },
    )
    after = await costs(plain)
    assert after.energy_kwh == pytest.approx(2.0)
    assert after.electricity_cost == pytest.approx(1.2)
    assert after.electricity_source == "measured"
    assert after.machine_cost == pytest.approx(3.0 * hours)
    assert after.total_cost == pytest.approx(1.2 + 3.0 * hours)
    kept = await costs(manual)
    assert kept.total_cost == pytest.approx(9.0 + 3.0 * hours)
    assert "New prices applied to 2 jobs" in caplog.text

    # A price entity: the stored energy at its price over the job (it held 0.25 throughout).
    await _change_prices(
        hass,
        mock_config_entry,
        {
            CONF_PRICE_MODE: "entity",
            CONF_PRICE_ENTITY: PRICE,
            CONF_MACHINE_RATE: 3.0,
            CONF_REPRICE_OLD_JOBS: True,
        },
    )
    after = await costs(plain)
    assert after.electricity_cost == pytest.approx(0.5)
    assert after.electricity_source == "measured"
    await unload(hass, mock_config_entry)
