"""
The machinery under the print log's store: its engine, its one worker thread, the journal and the retry.

:class:`StoreWorker` runs all database work in ONE worker thread (a single-thread executor), so writes
are serialised, each in a short transaction, and the event loop never blocks. When the database
cannot be reached, the tracker's writes go to a durable on-disk journal (``journal.py``) and are
replayed in order, by a background retry with exponential back-off, as soon as it answers again;
meanwhile ``available`` is False and reads raise :class:`StoreUnavailableError`. The store's API
(:class:`~.store.Store`) is built on it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
import logging
import os
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from . import ops
from .engine import backend_name, build_engine, is_disconnect, prepare_url, redacted_url
from .errors import StoreError, StoreUnavailableError
from .journal import Journal
from .migrations import migrate
from .models import Printer
from .rollups import TrackedSession

_LOGGER = logging.getLogger(__name__)

DEFAULT_RETRY_INTERVAL: Final = 1.0
DEFAULT_MAX_RETRY_INTERVAL: Final = 30.0


class DatabaseDownError(Exception):
    """The database could not be reached (worker-side signal, never leaves the store)."""


@contextmanager
def database_errors(what: str) -> Iterator[None]:
    """Turn SQLAlchemy's errors into the store's (DatabaseDownError: the database is gone)."""
    try:
        yield
    except SQLAlchemyError as err:
        if is_disconnect(err):
            raise DatabaseDownError(str(err)) from err
        raise StoreError(f"{what}: {err}") from err


def bound(
    operation: Callable[[Session, Mapping[str, Any]], object],
    payload: Mapping[str, Any],
) -> Callable[[Session], object]:
    """Return ``operation`` bound to its payload."""

    def run(session: Session) -> object:
        return operation(session, payload)

    return run


class StoreWorker:
    """A database's engine and worker thread, the journal of writes made while it is down."""

    def __init__(
        self,
        url: str | URL,
        journal_path: str | os.PathLike[str],
        *,
        on_availability_change: Callable[[bool], None] | None = None,
        retry_interval: float = DEFAULT_RETRY_INTERVAL,
        max_retry_interval: float = DEFAULT_MAX_RETRY_INTERVAL,
    ) -> None:
        """
        Prepare a store of ``url`` (a SQLAlchemy URL) journaling to ``journal_path``.

        Nothing touches the database or the disk before :meth:`async_start`.
        ``on_availability_change`` is called on the event loop with False when the database
        stops answering and with True once it answers again and the journal has been replayed.
        """
        self._url = prepare_url(url)
        self._journal = Journal(Path(journal_path))
        self.on_availability_change = on_availability_change
        self._retry_interval = retry_interval
        self._max_retry_interval = max(max_retry_interval, retry_interval)
        self._engine: Engine | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._available = False
        self._started = False
        self._stopping = False
        self._retry_task: asyncio.Task[None] | None = None
        self._availability_listeners: list[Callable[[bool], None]] = []
        # Worker-side: printer ids by "instance:<id>" / "entry:<id>", for writes made while down.
        self._printer_ids: dict[str, str] = {}

    # ------------------------------------------------------------------ properties
    @property
    def url(self) -> str:
        """Return the database URL with its password redacted."""
        return redacted_url(self._url)

    @property
    def dialect(self) -> str:
        """Return ``sqlite``, ``mysql`` (MySQL and MariaDB) or ``postgresql``."""
        return backend_name(self._url)

    @property
    def started(self) -> bool:
        """Return True from :meth:`async_start` until :meth:`async_stop`."""
        return self._started

    @property
    def available(self) -> bool:
        """Return True while the database answers and no journaled write waits."""
        return self._available

    @property
    def pending_writes(self) -> int:
        """Return how many writes wait in the journal."""
        return self._journal.count

    @property
    def journal_path(self) -> Path:
        """Return the journal's path."""
        return self._journal.path

    # ------------------------------------------------------------------ life cycle
    async def async_start(self) -> None:
        """
        Create the engine, migrate the schema and replay writes a previous run journaled.

        Raises :class:`StoreUnavailableError` if the database cannot be reached and
        :class:`~.errors.SchemaVersionError` if it was written by a newer Print Logger.
        """
        if self._started:
            raise StoreError("the store is started already")
        self._stopping = False
        self._executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="print_logger_store"
        )
        try:
            replayed = await self._call(self._start_sync)
        except BaseException:
            await self._shutdown_worker()
            raise
        self._started = True
        self._available = True
        if not replayed:
            self._went_down()

    async def async_stop(self) -> None:
        """Stop the retry, close the database connections and the worker (the journal stays)."""
        self._stopping = True
        if self._retry_task is not None:
            self._retry_task.cancel()
            await asyncio.gather(self._retry_task, return_exceptions=True)
            self._retry_task = None
        if self._executor is not None:
            try:
                await self._call(self._stop_sync)
            finally:
                await self._shutdown_worker()
        self._started = False
        self._available = False

    async def async_retry(self) -> bool:
        """Try the database now (instead of waiting for the next retry); return availability."""
        self._require_started()
        if self._available and not self._journal.count:
            return True
        recovered = await self._call(self._recover_sync)
        if recovered:
            self._mark_recovered()
        else:
            self._went_down()
        return recovered

    # ------------------------------------------------------------------ event loop side
    def _require_started(self) -> None:
        if not self._started or self._executor is None:
            raise StoreError("the store is not started")

    async def _call[**P, T](
        self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        if self._executor is None:
            raise StoreError("the store is not started")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: fn(*args, **kwargs))

    async def _guarded[**P, T](
        self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run worker code that reads; turn "database down" into StoreUnavailableError."""
        self._require_started()
        if not self._available:
            raise StoreUnavailableError(
                f"the print log database {self.url} is unavailable"
            )
        try:
            return await self._call(fn, *args, **kwargs)
        except DatabaseDownError as err:
            self._went_down()
            raise StoreUnavailableError(
                f"the print log database {self.url} is unavailable: {err.__cause__}"
            ) from err

    async def _transaction[T](self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in a transaction in the worker (reads and the user's edits)."""
        return await self._guarded(self._session_sync, fn)

    async def _write(self, op: str, payload: dict[str, Any]) -> object:
        """Apply a tracker write, or journal it if the database is down."""
        self._require_started()
        result, journaled = await self._call(self._write_sync, op, payload)
        if journaled:
            self._went_down()
        return result

    def _went_down(self) -> None:
        """Note the database is unreachable (notify once) and make sure a retry is scheduled."""
        if self._stopping:
            return
        if self._available:
            _LOGGER.warning(
                "The print log database %s is unavailable; writes are kept in %s until it is back",
                self.url,
                self._journal.path,
            )
            self._available = False
            self._notify(False)
        if self._retry_task is None or self._retry_task.done():
            self._retry_task = asyncio.get_running_loop().create_task(
                self._retry_loop(), name="print_logger store retry"
            )

    def _mark_recovered(self) -> None:
        if (
            self._retry_task is not None
            and self._retry_task is not asyncio.current_task()
        ):
            self._retry_task.cancel()
            self._retry_task = None
        if not self._available:
            _LOGGER.warning("The print log database %s is back", self.url)
            self._available = True
            self._notify(True)

    def add_availability_listener(
        self, listener: Callable[[bool], None]
    ) -> Callable[[], None]:
        """
        Call ``listener`` on the event loop whenever the database goes down or comes back.

        Besides ``on_availability_change``; returns the function that removes the listener.
        """
        self._availability_listeners.append(listener)

        def remove() -> None:
            if listener in self._availability_listeners:
                self._availability_listeners.remove(listener)

        return remove

    def _notify(self, available: bool) -> None:
        callbacks = [self.on_availability_change, *self._availability_listeners]
        for callback in callbacks:
            if callback is None:
                continue
            try:
                callback(available)
            except Exception:
                _LOGGER.exception("Error in the print log's availability callback")

    async def _retry_loop(self) -> None:
        """Retry the database with exponential back-off until the journal is replayed."""
        delay = self._retry_interval
        while not self._stopping:
            await asyncio.sleep(delay)
            try:
                recovered = await self._call(self._recover_sync)
            except Exception:
                _LOGGER.exception("Could not replay the print log journal")
                recovered = False
            if recovered:
                self._mark_recovered()
                return
            delay = min(delay * 2, self._max_retry_interval)

    async def _shutdown_worker(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            await asyncio.to_thread(executor.shutdown, wait=True)

    # ------------------------------------------------------------------ worker side
    @property
    def _db(self) -> Engine:
        if self._engine is None:
            raise StoreError("the store is not started")
        return self._engine

    def _start_sync(self) -> bool:
        """Create the engine, migrate, load the journal and replay it; False if it went down."""
        engine = build_engine(self._url)
        try:
            migrate(engine)
        except SQLAlchemyError as err:
            engine.dispose()
            if is_disconnect(err):
                raise StoreUnavailableError(
                    f"the print log database {self.url} is unavailable: {err}"
                ) from err
            raise StoreError(
                f"could not prepare the print log database: {err}"
            ) from err
        except BaseException:
            engine.dispose()
            raise
        self._engine = engine
        self._journal.load()
        try:
            self._session_sync(self._load_printer_ids)
        except DatabaseDownError:
            return False
        if self._journal.count:
            _LOGGER.info("Replaying %s journaled print log writes", self._journal.count)
            return self._replay_sync()
        return True

    def _stop_sync(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def _session_sync[T](self, fn: Callable[[Session], T]) -> T:
        """
        Run ``fn`` in one transaction; "database down" becomes DatabaseDownError.

        The session keeps the roll-ups (``rollups.py``) up to date with its job writes.
        """
        with (
            database_errors("the print log database refused the change"),
            TrackedSession(self._db, expire_on_commit=False) as session,
            session.begin(),
        ):
            return fn(session)

    def _write_sync(self, op: str, payload: dict[str, Any]) -> tuple[object, bool]:
        if not self._journal.count:
            try:
                return self._session_sync(bound(ops.WRITE_OPS[op], payload)), False
            except DatabaseDownError:
                pass
        self._journal.append(op, payload)
        return None, True

    def _upsert_printer_sync(self, payload: dict[str, Any]) -> tuple[str, bool]:
        if not self._journal.count:
            try:
                printer_id = self._session_sync(
                    lambda session: ops.upsert_printer(session, payload)
                )
            except DatabaseDownError:
                pass
            else:
                self._remember_printer(printer_id, payload)
                return printer_id, False
        printer_id = (
            payload.get("id")
            or self._known_printer_id(payload)
            or ops.derive_printer_id(
                payload.get("instance_id"), payload.get("entry_id")
            )
        )
        payload = {**payload, "id": printer_id, "explicit": True}
        self._journal.append("upsert_printer", payload)
        self._remember_printer(printer_id, payload)
        return printer_id, True

    def _load_printer_ids(self, session: Session) -> None:
        for printer_id, instance_id, entry_id in session.execute(
            select(Printer.id, Printer.instance_id, Printer.entry_id)
        ):
            self._remember_printer(
                printer_id, {"instance_id": instance_id, "entry_id": entry_id}
            )

    def _remember_printer(self, printer_id: str, payload: Mapping[str, Any]) -> None:
        if payload.get("instance_id"):
            self._printer_ids[f"instance:{payload['instance_id']}"] = printer_id
        if payload.get("entry_id"):
            self._printer_ids[f"entry:{payload['entry_id']}"] = printer_id

    def _known_printer_id(self, payload: Mapping[str, Any]) -> str | None:
        if payload.get("instance_id"):
            known = self._printer_ids.get(f"instance:{payload['instance_id']}")
            if known:
                return known
        if payload.get("entry_id"):
            return self._printer_ids.get(f"entry:{payload['entry_id']}")
        return None

    def _forget_printer_sync(self, printer_id: str) -> None:
        for key in [k for k, v in self._printer_ids.items() if v == printer_id]:
            del self._printer_ids[key]

    def _recover_sync(self) -> bool:
        """Return True once the database answers and every journaled write is applied."""
        try:
            with self._db.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError as err:
            if is_disconnect(err):
                return False
            raise
        return self._replay_sync()

    def _replay_sync(self) -> bool:
        """Apply the journal in order; keep what is left if the database goes down again."""
        entries = self._journal.entries()
        for index, entry in enumerate(entries):
            operation = ops.WRITE_OPS.get(entry.op)
            try:
                if operation is None:
                    raise StoreError(f"unknown journaled operation {entry.op!r}")  # noqa: TRY301
                self._session_sync(bound(operation, entry.payload))
            except DatabaseDownError:
                self._journal.replace(entries[index:])
                return False
            except (StoreError, KeyError, ValueError, TypeError) as err:
                # The database answered but refuses this write for good (e.g. its printer was
                # deleted meanwhile): keep it aside rather than block every later write.
                _LOGGER.error(
                    "The print log database refused journaled %s (%s); kept in %s",
                    entry.op,
                    err,
                    self._journal.rejected_path,
                )
                self._journal.reject(entry, str(err))
        self._journal.clear()
        return True
