"""Print Logger's actions, with their responses and their errors for bad input."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
import io
from pathlib import Path
from typing import Any

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import ServiceValidationError
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.print_logger import (
    coordinator as coordinator_module,
    notifications,
)
from custom_components.print_logger.const import DOMAIN
from custom_components.print_logger.store import Store
from tests.conftest import PrintLog, all_engines, entry_for
from tests.helpers.printer import FIXTURES, SimulatedPrinter

pytestmark = pytest.mark.moonraker

START = datetime(2026, 3, 1, 10, tzinfo=UTC)


async def _setup(hass: HomeAssistant, entry: MockConfigEntry) -> Store:
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    return entry.runtime_data.store


async def _seed(store: Store, printer_id: str) -> list[str]:
    ids = []
    for i, (name, status) in enumerate(
        [
            ("benchy.gcode", "completed"),
            ('=cmd|" /C calc"!A0, "quoted".gcode', "cancelled"),
            ("vase\nnewline.gcode", "error"),
        ]
    ):
        detail = await store.create_job(
            {
                "printer_id": printer_id,
                "filename": name,
                "status": status,
                "start": START + timedelta(days=i),
                "end": START + timedelta(days=i, hours=2),
                "print_duration": 7200.0,
                "filament_used_mm": 1000.0 * (i + 1),
            }
        )
        ids.append(detail.job.id)
    return ids


async def _call(hass: HomeAssistant, service: str, data: dict) -> dict:
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )


@all_engines
async def test_update_get_delete(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, print_log: PrintLog
) -> None:
    """Edit a job, read it back through get_jobs, delete it; bad input says what is wrong."""
    store = await _setup(hass, mock_config_entry)
    ids = await _seed(store, mock_config_entry.unique_id)

    response = await _call(
        hass,
        "update_job",
        {
            "job_id": ids[0],
            "notes": "first layer 🙂",
            "rating": 5,
            "tags": ["pla", "gift"],
            "failure_reason": None,
        },
    )
    assert response["job"]["notes"] == "first layer 🙂"
    assert response["job"]["rating"] == 5
    assert response["job"]["tags"] == ["pla", "gift"]

    page = await _call(
        hass,
        "get_jobs",
        {"config_entry_id": mock_config_entry.entry_id, "statuses": ["completed"]},
    )
    assert page["total"] == 1
    assert page["jobs"][0]["id"] == ids[0]
    assert page["jobs"][0]["notes"] == "first layer 🙂"
    page = await _call(hass, "get_jobs", {"q": "VASE", "limit": 10})
    assert [job["id"] for job in page["jobs"]] == [ids[2]]

    with pytest.raises(ServiceValidationError) as err:
        await _call(hass, "update_job", {"job_id": ids[0], "rating": 9})
    assert err.value.translation_key == "invalid_request"
    assert "rating" in err.value.translation_placeholders["fields"]
    with pytest.raises(ServiceValidationError) as err:
        await _call(hass, "update_job", {"job_id": "0" * 32, "notes": "x"})
    # No English "no such job" as a placeholder: the key of its own, naming the job.
    assert err.value.translation_key == "job_not_found"
    assert err.value.translation_placeholders == {"job_id": "0" * 32}
    with pytest.raises(ServiceValidationError) as err:
        await _call(hass, "get_jobs", {"config_entry_id": "nope"})
    assert err.value.translation_key == "unknown_printer"
    with pytest.raises(ServiceValidationError) as err:
        await _call(hass, "get_jobs", {"sort": "1; DROP TABLE print_logger_jobs"})

    assert await _call(hass, "delete_job", {"job_id": ids[1]}) == {"deleted": 1}
    with pytest.raises(ServiceValidationError) as err:
        await _call(hass, "delete_job", {"job_id": ids[1]})
    assert err.value.translation_key == "job_not_found"
    assert (await _call(hass, "get_jobs", {}))["total"] == 2
    assert await print_log.jobs_stored(hass, store) == 2
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)


@all_engines
async def test_statistics_and_export(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry, print_log: PrintLog
) -> None:
    """Statistics count what was seeded; the CSV export escapes what spreadsheets would execute."""
    store = await _setup(hass, mock_config_entry)
    await _seed(store, mock_config_entry.unique_id)
    stats = await _call(
        hass, "get_statistics", {"config_entry_id": mock_config_entry.entry_id}
    )
    assert stats["jobs"] == 3
    assert stats["completed"] == 1
    assert stats["cancelled"] == 1
    assert stats["failed"] == 1
    assert stats["success_rate"] == pytest.approx(100 / 3, abs=0.1)
    assert stats["print_hours"] == pytest.approx(6.0)
    stats = await _call(
        hass, "get_statistics", {"since": (START + timedelta(days=1)).isoformat()}
    )
    assert stats["jobs"] == 2

    response = await _call(
        hass, "export_csv", {"config_entry_id": mock_config_entry.entry_id}
    )
    path = Path(response["path"])
    assert path.parent == Path(hass.config.path("print_logger", "exports"))
    raw = path.read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert len(rows) == 3
    names = [row["filename"] for row in rows]
    assert names[0] == "benchy.gcode"
    assert names[1].startswith("'=")  # a formula is neutralised
    assert names[2] == "vase\nnewline.gcode"
    assert response["bytes"] == len(raw)
    assert await print_log.jobs_stored(hass, store) == 3
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)


async def test_import_history(
    hass: HomeAssistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    import_history reads Moonraker's history once: a second call adds nothing.

    A long import (more than a page; a page of one job here) shows its progress in a persistent
    notification, in Home Assistant's language (German here, from the translations, whatever
    the translations the integration ships).
    """
    monkeypatch.setattr(coordinator_module, "HISTORY_PAGE", 1)
    german = {
        f"component.{DOMAIN}.exceptions.history_import_done.message": (
            "Druckverlauf von {name} importiert: {read} gelesen, {added} neu."
        )
    }
    real = notifications.async_get_translations

    async def translations(
        hass: HomeAssistant, language: str, category: str, integrations: Any
    ) -> dict[str, str]:
        loaded = await real(hass, language, category, integrations)
        return {**loaded, **german} if language == "de" else loaded

    monkeypatch.setattr(notifications, "async_get_translations", translations)
    async with SimulatedPrinter(tmp_path / "printer", speed=300) as printer:
        await printer.upload(FIXTURES / "sim_cube.gcode")
        await printer.start_print("sim_cube.gcode")
        await printer.wait_for_job("sim_cube.gcode", status="completed", timeout=30)
        entry = entry_for(printer.moonraker)
        await _setup(hass, entry)  # options: import none
        await hass.async_block_till_done()
        first = await _call(hass, "import_history", {"config_entry_id": entry.entry_id})
        assert first == {"added": 1}
        shown = persistent_notification._async_get_or_create_notifications(hass)
        notification = shown[f"{DOMAIN}_import_{entry.unique_id}"]
        assert notification["title"] == "Print Logger"
        assert notification["message"] == (
            f"Imported the print history of {entry.title}: 1 jobs read, "
            "1 added to the print log."
        )
        await hass.config.async_update(language="de")
        await _call(hass, "import_history", {"config_entry_id": entry.entry_id})
        shown = persistent_notification._async_get_or_create_notifications(hass)
        assert shown[f"{DOMAIN}_import_{entry.unique_id}"]["message"] == (
            f"Druckverlauf von {entry.title} importiert: 1 gelesen, 0 neu."
        )
        await hass.config.async_update(language="en")
        again = await _call(hass, "import_history", {"config_entry_id": entry.entry_id})
        assert again == {"added": 0}
        page = await _call(hass, "get_jobs", {})
        assert page["total"] == 1
        assert page["jobs"][0]["source"] == "import"
        assert page["jobs"][0]["status"] == "completed"
        assert await hass.config_entries.async_unload(entry.entry_id)


async def test_bad_input_and_the_farm(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """
    The actions share the API's rules (issue 13) and read local dates (issue 12.9).

    Costs above the bound, tags holding a separator and since after until are refused; a date
    without a zone is in Home Assistant's time zone; the print farm in the printer picker means
    every printer.
    """
    await hass.config.async_set_time_zone("America/New_York")
    store = await _setup(hass, mock_config_entry)
    ids = await _seed(store, mock_config_entry.unique_id)
    for data, field in (
        ({"job_id": ids[0], "cost": 1e308}, "cost"),
        ({"job_id": ids[0], "tags": ["a,b"]}, "tags"),
        ({"job_id": ids[0], "tags": ["a;b"]}, "tags"),
    ):
        with pytest.raises(ServiceValidationError) as err:
            await _call(hass, "update_job", data)
        assert field in err.value.translation_placeholders["fields"], data
    for service in ("get_jobs", "export_csv"):
        with pytest.raises(ServiceValidationError) as err:
            await _call(
                hass,
                service,
                {"since": "2026-03-03 00:00:00", "until": "2026-03-01 00:00:00"},
            )
        assert "until" in err.value.translation_placeholders["fields"], service

    # The datetime selector sends local times without a zone: START + 1 day is 05:00 in New York.
    page = await _call(
        hass,
        "get_jobs",
        {"since": "2026-03-02 05:00:00", "until": "2026-03-02 05:00:01"},
    )
    assert [job["id"] for job in page["jobs"]] == [ids[1]]
    response = await _call(
        hass, "export_csv", {"since": "2026-03-02 05:00:00", "until": "2026-03-03"}
    )
    raw = Path(response["path"]).read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [row["id"] for row in rows] == [ids[1]]

    farm = next(
        entry
        for entry in hass.config_entries.async_entries(DOMAIN)
        if entry.entry_id != mock_config_entry.entry_id
    )
    page = await _call(hass, "get_jobs", {"config_entry_id": farm.entry_id})
    assert page["total"] == 3
    stats = await _call(hass, "get_statistics", {"config_entry_id": farm.entry_id})
    assert stats["jobs"] == 3
    response = await _call(hass, "export_csv", {"config_entry_id": farm.entry_id})
    assert Path(response["path"]).read_bytes().count(b"\r\n") == 4
    added = await _call(hass, "import_history", {"config_entry_id": farm.entry_id})
    assert added == {"added": 0}
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
