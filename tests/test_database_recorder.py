"""'The recorder's database' when the recorder runs."""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.recorder import get_instance
import pytest

from custom_components.print_logger.database import (
    BACKEND_RECORDER,
    DatabaseSettings,
    recorder_url,
    resolve_url,
)


@pytest.fixture(autouse=True)
def mock_recorder_before_hass(async_test_recorder: Any) -> None:
    """Prepare the recorder's database before ``hass`` (the custom integrations fixture needs it)."""


async def test_recorder_url_is_read_from_the_recorder(
    recorder_mock: None, hass: HomeAssistant
) -> None:
    """With the recorder running, its URL is what 'the recorder's database' means."""
    assert recorder_url(hass) == get_instance(hass).db_url
    assert (
        resolve_url(hass, DatabaseSettings(backend=BACKEND_RECORDER))
        == get_instance(hass).db_url
    )
