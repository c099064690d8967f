"""
CPU and memory per watched printer, idle and printing (not a test: it prints its figures).

A farm of 100 idle printers and 10 printing ones is watched by this process the way Home
Assistant watches them: per printer, a Moonraker client with its websocket subscription, a job
tracker and the store's writer (SQLite). Home Assistant itself (coordinator, entities) is not
loaded: what is measured is the integration's per-message work below it.

What is real and what is lighter: 110 real Moonraker processes (each with a Klippy simulator) do
not fit a 2-core machine, so the printers are stand-ins, all served by **one separate
subprocess** (its CPU is not counted here): one websocket endpoint per printer speaking
Moonraker's JSON-RPC (``server.connection.identify``, ``server.info``, ``printer.objects.
subscribe``/``query``) and pushing what a real Moonraker pushes, at its rates:

* ``notify_proc_stat_update`` every second, with the real payload's shape;
* Klipper's status batches every 250 ms, holding only the subscribed fields that changed, as
  Moonraker sends them: heater temperatures (noisy, idle or not), the toolhead's clock
  (``estimated_print_time``, always moving), and while printing ``print_stats`` durations and
  filament, ``virtual_sdcard``/``display_status`` progress, the layer now and then.

The client, tracker and store are the integration's own code; the messages' content and rates
are Moonraker's (see ``tests/sim`` and a real Moonraker's websocket for the originals). The
figures scale linearly with the printers (each is independent): ``--idle`` and ``--printing``
change the farm's size.

Measured in this process, against a baseline with no printer (the stand-ins already running):

* idle: CPU time over a window with the idle printers connected, over the baseline, divided by the
  window and by their number (percent of one core); growth of the resident set (RSS) per idle
  printer (no tracemalloc: it would cost more CPU and memory than what is measured);
* printing: the same window's CPU once the printing printers are connected too, over the idle
  window, per printing printer.

Run: ``.venv/bin/python bench/idle.py [--idle 100] [--printing 10] [--seconds 20]``.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Mapping
import json
from pathlib import Path
import random
import resource
import socket
import subprocess
import sys
import tempfile
import time
from typing import Any
import uuid

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from custom_components.print_logger.moonraker import MoonrakerClient
from custom_components.print_logger.store import Store
from custom_components.print_logger.tracking import JobTracker

BATCH = 0.25
"""Klipper's status batches (Moonraker forwards them as they come)."""
PROC_STAT = 1.0
"""Moonraker's notify_proc_stat_update period."""


# ---------------------------------------------------------------------------- the stand-ins
class StandIn:
    """One printer as Moonraker shows it on its websocket: its objects and their pushes."""

    def __init__(self, printing: bool) -> None:
        self.printing = printing
        self.started = time.time()
        self.status: dict[str, dict[str, Any]] = {
            "print_stats": {
                "state": "printing" if printing else "standby",
                "filename": "bench_cube.gcode" if printing else "",
                "message": "",
                "print_duration": 0.0,
                "total_duration": 0.0,
                "filament_used": 0.0,
                "info": {"current_layer": 1, "total_layer": 200},
            },
            "virtual_sdcard": {
                "progress": 0.0,
                "is_active": printing,
                "file_position": 0,
            },
            "display_status": {"progress": 0.0, "message": None},
            "webhooks": {"state": "ready", "state_message": "Printer is ready"},
            "idle_timeout": {"state": "Printing" if printing else "Idle"},
            "toolhead": {"homed_axes": "xyz", "estimated_print_time": 0.0},
            "extruder": {"temperature": 24.8, "target": 0.0},
            "heater_bed": {"temperature": 23.9, "target": 0.0},
        }

    def tick(self) -> dict[str, dict[str, Any]]:
        """Advance one batch; return the fields that changed."""
        now = time.time() - self.started
        changed: dict[str, dict[str, Any]] = {
            "toolhead": {"estimated_print_time": round(now, 3)},
            "extruder": {"temperature": round(24.8 + random.uniform(-0.3, 0.3), 2)},
            "heater_bed": {"temperature": round(23.9 + random.uniform(-0.2, 0.2), 2)},
        }
        if self.printing:
            progress = min(now / 3600, 1.0)
            changed["print_stats"] = {
                "print_duration": round(now, 3),
                "total_duration": round(now, 3),
                "filament_used": round(now * 4.2, 3),
            }
            layer = 1 + int(progress * 199)
            if layer != self.status["print_stats"]["info"]["current_layer"]:
                changed["print_stats"]["info"] = {"current_layer": layer}
            changed["virtual_sdcard"] = {
                "progress": round(progress, 6),
                "file_position": int(progress * 5_000_000),
            }
            changed["display_status"] = {"progress": round(progress, 4)}
        for name, fields in changed.items():
            target = self.status[name]
            for key, value in fields.items():
                if key == "info":
                    target[key] = {**target[key], **value}
                else:
                    target[key] = value
        return changed


def _select(
    values: Mapping[str, Mapping[str, Any]], objects: Mapping[str, Any]
) -> dict[str, dict[str, Any]]:
    """Return the subscribed objects' fields of ``values`` (None subscribes to every field)."""
    out: dict[str, dict[str, Any]] = {}
    for name, fields in objects.items():
        if name not in values:
            continue
        obj = values[name]
        picked = {k: v for k, v in obj.items() if fields is None or k in fields}
        if picked:
            out[name] = picked
    return out


def _proc_stat(now: float) -> dict[str, Any]:
    """Return a notify_proc_stat_update payload shaped like Moonraker's."""
    return {
        "moonraker_stats": {
            "time": now,
            "cpu_usage": round(random.uniform(0.5, 3.0), 2),
            "memory": 45000 + random.randint(0, 99),
            "mem_units": "kB",
        },
        "cpu_temp": round(random.uniform(40, 50), 2),
        "network": {
            "lo": {"rx_bytes": 1000, "tx_bytes": 1000, "bandwidth": 100.0},
            "eth0": {"rx_bytes": 2000, "tx_bytes": 2000, "bandwidth": 50.0},
        },
        "system_cpu_usage": {"cpu": 3.5, "cpu0": 3.0, "cpu1": 4.0},
        "system_memory": {"total": 3900000, "available": 3000000, "used": 900000},
        "websocket_connections": 2,
    }


async def _websocket(request: web.Request) -> web.WebSocketResponse:
    """Serve one client of one stand-in printer."""
    stand_in: StandIn = request.app["stand_in"]
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    subscribed: dict[str, Any] = {}

    async def push() -> None:
        last_proc = 0.0
        while not ws.closed:
            await asyncio.sleep(BATCH)
            changed = _select(stand_in.tick(), subscribed)
            if changed:
                await ws.send_str(
                    json.dumps(
                        {
                            "jsonrpc": "2.0",
                            "method": "notify_status_update",
                            "params": [changed, time.time()],
                        }
                    )
                )
            if time.monotonic() - last_proc >= PROC_STAT:
                last_proc = time.monotonic()
                await ws.send_str(
                    json.dumps(
                        {
                            "jsonrpc": "2.0",
                            "method": "notify_proc_stat_update",
                            "params": [_proc_stat(time.time())],
                        }
                    )
                )

    pusher = asyncio.create_task(push())
    try:
        async for msg in ws:
            if msg.type is not aiohttp.WSMsgType.TEXT:
                continue
            data = json.loads(msg.data)
            method, params = data.get("method"), data.get("params") or {}
            result: Any
            if method == "server.connection.identify":
                result = {"connection_id": id(ws)}
            elif method == "server.info":
                result = {
                    "klippy_connected": True,
                    "klippy_state": "ready",
                    "components": ["history"],
                    "moonraker_version": "bench",
                }
            elif method in ("printer.objects.subscribe", "printer.objects.query"):
                objects = params.get("objects") or {}
                if method == "printer.objects.subscribe":
                    subscribed = dict(objects)
                result = {
                    "eventtime": time.time(),
                    "status": _select(stand_in.status, objects),
                }
            else:
                result = "ok"
            await ws.send_str(
                json.dumps({"jsonrpc": "2.0", "id": data.get("id"), "result": result})
            )
    finally:
        pusher.cancel()
    return ws


async def serve(idle: int, printing: int) -> None:
    """Serve the stand-ins on free ports; print their ports (idle first), then run until killed."""
    runners: list[web.AppRunner] = []
    ports: list[int] = []
    for i in range(idle + printing):
        app = web.Application()
        app["stand_in"] = StandIn(printing=i >= idle)
        app.router.add_get("/websocket", _websocket)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        site = web.SockSite(runner, sock)
        await site.start()
        runners.append(runner)
        ports.append(sock.getsockname()[1])
    print(json.dumps(ports), flush=True)
    await asyncio.Event().wait()


# ---------------------------------------------------------------------------- the watchers
class Watcher:
    """What the integration runs per printer, without Home Assistant: client → tracker → store."""

    def __init__(
        self, session: aiohttp.ClientSession, port: int, store: Store, printer_id: str
    ) -> None:
        self.client = MoonrakerClient(session, "127.0.0.1", port, backoff=(0.5,))
        self.tracker = JobTracker(store, printer_id)
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
    """Return the CPU seconds this process spends over ``seconds``."""
    start = cpu_seconds()
    await asyncio.sleep(seconds)
    return cpu_seconds() - start


async def connect(
    session: aiohttp.ClientSession, ports: list[int], store: Store
) -> list[Watcher]:
    """Watch the printers on ``ports``; return once every one is subscribed."""
    watchers = []
    for port in ports:
        printer_id = await store.upsert_printer(
            name=f"bench {port}", instance_id=str(uuid.uuid4())
        )
        watchers.append(Watcher(session, port, store, printer_id))
    for watcher in watchers:
        await watcher.start()
    await asyncio.wait_for(asyncio.gather(*(w.ready.wait() for w in watchers)), 120)
    return watchers


async def main(idle: int, printing: int, seconds: float) -> None:
    """Start the stand-ins, measure the baseline, the idle farm, then the printing printers."""
    server = await asyncio.create_subprocess_exec(
        sys.executable,
        __file__,
        "--serve",
        "--idle",
        str(idle),
        "--printing",
        str(printing),
        stdout=subprocess.PIPE,
    )
    assert server.stdout is not None
    ports: list[int] = json.loads(await server.stdout.readline())
    tmp = Path(tempfile.mkdtemp(prefix="pl-bench-idle-"))
    store = Store(f"sqlite:///{tmp / 'bench.db'}", tmp / "journal.jsonl")
    await store.async_start()
    try:
        # Unlimited connections: aiohttp's default pool (100) would hold back the 101st websocket.
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as session:
            await asyncio.sleep(1.0)
            base_cpu = await idle_cpu(seconds)
            base_rss = rss_kib()

            idle_watchers = await connect(session, ports[:idle], store)
            await asyncio.sleep(2.0)
            rss = rss_kib()
            before = sum(w.updates for w in idle_watchers)
            cpu_idle = await idle_cpu(seconds)
            idle_updates = sum(w.updates for w in idle_watchers) - before

            printing_watchers = await connect(session, ports[idle:], store)
            await asyncio.sleep(2.0)
            before = sum(w.updates for w in printing_watchers)
            cpu_printing = await idle_cpu(seconds)
            printing_updates = sum(w.updates for w in printing_watchers) - before

            for watcher in idle_watchers + printing_watchers:
                await watcher.stop()
    finally:
        await store.async_stop()
        server.terminate()
        await server.wait()

    idle_per = (cpu_idle - base_cpu) / seconds / idle * 100
    printing_per = (cpu_printing - cpu_idle) / seconds / printing * 100
    print(
        f"{idle} idle + {printing} printing printers, windows of {seconds:g} s; "
        f"status updates handed to the tracker: {idle_updates} (idle), "
        f"{printing_updates} (printing)"
    )
    print("| measure | baseline (no printer) | with printers | per printer |")
    print("|---|---|---|---|")
    print(
        f"| CPU, % of one core, {idle} idle | {base_cpu / seconds * 100:.3f} | "
        f"{cpu_idle / seconds * 100:.3f} | {idle_per:.4f} |"
    )
    print(
        f"| CPU, % of one core, + {printing} printing | {cpu_idle / seconds * 100:.3f} | "
        f"{cpu_printing / seconds * 100:.3f} | {printing_per:.3f} |"
    )
    print(f"| RSS, KiB, idle | {base_rss} | {rss} | {(rss - base_rss) / idle:.0f} |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--idle", type=int, default=100)
    parser.add_argument("--printing", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve(args.idle, args.printing))
    else:
        started = time.monotonic()
        asyncio.run(main(args.idle, args.printing, args.seconds))
        print(f"(ran {time.monotonic() - started:.0f} s)")
