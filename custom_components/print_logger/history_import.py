"""
Moonraker's history read into the print log (the import action, the reconciliation on connect).

The import an action asks for, and the reconciliation a printer's coordinator runs after
(re)connecting to catch up on jobs it did not see, both go through the tracker (``JobTracker.async_reconcile``), which matches history entries with the
stored jobs, so reading the same history twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.util import dt as dt_util

from .const import (
    CONF_IMPORT_DAYS,
    CONF_IMPORT_HISTORY,
    DEFAULT_IMPORT_DAYS,
    DOMAIN,
    IMPORT_ALL,
    IMPORT_DAYS,
    IMPORT_NONE,
    LOGGER,
    SIGNAL_JOB_CHANGED,
)
from .moonraker import MoonrakerClient, MoonrakerError
from .notifications import async_notify
from .store import Store, StoreError, StoreUnavailableError
from .tracking import JobTracker

RECONCILE_OVERLAP = timedelta(days=1)
"""How far before the newest stored job reconciliation starts reading history again."""


async def async_read_history(
    hass: HomeAssistant,
    client: MoonrakerClient,
    tracker: JobTracker,
    *,
    name: str,
    printer_id: str,
    since: float,
    page_size: int,
) -> tuple[int, StoreUnavailableError | None]:
    """
    Read the history of printer ``name`` from ``since`` (epoch seconds); return the jobs added.

    Idempotent: jobs already stored are updated, never added twice. A long import (more than a
    page) shows its progress in a persistent notification. A database that went down stops the
    import; its error is returned with what was added so far.
    """
    added = 0
    start = 0
    notification_id = f"{DOMAIN}_import_{printer_id}"
    notified = False
    unavailable: StoreUnavailableError | None = None
    try:
        while True:
            page = await client.history_list(
                since=since, start=start, limit=page_size, order="asc"
            )
            if not page:
                break
            added += await tracker.async_reconcile(page)
            start += len(page)
            if len(page) < page_size:
                break
            notified = True
            await async_notify(
                hass,
                "history_import_progress",
                {
                    "name": name,
                    "read": str(start),
                    "added": str(added),
                },
                notification_id,
            )
    except MoonrakerError as err:
        LOGGER.info(
            "Could not read Moonraker's history of %s: %s",
            name,
            err,
        )
    except StoreUnavailableError as err:
        unavailable = err
    except StoreError as err:
        LOGGER.info(
            "Could not reconcile the history of %s now: %s",
            name,
            err,
        )
    if notified:
        await async_notify(
            hass,
            "history_import_done",
            {
                "name": name,
                "read": str(start),
                "added": str(added),
            },
            notification_id,
        )
    if added:
        # Several rows at once: an empty job id tells listeners to reload.
        async_dispatcher_send(hass, SIGNAL_JOB_CHANGED, "", False, printer_id)
        LOGGER.info(
            "Added %d job(s) of %s from Moonraker's history",
            added,
            name,
        )
    return added, unavailable


async def async_reconcile_since(
    sink: Store,
    printer_id: str,
    options: Mapping[str, Any],
    added: datetime | None = None,
) -> float | None:
    """
    Return the epoch time from which to read a printer's history, or None to read nothing.

    From a day before its newest stored job; with none stored yet, as the options ask (all of it,
    the last days, or nothing but what happens from the printer's addition, ``added``, on).
    """
    start = await sink.reconcile_start(printer_id)
    if start is not None:
        return (start - RECONCILE_OVERLAP).timestamp()
    choice = options.get(CONF_IMPORT_HISTORY, IMPORT_ALL)
    if choice == IMPORT_NONE:
        # Nothing imported on purpose: only what happens once the printer was added is logged
        # (jobs that ran while Home Assistant was down since, too; none from before).
        if added is not None:
            return added.timestamp()
        return dt_util.utcnow().timestamp()
    if choice == IMPORT_DAYS:
        days = int(options.get(CONF_IMPORT_DAYS, DEFAULT_IMPORT_DAYS))
        return (dt_util.utcnow() - timedelta(days=days)).timestamp()
    return 0.0
