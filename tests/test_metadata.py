"""The integration's metadata files agree with each other and with Home Assistant's rules."""

from __future__ import annotations

import json
from pathlib import Path
import re
import subprocess
import sys

from awesomeversion import AwesomeVersion
import homeassistant
from homeassistant.const import __version__ as ha_version
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
COMPONENT = ROOT / "custom_components" / "print_logger"


def _json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_info_json_agrees_with_manifest_and_hacs() -> None:
    """info.json can never drift from manifest.json and hacs.json."""
    manifest = _json(COMPONENT / "manifest.json")
    hacs = _json(ROOT / "hacs.json")
    info = _json(ROOT / "info.json")
    assert info["domain"] == manifest["domain"] == "print_logger"
    assert info["name"] == manifest["name"] == hacs["name"]
    assert info["version"] == manifest["version"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", manifest["version"])
    assert info["minimum_homeassistant"] == hacs["homeassistant"]
    assert info["iot_class"] == manifest["iot_class"] == "local_push"
    assert info["integration_type"] == manifest["integration_type"] == "device"
    assert info["config_flow"] is manifest["config_flow"] is True
    assert (
        info["discovery"]["zeroconf"]
        == manifest["zeroconf"]
        == ["_moonraker._tcp.local."]
    )
    assert info["tested_homeassistant"] == ha_version
    assert AwesomeVersion(ha_version) >= AwesomeVersion(hacs["homeassistant"])


def test_info_json_lists_what_is_implemented() -> None:
    """The entity platforms and services info.json names are the ones the code provides."""
    info = _json(ROOT / "info.json")
    from custom_components.print_logger import PLATFORMS

    assert sorted(info["platforms"]) == sorted(str(p) for p in PLATFORMS)
    strings = _json(COMPONENT / "strings.json")
    for platform, keys in info["entities"].items():
        assert sorted(keys) == sorted(strings["entity"][platform]), platform
    services = strings.get("services", {})
    assert sorted(info["services"]) == sorted(services)


def test_manifest_is_valid() -> None:
    """The manifest has what HACS and Home Assistant require; its requirements fit Home Assistant's pins."""
    manifest = _json(COMPONENT / "manifest.json")
    for key in (
        "domain",
        "name",
        "version",
        "codeowners",
        "documentation",
        "issue_tracker",
        "iot_class",
    ):
        assert manifest[key], key
    # Ranges, not pins: a pin other than the running release's would make Home Assistant try to
    # install another version against its own constraints, and the integration would not load on
    # the other supported releases (scripts/smoke.py runs the oldest and the newest).
    constraints = {
        canonicalize_name(Requirement(line).name): Requirement(line).specifier
        for line in (Path(homeassistant.__file__).parent / "package_constraints.txt")
        .read_text(encoding="utf-8")
        .splitlines()
        if "==" in line and not line.startswith("#")
    }
    assert manifest["requirements"]
    for line in manifest["requirements"]:
        requirement = Requirement(line)
        assert any(spec.operator == ">=" for spec in requirement.specifier), line
        if (pinned := constraints.get(canonicalize_name(requirement.name))) is not None:
            (version,) = (spec.version for spec in pinned)
            assert requirement.specifier.contains(version), (line, version)
    keys = list(manifest)
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:]), (
        "Home Assistant's hassfest wants the other keys sorted"
    )


def test_translations_are_generated() -> None:
    """translations/en.json is exactly what scripts/translations.py makes from strings.json."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
