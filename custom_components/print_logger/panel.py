"""
The "Print Log" sidebar panel and the Lovelace card.

The built bundle (``frontend/``, from the repository's ``frontend/`` sources) is served as static files;
the panel is a custom panel loading ``print-logger-panel.js`` and the card's module
``print-logger-card.js`` is added to every page of the frontend, so ``custom:print-logger-card`` works
without a Lovelace resource. The bundle is served under a path with its content hash
(``/print_logger/frontend/<version>/``), so browsers fetch a new build at once and may cache every file
for long. The version is in the path, not a query string: the panel's lazily loaded chunks import the
entry module back (``../print-logger-panel.js``), and that must be the very URL Home Assistant loaded,
or the browser would run a second copy of the module (with its own state: language, caches).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Final

from homeassistant.components import frontend, panel_custom
from homeassistant.components.http.server import StaticPathConfig
from homeassistant.core import HomeAssistant
from homeassistant.util.hass_dict import HassKey

from .const import LOGGER

FRONTEND_DIR: Final = Path(__file__).parent / "frontend"
STATIC_URL: Final = "/print_logger/frontend"
PANEL_URL_PATH: Final = "print-log"
PANEL_TITLE: Final = "Print Log"
PANEL_ICON: Final = "mdi:printer-3d"
PANEL_ELEMENT: Final = "print-logger-panel"
PANEL_MODULE: Final = "print-logger-panel.js"
CARD_MODULE: Final = "print-logger-card.js"

DATA_PANEL: HassKey[str] = HassKey("print_logger_panel")
"""The bundle version the panel was registered with (set once per Home Assistant run)."""


def bundle_version(directory: Path = FRONTEND_DIR) -> str:
    """Return a short hash of every file of the built bundle (changes with any rebuild)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        digest.update(path.relative_to(directory).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _built_version() -> str | None:
    """Return the bundle's version, None when it is not built (file access: run in the executor)."""
    if not (FRONTEND_DIR / PANEL_MODULE).is_file():
        return None
    return bundle_version(FRONTEND_DIR)


def bundle_url(version: str) -> str:
    """Return the URL the bundle of this version is served under."""
    return f"{STATIC_URL}/{version}"


def module_url(name: str, version: str) -> str:
    """Return the versioned URL of one of the bundle's entry modules."""
    return f"{bundle_url(version)}/{name}"


async def async_setup_panel(hass: HomeAssistant) -> None:
    """Serve the bundle, register the sidebar panel and load the card on every dashboard (once)."""
    if DATA_PANEL in hass.data:
        return
    version = await hass.async_add_executor_job(_built_version)
    if version is None:
        LOGGER.error(
            "The Print Log panel is not built (%s is missing): run scripts/setup",
            FRONTEND_DIR / PANEL_MODULE,
        )
        return
    hass.data[DATA_PANEL] = version
    await hass.http.async_register_static_paths(
        [StaticPathConfig(bundle_url(version), str(FRONTEND_DIR), cache_headers=True)]
    )
    await panel_custom.async_register_panel(
        hass,
        frontend_url_path=PANEL_URL_PATH,
        webcomponent_name=PANEL_ELEMENT,
        sidebar_title=PANEL_TITLE,
        sidebar_icon=PANEL_ICON,
        module_url=module_url(PANEL_MODULE, version),
        embed_iframe=False,
        trust_external=False,
        require_admin=False,
    )
    frontend.add_extra_js_url(hass, module_url(CARD_MODULE, version))
