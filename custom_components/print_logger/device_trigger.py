"""Device triggers for the automation editor: print started, finished, failed, cancelled; maintenance due."""

from __future__ import annotations

from homeassistant.components.device_automation import DEVICE_TRIGGER_BASE_SCHEMA
from homeassistant.components.homeassistant.triggers import event as event_trigger
from homeassistant.const import (
    CONF_DEVICE_ID,
    CONF_DOMAIN,
    CONF_EVENT_DATA,
    CONF_PLATFORM,
    CONF_TYPE,
)
from homeassistant.core import CALLBACK_TYPE, HomeAssistant
from homeassistant.helpers.trigger import TriggerActionType, TriggerInfo
from homeassistant.helpers.typing import ConfigType
import probatio

from .const import (
    ATTR_OUTCOME,
    DOMAIN,
    EVENT_JOB_FINISHED,
    EVENT_JOB_STARTED,
    EVENT_MAINTENANCE_DUE,
    OUTCOME_CANCELLED,
    OUTCOME_FAILED,
)

# trigger type -> (event type, extra event data to match)
TRIGGERS: dict[str, tuple[str, dict[str, str]]] = {
    "print_started": (EVENT_JOB_STARTED, {}),
    "print_finished": (EVENT_JOB_FINISHED, {}),
    "print_failed": (EVENT_JOB_FINISHED, {ATTR_OUTCOME: OUTCOME_FAILED}),
    "print_cancelled": (EVENT_JOB_FINISHED, {ATTR_OUTCOME: OUTCOME_CANCELLED}),
    "maintenance_due": (EVENT_MAINTENANCE_DUE, {}),
}

TRIGGER_SCHEMA = DEVICE_TRIGGER_BASE_SCHEMA.extend(
    {probatio.Required(CONF_TYPE): probatio.In(list(TRIGGERS))}
)


async def async_get_triggers(
    hass: HomeAssistant, device_id: str
) -> list[dict[str, str]]:
    """Return the triggers every printer has."""
    return [
        {
            CONF_PLATFORM: "device",
            CONF_DOMAIN: DOMAIN,
            CONF_DEVICE_ID: device_id,
            CONF_TYPE: trigger,
        }
        for trigger in TRIGGERS
    ]


async def async_attach_trigger(
    hass: HomeAssistant,
    config: ConfigType,
    action: TriggerActionType,
    trigger_info: TriggerInfo,
) -> CALLBACK_TYPE:
    """Listen for the job event of this printer's device."""
    event_type, extra = TRIGGERS[config[CONF_TYPE]]
    event_config = event_trigger.TRIGGER_SCHEMA(
        {
            CONF_PLATFORM: "event",
            event_trigger.CONF_EVENT_TYPE: event_type,
            CONF_EVENT_DATA: {
                CONF_DEVICE_ID: config[CONF_DEVICE_ID],
                **extra,
            },
        }
    )
    return await event_trigger.async_attach_trigger(
        hass, event_config, action, trigger_info, platform_type="device"
    )
