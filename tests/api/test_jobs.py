"""Job records through REST and websocket: list, get, create, update, delete, thumbnails, printers."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from custom_components.print_logger.store import Store
from tests.api.common import PNG, PRUSA, VORON, new_job_body, seed

API = "/api/print_logger"


async def test_rest_list_filters_and_pagination(
    hass: HomeAssistant, store: Store, hass_client: ClientSessionGenerator
) -> None:
    """GET /jobs: every filter, sorts, limit and cursor pagination with a stable total."""
    data = await seed(store)
    client = await hass_client()

    async def ids(**params: str) -> list[str]:
        response = await client.get(f"{API}/jobs", params=params)
        assert response.status == HTTPStatus.OK, await response.text()
        body = await response.json()
        assert body["total"] == len(body["jobs"]) or body["next_cursor"] is not None
        return [job["id"] for job in body["jobs"]]

    j = data.jobs
    assert await ids() == [j[5], j[4], j[3], j[2], j[1], j[0]]
    assert await ids(order="asc") == j
    assert await ids(printer_ids=VORON) == [j[2], j[1], j[0]]
    assert await ids(printer_ids=f"{VORON},{PRUSA}", statuses="completed") == [
        j[4],
        j[3],
        j[0],
    ]
    assert await ids(statuses="cancelled,error") == [j[2], j[1]]
    assert await ids(since="2026-03-03T10:00:00Z", until="2026-04-01T12:00:00Z") == [
        j[3],
        j[2],
    ]
    assert await ids(q="BENCHY") == [j[0]]
    assert await ids(q="'") == [j[1]]
    assert await ids(q="50%") == [j[4]]
    assert await ids(q="%") == [j[4]]
    assert await ids(q="_") == [j[4]]
    assert await ids(q=",") == [j[3]]
    assert await ids(filament_type="pla") == [j[4], j[1], j[0]]
    assert await ids(tags="vase") == [j[3]]
    assert await ids(tags="gift,functional") == [j[4], j[3], j[0]]
    assert await ids(min_duration="1800", max_duration="5400") == [j[4], j[1], j[0]]
    assert await ids(sort="print_duration", order="desc") == [
        j[3],
        j[4],
        j[0],
        j[1],
        j[2],
        j[5],
    ]
    # Printer names: Prusa before Voron (ties by job id).
    assert set((await ids(sort="printer", order="asc"))[:3]) == {j[3], j[4], j[5]}
    # Missing ratings sort last.
    assert (await ids(sort="rating", order="desc"))[0] == j[0]
    assert (await ids(sort="rating", order="asc"))[0] == j[0]

    # Pages of 2, following next_cursor, give every job once, in order, with the same total.
    seen: list[str] = []
    cursor: str | None = None
    while True:
        params = {"limit": "2", "sort": "start", "order": "asc"}
        if cursor:
            params["cursor"] = cursor
        response = await client.get(f"{API}/jobs", params=params)
        body = await response.json()
        assert body["total"] == 6
        seen += [job["id"] for job in body["jobs"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == j

    response = await client.get(
        f"{API}/jobs", params={"limit": "500", "printer_ids": PRUSA}
    )
    body = await response.json()
    job = next(item for item in body["jobs"] if item["id"] == j[3])
    assert job == {
        "id": j[3],
        "printer_id": PRUSA,
        "printer_name": "Prusa",
        "uid": None,
        "filename": "vase, large.gcode",
        "status": "completed",
        "source": "manual",
        "start": "2026-03-10T09:30:00+00:00",
        "end": "2026-03-10T11:31:00+00:00",
        "print_duration": 7200.0,
        "total_duration": 7260.0,
        "filament_used_mm": 3000.0,
        "filament_weight_g": 9.0,
        "filament_type": "PETG",
        "filament_colour": "#00FF00",
        "estimated_time": 8000.0,
        "progress": 1.0,
        "pause_count": 0,
        "paused_duration": 0.0,
        "error_message": None,
        "notes": None,
        "rating": None,
        "tags": ["gift", "vase"],
        "failure_reason": None,
        "cost": 1.0,
        "has_thumbnail": False,
        "spools": [],
        "spool_filament_cost": None,
        "end_photo_id": None,
        "file_id": job["file_id"],
        "costs": {
            "energy_kwh": None,
            "energy_source": None,
            "electricity_cost": None,
            "electricity_source": None,
            "computed_filament_cost": None,
            "computed_filament_source": None,
            "machine_cost": None,
            "total_cost": 1.0,
            "total_cost_source": "manual",
        },
    }
    assert len(job["file_id"]) == 32


async def test_rest_crud_and_thumbnail(
    hass: HomeAssistant, store: Store, hass_client: ClientSessionGenerator
) -> None:
    """POST, GET, PATCH, thumbnail, DELETE of one job; unknown ids are 404."""
    data = await seed(store)
    client = await hass_client()

    response = await client.post(f"{API}/jobs", json=new_job_body())
    assert response.status == HTTPStatus.CREATED, await response.text()
    created = (await response.json())["job"]
    assert created["source"] == "manual"
    assert created["start"] == "2026-05-01T08:00:00+00:00"
    assert created["end"] == "2026-05-01T11:00:00+00:00"
    assert created["printer_name"] == "Voron"
    assert created["filament_type"] == "PLA"
    assert (created["rating"], created["tags"], created["cost"]) == (4, ["test"], 0.12)
    assert created["events"] == []
    assert created["metadata"] is None
    job_id = created["id"]
    assert len(job_id) == 32

    response = await client.get(f"{API}/jobs/{job_id}")
    assert response.status == HTTPStatus.OK
    assert (await response.json())["job"] == created

    response = await client.patch(
        f"{API}/jobs/{job_id}",
        json={
            "notes": 'edited, "quoted"\nline',
            "rating": None,
            "tags": ["a", "b"],
            "failure_reason": "adhesion",
            "cost": 0,
        },
    )
    assert response.status == HTTPStatus.OK, await response.text()
    edited = (await response.json())["job"]
    assert edited["notes"] == 'edited, "quoted"\nline'
    assert (
        edited["rating"],
        edited["tags"],
        edited["failure_reason"],
        edited["cost"],
    ) == (
        None,
        ["a", "b"],
        "adhesion",
        0.0,
    )
    assert edited["filename"] == created["filename"]

    # The detail of a seeded job with slicer details: details without the thumbnail's bytes.
    response = await client.get(f"{API}/jobs/{data.jobs[0]}")
    detail = (await response.json())["job"]
    assert detail["has_thumbnail"] is True
    assert detail["details"]["slicer"] == "OrcaSlicer"
    assert detail["details"]["thumbnail_format"] == "png"
    assert "thumbnail" not in detail["details"]

    response = await client.get(f"{API}/jobs/{data.jobs[0]}/thumbnail")
    assert response.status == HTTPStatus.OK
    assert response.headers["Content-Type"] == "image/png"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert await response.read() == PNG
    response = await client.get(f"{API}/jobs/{job_id}/thumbnail")
    assert response.status == HTTPStatus.NOT_FOUND
    assert (await response.json())["message"] == "this job has no thumbnail"

    response = await client.delete(f"{API}/jobs/{job_id}")
    assert response.status == HTTPStatus.OK
    assert await response.json() == {"deleted": 1}
    for method in ("get", "patch", "delete"):
        kwargs: dict[str, Any] = {"json": {"notes": "x"}} if method == "patch" else {}
        response = await getattr(client, method)(f"{API}/jobs/{job_id}", **kwargs)
        assert response.status == HTTPStatus.NOT_FOUND, method
        assert (await response.json())["message"] == "no such job"
    response = await client.get(f"{API}/jobs/{job_id}/thumbnail")
    assert response.status == HTTPStatus.NOT_FOUND
    response = await client.get(f"{API}/jobs")
    assert (await response.json())["total"] == 6

    response = await client.get(f"{API}/printers")
    assert response.status == HTTPStatus.OK
    assert await response.json() == {
        "printers": [
            {
                "id": PRUSA,
                "entry_id": None,
                "name": "Prusa",
                "moonraker_url": "http://prusa.local:7125",
                "online": False,
                "print_state": "offline",
                "active_spool": None,
                "current_job": None,
            },
            {
                "id": VORON,
                "entry_id": None,
                "name": "Voron",
                "moonraker_url": "http://voron.local:7125",
                "online": False,
                "print_state": "offline",
                "active_spool": None,
                "current_job": None,
            },
        ]
    }


async def test_websocket_commands(
    hass: HomeAssistant, store: Store, hass_ws_client: WebSocketGenerator
) -> None:
    """The websocket commands: same objects as REST."""
    data = await seed(store)
    ws = await hass_ws_client(hass)

    async def call(**msg: Any) -> dict[str, Any]:
        await ws.send_json_auto_id(msg)
        reply = await ws.receive_json()
        assert reply["success"], reply
        return reply["result"]

    printers = await call(type="print_logger/printers/list")
    assert [printer["name"] for printer in printers["printers"]] == ["Prusa", "Voron"]

    page = await call(
        type="print_logger/jobs/list", printer_ids=[VORON], limit=2, order="asc"
    )
    assert [job["id"] for job in page["jobs"]] == data.jobs[:2]
    assert page["total"] == 3
    page = await call(
        type="print_logger/jobs/list",
        printer_ids=[VORON],
        limit=2,
        order="asc",
        cursor=page["next_cursor"],
    )
    assert [job["id"] for job in page["jobs"]] == [data.jobs[2]]
    assert page["next_cursor"] is None
    page = await call(
        type="print_logger/jobs/list",
        statuses=["completed"],
        tags=["functional"],
        q="gear",
        filament_type="PLA",
        since="2026-04-01T00:00:00+02:00",
        min_duration=5400,
        max_duration=5400.0,
    )
    assert [job["id"] for job in page["jobs"]] == [data.jobs[4]]

    job = (await call(type="print_logger/jobs/get", job_id=data.jobs[3]))["job"]
    assert job["details"]["filament_type"] == "PETG"
    assert job["tags"] == ["gift", "vase"]

    created = (
        await call(type="print_logger/jobs/create", **new_job_body(filename="ws.gcode"))
    )["job"]
    assert created["filename"] == "ws.gcode"
    assert created["start"] == "2026-05-01T08:00:00+00:00"
    updated = (
        await call(
            type="print_logger/jobs/update",
            job_id=created["id"],
            notes="from the panel",
            rating=3,
        )
    )["job"]
    assert (updated["notes"], updated["rating"], updated["tags"]) == (
        "from the panel",
        3,
        ["test"],
    )
    assert await call(
        type="print_logger/jobs/delete",
        job_ids=[created["id"], data.jobs[2], "0" * 32, "../../etc"],
    ) == {"deleted": 2}
    page = await call(type="print_logger/jobs/list")
    assert page["total"] == 5

    await ws.send_json_auto_id(
        {"type": "print_logger/jobs/get", "job_id": created["id"]}
    )
    reply = await ws.receive_json()
    assert reply["error"]["code"] == "not_found"
    await ws.send_json_auto_id(
        {"type": "print_logger/jobs/update", "job_id": "f" * 32, "notes": "x"}
    )
    reply = await ws.receive_json()
    assert reply["error"]["code"] == "not_found"
