"""A Klippy simulator for tests and the demo printer: the real Moonraker runs on top of it.

``KlippySimulator`` (in-process, on the caller's event loop), ``KlippySimulatorThread`` (in-process
on an event loop of its own, in a thread: what ``SimulatedPrinter`` uses) and
``KlippySimulatorProcess`` (the same simulator in a child process, driven over a small control
socket) share one control API:
``start_print``, ``pause``, ``resume``, ``cancel``, ``emergency_stop``, ``raise_error``,
``klippy_restart``, ``firmware_restart`` and ``wait_for_state``.

    sim = KlippySimulator("/tmp/klippy_uds", printer_data / "gcodes", speed=300)
    await sim.start()  # Moonraker (klippy_uds_address: /tmp/klippy_uds) connects by itself
    await sim.start_print("cube.gcode")
    await sim.wait_for_state("complete")
    await sim.stop()

``tests.helpers.printer.SimulatedPrinter`` pairs it with a real Moonraker; ``scripts/demo-printer``
runs one for development.
"""

from .gcode import CommandError
from .klippy import KlippySimulator, SimConfig, WebRequestError
from .model import MachineLimits
from .process import KlippySimulatorProcess
from .thread import KlippySimulatorThread

__all__ = [
    "CommandError",
    "KlippySimulator",
    "KlippySimulatorProcess",
    "KlippySimulatorThread",
    "MachineLimits",
    "SimConfig",
    "WebRequestError",
]
