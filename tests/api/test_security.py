"""Authentication, authorisation, hostile and malformed input: answers are 4xx, never 5xx, and harmless."""

from __future__ import annotations

import base64
from http import HTTPStatus
import json
import re
from typing import Any

from aiohttp import ClientResponse
from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.common import MockUser
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)
from yarl import URL

from custom_components.print_logger.store import Store
from tests.api.common import VORON, new_job_body, seed

API = "/api/print_logger"
GET_PATHS = (
    "/jobs",
    "/jobs/0123456789abcdef0123456789abcdef",
    "/jobs/0123456789abcdef0123456789abcdef/thumbnail",
    "/printers",
    "/analytics/summary",
    "/analytics/timeseries?bucket=day&metric=jobs",
    "/analytics/breakdown?by=status",
    "/analytics/accuracy",
    "/export.csv",
)
INJECTIONS = (
    "' OR '1'='1",
    "'; DROP TABLE print_logger_jobs; --",
    '" OR ""="',
    "1) OR (1=1",
    "%' UNION SELECT id, name FROM print_logger_printers --",
    "\\'; SELECT pg_sleep(5); --",
    "`; DROP TABLE print_logger_printers; #",
    "$$; DROP TABLE print_logger_jobs; $$",
    "PLA' --",
    "%",
    "_",
    "*",
)


async def _error(response: ClientResponse, status: int) -> dict[str, Any]:
    assert response.status == status, (response.status, await response.text())
    body = await response.json()
    assert isinstance(body["message"], str) and body["message"]
    return body


async def test_no_token_is_401(
    hass: HomeAssistant,
    setup_integration: None,
    hass_client_no_auth: ClientSessionGenerator,
) -> None:
    """Every endpoint needs a token (checked before anything else)."""
    client = await hass_client_no_auth()
    for path in GET_PATHS:
        assert (await client.get(API + path)).status == HTTPStatus.UNAUTHORIZED, path
    job = f"{API}/jobs/0123456789abcdef0123456789abcdef"
    assert (
        await client.post(f"{API}/jobs", json=new_job_body())
    ).status == HTTPStatus.UNAUTHORIZED
    assert (
        await client.patch(job, json={"notes": "x"})
    ).status == HTTPStatus.UNAUTHORIZED
    assert (await client.delete(job)).status == HTTPStatus.UNAUTHORIZED
    bad = await client.get(
        f"{API}/jobs", headers={"Authorization": "Bearer not-a-token"}
    )
    assert bad.status == HTTPStatus.UNAUTHORIZED


async def test_no_store_is_503(
    hass: HomeAssistant,
    setup_integration: None,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Before any printer opened the database: 503 / ``unavailable``, not a crash."""
    client = await hass_client()
    for path in GET_PATHS:
        await _error(await client.get(API + path), HTTPStatus.SERVICE_UNAVAILABLE)
    await _error(
        await client.post(f"{API}/jobs", json=new_job_body()),
        HTTPStatus.SERVICE_UNAVAILABLE,
    )
    ws = await hass_ws_client(hass)
    await ws.send_json_auto_id({"type": "print_logger/jobs/list"})
    reply = await ws.receive_json()
    assert reply["error"]["code"] == "unavailable"


async def test_non_admin_changes_are_403(  # noqa: PLR0917
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
    hass_read_only_user: MockUser,
) -> None:
    """A user who is not an admin reads but cannot change anything (REST 403, websocket unauthorized)."""
    data = await seed(store)
    client = await hass_client(hass_read_only_access_token)
    assert (await client.get(f"{API}/jobs")).status == HTTPStatus.OK
    assert (await client.get(f"{API}/analytics/summary")).status == HTTPStatus.OK
    await _error(
        await client.post(f"{API}/jobs", json=new_job_body()), HTTPStatus.FORBIDDEN
    )
    await _error(
        await client.patch(f"{API}/jobs/{data.jobs[0]}", json={"notes": "x"}),
        HTTPStatus.FORBIDDEN,
    )
    await _error(
        await client.delete(f"{API}/jobs/{data.jobs[0]}"), HTTPStatus.FORBIDDEN
    )
    # Forbidden even for an unknown or malformed id, and before the body is read.
    await _error(await client.delete(f"{API}/jobs/{'0' * 32}"), HTTPStatus.FORBIDDEN)
    await _error(
        await client.post(f"{API}/jobs", data=b"not json"), HTTPStatus.FORBIDDEN
    )

    ws = await hass_ws_client(hass, hass_read_only_access_token)
    for msg in (
        {"type": "print_logger/jobs/create", **new_job_body()},
        {"type": "print_logger/jobs/update", "job_id": data.jobs[0], "notes": "x"},
        {"type": "print_logger/jobs/delete", "job_ids": [data.jobs[0]]},
    ):
        await ws.send_json_auto_id(msg)
        reply = await ws.receive_json()
        assert reply["error"]["code"] == "unauthorized", reply
    await ws.send_json_auto_id(
        {"type": "print_logger/jobs/get", "job_id": data.jobs[0]}
    )
    reply = await ws.receive_json()
    assert reply["success"]
    assert reply["result"]["job"]["notes"] == "first"
    assert (await (await client.get(f"{API}/jobs")).json())["total"] == 6


async def test_sql_injection_in_every_filter(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Injection strings in every filter are data: they match nothing (or literally) and change nothing."""
    data = await seed(store)
    client = await hass_client()
    ws = await hass_ws_client(hass)
    text_filters = ("q", "filament_type", "tags")
    other_filters = (
        "printer_ids",
        "statuses",
        "since",
        "until",
        "min_duration",
        "max_duration",
        "sort",
        "order",
        "limit",
        "cursor",
    )
    for value in INJECTIONS:
        for name in text_filters:
            for path in ("/jobs", "/export.csv"):
                response = await client.get(API + path, params={name: value})
                assert response.status == HTTPStatus.OK, (
                    name,
                    value,
                    await response.text(),
                )
            body = await (await client.get(f"{API}/jobs", params={name: value})).json()
            expected = {data.jobs[4]} if name == "q" and value in ("%", "_") else set()
            assert {job["id"] for job in body["jobs"]} == expected, (name, value)
        # "_" is a well-formed printer id (of no printer): no jobs rather than a 400.
        harmless_id = re.fullmatch(r"[A-Za-z0-9_-]+", value) is not None
        for name in other_filters:
            for path in ("/jobs", "/export.csv"):
                if path == "/export.csv" and name in (
                    "sort",
                    "order",
                    "limit",
                    "cursor",
                ):
                    continue
                response = await client.get(API + path, params={name: value})
                if name == "printer_ids" and harmless_id:
                    assert response.status == HTTPStatus.OK
                    continue
                body = await _error(response, HTTPStatus.BAD_REQUEST)
                assert name in body["errors"], (name, value, body)
        for kind, extra in (
            ("summary", {}),
            ("timeseries", {"bucket": "day", "metric": "jobs"}),
            ("breakdown", {"by": "status"}),
            ("accuracy", {}),
        ):
            for name in ("printer_ids", "since", "until", *extra):
                params = {**extra, name: value}
                response = await client.get(f"{API}/analytics/{kind}", params=params)
                if name == "printer_ids" and harmless_id:
                    assert response.status == HTTPStatus.OK
                    continue
                body = await _error(response, HTTPStatus.BAD_REQUEST)
                assert name in body["errors"]
        await ws.send_json_auto_id(
            {
                "type": "print_logger/jobs/list",
                "q": value,
                "filament_type": value,
                "tags": [value],
            }
        )
        reply = await ws.receive_json()
        assert reply["success"], reply
        assert reply["result"]["total"] == 0
        await ws.send_json_auto_id(
            {"type": "print_logger/analytics/summary", "printer_ids": [value]}
        )
        reply = await ws.receive_json()
        if harmless_id:
            assert reply["result"]["jobs"] == 0
        else:
            assert reply["error"]["code"] == "invalid_format"

    # Nothing was dropped or changed.
    body = await (await client.get(f"{API}/jobs")).json()
    assert body["total"] == 6
    assert len((await (await client.get(f"{API}/printers")).json())["printers"]) == 2
    # A filename made of an injection string is stored and found as it is.
    hostile = "x'); DROP TABLE print_logger_jobs; --.gcode"
    created = await client.post(
        f"{API}/jobs", json=new_job_body(filename=hostile, tags=["' OR 1=1 --"])
    )
    assert created.status == HTTPStatus.CREATED
    body = await (await client.get(f"{API}/jobs", params={"q": "DROP TABLE"})).json()
    assert [job["filename"] for job in body["jobs"]] == [hostile]
    body = await (
        await client.get(f"{API}/jobs", params={"tags": "' OR 1=1 --"})
    ).json()
    assert [job["filename"] for job in body["jobs"]] == [hostile]
    assert (await (await client.get(f"{API}/jobs")).json())["total"] == 7


async def test_malformed_and_oversized_bodies(
    hass: HomeAssistant, store: Store, hass_client: ClientSessionGenerator
) -> None:
    """Bad JSON, wrong types, unknown fields, bad values, huge bodies: 400 / 413 with field messages."""
    data = await seed(store)
    client = await hass_client()
    job = f"{API}/jobs/{data.jobs[0]}"

    for raw in (
        b"",
        b"{",
        b"[1, 2]",
        b"null",
        b'"text"',
        b"{'single': 1}",
        b"\xff\xfe",
        b"[" * 5000 + b"]" * 5000,
    ):
        for method, url in (("post", f"{API}/jobs"), ("patch", job)):
            response = await getattr(client, method)(
                url, data=raw, headers={"Content-Type": "application/json"}
            )
            body = await _error(response, HTTPStatus.BAD_REQUEST)
            assert "body" in body["errors"], (raw[:10], body)

    response = await client.post(f"{API}/jobs", json={})
    body = await _error(response, HTTPStatus.BAD_REQUEST)
    assert set(body["errors"]) == {"printer_id", "filename", "status", "start"}
    assert body["errors"]["filename"] == "is required"

    cases: list[tuple[dict[str, Any], str]] = [
        ({"printer_id": "no such printer!"}, "printer_id"),
        ({"printer_id": "nosuchprinter"}, "printer_id"),
        ({"filename": ""}, "filename"),
        ({"filename": "   "}, "filename"),
        ({"filename": 42}, "filename"),
        ({"filename": "x" * 4097}, "filename"),
        ({"filename": "nul\x00.gcode"}, "filename"),
        ({"status": "in_progress"}, "status"),
        ({"status": "done"}, "status"),
        ({"start": "2031-05-01T10:00:00+00:00"}, "start"),
        ({"start": "1999-12-31T23:59:59+00:00"}, "start"),
        ({"cost": 1e308}, "cost"),
        ({"filament_used_mm": 1e308}, "filament_used_mm"),
        ({"tags": ["a,b"]}, "tags"),
        ({"start": "yesterday"}, "start"),
        ({"start": 1700000000}, "start"),
        ({"start": "0001-01-01T00:00:00+00:00"}, "start"),
        ({"start": "9999-12-31T23:59:59-14:00"}, "start"),
        ({"end": "2026-04-01T00:00:00Z"}, "end"),
        ({"print_duration": -1}, "print_duration"),
        ({"print_duration": "60"}, "print_duration"),
        ({"print_duration": True}, "print_duration"),
        ({"print_duration": 1e400}, "body"),
        ({"filament_weight_g": "heavy"}, "filament_weight_g"),
        ({"rating": 0}, "rating"),
        ({"rating": 6}, "rating"),
        ({"rating": 4.5}, "rating"),
        ({"rating": "5"}, "rating"),
        ({"tags": "solo"}, "tags"),
        ({"tags": [1, 2]}, "tags"),
        ({"tags": [""]}, "tags"),
        ({"tags": ["x" * 65]}, "tags"),
        ({"tags": [f"t{i}" for i in range(33)]}, "tags"),
        ({"notes": "x" * 20001}, "notes"),
        ({"cost": -0.5}, "cost"),
        ({"id": "f" * 32}, "id"),
        ({"source": "live"}, "source"),
        ({"uid": "000001"}, "uid"),
    ]
    for change, field in cases:
        payload = (
            json.dumps(new_job_body(**change), allow_nan=False)
            if field != "body"
            else None
        )
        if payload is None:
            raw = json.dumps(new_job_body()).replace(
                '"print_duration": 3000.0', '"print_duration": 1e400'
            )
            response = await client.post(f"{API}/jobs", data=raw.encode())
            assert response.status == HTTPStatus.BAD_REQUEST, await response.text()
            continue
        response = await client.post(
            f"{API}/jobs",
            data=payload.encode("utf-8", "surrogatepass"),
            headers={"Content-Type": "application/json"},
        )
        body = await _error(response, HTTPStatus.BAD_REQUEST)
        assert field in body["errors"], (change, body)

    # A lone surrogate (valid JSON escape, not storable text): refused by the parser or the validator.
    raw = json.dumps(new_job_body(filename="lone \ud800 surrogate")).encode()
    body = await _error(
        await client.post(f"{API}/jobs", data=raw), HTTPStatus.BAD_REQUEST
    )
    assert set(body["errors"]) & {"body", "filename"}

    for change, field in (
        ({"rating": 9}, "rating"),
        ({"notes": 5}, "notes"),
        ({"tags": None}, "tags"),
        ({"cost": "free"}, "cost"),
        ({"filename": "renamed.gcode"}, "filename"),
        ({"status": "completed"}, "status"),
    ):
        body = await _error(
            await client.patch(job, json=change), HTTPStatus.BAD_REQUEST
        )
        assert field in body["errors"], (change, body)

    huge = {"notes": "x" * (300 * 1024)}
    await _error(
        await client.post(f"{API}/jobs", json=new_job_body(**huge)),
        HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    )
    await _error(
        await client.patch(job, json=huge), HTTPStatus.REQUEST_ENTITY_TOO_LARGE
    )

    async def chunks() -> Any:
        for _ in range(40):
            yield b" " * 8192

    response = await client.patch(
        job, data=chunks(), headers={"Content-Type": "application/json"}
    )
    await _error(response, HTTPStatus.REQUEST_ENTITY_TOO_LARGE)

    # Nothing was created or changed.
    assert (await (await client.get(f"{API}/jobs")).json())["total"] == 6
    assert (await (await client.get(job)).json())["job"]["notes"] == "first"


async def test_bad_query_parameters(
    hass: HomeAssistant, store: Store, hass_client: ClientSessionGenerator
) -> None:
    """Out-of-range, malformed and unknown query parameters are 400s with field messages."""
    await seed(store)
    client = await hass_client()
    cursor = (await (await client.get(f"{API}/jobs", params={"limit": "1"})).json())[
        "next_cursor"
    ]
    assert cursor

    def forged(**payload: Any) -> str:
        base = {
            "v": 1,
            "s": "start",
            "o": "desc",
            "k": "2026-03-01T00:00:00+00:00",
            "i": "a" * 32,
        }
        raw = json.dumps({**base, **payload}).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    cases: list[tuple[str, dict[str, str], str]] = [
        ("/jobs", {"limit": "0"}, "limit"),
        ("/jobs", {"limit": "501"}, "limit"),
        ("/jobs", {"limit": "abc"}, "limit"),
        ("/jobs", {"limit": "1e3"}, "limit"),
        ("/jobs", {"limit": "99999999999999999999"}, "limit"),
        ("/jobs", {"sort": "id; DROP"}, "sort"),
        ("/jobs", {"order": "sideways"}, "order"),
        ("/jobs", {"statuses": "done"}, "statuses"),
        ("/jobs", {"since": "not a date"}, "since"),
        ("/jobs", {"since": "2026-02-30"}, "since"),
        ("/jobs", {"until": "2026-03-01T25:00:00"}, "until"),
        ("/jobs", {"min_duration": "nan"}, "min_duration"),
        ("/jobs", {"max_duration": "inf"}, "max_duration"),
        ("/jobs", {"max_duration": "-1"}, "max_duration"),
        ("/jobs", {"q": "x" * 1025}, "q"),
        ("/jobs", {"q": "nul\x00"}, "q"),
        ("/jobs", {"tags": ",".join(f"t{i}" for i in range(33))}, "tags"),
        (
            "/jobs",
            {"printer_ids": ",".join(f"p{i}" for i in range(101))},
            "printer_ids",
        ),
        ("/jobs", {"cursor": "garbage"}, "cursor"),
        ("/jobs", {"cursor": "%%%"}, "cursor"),
        ("/jobs", {"cursor": cursor, "order": "asc"}, "cursor"),
        ("/jobs", {"cursor": forged(k=12)}, "cursor"),
        (
            "/jobs",
            {"cursor": forged(s="filename", k={"a": 1}), "sort": "filename"},
            "cursor",
        ),
        (
            "/jobs",
            {"cursor": forged(s="print_duration", k="fast"), "sort": "print_duration"},
            "cursor",
        ),
        (
            "/jobs",
            {"cursor": forged(s="print_duration", k=10**30), "sort": "print_duration"},
            "cursor",
        ),
        (
            "/jobs",
            {"cursor": forged(s="filename", k="a\x00b"), "sort": "filename"},
            "cursor",
        ),
        ("/jobs", {"cursor": forged(i="x'; --")}, "cursor"),
        ("/jobs", {"page": "2"}, "page"),
        ("/export.csv", {"limit": "5"}, "limit"),
        ("/printers", {"x": "1"}, "x"),
        (
            "/analytics/summary",
            {"since": "2026-04-01T00:00:00Z", "until": "2026-03-01T00:00:00Z"},
            "until",
        ),
        (
            "/analytics/summary",
            {"since": "2026-04-01T00:00:00Z", "until": "2026-04-01T00:00:00Z"},
            "until",
        ),
        ("/analytics/timeseries", {"metric": "jobs"}, "bucket"),
        ("/analytics/timeseries", {"bucket": "hour", "metric": "jobs"}, "bucket"),
        ("/analytics/timeseries", {"bucket": "day", "metric": "weight"}, "metric"),
        (
            "/analytics/timeseries",
            {
                "bucket": "day",
                "metric": "jobs",
                "since": "1970-01-01T00:00:00Z",
                "until": "9999-01-01T00:00:00Z",
            },
            "since",
        ),
        ("/analytics/breakdown", {}, "by"),
        ("/analytics/breakdown", {"by": "colour"}, "by"),
        ("/analytics/accuracy", {"printer_ids": "a b"}, "printer_ids"),
    ]
    for path, params, field in cases:
        response = await client.get(API + path, params=params)
        body = await _error(response, HTTPStatus.BAD_REQUEST)
        assert field in body["errors"], (path, params, body)

    # Ten thousand month buckets are fine; a week bucket over 1970–9999 is not.
    response = await client.get(
        f"{API}/analytics/timeseries",
        params={
            "bucket": "month",
            "metric": "jobs",
            "since": "2000-01-01T00:00:00-08:00",
            "until": "2100-01-01T00:00:00-08:00",
        },
    )
    assert response.status == HTTPStatus.OK
    assert len((await response.json())["points"]) == 1200


async def test_unknown_and_hostile_job_ids(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> None:
    """Ids that are not 32 hex digits (path traversal, injection) are 404/400, never a file or a 500."""
    data = await seed(store)
    client = await hass_client()
    hostile = (
        "..%2F..%2F..%2Fetc%2Fpasswd",
        "..%2f..%2fsecrets.yaml",
        "%2e%2e%2f%2e%2e%2fconfiguration.yaml",
        "....%2F%2F....%2F%2Fetc%2Fpasswd",
        "%00",
        "..%5C..%5Cwindows%5Cwin.ini",
        data.jobs[0].upper(),
        data.jobs[0][:31],
        data.jobs[0] + "0",
        data.jobs[0] + "%00",
        "' OR '1'='1",
        "0123456789abcdef0123456789abcdeg",
    )
    for job_id in hostile:
        for suffix in ("", "/thumbnail"):
            url = URL(
                f"{API}/jobs/{job_id.replace(' ', '%20').replace("'", '%27')}{suffix}",
                encoded=True,
            )
            response = await client.get(url)
            assert response.status in (HTTPStatus.NOT_FOUND, HTTPStatus.BAD_REQUEST), (
                job_id,
                suffix,
            )
            assert b"root:" not in await response.read()
        url = URL(
            f"{API}/jobs/{job_id.replace(' ', '%20').replace("'", '%27')}", encoded=True
        )
        assert (await client.delete(url)).status in (
            HTTPStatus.NOT_FOUND,
            HTTPStatus.BAD_REQUEST,
        )
        assert (await client.patch(url, json={"notes": "x"})).status in (
            HTTPStatus.NOT_FOUND,
            HTTPStatus.BAD_REQUEST,
        )
    for path in (
        "/jobs/../../../../etc/passwd",
        "/jobs/%2e%2e/%2e%2e/thumbnail",
        "/jobs/../printers/thumbnail",
    ):
        response = await client.get(URL(API + path, encoded=True))
        assert response.status in (HTTPStatus.NOT_FOUND, HTTPStatus.BAD_REQUEST), path
    # Unknown but well-formed ids.
    unknown = "0123456789abcdef0123456789abcdef"
    await _error(await client.get(f"{API}/jobs/{unknown}"), HTTPStatus.NOT_FOUND)
    await _error(
        await client.get(f"{API}/jobs/{unknown}/thumbnail"), HTTPStatus.NOT_FOUND
    )
    await _error(await client.delete(f"{API}/jobs/{unknown}"), HTTPStatus.NOT_FOUND)
    await _error(
        await client.patch(f"{API}/jobs/{unknown}", json={"notes": "x"}),
        HTTPStatus.NOT_FOUND,
    )

    ws = await hass_ws_client(hass)
    for msg in (
        {"type": "print_logger/jobs/get", "job_id": "../../etc/passwd"},
        {"type": "print_logger/jobs/get", "job_id": unknown},
        {"type": "print_logger/jobs/update", "job_id": "' OR 1=1", "notes": "x"},
    ):
        await ws.send_json_auto_id(msg)
        reply = await ws.receive_json()
        assert reply["error"]["code"] == "not_found", reply
    for msg in (
        {"type": "print_logger/jobs/get"},
        {"type": "print_logger/jobs/get", "job_id": 5},
        {"type": "print_logger/jobs/delete", "job_ids": "abc"},
        {"type": "print_logger/jobs/delete", "job_ids": ["a"] * 501},
        {"type": "print_logger/jobs/list", "limit": 501},
        {"type": "print_logger/jobs/list", "since": "yesterday"},
        {"type": "print_logger/jobs/list", "bogus": 1},
        {"type": "print_logger/jobs/create", "printer_id": VORON},
        {"type": "print_logger/jobs/update", "job_id": data.jobs[0], "rating": 7},
        {
            "type": "print_logger/analytics/timeseries",
            "bucket": "decade",
            "metric": "jobs",
        },
        {
            "type": "print_logger/analytics/breakdown",
            "by": "printer",
            "since": "2026-02-30T00:00:00",
        },
    ):
        await ws.send_json_auto_id(msg)
        reply = await ws.receive_json()
        assert reply["error"]["code"] == "invalid_format", (msg, reply)
    await ws.send_json_auto_id({"type": "print_logger/jobs/list", "cursor": "garbage"})
    reply = await ws.receive_json()
    assert reply["error"]["code"] == "invalid_format"
    assert "cursor" in reply["error"]["message"]
    await ws.send_json_auto_id(
        {"type": "print_logger/jobs/create", **new_job_body(printer_id="ghost")}
    )
    reply = await ws.receive_json()
    assert reply["error"]["code"] == "invalid_format"
    assert reply["error"]["message"] == "printer_id: no such printer"
    assert (await (await client.get(f"{API}/jobs")).json())["total"] == 6
