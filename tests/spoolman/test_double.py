"""The Spoolman test double answers as the captured Spoolman 0.26.1 did (tests/fixtures/spoolman)."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import pytest

from tests.helpers.spoolman import FIXTURE, SpoolmanDouble

CAPTURED = json.loads(FIXTURE.read_text(encoding="utf-8"))


def _without_dates(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _without_dates(v) for k, v in obj.items() if k != "registered"}
    if isinstance(obj, list):
        return [_without_dates(v) for v in obj]
    return obj


@pytest.fixture
async def double() -> Any:
    async with SpoolmanDouble() as server:
        yield server


async def test_creates_and_answers_as_captured(double: SpoolmanDouble) -> None:
    """Each captured create answers the captured body; GET spool/1 and /2 and info too."""
    async with aiohttp.ClientSession() as session:
        for create in CAPTURED["creates"]:
            async with session.post(
                double.url + create["path"], json=create["json"]
            ) as resp:
                assert resp.status == 200
                assert _without_dates(await resp.json()) == _without_dates(
                    create["answer"]
                )
        for path, answer in CAPTURED["answers"].items():
            async with session.get(double.url + path) as resp:
                assert _without_dates(await resp.json()) == _without_dates(answer)


async def test_errors_as_captured(double: SpoolmanDouble) -> None:
    """404, 422, 400 on /use, 404 on /use of an unknown spool, 403 for a foreign Origin."""
    double.seed()
    calls = {
        "GET /api/v1/spool/999": {},
        "GET /api/v1/spool/abc": {},
        "PUT /api/v1/spool/1/use": {"json": {}},
        "PUT /api/v1/spool/999/use": {"json": {"use_length": 10.0}},
        "POST /api/v1/vendor": {
            "json": {"name": "cross-origin"},
            "headers": {"Origin": "http://evil.example"},
        },
    }
    async with aiohttp.ClientSession() as session:
        for key, kwargs in calls.items():
            method, path = key.split(" ")
            async with session.request(method, double.url + path, **kwargs) as resp:
                expected = CAPTURED["errors"][key]
                assert resp.status == expected["status"], key
                assert await resp.json() == expected["body"], key


async def test_use_and_websocket_events(double: SpoolmanDouble) -> None:
    """/use books Spoolman's weight of the length; the websockets carry it; text gets healthy."""
    double.seed()
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(double.url + "/api/v1/spool") as ws,
    ):
        await ws.send_str("ping")
        assert await ws.receive_json() == {"status": "healthy"}
        async with session.put(
            double.url + "/api/v1/spool/1/use",
            json={"use_length": 1495.196210000032},
        ) as resp:
            body = await resp.json()
        # the captured answer of this exact request (scenario 05)
        assert body["used_weight"] == pytest.approx(4.4594967466677, rel=1e-12)
        assert body["remaining_length"] == pytest.approx(333788.4232067644, rel=1e-12)
        event = await ws.receive_json()
        assert (event["type"], event["resource"]) == ("updated", "spool")
        assert event["payload"] == body
        await double.stop()
        closed = await ws.receive()
        assert closed.type is aiohttp.WSMsgType.CLOSE
        assert closed.data == 1012
