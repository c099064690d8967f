"""Every entity of a printer through a whole print, rate limiting, events and device triggers."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
import logging
from pathlib import Path
from typing import Any

from homeassistant.components import automation
from homeassistant.components.device_automation import DeviceAutomationType
from homeassistant.const import STATE_OFF, STATE_ON, STATE_UNKNOWN
from homeassistant.core import Event, HomeAssistant, State
from homeassistant.helpers import device_registry as dr, entity_registry as er
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import async_get_device_automations

from custom_components.print_logger.const import (
    DOMAIN,
    EVENT_JOB_FINISHED,
    EVENT_JOB_PAUSED,
    EVENT_JOB_RESUMED,
    EVENT_JOB_STARTED,
    LOGGER,
)
from custom_components.print_logger.coordinator import PrinterSnapshot
from custom_components.print_logger.sensor import (
    SENSORS,
    TOTAL_SENSORS,
    filament_weight_g,
    significant,
)
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.test_live_capture import collect, setup_printer, unload, wait_for

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]

CUBE = "sim_cube.gcode"


def _entity(
    hass: HomeAssistant, unique_id: str, key: str, platform: str = "sensor"
) -> str:
    entity_id = er.async_get(hass).async_get_entity_id(
        platform, DOMAIN, f"{unique_id}_{key}"
    )
    assert entity_id, key
    return entity_id


@pytest.fixture
async def printer(tmp_path: Path):
    """Return a simulated printer with the cube uploaded."""
    async with SimulatedPrinter(tmp_path / "printer", speed=60) as sim:
        await sim.upload(FIXTURES / CUBE)
        yield sim


async def test_entities_through_a_print(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """Standby → printing → paused → cancelled, as every entity shows it; events fire once each."""
    entry = await setup_printer(hass, printer)
    # Live values are written at most once per interval: a short one for this test.
    hass.config_entries.async_update_entry(
        entry, options={**entry.options, "state_interval": 1}
    )
    uid = entry.unique_id

    def state(key: str, platform: str = "sensor") -> State:
        current = hass.states.get(_entity(hass, uid, key, platform))
        assert current is not None
        return current

    assert state("print_state").state == "standby"
    assert state("online", "binary_sensor").state == STATE_ON
    devices = dr.async_get(hass)

    def device() -> dr.DeviceEntry:
        found = devices.async_get_device_by_identifier((DOMAIN, uid), entry.entry_id)
        assert found is not None
        return found

    async def named_by_klipper() -> bool:
        await hass.async_block_till_done()
        return device().model == "Cartesian (Klipper)"

    # Before any slice named it, the device is what Klipper's config says it is (read once Klippy
    # is ready, just after the printer came online).
    await wait_for(named_by_klipper)
    assert device().hw_version == "linux"
    assert state("printing", "binary_sensor").state == STATE_OFF
    assert state("current_file").state == STATE_UNKNOWN
    assert state("progress").state == STATE_UNKNOWN
    assert state("eta").state == STATE_UNKNOWN

    events = collect(
        hass, EVENT_JOB_STARTED, EVENT_JOB_PAUSED, EVENT_JOB_RESUMED, EVENT_JOB_FINISHED
    )
    await printer.start_print(CUBE)
    await printer.sim.wait_for_progress(0.3)

    async def printing() -> bool:
        await hass.async_block_till_done()
        return state("print_state").state == "printing" and state(
            "current_layer"
        ).state not in (
            STATE_UNKNOWN,
            "0",
        )

    await wait_for(printing)
    assert state("printing", "binary_sensor").state == STATE_ON
    assert state("current_file").state == CUBE
    assert 0 <= float(state("progress").state) <= 100
    assert state("total_layers").state == "20"
    assert float(state("filament_used").state) > 0
    # The cube states 0.66 g for 222.34 mm but no density: the weight so far follows that ratio.
    assert 0 < float(state("filament_weight").state) <= 0.66
    assert float(state("print_time").state) > 0

    await printer.pause()
    await printer.sim.wait_for_state("paused")

    async def paused() -> bool:
        await hass.async_block_till_done()
        return state("print_state").state == "paused"

    await wait_for(paused)
    assert state("eta").state == STATE_UNKNOWN  # a paused print has no end time
    assert state("printing", "binary_sensor").state == STATE_ON
    await asyncio.sleep(0.4)
    await printer.resume()
    await printer.sim.wait_for_state("printing")
    await asyncio.sleep(0.4)
    await printer.cancel()

    async def cancelled() -> bool:
        await hass.async_block_till_done()
        return state("last_job_status").state == "cancelled"

    await wait_for(cancelled)
    assert state("print_state").state == "cancelled"
    assert state("printing", "binary_sensor").state == STATE_OFF
    assert state("current_file").state == STATE_UNKNOWN
    assert state("last_job_end").state != STATE_UNKNOWN
    assert float(state("last_job_duration").state) > 0

    assert [e.event_type for e in events] == [
        EVENT_JOB_STARTED,
        EVENT_JOB_PAUSED,
        EVENT_JOB_RESUMED,
        EVENT_JOB_FINISHED,
    ]
    finished: Event = events[-1]
    assert finished.data["outcome"] == "cancelled"
    assert finished.data["filename"] == CUBE
    assert finished.data["pause_count"] == 1
    assert finished.data["paused_duration"] > 0
    assert finished.data["config_entry_id"] == entry.entry_id
    assert {e.data["job_id"] for e in events} == {finished.data["job_id"]}

    async def named_by_slice() -> bool:
        await hass.async_block_till_done()
        return device().model == "SIM"

    # The slice's printer model (`; printer_model = SIM`) names the device once the job is logged.
    await wait_for(named_by_slice)
    assert device().hw_version == "linux"
    await unload(hass, entry)


@pytest.mark.parametrize(("interval", "most"), [(30, 1), (1, None)])
async def test_progress_is_rate_limited(
    hass: HomeAssistant, printer: SimulatedPrinter, interval: int, most: int | None
) -> None:
    """Progress is written at most once per live update interval, however often Klipper reports it."""
    entry = await setup_printer(hass, printer)
    hass.config_entries.async_update_entry(
        entry, options={**entry.options, "state_interval": interval}
    )
    progress = _entity(hass, entry.unique_id, "progress")
    printer.sim.set_speed(20)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_progress(0.05)
    await asyncio.sleep(0.6)
    changes: list[Event] = []
    hass.bus.async_listen(
        "state_changed",
        lambda e: changes.append(e) if e.data["entity_id"] == progress else None,
    )
    await asyncio.sleep(
        3.5
    )  # Klipper reports about 14 times meanwhile, progress moves on
    await hass.async_block_till_done()
    if most is not None:
        assert len(changes) <= most
    else:
        assert len(changes) >= 2
    await printer.cancel()
    await unload(hass, entry)


async def test_device_trigger_on_failed_print(
    hass: HomeAssistant,
    printer: SimulatedPrinter,
    device_registry: dr.DeviceRegistry,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The automation editor's 'print failed' trigger fires once for an emergency stop."""
    entry = await setup_printer(hass, printer)
    device = device_registry.async_get_device_by_identifier(
        (DOMAIN, entry.unique_id), entry.entry_id
    )
    assert device is not None
    triggers = await async_get_device_automations(
        hass, DeviceAutomationType.TRIGGER, device.id
    )
    assert {t["type"] for t in triggers if t["domain"] == DOMAIN} == {
        "print_started",
        "print_finished",
        "print_failed",
        "print_cancelled",
        "maintenance_due",
    }
    fired: list[Event] = []
    hass.bus.async_listen("print_logger_test_fired", fired.append)
    assert await async_setup_component(
        hass,
        automation.DOMAIN,
        {
            automation.DOMAIN: [
                {
                    "trigger": {
                        "platform": "device",
                        "domain": DOMAIN,
                        "device_id": device.id,
                        "type": trigger,
                    },
                    "action": {
                        "event": "print_logger_test_fired",
                        "event_data": {"trigger": trigger},
                    },
                }
                for trigger in ("print_failed", "print_cancelled", "print_started")
            ]
        },
    )
    tracker = entry.runtime_data.coordinator.tracker
    history_finished = asyncio.Event()
    handle_history_changed = tracker.handle_history_changed

    def handled(action: str, job: Mapping[str, Any]) -> None:
        handle_history_changed(action, job)
        if action == "finished":
            history_finished.set()

    monkeypatch.setattr(tracker, "handle_history_changed", handled)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_progress(0.2)
    await printer.emergency_stop()
    await printer.wait_for_job(CUBE, status="klippy_shutdown")

    async def failed() -> bool:
        await hass.async_block_till_done()
        return any(e.data["trigger"] == "print_failed" for e in fired)

    await wait_for(failed)
    # What could fire a trigger twice: Moonraker's history telling of the job's end after we saw
    # it (it must not announce the end again). Wait until the tracker handled that, and its writes.
    await wait_for(lambda: _done(history_finished.is_set()))
    await tracker.async_flush()
    await hass.async_block_till_done()
    assert sorted(e.data["trigger"] for e in fired) == ["print_failed", "print_started"]
    await unload(hass, entry)


async def test_idle_printer_publishes_nothing_over_chatter(
    hass: HomeAssistant,
    printer: SimulatedPrinter,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """
    Over 30 s of an idle printer's chatter the entities receive no update; printing, they do.

    Moonraker pushes its process statistics every second (and, subscribed to them, temperatures
    and the toolhead's clock several times a second): none of that is shown, so none of it may
    reach the entities. While printing, every live value still moves, once per interval.
    """
    entry = await setup_printer(hass, printer)
    hass.config_entries.async_update_entry(
        entry, options={**entry.options, "state_interval": 1}
    )
    coordinator = entry.runtime_data.coordinator
    client = coordinator.client
    messages: list[str] = []
    dispatch = client._dispatch

    def counting_dispatch(data: Mapping[str, Any], listener: Any) -> None:
        messages.append(str(data.get("method")))
        dispatch(data, listener)

    monkeypatch.setattr(client, "_dispatch", counting_dispatch)
    updates: list[float] = []
    coordinator.async_add_listener(lambda: updates.append(0.0))
    # Let the start-up publishes (history reconciliation, totals) settle first.
    await wait_for(
        lambda: _done(
            coordinator._reconcile_task is None or coordinator._reconcile_task.done()
        )
    )
    await hass.async_block_till_done()
    await wait_for(lambda: _done("notify_proc_stat_update" in messages))
    caplog.set_level(logging.DEBUG, logger=LOGGER.name)
    updates.clear()
    messages.clear()
    caplog.clear()
    await asyncio.sleep(30)
    await hass.async_block_till_done()
    assert messages.count("notify_proc_stat_update") >= 20
    assert updates == []
    # Home Assistant logs every coordinator update at debug level: not one line either.
    assert "Manually updated" not in caplog.text

    # Printing: every shown live value changes, within its rate limit (1 s here).
    keys = ("progress", "print_time", "filament_used", "current_layer", "eta")
    entity_ids = {_entity(hass, entry.unique_id, key): key for key in keys}
    changes: dict[str, list[str]] = {key: [] for key in keys}

    def record(event: Event) -> None:
        if (key := entity_ids.get(event.data["entity_id"])) is not None:
            changes[key].append(event.data["new_state"].state)

    printer.sim.set_speed(20)
    await printer.start_print(CUBE)
    await printer.sim.wait_for_progress(0.02)
    await asyncio.sleep(1.2)
    await hass.async_block_till_done()
    hass.bus.async_listen("state_changed", record)
    updates.clear()
    caplog.clear()
    await asyncio.sleep(6)
    await hass.async_block_till_done()
    published = len(updates)
    logged = caplog.text.count("Manually updated")
    await printer.cancel()
    for key in ("progress", "print_time", "filament_used", "current_layer"):
        assert 2 <= len(changes[key]) <= 7, (key, changes[key])
    assert changes["eta"], changes
    assert STATE_UNKNOWN not in changes["eta"]
    # About once per second: the live values are not published at Klipper's rate.
    assert 2 <= published <= 8, published
    assert logged == published
    await unload(hass, entry)


async def _done(value: bool) -> bool:
    return value


@pytest.mark.parametrize(
    ("details", "grams"),
    [
        (None, None),
        ({}, None),
        # Density and diameter: the weight of the cylinder extruded.
        ({"filament_diameter": 1.75, "filament_density": 1.24}, 2.98),
        # Neither: the slicer's own grams per millimetre.
        ({"filament_used_g": 0.66, "filament_used_mm": 222.34}, 2.97),
        # A density of 0 is unknown: the ratio, not 0 g.
        (
            {
                "filament_diameter": 1.75,
                "filament_density": 0,
                "filament_used_g": 3.0,
                "filament_used_mm": 1000.0,
            },
            3.0,
        ),
        ({"filament_used_g": 0.66, "filament_used_mm": 0}, None),
        ({"filament_used_g": None, "filament_used_mm": 222.34}, None),
    ],
)
def test_live_weight(details: dict[str, Any] | None, grams: float | None) -> None:
    """The weight of 1 m extruded, from what the file states."""
    assert filament_weight_g(1000.0, details) == grams


@pytest.mark.parametrize(
    ("grams", "state"),
    [(1.0, 0.001), (0.6, 0.0006), (1234.5678, 1.235), (0.0, 0.0), (None, None)],
)
def test_total_filament_state_never_rounds_a_gram_away(
    grams: float | None, state: float | None
) -> None:
    """The device page shows the state as it is: 1 g is 0.001 kg (not "0.00 kg"), 0.6 g not 0."""
    description = next(d for d in TOTAL_SENSORS if d.key == "total_filament")
    assert description.suggested_display_precision is None
    snapshot = PrinterSnapshot(totals=None if grams is None else {"filament_g": grams})
    assert description.value_fn(snapshot) == state


def test_live_weight_keeps_three_significant_digits() -> None:
    """A few milligrams so far are not "0.0 g": the job's weight sensor has no fixed precision."""
    description = next(d for d in SENSORS if d.key == "filament_weight")
    assert description.suggested_display_precision is None
    details = {"filament_used_g": 0.66, "filament_used_mm": 222.34}
    assert filament_weight_g(0.2, details) == 0.000594
    assert significant(12.3456) == 12.3
    assert significant(1234.6) == 1235
    # A long print keeps its grams' decimals (as before: two).
    assert filament_weight_g(1_000_000.0, details) == 2968.43
