"""
What a printer's jobs cost, from Home Assistant: its plug's meter or power sensor, the electricity price.

A printer's options name a sensor of its plug (an energy meter, kWh with state class ``total`` or
``total_increasing``, or a power sensor, W / kW), an electricity price (fixed per kWh, a price
entity, or the Energy dashboard's grid price) and a machine rate per print hour; the print farm's
options hold the filament price per kg by material. When a job ends, :class:`JobCoster` reads the
sensor's and the price's history over the job from the recorder (in its executor, after the
recorder has written what it holds), lets ``store/costs.py`` do the arithmetic and stores the result
with the job; the ``print_logger_job_finished`` event then carries it. While a job runs, the same
arithmetic over the states seen so far gives the live energy and cost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any, Final, Literal

from homeassistant.components.energy.data import async_get_manager
from homeassistant.components.recorder import history, statistics
from homeassistant.const import ATTR_UNIT_OF_MEASUREMENT
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    State,
    callback,
)
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.event import async_track_state_change_event
from homeassistant.helpers.recorder import get_instance
from homeassistant.util import dt as dt_util

from .api.handlers import empty_power
from .const import DOMAIN, FARM_UNIQUE_ID, LOGGER, SIGNAL_JOB_CHANGED
from .data import PRINT_LOGGER_KEY
from .store import JobCosts, JobQuery, JobRecord, JobStatus, Store, StoreError
from .store.costs import (
    COST_BOUNDS,
    ENERGY_UNITS,
    MATERIALS,
    POWER_UNITS,
    CostSource,
    EnergyCurve,
    Reading,
    clip_curve,
    electricity_cost,
    machine_cost,
    meter_curve,
    power_curve,
    price_factor,
    shared_curve,
    unit_factor,
)
from .store.power import MAX_POINTS, curve_stats, downsample, power_steps
from .store.records import MAX_PAGE_SIZE
from .tracking import TrackedJob

CONF_PLUG_SENSOR: Final = "plug_sensor"
CONF_PRICE_MODE: Final = "price_mode"
CONF_ELECTRICITY_PRICE: Final = "electricity_price"
CONF_PRICE_ENTITY: Final = "price_entity"
CONF_MACHINE_RATE: Final = "machine_rate"
CONF_FILAMENT_PRICES: Final = "filament_prices"
CONF_REPRICE_OLD_JOBS: Final = "reprice_old_jobs"
"""Whether the jobs logged before follow a change of the printer's prices (default: no)."""

PRICE_NONE: Final = "none"
PRICE_FIXED: Final = "fixed"
PRICE_ENTITY: Final = "entity"
PRICE_ENERGY_DASHBOARD: Final = "energy_dashboard"
PRICE_MODES: Final = (PRICE_NONE, PRICE_FIXED, PRICE_ENTITY, PRICE_ENERGY_DASHBOARD)

KIND_ENERGY: Final = "energy"
KIND_POWER: Final = "power"
METER_STATE_CLASSES: Final = ("total", "total_increasing")
SHARED_LOOKBACK: Final = timedelta(days=14)
"""How far before a job's start the jobs of printers sharing its plug are looked for."""
HISTORY_MARGIN: Final = timedelta(seconds=1)
"""History is read from this long before a job's start: the recorder keeps moments as floats, and
the state at the start must not land a microsecond after it."""
REPRICE_BATCH: Final = 100
"""Jobs priced anew per write."""
REPRICE_PROGRESS_EVERY: Final = 1000
"""Progress of pricing old jobs anew goes to the log every so many jobs."""
LIVE_EVERY: Final = timedelta(seconds=10)
"""How often the running job's energy and cost are computed again for the live sensors."""


def sensor_kind(state: State | None) -> tuple[str | None, str | None]:
    """
    Return (kind, error key) of a plug sensor: an energy meter or a power sensor.

    An energy unit (Wh, kWh, MWh) needs state class ``total`` or ``total_increasing`` (a meter);
    a power unit is W, kW or MW. Anything else is refused with the options flow's error key.
    """
    if state is None:
        return None, "sensor_missing"
    unit = state.attributes.get(ATTR_UNIT_OF_MEASUREMENT)
    if unit_factor(unit, ENERGY_UNITS) is not None:
        if state.attributes.get("state_class") not in METER_STATE_CLASSES:
            return None, "energy_not_meter"
        return KIND_ENERGY, None
    if unit_factor(unit, POWER_UNITS) is not None:
        return KIND_POWER, None
    return None, "sensor_unit"


def price_entity_error(state: State | None) -> str | None:
    """Return the options flow's error key of a price entity (None when it is fine)."""
    if state is None:
        return "price_entity_missing"
    if price_factor(state.attributes.get(ATTR_UNIT_OF_MEASUREMENT)) is None:
        return "price_unit"
    return None


@dataclass(frozen=True, kw_only=True)
class CostSettings:
    """A printer's cost settings (its options)."""

    sensor: str | None = None
    price_mode: str = PRICE_NONE
    price: float | None = None
    price_entity: str | None = None
    machine_rate: float | None = None

    @property
    def configured(self) -> bool:
        """Return True when the printer's jobs get a cost (any setting made)."""
        return bool(self.sensor) or self.machine_rate is not None


def cost_settings(options: Mapping[str, Any]) -> CostSettings:
    """Return a printer's cost settings from its options."""
    rate = options.get(CONF_MACHINE_RATE)
    price = options.get(CONF_ELECTRICITY_PRICE)
    return CostSettings(
        sensor=options.get(CONF_PLUG_SENSOR) or None,
        price_mode=options.get(CONF_PRICE_MODE, PRICE_NONE),
        price=None if price is None else float(price),
        price_entity=options.get(CONF_PRICE_ENTITY) or None,
        machine_rate=None if rate is None else float(rate),
    )


def filament_prices(hass: HomeAssistant) -> dict[str, float]:
    """Return the farm's filament price per kg by material (the farm entry's options)."""
    farm = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, FARM_UNIQUE_ID)
    if farm is None:
        return {}
    prices = farm.options.get(CONF_FILAMENT_PRICES) or {}
    return {
        material: float(prices[material])
        for material in MATERIALS
        if isinstance(prices.get(material), (int, float))
    }


async def async_energy_dashboard_price(
    hass: HomeAssistant,
) -> tuple[float | None, str | None]:
    """Return the Energy dashboard's grid import price: (fixed price, price entity)."""
    if "energy" not in hass.config.components:
        return None, None
    manager = await async_get_manager(hass)

    manager = await async_get_manager(hass)
    prefs: Mapping[str, Any] = manager.data or {}
    for source in prefs.get("energy_sources", []):
        if source.get("type") != "grid":
            continue
        for flow in (source, *source.get("flow_from", [])):
            if flow.get("entity_energy_price"):
                return None, str(flow["entity_energy_price"])
            if flow.get("number_energy_price") is not None:
                return float(flow["number_energy_price"]), None
    return None, None


async def async_price_source(
    hass: HomeAssistant, settings: CostSettings
) -> tuple[float | None, str | None]:
    """Return a printer's electricity price: (fixed price, price entity)."""
    if settings.price_mode == PRICE_FIXED:
        return settings.price, None
    if settings.price_mode == PRICE_ENTITY:
        return None, settings.price_entity
    if settings.price_mode == PRICE_ENERGY_DASHBOARD:
        return await async_energy_dashboard_price(hass)
    return None, None


def readings(states: Sequence[State], factors: Mapping[str, float]) -> list[Reading]:
    """Return the states as readings in the base unit (a state in another unit counts as a gap)."""
    result: list[Reading] = []
    for state in states:
        factor = unit_factor(state.attributes.get(ATTR_UNIT_OF_MEASUREMENT), factors)
        try:
            value = float(state.state)
        except ValueError:
            value = None
        result.append(
            (
                state.last_updated,
                None if value is None or factor is None else value * factor,
            )
        )
    return result


def price_readings(states: Sequence[State]) -> list[Reading]:
    """Return a price entity's states as prices per kWh."""
    result: list[Reading] = []
    for state in states:
        factor = price_factor(state.attributes.get(ATTR_UNIT_OF_MEASUREMENT))
        try:
            value = float(state.state)
        except ValueError:
            value = None
        result.append(
            (
                state.last_updated,
                None if value is None or factor is None else value * factor,
            )
        )
    return result


async def async_history(
    hass: HomeAssistant, entity_id: str, start: datetime, end: datetime
) -> list[State]:
    """
    Return an entity's states over [start, end] from the recorder, the one at the start first.

    Waits for the recorder to write what it holds, reads in the recorder's executor, and adds the
    state machine's current state when the recorder has not written it yet. Empty without a recorder.
    """
    if "recorder" not in hass.config.components:
        return []
    instance = get_instance(hass)
    await instance.async_block_till_done()
    found = await instance.async_add_executor_job(
        partial(
            history.state_changes_during_period,
            hass,
            start - HISTORY_MARGIN,
            end,
            entity_id,
            include_start_time_state=True,
        )
    )
    states = list(found.get(entity_id.lower(), []))
    current = hass.states.get(entity_id)
    if (
        current is not None
        and current.last_updated <= end
        and (not states or current.last_updated > states[-1].last_updated)
    ):
        states.append(current)
    return states


def state_history_start(hass: HomeAssistant, now: datetime) -> datetime | None:
    """Return since when the recorder keeps states (None without a recorder)."""
    if "recorder" not in hass.config.components:
        return None
    return now - timedelta(days=get_instance(hass).keep_days)


async def async_statistics(
    hass: HomeAssistant, entity_id: str, start: datetime, end: datetime, kind: str
) -> list[Reading]:
    """
    Return an entity's hourly long-term statistics over [start, end] as readings (base unit).

    A meter's readings are its ``sum`` at the end of each hour (and at the start of the first);
    a power sensor's or a price's are each hour's ``mean``, held for the hour. The unit is the
    state's now (the statistics keep the sensor's unit). Empty without a recorder or statistics.
    """
    if "recorder" not in hass.config.components:
        return []
    first = start.replace(minute=0, second=0, microsecond=0)
    found = await get_instance(hass).async_add_executor_job(
        statistics.statistics_during_period,
        hass,
        first - timedelta(hours=1),
        end,
        {entity_id},
        "hour",
        None,
        {"sum"} if kind == KIND_ENERGY else {"mean"},
    )
    state = hass.states.get(entity_id)
    unit = state.attributes.get(ATTR_UNIT_OF_MEASUREMENT) if state else None
    if kind == KIND_ENERGY:
        factor = unit_factor(unit, ENERGY_UNITS)
    elif kind == KIND_POWER:
        factor = unit_factor(unit, POWER_UNITS)
    else:
        factor = price_factor(unit)
    if factor is None:
        return []
    result: list[Reading] = []
    for row in found.get(entity_id, []):
        begin = dt_util.utc_from_timestamp(row["start"])
        if kind == KIND_ENERGY:
            value = row.get("sum")
            moment = begin + timedelta(hours=1)
        else:
            value = row.get("mean")
            moment = begin
        result.append((moment, None if value is None else float(value) * factor))
    return result


@dataclass(frozen=True, kw_only=True)
class Measured:
    """A job's energy and electricity as measured (before the store adds filament and machine)."""

    energy_kwh: float | None = None
    energy_source: str | None = None
    electricity_cost: float | None = None
    electricity_source: str | None = None
    notes: tuple[str, ...] = ()


def measure(
    curve: EnergyCurve | None,
    prices: Sequence[Reading] | None,
    fixed_price: float | None,
) -> Measured:
    """Return the energy and electricity cost of a curve at a fixed price or the prices' readings."""
    if curve is None:
        return Measured(notes=("no reading of the plug's sensor during the job",))
    source = CostSource.ESTIMATED if curve.estimated else CostSource.MEASURED
    cost: float | None = None
    cost_source: CostSource | None = None
    if fixed_price is not None:
        cost, cost_source = curve.kwh * fixed_price, source
    elif prices is not None:
        result = electricity_cost(curve, prices)
        if result is not None:
            cost = result.cost
            cost_source = (
                CostSource.ESTIMATED
                if curve.estimated or result.estimated
                else CostSource.MEASURED
            )
    kwh = min(max(curve.kwh, 0.0), COST_BOUNDS["energy_kwh"])
    if cost is not None:
        cost = min(max(cost, 0.0), COST_BOUNDS["electricity_cost"])
    return Measured(
        energy_kwh=kwh,
        energy_source=source.value,
        electricity_cost=cost,
        electricity_source=None if cost_source is None else cost_source.value,
        notes=curve.notes,
    )


@dataclass
class _Live:
    """The plug's and the price's states seen during the running job."""

    job_id: str
    start: datetime
    sensor: list[State] = field(default_factory=list)
    price: list[State] = field(default_factory=list)


class JobCoster:
    """Computes the cost of one printer's jobs (live while they run, from the recorder when they end)."""

    def __init__(
        self,
        hass: HomeAssistant,
        store: Store,
        printer_id: str,
        entry_id: str,
        options: Mapping[str, Any],
    ) -> None:
        """Read the printer's cost settings (a change of its options reloads the entry)."""
        self.hass = hass
        self.store = store
        self.printer_id = printer_id
        self.entry_id = entry_id
        self.settings = cost_settings(options)
        self.watching_since = dt_util.utcnow()
        """When this Home Assistant run began watching (earlier parts of a job were not seen)."""
        self._live: _Live | None = None
        self._unsub: CALLBACK_TYPE | None = None
        self._cached: tuple[str, datetime, Mapping[str, Any]] | None = None
        self.last: Mapping[str, Any] | None = None
        """The costs of the last job that ended (the job sensors show them until the next)."""

    @property
    def configured(self) -> bool:
        """Return True when the printer's jobs get a cost."""
        return self.settings.configured

    # ------------------------------------------------------------------ live
    @callback
    def async_job_started(self, job_id: str, start: datetime) -> None:
        """Follow the plug and the price from the job's start (or from now, after a restart)."""
        self.async_stop()
        if not self.settings.sensor:
            return
        self.last = None
        live = _Live(job_id=job_id, start=start)
        entities = [self.settings.sensor]
        if self.settings.price_mode == PRICE_ENTITY and self.settings.price_entity:
            entities.append(self.settings.price_entity)
        for entity_id in entities:
            if (state := self.hass.states.get(entity_id)) is not None:
                (
                    live.sensor if entity_id == self.settings.sensor else live.price
                ).append(state)
        self._live = live

        @callback
        def changed(event: Event[EventStateChangedData]) -> None:
            new = event.data["new_state"]
            if new is None or self._live is not live:
                return
            if event.data["entity_id"] == self.settings.sensor:
                live.sensor.append(new)
            else:
                live.price.append(new)

        self._unsub = async_track_state_change_event(self.hass, entities, changed)

    @callback
    def async_stop(self) -> None:
        """Stop following the plug."""
        if self._unsub is not None:
            self._unsub()
            self._unsub = None
        self._live = None

    @callback
    def async_live(
        self, job: TrackedJob | None, now: datetime
    ) -> Mapping[str, Any] | None:
        """Return the running job's energy and cost so far (electricity and machine)."""
        if job is None or not job.active:
            return self.last
        if not self.configured:
            return None
        cached = self._cached
        if cached is not None and cached[0] == job.id and now - cached[1] < LIVE_EVERY:
            return cached[2]
        measured = Measured()
        live = self._live
        if live is not None and live.job_id == job.id:
            start = max(live.start, job.start)
            prices = live.price if self.settings.price_mode == PRICE_ENTITY else None
            measured = self._measure(
                live.sensor, prices, start, now, fixed_price=self._fixed_price()
            )
        machine = machine_cost(self.settings.machine_rate, job.print_duration)
        parts = [v for v in (measured.electricity_cost, machine) if v is not None]
        values = {
            "energy_kwh": measured.energy_kwh,
            "cost": round(sum(parts), 4) if parts else None,
        }
        self._cached = (job.id, now, values)
        return values

    def _fixed_price(self) -> float | None:
        if self.settings.price_mode == PRICE_FIXED:
            return self.settings.price
        return None

    def _measure(
        self,
        sensor_states: Sequence[State],
        price_states: Sequence[State] | None,
        start: datetime,
        end: datetime,
        *,
        unobserved: Sequence[tuple[datetime, datetime]] = (),
        others: Sequence[tuple[datetime, datetime]] = (),
        fixed_price: float | None = None,
    ) -> Measured:
        if not sensor_states:
            return Measured()
        kind, _error = sensor_kind(sensor_states[-1])
        if kind == KIND_ENERGY:
            curve = meter_curve(readings(sensor_states, ENERGY_UNITS), start, end)
        elif kind == KIND_POWER:
            curve = power_curve(
                readings(sensor_states, POWER_UNITS), start, end, unobserved=unobserved
            )
        else:
            return Measured(notes=("the plug's sensor is neither a meter nor power",))
        if curve is not None and others:
            curve = shared_curve(curve, others)
        prices = None if price_states is None else price_readings(price_states)
        return measure(curve, prices, fixed_price)

    # ------------------------------------------------------------------ job end
    async def async_job_finished(self, job: TrackedJob) -> Mapping[str, Any]:
        """
        Compute and store an ended job's costs; return them for the finished event.

        Reads the plug's and the price entity's history over the job from the recorder. A job
        whose start this run of Home Assistant did not see, measured by power, is estimated over
        the time Home Assistant was not running (see ``store/costs.py``).
        """
        live, self._live = self._live, None
        self.async_stop()
        end = job.end or dt_util.utcnow()
        measured = Measured()
        settings = self.settings
        if settings.sensor:
            fixed, price_entity = await self._price_source()
            measured = await self._async_from_history(
                job, end, fixed, price_entity, live
            )
        values: dict[str, Any] = {
            "energy_kwh": measured.energy_kwh,
            "energy_source": measured.energy_source,
            "electricity_cost": measured.electricity_cost,
            "electricity_source": measured.electricity_source,
        }
        stored: JobCosts | None = None
        try:
            stored = await self.store.set_job_costs(
                job.id,
                **values,
                machine_rate=settings.machine_rate,
                material_prices=filament_prices(self.hass),
            )
        except StoreError as err:
            LOGGER.warning("The cost of job %s was not stored: %s", job.id, err)
        if stored is not None:
            values.update(vars(stored))
        else:
            values["machine_cost"] = machine_cost(
                settings.machine_rate, job.print_duration
            )
        self.last = {
            "energy_kwh": values.get("energy_kwh"),
            "cost": values.get("total_cost"),
        }
        return values

    async def async_backfill(self, job: JobRecord, now: datetime) -> JobCosts | None:
        """
        Compute and store the cost of a job logged before (its energy from the recorder).

        From the state history while the recorder keeps it, else from its hourly long-term
        statistics (kept forever): a meter's hourly sums spread over each hour, a power sensor's or
        a price's hourly means — *estimated*, as an even use within each hour is assumed.
        """
        assert job.end is not None
        measured = Measured()
        settings = self.settings
        if settings.sensor:
            fixed, price_entity = await self._price_source()
            kept_since = state_history_start(self.hass, now)
            if kept_since is not None and job.start >= kept_since:
                tracked = TrackedJob(
                    id=job.id,
                    printer_id=job.printer_id,
                    filename=job.filename,
                    start=job.start,
                    end=job.end,
                    status=job.status,
                    print_duration=job.print_duration,
                )
                measured = await self._async_from_history(
                    tracked, job.end, fixed, price_entity, None
                )
            else:
                measured = await self._async_from_statistics(job, fixed, price_entity)
        try:
            return await self.store.set_job_costs(
                job.id,
                energy_kwh=measured.energy_kwh,
                energy_source=measured.energy_source,
                electricity_cost=measured.electricity_cost,
                electricity_source=measured.electricity_source,
                machine_rate=settings.machine_rate,
                material_prices=filament_prices(self.hass),
            )
        except StoreError as err:
            LOGGER.warning("The cost of job %s was not stored: %s", job.id, err)
            return None

    async def _async_from_history(
        self,
        job: TrackedJob,
        end: datetime,
        fixed: float | None,
        price_entity: str | None,
        live: _Live | None,
    ) -> Measured:
        """Return a job's energy and electricity from the recorder's state history."""
        assert self.settings.sensor
        sensor_states = await async_history(
            self.hass, self.settings.sensor, job.start, end
        )
        if not sensor_states and live is not None:
            sensor_states = live.sensor  # no recorder: the states seen live
        price_states: list[State] | None = None
        if price_entity and fixed is None:
            price_states = await async_history(self.hass, price_entity, job.start, end)
            if not price_states and live is not None:
                price_states = live.price
        measured = self._measure(
            sensor_states,
            price_states,
            job.start,
            end,
            unobserved=self._unobserved(job.start, end, sensor_states),
            others=await self._async_other_jobs(job.start, end),
            fixed_price=fixed,
        )
        for note in measured.notes:
            LOGGER.debug("Energy of job %s: %s", job.id, note)
        return measured

    async def _price_source(self) -> tuple[float | None, str | None]:
        """Return the printer's electricity price: (fixed price, price entity)."""
        return await async_price_source(self.hass, self.settings)

    async def _async_from_statistics(
        self, job: JobRecord, fixed: float | None, price_entity: str | None
    ) -> Measured:
        """Return a job's energy and electricity from the recorder's hourly statistics."""
        assert job.end is not None
        assert self.settings.sensor
        kind, _error = sensor_kind(self.hass.states.get(self.settings.sensor))
        if kind is None:
            return Measured()
        values = await async_statistics(
            self.hass, self.settings.sensor, job.start, job.end, kind
        )
        curve: EnergyCurve | None
        if kind == KIND_ENERGY:
            # The hourly sums, spread evenly over each hour, clipped to the job.
            numbers = [(t, v) for t, v in values if v is not None]
            hourly = (
                meter_curve(values, numbers[0][0], numbers[-1][0]) if numbers else None
            )
            curve = None if hourly is None else clip_curve(hourly, job.start, job.end)
        else:
            curve = power_curve(values, job.start, job.end)
        if curve is not None:
            curve = EnergyCurve(
                points=curve.points,
                estimated=True,
                notes=(*curve.notes, "from the recorder's hourly statistics"),
            )
            if others := await self._async_other_jobs(job.start, job.end):
                curve = shared_curve(curve, others)
        prices = None
        if price_entity and fixed is None:
            prices = await async_statistics(
                self.hass, price_entity, job.start, job.end, "price"
            )
        return measure(curve, prices, fixed)

    def _unobserved(
        self, start: datetime, end: datetime, states: Sequence[State]
    ) -> list[tuple[datetime, datetime]]:
        """
        Return the part of a job before this run of Home Assistant that no state covers.

        Only a job running when this run began has one: a job that ended before (back-filled,
        or its times corrected) has its readings' history as it is.
        """
        if start >= self.watching_since or end <= self.watching_since:
            return []
        before = [
            s.last_updated for s in states if s.last_updated < self.watching_since
        ]
        since = max([start, *before])
        return [(since, self.watching_since)] if since < self.watching_since else []

    async def _async_other_jobs(
        self, start: datetime, end: datetime
    ) -> list[tuple[datetime, datetime]]:
        """Return (start, end) of the jobs of other printers on the same plug during the job."""
        sensor = self.settings.sensor
        others = [
            entry.unique_id
            for entry in self.hass.config_entries.async_entries(DOMAIN)
            if entry.entry_id != self.entry_id
            and entry.unique_id
            and entry.unique_id != FARM_UNIQUE_ID
            and entry.options.get(CONF_PLUG_SENSOR) == sensor
        ]
        if not others:
            return []
        try:
            page = await self.store.list_jobs(
                JobQuery(
                    printer_ids=tuple(others),
                    since=start - SHARED_LOOKBACK,
                    until=end,
                    limit=500,
                )
            )
        except StoreError as err:
            LOGGER.debug("Jobs sharing the plug not read: %s", err)
            return []
        return [
            (other.start, other.end or end)
            for other in page.jobs
            if other.start < end and (other.end is None or other.end > start)
        ]


# ---------------------------------------------------------------------- power curve
async def async_power_curve(
    hass: HomeAssistant, sensor: str | None, start: datetime, end: datetime
) -> dict[str, Any]:
    """
    Return a job's power curve (the API's ``JobPower``) from the recorder's history of its sensor.

    The state history while the recorder keeps it, its hourly statistics beyond; a meter's power
    from the differences of its readings (``store/power.py``); at most ``MAX_POINTS`` points.
    """
    if not sensor:
        return empty_power("no_sensor")
    if "recorder" not in hass.config.components:
        return empty_power("no_recorder", sensor)
    states = await async_history(hass, sensor, start, end)
    kind, _error = sensor_kind(states[-1] if states else hass.states.get(sensor))
    if kind is None:
        return empty_power("no_history", sensor)
    units = ENERGY_UNITS if kind == KIND_ENERGY else POWER_UNITS
    curve_kind: Literal["power", "energy"] = (
        "energy" if kind == KIND_ENERGY else "power"
    )
    source = "states"
    steps = power_steps(readings(states, units), start, end, curve_kind)
    if all(value is None for _a, _b, value in steps):
        source = "statistics"
        hourly = await async_statistics(hass, sensor, start, end, kind)
        steps = power_steps(hourly, start, end, curve_kind)
    mean, highest = curve_stats(steps)
    if mean is None:
        return {**empty_power("no_history", sensor), "kind": kind}
    return {
        "entity_id": sensor,
        "kind": kind,
        "source": source,
        "reason": None,
        "mean_w": mean,
        "max_w": highest,
        "points": [
            list(point)
            for point in downsample(steps, (end - start).total_seconds(), MAX_POINTS)
        ],
    }


# ---------------------------------------------------------------------- new prices, old jobs
def prices_changed(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Return True when a printer's electricity price or machine rate differ between options."""
    before, after = cost_settings(old), cost_settings(new)
    return (
        before.price_mode,
        before.price,
        before.price_entity,
        before.machine_rate,
    ) != (after.price_mode, after.price, after.price_entity, after.machine_rate)


async def _async_job_prices(
    hass: HomeAssistant, entity_id: str, job: JobRecord, now: datetime
) -> list[Reading]:
    """Return a price entity's prices over a job: its state history, else its statistics."""
    assert job.end is not None
    kept_since = state_history_start(hass, now)
    if kept_since is not None and job.start >= kept_since:
        states = await async_history(hass, entity_id, job.start, job.end)
        if states:
            return price_readings(states)
    return await async_statistics(hass, entity_id, job.start, job.end, "price")


def stored_energy_cost(
    kwh: float,
    energy_source: str | None,
    start: datetime,
    end: datetime,
    prices: Sequence[Reading],
) -> tuple[float, str] | None:
    """
    Return the cost of a job's stored energy at a price entity's prices over the job.

    The energy is taken as used evenly over the job (its curve is not stored): exact while the
    price held one value, estimated when the price changed during the job or had gaps.
    """
    curve = EnergyCurve(points=((start, 0.0), (max(end, start), kwh)))
    result = electricity_cost(curve, prices)
    if result is None:
        return None
    ordered = sorted(prices, key=lambda reading: reading[0])
    before = [value for moment, value in ordered if moment <= start]
    during = [value for moment, value in ordered if start < moment < end]
    known = {value for value in (before[-1:] + during) if value is not None}
    estimated = (
        result.estimated
        or len(known) > 1
        or energy_source == CostSource.ESTIMATED.value
    )
    source = CostSource.ESTIMATED if estimated else CostSource.MEASURED
    cost = min(max(result.cost, 0.0), COST_BOUNDS["electricity_cost"])
    return cost, source.value


async def async_reprice_jobs(
    hass: HomeAssistant,
    store: Store,
    printer_id: str,
    options: Mapping[str, Any],
    *,
    title: str = "",
) -> int:
    """
    Price a printer's ended jobs anew at its (new) price settings; return how many were priced.

    Each job whose cost was computed keeps its energy; its electricity cost becomes that energy
    at the new price (a fixed price, or a price entity's prices over the job) and its machine cost
    the new rate times its print time; the filament cost and manual costs stay. Progress goes to
    the log every ``REPRICE_PROGRESS_EVERY`` jobs.
    """
    settings = cost_settings(options)
    fixed, price_entity = await async_price_source(hass, settings)
    ended = tuple(status for status in JobStatus if status is not JobStatus.IN_PROGRESS)
    now = dt_util.utcnow()
    cursor: str | None = None
    priced = 0
    batch: list[tuple[str, float | None, str | None]] = []
    while True:
        page = await store.list_jobs(
            JobQuery(
                printer_ids=(printer_id,),
                statuses=ended,
                sort="start",
                order="asc",
                limit=MAX_PAGE_SIZE,
                cursor=cursor,
            )
        )
        for job in page.jobs:
            costs = job.costs
            if job.end is None or all(
                value is None
                for value in (
                    costs.energy_kwh,
                    costs.electricity_cost,
                    costs.computed_filament_source,
                    costs.machine_cost,
                )
            ):
                continue  # never computed: the back-fill's to do
            cost: float | None = None
            source: str | None = None
            kwh = costs.energy_kwh
            if kwh is not None and fixed is not None:
                cost = min(max(kwh * fixed, 0.0), COST_BOUNDS["electricity_cost"])
                source = costs.energy_source
            elif kwh is not None and price_entity:
                prices = await _async_job_prices(hass, price_entity, job, now)
                if (
                    priced_energy := stored_energy_cost(
                        kwh, costs.energy_source, job.start, job.end, prices
                    )
                ) is not None:
                    cost, source = priced_energy
            batch.append((job.id, cost, source))
            if len(batch) >= REPRICE_BATCH:
                priced += await _async_write_prices(store, batch, settings)
                batch = []
                if priced % REPRICE_PROGRESS_EVERY == 0:
                    LOGGER.info(
                        "New prices applied to %s of %s jobs of %s",
                        priced,
                        page.total,
                        title or printer_id,
                    )
        cursor = page.next_cursor
        if cursor is None:
            break
    if batch:
        priced += await _async_write_prices(store, batch, settings)
    LOGGER.info("New prices applied to %s jobs of %s", priced, title or printer_id)
    return priced


async def _async_write_prices(
    store: Store,
    batch: Sequence[tuple[str, float | None, str | None]],
    settings: CostSettings,
) -> int:
    await store.reprice_job_costs(batch, machine_rate=settings.machine_rate)
    return len(batch)


@callback
def async_start_repricing(
    hass: HomeAssistant, printer_id: str, title: str, options: Mapping[str, Any]
) -> None:
    """
    Price a printer's old jobs anew in the background (its options said so and its prices changed).

    The task holds the shared store (acquired, released at the end) so the entry's reload that
    follows the options' change does not close it; a failure is logged, the jobs keep their costs.
    """

    async def reprice() -> None:
        database = hass.data[PRINT_LOGGER_KEY].database
        try:
            store = await database.async_acquire()
        except StoreError as err:
            LOGGER.warning("Old jobs of %s not priced anew: %s", title, err)
            return
        try:
            await async_reprice_jobs(hass, store, printer_id, options, title=title)
        except StoreError as err:
            LOGGER.warning("Old jobs of %s not all priced anew: %s", title, err)
        finally:
            await database.async_release()
        async_dispatcher_send(hass, SIGNAL_JOB_CHANGED, "", False, printer_id)

    hass.async_create_background_task(
        reprice(), name=f"{DOMAIN} new prices for the old jobs of {printer_id}"
    )
