"""
Memory and CPU per connected, idle printer (not a test: it prints its figures).

N simulated printers (the Klippy simulator and the real Moonraker, each in its own process) are
watched by this process the way Home Assistant watches them: a Moonraker client with its websocket
subscription, a job tracker and the store's writer, per printer. The same process first measures a
baseline with no printer, so the figures are the cost per printer over that baseline:

* CPU: process CPU time over an idle window, divided by the window and by N (percent of one core);
* memory: growth of the process's resident set (RSS) and of the Python heap (tracemalloc) after
  connecting the N printers, divided by N.

Run: ``.venv/bin/python bench/idle.py [--printers 10] [--seconds 30]``.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Mapping
from pathlib import Path
import resource
import sys
import tempfile
import time
import tracemalloc
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from custom_components.print_logger.moonraker import MoonrakerClient
from custom_components.print_logger.store import Store
from custom_components.print_logger.tracking import JobTracker
from custom_components.print_logger.tracking.sink import StoreSink
from tests.helpers.moonraker import MoonrakerProcess
from tests.sim.process import KlippySimulatorProcess


class Watcher:
    """What the integration runs per printer, without Home Assistant: client → tracker → store."""

    def __init__(
        self, session: aiohttp.ClientSession, port: int, store: Store, printer_id: str
    ) -> None:
        self.client = MoonrakerClient(session, "127.0.0.1", port, backoff=(0.5,))
        self.tracker = JobTracker(StoreSink(store), printer_id)
        self.ready = asyncio.Event()
        self.updates = 0
        self.task: asyncio.Task[None] | None = None

    def on_connection(self, connected: bool) -> None:
        self.tracker.handle_connection(connected)

    def on_klippy_state(
        self, state: str, message: str | None, *, notification: bool
    ) -> None:
        self.tracker.handle_klippy_state(state, message, notification=notification)

    def on_status(self, status: Mapping[str, Any]) -> None:
        self.updates += 1
        self.tracker.handle_status(status)

    def on_history_changed(self, action: str, job: Mapping[str, Any]) -> None:
        self.tracker.handle_history_changed(action, job)

    def on_filelist_changed(self, action: str, item: Mapping[str, Any]) -> None:
        """File changes do not matter here."""

    async def on_ready(self) -> None:
        self.ready.set()

    async def start(self) -> None:
        await self.tracker.async_start()
        self.task = asyncio.create_task(self.client.run(self))

    async def stop(self) -> None:
        assert self.task is not None
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)
        await self.tracker.async_stop()


def rss_kib() -> int:
    """Return the process's resident set size in KiB."""
    return (
        int(Path("/proc/self/statm").read_text().split()[1])
        * resource.getpagesize()
        // 1024
    )


def cpu_seconds() -> float:
    """Return the CPU time (user + system) this process used so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def idle_cpu(seconds: float) -> float:
    """Return the CPU seconds this process spends over ``seconds`` of idling."""
    start = cpu_seconds()
    await asyncio.sleep(seconds)
    return cpu_seconds() - start


async def main(printers: int, seconds: float) -> None:
    """Measure the baseline, connect the printers, measure again, print the figures."""
    tmp = Path(tempfile.mkdtemp(prefix="pl-bench-idle-"))
    moonrakers: list[MoonrakerProcess] = []
    sims: list[KlippySimulatorProcess] = []
    for i in range(printers):
        mr = MoonrakerProcess(tmp / f"p{i}")
        sim = KlippySimulatorProcess(mr.klippy_uds, mr.gcodes_dir, speed=1.0)
        await sim.start()
        await asyncio.to_thread(mr.start)
        moonrakers.append(mr)
        sims.append(sim)
    store = Store(f"sqlite:///{tmp / 'bench.db'}", tmp / "journal.jsonl")
    await store.async_start()
    ids = [
        await store.upsert_printer(name=f"bench {i}", instance_id=mr.instance_uuid)
        for i, mr in enumerate(moonrakers)
    ]
    async with aiohttp.ClientSession() as session:
        tracemalloc.start()
        await asyncio.sleep(1.0)
        base_rss, base_heap = rss_kib(), tracemalloc.get_traced_memory()[0]
        base_cpu = await idle_cpu(seconds)

        watchers = [
            Watcher(session, mr.port, store, pid)
            for mr, pid in zip(moonrakers, ids, strict=True)
        ]
        for watcher in watchers:
            await watcher.start()
        await asyncio.wait_for(asyncio.gather(*(w.ready.wait() for w in watchers)), 60)
        await asyncio.sleep(2.0)
        rss, heap = rss_kib(), tracemalloc.get_traced_memory()[0]
        updates_before = sum(w.updates for w in watchers)
        cpu = await idle_cpu(seconds)
        updates = sum(w.updates for w in watchers) - updates_before
        tracemalloc.stop()

        for watcher in watchers:
            await watcher.stop()
    await store.async_stop()
    for mr in moonrakers:
        await asyncio.to_thread(mr.stop)
    for sim in sims:
        await sim.stop()

    per_cpu = (cpu - base_cpu) / seconds / printers * 100
    print(
        f"idle printers: {printers}, window {seconds:g} s, {updates} status updates received"
    )
    print("| measure | baseline (no printer) | with printers | per printer |")
    print("|---|---|---|---|")
    print(
        f"| CPU, % of one core | {base_cpu / seconds * 100:.3f} | {cpu / seconds * 100:.3f} | {per_cpu:.3f} |"
    )
    print(f"| RSS, KiB | {base_rss} | {rss} | {(rss - base_rss) / printers:.0f} |")
    print(
        f"| Python heap, KiB | {base_heap / 1024:.0f} | {heap / 1024:.0f} | {(heap - base_heap) / 1024 / printers:.1f} |"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--printers", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args()
    started = time.monotonic()
    asyncio.run(main(args.printers, args.seconds))
    print(f"(ran {time.monotonic() - started:.0f} s)")
