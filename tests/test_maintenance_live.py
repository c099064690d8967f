"""
Maintenance against the real Moonraker (simulated printer): tasks fall due after N jobs, hours and
grams of real prints; the to-do list shows them; checking one off logs it and resets it; the
``print_logger_maintenance_due`` event fires once per task, also across a reload.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from homeassistant.const import STATE_OFF, STATE_ON
from homeassistant.core import Event, HomeAssistant, State, callback
from homeassistant.helpers import entity_registry as er
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import WebSocketGenerator

from custom_components.print_logger.const import DOMAIN, EVENT_MAINTENANCE_DUE
from custom_components.print_logger.store import JobQuery, JobRecord, JobStatus, Store
from custom_components.print_logger.store.maintenance import (
    DEFAULT_TASKS,
    GRAMS_PER_MM,
    TaskState,
)
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.test_live_capture import setup_printer, unload, wait_for

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]

CUBE = "sim_cube.gcode"


@pytest.fixture
async def printer(tmp_path: Path) -> Iterator[SimulatedPrinter]:  # type: ignore[misc]
    """Return a simulated printer with the cube uploaded."""
    # Slow enough that a cube takes seconds of print time (the simulator's durations are wall
    # time): the half cube of margin around the hours task's limit is far above any jitter.
    async with SimulatedPrinter(tmp_path / "printer", speed=20) as sim:
        await sim.upload(FIXTURES / CUBE)
        yield sim


def _entity(hass: HomeAssistant, unique_id: str, key: str, platform: str) -> str:
    entity_id = er.async_get(hass).async_get_entity_id(
        platform, DOMAIN, f"{unique_id}_{key}"
    )
    assert entity_id, key
    return entity_id


async def _completed(store: Store, printer_id: str, count: int) -> list[JobRecord]:
    page = await store.list_jobs(
        JobQuery(printer_ids=(printer_id,), statuses=(JobStatus.COMPLETED,), limit=50)
    )
    return page.jobs if len(page.jobs) >= count else []


async def _print(
    printer: SimulatedPrinter, store: Store, printer_id: str, count: int
) -> JobRecord:
    """Print the cube once more; return the job as stored (the ``count``-th completed one)."""
    await printer.start_print(CUBE)
    await printer.wait_for_job(CUBE, status="completed", timeout=60)
    jobs = await wait_for(lambda: _completed(store, printer_id, count))
    return jobs[0]


async def _true(value: bool) -> bool | None:
    return value or None


def _grams(job: JobRecord) -> float:
    return (
        job.filament_weight_g
        if job.filament_weight_g is not None
        else job.filament_used_mm * GRAMS_PER_MM
    )


async def test_tasks_fall_due_with_real_prints(
    hass: HomeAssistant,
    printer: SimulatedPrinter,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Jobs, hours and grams of real prints make tasks due; the to-do list follows; done resets."""
    entry = await setup_printer(hass, printer)
    store: Store = entry.runtime_data.store
    uid = entry.unique_id
    assert uid is not None
    todo = _entity(hass, uid, "maintenance", "todo")
    due_sensor = _entity(hass, uid, "maintenance_due", "binary_sensor")
    next_sensor = _entity(hass, uid, "next_maintenance", "sensor")
    assert todo == "todo.test_printer_maintenance"

    # The default tasks were offered to the new printer; the user removes them (none has a log).
    defaults = await store.maintenance_states((uid,))
    assert sorted(state.task.name for state in defaults) == sorted(
        task.name for task in DEFAULT_TASKS
    )
    ws = await hass_ws_client(hass)
    for state in defaults:
        await ws.send_json_auto_id(
            {"type": f"{DOMAIN}/maintenance/tasks/delete", "task_id": state.task.id}
        )
        reply = await ws.receive_json()
        assert reply["result"] == {"deleted": True, "archived": False}, reply

    # One print to learn what a cube takes, then tasks due after 2 jobs, 0.1 h of print time
    # (the shortest interval a person may type: a job entered by hand brings it to 3.5 cubes
    # short of it, so it is nearly due at once and falls due with the 4th cube) and 4.75 cubes
    # of filament (counted from when each task is added, below "nearly due" (90 %) until the
    # print before).
    cube = await _print(printer, store, uid, 1)
    seconds = cube.print_duration
    grams = _grams(cube)
    assert seconds > 0 and grams > 0
    assert 3.5 * seconds < 0.1 * 3600 * 0.1, (
        "the cube must be short next to the interval"
    )

    async def add(name: str, **intervals: Any) -> str:
        await ws.send_json_auto_id(
            {
                "type": f"{DOMAIN}/maintenance/tasks/create",
                "printer_id": uid,
                "name": name,
                **intervals,
            }
        )
        reply = await ws.receive_json()
        assert reply["success"], reply
        return str(reply["result"]["task"]["id"])

    rails = await add("Lubricate the rails", interval_hours=0.1)
    rails_since = (await store.get_task_state(rails)).since
    await store.create_job(
        {
            "printer_id": uid,
            "filename": "entered by hand.gcode",
            # Not "completed": the cubes are counted by their completed jobs.
            "status": "cancelled",
            "start": rails_since,
            "end": rails_since + timedelta(seconds=360 - 3.5 * seconds),
            "print_duration": 360 - 3.5 * seconds,
        }
    )
    plate = await add("Clean the build plate", interval_jobs=2)
    nozzle = await add(
        "Replace the nozzle", interval_filament_kg=round(grams * 4.75 / 1000, 6)
    )
    # A callback listener: called as the event fires (before the entities show the new state).
    events: list[Event] = []

    @callback
    def _due(event: Event) -> None:
        events.append(event)

    hass.bus.async_listen(EVENT_MAINTENANCE_DUE, _due)

    def state(entity_id: str) -> State:
        current = hass.states.get(entity_id)
        assert current is not None
        return current

    async def items() -> list[dict[str, Any]]:
        answer = await hass.services.async_call(
            "todo",
            "get_items",
            {},
            target={"entity_id": todo},
            blocking=True,
            return_response=True,
        )
        return list(answer[todo]["items"])  # type: ignore[index,call-overload]

    async def listed(count: int) -> list[dict[str, Any]] | None:
        shown = await items()
        return (
            shown if len(shown) == count and state(todo).state == str(count) else None
        )

    async def statuses() -> dict[str, str]:
        return {s.task.id: s.status for s in await store.maintenance_states((uid,))}

    # The rails are nearly due (3.5 cubes short of 0.1 h): listed, not announced, not due.
    [item] = await wait_for(lambda: listed(1))
    assert item["uid"] == rails
    assert state(due_sensor).state == STATE_OFF
    assert events == []
    # Job 1 since the tasks: 1 of 2 jobs, 2.5 cubes short of 0.1 h, 1 of 4.75 of filament.
    await _print(printer, store, uid, 2)
    assert await statuses() == {plate: "ok", rails: "soon", nozzle: "ok"}
    # Job 2: the plate is due (after 2 jobs) and listed with what is left.
    await _print(printer, store, uid, 3)
    shown = await wait_for(lambda: listed(2))
    [item] = [entry for entry in shown if entry["uid"] == plate]
    assert item["summary"] == "Clean the build plate"
    assert item["status"] == "needs_action"
    assert "Jobs left: 0" in item["description"]
    assert state(due_sensor).state == STATE_ON
    assert state(next_sensor).state == "Clean the build plate"
    assert [event.data["task_id"] for event in events] == [plate]
    # Job 3: half a cube short of 0.1 h: the rails are not due yet.
    await _print(printer, store, uid, 4)
    assert await statuses() == {plate: "due", rails: "soon", nozzle: "ok"}
    # Job 4: half a cube over 0.1 h: the rails are due too.
    await _print(printer, store, uid, 5)
    await wait_for(lambda: _true(len(events) == 2))
    assert [event.data["task_id"] for event in events] == [plate, rails]
    assert await statuses() == {plate: "due", rails: "due", nozzle: "ok"}
    # Job 5: 5 of 4.75 cubes of filament: the nozzle is due.
    await _print(printer, store, uid, 6)
    shown = await wait_for(lambda: listed(3))
    assert {entry["uid"] for entry in shown} == {plate, rails, nozzle}
    # Each task was announced once, when it fell due, with the printer's device.
    assert [event.data["task_id"] for event in events] == [plate, rails, nozzle]
    assert {event.data["device_id"] for event in events} != {None}

    # Checking the plate off logs it (with the counters of now) and resets it.
    await hass.services.async_call(
        "todo",
        "update_item",
        {"item": "Clean the build plate", "status": "completed"},
        target={"entity_id": todo},
        blocking=True,
    )
    shown = await wait_for(lambda: listed(2))
    assert {entry["uid"] for entry in shown} == {rails, nozzle}
    [logged] = await store.maintenance_log((uid,))
    assert (logged.task_id, logged.name, logged.jobs) == (
        plate,
        "Clean the build plate",
        7,  # 6 cubes and the (cancelled) job entered by hand
    )
    plate_state: TaskState = await store.get_task_state(plate)
    assert (plate_state.status, plate_state.used["jobs"]) == ("ok", 0.0)
    assert plate_state.last_done == logged.done_at

    # The rails and the nozzle stay due and are not announced again by another print; the
    # plate falls due again 2 jobs after it was done: announced again.
    await _print(printer, store, uid, 7)
    assert (await statuses())[plate] == "ok"
    await _print(printer, store, uid, 8)
    await wait_for(lambda: listed(3))
    assert [event.data["task_id"] for event in events] == [plate, rails, nozzle, plate]
    # Nor after a restart (the store remembers what was announced).
    await unload(hass, entry)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await wait_for(lambda: listed(3))
    assert [event.data["task_id"] for event in events] == [plate, rails, nozzle, plate]
    assert state(due_sensor).state == STATE_ON

    # The two others done by action: nothing is due any more.
    for task_id in (rails, nozzle):
        await hass.services.async_call(
            DOMAIN,
            "log_maintenance",
            {"config_entry_id": entry.entry_id, "task_id": task_id, "cost": 4.5},
            blocking=True,
        )
    await hass.services.async_call(
        "todo",
        "update_item",
        {"item": plate, "status": "completed"},
        target={"entity_id": todo},
        blocking=True,
    )

    async def empty() -> bool:
        return await listed(0) is not None

    await wait_for(empty)
    assert state(due_sensor).state == STATE_OFF
    answer = await hass.services.async_call(
        DOMAIN,
        "get_maintenance",
        {"config_entry_id": entry.entry_id},
        blocking=True,
        return_response=True,
    )
    assert answer is not None
    assert len(answer["log"]) == 4  # type: ignore[arg-type]
    assert answer["cost"] == {uid: 9.0}
    await unload(hass, entry)


async def test_default_tasks_only_once(
    hass: HomeAssistant, printer: SimulatedPrinter
) -> None:
    """The defaults come with a new printer; removed, they do not come back on the next start."""
    entry: MockConfigEntry = await setup_printer(hass, printer)
    store: Store = entry.runtime_data.store
    uid = entry.unique_id
    assert uid is not None
    states = await store.maintenance_states((uid,))
    assert len(states) == len(DEFAULT_TASKS)
    for state in states:
        assert await store.delete_task(state.task.id)
    await unload(hass, entry)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert await store.maintenance_states((uid,)) == []
    await unload(hass, entry)
