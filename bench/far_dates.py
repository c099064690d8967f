"""
Benchmark (not a test): the analytics of a log whose jobs span 1970 … 9998 (issue 13.1).

    .venv/bin/python bench/far_dates.py [--time-zone Europe/Berlin]

A printer host without a clock reports 1970; a typo'd year can reach 9998. The local-time analytics
work out the zone's UTC offsets only for the years that hold jobs, so such a log costs a few index
lookups, not 8000 years of DST transitions (about 6 s of CPU per call before). Goal: every call
under 50 ms of CPU on SQLite.
"""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime
from pathlib import Path
import sys
import tempfile
import time
import uuid

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from custom_components.print_logger.store import (
    JobStatus,
    Store,
    TrackedJobData,
    analytics,
)

STARTS = (
    datetime(1970, 1, 1, 0, 0, 5, tzinfo=UTC),
    datetime(2026, 3, 1, 12, tzinfo=UTC),
    datetime(9998, 6, 1, 12, tzinfo=UTC),
)


async def main(time_zone: str) -> None:
    """Store three far-apart jobs, then time each local-time analytics call (CPU seconds)."""
    folder = Path(tempfile.mkdtemp(prefix="print_logger_bench_"))
    store = Store(f"sqlite:///{folder / 'far.db'}", folder / "journal.jsonl")
    await store.async_start()
    try:
        await store.upsert_printer(
            name="Printer", printer_id="p1", moonraker_url="http://p1.local"
        )
        for start in STARTS:
            await store.save_tracked_job(
                TrackedJobData(
                    id=uuid.uuid4().hex,
                    printer_id="p1",
                    filename="far.gcode",
                    start=start,
                    end=start,
                    status=JobStatus.COMPLETED,
                )
            )
        query = analytics.AnalyticsQuery()
        calls = {
            f"breakdown {by}": analytics.async_breakdown(
                store, query, by=by, time_zone=time_zone
            )
            for by in ("hour_of_day", "weekday", "weekday_hour")
        }
        calls["timeseries day (all time)"] = analytics.async_timeseries(
            store, query, bucket="day", metric="jobs", time_zone=time_zone
        )
        for name, call in calls.items():
            started = time.process_time()
            await call
            print(f"{name:32} {1000 * (time.process_time() - started):8.1f} ms CPU")
    finally:
        await store.async_stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--time-zone", default="Europe/Berlin")
    asyncio.run(main(parser.parse_args().time_zone))
