"""CSV export: streamed, escaped, formulas defused, batches with equal start times."""

from __future__ import annotations

import csv
from datetime import timedelta
from http import HTTPStatus
import io

from homeassistant.core import HomeAssistant
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.print_logger.store import JobQuery, JobStatus, Store
from custom_components.print_logger.store.analytics import EXPORT_COLUMNS, export_csv
from tests.api.common import PRUSA, VORON, add_printers, manual, seed, utc

API = "/api/print_logger"


def parse(body: bytes) -> list[dict[str, str]]:
    """Parse CSV bytes (UTF-8 with a byte-order mark, CRLF) into dicts by header."""
    assert body.startswith("\ufeff".encode())
    text = body.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(EXPORT_COLUMNS)
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


async def test_export_escaping(
    hass: HomeAssistant, store: Store, hass_client: ClientSessionGenerator
) -> None:
    """Commas, quotes and newlines round-trip; cells starting with = + - @ tab CR are defused."""
    await add_printers(store)
    tricky = {
        'comma, quote " and\nnewline.gcode': '=HYPERLINK("http://evil","x")',
        "+plus.gcode": "+1+1",
        "-minus.gcode": "-2+3",
        "@at.gcode": "@SUM(A1:A2)",
        "tab.gcode": "\t=1",
        "cr.gcode": "\r=1",
        "plain; ünïcödé 🚀.gcode": "harmless = 1",
    }
    start = utc(2026, 1, 1)
    ids = {}
    for index, (filename, notes) in enumerate(tricky.items()):
        ids[filename] = await manual(
            store,
            VORON,
            filename,
            start + timedelta(hours=index),
            "completed",
            60,
            1.5,
            0.25,
            None,
            notes=notes,
            tags=["=cmd", "ok"] if index == 0 else [],
            failure_reason="-5" if index == 1 else None,
        )

    client = await hass_client()
    response = await client.get(f"{API}/export.csv")
    assert response.status == HTTPStatus.OK
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = parse(await response.read())
    assert [row["id"] for row in rows] == list(ids.values())
    by_id = {row["id"]: row for row in rows}

    first = by_id[ids['comma, quote " and\nnewline.gcode']]
    assert first["filename"] == 'comma, quote " and\nnewline.gcode'
    assert first["notes"] == '\'=HYPERLINK("http://evil","x")'
    assert first["tags"] == "'=cmd;ok"
    assert first["printer_name"] == "Voron"
    assert first["status"] == "completed"
    assert first["start"] == "2026-01-01T00:00:00+00:00"
    assert first["print_duration"] == "60.0"
    assert first["filament_weight_g"] == "0.25"
    assert first["cost"] == ""
    assert by_id[ids["+plus.gcode"]]["filename"] == "'+plus.gcode"
    assert by_id[ids["+plus.gcode"]]["notes"] == "'+1+1"
    assert by_id[ids["+plus.gcode"]]["failure_reason"] == "'-5"
    assert by_id[ids["-minus.gcode"]]["filename"] == "'-minus.gcode"
    assert by_id[ids["-minus.gcode"]]["notes"] == "'-2+3"
    assert by_id[ids["@at.gcode"]]["filename"] == "'@at.gcode"
    assert by_id[ids["@at.gcode"]]["notes"] == "'@SUM(A1:A2)"
    assert by_id[ids["tab.gcode"]]["notes"] == "'\t=1"
    assert by_id[ids["cr.gcode"]]["notes"] == "'\r=1"
    plain = by_id[ids["plain; ünïcödé 🚀.gcode"]]
    assert plain["filename"] == "plain; ünïcödé 🚀.gcode"
    assert plain["notes"] == "harmless = 1"

    # The raw bytes: a quoted field with a doubled quote and an embedded newline.
    raw = (
        await (await client.get(f"{API}/export.csv", params={"q": "comma"})).read()
    ).decode()
    assert '"comma, quote "" and\nnewline.gcode"' in raw
    assert raw.endswith("\r\n")
    assert raw.count("\r\n") == 2


async def test_export_filters_and_batches(
    hass: HomeAssistant, store: Store, hass_client: ClientSessionGenerator
) -> None:
    """Filters apply; batches never lose or repeat rows, even with equal start times."""
    data = await seed(store)
    client = await hass_client()
    response = await client.get(
        f"{API}/export.csv",
        params={"printer_ids": PRUSA, "statuses": "completed,in_progress"},
    )
    rows = parse(await response.read())
    assert [row["id"] for row in rows] == data.jobs[3:]
    assert rows[0]["slicer"] == "PrusaSlicer"
    assert rows[0]["layer_height"] == "0.15"
    assert rows[0]["filament_type"] == "PETG"
    assert rows[0]["tags"] == "gift;vase"
    assert rows[2]["status"] == "in_progress"
    assert rows[2]["end"] == ""

    response = await client.get(f"{API}/export.csv", params={"q": "no such file"})
    assert parse(await response.read()) == []

    # Seven jobs starting at the same instant, exported 2 at a time.
    same = utc(2026, 6, 1, 12)
    extra = [
        await manual(
            store, VORON, f"same{index}.gcode", same, "completed", 10, 1, None, None
        )
        for index in range(7)
    ]
    chunks = [
        chunk
        async for chunk in export_csv(
            store, JobQuery(since=same, statuses=(JobStatus.COMPLETED,)), batch_size=2
        )
    ]
    assert len(chunks) == 4
    rows = parse(b"".join(chunks))
    assert [row["id"] for row in rows] == sorted(extra)
    chunks = [chunk async for chunk in export_csv(store, JobQuery(), batch_size=3)]
    assert len(parse(b"".join(chunks))) == 13
