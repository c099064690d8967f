"""The panel's registration in Home Assistant (in-process): sidebar entry, static bundle, card module."""

from __future__ import annotations

from pathlib import Path
import re
from urllib.parse import urljoin

from homeassistant.components import frontend
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator

from custom_components.print_logger import panel
from custom_components.print_logger.const import DOMAIN


@pytest.fixture(autouse=True)
def _custom_integrations(enable_custom_integrations: None) -> None:
    """Load custom_components/print_logger (tests/frontend/conftest.py turns the suite's default off)."""


async def test_panel_and_card_are_registered(
    hass: HomeAssistant, hass_client: ClientSessionGenerator
) -> None:
    assert await async_setup_component(hass, DOMAIN, {})
    await hass.async_block_till_done()

    version = panel.bundle_version()
    entry = hass.data[frontend.DATA_PANELS][panel.PANEL_URL_PATH]
    assert entry.sidebar_title == "Print Log"
    assert entry.sidebar_icon == "mdi:printer-3d"
    assert entry.require_admin is False
    custom = entry.config["_panel_custom"]
    assert custom["name"] == "print-logger-panel"
    assert (
        custom["module_url"]
        == f"/print_logger/frontend/{version}/print-logger-panel.js"
    )
    assert custom["embed_iframe"] is False
    card_url = f"/print_logger/frontend/{version}/print-logger-card.js"
    assert card_url in hass.data[frontend.DATA_EXTRA_MODULE_URL].urls

    client = await hass_client()
    for path in sorted(panel.FRONTEND_DIR.rglob("*.js")):
        relative = path.relative_to(panel.FRONTEND_DIR).as_posix()
        resp = await client.get(f"{panel.STATIC_URL}/{version}/{relative}")
        assert resp.status == 200, relative
        assert await resp.read() == path.read_bytes()
        assert "javascript" in resp.headers["Content-Type"]

    # Set up once per run: calling it again changes nothing.
    await panel.async_setup_panel(hass)
    assert hass.data[panel.DATA_PANEL] == version


async def test_missing_bundle_is_reported_not_fatal(
    hass: HomeAssistant,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(panel, "FRONTEND_DIR", tmp_path)
    await panel.async_setup_panel(hass)
    assert "not built" in caplog.text
    assert panel.DATA_PANEL not in hass.data
    assert panel.PANEL_URL_PATH not in hass.data.get(frontend.DATA_PANELS, {})


def test_bundle_version_follows_every_file(tmp_path: Path) -> None:
    (tmp_path / "chunks").mkdir()
    (tmp_path / "print-logger-panel.js").write_text("a")
    (tmp_path / "chunks" / "shared.js").write_text("b")
    first = panel.bundle_version(tmp_path)
    assert len(first) == 12
    assert panel.bundle_version(tmp_path) == first
    (tmp_path / "chunks" / "shared.js").write_text("c")
    assert panel.bundle_version(tmp_path) != first
    assert panel.module_url("x.js", "v1") == "/print_logger/frontend/v1/x.js"


def test_chunks_import_the_entry_the_page_loaded() -> None:
    """A lazily loaded chunk importing its entry back gets the module the page already runs, not a copy."""
    version = panel.bundle_version()
    entries = {panel.PANEL_MODULE, panel.CARD_MODULE}
    checked = 0
    for path in sorted((panel.FRONTEND_DIR / "chunks").glob("*.js")):
        chunk_url = f"{panel.bundle_url(version)}/chunks/{path.name}"
        for target in re.findall(r'from"(\.\./[^"]+)"', path.read_text()):
            name = target.removeprefix("../")
            assert name in entries, target
            assert urljoin(chunk_url, target) == panel.module_url(name, version)
            checked += 1
    assert checked, "no chunk imports an entry: the test checks nothing"
