"""
Stress: simulated printers printing one job after the other, with random connection cuts.

10 printers × 20 jobs end with exactly 200 jobs on SQLite; a shorter run, 4 printers × 8 jobs, does
the same with the print log on MariaDB and on PostgreSQL. Not timed: it checks that nothing is lost
or stored twice when the websocket drops at random moments (mid-print, at the end of a print,
between prints, for longer than a whole print).
"""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path
import random

from homeassistant.core import HomeAssistant
import pytest

from custom_components.print_logger.store import JobQuery, JobStatus, Store
from tests.conftest import PrintLog
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.test_live_capture import setup_printer, unload

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]

SPEED = 150.0
"""A simulated print lasts about two seconds: several of Klippy's 250 ms status batches."""
STALL = 30.0
"""Seconds without a stored job changing after which the log is taken as final."""


async def _print_all(printer: SimulatedPrinter, names: list[str]) -> None:
    """Run the printer's jobs one after the other, as a queue would."""
    for name in names:
        await printer.start_print(name)
        await printer.sim.wait_for_state("complete", timeout=60)
        await printer.wait_for_job(name, status="completed", timeout=30)


async def _cut_connections(
    entries: list, rng: random.Random, stop: asyncio.Event
) -> int:
    """Drop printers' websockets at random; sometimes keep one down for a while. Return the cuts."""
    cuts = 0
    while not stop.is_set():
        await asyncio.sleep(rng.uniform(0.05, 0.4))
        entry = rng.choice(entries)
        client = entry.runtime_data.client
        ws = client._ws
        if ws is None or ws.closed:
            continue
        cuts += 1
        if rng.random() < 0.3:
            # A longer outage: reconnects fail until the port comes back.
            real_port = client.port
            client.port = 9
            await ws.close()
            await asyncio.sleep(rng.uniform(0.3, 1.5))
            client.port = real_port
        else:
            await ws.close()
    return cuts


async def _until_settled(store: Store, total: int) -> float:
    """
    Wait until ``total`` jobs are stored, each completed with its uid, or the log stops changing.

    Home Assistant may still be catching up when the printers are done (on a busy machine, several
    jobs behind): as long as jobs keep arriving or ending, it waits. A log that did not change for
    STALL seconds will not change any more; the test's assertions then say what is wrong. Returns
    the seconds it waited.
    """
    loop = asyncio.get_running_loop()
    seen: tuple[int, int] | None = None
    start = changed = loop.time()
    while loop.time() - changed < STALL:
        page = await store.list_jobs(JobQuery(limit=500))
        done = sum(1 for j in page.jobs if j.status is JobStatus.COMPLETED and j.uid)
        if page.total == total and done == total:
            break
        if (page.total, done) != seen:
            seen, changed = (page.total, done), loop.time()
        await asyncio.sleep(0.2)
    return loop.time() - start


@pytest.mark.parametrize(
    ("print_log_engine", "printer_count", "job_count"),
    [
        pytest.param("sqlite", 10, 20, id="sqlite-10x20"),
        pytest.param("mariadb", 4, 8, id="mariadb-4x8", marks=pytest.mark.mariadb),
        pytest.param(
            "postgresql", 4, 8, id="postgresql-4x8", marks=pytest.mark.postgresql
        ),
    ],
)
async def test_printers_jobs_random_cuts(
    hass: HomeAssistant,
    tmp_path: Path,
    print_log: PrintLog,
    printer_count: int,
    job_count: int,
) -> None:
    """Exactly printers × jobs are stored, each completed with its Moonraker uid, none twice."""
    rng = random.Random(20261124)
    total = printer_count * job_count
    printers = [
        SimulatedPrinter(tmp_path / f"p{i}", speed=SPEED) for i in range(printer_count)
    ]
    await asyncio.gather(*(p.start() for p in printers))
    try:
        names: list[list[str]] = []
        for printer in printers:
            files = [
                await printer.upload(
                    FIXTURES / "sim_cube.gcode", f"stress_{job:02d}.gcode"
                )
                for job in range(job_count)
            ]
            names.append(files)
        entries = [await setup_printer(hass, printer) for printer in printers]
        for entry in entries:
            entry.runtime_data.client.backoff = (0.1,)
        stop = asyncio.Event()
        cutter = asyncio.create_task(_cut_connections(entries, rng, stop))
        try:
            await asyncio.gather(
                *(_print_all(p, n) for p, n in zip(printers, names, strict=True))
            )
        finally:
            stop.set()
            cuts = await cutter
        store = entries[0].runtime_data.store

        waited = await _until_settled(store, total)
        page = await store.list_jobs(JobQuery(limit=500))
        print(
            f"\nstress on {print_log.engine}: {printer_count} printers x {job_count} jobs,"
            f" {cuts} connection cuts, {page.total} jobs stored ({waited:.1f} s after the"
            " printers were done)"
        )
        odd = [
            (j.printer_id[:6], j.filename, str(j.status), j.uid, str(j.source))
            for j in page.jobs
            if j.status is not JobStatus.COMPLETED or not j.uid
        ]
        assert not odd, odd
        assert page.total == total
        assert await print_log.jobs_stored(hass, store) == total
        per_printer = Counter(j.printer_id for j in page.jobs)
        assert set(per_printer.values()) == {job_count}
        for entry, printer, files in zip(entries, printers, names, strict=True):
            history = {j["job_id"]: j for j in await printer.history(limit=100)}
            stored = [j for j in page.jobs if j.printer_id == entry.unique_id]
            assert sorted(j.filename for j in stored) == sorted(files)
            assert {j.uid for j in stored} == set(history)
            for job in stored:
                assert job.status is JobStatus.COMPLETED
                assert job.filament_used_mm == pytest.approx(
                    history[job.uid]["filament_used"], rel=0.05
                )
        assert cuts > 10
        for entry in entries:
            await unload(hass, entry)
    finally:
        await asyncio.gather(*(p.stop() for p in printers))
