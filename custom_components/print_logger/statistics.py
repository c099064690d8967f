"""
Long-term statistics: each printer's daily print hours, filament, jobs and cost in the recorder.

Five external statistics per printer (``print_logger:<printer>_print_hours``, ``_filament_g``,
``_jobs``, ``_cost``, ``_energy_kwh``) hold one row per local day, at local midnight: ``state`` is
that day's value (jobs are counted on the local day they started) and ``sum`` the running total
since the first day of the log, so the statistics-graph card can show them per day, week, month or
year. The cost and the energy are the analytics' (``store/analytics.py``): a job's cost is the one a
person typed, else its computed total; its energy the stored ``energy_kwh`` (measured or
estimated; a job without one adds nothing).

The whole log is compared with what the recorder holds on every run: the rows are recomputed in SQL
(the store's analytics, off the event loop), the recorder's rows are read in its executor, and only
the rows from the first day that differs onwards are imported again (the recorder updates a row
with the same start, so nothing is ever duplicated). A job edited or deleted on any day therefore
corrects that day and every sum after it, a print in progress updates its day, and a backfill is
just the first run. Rows that no longer fall on a local midnight (Home Assistant's time zone was
changed) make the statistic be cleared and imported again.

A run starts in the background once the printer's entry has loaded, and a minute after the first
of a burst of job changes (``SIGNAL_JOB_CHANGED``) or of a change of Home Assistant's time zone;
nothing happens unless the recorder is loaded.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import partial
import math
from typing import TYPE_CHECKING, Any, Final

from homeassistant.components.recorder.models import (
    StatisticData,
    StatisticMeanType,
    StatisticMetaData,
)
from homeassistant.components.recorder.statistics import (
    async_add_external_statistics,
    get_metadata,
    statistics_during_period,
)
from homeassistant.const import (
    EVENT_CORE_CONFIG_UPDATE,
    UnitOfEnergy,
    UnitOfMass,
    UnitOfTime,
)
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.dispatcher import async_dispatcher_connect
from homeassistant.helpers.event import async_call_later
from homeassistant.helpers.recorder import get_instance
from homeassistant.util import dt as dt_util, slugify
from homeassistant.util.hass_dict import HassKey
from homeassistant.util.unit_conversion import (
    DurationConverter,
    EnergyConverter,
    MassConverter,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from .const import DOMAIN, LOGGER, SIGNAL_JOB_CHANGED
from .store import StoreError, analytics

if TYPE_CHECKING:
    from homeassistant.components.recorder.statistics import StatisticsRow

    from .coordinator import PrintLoggerCoordinator

IMPORT_DELAY: Final = 60.0
"""Seconds from the first of a burst of job changes to the statistics' update."""
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_TOLERANCE: Final = 1e-6

DATA_STATISTICS: HassKey[dict[str, PrinterStatistics]] = HassKey(f"{DOMAIN}_statistics")
"""The importer of each loaded printer, by config entry id."""


@dataclass(frozen=True, kw_only=True)
class StatisticKind:
    """One of a printer's statistics: the analytics metric it is imported from."""

    key: str
    """The statistic id's suffix."""
    metric: analytics.Metric
    name: str
    """The statistic's name after the printer's."""
    unit: str | None
    """The unit; None for the cost, whose unit is Home Assistant's currency."""
    unit_class: str | None


STATISTICS: Final[tuple[StatisticKind, ...]] = (
    StatisticKind(
        key="print_hours",
        metric="hours",
        name="print hours",
        unit=UnitOfTime.HOURS,
        unit_class=DurationConverter.UNIT_CLASS,
    ),
    StatisticKind(
        key="filament_g",
        metric="filament",
        name="filament",
        unit=UnitOfMass.GRAMS,
        unit_class=MassConverter.UNIT_CLASS,
    ),
    StatisticKind(key="jobs", metric="jobs", name="jobs", unit=None, unit_class=None),
    StatisticKind(key="cost", metric="cost", name="cost", unit=None, unit_class=None),
    StatisticKind(
        key="energy_kwh",
        metric="energy",
        name="energy",
        unit=UnitOfEnergy.KILO_WATT_HOUR,
        unit_class=EnergyConverter.UNIT_CLASS,
    ),
)


def statistic_id(printer_id: str, kind: StatisticKind) -> str:
    """Return the statistic id of a printer's statistic (``print_logger:<printer>_<key>``)."""
    return f"{DOMAIN}:{slugify(printer_id)}_{kind.key}"


def daily_values(
    session: Session, *, printer_id: str, time_zone: str
) -> dict[str, dict[date, float]]:
    """
    Return each metric's non-zero values per local day of the jobs' start (blocking, SQL).

    Filament is grams (jobs whose weight is unknown add nothing), hours are print hours.
    """
    totals = analytics.daily_totals(
        session,
        analytics.AnalyticsQuery(printer_ids=(printer_id,)),
        time_zone=time_zone,
    )
    return {
        kind.metric: {
            day: float(values[kind.metric])
            for day, values in totals.items()
            if values[kind.metric]
        }
        for kind in STATISTICS
    }


def _read_recorder(
    hass: HomeAssistant, statistic_ids: set[str]
) -> tuple[dict[str, list[StatisticsRow]], dict[str, tuple[int, StatisticMetaData]]]:
    """Return the rows and the metadata the recorder holds for these statistics (blocking)."""
    rows = statistics_during_period(
        hass, _EPOCH, None, statistic_ids, "hour", None, {"state", "sum"}
    )
    return rows, get_metadata(hass, statistic_ids=statistic_ids)


def local_midnight(day: date, zone: tzinfo) -> datetime:
    """Return the instant a local day starts (the day's first hour when DST skips midnight)."""
    return datetime.combine(day, time(), tzinfo=zone)


def build_rows(
    values: Mapping[date, float], first: date, last: date, zone: tzinfo
) -> list[StatisticData]:
    """Return one row per day from ``first`` to ``last``: that day's value and the running total."""
    rows: list[StatisticData] = []
    total = 0.0
    day = first
    while day <= last:
        state = values.get(day, 0.0)
        total = round(total + state, 4)
        rows.append(
            StatisticData(start=local_midnight(day, zone), state=state, sum=total)
        )
        day += timedelta(days=1)
    return rows


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=_TOLERANCE)


def rows_to_import(
    computed: Sequence[StatisticData], existing: Sequence[StatisticsRow]
) -> tuple[bool, list[StatisticData]]:
    """
    Return (clear first, rows to import) to make the recorder's rows equal ``computed``.

    Rows from the first day whose state or sum differs (or is missing) on; everything, after
    clearing, when the recorder has a row that is not one of the computed days.
    """
    expected = {row["start"].timestamp() for row in computed}
    stored: dict[float, StatisticsRow] = {}
    for row in existing:
        if row["start"] not in expected:
            return True, list(computed)
        stored[row["start"]] = row
    for index, new in enumerate(computed):
        old = stored.get(new["start"].timestamp())
        if (
            old is None
            or not _same(old.get("state"), new.get("state"))
            or not _same(old.get("sum"), new.get("sum"))
        ):
            return False, list(computed[index:])
    return False, []


class PrinterStatistics:
    """Keeps one printer's long-term statistics equal to its log."""

    def __init__(
        self, hass: HomeAssistant, coordinator: PrintLoggerCoordinator
    ) -> None:
        """Initialise for a printer whose entry has loaded."""
        self.hass = hass
        self.coordinator = coordinator
        self.entry = coordinator.config_entry
        self._task: asyncio.Task[None] | None = None
        self._again = False
        self._unsub_timer: CALLBACK_TYPE | None = None
        self._unsub_signal: CALLBACK_TYPE | None = None
        self._unsub_config: CALLBACK_TYPE | None = None
        self._cancelled = False

    @callback
    def async_start(self) -> None:
        """Import in the background now, and again after jobs change."""
        self._unsub_signal = async_dispatcher_connect(
            self.hass, SIGNAL_JOB_CHANGED, self._job_changed
        )
        self._unsub_config = self.hass.bus.async_listen(
            EVENT_CORE_CONFIG_UPDATE, self._config_changed
        )
        self.async_run()

    @callback
    def async_cancel(self) -> None:
        """Stop: no more runs, the pending one and the one under way are cancelled."""
        self._cancelled = True
        if self._unsub_signal is not None:
            self._unsub_signal()
            self._unsub_signal = None
        if self._unsub_config is not None:
            self._unsub_config()
            self._unsub_config = None
        if self._unsub_timer is not None:
            self._unsub_timer()
            self._unsub_timer = None
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    @callback
    def _job_changed(self, _job_id: str, _deleted: bool, printer_id: str = "") -> None:
        """Update a while after the printer's first change (one run for a burst of changes)."""
        if printer_id and printer_id != self.coordinator.printer_id:
            return
        if self._cancelled or self._unsub_timer is not None:
            return
        self._unsub_timer = async_call_later(self.hass, IMPORT_DELAY, self._timer_fired)

    @callback
    def _config_changed(self, event: Event[Mapping[str, Any]]) -> None:
        """Import again after a new time zone (its days start elsewhere), as after a job change."""
        if "time_zone" in event.data:
            self._job_changed("", False)

    @callback
    def _timer_fired(self, _now: datetime) -> None:
        self._unsub_timer = None
        self.async_run()

    @callback
    def async_run(self) -> None:
        """Start a run in the background (or another one after the run under way)."""
        if self._cancelled:
            return
        if self._task is not None and not self._task.done():
            self._again = True
            return
        self._task = self.entry.async_create_background_task(
            self.hass,
            self._async_loop(),
            f"{DOMAIN} statistics {self.coordinator.printer_id}",
        )

    async def async_wait(self) -> None:
        """Wait for the run under way, if any."""
        while (task := self._task) is not None and not task.done():
            await asyncio.shield(task)

    async def _async_loop(self) -> None:
        while True:
            self._again = False
            try:
                await self.async_import()
            except HomeAssistantError, SQLAlchemyError, StoreError:
                LOGGER.exception(
                    "Could not update the statistics of %s", self.entry.title
                )
            if not self._again or self._cancelled:
                return

    async def async_import(self) -> None:
        """Make the recorder's rows equal the log's daily values (import what differs)."""
        instance = get_instance(self.hass)
        if not await instance.async_db_ready:
            return
        printer_id = self.coordinator.printer_id
        ids = {kind.key: statistic_id(printer_id, kind) for kind in STATISTICS}
        existing, metadata = await instance.async_add_executor_job(
            _read_recorder, self.hass, set(ids.values())
        )
        time_zone = self.hass.config.time_zone
        zone = dt_util.get_time_zone(time_zone) or dt_util.get_default_time_zone()
        try:
            values = await self.coordinator.store.async_read(
                partial(daily_values, printer_id=printer_id, time_zone=time_zone)
            )
        except StoreError as err:
            LOGGER.debug("No statistics for %s now: %s", printer_id, err)
            return
        title = self.entry.title
        for kind in STATISTICS:
            stat_id = ids[kind.key]
            rows = existing.get(stat_id, [])
            days = set(values[kind.metric])
            days.update(
                dt_util.utc_from_timestamp(row["start"]).astimezone(zone).date()
                for row in rows
            )
            if not days:
                continue
            computed = build_rows(values[kind.metric], min(days), max(days), zone)
            meta = StatisticMetaData(
                mean_type=StatisticMeanType.NONE,
                has_sum=True,
                name=f"{title} {kind.name}",
                source=DOMAIN,
                statistic_id=stat_id,
                unit_class=kind.unit_class,
                unit_of_measurement=(
                    kind.unit if kind.key != "cost" else self.hass.config.currency
                ),
            )
            clear, to_import = rows_to_import(computed, rows)
            if not to_import and _metadata_changed(metadata.get(stat_id), meta):
                # Renamed printer or another currency: the last row carries the metadata.
                to_import = computed[-1:]
            if clear:
                LOGGER.debug("Re-importing %s (other local days)", stat_id)
                instance.async_clear_statistics([stat_id])
            if to_import:
                LOGGER.debug(
                    "Importing %d row(s) of %s from %s",
                    len(to_import),
                    stat_id,
                    to_import[0]["start"].date(),
                )
                async_add_external_statistics(self.hass, meta, to_import)


def _metadata_changed(
    old: tuple[int, StatisticMetaData] | None, new: StatisticMetaData
) -> bool:
    if old is None:
        return True
    current = old[1]
    return (
        current["name"] != new["name"]
        or current["unit_of_measurement"] != new["unit_of_measurement"]
    )


@callback
def async_setup_statistics(
    hass: HomeAssistant, coordinator: PrintLoggerCoordinator
) -> Callable[[], None]:
    """
    Keep a printer's long-term statistics up to date; return the function that stops it.

    Does nothing (and returns a no-op) when the recorder is not loaded. Never waits: the first
    import (a backfill of the whole log) runs in the background.
    """
    if "recorder" not in hass.config.components:
        return lambda: None
    entry_id = coordinator.config_entry.entry_id
    importer = PrinterStatistics(hass, coordinator)
    hass.data.setdefault(DATA_STATISTICS, {})[entry_id] = importer
    importer.async_start()

    @callback
    def _cancel() -> None:
        importer.async_cancel()
        importers = hass.data.get(DATA_STATISTICS, {})
        if importers.get(entry_id) is importer:
            del importers[entry_id]

    return _cancel
