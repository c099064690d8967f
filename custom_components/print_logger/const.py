"""Constants for the Print Logger integration."""

from __future__ import annotations

import logging
from typing import Final

DOMAIN: Final = "print_logger"
LOGGER = logging.getLogger(__package__)


DEFAULT_PORT: Final = 7125
DEFAULT_NAME: Final = "Klipper printer"

MANUFACTURER: Final = "Klipper"

# Options
CONF_STATE_INTERVAL: Final = "state_interval"
DEFAULT_STATE_INTERVAL: Final = 10
CONF_IMPORT_HISTORY: Final = "import_history"
CONF_IMPORT_DAYS: Final = "import_days"
DEFAULT_IMPORT_DAYS: Final = 30
# Ten years: the most days of history a person can ask to import.
MAX_IMPORT_DAYS: Final = 3650
IMPORT_ALL: Final = "all"
IMPORT_DAYS: Final = "days"
IMPORT_NONE: Final = "none"
CONF_FARM: Final = "farm"
FARM_UNIQUE_ID: Final = "farm"
CONF_BACKEND: Final = "backend"
CONF_DATABASE_URL: Final = "database_url"

# Events fired on Home Assistant's bus (for automations and device triggers)
EVENT_JOB_STARTED: Final = f"{DOMAIN}_job_started"
EVENT_JOB_PAUSED: Final = f"{DOMAIN}_job_paused"
EVENT_JOB_RESUMED: Final = f"{DOMAIN}_job_resumed"
EVENT_JOB_FINISHED: Final = f"{DOMAIN}_job_finished"
ATTR_OUTCOME: Final = "outcome"
OUTCOME_COMPLETED: Final = "completed"
OUTCOME_CANCELLED: Final = "cancelled"
OUTCOME_FAILED: Final = "failed"
OUTCOME_INTERRUPTED: Final = "interrupted"
# Fired once when a maintenance task falls due (again after it was logged done).
EVENT_MAINTENANCE_DUE: Final = f"{DOMAIN}_maintenance_due"

# Dispatcher signal sent whenever a job row changes (args: job id, deleted flag, printer id; an empty
# job id means several jobs changed at once, e.g. a history import; an empty or missing printer id
# means any printer's); the websocket subscription, the totals sensors and the statistics listen to it.
SIGNAL_JOB_CHANGED: Final = f"{DOMAIN}_job_changed"
# Dispatcher signal sent when a printer's maintenance tasks or log change (arg: printer id, "" any).
SIGNAL_MAINTENANCE_CHANGED: Final = f"{DOMAIN}_maintenance_changed"

# Per-printer options of photos, environment sensors and the failure question (issue 17)
CONF_CAMERA: Final = "camera"
CONF_CLIMATE_SENSORS: Final = "climate_sensors"
CONF_PHOTO_MAX_SIDE: Final = "photo_max_side"
CONF_PHOTO_RETENTION_DAYS: Final = "photo_retention_days"
CONF_NOTIFY_SERVICES: Final = "notify_services"
CONF_FAILURE_REASONS: Final = "failure_reasons"
DEFAULT_NOTIFY_REASONS: Final = ("spaghetti", "bed_adhesion", "clog")
# Home Assistant's Companion app fires this when a notification's action is tapped.
EVENT_MOBILE_APP_ACTION: Final = "mobile_app_notification_action"
FAILURE_ACTION_PREFIX: Final = "PRINT_LOGGER_REASON"
