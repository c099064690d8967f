"""From when Moonraker's history is read after connecting (``history_import.async_reconcile_since``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from custom_components.print_logger.const import (
    CONF_IMPORT_DAYS,
    CONF_IMPORT_HISTORY,
    IMPORT_ALL,
    IMPORT_DAYS,
    IMPORT_NONE,
)
from custom_components.print_logger.history_import import (
    RECONCILE_OVERLAP,
    async_reconcile_since,
)

ADDED = datetime(2026, 3, 1, 10, tzinfo=UTC)


class _Sink:
    """The one store call reconciliation makes first: the start of the newest stored job."""

    def __init__(self, newest: datetime | None) -> None:
        self.newest = newest

    async def reconcile_start(self, printer_id: str) -> datetime | None:
        return self.newest


async def test_import_none_reads_only_what_ran_since_the_printer_was_added() -> None:
    """'Import nothing': a job that ended an hour before the printer was added stays out.

    (It used to read from a day before now, so the jobs of the last day came in after all, and
    raced the import action a user ran at the same time.)
    """
    since = await async_reconcile_since(
        _Sink(None),
        "p",
        {CONF_IMPORT_HISTORY: IMPORT_NONE},
        ADDED,  # type: ignore[arg-type]
    )
    assert since == ADDED.timestamp()


async def test_other_choices_and_a_stored_job() -> None:
    """All of it, the last days, or from a day before the newest stored job."""
    sink = _Sink(None)
    options = {CONF_IMPORT_HISTORY: IMPORT_ALL}
    assert await async_reconcile_since(sink, "p", options, ADDED) == 0.0  # type: ignore[arg-type]
    options = {CONF_IMPORT_HISTORY: IMPORT_DAYS, CONF_IMPORT_DAYS: 3}
    since = await async_reconcile_since(sink, "p", options, ADDED)  # type: ignore[arg-type]
    assert since is not None
    assert abs(since - (datetime.now(UTC) - timedelta(days=3)).timestamp()) < 60
    newest = ADDED + timedelta(days=5)
    since = await async_reconcile_since(
        _Sink(newest),
        "p",
        {CONF_IMPORT_HISTORY: IMPORT_NONE},
        ADDED,  # type: ignore[arg-type]
    )
    assert since == (newest - RECONCILE_OVERLAP).timestamp()
