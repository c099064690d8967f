"""Hourly statistics imported into Home Assistant's real recorder, as its own tests import them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from homeassistant.components.recorder.models import (
    StatisticMeanType,
    StatisticMetaData,
)
from homeassistant.components.recorder.statistics import async_import_statistics
from homeassistant.core import HomeAssistant


def import_hourly(
    hass: HomeAssistant,
    statistic_id: str,
    unit: str,
    rows: Sequence[dict[str, Any]],
    *,
    has_sum: bool,
) -> None:
    """
    Import ``rows`` (``start`` and ``sum``/``state`` for a meter, ``mean``/``min``/``max`` else).

    A meter (``has_sum``) has no mean; anything else an arithmetic one.
    """
    async_import_statistics(
        hass,
        StatisticMetaData(
            mean_type=StatisticMeanType.NONE
            if has_sum
            else StatisticMeanType.ARITHMETIC,
            has_sum=has_sum,
            name=None,
            source="recorder",
            statistic_id=statistic_id,
            unit_class=None,
            unit_of_measurement=unit,
        ),
        list(rows),  # type: ignore[arg-type]
    )
