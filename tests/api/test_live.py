"""Live side of the API: ``print_logger/subscribe`` pushes, printers of loaded entries, the 409."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import CONF_HOST, CONF_NAME, CONF_PORT, CONF_SSL
from homeassistant.core import HomeAssistant
from homeassistant.helpers.dispatcher import async_dispatcher_send
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from custom_components.print_logger.const import (
    CONF_IMPORT_DAYS,
    CONF_IMPORT_HISTORY,
    CONF_STATE_INTERVAL,
    DOMAIN,
    IMPORT_NONE,
    SIGNAL_JOB_CHANGED,
)
from custom_components.print_logger.store import Store
from tests.api.common import new_job_body, seed

API = "/api/print_logger"


async def _event(ws: Any, sub_id: int) -> dict[str, Any]:
    message = await ws.receive_json()
    assert message["id"] == sub_id, message
    assert message["type"] == "event", message
    return message["event"]


async def test_subscribe_pushes_job_changes(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """API changes reach subscribers in order; unsubscribing stops them (the tracker: test_live_capture)."""
    await seed(store)
    client = await hass_client()
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "print_logger/subscribe"})
    reply = await ws.receive_json()
    assert reply["success"], reply
    sub_id = reply["id"]

    created = (await (await client.post(f"{API}/jobs", json=new_job_body())).json())[
        "job"
    ]
    event = await _event(ws, sub_id)
    assert event["type"] == "job_changed"
    assert event["job"]["id"] == created["id"]
    assert "details" not in event["job"]  # the list item, not the detail

    response = await client.patch(
        f"{API}/jobs/{created['id']}", json={"notes": "pushed"}
    )
    assert response.status == HTTPStatus.OK
    event = await _event(ws, sub_id)
    assert (event["type"], event["job"]["notes"]) == ("job_changed", "pushed")

    assert (await client.delete(f"{API}/jobs/{created['id']}")).status == HTTPStatus.OK
    assert await _event(ws, sub_id) == {"type": "job_deleted", "job_id": created["id"]}
    # A change signalled for a job that is gone by the time it is read is a deletion (a race of
    # a write's signal with a delete: sent by hand, nothing real makes it happen on demand).
    async_dispatcher_send(hass, SIGNAL_JOB_CHANGED, created["id"], False)
    assert await _event(ws, sub_id) == {"type": "job_deleted", "job_id": created["id"]}

    # The websocket delete pushes too.
    other = (await (await client.post(f"{API}/jobs", json=new_job_body())).json())[
        "job"
    ]
    assert (await _event(ws, sub_id))["job"]["id"] == other["id"]
    await ws.send_json_auto_id(
        {"type": "print_logger/jobs/delete", "job_ids": [other["id"]]}
    )
    messages = [await ws.receive_json(), await ws.receive_json()]
    assert {"type": "job_deleted", "job_id": other["id"]} in [
        message.get("event") for message in messages
    ]
    assert any(message.get("result") == {"deleted": 1} for message in messages)

    await ws.send_json_auto_id({"type": "unsubscribe_events", "subscription": sub_id})
    assert (await ws.receive_json())["success"]
    response = await client.post(f"{API}/jobs", json=new_job_body())
    assert response.status == HTTPStatus.CREATED
    await hass.async_block_till_done(wait_background_tasks=True)
    await ws.send_json_auto_id({"type": "print_logger/printers/list"})
    message = await ws.receive_json()
    assert message["type"] == "result"
    assert len(message["result"]["printers"]) == 2


async def test_loaded_printer_offline_and_unloaded(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
    closed_port: int,
) -> None:
    """A loaded printer that cannot reach its Moonraker is listed offline; unloading it is pushed."""
    await seed(store)
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Workshop",
        unique_id="workshop01",
        data={
            CONF_HOST: "127.0.0.1",
            CONF_PORT: closed_port,
            CONF_SSL: False,
            CONF_NAME: "Workshop",
        },
        options={
            CONF_STATE_INTERVAL: 10,
            CONF_IMPORT_HISTORY: IMPORT_NONE,
            CONF_IMPORT_DAYS: 30,
        },
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert entry.state is ConfigEntryState.LOADED

    client = await hass_client()
    printers = (await (await client.get(f"{API}/printers")).json())["printers"]
    workshop = next(printer for printer in printers if printer["id"] == "workshop01")
    assert workshop == {
        "id": "workshop01",
        "entry_id": entry.entry_id,
        "name": "Workshop",
        "moonraker_url": "http://127.0.0.1:" + str(closed_port),
        "online": False,
        "print_state": "offline",
        "active_spool": None,
        "current_job": None,
    }

    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "print_logger/subscribe"})
    reply = await ws.receive_json()
    sub_id = reply["id"]

    # A real printer's state, its job while printing and the 409 are in
    # tests/test_live_capture.py::test_subscription_follows_a_real_print.
    # Unloading the printer: pushed as offline.
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
    event = await _event(ws, sub_id)
    assert event["type"] == "printer"
    assert (event["printer"]["online"], event["printer"]["print_state"]) == (
        False,
        "offline",
    )
    assert event["printer"]["current_job"] is None
