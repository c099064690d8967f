"""Long-term statistics: the log's daily values imported into the recorder, kept equal to it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from unittest.mock import patch
from zoneinfo import ZoneInfo

from homeassistant.components.recorder import Recorder
from homeassistant.components.recorder.statistics import (
    get_last_statistics,
    get_metadata,
    statistics_during_period,
)
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest
from pytest_homeassistant_custom_component.common import (
    MockConfigEntry,
    async_fire_time_changed,
)
from pytest_homeassistant_custom_component.components.recorder.common import (
    async_wait_recording_done,
)

from custom_components.print_logger import statistics as statistics_module
from custom_components.print_logger.api import handlers
from custom_components.print_logger.const import DOMAIN
from custom_components.print_logger.context import operation_context
from custom_components.print_logger.statistics import (
    DATA_STATISTICS,
    IMPORT_DELAY,
    STATISTICS,
    PrinterStatistics,
    statistic_id,
)
from custom_components.print_logger.store import Store
from tests.conftest import PrintLog, all_engines, recorder_database
from tests.helpers.databases import Databases

pytestmark = pytest.mark.moonraker


@pytest.fixture(autouse=True)
def mock_recorder_before_hass(async_test_recorder: Any) -> None:
    """Prepare the recorder's database before ``hass`` (the custom integrations fixture needs it)."""


@pytest.fixture
def recorder_db_url(
    print_log_engine: str,
    print_log_databases: Databases,
    hass_fixture_setup: list[bool],
) -> str:
    """Run the recorder on the engine under test (in memory on SQLite, else a fresh database)."""
    assert not hass_fixture_setup
    return recorder_database(print_log_engine, print_log_databases)


BERLIN = "Europe/Berlin"
KEYS = ("print_hours", "filament_g", "jobs", "cost", "energy_kwh")

# Around Berlin's change to summer time (2026-03-29 02:00 CET → 03:00 CEST): local days are not
# UTC days, and 29 March has 23 hours. "cost" is the one a person typed; "kwh" the energy and
# "electricity" the electricity cost computed for the job (``set_job_costs``) — c has no typed cost,
# so its day counts its computed total (electricity and its machine time at "rate" per hour).
JOBS: dict[str, dict[str, Any]] = {
    # 00:30 on 28 March in Berlin, still 27 March in UTC.
    "a": {"start": datetime(2026, 3, 27, 23, 30, tzinfo=UTC), "seconds": 3600,
          "grams": 10.0, "cost": 1.0, "kwh": 0.12, "electricity": 0.036},
    # No energy known.
    "b": {"start": datetime(2026, 3, 28, 12, tzinfo=UTC), "seconds": 5400,
          "grams": 20.5, "cost": 2.5},
    # 23:30 on 29 March (CEST), weight and typed cost unknown: its computed total, 0.0125 + 0.25.
    "c": {"start": datetime(2026, 3, 29, 21, 30, tzinfo=UTC), "seconds": 1800,
          "grams": None, "cost": None, "kwh": 0.05, "electricity": 0.0125, "rate": 0.5},
    # 00:30 on 30 March (CEST), still 29 March in UTC.
    "d": {"start": datetime(2026, 3, 29, 22, 30, tzinfo=UTC), "seconds": 7200,
          "grams": 30.0, "cost": 3.0, "kwh": 0.4, "electricity": 0.12},
    # Nothing on 31 March.
    "e": {"start": datetime(2026, 4, 1, 10, tzinfo=UTC), "seconds": 900,
          "grams": 5.0, "cost": 0.5, "kwh": 0.03},
}  # fmt: skip

DAYS = [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30), date(2026, 3, 31),
        date(2026, 4, 1)]  # fmt: skip
# Each day's state per statistic, by hand from JOBS.
STATES: dict[str, list[float]] = {
    "print_hours": [2.5, 0.5, 2.0, 0.0, 0.25],
    "filament_g": [30.5, 0.0, 30.0, 0.0, 5.0],
    "jobs": [2, 1, 1, 0, 1],
    "cost": [3.5, 0.2625, 3.0, 0.0, 0.5],
    "energy_kwh": [0.12, 0.05, 0.4, 0.0, 0.03],
}


def _running(states: list[float]) -> list[float]:
    total, sums = 0.0, []
    for state in states:
        total += state
        sums.append(total)
    return sums


def _midnight(day: date, time_zone: str) -> float:
    return datetime.combine(day, time(), tzinfo=ZoneInfo(time_zone)).timestamp()


async def _setup(hass: HomeAssistant, entry: MockConfigEntry) -> Store:
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await _importer(hass, entry).async_wait()
    return entry.runtime_data.store


def _importer(hass: HomeAssistant, entry: MockConfigEntry) -> PrinterStatistics:
    return hass.data[DATA_STATISTICS][entry.entry_id]


async def _add_job(hass: HomeAssistant, data: dict[str, Any]) -> str:
    """Record a job by hand as the panel does (the API's operation, which tells of the change)."""
    result = await handlers.create_job(operation_context(hass, is_admin=True), data)
    return str(result["job"]["id"])


async def _set_costs(
    hass: HomeAssistant, printer_id: str, job_id: str, job: dict[str, Any]
) -> None:
    """Store a job's computed energy and cost, as its end (or a back-fill) does."""
    if job.get("kwh") is None and job.get("rate") is None:
        return
    entry = hass.config_entries.async_entry_for_domain_unique_id(DOMAIN, printer_id)
    assert entry is not None
    store: Store = entry.runtime_data.store
    await store.set_job_costs(
        job_id,
        energy_kwh=job.get("kwh"),
        energy_source="measured" if job.get("kwh") is not None else None,
        electricity_cost=job.get("electricity"),
        electricity_source="measured" if job.get("electricity") is not None else None,
        machine_rate=job.get("rate"),
        material_prices=None,
    )


async def _seed(
    hass: HomeAssistant, printer_id: str, jobs: dict[str, dict[str, Any]] = JOBS
) -> dict[str, str]:
    ids = {}
    for key, job in jobs.items():
        ids[key] = await _add_job(
            hass,
            {
                "printer_id": printer_id,
                "filename": f"{key}.gcode",
                "status": "completed",
                "start": job["start"],
                "end": job["start"] + timedelta(seconds=job["seconds"]),
                "print_duration": float(job["seconds"]),
                "filament_used_mm": 1000.0,
                "filament_weight_g": job["grams"],
                "cost": job["cost"],
            },
        )
        await _set_costs(hass, printer_id, ids[key], job)
    return ids


def _ids(entry: MockConfigEntry) -> dict[str, str]:
    assert entry.unique_id is not None
    return {kind.key: statistic_id(entry.unique_id, kind) for kind in STATISTICS}


async def _rows(hass: HomeAssistant, entry: MockConfigEntry) -> dict[str, list[Any]]:
    """Return each statistic's rows as (start, state, sum), after the recorder caught up."""
    await async_wait_recording_done(hass)
    ids = _ids(entry)
    stats = await hass.async_add_executor_job(
        statistics_during_period,
        hass,
        datetime(2000, 1, 1, tzinfo=UTC),
        None,
        set(ids.values()),
        "hour",
        None,
        {"state", "sum"},
    )
    return {
        key: [
            (row["start"], row["state"], row["sum"]) for row in stats.get(stat_id, [])
        ]
        for key, stat_id in ids.items()
    }


def _expected(
    days: list[date], states: dict[str, list[float]], time_zone: str = BERLIN
) -> dict[str, list[Any]]:
    return {
        key: [
            (_midnight(day, time_zone), pytest.approx(state), pytest.approx(total))
            for day, state, total in zip(
                days, states[key], _running(states[key]), strict=True
            )
        ]
        for key in KEYS
    }


async def _import_after_the_delay(hass: HomeAssistant, entry: MockConfigEntry) -> None:
    """Let the delay after a change pass (jobs, time zone), wait for the import it started."""
    async_fire_time_changed(
        hass, dt_util.utcnow() + timedelta(seconds=IMPORT_DELAY + 1)
    )
    await hass.async_block_till_done()
    await _importer(hass, entry).async_wait()
    await async_wait_recording_done(hass)


class _Imports:
    """Records what each import sent to the recorder: statistic id → local days."""

    def __init__(self) -> None:
        self.calls: dict[str, list[date]] = {}
        self._real = statistics_module.async_add_external_statistics

    def __call__(self, hass: HomeAssistant, metadata: Any, rows: Any) -> None:
        rows = list(rows)
        zone = dt_util.get_default_time_zone()
        key = next(key for key in KEYS if metadata["statistic_id"].endswith(f"_{key}"))
        self.calls[key] = [row["start"].astimezone(zone).date() for row in rows]
        self._real(hass, metadata, rows)


async def _call(hass: HomeAssistant, service: str, data: dict[str, Any]) -> Any:
    return await hass.services.async_call(
        DOMAIN, service, data, blocking=True, return_response=True
    )


@all_engines
async def test_backfill_and_incremental_updates(
    recorder_mock: Recorder,
    hass: HomeAssistant,
    mock_config_entry: MockConfigEntry,
    print_log_following_the_recorder: PrintLog,
) -> None:
    """
    Backfilled per local day on load; edits and deletions correct their day and later sums.

    On each engine, the recorder and the print log (following it) in the same database.
    """
    await hass.config.async_set_time_zone(BERLIN)
    hass.config.currency = "EUR"
    await _setup(hass, mock_config_entry)
    printer_id = mock_config_entry.unique_id
    assert printer_id is not None
    # An empty log imports nothing.
    assert await _rows(hass, mock_config_entry) == {key: [] for key in KEYS}
    jobs = await _seed(hass, printer_id)

    # The backfill runs when the printer's entry loads.
    assert await hass.config_entries.async_reload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    await _importer(hass, mock_config_entry).async_wait()
    rows = await _rows(hass, mock_config_entry)
    assert rows == _expected(DAYS, STATES)
    # Local midnights: 23:00 UTC in winter time, 22:00 UTC from 30 March on.
    starts = [dt_util.utc_from_timestamp(start) for start, _, _ in rows["jobs"]]
    assert [start.hour for start in starts] == [23, 23, 22, 22, 22]

    ids = _ids(mock_config_entry)
    assert ids["print_hours"] == f"{DOMAIN}:{printer_id.replace('-', '_')}_print_hours"
    metadata = await recorder_mock.async_add_executor_job(
        lambda: get_metadata(hass, statistic_ids=set(ids.values()))
    )
    units = {
        key: (
            metadata[ids[key]][1]["unit_of_measurement"],
            metadata[ids[key]][1]["unit_class"],
        )
        for key in KEYS
    }
    assert units == {
        "print_hours": ("h", "duration"),
        "filament_g": ("g", "mass"),
        "jobs": (None, None),
        "cost": ("EUR", None),
        "energy_kwh": ("kWh", "energy"),
    }
    assert metadata[ids["energy_kwh"]][1]["name"] == "Test printer energy"
    assert metadata[ids["print_hours"]][1]["name"] == "Test printer print hours"
    assert metadata[ids["cost"]][1]["source"] == DOMAIN
    assert metadata[ids["cost"]][1]["has_sum"] is True

    # Changes wait for the debounce delay.
    await _call(hass, "update_job", {"job_id": jobs["b"], "cost": 10.0})
    await hass.async_block_till_done()
    await async_wait_recording_done(hass)
    assert await _rows(hass, mock_config_entry) == rows

    # b's cost on 28 March: 1.0 + 10.0; the sums after it follow. Only the cost is imported again.
    imports = _Imports()
    with patch.object(statistics_module, "async_add_external_statistics", imports):
        await _import_after_the_delay(hass, mock_config_entry)
    assert imports.calls == {"cost": DAYS}
    states = {key: list(values) for key, values in STATES.items()}
    states["cost"][0] = 11.0
    assert await _rows(hass, mock_config_entry) == _expected(DAYS, states)

    # Deleting d (30 March) and e (the last day, its only job): the days stay, at zero.
    assert await _call(hass, "delete_job", {"job_id": jobs["d"]}) == {"deleted": 1}
    assert await _call(hass, "delete_job", {"job_id": jobs["e"]}) == {"deleted": 1}
    imports = _Imports()
    with patch.object(statistics_module, "async_add_external_statistics", imports):
        await _import_after_the_delay(hass, mock_config_entry)
    # From 30 March on, the first day that changed.
    assert imports.calls == dict.fromkeys(KEYS, DAYS[2:])
    for key in KEYS:
        states[key][2] = 0.0
        states[key][4] = 0.0
    rows = await _rows(hass, mock_config_entry)
    assert rows == _expected(DAYS, states)
    assert rows["print_hours"][-1][2] == pytest.approx(3.0)
    assert rows["cost"][-1][2] == pytest.approx(11.2625)
    assert rows["energy_kwh"][-1][2] == pytest.approx(0.17)
    assert rows["jobs"][-1][2] == pytest.approx(3)

    last = await recorder_mock.async_add_executor_job(
        get_last_statistics, hass, 1, ids["filament_g"], True, {"state", "sum"}
    )
    assert last[ids["filament_g"]][0]["start"] == _midnight(DAYS[-1], BERLIN)
    assert last[ids["filament_g"]][0]["sum"] == pytest.approx(30.5)

    # A job added on a new day extends the rows; nothing is duplicated.
    f_id = await _add_job(
        hass,
        {
            "printer_id": printer_id,
            "filename": "f.gcode",
            "status": "completed",
            "start": datetime(2026, 4, 3, 8, tzinfo=UTC),
            "print_duration": 3600.0,
            "filament_weight_g": 12.0,
            "cost": 1.5,
        },
    )
    await _set_costs(hass, printer_id, f_id, {"kwh": 0.07})
    imports = _Imports()
    with patch.object(statistics_module, "async_add_external_statistics", imports):
        await _import_after_the_delay(hass, mock_config_entry)
    days = [*DAYS, date(2026, 4, 2), date(2026, 4, 3)]
    assert imports.calls == dict.fromkeys(KEYS, days[5:])
    for key, value in (
        ("print_hours", 1.0),
        ("filament_g", 12.0),
        ("jobs", 1),
        ("cost", 1.5),
        ("energy_kwh", 0.07),
    ):
        states[key] += [0.0, value]
    rows = await _rows(hass, mock_config_entry)
    assert rows == _expected(days, states)
    for values in rows.values():
        assert len({start for start, _, _ in values}) == len(values) == len(days)

    # A change that moves no figure (a note): the run imports nothing.
    await _call(hass, "update_job", {"job_id": jobs["a"], "notes": "fine"})
    imports = _Imports()
    with patch.object(statistics_module, "async_add_external_statistics", imports):
        await _import_after_the_delay(hass, mock_config_entry)
    assert imports.calls == {}

    # The typed cost of a removed: its computed total (its electricity) counts on 28 March.
    await _call(hass, "update_job", {"job_id": jobs["a"], "cost": None})
    imports = _Imports()
    with patch.object(statistics_module, "async_add_external_statistics", imports):
        await _import_after_the_delay(hass, mock_config_entry)
    assert imports.calls == {"cost": days}
    states["cost"][0] = 0.036 + 10.0
    assert await _rows(hass, mock_config_entry) == _expected(days, states)

    store = mock_config_entry.runtime_data.store
    assert await print_log_following_the_recorder.jobs_stored(hass, store) == 4
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    await hass.async_block_till_done()


async def test_time_zone_change_reimports(
    recorder_mock: Recorder, hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """Rows of another time zone's days are replaced, not left beside the new ones."""
    await hass.config.async_set_time_zone(BERLIN)
    await _setup(hass, mock_config_entry)
    assert mock_config_entry.unique_id is not None
    await _seed(hass, mock_config_entry.unique_id)
    await _import_after_the_delay(hass, mock_config_entry)
    assert await _rows(hass, mock_config_entry) == _expected(DAYS, STATES)

    # In New York (summer time since 8 March): a 19:30 on 27 March, b 08:00 on 28 March,
    # c 17:30 and d 18:30 on 29 March, e 06:00 on 1 April.
    new_york = "America/New_York"
    # Changed in the settings: Home Assistant tells of its new configuration.
    await hass.config.async_update(time_zone=new_york)
    await _import_after_the_delay(hass, mock_config_entry)
    days = [date(2026, 3, 27) + timedelta(days=offset) for offset in range(6)]
    states = {
        "print_hours": [1.0, 1.5, 2.5, 0.0, 0.0, 0.25],
        "filament_g": [10.0, 20.5, 30.0, 0.0, 0.0, 5.0],
        "jobs": [1, 1, 2, 0, 0, 1],
        "cost": [1.0, 2.5, 3.0 + 0.2625, 0.0, 0.0, 0.5],
        "energy_kwh": [0.12, 0.0, 0.45, 0.0, 0.0, 0.03],
    }
    assert await _rows(hass, mock_config_entry) == _expected(days, states, new_york)

    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    await hass.async_block_till_done()


# Berlin leaves summer time on 2026-10-25 at 03:00 CEST (01:00 UTC) → 02:00 CET: that day has 25
# hours, and 02:30 happens twice.
AUTUMN_JOBS: dict[str, dict[str, Any]] = {
    # 23:30 CEST on 24 October.
    "p": {"start": datetime(2026, 10, 24, 21, 30, tzinfo=UTC), "seconds": 3600,
          "grams": 10.0, "cost": 1.0, "kwh": 0.1},
    # 00:30 CEST on 25 October, still 24 October in UTC.
    "q": {"start": datetime(2026, 10, 24, 22, 30, tzinfo=UTC), "seconds": 1800,
          "grams": 5.0, "cost": 0.5},
    # 02:30 CEST, the first 02:30 of 25 October.
    "r": {"start": datetime(2026, 10, 25, 0, 30, tzinfo=UTC), "seconds": 900,
          "grams": 2.0, "cost": 0.2, "kwh": 0.02},
    # 02:30 CET, the second one.
    "s": {"start": datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "seconds": 900,
          "grams": 3.0, "cost": 0.3, "kwh": 0.03},
    # 23:30 CET on 25 October: the day's 25th hour.
    "t": {"start": datetime(2026, 10, 25, 22, 30, tzinfo=UTC), "seconds": 7200,
          "grams": 20.0, "cost": 2.0},
    # 00:30 CET on 26 October, still 25 October in UTC.
    "u": {"start": datetime(2026, 10, 25, 23, 30, tzinfo=UTC), "seconds": 3600,
          "grams": 8.0, "cost": 0.8, "kwh": 0.08},
}  # fmt: skip


async def test_autumn_day_of_25_hours(
    recorder_mock: Recorder, hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """The day summer time ends has 25 hours: its jobs (both 02:30s) are one row, 25 h long."""
    await hass.config.async_set_time_zone(BERLIN)
    await _setup(hass, mock_config_entry)
    assert mock_config_entry.unique_id is not None
    autumn = await _seed(hass, mock_config_entry.unique_id, AUTUMN_JOBS)
    await _import_after_the_delay(hass, mock_config_entry)
    days = [date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26)]
    states = {
        "print_hours": [1.0, 0.5 + 0.25 + 0.25 + 2.0, 1.0],
        "filament_g": [10.0, 30.0, 8.0],
        "jobs": [1, 4, 1],
        "cost": [1.0, 3.0, 0.8],
        "energy_kwh": [0.1, 0.05, 0.08],
    }
    rows = await _rows(hass, mock_config_entry)
    assert rows == _expected(days, states)
    starts = [dt_util.utc_from_timestamp(start) for start, _, _ in rows["jobs"]]
    assert starts == [
        datetime(2026, 10, 23, 22, tzinfo=UTC),
        datetime(2026, 10, 24, 22, tzinfo=UTC),
        datetime(2026, 10, 25, 23, tzinfo=UTC),
    ]
    assert starts[2] - starts[1] == timedelta(hours=25)

    # A change that moves no figure (a note): a second pass over the 25-hour day imports nothing.
    await _call(
        hass, "update_job", {"job_id": next(iter(autumn.values())), "notes": "x"}
    )
    imports = _Imports()
    with patch.object(statistics_module, "async_add_external_statistics", imports):
        await _import_after_the_delay(hass, mock_config_entry)
    assert imports.calls == {}

    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    await hass.async_block_till_done()


async def test_without_recorder(
    hass: HomeAssistant, mock_config_entry: MockConfigEntry
) -> None:
    """Without the recorder nothing is scheduled (and unloading leaves nothing behind)."""
    mock_config_entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(mock_config_entry.entry_id)
    await hass.async_block_till_done()
    assert mock_config_entry.entry_id not in hass.data.get(DATA_STATISTICS, {})
    await _add_job(
        hass,
        {
            "printer_id": mock_config_entry.unique_id,
            "filename": "a.gcode",
            "status": "completed",
            "start": datetime(2026, 4, 3, 8, tzinfo=UTC),
        },
    )
    assert await hass.config_entries.async_unload(mock_config_entry.entry_id)
    await hass.async_block_till_done()
