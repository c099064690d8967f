"""Persistent notifications of Print Logger, in the user's language."""

from __future__ import annotations

from typing import Final

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import async_get_translations

from .const import DOMAIN

TITLE: Final = "Print Logger"
"""The product's name: the same in every language."""


async def async_notify(
    hass: HomeAssistant,
    key: str,
    placeholders: dict[str, str],
    notification_id: str,
) -> None:
    """
    Create (or replace) a persistent notification with the message of translation key ``key``.

    The text is the ``exceptions`` translation of ``key`` in Home Assistant's language (English
    when that language has none), so no English is hard-coded here.
    """
    translation = f"component.{DOMAIN}.exceptions.{key}.message"
    messages = await async_get_translations(
        hass, hass.config.language, "exceptions", {DOMAIN}
    )
    if translation not in messages:
        messages = await async_get_translations(hass, "en", "exceptions", {DOMAIN})
    persistent_notification.async_create(
        hass,
        messages[translation].format(**placeholders),
        title=TITLE,
        notification_id=notification_id,
    )
