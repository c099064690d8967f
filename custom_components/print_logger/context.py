"""What the transports (REST, websocket, actions) give an operation: the store, the caller, the printers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.util import dt as dt_util

from .api import Context, LivePrinter
from .const import DOMAIN, SIGNAL_JOB_CHANGED, SIGNAL_MAINTENANCE_CHANGED
from .data import PRINT_LOGGER_KEY, PrintLoggerConfigEntry
from .energy import CONF_PLUG_SENSOR, JobCoster, async_power_curve
from .photos import async_delete_files, async_read_photo
from .printers import MoonrakerFarm
from .snapshot import SpoolmanState
from .store import JobRecord, PhotoRecord, Store


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
            active_spool=_active_spool(snapshot.spoolman),
        )
    return result


def _active_spool(
    state: SpoolmanState | None,
) -> tuple[tuple[str, Any], ...] | None:
    """Return the active spool as the printer object's ``active_spool`` (None without one)."""
    if state is None or state.active_id is None:
        return None
    facts = state.active
    return (
        ("spool_id", state.active_id),
        ("name", facts.label if facts else f"#{state.active_id}"),
        ("filament_name", facts.filament_name if facts else None),
        ("vendor", facts.vendor if facts else None),
        ("material", facts.material if facts else None),
        ("color_hex", facts.color_hex if facts else None),
        ("remaining_weight", facts.remaining_weight if facts else None),
    )


class HassPhotoFiles:
    """The photo files under Home Assistant's config folder (photos.py)."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Keep Home Assistant."""
        self.hass = hass

    async def read(self, photo: PhotoRecord, *, thumb: bool = False) -> bytes | None:
        """Return a photo's bytes (or its small copy's), None if its file is gone."""
        return await async_read_photo(self.hass, photo, thumb=thumb)

    async def remove(self, photos: Sequence[PhotoRecord]) -> None:
        """Delete the files of photos whose rows are gone."""
        await async_delete_files(self.hass, list(photos))


class HassJobEnergy:
    """A job's energy from the recorder: the printer's plug sensor (its options, ``energy.py``)."""

    def __init__(self, hass: HomeAssistant, store: Store) -> None:
        """Keep Home Assistant and the store."""
        self.hass = hass
        self.store = store

    def _entry(self, printer_id: str) -> PrintLoggerConfigEntry | None:
        entries: list[PrintLoggerConfigEntry] = self.hass.config_entries.async_entries(
            DOMAIN
        )
        return next((e for e in entries if e.unique_id == printer_id), None)

    async def power_curve(self, job: JobRecord) -> dict[str, Any]:
        """Return the job's power curve from the recorder's history of its printer's plug."""
        entry = self._entry(job.printer_id)
        sensor = entry.options.get(CONF_PLUG_SENSOR) if entry is not None else None
        return await async_power_curve(
            self.hass, sensor or None, job.start, job.end or dt_util.utcnow()
        )

    async def recompute(self, job: JobRecord) -> None:
        """Compute and store an ended job's energy and cost again (its times were corrected)."""
        entry = self._entry(job.printer_id)
        if entry is None or job.end is None:
            return
        # The entry's options as they are now (loaded or not), and since when this run of Home
        # Assistant watches the printer (a job it saw only in part is estimated over the rest).
        coster = JobCoster(
            self.hass, self.store, job.printer_id, entry.entry_id, entry.options
        )
        runtime = getattr(entry, "runtime_data", None)
        loaded: JobCoster | None = getattr(
            getattr(runtime, "coordinator", None), "costs", None
        )
        if loaded is not None:
            coster.watching_since = loaded.watching_since
        if coster.configured:
            await coster.async_backfill(job, dt_util.utcnow())


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

    @callback
    def maintenance_changed(printer_id: str) -> None:
        async_dispatcher_send(hass, SIGNAL_MAINTENANCE_CHANGED, printer_id)

    store = data.database.store if data is not None else None
    return Context(
        store=store,
        is_admin=is_admin,
        time_zone=hass.config.time_zone,
        local_zone=dt_util.get_default_time_zone(),
        live=lambda: live_printers(hass),
        job_changed=job_changed,
        maintenance_changed=maintenance_changed,
        photo_files=HassPhotoFiles(hass),
        farm=MoonrakerFarm(hass),
        energy=HassJobEnergy(hass, store) if store is not None else None,
    )
