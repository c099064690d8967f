"""
Print the pip requirements of the smoke run's Home Assistant, pinned as that release pins them.

Run it with the Python of the venv that Home Assistant is installed in:

    .venv-ha-newest/bin/python scripts/ha_requirements.py | xargs .venv-ha-newest/bin/pip install

The smoke run starts Home Assistant with ``--skip-pip`` (as the browser tests do), so what it would
install at start-up is installed beforehand: the integration's own requirements (manifest.json) and
those of the components that get set up — the integration's dependencies, the frontend, the
recorder, and what Home Assistant sets up by itself while the frontend loads (conversation, camera,
tts, analytics, …) — with their dependencies, as that release's manifests name them. The pins are
those of the components' manifests and of the release's package_constraints.txt; a component that
release does not have is skipped.
"""

from __future__ import annotations

import json
from pathlib import Path
import re
import sys

import homeassistant

REPO_ROOT = Path(__file__).resolve().parents[1]
COMPONENTS = Path(homeassistant.__file__).parent / "components"
INTEGRATION = REPO_ROOT / "custom_components" / "print_logger" / "manifest.json"

# Set up without being configured: by the frontend (conversation and the assist pipeline with its
# stt / tts, camera), by onboarding (analytics), and the device classes it registers (infrared,
# radio_frequency from 2026.11).
IMPLICIT = (
    "frontend",
    "recorder",
    "conversation",
    "assist_pipeline",
    "camera",
    "ffmpeg",
    "stt",
    "tts",
    "analytics",
    "infrared",
    "radio_frequency",
)
_NAME = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)")


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _constraints() -> dict[str, str]:
    pins: dict[str, str] = {}
    text = (COMPONENTS.parent / "package_constraints.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line and (match := _NAME.match(line)):
            pins[_key(match.group(1))] = line
    return pins


def requirements() -> list[str]:
    """Return the requirements to install, pinned where Home Assistant pins them."""
    integration = json.loads(INTEGRATION.read_text(encoding="utf-8"))
    todo = [
        *IMPLICIT,
        *integration.get("dependencies", []),
        *integration.get("after_dependencies", []),
    ]
    seen: set[str] = set()
    wanted: list[str] = list(integration.get("requirements", []))
    while todo:
        domain = todo.pop(0)
        manifest_path = COMPONENTS / domain / "manifest.json"
        if domain in seen or not manifest_path.is_file():
            continue
        seen.add(domain)
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        wanted.extend(manifest.get("requirements", []))
        todo.extend(
            manifest.get("dependencies", []) + manifest.get("after_dependencies", [])
        )
    pins = _constraints()
    result: list[str] = []
    for req in wanted:
        match = _NAME.match(req)
        assert match is not None, req
        result.append(pins.get(_key(match.group(1)), req))
    return list(dict.fromkeys(result))


if __name__ == "__main__":
    print("\n".join(requirements()))
    sys.exit(0)
