"""Start a test's server subprocess and wait until it is ready (Moonraker, the demo printer, Home Assistant)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
import subprocess
import time


def start_and_wait(
    args: Sequence[str],
    *,
    name: str,
    output: Path,
    ready: Callable[[], bool],
    log_tail: Callable[[], str],
    timeout: float,
    interval: float,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    """
    Start ``args`` in a session of its own (stdout and stderr appended to ``output``) and return it once ``ready()``.

    ``ready`` is polled every ``interval`` seconds; a process that exits first, or is not ready
    within ``timeout`` seconds, raises RuntimeError with ``log_tail()`` (the process keeps running
    in the second case: the caller stops it).
    """
    with output.open("ab") as out:
        proc = subprocess.Popen(
            list(args),
            cwd=cwd,
            env=None if env is None else dict(env),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    deadline = time.monotonic() + timeout
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with {proc.returncode}:\n{log_tail()}")
        if ready():
            return proc
        if time.monotonic() > deadline:
            raise RuntimeError(f"{name} not ready in {timeout}s:\n{log_tail()}")
        time.sleep(interval)
