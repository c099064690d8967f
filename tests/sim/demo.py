"""One simulated printer for the demo and for development: the Klippy simulator under a real Moonraker.

    scripts/demo-printer [--port 7125] [--speed 10] [--data DIR] [--loop] [--control-port PORT]
                         [--spoolman-port PORT | --no-spoolman]

Uploads the demo G-code files (``tests/fixtures/sim``), prints Moonraker's URL and runs until Ctrl-C.
With ``--loop`` it keeps printing them one after the other; with ``--control-port`` the simulator's
control API (``tests.sim.control``) is served on 127.0.0.1 for scripted demos. Moonraker gets a
``[spoolman]`` section pointing at the Spoolman test double (``tests.helpers.spoolman``) with a few
spools, spool 1 active, so the panel shows spools (``--no-spoolman``: without).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
from pathlib import Path
import shutil
import signal
import tempfile

from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.helpers.spoolman import SpoolmanDouble
from tests.sim.control import ControlServer

_LOGGER = logging.getLogger("demo-printer")
DEMO_FILES = (
    "sim_cube.gcode",
    "sim_cube_pause.gcode",
    "sim_cura_abs.gcode",
    "sim_out_of_range.gcode",
)
LOOP_FILES = (
    "sim_cube.gcode",
    "sim_cura_abs.gcode",
    "sim_cube.gcode",
    "sim_cube_pause.gcode",
)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(prog="scripts/demo-printer", description=__doc__)
    parser.add_argument(
        "--port", type=int, default=7125, help="Moonraker's port (7125)"
    )
    parser.add_argument(
        "--speed", type=float, default=10.0, help="simulated s per real s (10)"
    )
    parser.add_argument(
        "--data", type=Path, help="Moonraker's data folder (kept); default: temporary"
    )
    parser.add_argument(
        "--loop", action="store_true", help="keep printing the demo files"
    )
    parser.add_argument(
        "--control-port", type=int, help="serve the simulator's control API here"
    )
    parser.add_argument(
        "--spoolman-port", type=int, default=0, help="the Spoolman double's port (free)"
    )
    parser.add_argument(
        "--no-spoolman", action="store_true", help="Moonraker without [spoolman]"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


async def _loop_prints(printer: SimulatedPrinter) -> None:
    """Print the demo files one after another; a paused print is resumed after a while."""
    index = 0
    while True:
        name = LOOP_FILES[index % len(LOOP_FILES)]
        index += 1
        if printer.sim.klippy_state != "ready" or printer.sim.stats["state"] in (
            "printing",
            "paused",
        ):
            await asyncio.sleep(2)
            continue
        _LOGGER.info("starting %s", name)
        try:
            await printer.start_print(name)
        except Exception as err:  # the demo goes on whatever a user did meanwhile
            _LOGGER.warning("could not start %s: %s", name, err)
            await asyncio.sleep(5)
            continue
        while printer.sim.stats["state"] in ("printing", "paused", "standby"):
            if printer.sim.stats["state"] == "paused" and printer.sim.is_paused:
                await asyncio.sleep(5)
                with contextlib.suppress(Exception):
                    await printer.resume()
            await asyncio.sleep(0.5)
        _LOGGER.info("%s ended: %s", name, printer.sim.stats["state"])
        await asyncio.sleep(5)


async def run(args: argparse.Namespace) -> None:
    """Run the printer until a signal."""
    data = args.data
    temporary = data is None
    if data is None:
        data = Path(await asyncio.to_thread(tempfile.mkdtemp, prefix="demo-printer-"))
    spoolman = None if args.no_spoolman else SpoolmanDouble(port=args.spoolman_port)
    if spoolman is not None:
        spoolman.seed()
        spoolman.create(
            "spool",
            {
                "filament_id": 1,
                "initial_weight": 750,
                "spool_weight": 160,
                "price": 16.0,
            },
        )
        await spoolman.start()
    printer = SimulatedPrinter(
        data.resolve(),
        port=args.port,
        speed=args.speed,
        extra_config=spoolman.moonraker_config if spoolman else "",
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    control = (
        ControlServer(printer.sim, port=args.control_port)
        if args.control_port
        else None
    )
    looper: asyncio.Task[None] | None = None
    try:
        await printer.start()
        for name in DEMO_FILES:
            await printer.upload(FIXTURES / name)
        if spoolman is not None:
            await printer.request(
                "POST", "/server/spoolman/spool_id", json={"spool_id": 1}
            )
        if control is not None:
            await control.start()
        print(
            f"Demo printer ready: Moonraker {printer.url} (Klippy simulator at speed {args.speed:g}x,"
            f" data in {data})\n"
            f"  files: {', '.join(DEMO_FILES)}\n"
            f"  start a print: curl -X POST '{printer.url}/printer/print/start?filename=sim_cube.gcode'\n"
            + (f"  Spoolman (test double): {spoolman.url}\n" if spoolman else "")
            + "  Ctrl-C to stop",
            flush=True,
        )
        if args.loop:
            looper = asyncio.ensure_future(_loop_prints(printer))
        await stop.wait()
    finally:
        if looper is not None:
            looper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await looper
        if control is not None:
            await control.stop()
        await printer.stop()
        if spoolman is not None:
            await spoolman.stop()
        if temporary:
            await asyncio.to_thread(shutil.rmtree, data, True)


def main() -> None:
    """Entry point."""
    args = parse_args()
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run(args))


if __name__ == "__main__":
    main()
