"""
The environment of a job: what a printer's linked sensors (temperature, humidity, VOC, …) read.

While a job runs, every state change of the sensors is sampled (the state at the start first); when
it ends, each sensor's minimum, time-weighted mean and maximum over the job, its unit and the series
go to the store. A state that is not a number (unavailable, unknown) counts as a gap: the
statistics leave it out and ``missing_seconds`` says how long it lasted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
import math

from homeassistant.const import (
    ATTR_DEVICE_CLASS,
    ATTR_FRIENDLY_NAME,
    ATTR_UNIT_OF_MEASUREMENT,
)
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    State,
    callback,
)
from homeassistant.helpers.event import async_track_state_change_event

from .store import ClimateRecord
from .store.media import thin


def _number(state: State | None) -> float | None:
    if state is None:
        return None
    try:
        value = float(state.state)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


@dataclass
class _Sensor:
    entity_id: str
    name: str | None = None
    device_class: str | None = None
    unit: str | None = None
    points: list[tuple[datetime, float | None]] = field(default_factory=list)

    def add(self, state: State | None, at: datetime) -> None:
        if state is not None:
            self.name = str(state.attributes.get(ATTR_FRIENDLY_NAME) or self.name or "")
            self.unit = state.attributes.get(ATTR_UNIT_OF_MEASUREMENT) or self.unit
            self.device_class = (
                state.attributes.get(ATTR_DEVICE_CLASS) or self.device_class
            )
        self.points.append((at, _number(state)))


def statistics(
    entity_id: str,
    points: Sequence[tuple[datetime, float | None]],
    start: datetime,
    end: datetime,
    *,
    name: str | None = None,
    device_class: str | None = None,
    unit: str | None = None,
) -> ClimateRecord:
    """
    Return a sensor's statistics over [start, end] from its readings (each holds until the next).

    The mean weighs each reading by how long it held; gaps (None) are left out of every figure.
    """
    ordered = sorted(points, key=lambda point: point[0])
    values = [value for _, value in ordered if value is not None]
    weighted = 0.0
    covered = 0.0
    missing = 0.0
    for index, (at, value) in enumerate(ordered):
        begin = max(at, start)
        until = ordered[index + 1][0] if index + 1 < len(ordered) else end
        seconds = max(0.0, (min(until, end) - begin).total_seconds())
        if value is None:
            missing += seconds
        else:
            weighted += value * seconds
            covered += seconds
    if ordered and ordered[0][0] > start:
        missing += (ordered[0][0] - start).total_seconds()
    if not ordered:
        missing = max(0.0, (end - start).total_seconds())
    mean: float | None
    if covered > 0:
        mean = weighted / covered
    elif values:
        mean = sum(values) / len(values)
    else:
        mean = None
    series = thin(
        [(max(0.0, (at - start).total_seconds()), value) for at, value in ordered]
    )
    return ClimateRecord(
        entity_id=entity_id,
        name=name or None,
        device_class=device_class,
        unit=unit,
        minimum=min(values) if values else None,
        mean=None if mean is None else round(mean, 4),
        maximum=max(values) if values else None,
        samples=len(values),
        missing_seconds=round(missing, 1),
        series=tuple(series),
    )


class ClimateRecorder:
    """Samples a printer's environment sensors over one job at a time."""

    def __init__(self, hass: HomeAssistant, entity_ids: Sequence[str]) -> None:
        """Watch ``entity_ids`` (nothing until a job starts)."""
        self.hass = hass
        self.entity_ids = list(dict.fromkeys(entity_ids))
        self.job_id: str | None = None
        self.start: datetime | None = None
        self._sensors: dict[str, _Sensor] = {}
        self._unsub: list[CALLBACK_TYPE] = []

    @callback
    def async_start(self, job_id: str, start: datetime, now: datetime) -> None:
        """Begin a job: the sensors' states now, then every change."""
        self.async_cancel()
        if not self.entity_ids:
            return
        self.job_id = job_id
        self.start = start
        self._sensors = {entity_id: _Sensor(entity_id) for entity_id in self.entity_ids}
        for entity_id, sensor in self._sensors.items():
            # The state when the job starts held since before it (unless it changed since).
            state = self.hass.states.get(entity_id)
            since = start if state is None or state.last_updated <= start else now
            sensor.add(state, min(since, now))
        self._unsub.append(
            async_track_state_change_event(self.hass, self.entity_ids, self._changed)
        )

    @callback
    def _changed(self, event: Event[EventStateChangedData]) -> None:
        sensor = self._sensors.get(event.data["entity_id"])
        new = event.data["new_state"]
        if sensor is not None:
            sensor.add(new, new.last_updated if new is not None else event.time_fired)

    @callback
    def async_live(self, now: datetime) -> list[ClimateRecord]:
        """Return the statistics so far of the running job (empty if none)."""
        if self.start is None:
            return []
        return self._records(self.start, now)

    def _records(self, start: datetime, end: datetime) -> list[ClimateRecord]:
        return [
            statistics(
                sensor.entity_id,
                sensor.points,
                start,
                end,
                name=sensor.name,
                device_class=sensor.device_class,
                unit=sensor.unit,
            )
            for sensor in self._sensors.values()
        ]

    @callback
    def async_finish(self, job_id: str, end: datetime) -> list[ClimateRecord]:
        """End the job: return each sensor's statistics over it and stop listening."""
        if self.job_id != job_id or self.start is None:
            self.async_cancel()
            return []
        records = self._records(self.start, end)
        self.async_cancel()
        return records

    @callback
    def async_cancel(self) -> None:
        """Stop listening and forget the readings."""
        while self._unsub:
            self._unsub.pop()()
        self.job_id = None
        self.start = None
        self._sensors = {}
