"""Fixtures for the simulator's tests: simulated printers (simulator + real Moonraker)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_socket

from tests.helpers.printer import SimulatedPrinter

type PrinterFactory = Callable[..., Awaitable[SimulatedPrinter]]


@pytest.fixture
async def make_printer(
    tmp_path: Path, socket_enabled: None
) -> AsyncIterator[PrinterFactory]:
    """Return a factory of started simulated printers; all are stopped after the test.

    The test talks to Moonraker over 127.0.0.1 (``socket_enabled``: Home Assistant's harness blocks
    socket creation unless a test asks for it).
    """
    printers: list[SimulatedPrinter] = []

    async def make(**kwargs: Any) -> SimulatedPrinter:
        printer = SimulatedPrinter(tmp_path / f"printer{len(printers)}", **kwargs)
        printers.append(printer)
        await printer.start()
        return printer

    yield make
    for printer in printers:
        await printer.stop()


@pytest.fixture
def allow_unix_connect() -> None:
    """Let the test itself connect to unix sockets (Home Assistant's harness blocks that)."""
    pytest_socket.socket_allow_hosts(["127.0.0.1"], allow_unix_socket=True)
