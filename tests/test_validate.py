"""scripts/validate.py: the packaging checks hassfest and the HACS action would make."""

from __future__ import annotations

from collections.abc import Callable
import importlib.util
import json
from pathlib import Path
import shutil
import sys
from types import ModuleType
from typing import Any

from PIL import Image
import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]


def _load_validator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "print_logger_validate", REPO_ROOT / "scripts" / "validate.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


validate = _load_validator()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Return a copy of the repository's packaging (the integration without its bundle, hacs.json, README)."""
    tmp_path = (
        tmp_path / "repo"
    )  # the test harness puts a custom_components/ of its own in tmp_path
    shutil.copytree(
        REPO_ROOT / "custom_components" / "print_logger",
        tmp_path / "custom_components" / "print_logger",
        ignore=shutil.ignore_patterns("__pycache__", "frontend"),
    )
    shutil.copy2(REPO_ROOT / "hacs.json", tmp_path / "hacs.json")
    shutil.copy2(REPO_ROOT / "README.md", tmp_path / "README.md")
    return tmp_path


def _integration(repo: Path) -> Path:
    return repo / "custom_components" / "print_logger"


def _edit_json(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _only(errors: list[str], *needles: str) -> None:
    """Assert the check failed, with a message that says all of ``needles``."""
    assert errors, "the check passed"
    assert any(all(needle in error for needle in needles) for error in errors), errors


def test_the_repository_is_valid() -> None:
    assert validate.validate(REPO_ROOT) == []


def test_the_copy_is_valid(repo: Path) -> None:
    assert validate.validate(repo) == []


# ---------------------------------------------------------------------------------------- manifest
def test_manifest_logger_of_the_integration_itself(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "manifest.json",
        lambda m: m.update(loggers=["custom_components.print_logger"]),
    )
    _only(
        validate.validate(repo),
        "manifest.json: loggers must name third-party loggers only, not 'custom_components.print_logger'",
    )


def test_manifest_logger_of_a_package_not_required(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "manifest.json",
        lambda m: m.update(loggers=["pymysql", "sqlalchemy", "hypothesis"]),
    )
    _only(validate.validate(repo), "logger 'hypothesis' is not the top-level logger")


def test_manifest_without_version(repo: Path) -> None:
    _edit_json(_integration(repo) / "manifest.json", lambda m: m.pop("version"))
    _only(
        validate.validate(repo), "manifest.json: required key not provided", "'version'"
    )


def test_manifest_with_a_bad_version_and_an_unknown_key(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "manifest.json", lambda m: m.update(version="latest")
    )
    _only(validate.validate(repo), "'latest' is not a valid version")
    _edit_json(
        _integration(repo) / "manifest.json",
        lambda m: m.update(version="1.0.0", homeassistant="2026.3.0"),
    )
    _only(validate.validate(repo), "manifest.json:", "'homeassistant'")


def test_manifest_keys_out_of_order(repo: Path) -> None:
    path = _integration(repo) / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(
        json.dumps({"version": manifest.pop("version"), **manifest}), encoding="utf-8"
    )
    _only(
        validate.validate(repo),
        "keys are not sorted correctly: domain, name, then alphabetical",
    )


def test_manifest_http_documentation_url(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "manifest.json",
        lambda m: m.update(documentation="http://example.com/print_logger"),
    )
    _only(validate.validate(repo), "must be an https:// URL")


def test_manifest_requirement_with_a_space(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "manifest.json",
        lambda m: m.update(requirements=["PyMySQL >= 1.1.1", "SQLAlchemy>=2.0.52"]),
    )
    _only(validate.validate(repo), 'requirement "PyMySQL >= 1.1.1" contains a space')


def test_manifest_missing_the_requirement_of_an_import(repo: Path) -> None:
    (_integration(repo) / "driver.py").write_text(
        '"""Uses the MySQL driver directly."""\n\nimport pymysql\n', encoding="utf-8"
    )
    assert validate.validate(repo) == []  # PyMySQL is declared
    _edit_json(
        _integration(repo) / "manifest.json",
        lambda m: m.update(loggers=["sqlalchemy"], requirements=["SQLAlchemy>=2.0.52"]),
    )
    _only(
        validate.validate(repo),
        "imports 'pymysql' (pymysql) but it is neither in 'requirements' nor required by Home Assistant",
    )


def test_manifest_component_used_but_not_a_dependency(repo: Path) -> None:
    (_integration(repo) / "lights.py").write_text(
        '"""Uses another integration."""\n\nfrom homeassistant.components import mqtt\n',
        encoding="utf-8",
    )
    _only(
        validate.validate(repo),
        "uses the component 'mqtt' but it is not in 'dependencies'",
    )


def test_manifest_domain_not_the_folder(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "manifest.json", lambda m: m.update(domain="print_log")
    )
    _only(
        validate.validate(repo),
        "domain 'print_log' does not match the folder 'print_logger'",
    )


# ----------------------------------------------------------------------------------------- hacs.json
def test_hacs_unknown_key(repo: Path) -> None:
    _edit_json(repo / "hacs.json", lambda h: h.update(domains=["sensor"]))
    _only(validate.validate(repo), "hacs.json:", "'domains'")


def test_hacs_without_name(repo: Path) -> None:
    _edit_json(repo / "hacs.json", lambda h: h.pop("name"))
    _only(validate.validate(repo), "hacs.json: required key not provided", "'name'")


def test_hacs_bad_minimum_version(repo: Path) -> None:
    _edit_json(repo / "hacs.json", lambda h: h.update(homeassistant="soon"))
    _only(
        validate.validate(repo), "hacs.json: 'homeassistant' is not a version: 'soon'"
    )


def test_hacs_zip_release_without_filename(repo: Path) -> None:
    _edit_json(repo / "hacs.json", lambda h: h.update(zip_release=True))
    _only(validate.validate(repo), "'filename' is required when 'zip_release' is true")


def test_hacs_two_integrations(repo: Path) -> None:
    (repo / "custom_components" / "other").mkdir()
    _only(
        validate.validate(repo), "custom_components/ must hold exactly one integration"
    )


def test_hacs_json_missing_or_broken(repo: Path) -> None:
    (repo / "hacs.json").write_text("{", encoding="utf-8")
    _only(validate.validate(repo), "hacs.json: not valid JSON")
    (repo / "hacs.json").unlink()
    _only(validate.validate(repo), "hacs.json: missing")


# ------------------------------------------------------------------------------ services and strings
def test_service_field_without_description(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "strings.json",
        lambda s: s["services"]["update_job"]["fields"]["notes"].pop("description"),
    )
    errors = validate.validate(repo)
    _only(
        errors,
        "the field 'notes' of the action 'update_job' needs a name and a description",
    )
    # strings.json's own schema says the same (and translations/en.json is not involved).
    _only(errors, "strings.json: required key not provided")


def test_service_not_in_strings(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "strings.json", lambda s: s["services"].pop("delete_job")
    )
    _only(
        validate.validate(repo),
        "strings.json: the action 'delete_job' has no name and description under 'services'",
    )


def test_registered_service_not_in_services_yaml(repo: Path) -> None:
    path = _integration(repo) / "services.yaml"
    services = yaml.safe_load(path.read_text(encoding="utf-8"))
    services.pop("export_csv")
    path.write_text(yaml.safe_dump(services), encoding="utf-8")
    _only(
        validate.validate(repo),
        "services.yaml: the action 'export_csv' is registered but not described",
    )


def test_service_with_a_bad_selector(repo: Path) -> None:
    path = _integration(repo) / "services.yaml"
    services = yaml.safe_load(path.read_text(encoding="utf-8"))
    services["update_job"]["fields"]["rating"]["selector"] = {"no_such_selector": {}}
    path.write_text(yaml.safe_dump(services), encoding="utf-8")
    _only(validate.validate(repo), "services.yaml:")


def test_service_without_icon(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "icons.json", lambda i: i["services"].pop("get_jobs")
    )
    _only(
        validate.validate(repo),
        "icons.json: the action 'get_jobs' has no icon under 'services'",
    )


def test_strings_with_surrounding_spaces_and_bad_keys(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "strings.json",
        lambda s: s["exceptions"]["job_not_found"].update(message=" No such job "),
    )
    _only(validate.validate(repo), "should not contain leading or trailing spaces")
    _edit_json(
        _integration(repo) / "strings.json",
        lambda s: s["exceptions"].update({"Job-Not Found": {"message": "No such job"}}),
    )
    _only(validate.validate(repo), "invalid translation key 'Job-Not Found'")


def test_strings_unknown_section(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "strings.json", lambda s: s.update(notifications={})
    )
    _only(validate.validate(repo), "strings.json:", "'notifications'")


# ------------------------------------------------------------------------------------------- icons
def test_icon_not_mdi(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "icons.json",
        lambda i: i["entity"]["sensor"]["progress"].update(default="progress.png"),
    )
    _only(validate.validate(repo), "icons.json: must be an mdi: icon")


def test_entity_icon_for_an_unknown_translation_key(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "icons.json",
        lambda i: i["entity"]["sensor"].update(
            nozzle_temperature={"default": "mdi:thermometer"}
        ),
    )
    _only(
        validate.validate(repo),
        "entity icon 'sensor.nozzle_temperature' is for a translation key",
    )


def test_entity_without_icon_or_device_class(repo: Path) -> None:
    _edit_json(
        _integration(repo) / "icons.json",
        lambda i: i["entity"]["sensor"].pop("current_file"),
    )
    _only(
        validate.validate(repo),
        "the entity 'sensor.current_file' has neither an icon nor a device class",
    )
    # The connectivity sensor has no icon of its own: its device class gives it one.
    assert (
        "online"
        not in json.loads((_integration(repo) / "icons.json").read_text())["entity"][
            "binary_sensor"
        ]
    )


# ------------------------------------------------------------------------------------------- brand
def test_brand_image_missing(repo: Path) -> None:
    (_integration(repo) / "brand" / "dark_logo.png").unlink()
    _only(validate.validate(repo), "brand/dark_logo.png: missing")


def test_brand_icon_wrong_size(repo: Path) -> None:
    path = _integration(repo) / "brand" / "icon.png"
    Image.open(path).resize((300, 300)).save(path)
    errors = validate.validate(repo)
    _only(errors, "brand/icon.png: must be 256×256, is 300×300")
    _only(
        errors,
        "brand/icon@2x.png: must be exactly twice icon.png (600×600), is 512×512",
    )


def test_brand_logo_2x_not_double(repo: Path) -> None:
    path = _integration(repo) / "brand" / "logo@2x.png"
    image = Image.open(path)
    image.crop((0, 0, image.width - 2, image.height)).save(path)
    _only(validate.validate(repo), "brand/logo@2x.png: must be exactly twice logo.png")


def test_brand_not_transparent(repo: Path) -> None:
    path = _integration(repo) / "brand" / "dark_icon.png"
    Image.open(path).convert("RGB").save(path)
    _only(
        validate.validate(repo),
        "brand/dark_icon.png: must be RGBA with a transparent background, is RGB",
    )
    opaque = Image.new("RGBA", (256, 256), (255, 255, 255, 255))
    opaque.save(path)
    _only(validate.validate(repo), "brand/dark_icon.png: has no transparent background")


def test_brand_not_png(repo: Path) -> None:
    path = _integration(repo) / "brand" / "logo.png"
    Image.open(path).convert("RGB").save(path, format="JPEG")
    _only(validate.validate(repo), "brand/logo.png: not a PNG file")


def test_brand_logo_not_trimmed(repo: Path) -> None:
    path = _integration(repo) / "brand" / "logo.png"
    image = Image.open(path)
    padded = Image.new("RGBA", (image.width + 40, image.height), (0, 0, 0, 0))
    padded.alpha_composite(image, (20, 0))
    padded.save(path)
    _only(validate.validate(repo), "brand/logo.png: not trimmed")


# ----------------------------------------------------------------------------------- quality scale
def _edit_rules(repo: Path, change: Callable[[dict[str, Any]], None]) -> None:
    path = _integration(repo) / "quality_scale.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data["rules"])
    path.write_text(yaml.safe_dump(data), encoding="utf-8")


def test_quality_scale_lists_every_rule() -> None:
    data = yaml.safe_load(
        (
            REPO_ROOT / "custom_components" / "print_logger" / "quality_scale.yaml"
        ).read_text()
    )
    assert set(data["rules"]) == set(validate.ALL_RULES)
    assert len(validate.ALL_RULES) == 54


def test_quality_scale_rule_missing(repo: Path) -> None:
    _edit_rules(repo, lambda rules: rules.pop("strict-typing"))
    _only(
        validate.validate(repo),
        "quality_scale.yaml: the rule 'strict-typing' is missing",
    )


def test_quality_scale_exempt_or_todo_without_comment(repo: Path) -> None:
    _edit_rules(
        repo, lambda rules: rules.update({"docs-conditions": {"status": "exempt"}})
    )
    _only(validate.validate(repo), "quality_scale.yaml:")
    _edit_rules(repo, lambda rules: rules.update({"docs-conditions": "todo"}))
    _only(validate.validate(repo), "quality_scale.yaml:")


def test_quality_scale_unknown_rule_or_status(repo: Path) -> None:
    _edit_rules(repo, lambda rules: rules.update({"brands": "finished"}))
    _only(validate.validate(repo), "quality_scale.yaml:")
    _edit_rules(repo, lambda rules: rules.update({"brands": "done", "be-nice": "done"}))
    _only(validate.validate(repo), "quality_scale.yaml:")


def test_quality_scale_done_rule_checked(repo: Path) -> None:
    # Without the history step's import_history description, config-flow cannot be done.
    _edit_json(
        _integration(repo) / "strings.json",
        lambda strings: strings["config"]["step"]["history"]["data_description"].pop(
            "import_history"
        ),
    )
    _only(
        validate.validate(repo),
        "[config-flow] is done but strings.json config step 'history': field 'import_history' has no data_description",
    )


# -------------------------------------------------------------------------------------------- main
def test_main_exit_code_and_messages(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["validate.py", str(repo)])
    assert validate.main() == 0
    assert "are valid" in capsys.readouterr().out
    (_integration(repo) / "brand" / "icon.png").unlink()
    assert validate.main() == 1
    out = capsys.readouterr().out
    assert "brand/icon.png: missing" in out
    assert "1 problem(s) found" in out
