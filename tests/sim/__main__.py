"""Run the Klippy simulator as a process.

    python -m tests.sim --socket /tmp/klippy_uds --gcodes ~/printer_data/gcodes [--speed 60]
                        [--control-port 7130 | --control /tmp/klippy_sim_ctl]

With ``--control-port`` (127.0.0.1) or ``--control`` (a unix socket) it also serves the control API
(``tests.sim.control``).
SIGINT/SIGTERM (or the control method ``quit``) ends it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
from pathlib import Path
import signal

from .control import ControlServer
from .klippy import KlippySimulator, SimConfig


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(prog="python -m tests.sim", description=__doc__)
    parser.add_argument(
        "--socket", required=True, type=Path, help="Klippy's unix socket"
    )
    parser.add_argument(
        "--gcodes", required=True, type=Path, help="Moonraker's gcodes folder"
    )
    parser.add_argument(
        "--speed", type=float, default=1.0, help="simulated s per real s"
    )
    parser.add_argument(
        "--control", type=Path, help="serve the control API on this unix socket"
    )
    parser.add_argument(
        "--control-port", type=int, help="serve the control API on 127.0.0.1:PORT"
    )
    parser.add_argument("--startup-time", type=float, default=1.0, help="real seconds")
    parser.add_argument("--restart-delay", type=float, default=1.0, help="real seconds")
    parser.add_argument(
        "--no-write", action="store_true", help="do not write printer.cfg & co"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


async def run(args: argparse.Namespace) -> None:
    """Run until a signal or ``quit``."""
    config = SimConfig(
        speed=args.speed,
        startup_time=args.startup_time,
        restart_delay=args.restart_delay,
        write_files=not args.no_write,
    )
    sim = KlippySimulator(args.socket, args.gcodes, config=config)
    control = None
    if args.control_port is not None:
        control = ControlServer(sim, port=args.control_port)
    elif args.control is not None:
        control = ControlServer(sim, path=args.control)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await sim.start()
    waiters = [asyncio.ensure_future(stop.wait())]
    if control is not None:
        await control.start()
        waiters.append(asyncio.ensure_future(control.quit.wait()))
    print(f"klippy simulator on {args.socket} (speed {args.speed:g})", flush=True)
    try:
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
        if control is not None:
            await control.stop()
        await sim.stop()


def main() -> None:
    """Entry point."""
    args = parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run(args))


if __name__ == "__main__":
    main()
