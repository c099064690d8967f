"""
Files and "print it again" on a farm of two simulated printers under the real Moonraker.

Home Assistant runs Print Logger with both printers; the test prints through the REST API
(``POST /print``) as the panel does, and checks what the printers and the print log say: files
grouped across re-uploads and re-slices, a reprint on the same printer, a copy to the other
printer (byte-identical, the job logged there), every refusal, and a user who is not an
administrator refused.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

from aiohttp import ClientSession
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError, ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.print_logger.const import DOMAIN
from custom_components.print_logger.store import JobQuery, JobRecord, JobStatus, Store
from tests.conftest import entry_for
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.test_live_capture import setup_printer, wait_for

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]

API = "/api/print_logger"
CUBE = "sim_cube.gcode"
SPEED = 300.0


def resliced(data: bytes) -> bytes:
    """Return the cube sliced again: another estimate and filament, the same name."""
    text = data.decode()
    text = text.replace(
        "; estimated printing time (normal mode) = 5m 33s",
        "; estimated printing time (normal mode) = 6m 10s",
    ).replace("; filament used [mm] = 222.34", "; filament used [mm] = 240.10")
    assert text.encode() != data
    return text.encode()


def for_model(data: bytes, model: str) -> bytes:
    """Return the cube as sliced for another printer model."""
    return (
        data.decode()
        .replace("; printer_model = SIM", f"; printer_model = {model}")
        .encode()
    )


@pytest.fixture
async def farm(
    tmp_path: Path,
) -> AsyncIterator[tuple[SimulatedPrinter, SimulatedPrinter]]:
    """Return two running simulated printers (A has the cube, B has no file)."""
    async with (
        SimulatedPrinter(tmp_path / "a", speed=SPEED) as first,
        SimulatedPrinter(tmp_path / "b", speed=SPEED) as second,
    ):
        await first.upload(FIXTURES / CUBE)
        yield first, second


async def _jobs(store: Store, printer_id: str) -> list[JobRecord]:
    page = await store.list_jobs(
        JobQuery(printer_ids=(printer_id,), sort="start", order="asc", limit=500)
    )
    return list(page.jobs)


async def _print(
    client: ClientSession, printer_id: str, filename: str, **options: Any
) -> tuple[int, dict[str, Any]]:
    response = await client.post(
        f"{API}/print", json={"printer_id": printer_id, "filename": filename, **options}
    )
    return response.status, await response.json()


async def _printed(
    hass: HomeAssistant,
    store: Store,
    entry: MockConfigEntry,
    filename: str,
    count: int,
) -> JobRecord:
    """Wait until the printer's ``count``-th job of ``filename`` completed, with its file known."""

    async def done() -> JobRecord | None:
        jobs = [
            j for j in await _jobs(store, entry.unique_id) if j.filename == filename
        ]
        if len(jobs) < count or jobs[-1].status is not JobStatus.COMPLETED:
            return None
        detail = await store.get_job(jobs[-1].id)
        if detail.details is None or not detail.details.get("slicer"):
            return None
        idle = entry.runtime_data.coordinator.data.print_state not in (
            "printing",
            "paused",
        )
        return jobs[-1] if idle else None

    job = await wait_for(done, timeout=30)
    await hass.async_block_till_done()
    return await store.get_job_record(job.id)


async def test_files_and_print_again(
    hass: HomeAssistant,
    farm: tuple[SimulatedPrinter, SimulatedPrinter],
    hass_client: ClientSessionGenerator,
    hass_read_only_access_token: str,
    closed_port: int,
) -> None:
    """Reprint, re-upload, re-slice, copy-then-print, and every refusal, over REST and the action."""
    printer_a, printer_b = farm
    entry_a = await setup_printer(hass, printer_a)
    entry_b = await setup_printer(hass, printer_b)
    a, b = entry_a.unique_id, entry_b.unique_id
    store: Store = entry_a.runtime_data.store
    client = await hass_client()

    # A reprint on the same printer (the file is there).
    status, body = await _print(client, a, CUBE)
    assert (status, body) == (
        HTTPStatus.OK,
        {"printer_id": a, "filename": CUBE, "copied_from": None, "sha256": None},
    )
    first = await _printed(hass, store, entry_a, CUBE, 1)
    status, body = await _print(client, a, CUBE)
    assert status == HTTPStatus.OK, body
    second = await _printed(hass, store, entry_a, CUBE, 2)
    assert first.file_id is not None
    assert second.file_id == first.file_id

    # The same G-code uploaded again (to A, and to B by hand): the same file.
    await printer_a.upload(FIXTURES / CUBE)
    await printer_b.upload(FIXTURES / CUBE)
    assert (await _print(client, b, CUBE))[0] == HTTPStatus.OK
    on_b = await _printed(hass, store, entry_b, CUBE, 1)
    assert on_b.file_id == first.file_id

    # Re-sliced under the same name: a new version of the file.
    cube = (FIXTURES / CUBE).read_bytes()
    (printer_a.gcodes_dir.parent / "resliced").mkdir()
    resliced_path = printer_a.gcodes_dir.parent / "resliced" / CUBE
    resliced_path.write_bytes(resliced(cube))
    await printer_a.upload(resliced_path)
    assert (await _print(client, a, CUBE))[0] == HTTPStatus.OK
    third = await _printed(hass, store, entry_a, CUBE, 3)
    assert third.file_id not in (None, first.file_id)

    files = await (await client.get(f"{API}/files", params={"q": "sim_cube"})).json()
    assert files["total"] == 2
    by_id = {item["id"]: item for item in files["files"]}
    original, new = by_id[first.file_id], by_id[third.file_id]
    assert (original["version"], new["version"], original["versions"]) == (1, 2, 2)
    assert (original["stats"]["prints"], original["stats"]["success_rate"]) == (3, 1.0)
    assert {(p["printer_id"], p["prints"]) for p in original["printers"]} == {
        (a, 2),
        (b, 1),
    }
    assert new["stats"]["prints"] == 1
    assert original["printer_model"] == "SIM"
    one_printer = await (
        await client.get(f"{API}/files", params={"printer_id": b})
    ).json()
    assert [(f["id"], f["stats"]["prints"]) for f in one_printer["files"]] == [
        (first.file_id, 1)
    ]
    record = await (await client.get(f"{API}/files/{first.file_id}")).json()
    assert [v["version"] for v in record["versions"]] == [1, 2]
    jobs = await (
        await client.get(f"{API}/jobs", params={"file_id": first.file_id})
    ).json()
    assert {job["id"] for job in jobs["jobs"]} == {first.id, second.id, on_b.id}

    # Copy, then print: the file only A has.
    await printer_a.upload(FIXTURES / CUBE, name="bracket.gcode")
    only_a = "bracket.gcode"
    status, body = await _print(client, b, only_a)
    assert (status, body["reason"]) == (HTTPStatus.CONFLICT, "copy_needed")
    assert not (printer_b.gcodes_dir / only_a).exists()
    status, body = await _print(client, b, only_a, copy=True)
    assert status == HTTPStatus.OK, body
    assert body["copied_from"] == a
    copied = (printer_b.gcodes_dir / only_a).read_bytes()
    assert copied == (printer_a.gcodes_dir / only_a).read_bytes()
    logged = await _printed(hass, store, entry_b, only_a, 1)
    assert logged.printer_id == b
    history = await printer_b.wait_for_job(only_a, status="completed")
    assert logged.uid == history["job_id"]

    # Refusals. The file is nowhere:
    status, body = await _print(client, a, "nowhere.gcode")
    assert (status, body["reason"]) == (HTTPStatus.NOT_FOUND, "file_missing")
    # ... an unknown printer, and one that is offline:
    status, body = await _print(client, "nope", CUBE)
    assert (status, body["reason"]) == (HTTPStatus.NOT_FOUND, "printer_unknown")
    offline = entry_for(
        printer_a.moonraker, unique_id="offline01", title="Offline", port=closed_port
    )
    offline.add_to_hass(hass)
    assert await hass.config_entries.async_setup(offline.entry_id)
    await hass.async_block_till_done()
    status, body = await _print(client, "offline01", CUBE)
    assert (status, body["reason"]) == (HTTPStatus.CONFLICT, "printer_offline")
    # ... sliced for another printer model (B printed SIM slices): confirm to print it.
    other_path = printer_a.gcodes_dir.parent / "other_model.gcode"
    other_path.write_bytes(for_model(cube, "MK4"))
    await printer_b.upload(other_path)
    status, body = await _print(client, b, "other_model.gcode")
    assert (status, body["reason"]) == (HTTPStatus.CONFLICT, "model_mismatch")
    # ... busy: B prints (paused) and cannot start another file.
    printer_b.sim.set_speed(50)
    status, body = await _print(client, b, "other_model.gcode", confirm=True)
    assert status == HTTPStatus.OK, body
    # PAUSE waits for the heaters: pause once the print is under way.
    await printer_b.sim.wait_for_progress(0.2)
    await printer_b.pause()
    coordinator_b = entry_b.runtime_data.coordinator
    await wait_for(
        lambda: _value(coordinator_b.data.print_state == "paused"), timeout=20
    )
    status, body = await _print(client, b, only_a)
    assert (status, body["reason"]) == (HTTPStatus.CONFLICT, "printer_busy")
    await printer_b.cancel()
    await wait_for(
        lambda: _value(coordinator_b.data.print_state == "cancelled"), timeout=20
    )
    # ... Klippy not ready (shut down by an emergency stop).
    await printer_a.emergency_stop()
    coordinator_a = entry_a.runtime_data.coordinator
    await wait_for(
        lambda: _value(coordinator_a.data.klippy_state == "shutdown"), timeout=20
    )
    status, body = await _print(client, a, CUBE)
    assert (status, body["reason"]) == (HTTPStatus.CONFLICT, "klippy_not_ready")

    # The action says the same in the user's language (its translation key).
    with pytest.raises(ServiceValidationError) as missing:
        await hass.services.async_call(
            DOMAIN,
            "start_print",
            {"config_entry_id": entry_b.entry_id, "filename": "nowhere.gcode"},
            blocking=True,
            return_response=True,
        )
    assert missing.value.translation_key == "file_missing"
    with pytest.raises(HomeAssistantError) as shut_down:
        await hass.services.async_call(
            DOMAIN,
            "start_print",
            {"config_entry_id": entry_a.entry_id, "filename": CUBE},
            blocking=True,
            return_response=True,
        )
    assert shut_down.value.translation_key == "klippy_not_ready"

    # A user who is not an administrator may not start a print.
    reader = await hass_client(hass_read_only_access_token)
    response = await reader.post(
        f"{API}/print", json={"printer_id": b, "filename": only_a}
    )
    assert response.status == HTTPStatus.FORBIDDEN
    # ... but reads the files.
    assert (await reader.get(f"{API}/files")).status == HTTPStatus.OK
    jobs_on_b = [j for j in await _jobs(store, b) if j.filename == only_a]
    assert len(jobs_on_b) == 1

    for entry in (offline, entry_b, entry_a):
        assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def _value(value: bool) -> bool:
    return value
