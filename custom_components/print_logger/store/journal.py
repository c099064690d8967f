"""
The durable write journal: writes the database could not take, kept on disk until it can.

One JSON object per line (``{"op": …, "payload": …, "at": …}``), appended and fsync'd before the
write is acknowledged. Blocking: used only from the store's worker thread.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
import json
import logging
import os
from pathlib import Path
from typing import Any

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class JournalEntry:
    """One journaled write."""

    op: str
    payload: dict[str, Any]
    at: str

    def to_line(self) -> str:
        """Return the entry as one JSON line."""
        return (
            json.dumps(
                {"op": self.op, "payload": self.payload, "at": self.at},
                ensure_ascii=False,
                allow_nan=False,
                separators=(",", ":"),
            )
            + "\n"
        )


class Journal:
    """An append-only JSON-lines file of pending writes."""

    def __init__(self, path: Path) -> None:
        """Use ``path`` (created on the first append)."""
        self.path = path
        self.rejected_path = path.with_name(path.name + ".rejected")
        self._count = 0

    @property
    def count(self) -> int:
        """Return how many writes are pending."""
        return self._count

    def load(self) -> int:
        """Count the entries already on disk (left by a previous run); return the count."""
        self._count = sum(1 for _ in self._read())
        return self._count

    def append(self, op: str, payload: dict[str, Any]) -> None:
        """Append one write and fsync it."""
        entry = JournalEntry(op=op, payload=payload, at=datetime.now(UTC).isoformat())
        _append_lines(self.path, [entry.to_line()])
        self._count += 1

    def entries(self) -> list[JournalEntry]:
        """Return the pending writes, oldest first."""
        return list(self._read())

    def replace(self, remaining: Sequence[JournalEntry]) -> None:
        """Keep only ``remaining`` (atomically: a temporary file renamed over the journal)."""
        if not remaining:
            self.clear()
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            handle.writelines(entry.to_line() for entry in remaining)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(self.path)
        _fsync_dir(self.path.parent)
        self._count = len(remaining)

    def clear(self) -> None:
        """Forget every pending write (they were applied)."""
        if self.path.exists():
            self.path.unlink()
            _fsync_dir(self.path.parent)
        self._count = 0

    def reject(self, entry: JournalEntry, reason: str) -> None:
        """Keep a write the database refused for good in ``<journal>.rejected`` for inspection."""
        line = json.dumps(
            {"op": entry.op, "payload": entry.payload, "at": entry.at, "error": reason},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        _append_lines(self.rejected_path, [line + "\n"])

    def _read(self) -> Iterator[JournalEntry]:
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    entry = JournalEntry(
                        op=str(record["op"]),
                        payload=dict(record["payload"]),
                        at=str(record.get("at", "")),
                    )
                except (ValueError, KeyError, TypeError) as err:
                    # A line cut short by a crash while it was written: that write was never
                    # acknowledged, so dropping it loses nothing.
                    _LOGGER.warning(
                        "Skipping unreadable line %s of the print log journal %s: %s",
                        number,
                        self.path,
                        err,
                    )
                    continue
                yield entry


def _append_lines(path: Path, lines: Sequence[str]) -> None:
    created = not path.exists()
    if created:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif _ends_mid_line(path):
        # A crash cut the last line short: start on a line of our own so this one stays readable.
        lines = ["\n", *lines]
    with path.open("a", encoding="utf-8") as handle:
        handle.writelines(lines)
        handle.flush()
        os.fsync(handle.fileno())
    if created:
        _fsync_dir(path.parent)


def _ends_mid_line(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(0, os.SEEK_END)
        if handle.tell() == 0:
            return False
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) != b"\n"


def _fsync_dir(path: Path) -> None:
    """Make a file's creation, rename or removal durable (best effort where unsupported)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
