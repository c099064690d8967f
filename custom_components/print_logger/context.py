"""What the transports (REST, websocket, actions) give an operation: the store, the caller, the printers."""

from __future__ import annotations

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.util import dt as dt_util

from .api import Context, LivePrinter
from .const import DOMAIN, SIGNAL_JOB_CHANGED
from .data import PRINT_LOGGER_KEY, PrintLoggerConfigEntry
from .printers import MoonrakerFarm


@callback
def live_printers(hass: HomeAssistant) -> dict[str, LivePrinter]:
    """Return the live state of each loaded printer, by printer id."""
    result: dict[str, LivePrinter] = {}
    entries: list[PrintLoggerConfigEntry] = hass.config_entries.async_loaded_entries(
        DOMAIN
    )
    for entry in entries:
        runtime = getattr(entry, "runtime_data", None)
        coordinator = getattr(runtime, "coordinator", None)
        if coordinator is None or coordinator.data is None:
            continue
        snapshot = coordinator.data
        job = snapshot.job
        result[coordinator.printer_id] = LivePrinter(
            online=snapshot.online,
            print_state=snapshot.print_state,
            job_id=job.id if job is not None and job.active else None,
        )
    return result


@callback
def operation_context(hass: HomeAssistant, *, is_admin: bool) -> Context:
    """Return the context of an operation called now by a user (an admin or not)."""
    data = hass.data.get(PRINT_LOGGER_KEY)

    @callback
    def job_changed(job_id: str, deleted: bool, printer_id: str) -> None:
        if deleted:
            async_dispatcher_send(hass, SIGNAL_JOB_CHANGED, job_id, True)
        else:
            async_dispatcher_send(hass, SIGNAL_JOB_CHANGED, job_id, False, printer_id)

    return Context(
        store=data.database.store if data is not None else None,
        is_admin=is_admin,
        time_zone=hass.config.time_zone,
        local_zone=dt_util.get_default_time_zone(),
        live=lambda: live_printers(hass),
        job_changed=job_changed,
        farm=MoonrakerFarm(hass),
    )
