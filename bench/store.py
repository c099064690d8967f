"""
Benchmark of the job store (not a test): 100k jobs over 50 printers, then p50/p95 of the API calls.

    .venv/bin/python bench/store.py [--jobs 100000] [--printers 50] [--samples 300]
                                    [--engines sqlite,mariadb,postgresql]

For each engine it makes a throwaway database (a temporary SQLite file; ``print_logger_bench_<random>``
on MariaDB at 127.0.0.1:3306 and PostgreSQL at 127.0.0.1:5432, dropped afterwards), migrates it with
the store, bulk-loads the rows (with details and two events per job), and then times through the
store's public API, worker thread included:

- page: a filtered, sorted page of 50 (one printer, two statuses, a start range; newest first), with
  its total count;
- page 2: the next page of the same query through its cursor;
- search page: filename substring + filament type over all printers, by print duration, with total;
- get: one job by id, with details and timeline;
- update: notes, rating and tags of one job.
"""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
import random
import statistics
import sys
import tempfile
import time
from typing import Any
import uuid

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from databases import create_database, drop_database

from custom_components.print_logger.store import JobQuery, JobStatus, Store
from custom_components.print_logger.store.models import (
    Job,
    JobDetails,
    JobEvent,
    Printer,
    job_detail_copies,
)

STATUSES = [JobStatus.COMPLETED] * 8 + [
    JobStatus.CANCELLED,
    JobStatus.ERROR,
    JobStatus.KLIPPY_SHUTDOWN,
    JobStatus.INTERRUPTED,
]
FILAMENTS = ["PLA", "PETG", "ABS", "ASA", "TPU", "PLA;PETG", "PA-CF"]
WORDS = [
    "benchy",
    "bracket",
    "vase",
    "gear",
    "hinge",
    "clip",
    "mount",
    "case",
    "lid",
    "knob",
]
T_END = datetime(2026, 11, 1, tzinfo=UTC)
SPAN = timedelta(days=3 * 365)
BATCH = 5000


@dataclass
class Timing:
    """Latencies of one operation, in milliseconds."""

    name: str
    samples: list[float]

    def line(self) -> str:
        """Return p50 / p95 / max."""
        cuts = statistics.quantiles(self.samples, n=100)
        return f"{self.name:<12} p50 {cuts[49]:7.2f} ms   p95 {cuts[94]:7.2f} ms   max {max(self.samples):7.2f} ms"


def load(url: str, jobs: int, printers: int, rng: random.Random) -> list[str]:
    """Bulk-insert printers, jobs, details and events; return the job ids."""
    engine = sa.create_engine(url)
    now = datetime.now(UTC)
    printer_ids = [uuid.uuid4().hex for _ in range(printers)]
    job_ids: list[str] = []
    with engine.begin() as conn:
        conn.execute(
            sa.insert(Printer),
            [
                {
                    "id": pid,
                    "entry_id": uuid.uuid4().hex,
                    "name": f"printer {n:02d}",
                    "moonraker_url": f"http://printer{n}.local:7125",
                    "instance_id": uuid.uuid4().hex,
                    "first_seen": now,
                    "last_seen": now,
                }
                for n, pid in enumerate(printer_ids)
            ],
        )
    for offset in range(0, jobs, BATCH):
        rows: list[dict[str, Any]] = []
        details: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for _ in range(min(BATCH, jobs - offset)):
            job_id = uuid.uuid4().hex
            job_ids.append(job_id)
            start = T_END - SPAN * rng.random()
            duration = rng.uniform(600, 12 * 3600)
            status = rng.choice(STATUSES)
            filename = (
                f"{rng.choice(WORDS)}_{rng.choice(WORDS)}_{rng.randrange(1000)}.gcode"
            )
            mm = rng.uniform(100, 40000)
            rows.append(
                {
                    "id": job_id,
                    "printer_id": rng.choice(printer_ids),
                    "uid": f"{len(job_ids):06X}",
                    "filename": filename,
                    "filename_search": filename.casefold(),
                    "status": status.value,
                    "source": "live",
                    "start": start,
                    "end": start + timedelta(seconds=duration),
                    "print_duration": duration,
                    "total_duration": duration * 1.02,
                    "filament_used_mm": mm,
                    "filament_weight_g": mm * 0.00298,
                    "estimated_time": duration * rng.uniform(0.8, 1.2),
                    "progress": 1.0 if status is JobStatus.COMPLETED else rng.random(),
                    "pause_count": rng.choice([0, 0, 0, 1, 2]),
                    "paused_duration": 0.0,
                    "tags": rng.sample(
                        ["gift", "functional", "prototype", "client"], rng.randrange(3)
                    ),
                    "rating": rng.choice([None, 1, 2, 3, 4, 5]),
                    "created_at": now,
                    "updated_at": now,
                }
            )
            details.append(
                {
                    "job_id": job_id,
                    "slicer": "OrcaSlicer",
                    "slicer_version": "2.3.1",
                    "layer_height": rng.choice([0.12, 0.16, 0.2, 0.28]),
                    "filament_type": rng.choice(FILAMENTS),
                    "filament_colour": "#FF0000",
                    "nozzle_diameter": 0.4,
                    "raw": {"layer_height": "0.2", "infill": "15%"},
                }
            )
            rows[-1].update(job_detail_copies(details[-1]))
            events += [
                {
                    "id": uuid.uuid4().hex,
                    "job_id": job_id,
                    "type": "started",
                    "at": start,
                    "data": {},
                },
                {
                    "id": uuid.uuid4().hex,
                    "job_id": job_id,
                    "type": "finished",
                    "at": start + timedelta(seconds=duration),
                    "data": {"status": status.value},
                },
            ]
        with engine.begin() as conn:
            conn.execute(sa.insert(Job), rows)
            conn.execute(sa.insert(JobDetails), details)
            conn.execute(sa.insert(JobEvent), events)
    with engine.begin() as conn:
        if engine.dialect.name in ("postgresql", "sqlite"):
            conn.execute(sa.text("ANALYZE"))
        else:
            for table in ("printers", "jobs", "job_details", "job_events"):
                conn.execute(sa.text(f"ANALYZE TABLE print_logger_{table}"))
    engine.dispose()
    return job_ids


async def measure(
    store: Store, job_ids: list[str], samples: int, rng: random.Random
) -> list[Timing]:
    """Time the API calls."""
    printer_ids = [printer.id for printer in await store.list_printers()]
    timings = {
        name: Timing(name, [])
        for name in ("page", "page 2", "search page", "get", "update")
    }

    def page_query() -> JobQuery:
        since = T_END - SPAN * rng.random()
        return JobQuery(
            printer_ids=(rng.choice(printer_ids),),
            statuses=(JobStatus.COMPLETED, JobStatus.CANCELLED),
            since=since,
            until=since + timedelta(days=365),
            sort="start",
            order="desc",
            limit=50,
        )

    for _ in range(10):  # warm up caches and the statement cache
        await store.list_jobs(page_query())
        await store.get_job(rng.choice(job_ids))
    for _ in range(samples):
        query = page_query()
        began = time.perf_counter()
        page = await store.list_jobs(query)
        timings["page"].samples.append((time.perf_counter() - began) * 1000)
        if page.next_cursor:
            began = time.perf_counter()
            await store.list_jobs(replace(query, cursor=page.next_cursor))
            timings["page 2"].samples.append((time.perf_counter() - began) * 1000)

        search = JobQuery(
            q=rng.choice(WORDS)[:4].upper(),
            filament_type=rng.choice(["pla", "PETG"]),
            sort="print_duration",
            order="desc",
            limit=50,
        )
        began = time.perf_counter()
        await store.list_jobs(search)
        timings["search page"].samples.append((time.perf_counter() - began) * 1000)

        job_id = rng.choice(job_ids)
        began = time.perf_counter()
        await store.get_job(job_id)
        timings["get"].samples.append((time.perf_counter() - began) * 1000)

        job_id = rng.choice(job_ids)
        began = time.perf_counter()
        await store.update_job(
            job_id,
            {
                "notes": f"bench {rng.random()}",
                "rating": rng.randint(1, 5),
                "tags": ["bench"],
            },
        )
        timings["update"].samples.append((time.perf_counter() - began) * 1000)
    return list(timings.values())


async def run(kind: str, args: argparse.Namespace) -> None:
    """Benchmark one engine."""
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp:
        url, name = create_database(kind, Path(tmp))
        try:
            store = Store(url, Path(tmp) / "journal.jsonl")
            await store.async_start()
            try:
                began = time.perf_counter()
                job_ids = await asyncio.to_thread(
                    load, url, args.jobs, args.printers, rng
                )
                loaded = time.perf_counter() - began
                info = await store.engine_info()
                print(
                    f"\n{kind} {info.server_version}: {info.row_counts['jobs']} jobs, "
                    f"{info.row_counts['job_events']} events over {info.row_counts['printers']} "
                    f"printers (bulk load {loaded:.1f} s)"
                )
                for timing in await measure(store, job_ids, args.samples, rng):
                    print("  " + timing.line())
            finally:
                await store.async_stop()
        finally:
            drop_database(kind, name)


def main() -> None:
    """Parse arguments and run every engine."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--printers", type=int, default=50)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--engines", default="sqlite,mariadb,postgresql")
    args = parser.parse_args()
    for kind in args.engines.split(","):
        asyncio.run(run(kind.strip(), args))


if __name__ == "__main__":
    main()
