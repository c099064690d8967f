"""
Benchmark of the energy and cost back-fill (not a test): 10,000 jobs from the recorder's statistics.

    .venv/bin/python bench/backfill.py [--jobs 10000]

Home Assistant (the test harness's, with its real recorder on a SQLite file) gets an energy meter
(kWh, ``total_increasing``) and a price entity (EUR/kWh) with hourly long-term statistics imported
over the jobs' span (``async_import_statistics``, as the recorder's own tests do), and a printer
whose options name them. ``--jobs`` ended jobs, one every three hours on average (0.2 to 6 hours
long), all older than the recorder's state history, are bulk-loaded into the print log; then the
``backfill_costs`` action computes and stores every job's energy and cost from the statistics. It
prints the wall time, jobs per second and the process's resident memory when 10 %, 50 % and 100 %
of the jobs were done (plus the peak), to show the memory stays flat.

It runs as a pytest module (for Home Assistant's test fixtures), with the project's Moonraker
fixture for the printer's entry (the printer is not printing; only its options matter).
"""

from __future__ import annotations

import argparse
from datetime import timedelta
import os
from pathlib import Path
import random
import sys
import time
from typing import Any
import uuid

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pytest

if __name__ != "__main__":
    # Collected by pytest (after Home Assistant's test plugin): the project's fixtures.
    from tests.conftest import (  # noqa: F401
        auto_enable_custom_integrations,
        auto_socket_enabled,
        hass_config_dir,
        moonraker,
    )

JOBS = int(os.environ.get("PRINT_LOGGER_BENCH_JOBS", "10000"))
METER = "sensor.plug_energy"
PRICE = "sensor.electricity_price"


def _rss_mib() -> tuple[float, float]:
    """Return the process's resident memory and its peak (VmRSS, VmHWM) in MiB."""
    values: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values["VmRSS"], values["VmHWM"]


@pytest.fixture
def recorder_db_url(tmp_path: Path) -> str:
    """Put the recorder's database in a SQLite file (as Home Assistant's default)."""
    return f"sqlite:///{tmp_path / 'home-assistant_v2.db'}"


@pytest.fixture(autouse=True)
def mock_recorder_before_hass(async_test_recorder: Any) -> None:
    """Prepare the recorder's database before ``hass``."""


def _load_jobs(url: Any, printer_id: str, start: Any, count: int) -> None:
    """Bulk-insert ``count`` ended jobs of one printer from ``start`` on (blocking)."""
    import sqlalchemy as sa

    from custom_components.print_logger.store.models import Job

    rng = random.Random(16)
    engine = sa.create_engine(url)
    moment = start
    rows = []
    now = start
    for n in range(count):
        duration = rng.uniform(0.2, 6.0) * 3600
        filename = f"part_{n}.gcode"
        rows.append(
            {
                "id": uuid.uuid4().hex,
                "printer_id": printer_id,
                "filename": filename,
                "filename_search": filename,
                "status": "completed",
                "source": "live",
                "start": moment,
                "end": moment + timedelta(seconds=duration),
                "print_duration": duration,
                "total_duration": duration,
                "progress": 1.0,
                "pause_count": 0,
                "paused_duration": 0.0,
                "tags": [],
                "created_at": now,
                "updated_at": now,
            }
        )
        moment += timedelta(seconds=duration + rng.uniform(0, 3600))
    with engine.begin() as conn:
        for offset in range(0, len(rows), 2000):
            conn.execute(sa.insert(Job), rows[offset : offset + 2000])
    engine.dispose()


async def test_backfill_bench(
    recorder_mock: Any,
    hass: Any,
    moonraker: Any,
) -> None:
    """Back-fill ``JOBS`` jobs from the statistics; print the figures."""
    from homeassistant.util import dt as dt_util
    from pytest_homeassistant_custom_component.components.recorder.common import (
        async_wait_recording_done,
    )

    from custom_components.print_logger.const import DOMAIN
    from custom_components.print_logger.energy import JobCoster
    from tests.conftest import entry_for
    from tests.helpers.statistics import import_hourly

    hass.states.async_set(
        METER,
        "1000.0",
        {"unit_of_measurement": "kWh", "state_class": "total_increasing"},
    )
    hass.states.async_set(PRICE, "0.3", {"unit_of_measurement": "EUR/kWh"})
    entry = entry_for(moonraker)
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        entry,
        options={
            **entry.options,
            "plug_sensor": METER,
            "price_mode": "entity",
            "price_entity": PRICE,
            "machine_rate": 0.2,
        },
    )
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    store = entry.runtime_data.store

    # The jobs' span: 3.6 hours per job on average (length and pause), ending 30 days ago.
    hours = int(JOBS * 3.8) + 48
    first = (dt_util.utcnow() - timedelta(days=30, hours=hours)).replace(
        minute=0, second=0, microsecond=0
    )
    began = time.perf_counter()
    await hass.async_add_executor_job(
        _load_jobs,
        store._url,  # noqa: SLF001
        entry.unique_id,
        first + timedelta(hours=2),
        JOBS,
    )
    rng = random.Random(3)
    total = 0.0
    meter_rows, price_rows = [], []
    for i in range(hours):
        total += rng.uniform(0.0, 0.3)
        moment = first + timedelta(hours=i)
        meter_rows.append({"start": moment, "sum": total, "state": total})
        mean = rng.uniform(0.1, 0.4)
        price_rows.append({"start": moment, "mean": mean, "min": mean, "max": mean})
    for statistic_id, unit, rows, has_sum in (
        (METER, "kWh", meter_rows, True),
        (PRICE, "EUR/kWh", price_rows, False),
    ):
        for offset in range(0, len(rows), 5000):
            import_hourly(
                hass, statistic_id, unit, rows[offset : offset + 5000], has_sum=has_sum
            )
    await async_wait_recording_done(hass)
    del meter_rows, price_rows
    setup_seconds = time.perf_counter() - began

    samples: dict[int, tuple[float, float]] = {}
    marks = {max(1, JOBS // 10): "10 %", max(1, JOBS // 2): "50 %", JOBS: "100 %"}
    done = 0
    real = JobCoster.async_backfill_jobs

    async def counted(self: JobCoster, *args: Any, **kwargs: Any) -> Any:
        nonlocal done
        async for item in real(self, *args, **kwargs):
            done += 1
            if done in marks:
                samples[done] = _rss_mib()
            yield item

    JobCoster.async_backfill_jobs = counted  # type: ignore[method-assign]
    try:
        before = _rss_mib()
        began = time.perf_counter()
        response = await hass.services.async_call(
            DOMAIN,
            "backfill_costs",
            {"config_entry_id": entry.entry_id},
            blocking=True,
            return_response=True,
        )
        seconds = time.perf_counter() - began
    finally:
        JobCoster.async_backfill_jobs = real  # type: ignore[method-assign]
    assert response["jobs"] == JOBS, response
    assert response["estimated"] == JOBS, response
    print()
    print(f"back-fill of {JOBS} jobs from the recorder's statistics ({hours} hours)")
    print(f"  setup (bulk load, statistics import): {setup_seconds:.1f} s")
    print(f"  wall time: {seconds:.1f} s, {JOBS / seconds:.0f} jobs/s")
    print(f"  resident memory before: {before[0]:.0f} MiB")
    for count, label in marks.items():
        rss, _peak = samples[count]
        print(f"  resident memory at {label} ({count} jobs): {rss:.0f} MiB")
    print(f"  peak resident memory of the process: {_rss_mib()[1]:.0f} MiB")
    print(f"  load average: {os.getloadavg()}")
    assert await hass.config_entries.async_unload(entry.entry_id)


def main() -> None:
    """Run the bench through pytest (Home Assistant's fixtures)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=JOBS)
    args = parser.parse_args()
    os.environ["PRINT_LOGGER_BENCH_JOBS"] = str(args.jobs)
    os.chdir(ROOT)
    sys.exit(
        pytest.main(
            [
                __file__,
                "-p",
                "no:randomly",
                "-q",
                "-s",
                "-o",
                "timeout=3600",
                "-W",
                "ignore::DeprecationWarning",
            ]
        )
    )


if __name__ == "__main__":
    main()
