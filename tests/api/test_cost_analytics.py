"""The cost analysis and the most expensive jobs through REST and websocket (tests/api/common.py's jobs)."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from custom_components.print_logger.store import Store
from tests.api.common import PRUSA, VORON, seed
from tests.api.test_analytics import API, Both


async def _seed(store: Store) -> list[str]:
    """The common jobs, job 4 (Prusa, PETG, 2 h, 9 g, manual cost 1.00) with measured costs."""
    jobs = (await seed(store)).jobs
    costs = await store.set_job_costs(
        jobs[3],
        energy_kwh=2.0,
        energy_source="measured",
        electricity_cost=0.6,
        electricity_source="measured",
        machine_rate=0.5,  # 2 print hours: 1.00
        material_prices={"PETG": 30.0},  # 9 g: 0.27
    )
    assert costs is not None
    return jobs


def _figures(**values: Any) -> dict[str, Any]:
    return {
        "jobs": 0,
        "cost": 0.0,
        "electricity_cost": 0.0,
        "filament_cost": 0.0,
        "machine_cost": 0.0,
        "energy_kwh": 0.0,
        "print_hours": 0.0,
        "filament_g": 0.0,
        "metered_jobs": 0,
        "costed_jobs": 0,
        "kwh_per_job": None,
        "kwh_per_print_hour": None,
        "cost_per_gram": None,
        "cost_per_job": None,
        **values,
    }


PRUSA_FIGURES = _figures(
    jobs=3,
    cost=1.75,  # the manual 1.00 over the computed 1.87, + 0.75; the live job has none
    electricity_cost=0.6,
    filament_cost=0.27,
    machine_cost=1.0,
    energy_kwh=2.0,
    print_hours=3.6667,
    filament_g=15.0,
    metered_jobs=1,
    costed_jobs=2,
    kwh_per_job=2.0,  # one metered job: the two without a meter do not dilute it
    kwh_per_print_hour=1.0,  # over that job's 2 print hours
    cost_per_gram=0.116667,  # 1.75 / 15 g
    cost_per_job=0.875,
)
VORON_FIGURES = _figures(
    jobs=3,
    cost=0.75,
    print_hours=1.75,
    filament_g=4.5,
    costed_jobs=2,
    cost_per_gram=0.166667,  # job 1 only (job 2 has no cost, job 3 no weight): 0.50 / 3 g
    cost_per_job=0.375,
)


async def test_costs_and_expensive_jobs(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    jobs = await _seed(store)
    ask = Both(await hass_client(), await hass_ws_client(hass))

    by_printer = await ask("costs", by="printer")
    assert by_printer["by"] == "printer"
    assert by_printer["rows"] == [
        {"key": PRUSA, "label": "Prusa", **PRUSA_FIGURES},
        {"key": VORON, "label": "Voron", **VORON_FIGURES},
    ]
    assert by_printer["totals"]["cost"] == 2.5
    assert by_printer["totals"]["kwh_per_job"] == 2.0
    # The printer filter reads the jobs: the same figures.
    only = await ask("costs", by="printer", printer_ids=[PRUSA])
    assert only["rows"] == [{"key": PRUSA, "label": "Prusa", **PRUSA_FIGURES}]

    by_material = await ask("costs", by="filament_type")
    assert [(row["key"], row["cost"]) for row in by_material["rows"]] == [
        ("PLA", 1.25),
        ("PETG", 1.0),
        (None, 0.25),
    ]
    assert by_material["rows"][2]["label"] == "Unknown"

    by_month = await ask("costs", by="month", since="2026-03-01T12:00:00Z")
    assert [
        (row["key"], row["label"], row["jobs"], row["cost"]) for row in by_month["rows"]
    ] == [("2026-03-01", "2026-03", 4, 1.75), ("2026-04-01", "2026-04", 2, 0.75)]

    top = await ask("expensive_jobs", limit=2)
    assert [(job["id"], job["cost"]) for job in top["jobs"]] == [
        (jobs[3], 1.0),
        (jobs[4], 0.75),
    ]
    assert top["jobs"][0] == {
        "id": jobs[3],
        "printer_id": PRUSA,
        "printer_name": "Prusa",
        "filename": "vase, large.gcode",
        "status": "completed",
        "start": "2026-03-10T09:30:00+00:00",
        "print_hours": 2.0,
        "filament_g": 9.0,
        "filament_type": "PETG",
        "energy_kwh": 2.0,
        "cost": 1.0,
        "electricity_cost": 0.6,
        "filament_cost": 0.27,
        "machine_cost": 1.0,
    }
    # Ten by default; the two jobs without a cost are left out.
    assert len((await ask("expensive_jobs"))["jobs"]) == 4
    assert (await ask("expensive_jobs", printer_ids=[VORON]))["jobs"][0]["id"] == jobs[
        0
    ]


async def test_bad_input(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """A bad `by`, no `by`, a limit out of 1–100: 400 on REST, invalid_format on the websocket."""
    await _seed(store)
    client = await hass_client()
    ws = await hass_ws_client(hass)
    cases = (
        ("costs", {"by": "weekday"}, "by"),
        ("costs", {}, "by"),
        (
            "costs",
            {"by": "month", "since": "2026-04-01", "until": "2026-03-01"},
            "until",
        ),
        ("expensive_jobs", {"limit": 0}, "limit"),
        ("expensive_jobs", {"limit": 101}, "limit"),
        ("expensive_jobs", {"limit": "ten"}, "limit"),
    )
    for kind, params, field in cases:
        response = await client.get(
            f"{API}/{kind}", params={key: str(value) for key, value in params.items()}
        )
        assert response.status == HTTPStatus.BAD_REQUEST, (kind, params)
        assert field in (await response.json())["errors"], (kind, params)
        await ws.send_json_auto_id({"type": f"print_logger/analytics/{kind}", **params})
        reply = await ws.receive_json()
        assert not reply["success"], (kind, params)
        assert reply["error"]["code"] == "invalid_format", (kind, params)
        assert field in reply["error"]["errors"], (kind, params)
    # The bounds themselves are fine.
    for limit in (1, 100):
        response = await client.get(
            f"{API}/expensive_jobs", params={"limit": str(limit)}
        )
        assert response.status == HTTPStatus.OK
        assert len((await response.json())["jobs"]) == min(limit, 4)
