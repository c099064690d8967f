"""The Klippy simulator on an event loop of its own, in a thread: out of the caller's event loop.

A real Klippy is another process: when Home Assistant's event loop stalls (a slow test machine, a
blocking call), the printer prints on and its clock does not jump. In-process on the caller's loop
the simulator would stall with it, and wake up to a jump of ``speed`` times the stall in printer
time. :class:`KlippySimulatorThread` runs a :class:`~tests.sim.klippy.KlippySimulator` on a loop
of its own in a thread and offers the same API: coroutine methods run on the simulator's loop and
are awaited from the caller's; everything else (``set_speed``, ``get_status``, ``stats``,
``klippy_state``, ``gcode_responses`` ...) is read or called on the simulator's loop too, so the
caller never sees a half-made change (containers come back as copies).

    sim = KlippySimulatorThread("/tmp/klippy_uds", printer_data / "gcodes", speed=300)
    await sim.start()
    await sim.start_print("cube.gcode")
    await sim.wait_for_state("complete")
    await sim.stop()  # also ends the thread
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Coroutine
import concurrent.futures
import inspect
from pathlib import Path
import threading
from typing import Any, Self

from .klippy import KlippySimulator, SimConfig

CALL_TIMEOUT = 30.0  # real seconds a synchronous call waits for the simulator's loop


class KlippySimulatorThread:
    """A :class:`KlippySimulator` with its own event loop in its own thread."""

    def __init__(
        self,
        socket_path: Path | str,
        gcodes_dir: Path | str,
        *,
        speed: float | None = None,
        config: SimConfig | None = None,
    ) -> None:
        """Prepare the simulator (no thread runs before :meth:`start`)."""
        self.simulator = KlippySimulator(
            socket_path, gcodes_dir, speed=speed, config=config
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ the thread

    def _ensure_thread(self) -> asyncio.AbstractEventLoop:
        if self._loop is not None:
            return self._loop
        loop = asyncio.new_event_loop()
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.call_soon(ready.set)
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.run_until_complete(loop.shutdown_default_executor())
                loop.close()

        self._thread = threading.Thread(
            target=run, name=f"klippy-sim {self.simulator.socket_path}", daemon=True
        )
        self._thread.start()
        ready.wait()
        self._loop = loop
        return loop

    def _in_thread(self) -> bool:
        return self._thread is not None and threading.get_ident() == self._thread.ident

    async def _run[T](self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the simulator's loop; await it from the caller's."""
        loop = self._ensure_thread()
        if self._in_thread():
            return await coro
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, loop))

    def _call[T](self, fn: Callable[[], T]) -> T:
        """Run a synchronous function on the simulator's loop and return its result."""
        if self._loop is None or self._in_thread():
            return fn()
        future: concurrent.futures.Future[T] = concurrent.futures.Future()

        def call() -> None:
            try:
                future.set_result(fn())
            except BaseException as err:  # handed to the caller
                future.set_exception(err)

        self._loop.call_soon_threadsafe(call)
        return future.result(CALL_TIMEOUT)

    async def _end_thread(self) -> None:
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is None or thread is None:
            return
        loop.call_soon_threadsafe(loop.stop)
        await asyncio.to_thread(thread.join)

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Start the simulated Klippy on its own loop."""
        await self._run(self.simulator.start())

    async def stop(self) -> None:
        """Stop the simulated Klippy and end its thread."""
        if self._loop is None:
            return
        await self._run(self.simulator.stop())
        await self._end_thread()

    async def __aenter__(self) -> Self:
        """Start on entry."""
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        """Stop on exit."""
        await self.stop()

    # ------------------------------------------------------------------ the simulator's API

    def set_speed(self, speed: float) -> None:
        """Change the speed factor (done on the simulator's loop before this returns)."""
        self._call(lambda: self.simulator.set_speed(speed))

    def get_status(self, name: str, now: float | None = None) -> dict[str, Any]:
        """Return a printer object's status."""
        return self._call(lambda: self.simulator.get_status(name, now))

    def __getattr__(self, name: str) -> Any:
        """Everything else of the simulator, read or run on its loop."""
        if name.startswith("__"):
            raise AttributeError(name)
        simulator = self.__dict__.get("simulator")
        if simulator is None:
            raise AttributeError(name)
        attr = getattr(type(simulator), name, None)
        if inspect.iscoroutinefunction(attr):
            method = getattr(simulator, name)

            async def call(*args: Any, **kwargs: Any) -> Any:
                return await self._run(method(*args, **kwargs))

            return call
        if callable(attr) and not isinstance(attr, property):
            method = getattr(simulator, name)
            return lambda *args, **kwargs: self._call(lambda: method(*args, **kwargs))

        def read() -> Any:
            value = getattr(simulator, name)
            if isinstance(value, (deque, list)):
                return list(value)
            if isinstance(value, dict):
                return dict(value)
            return value

        return self._call(read)
