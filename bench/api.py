"""
Benchmark of the analytics and the CSV export (not a test): 100k jobs, 50 printers, 3 years.

    .venv/bin/python bench/api.py [--jobs 100000] [--printers 50] [--samples 60]
                                  [--engines sqlite,mariadb,postgresql] [--time-zone Europe/Berlin]
                                  [--files 10000] [--only file]

For each engine it makes a throwaway database (a temporary SQLite file; ``print_logger_bench_<random>``
on MariaDB at 127.0.0.1:3306 and PostgreSQL at 127.0.0.1:5432, dropped afterwards), migrates it with
the store, bulk-loads jobs with slicer details (``tests/helpers/bulk.py``: generated a batch at a
time while COPY / LOAD DATA / one SQLite transaction inserts them; its time, the process's peak
RSS and the load average are printed), and times, through the store's worker thread as the
API calls them (bucketed in ``--time-zone``, which has DST):

- baseline: ``SELECT count(*), sum(print_duration) FROM print_logger_jobs`` through the same worker;
  every other p95 is printed with its ratio to this one's (the ratio is what stays comparable from
  machine to machine and run to run);

- summary: totals over every job (3 years, all printers);
- timeseries: a day-bucketed series over a random year (the metric rotates: jobs, hours, filament,
  cost);
- breakdown by each key, over every job;
- accuracy: estimates against actuals of completed jobs;
- costs (``store/cost_analytics.py``): the cost analysis by printer, material and local month over
  every job (farm-wide: from the roll-ups; local months from their UTC days and the jobs at each
  month's ends), by material over a random year of one printer (the jobs), and the 10 most expensive
  jobs (two index walks, schema version 12); the loaded jobs carry the computed
  costs of schema version 7 (energy on two jobs in three, the three parts and the total; a manual cost
  on one in ten);
- spools (``store/spool_analytics.py``): filament and cost by vendor and by spool over every job;
  two jobs in three used one or two spools of a pool of 40 (one in eight without a price), stored
  as the jobs' spools JSON (``store/spools.py``);
- export: the CSV of every job, streamed, with its wall time; then the peak traced memory
  (tracemalloc) of exports of a tenth, half and all of the jobs, to show it is flat;
- files (``--files`` models, 10k by default, some re-sliced): the files view of the farm by last
  print, by success rate, searched, of one printer, a file with its versions and a file's jobs
  (after the files' records are built from the bulk-loaded jobs, timed too; skipped when
  ``--only`` names no file operation).

After the bulk load the analytics' roll-ups (``store/rollups.py``) are built from the jobs, timed
(the schema migration builds them the same way on an existing database); the local ones in
``--time-zone``, which the store is told first (as the integration tells it Home Assistant's).
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
import itertools
import os
from pathlib import Path
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from typing import Any
import uuid

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from databases import create_database, drop_database

from custom_components.print_logger.store import JobQuery, JobStatus, Store
from custom_components.print_logger.store.analytics import (
    BREAKDOWNS,
    METRICS,
    AnalyticsQuery,
    async_accuracy,
    async_breakdown,
    async_summary,
    async_timeseries,
    export_csv,
)
from custom_components.print_logger.store.cost_analytics import (
    COST_BREAKDOWNS,
    async_cost_analysis,
    async_expensive_jobs,
)
from custom_components.print_logger.store.files import FileQuery
from custom_components.print_logger.store.models import (
    Job,
    JobDetails,
    Printer,
    job_detail_copies,
)
from custom_components.print_logger.store.spool_analytics import async_spool_breakdown
from custom_components.print_logger.store.spools import (
    JobSpool,
    spool_to_json,
    spools_cost,
)
from tests.helpers.bulk import bulk_insert

STATUSES = [JobStatus.COMPLETED] * 8 + [
    JobStatus.CANCELLED,
    JobStatus.ERROR,
    JobStatus.KLIPPY_SHUTDOWN,
    JobStatus.INTERRUPTED,
]
FILAMENTS = ["PLA", "PETG", "ABS", "ASA", "TPU", "PLA;PETG", "PA-CF", None]
COLOURS = ["#FF0000", "#00FF00", "#0000FF", "#FFFFFF", "#000000", None]
SLICERS = ["OrcaSlicer", "PrusaSlicer", "Cura", "SuperSlicer", None]
WORDS = ["benchy", "bracket", "vase", "gear", "hinge", "clip", "mount", "case", "lid"]
T_END = datetime(2026, 11, 1, tzinfo=UTC)
SPAN = timedelta(days=3 * 365)
BATCH = 10_000
# What every figure is compared with, measured in the same run over the same rows: the cheapest
# question about every job (a scan of the jobs table), through the store's worker like the others.
BASELINE = "baseline: count(*), sum(print_duration)"


def spool_pool(rng: random.Random) -> list[JobSpool]:
    """Return the farm's 40 spools (their facts; one in eight without a price)."""
    vendors = ["eSUN", "Prusament", "Polymaker", "Sunlu", "Elegoo", None]
    materials = ["PLA", "PETG", "ABS", "ASA", "TPU"]
    colours = ["1A1A1A", "FFFFFF", "FF0000", "1E90FF", "00AA00", None]
    pool: list[JobSpool] = []
    for spool_id in range(1, 41):
        material = rng.choice(materials)
        pool.append(
            JobSpool(
                spool_id=spool_id,
                filament_name=f"{material} {rng.choice(['Basic', 'Matte', 'Silk'])}",
                vendor=rng.choice(vendors),
                material=material,
                color_hex=rng.choice(colours),
                diameter=1.75,
                density=rng.choice([1.24, 1.27, 1.04]),
                price=None if rng.random() < 1 / 8 else round(rng.uniform(15, 40), 2),
                price_weight=1000.0,
            )
        )
    return pool


def job_spools(rng: random.Random, pool: list[JobSpool], mm: float) -> dict[str, Any]:
    """Return a job's spools columns: one or two spools of the pool on two jobs in three."""
    if rng.random() >= 2 / 3:
        return {"spools": None, "spool_filament_cost": None}
    used = rng.sample(pool, rng.choice([1, 1, 2]))
    share = mm / len(used)
    spools = [
        JobSpool(**{**spool_to_json(spool), "length_mm": round(share, 2)}).computed()
        for spool in used
    ]
    return {
        "spools": [spool_to_json(spool) for spool in spools],
        "spool_filament_cost": spools_cost(spools),
    }


def baseline(session: Any) -> Any:
    """Return the number of jobs and their print seconds (the baseline's bare scan)."""
    return session.execute(
        sa.select(sa.func.count(), sa.func.sum(Job.print_duration))
    ).one()


def costs(rng: random.Random, grams: float, seconds: float) -> dict[str, Any]:
    """Return a job's cost columns: energy (two in three), the three parts, the total, a typed cost."""
    hours = seconds / 3600
    energy = round(hours * rng.uniform(0.08, 0.3), 3) if rng.random() < 2 / 3 else None
    electricity = round(energy * 0.3, 4) if energy is not None else None
    filament = round(grams * 0.025, 4)
    machine = round(hours * 0.5, 4)
    total = round((electricity or 0.0) + filament + machine, 4)
    return {
        "cost": round(total * 1.2, 2) if rng.random() < 0.1 else None,
        "energy_kwh": energy,
        "energy_source": "measured" if energy is not None else None,
        "electricity_cost": electricity,
        "electricity_source": "measured" if energy is not None else None,
        "computed_filament_cost": filament,
        "computed_filament_source": "price_table",
        "machine_cost": machine,
        "total_cost": total,
        "total_cost_source": "computed",
    }


def models(count: int, rng: random.Random) -> list[dict[str, Any]]:
    """Return ``count`` sliced files: a name and the slicer's facts (every tenth name re-sliced)."""
    result: list[dict[str, Any]] = []
    for index in range(count):
        if index % 10 == 9:
            # A re-slice of the previous file: same name, other estimate.
            result.append(
                {**result[-1], "estimated_time": result[-1]["estimated_time"] * 1.1}
            )
            continue
        name = f'{rng.choice(WORDS)}, "{rng.choice(WORDS)}" {index}.gcode'
        result.append(
            {
                "filename": name,
                "slicer": rng.choice(SLICERS),
                "layer_height": rng.choice([0.12, 0.16, 0.2, 0.28, None]),
                "filament_type": rng.choice(FILAMENTS),
                "filament_colour": rng.choice(COLOURS),
                "estimated_time": rng.uniform(600, 12 * 3600),
                "filament_used_mm": rng.uniform(100, 40000),
            }
        )
    return result


def job_batches(
    jobs: int,
    printer_ids: list[str],
    sliced: list[dict[str, Any]],
    rng: random.Random,
    now: datetime,
) -> Iterator[dict[Any, list[dict[str, Any]]]]:
    """Yield the jobs and their details, ``BATCH`` at a time (generated as they are inserted)."""
    pool = spool_pool(rng)
    for offset in range(0, jobs, BATCH):
        rows: list[dict[str, Any]] = []
        details: list[dict[str, Any]] = []
        for _ in range(min(BATCH, jobs - offset)):
            job_id = uuid.uuid4().hex
            start = T_END - SPAN * rng.random()
            model = rng.choice(sliced)
            duration = model["estimated_time"] * rng.uniform(0.8, 1.2)
            status = rng.choice(STATUSES)
            filename = model["filename"]
            mm = model["filament_used_mm"] * rng.uniform(0.9, 1.1)
            rows.append(
                {
                    "id": job_id,
                    "printer_id": rng.choice(printer_ids),
                    "uid": None,
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
                    "estimated_time": model["estimated_time"],
                    "progress": 1.0 if status is JobStatus.COMPLETED else rng.random(),
                    "pause_count": 0,
                    "paused_duration": 0.0,
                    "tags": rng.sample(
                        ["gift", "functional", "prototype"], rng.randrange(3)
                    ),
                    "notes": rng.choice([None, "=1+1", "ok, fine\nsecond line"]),
                    "rating": rng.choice([None, 1, 2, 3, 4, 5]),
                    # The costs of schema version 7: a typed cost on one job in ten, else the
                    # computed total; energy measured on two jobs in three.
                    **costs(rng, mm * 0.00298, duration),
                    **job_spools(rng, pool, mm),
                    "created_at": now,
                    "updated_at": now,
                }
            )
            details.append(
                {
                    "job_id": job_id,
                    **{key: value for key, value in model.items() if key != "filename"},
                }
            )
            rows[-1].update(job_detail_copies(details[-1]))
        yield {Job: rows, JobDetails: details}


def load(
    url: str, jobs: int, printers: int, files: int, rng: random.Random
) -> list[str]:
    """
    Bulk-insert printers, jobs and details (``tests/helpers/bulk.py``); return the printer ids.

    The rows are generated while they are inserted, a batch at a time (memory stays flat).
    """
    now = datetime.now(UTC)
    sliced = models(files, rng)
    printer_ids = [uuid.uuid4().hex for _ in range(printers)]
    printer_rows = [
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
    ]
    bulk_insert(
        url,
        itertools.chain(
            [{Printer: printer_rows}],
            job_batches(jobs, printer_ids, sliced, rng, now),
        ),
    )
    return printer_ids


def peak_rss_mb() -> float:
    """Return this process's peak resident memory so far (MB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def analyze(url: str) -> None:
    """Have the database gather its statistics of the loaded tables."""
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        if engine.dialect.name in ("postgresql", "sqlite"):
            conn.execute(sa.text("ANALYZE"))
        else:
            for table in ("printers", "jobs", "job_details", "files"):
                conn.execute(sa.text(f"ANALYZE TABLE print_logger_{table}"))
    engine.dispose()


async def timed(
    samples: int, call: Callable[[int], Awaitable[Any]]
) -> tuple[float, float]:
    """Return p50 and p95 (ms) of ``samples`` calls (after two warm-up calls)."""
    for index in range(2):
        await call(index)
    latencies: list[float] = []
    for index in range(samples):
        began = time.perf_counter()
        await call(index)
        latencies.append((time.perf_counter() - began) * 1000)
    cuts = statistics.quantiles(latencies, n=100)
    return cuts[49], cuts[94]


async def export(
    store: Store, query: JobQuery, *, trace: bool
) -> tuple[int, int, float, int]:
    """Stream an export; return (rows, bytes, seconds, peak traced bytes)."""
    if trace:
        tracemalloc.start()
    began = time.perf_counter()
    size = rows = 0
    async for chunk in export_csv(store, query):
        size += len(chunk)
        rows += chunk.count(b"\r\n")
    seconds = time.perf_counter() - began
    peak = 0
    if trace:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return rows - 1, size, seconds, peak


async def run(kind: str, args: argparse.Namespace) -> list[tuple[str, str, str]]:
    """Benchmark one engine; return (operation, p50, p95) lines."""
    rng = random.Random(42)
    lines: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        url, name = create_database(kind, Path(tmp))
        try:
            # The store migrates the schema; the bulk load runs with no connection of the store's
            # open (SQLite's journal can leave WAL for it); then the store is started again.
            migrating = Store(url, Path(tmp) / "journal.jsonl")
            await migrating.async_start()
            # Home Assistant's zone, as the integration gives it: the local roll-ups hold it (built
            # with the others after the load; on the empty database this costs nothing).
            await migrating.async_set_time_zone(args.time_zone)
            await migrating.async_stop()
            began = time.perf_counter()
            printer_ids = await asyncio.to_thread(
                load, url, args.jobs, args.printers, args.files, rng
            )
            loaded = time.perf_counter()
            load_rss = peak_rss_mb()
            print(
                f"{kind}: {args.jobs} jobs bulk-loaded in {loaded - began:.1f} s",
                file=sys.stderr,
                flush=True,
            )
            # Building the roll-ups of 1M jobs takes MariaDB more than the store's 60 s read
            # timeout on a loaded machine: the bench's store waits longer.
            store_url = (
                f"{url}&read_timeout=3600&write_timeout=3600"
                if kind == "mariadb"
                else url
            )
            store = Store(store_url, Path(tmp) / "journal.jsonl")
            await store.async_start()
            try:
                only = tuple(part for part in args.only.split(",") if part)
                # The files' records only when the files are timed (they take longest to build).
                records = (
                    await store.rebuild_files()
                    if not only or any(part.startswith("file") for part in only)
                    else 0
                )
                built = time.perf_counter() - loaded
                rolled_up = time.perf_counter()
                await store.rebuild_rollups()
                rolled = time.perf_counter() - rolled_up
                await asyncio.to_thread(analyze, url)
                info = await store.engine_info()
                print(
                    f"{kind} {info.server_version}: {info.row_counts['jobs']} jobs over "
                    f"{info.row_counts['printers']} printers "
                    f"(bulk load {loaded - began:.1f} s, peak RSS {load_rss:.0f} MB,"
                    f" load average {os.getloadavg()[0]:.1f}; {records} file records built in"
                    f" {built:.1f} s; roll-ups built in {rolled:.1f} s)",
                    file=sys.stderr,
                )
                everything = AnalyticsQuery()
                tz = args.time_zone

                def year(index: int) -> AnalyticsQuery:
                    since = T_END - SPAN + (SPAN - timedelta(days=365)) * rng.random()
                    return AnalyticsQuery(
                        since=since, until=since + timedelta(days=365)
                    )

                operations: list[tuple[str, Callable[[int], Awaitable[Any]]]] = [
                    (BASELINE, lambda _i: store.async_read(baseline)),
                    ("summary", lambda _i: async_summary(store, everything)),
                    (
                        "timeseries day, 1 year",
                        lambda i: async_timeseries(
                            store,
                            year(i),
                            bucket="day",
                            metric=METRICS[i % 4],
                            time_zone=tz,
                        ),
                    ),
                ]
                operations.extend(
                    (
                        f"breakdown {by}",
                        lambda _i, by=by: async_breakdown(
                            store, everything, by=by, time_zone=tz
                        ),
                    )
                    for by in BREAKDOWNS
                )
                operations.append(
                    ("accuracy", lambda _i: async_accuracy(store, everything))
                )
                operations.extend(
                    (
                        f"costs by {by}",
                        lambda _i, by=by: async_cost_analysis(
                            store, everything, by=by, time_zone=tz
                        ),
                    )
                    for by in COST_BREAKDOWNS
                )

                operations.extend(
                    (
                        f"spools by {by}",
                        lambda _i, by=by: async_spool_breakdown(
                            store, everything, by=by
                        ),
                    )
                    for by in ("vendor", "spool")
                )

                def printer_year(index: int) -> AnalyticsQuery:
                    return replace(
                        year(index),
                        printer_ids=(printer_ids[index % len(printer_ids)],),
                    )

                operations.extend(
                    [
                        (
                            "costs by filament_type, one printer, 1 year",
                            lambda i: async_cost_analysis(
                                store, printer_year(i), by="filament_type", time_zone=tz
                            ),
                        ),
                        (
                            "costs, 10 most expensive jobs",
                            lambda _i: async_expensive_jobs(
                                store, everything, limit=10
                            ),
                        ),
                    ]
                )
                farm_files = await store.list_files(FileQuery(limit=500))
                file_ids = [record.id for record in farm_files.files]
                operations.extend(
                    [
                        (
                            "files, farm, by last print",
                            lambda i: store.list_files(FileQuery(offset=(i % 20) * 50)),
                        ),
                        (
                            "files, farm, by success rate",
                            lambda i: store.list_files(
                                FileQuery(
                                    sort="success_rate", order=("asc", "desc")[i % 2]
                                )
                            ),
                        ),
                        (
                            "files, farm, searched",
                            lambda i: store.list_files(
                                FileQuery(q=WORDS[i % len(WORDS)], sort="prints")
                            ),
                        ),
                        (
                            "files, one printer",
                            lambda i: store.list_files(
                                FileQuery(
                                    printer_id=printer_ids[i % len(printer_ids)],
                                    sort=("last_start", "prints", "filename")[i % 3],
                                )
                            ),
                        ),
                        (
                            "file with its versions",
                            lambda i: store.get_file(file_ids[i % len(file_ids)]),
                        ),
                        (
                            "a file's jobs",
                            lambda i: store.list_jobs(
                                JobQuery(file_id=file_ids[i % len(file_ids)])
                            ),
                        ),
                    ]
                )
                reference = 0.0
                for label, call in operations:
                    if only and label != BASELINE and not label.startswith(only):
                        continue
                    p50, p95 = await timed(args.samples, call)
                    if label == BASELINE:
                        reference = p95
                    ratio = f" ({p95 / reference:.2f}x)" if reference > 0 else ""
                    lines.append((label, f"{p50:.1f}", f"{p95:.1f}{ratio}"))
                if args.only:
                    return lines

                rows, size, seconds, _ = await export(store, JobQuery(), trace=False)
                lines.append(
                    (
                        f"export.csv {rows} rows, {size / 1e6:.1f} MB",
                        f"{seconds * 1000:.0f}",
                        "",
                    )
                )
                # Peak memory of exports of a tenth, half and all of the jobs: flat if it streams.
                for fraction in (0.1, 0.5, 1.0):
                    part = (
                        JobQuery(since=T_END - SPAN * fraction)
                        if fraction < 1
                        else JobQuery()
                    )
                    rows, _, _, peak = await export(store, part, trace=True)
                    lines.append(
                        (
                            f"  peak traced memory, {rows} rows",
                            f"{peak / 1e6:.2f} MB",
                            "",
                        )
                    )
            finally:
                await store.async_stop()
        finally:
            drop_database(kind, name)
    return lines


def main() -> None:
    """Parse arguments, run every engine and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=100_000)
    parser.add_argument("--printers", type=int, default=50)
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--engines", default="sqlite,mariadb,postgresql")
    parser.add_argument("--time-zone", default="Europe/Berlin")
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument(
        "--only",
        default="",
        help=(
            "time only the operations whose label starts with one of these comma-separated"
            " prefixes (e.g. 'file' or 'summary,timeseries,breakdown'; no export)"
        ),
    )
    args = parser.parse_args()
    engines = [kind.strip() for kind in args.engines.split(",")]
    results = {kind: asyncio.run(run(kind, args)) for kind in engines}
    labels = [label for label, _p50, _p95 in results[engines[0]]]
    header = f"{'operation (ms; export: wall ms / peak)':<42}" + "".join(
        f"{kind + ' p50':>16}{kind + ' p95 (ratio)':>26}" for kind in engines
    )
    print(
        f"\n{args.jobs} jobs, {args.printers} printers, 3 years, time zone {args.time_zone}"
    )
    print("(p95 in brackets: its ratio to the baseline's p95 in the same run)")
    print(header)
    print("-" * len(header))
    for index, label in enumerate(labels):
        cells = "".join(
            f"{results[kind][index][1]:>16}{results[kind][index][2]:>26}"
            for kind in engines
        )
        print(f"{label:<42}{cells}")


if __name__ == "__main__":
    main()
