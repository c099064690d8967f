"""
The log under bad input (issue 13, and dates without a zone, issue 12.9): REST and websocket.

Far dates never break the analytics, numbers have one set of bounds, no job starts in the future,
since must be before until, every bad field is listed, tags keep their separators out, the CSV
starts with a byte-order mark, and a date without a zone is in Home Assistant's time zone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from http import HTTPStatus
import math
from typing import Any
import uuid
from zoneinfo import ZoneInfo

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)
from sqlalchemy import update
from sqlalchemy.orm import Session

from custom_components.print_logger.store import JobStatus, Store, TrackedJobData
from custom_components.print_logger.store.analytics import (
    AnalyticsQuery,
    _data_years,
    _local_offsets,
)
from custom_components.print_logger.store.models import Job
from custom_components.print_logger.store.validation import NUMBER_BOUNDS
from tests.api.common import PRUSA, VORON, new_job_body, seed, utc

API = "/api/print_logger"


async def _tracked(store: Store, start: datetime, **fields: Any) -> str:
    """Store a completed job the way the tracker does (Moonraker's times are not validated)."""
    job = TrackedJobData(
        id=uuid.uuid4().hex,
        printer_id=VORON,
        filename="far.gcode",
        start=start,
        end=start,
        status=JobStatus.COMPLETED,
        print_duration=fields.pop("print_duration", 3600.0),
        total_duration=3600.0,
        filament_used_mm=100.0,
        **fields,
    )
    await store.save_tracked_job(job)
    return job.id


async def test_far_dates_give_bounded_analytics(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Jobs of 1970 and 9999 (a host without a clock, a typo): every analytics call answers."""
    await hass.config.async_set_time_zone("Europe/Berlin")
    await seed(store)
    await _tracked(store, datetime(1970, 1, 1, 0, 0, 5, tzinfo=UTC))  # 01:00 CET
    await _tracked(store, datetime(9999, 6, 15, 12, tzinfo=UTC))  # 14:00 CEST
    await _tracked(store, datetime(9999, 12, 31, 23, 30, tzinfo=UTC))
    client = await hass_client()
    ws = await hass_ws_client(hass)

    async def both(path: str, **params: str) -> dict[str, Any]:
        response = await client.get(f"{API}/analytics/{path}", params=params)
        assert response.status == HTTPStatus.OK, (path, await response.text())
        rest = await response.json()
        await ws.send_json_auto_id({"type": f"print_logger/analytics/{path}", **params})
        reply = await ws.receive_json()
        assert reply["success"], reply
        assert reply["result"] == rest
        return rest

    summary = await both("summary")
    assert summary["jobs"] == 9
    for by in ("hour_of_day", "weekday", "weekday_hour"):
        rows = (await both("breakdown", by=by))["rows"]
        assert sum(row["jobs"] for row in rows) == 9, by
    # By print duration: the ended jobs (the seed's print in progress is not counted).
    rows = (await both("breakdown", by="duration"))["rows"]
    assert sum(row["jobs"] for row in rows) == 8
    hours = {
        row["key"]: row["jobs"]
        for row in (await both("breakdown", by="hour_of_day"))["rows"]
    }
    assert hours[1] >= 1  # 1970-01-01 00:00:05 UTC is 01:00 in Berlin (CET)
    assert (
        hours[14] >= 1
    )  # 9999-06-15 12:00 UTC is 14:00 (CEST, the zone's rule extrapolated)
    await both("accuracy")

    # "All time" by day over 1970 … 9999: the series uses the coarsest bucket it needs and says so.
    series = await both("timeseries", bucket="day", metric="jobs")
    assert series["bucket"] == "year"
    assert series["points"][0] == {"bucket": "1970-01-01", "value": 1}
    assert series["points"][-1]["bucket"] == "9999-01-01"
    assert sum(point["value"] for point in series["points"]) == 9
    assert len(series["points"]) == 9999 - 1970 + 1
    # Since 2026 only: still 95,000 months to 9999, so years again.
    series = await both(
        "timeseries", bucket="day", metric="jobs", since="2026-01-01T00:00:00+00:00"
    )
    assert series["bucket"] == "year"
    # An explicit range too long for its bucket stays a clear 400.
    response = await client.get(
        f"{API}/analytics/timeseries",
        params={
            "bucket": "day",
            "metric": "jobs",
            "since": "1970-01-01T00:00:00Z",
            "until": "9999-01-01T00:00:00Z",
        },
    )
    assert response.status == HTTPStatus.BAD_REQUEST

    # Bounded work: one index lookup per year holding jobs, a handful of offset changes.
    query = AnalyticsQuery()

    low, high = utc(1970, 1, 1), datetime(9999, 12, 31, 23, 30, tzinfo=UTC)

    def offsets(session: Session) -> tuple[list[int], int]:
        years = _data_years(session, query, low, high)
        changes = _local_offsets(ZoneInfo("Europe/Berlin"), low, high, years)[1]
        return years, len(changes)

    years, changes = await store.async_read(offsets)
    assert years == [1970, 2026, 9999]
    assert changes <= 6


async def test_numbers_have_one_set_of_bounds(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """cost, durations and filament above the bounds are refused; old huge rows keep totals finite."""
    data = await seed(store)
    client = await hass_client()
    for name, value in (
        ("cost", 1e308),
        ("print_duration", 1e308),
        ("total_duration", NUMBER_BOUNDS["total_duration"].high + 1),
        ("filament_used_mm", 1e308),
        ("filament_weight_g", 1e9),
    ):
        response = await client.post(f"{API}/jobs", json=new_job_body(**{name: value}))
        assert response.status == HTTPStatus.BAD_REQUEST, name
        assert name in (await response.json())["errors"], name
    response = await client.patch(f"{API}/jobs/{data.jobs[0]}", json={"cost": 1e308})
    assert response.status == HTTPStatus.BAD_REQUEST
    assert "cost" in (await response.json())["errors"]
    at_bound = await client.post(
        f"{API}/jobs", json=new_job_body(cost=NUMBER_BOUNDS["cost"].high)
    )
    assert at_bound.status == HTTPStatus.CREATED

    # The websocket: every bad field listed, in the same shape as the REST 400.
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id(
        {
            "type": "print_logger/jobs/create",
            **new_job_body(cost=1e308, filament_used_mm=1e308, rating=7),
        }
    )
    reply = await ws.receive_json()
    assert reply["error"]["code"] == "invalid_format"
    assert set(reply["error"]["errors"]) == {"cost", "filament_used_mm", "rating"}
    for field in ("cost", "filament_used_mm", "rating"):
        assert f"{field}: " in reply["error"]["message"]
    await ws.send_json_auto_id(
        {"type": "print_logger/jobs/update", "job_id": data.jobs[0], "cost": 1e308}
    )
    reply = await ws.receive_json()
    assert reply["error"]["errors"] == {"cost": "must be from 0 to 100000"}

    # The panel's forms read the same bounds.
    await ws.send_json_auto_id({"type": "print_logger/limits"})
    limits = (await ws.receive_json())["result"]
    assert limits["numbers"]["cost"] == {"min": 0, "max": 100000, "integer": False}
    assert limits["numbers"]["rating"] == {"min": 1, "max": 5, "integer": True}
    assert set(limits["numbers"]) == set(NUMBER_BOUNDS)
    assert limits["tags"]["separators"] == [",", ";"]

    # Rows written before the bounds existed: the totals stay finite.
    def legacy(session: Session) -> None:
        session.execute(
            update(Job)
            .where(Job.printer_id == PRUSA)
            .values(cost=1e308, print_duration=1e308, filament_weight_g=1e308)
        )

    await store.async_read(legacy)
    summary = await (await client.get(f"{API}/analytics/summary")).json()
    # Prusa's three jobs count as the bound each; Voron's 0.5 + 0.25 + the job at the bound.
    assert summary["cost"] == 400000.75
    assert math.isfinite(summary["print_hours"])
    assert summary["print_hours"] < 3 * 8760 + 3
    for metric in ("cost", "hours", "filament"):
        series = await (
            await client.get(
                f"{API}/analytics/timeseries",
                params={"bucket": "month", "metric": metric},
            )
        ).json()
        assert all(
            isinstance(point["value"], (int, float)) for point in series["points"]
        )


async def test_no_job_in_the_future_or_before_2000(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """A manual job cannot start (or end) in the future, nor before 2000, by REST or websocket."""
    await seed(store)
    client = await hass_client()
    ws = await hass_ws_client(hass)
    for start in ("2030-01-01T10:00:00+00:00", "1999-12-31T23:00:00Z"):
        body = new_job_body(start=start, end=None)
        response = await client.post(f"{API}/jobs", json=body)
        assert response.status == HTTPStatus.BAD_REQUEST, start
        assert "start" in (await response.json())["errors"]
        await ws.send_json_auto_id({"type": "print_logger/jobs/create", **body})
        reply = await ws.receive_json()
        assert "start" in reply["error"]["errors"], reply
    response = await client.post(
        f"{API}/jobs", json=new_job_body(end="2031-01-01T00:00:00Z")
    )
    assert "end" in (await response.json())["errors"]
    # The store refuses it too (any other writer of manual jobs).
    page = await (await client.get(f"{API}/jobs", params={"q": "manual"})).json()
    assert page["total"] == 0


async def test_since_after_until_is_refused_everywhere(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """since > until: 400 for the job list, the export and the analytics; invalid_format on ws."""
    await seed(store)
    client = await hass_client()
    ws = await hass_ws_client(hass)
    window = {"since": "2026-04-01T00:00:00Z", "until": "2026-03-01T00:00:00Z"}
    for path in ("/jobs", "/export.csv", "/analytics/summary", "/analytics/accuracy"):
        response = await client.get(f"{API}{path}", params=window)
        assert response.status == HTTPStatus.BAD_REQUEST, path
        assert "until" in (await response.json())["errors"], path
    for command in ("jobs/list", "analytics/summary"):
        await ws.send_json_auto_id({"type": f"print_logger/{command}", **window})
        reply = await ws.receive_json()
        assert reply["error"]["code"] == "invalid_format"
        assert "until" in reply["error"]["errors"]


async def test_tags_without_separators_and_csv_bom(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Tags holding "," or ";" are refused; the CSV has a BOM and tags survive a round trip."""
    data = await seed(store)
    client = await hass_client()
    ws = await hass_ws_client(hass)
    for tag in ("a,b", "a;b"):
        response = await client.patch(
            f"{API}/jobs/{data.jobs[0]}", json={"tags": [tag]}
        )
        assert response.status == HTTPStatus.BAD_REQUEST, tag
        assert "tags" in (await response.json())["errors"]
        await ws.send_json_auto_id(
            {"type": "print_logger/jobs/update", "job_id": data.jobs[0], "tags": [tag]}
        )
        assert "tags" in (await ws.receive_json())["error"]["errors"]
        response = await client.post(f"{API}/jobs", json=new_job_body(tags=[tag]))
        assert response.status == HTTPStatus.BAD_REQUEST
    tags = ["Grün 🙂", "gift box"]
    response = await client.patch(f"{API}/jobs/{data.jobs[0]}", json={"tags": tags})
    assert response.status == HTTPStatus.OK
    body = await (await client.get(f"{API}/export.csv")).read()
    assert body.startswith(b"\xef\xbb\xbf")
    text = body.decode("utf-8-sig")
    line = next(row for row in text.split("\r\n") if data.jobs[0] in row)
    assert "Grün 🙂;gift box" in line


async def test_dates_without_a_zone_are_local(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """A date (and time) without a zone is in Home Assistant's time zone, REST and websocket."""
    await hass.config.async_set_time_zone("America/New_York")
    data = await seed(store)
    client = await hass_client()
    ws = await hass_ws_client(hass)
    # Job 2 starts 2026-03-02 20:00 UTC = 15:00 in New York; job 3 at 2026-03-03 10:00 UTC.
    local = {"since": "2026-03-02T15:00:00", "until": "2026-03-03"}
    response = await client.get(f"{API}/jobs", params=local)
    assert response.status == HTTPStatus.OK, await response.text()
    assert [job["id"] for job in (await response.json())["jobs"]] == [data.jobs[1]]
    await ws.send_json_auto_id({"type": "print_logger/jobs/list", **local})
    reply = await ws.receive_json()
    assert [job["id"] for job in reply["result"]["jobs"]] == [data.jobs[1]]
    summary = await (await client.get(f"{API}/analytics/summary", params=local)).json()
    assert summary["jobs"] == 1
    # 15:00:01 local is after job 2's start.
    response = await client.get(
        f"{API}/jobs", params={"since": "2026-03-02T15:00:01", "until": "2026-03-03"}
    )
    assert (await response.json())["total"] == 0
    # A manual job's naive start is local too.
    response = await client.post(
        f"{API}/jobs", json=new_job_body(start="2026-05-01T10:00:00", end=None)
    )
    assert response.status == HTTPStatus.CREATED
    assert (await response.json())["job"]["start"] == "2026-05-01T14:00:00+00:00"


async def test_summary_describes_the_filtered_rows(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Issue 13.6: with any list filter, the summary counts exactly the rows the list returns."""
    await seed(store)
    client = await hass_client()
    ws = await hass_ws_client(hass)
    for filters in (
        {"statuses": "completed"},
        {"tags": "functional"},
        {"q": "gear"},
        {"filament_type": "PLA"},
        {"min_duration": "1800", "max_duration": "5400"},
        {"statuses": "completed,error", "printer_ids": VORON},
    ):
        page = await (await client.get(f"{API}/jobs", params=filters)).json()
        response = await client.get(f"{API}/analytics/summary", params=filters)
        assert response.status == HTTPStatus.OK, await response.text()
        summary = await response.json()
        assert summary["jobs"] == page["total"], filters
        hours = sum(job["print_duration"] for job in page["jobs"]) / 3600
        assert summary["print_hours"] == round(hours, 4), filters
        ws_filters = {
            key: value.split(",")
            if key in ("statuses", "tags", "printer_ids")
            else value
            for key, value in filters.items()
        }
        ws_filters = {
            key: float(value) if key.endswith("duration") else value
            for key, value in ws_filters.items()
        }
        await ws.send_json_auto_id(
            {"type": "print_logger/analytics/summary", **ws_filters}
        )
        reply = await ws.receive_json()
        assert reply["result"] == summary, filters
