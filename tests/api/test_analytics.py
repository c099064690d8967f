"""Analytics through REST and websocket, checked against figures worked out by hand (tests/api/common.py)."""

from __future__ import annotations

from datetime import date
from functools import partial
from http import HTTPStatus
from typing import Any
from zoneinfo import ZoneInfo

from freezegun import freeze_time
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)
from sqlalchemy import event
from sqlalchemy.orm import Session

from custom_components.print_logger.statistics import STATISTICS, daily_values
from custom_components.print_logger.store import Store
from custom_components.print_logger.store.analytics import (
    DAILY_METRICS,
    AnalyticsQuery,
    daily_totals,
    offset_changes,
    timeseries,
)
from tests.api.common import PRUSA, VORON, add_printers, manual, seed, utc

API = "/api/print_logger/analytics"
# Jobs of 2026-12-31 are in the past (a manual job may not start in the future).
NEW_YEAR_2027 = "2027-01-15T00:00:00+00:00"


class Both:
    """Asks REST and websocket the same question and checks they agree."""

    def __init__(self, client: Any, ws: Any) -> None:
        self.client = client
        self.ws = ws

    async def __call__(self, kind: str, **params: Any) -> dict[str, Any]:
        query = {
            key: ",".join(value) if isinstance(value, list) else str(value)
            for key, value in params.items()
        }
        response = await self.client.get(f"{API}/{kind}", params=query)
        assert response.status == HTTPStatus.OK, await response.text()
        rest = await response.json()
        await self.ws.send_json_auto_id(
            {"type": f"print_logger/analytics/{kind}", **params}
        )
        reply = await self.ws.receive_json()
        assert reply["success"], reply
        assert reply["result"] == rest
        return rest


async def _both(
    hass: HomeAssistant,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> Both:
    return Both(await hass_client(), await hass_ws_client(hass))


async def _weekday_hours(
    ask: Both, hours: list[dict[str, Any]], weekdays: list[dict[str, Any]]
) -> dict[int, int]:
    """Ask for the weekday × hour breakdown; check it lists all 168 hours of the week in order and
    adds up to the hour-of-day and weekday breakdowns; return the jobs of its non-empty cells."""
    cells = (await ask("breakdown", by="weekday_hour"))["rows"]
    assert [row["key"] for row in cells] == list(range(168))
    assert cells[0]["label"] == "Monday 00:00"
    assert cells[13]["label"] == "Monday 13:00"
    assert cells[167]["label"] == "Sunday 23:00"
    for hour in range(24):
        assert (
            sum(cells[day * 24 + hour]["jobs"] for day in range(7))
            == hours[hour]["jobs"]
        )
    for day in range(7):
        week = cells[day * 24 : day * 24 + 24]
        assert sum(row["jobs"] for row in week) == weekdays[day]["jobs"]
        assert round(sum(row["hours"] for row in week), 3) == round(
            weekdays[day]["hours"], 3
        )
    assert all(row["success_rate"] is None for row in cells if not row["jobs"])
    return {row["key"]: row["jobs"] for row in cells if row["jobs"]}


def _row(  # noqa: PLR0917
    key: Any, label: str, jobs: int, hours: float, grams: float, rate: float | None
) -> dict[str, Any]:
    return {
        "key": key,
        "label": label,
        "jobs": jobs,
        "hours": hours,
        "filament_g": grams,
        "success_rate": rate,
    }


async def test_summary(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Summary: all jobs, one printer, a range (until exclusive), an empty range."""
    await seed(store)
    ask = await _both(hass, hass_client, hass_ws_client)
    assert await ask("summary") == {
        "jobs": 6,
        "completed": 3,
        "cancelled": 1,
        "failed": 1,
        "in_progress": 1,
        "success_rate": 60.0,
        "print_hours": 5.4167,
        "filament_mm": 6800.0,
        "filament_g": 19.5,
        "cost": 2.5,
        "energy_kwh": 0.0,
        "electricity_cost": 0.0,
        "filament_cost": 0.0,
        "machine_cost": 0.0,
        "maintenance_cost": 0.0,
        "avg_print_hours": 0.9028,
    }
    assert await ask("summary", printer_ids=[VORON]) == {
        "jobs": 3,
        "completed": 1,
        "cancelled": 1,
        "failed": 1,
        "in_progress": 0,
        "success_rate": 33.3,
        "print_hours": 1.75,
        "filament_mm": 1700.0,
        "filament_g": 4.5,
        "cost": 0.75,
        "energy_kwh": 0.0,
        "electricity_cost": 0.0,
        "filament_cost": 0.0,
        "machine_cost": 0.0,
        "maintenance_cost": 0.0,
        "avg_print_hours": 0.5833,
    }
    assert await ask(
        "summary", since="2026-03-03T00:00:00+00:00", until="2026-04-01T12:00:00+00:00"
    ) == {
        "jobs": 2,
        "completed": 1,
        "cancelled": 0,
        "failed": 1,
        "in_progress": 0,
        "success_rate": 50.0,
        "print_hours": 2.25,
        "filament_mm": 3200.0,
        "filament_g": 9.0,
        "cost": 1.25,
        "energy_kwh": 0.0,
        "electricity_cost": 0.0,
        "filament_cost": 0.0,
        "machine_cost": 0.0,
        "maintenance_cost": 0.0,
        "avg_print_hours": 1.125,
    }
    assert await ask("summary", since="2030-01-01T00:00:00Z") == {
        "jobs": 0,
        "completed": 0,
        "cancelled": 0,
        "failed": 0,
        "in_progress": 0,
        "success_rate": None,
        "print_hours": 0.0,
        "filament_mm": 0.0,
        "filament_g": 0.0,
        "cost": 0.0,
        "energy_kwh": 0.0,
        "electricity_cost": 0.0,
        "filament_cost": 0.0,
        "machine_cost": 0.0,
        "maintenance_cost": 0.0,
        "avg_print_hours": None,
    }


async def test_timeseries(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Day, week and month buckets of each metric, in Home Assistant's time zone, empty ones as 0."""
    await hass.config.async_set_time_zone("Europe/Berlin")
    await seed(store)
    ask = await _both(hass, hass_client, hass_ws_client)

    days = await ask("timeseries", bucket="day", metric="jobs")
    assert days["bucket"] == "day"
    assert days["metric"] == "jobs"
    assert len(days["points"]) == 32
    assert days["points"][0] == {"bucket": "2026-03-02", "value": 2}
    assert days["points"][-1] == {"bucket": "2026-04-02", "value": 1}
    assert {p["bucket"]: p["value"] for p in days["points"] if p["value"]} == {
        "2026-03-02": 2,
        "2026-03-03": 1,
        "2026-03-10": 1,
        "2026-04-01": 1,
        "2026-04-02": 1,
    }
    assert (
        await ask(
            "timeseries",
            bucket="day",
            metric="jobs",
            since="2026-03-01T00:00:00+01:00",
            until="2026-03-08T00:00:00+01:00",
        )
    )["points"] == [
        {"bucket": "2026-03-01", "value": 0},
        {"bucket": "2026-03-02", "value": 2},
        {"bucket": "2026-03-03", "value": 1},
        {"bucket": "2026-03-04", "value": 0},
        {"bucket": "2026-03-05", "value": 0},
        {"bucket": "2026-03-06", "value": 0},
        {"bucket": "2026-03-07", "value": 0},
    ]
    assert (await ask("timeseries", bucket="week", metric="hours"))["points"] == [
        {"bucket": "2026-03-02", "value": 1.75},
        {"bucket": "2026-03-09", "value": 2.0},
        {"bucket": "2026-03-16", "value": 0.0},
        {"bucket": "2026-03-23", "value": 0.0},
        {"bucket": "2026-03-30", "value": 1.6667},
    ]
    assert (await ask("timeseries", bucket="month", metric="filament"))["points"] == [
        {"bucket": "2026-03-01", "value": 13.5},
        {"bucket": "2026-04-01", "value": 6.0},
    ]
    assert (await ask("timeseries", bucket="month", metric="cost"))["points"] == [
        {"bucket": "2026-03-01", "value": 1.75},
        {"bucket": "2026-04-01", "value": 0.75},
    ]
    assert (await ask("timeseries", bucket="day", metric="jobs", printer_ids=[VORON]))[
        "points"
    ] == [
        {"bucket": "2026-03-02", "value": 2},
        {"bucket": "2026-03-03", "value": 1},
    ]
    assert (
        await ask("timeseries", bucket="week", metric="jobs", printer_ids=["nobody"])
    )["points"] == []


async def test_breakdowns(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Every breakdown, rows in the documented order."""
    await hass.config.async_set_time_zone("Europe/Berlin")
    await seed(store)
    ask = await _both(hass, hass_client, hass_ws_client)

    assert await ask("breakdown", by="status") == {
        "by": "status",
        "rows": [
            _row("completed", "completed", 3, 4.5, 18.0, 100.0),
            _row("cancelled", "cancelled", 1, 0.5, 1.5, 0.0),
            _row("error", "error", 1, 0.25, 0.0, 0.0),
            _row("in_progress", "in_progress", 1, 0.1667, 0.0, None),
        ],
    }
    assert (await ask("breakdown", by="printer"))["rows"] == [
        _row(PRUSA, "Prusa", 3, 3.6667, 15.0, 100.0),
        _row(VORON, "Voron", 3, 1.75, 4.5, 33.3),
    ]
    assert (await ask("breakdown", by="filament_type"))["rows"] == [
        _row("PLA", "PLA", 3, 3.0, 10.5, 66.7),
        _row(None, "Unknown", 2, 0.4167, 0.0, 0.0),
        _row("PETG", "PETG", 1, 2.0, 9.0, 100.0),
    ]
    assert (await ask("breakdown", by="filament_colour"))["rows"] == [
        _row(None, "Unknown", 4, 2.4167, 7.5, 33.3),
        _row("#00FF00", "#00FF00", 1, 2.0, 9.0, 100.0),
        _row("#FF0000", "#FF0000", 1, 1.0, 3.0, 100.0),
    ]
    assert (await ask("breakdown", by="slicer"))["rows"] == [
        _row("OrcaSlicer", "OrcaSlicer", 2, 1.5, 4.5, 50.0),
        _row("PrusaSlicer", "PrusaSlicer", 2, 3.5, 15.0, 100.0),
        _row(None, "Unknown", 2, 0.4167, 0.0, 0.0),
    ]
    assert (await ask("breakdown", by="layer_height"))["rows"] == [
        _row(0.15, "0.15 mm", 1, 2.0, 9.0, 100.0),
        _row(0.2, "0.2 mm", 3, 3.0, 10.5, 66.7),
        _row(None, "Unknown", 2, 0.4167, 0.0, 0.0),
    ]
    hours = (await ask("breakdown", by="hour_of_day"))["rows"]
    assert [row["key"] for row in hours] == list(range(24))
    assert hours[0] == _row(0, "00:00", 0, 0.0, 0.0, None)
    # 08:00Z in winter and 07:00Z in summer are both 09:00 in Berlin.
    assert {row["key"]: row for row in hours if row["jobs"]} == {
        9: _row(9, "09:00", 2, 1.1667, 3.0, 100.0),
        10: _row(10, "10:00", 1, 2.0, 9.0, 100.0),
        11: _row(11, "11:00", 1, 0.25, 0.0, 0.0),
        14: _row(14, "14:00", 1, 1.5, 6.0, 100.0),
        21: _row(21, "21:00", 1, 0.5, 1.5, 0.0),
    }
    weekdays = (await ask("breakdown", by="weekday"))["rows"]
    # Monday 09:00 and 21:00, Tuesday 10:00 and 11:00, Wednesday 14:00, Thursday 09:00 (Berlin).
    assert await _weekday_hours(ask, hours, weekdays) == {
        9: 1,
        21: 1,
        24 + 10: 1,
        24 + 11: 1,
        2 * 24 + 14: 1,
        3 * 24 + 9: 1,
    }
    assert weekdays == [
        _row(0, "Monday", 2, 1.5, 4.5, 50.0),
        _row(1, "Tuesday", 2, 2.25, 9.0, 50.0),
        _row(2, "Wednesday", 1, 1.5, 6.0, 100.0),
        _row(3, "Thursday", 1, 0.1667, 0.0, None),
        _row(4, "Friday", 0, 0.0, 0.0, None),
        _row(5, "Saturday", 0, 0.0, 0.0, None),
        _row(6, "Sunday", 0, 0.0, 0.0, None),
    ]
    assert (
        await ask(
            "breakdown", by="status", printer_ids=[VORON], since="2026-03-02T12:00:00Z"
        )
    )["rows"] == [
        _row("cancelled", "cancelled", 1, 0.5, 1.5, 0.0),
        _row("error", "error", 1, 0.25, 0.0, 0.0),
    ]

    await hass.config.async_set_time_zone("UTC")
    hours = (await ask("breakdown", by="hour_of_day"))["rows"]
    assert {row["key"]: row["jobs"] for row in hours if row["jobs"]} == {
        7: 1,
        8: 1,
        9: 1,
        10: 1,
        12: 1,
        20: 1,
    }


async def test_breakdown_by_duration(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """The ended jobs by print-duration bin: every bin in order, keyed by its lower bound."""
    await seed(store)
    ask = await _both(hass, hass_client, hass_ws_client)
    empty = [
        (0, "<15 min"),
        (900, "15–30 min"),
        (1800, "30 min–1 h"),
        (3600, "1–2 h"),
        (7200, "2–4 h"),
        (14400, "4–8 h"),
        (28800, "8–16 h"),
        (57600, "≥16 h"),
    ]

    def rows(filled: dict[int, dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            filled.get(key) or _row(key, label, 0, 0.0, 0.0, None)
            for key, label in empty
        ]

    # Jobs 3 (900 s, error), 2 (1800 s, cancelled), 1 and 5 (3600 s and 5400 s, completed),
    # 4 (7200 s); the print in progress (600 s) is not counted.
    assert await ask("breakdown", by="duration") == {
        "by": "duration",
        "rows": rows(
            {
                900: _row(900, "15–30 min", 1, 0.25, 0.0, 0.0),
                1800: _row(1800, "30 min–1 h", 1, 0.5, 1.5, 0.0),
                3600: _row(3600, "1–2 h", 2, 2.5, 9.0, 100.0),
                7200: _row(7200, "2–4 h", 1, 2.0, 9.0, 100.0),
            }
        ),
    }
    # One printer's (read from its jobs), and a range.
    assert (await ask("breakdown", by="duration", printer_ids=[PRUSA]))["rows"] == rows(
        {
            3600: _row(3600, "1–2 h", 1, 1.5, 6.0, 100.0),
            7200: _row(7200, "2–4 h", 1, 2.0, 9.0, 100.0),
        }
    )
    assert (
        await ask(
            "breakdown",
            by="duration",
            since="2026-03-02T12:00:00Z",
            until="2026-03-10T00:00:00Z",
        )
    )["rows"] == rows(
        {
            900: _row(900, "15–30 min", 1, 0.25, 0.0, 0.0),
            1800: _row(1800, "30 min–1 h", 1, 0.5, 1.5, 0.0),
        }
    )

    # Bad input is refused as before, naming the field, through REST and websocket.
    client = await hass_client()
    ws = await hass_ws_client(hass)
    for params, field in (
        ({"by": "durations"}, "by"),
        ({"by": "Duration"}, "by"),
        ({"by": "duration", "since": "soon"}, "since"),
        ({"by": "duration", "printer_ids": "a b"}, "printer_ids"),
    ):
        response = await client.get(f"{API}/breakdown", params=params)
        assert response.status == HTTPStatus.BAD_REQUEST, params
        errors = (await response.json())["errors"]
        assert list(errors) == [field], params
        ws_params: dict[str, Any] = dict(params)
        if "printer_ids" in ws_params:
            ws_params["printer_ids"] = [ws_params["printer_ids"]]
        await ws.send_json_auto_id(
            {"type": "print_logger/analytics/breakdown", **ws_params}
        )
        reply = await ws.receive_json()
        assert not reply["success"], params
        assert reply["error"]["code"] == "invalid_format"
        assert reply["error"]["errors"] == errors


async def test_accuracy(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Estimates against actuals of completed jobs: overall, per printer, per material."""
    await seed(store)
    ask = await _both(hass, hass_client, hass_ws_client)

    def figures(
        jobs: int,
        time: tuple[int, float, float, float, float],
        filament: tuple[int, float, float, float, float],
    ) -> dict[str, Any]:
        return {
            "jobs": jobs,
            "time": dict(
                zip(
                    (
                        "jobs",
                        "estimated_hours",
                        "actual_hours",
                        "ratio",
                        "mean_abs_error_pct",
                    ),
                    time,
                    strict=True,
                )
            ),
            "filament": dict(
                zip(
                    (
                        "jobs",
                        "estimated_mm",
                        "actual_mm",
                        "ratio",
                        "mean_abs_error_pct",
                    ),
                    filament,
                    strict=True,
                )
            ),
        }

    assert await ask("accuracy") == {
        "overall": figures(
            3, (3, 4.5556, 4.5, 0.9878, 10.0), (3, 6750.0, 6000.0, 0.8889, 13.3)
        ),
        "by_printer": [
            {
                "key": PRUSA,
                "label": "Prusa",
                **figures(
                    2, (2, 3.7222, 3.5, 0.9403, 5.0), (2, 5500.0, 5000.0, 0.9091, 10.0)
                ),
            },
            {
                "key": VORON,
                "label": "Voron",
                **figures(
                    1, (1, 0.8333, 1.0, 1.2, 20.0), (1, 1250.0, 1000.0, 0.8, 20.0)
                ),
            },
        ],
        "by_material": [
            {
                "key": "PLA",
                "label": "PLA",
                **figures(
                    2, (2, 2.3333, 2.5, 1.0714, 10.0), (2, 3750.0, 3000.0, 0.8, 20.0)
                ),
            },
            {
                "key": "PETG",
                "label": "PETG",
                **figures(
                    1, (1, 2.2222, 2.0, 0.9, 10.0), (1, 3000.0, 3000.0, 1.0, 0.0)
                ),
            },
        ],
    }
    empty = await ask("accuracy", since="2030-01-01T00:00:00Z")
    assert empty == {
        "overall": figures(0, (0, 0.0, 0.0, None, None), (0, 0.0, 0.0, None, None)),  # type: ignore[arg-type]
        "by_printer": [],
        "by_material": [],
    }


async def test_time_zone_buckets_across_dst(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Jobs around both 2026 DST changes of Europe/Berlin land in the right local day and hour."""
    await hass.config.async_set_time_zone("Europe/Berlin")
    await add_printers(store)
    starts = [
        utc(2026, 3, 28, 23, 30),  # 03-29 00:30 CET (Sunday)
        utc(2026, 3, 29, 0, 30),  # 01:30 CET
        utc(2026, 3, 29, 1, 30),  # 03:30 CEST (the change was at 01:00 UTC)
        utc(
            2026, 3, 29, 22, 30
        ),  # 03-30 00:30 CEST (Monday); +1 h would say 03-29 23:30
        utc(2026, 10, 24, 22, 30),  # 10-25 00:30 CEST; +1 h would say 10-24 23:30
        utc(2026, 10, 25, 0, 30),  # 02:30 CEST
        utc(2026, 10, 25, 1, 30),  # 02:30 CET (the change was at 01:00 UTC)
        utc(2026, 10, 25, 22, 30),  # 23:30 CET
        utc(2026, 12, 31, 23, 30),  # 2027-01-01 00:30 CET (Friday)
    ]
    with freeze_time(NEW_YEAR_2027, tick=True):  # the last start must be in the past
        for index, start in enumerate(starts):
            await manual(
                store, VORON, f"dst{index}.gcode", start, "completed", 600, 10, 1.0, 0.1
            )
    ask = await _both(hass, hass_client, hass_ws_client)

    days = (await ask("timeseries", bucket="day", metric="jobs"))["points"]
    assert len(days) == (date(2027, 1, 1) - date(2026, 3, 29)).days + 1
    assert {p["bucket"]: p["value"] for p in days if p["value"]} == {
        "2026-03-29": 3,
        "2026-03-30": 1,
        "2026-10-25": 4,
        "2027-01-01": 1,
    }
    weeks = (await ask("timeseries", bucket="week", metric="jobs"))["points"]
    assert {p["bucket"]: p["value"] for p in weeks if p["value"]} == {
        "2026-03-23": 3,
        "2026-03-30": 1,
        "2026-10-19": 4,
        "2026-12-28": 1,
    }
    months = (await ask("timeseries", bucket="month", metric="jobs"))["points"]
    assert [p["bucket"] for p in months][:2] == ["2026-03-01", "2026-04-01"]
    assert len(months) == 11
    assert {p["bucket"]: p["value"] for p in months if p["value"]} == {
        "2026-03-01": 4,
        "2026-10-01": 4,
        "2027-01-01": 1,
    }
    hours = (await ask("breakdown", by="hour_of_day"))["rows"]
    assert {row["key"]: row["jobs"] for row in hours if row["jobs"]} == {
        0: 4,
        1: 1,
        2: 2,
        3: 1,
        23: 1,
    }
    weekdays = (await ask("breakdown", by="weekday"))["rows"]
    assert [row["jobs"] for row in weekdays] == [1, 0, 0, 0, 1, 0, 7]
    assert await _weekday_hours(ask, hours, weekdays) == {
        0: 1,
        4 * 24: 1,
        6 * 24: 2,
        6 * 24 + 1: 1,
        6 * 24 + 2: 2,
        6 * 24 + 3: 1,
        6 * 24 + 23: 1,
    }

    # Only the autumn jobs: the offsets of the range are still right.
    days = (
        await ask(
            "timeseries",
            bucket="day",
            metric="jobs",
            since="2026-10-24T00:00:00+02:00",
            until="2026-10-27T00:00:00+01:00",
        )
    )["points"]
    assert days == [
        {"bucket": "2026-10-24", "value": 0},
        {"bucket": "2026-10-25", "value": 4},
        {"bucket": "2026-10-26", "value": 0},
    ]

    # A zone with a half-hour offset and no DST.
    await hass.config.async_set_time_zone("Asia/Kolkata")
    hours = (await ask("breakdown", by="hour_of_day"))["rows"]
    assert {row["key"]: row["jobs"] for row in hours if row["jobs"]} == {
        5: 2,  # 23:30Z
        6: 2,  # 00:30Z
        7: 2,  # 01:30Z
        4: 3,  # 22:30Z
    }


def test_offset_changes() -> None:
    """The UTC offset changes of a zone in a range, to the second."""
    berlin = ZoneInfo("Europe/Berlin")
    assert offset_changes(berlin, utc(2026, 1, 1), utc(2026, 12, 31)) == (
        3600,
        [(utc(2026, 3, 29, 1), 7200), (utc(2026, 10, 25, 1), 3600)],
    )
    assert offset_changes(berlin, utc(2026, 4, 1), utc(2026, 5, 1)) == (7200, [])
    lord_howe = ZoneInfo("Australia/Lord_Howe")  # half-hour DST
    initial, changes = offset_changes(lord_howe, utc(2026, 1, 1), utc(2026, 12, 31))
    assert initial == 11 * 3600
    assert [offset for _at, offset in changes] == [10 * 3600 + 1800, 11 * 3600]
    assert offset_changes(ZoneInfo("UTC"), utc(2000, 1, 1), utc(2030, 1, 1)) == (0, [])


def _daily_both_ways(
    session: Session, query: AnalyticsQuery, time_zone: str
) -> tuple[Any, dict[str, list[dict[str, Any]]], list[str]]:
    """Return daily_totals (and the SQL it ran) and the four day time series of ``query``."""
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(str(args[2]))

    bind = session.get_bind()
    event.listen(bind, "before_cursor_execute", record)
    try:
        totals = daily_totals(session, query, time_zone=time_zone)
    finally:
        event.remove(bind, "before_cursor_execute", record)
    series = {
        metric: timeseries(
            session, query, bucket="day", metric=metric, time_zone=time_zone
        )["points"]
        for metric in DAILY_METRICS
    }
    return totals, series, statements


def _old_daily_values(
    series: dict[str, list[dict[str, Any]]],
) -> dict[str, dict[date, float]]:
    """What statistics.daily_values returned when it was built from the four time series."""
    return {
        kind.metric: {
            date.fromisoformat(point["bucket"]): float(point["value"])
            for point in series[kind.metric]
            if point["value"]
        }
        for kind in STATISTICS
    }


async def test_daily_totals_match_timeseries(store: Store) -> None:
    """daily_totals: one GROUP BY giving, for each day with jobs, the four day time series' values."""
    await seed(store)
    # A day whose hours and cost round to 0 (left out of daily_values like a 0 in the series).
    await manual(
        store, VORON, "tiny.gcode", utc(2026, 3, 5, 12), "error", 0.1, 1, None, 1e-5
    )
    for index, start in enumerate(
        [utc(2026, 3, 28, 23, 30), utc(2026, 3, 29, 1, 30), utc(2026, 10, 25, 0, 30),
         utc(2026, 10, 25, 1, 30), utc(2026, 12, 31, 23, 30)]
    ):  # fmt: skip
        with freeze_time(NEW_YEAR_2027, tick=True):
            await manual(
                store, PRUSA, f"dst{index}.gcode", start, "completed", 600, 10, 1.5, 0.1
            )
    queries = [
        AnalyticsQuery(),
        AnalyticsQuery(printer_ids=(VORON,)),
        AnalyticsQuery(printer_ids=(PRUSA,)),
        AnalyticsQuery(printer_ids=("nobody",)),
        AnalyticsQuery(since=utc(2026, 3, 2, 12), until=utc(2026, 10, 25, 1)),
    ]
    checked_days = 0
    for time_zone in ("Europe/Berlin", "UTC", "America/New_York", "Asia/Kolkata",
                      "Australia/Lord_Howe"):  # fmt: skip
        for query in queries:
            totals, series, statements = await store.async_read(
                partial(_daily_both_ways, query=query, time_zone=time_zone)
            )
            assert sum("GROUP BY" in sql.upper() for sql in statements) == 1
            assert len(statements) <= 3  # the GROUP BY, MIN and MAX off PostgreSQL
            assert list(totals) == sorted(totals)
            by_day = {
                date.fromisoformat(point["bucket"]): {
                    metric: next(
                        p["value"]
                        for p in series[metric]
                        if p["bucket"] == point["bucket"]
                    )
                    for metric in DAILY_METRICS
                }
                for point in series["jobs"]
                if point["value"]
            }
            assert totals == by_day, (time_zone, query)
            for day, values in totals.items():
                assert type(values["jobs"]) is int
                assert all(
                    type(values[m]) is float for m in DAILY_METRICS if m != "jobs"
                )
                assert values["jobs"] > 0, day
            # The days without jobs are zeros in every series.
            for metric in DAILY_METRICS:
                assert all(
                    not point["value"]
                    for point in series[metric]
                    if date.fromisoformat(point["bucket"]) not in totals
                )
            checked_days += len(totals)
            if len(query.printer_ids) == 1 and query.since is None:
                values = await store.async_read(
                    partial(
                        daily_values,
                        printer_id=query.printer_ids[0],
                        time_zone=time_zone,
                    )
                )
                assert values == _old_daily_values(series)
                assert all(list(days) == sorted(days) for days in values.values())
    assert checked_days > 0
    totals = await store.async_read(
        partial(
            daily_totals,
            query=AnalyticsQuery(printer_ids=(VORON,)),
            time_zone="Europe/Berlin",
        )
    )
    assert {
        day: {k: v for k, v in values.items() if k != "energy"}
        for day, values in totals.items()
    } == {
        date(2026, 3, 2): {"jobs": 2, "hours": 1.5, "filament": 4.5, "cost": 0.5},
        date(2026, 3, 3): {"jobs": 1, "hours": 0.25, "filament": 0.0, "cost": 0.25},
        date(2026, 3, 5): {"jobs": 1, "hours": 0.0, "filament": 0.0, "cost": 0.0},
    }
    # No seeded job has an energy: 0 kWh every day.
    assert all(values["energy"] == 0.0 for values in totals.values())
