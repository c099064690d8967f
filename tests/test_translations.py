"""The integration's languages: every file complete and true to English, and Home Assistant speaking German."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
import sys
from types import ModuleType
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.translation import async_get_translations
import pytest

from custom_components.print_logger.const import DOMAIN
from tests.conftest import entry_for
from tests.helpers.moonraker import MoonrakerProcess

REPO_ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO_ROOT / "custom_components" / "print_logger" / "translations"
LANGUAGES = ("de", "es", "fr", "it", "nl", "pl", "pt-BR")


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "print_logger_translations", REPO_ROOT / "scripts" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


translations = _load_script()


def _english() -> dict[str, Any]:
    return json.loads((TRANSLATIONS / "en.json").read_text(encoding="utf-8"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Return a translations folder holding the real en.json and the real German file."""
    for name in ("en.json", "de.json"):
        (tmp_path / name).write_text(
            (TRANSLATIONS / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    return tmp_path


def _edit_german(folder: Path, change: Any) -> None:
    path = folder / "de.json"
    german = json.loads(path.read_text(encoding="utf-8"))
    change(german)
    path.write_text(json.dumps(german, ensure_ascii=False), encoding="utf-8")


def test_every_language_is_complete() -> None:
    """Each of the seven languages is there, and matches en.json key for key and placeholder for placeholder."""
    assert sorted(p.stem for p in TRANSLATIONS.glob("*.json")) == sorted(
        ("en", *LANGUAGES)
    )
    assert translations.check_languages(TRANSLATIONS) == []
    english = _english()
    for language in LANGUAGES:
        other = json.loads((TRANSLATIONS / f"{language}.json").read_text("utf-8"))
        # Written, not copied: the sentences differ from English.
        assert (
            other["config"]["step"]["user"]["description"]
            != english["config"]["step"]["user"]["description"]
        ), language
        # Newlines of the Markdown descriptions are kept.
        assert other["options"]["step"]["database"]["description"].count("\n\n") == 1


@pytest.mark.parametrize("language", ["en", "de", "es", "fr", "nl"])
def test_print_state_and_last_job_say_an_outcome_alike(language: str) -> None:
    """
    A finished print reads the same in the print state and the last job's status.

    Languages whose words agree with a gendered noun ("la stampa" / "il lavoro") may differ in that
    ending only; these five have one word for both.
    """
    sensors = json.loads((TRANSLATIONS / f"{language}.json").read_text("utf-8"))[
        "entity"
    ]["sensor"]
    printer = sensors["print_state"]["state"]
    job = sensors["last_job_status"]["state"]
    assert printer["complete"] == job["completed"]
    assert printer["cancelled"] == job["cancelled"]
    assert printer["error"] == job["error"]


def test_missing_key_fails(folder: Path) -> None:
    """A language without a key of en.json fails the check, naming the file and the key."""
    _edit_german(folder, lambda de: de["entity"]["sensor"]["print_time"].pop("name"))
    assert translations.check_languages(folder) == [
        "de.json: missing key entity::sensor::print_time::name"
    ]


def test_extra_key_fails(folder: Path) -> None:
    """A key en.json does not have (a stale or misspelt one) fails the check."""
    _edit_german(
        folder,
        lambda de: de["entity"]["sensor"].update({"print_tme": {"name": "Druckzeit"}}),
    )
    assert translations.check_languages(folder) == [
        "de.json: key entity::sensor::print_tme::name is not in en.json"
    ]


def test_wrong_placeholder_fails(folder: Path) -> None:
    """A translated placeholder, or one dropped, fails the check: Home Assistant could not fill it in."""

    def translate_placeholder(de: dict[str, Any]) -> None:
        de["exceptions"]["printer_not_loaded"]["message"] = (
            "Der Drucker {drucker} ist nicht geladen."
        )
        de["issues"]["database_unreachable"]["description"] = "Keine Datenbank."

    _edit_german(folder, translate_placeholder)
    assert translations.check_languages(folder) == [
        "de.json: exceptions::printer_not_loaded::message uses {drucker} where en.json uses {name}",
        "de.json: issues::database_unreachable::description uses no placeholder where en.json uses {url}",
    ]


def test_broken_json_fails(folder: Path) -> None:
    """A file that does not parse is named, and the others are still checked."""
    (folder / "fr.json").write_text("{", encoding="utf-8")
    (problem,) = translations.check_languages(folder)
    assert problem.startswith("fr.json: not valid JSON")


@pytest.mark.moonraker
async def test_home_assistant_in_german(
    hass: HomeAssistant, moonraker: MoonrakerProcess
) -> None:
    """With Home Assistant set to German, the integration's own German file names its entities."""
    hass.config.language = "de"
    loaded = await async_get_translations(hass, "de", "entity", {DOMAIN})
    prefix = f"component.{DOMAIN}.entity.sensor"
    assert loaded[f"{prefix}.print_time.name"] == "Druckzeit"
    assert loaded[f"{prefix}.filament_used.name"] == "Filamentverbrauch"
    assert loaded[f"{prefix}.last_job_status.state.cancelled"] == "Abgebrochen"

    entry = entry_for(moonraker)
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    registry = er.async_get(hass)
    entity_id = registry.async_get_entity_id(
        "sensor", DOMAIN, f"{entry.unique_id}_print_time"
    )
    # The entity id is made from the German name when the entity is first registered.
    assert entity_id == "sensor.test_printer_druckzeit"
    state = hass.states.get(entity_id)
    assert state is not None
    assert state.attributes["friendly_name"] == "Test printer Druckzeit"
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
