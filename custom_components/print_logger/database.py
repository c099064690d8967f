"""Where the print log lives: choosing the database, starting the shared store, repairs."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Final, Literal

from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.recorder import get_instance
from homeassistant.helpers.storage import Store as HAStorage
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from .const import DOMAIN, LOGGER, SIGNAL_JOB_CHANGED
from .data import PRINT_LOGGER_KEY
from .store import CopyVerificationError, Store, StoreError, redacted_url

BACKEND_AUTO: Final = "auto"
"""Follow the recorder: its database when that is MariaDB/MySQL/PostgreSQL, else our own SQLite file."""
BACKEND_RECORDER: Final = "recorder"
"""The recorder's own database, whatever it is."""
BACKEND_SQLITE: Final = "sqlite"
"""Our own SQLite file in the configuration folder."""
BACKEND_CUSTOM: Final = "custom"
"""A SQLAlchemy URL the user gives (MariaDB / MySQL 8 / PostgreSQL)."""
BACKENDS: Final = (BACKEND_AUTO, BACKEND_SQLITE, BACKEND_RECORDER, BACKEND_CUSTOM)

SQLITE_FILENAME: Final = "print_logger.db"
DATA_DIR: Final = "print_logger"
SETTINGS_VERSION: Final = 1
ISSUE_DATABASE: Final = "database_unreachable"

type MoveMode = Literal["copy", "replace", "merge"]
MOVE_REPLACE: Final = "replace"
"""The target's print-log rows are deleted first, then every row is copied."""
MOVE_MERGE: Final = "merge"
"""Every row is copied next to the target's own (a row with the same id is updated)."""
MOVE_MODES: Final = (MOVE_REPLACE, MOVE_MERGE)


@dataclass(frozen=True, kw_only=True)
class DatabaseSettings:
    """The domain-wide choice of database (shared by every printer)."""

    backend: str = BACKEND_AUTO
    url: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return what is saved in Home Assistant's storage."""
        return {"backend": self.backend, "url": self.url}


def sqlite_url(hass: HomeAssistant) -> str:
    """Return the URL of the dedicated SQLite file."""
    return f"sqlite:///{Path(hass.config.path(SQLITE_FILENAME))}"


def recorder_url(hass: HomeAssistant) -> str | None:
    """Return the recorder's database URL, when the recorder runs."""
    if "recorder" not in hass.config.components:
        return None
    return str(get_instance(hass).db_url)


def resolve_url(hass: HomeAssistant, settings: DatabaseSettings) -> str:
    """Return the SQLAlchemy URL the settings mean on this Home Assistant."""
    if settings.backend == BACKEND_CUSTOM and settings.url:
        return settings.url
    if settings.backend == BACKEND_SQLITE:
        return sqlite_url(hass)
    url = recorder_url(hass)
    if settings.backend == BACKEND_RECORDER and url:
        return url
    if url and not url.startswith("sqlite"):
        # The recorder uses a server: keep the print log there too (backed up with it).
        return url
    # The recorder uses SQLite (or does not run): a file of our own, so deleting or repairing
    # home-assistant_v2.db never deletes the print log.
    return sqlite_url(hass)


class PrintLoggerDatabase:
    """The shared store of all printers, started with the first one and stopped with the last."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Prepare; nothing is opened before :meth:`async_acquire`."""
        self.hass = hass
        self._settings_store: HAStorage[dict[str, Any]] = HAStorage(
            hass, SETTINGS_VERSION, f"{DOMAIN}.database"
        )
        self.settings = DatabaseSettings()
        self.store: Store | None = None
        self._users = 0
        self._closed = False
        self._lock = asyncio.Lock()
        self._unsub_zone: CALLBACK_TYPE | None = None
        self._zone_task: asyncio.Task[None] | None = None

    @property
    def data_dir(self) -> Path:
        """Return the integration's folder in the configuration folder (journal, exports)."""
        return Path(self.hass.config.path(DATA_DIR))

    async def async_load_settings(self) -> None:
        """Read the saved database choice."""
        if saved := await self._settings_store.async_load():
            self.settings = DatabaseSettings(
                backend=str(saved.get("backend") or BACKEND_AUTO),
                url=saved.get("url") or None,
            )

    async def async_acquire(self) -> Store:
        """Return the started store (starting it for the first printer)."""
        async with self._lock:
            if self._closed:
                # A set-up retried or reloaded while Home Assistant stops: a store opened now
                # would never be stopped (its connections left to the garbage collector).
                raise StoreError("Home Assistant is stopping: the print log is closed")
            if self.store is None:
                self.store = await self._async_open(
                    resolve_url(self.hass, self.settings)
                )
            self._users += 1
            return self.store

    async def async_release(self) -> None:
        """Stop the store when the last printer no longer uses it."""
        async with self._lock:
            self._users = max(self._users - 1, 0)
            if self._users == 0 and self.store is not None:
                store, self.store = self.store, None
                await self._async_unwatch_time_zone()
                await store.async_stop()
                ir.async_delete_issue(self.hass, DOMAIN, ISSUE_DATABASE)

    async def async_stop(self) -> None:
        """Stop the store whatever uses it (Home Assistant stops); none is opened after."""
        async with self._lock:
            self._closed = True
            if self.store is not None:
                store, self.store = self.store, None
                await self._async_unwatch_time_zone()
                await store.async_stop()

    async def _async_open(self, url: str) -> Store:
        """Create and start a store of ``url``, journaling into the integration's folder."""
        data_dir = self.data_dir
        await _async_make_dir(self.hass, data_dir)
        store = Store(
            url,
            data_dir / "journal.jsonl",
            on_availability_change=self._availability_changed(url),
        )
        await store.async_start()
        LOGGER.debug("Print log stored in %s", redacted_url(url))
        self._watch_time_zone(store)
        return store

    def _watch_time_zone(self, store: Store) -> None:
        """Keep the store's local roll-ups in Home Assistant's zone, now and after each change."""

        @callback
        def changed(event: Event[Any]) -> None:
            if "time_zone" in event.data:
                self._set_time_zone(store)

        self._unsub_zone = self.hass.bus.async_listen(EVENT_CORE_CONFIG_UPDATE, changed)
        self._set_time_zone(store)

    @callback
    def _set_time_zone(self, store: Store) -> None:
        """Build the local roll-ups for the configured zone in the background (one at a time)."""
        previous = self._zone_task

        async def run() -> None:
            if previous is not None:
                await asyncio.wait([previous])
            try:
                await store.async_set_time_zone(self.hass.config.time_zone)
            except StoreError as err:
                # The analytics add the UTC roll-ups meanwhile; the next start tries again.
                LOGGER.warning("Could not build the local analytics roll-ups: %s", err)

        self._zone_task = self.hass.async_create_background_task(
            run(), f"{DOMAIN} local roll-ups"
        )

    async def async_wait_time_zone(self) -> None:
        """Wait until the local roll-ups hold the zone last set (tests, diagnostics)."""
        while (task := self._zone_task) is not None and not task.done():
            await asyncio.wait([task])

    async def _async_unwatch_time_zone(self) -> None:
        """Stop following the zone; let a build under way finish before the store stops."""
        if self._unsub_zone is not None:
            self._unsub_zone()
            self._unsub_zone = None
        task, self._zone_task = self._zone_task, None
        if task is not None:
            await asyncio.wait([task])

    def _availability_changed(self, url: str) -> Any:
        """Return the callback that raises or clears the repair issue of an unreachable database."""

        @callback
        def changed(available: bool) -> None:
            # The store logs the outage and the recovery; this keeps the repair issue in step.
            if available:
                ir.async_delete_issue(self.hass, DOMAIN, ISSUE_DATABASE)
                # Changes made meanwhile (the journal's replay) could not be read out to the
                # panel, the farm and the statistics: everything may have changed.
                async_dispatcher_send(self.hass, SIGNAL_JOB_CHANGED, "", False)
                return
            ir.async_create_issue(
                self.hass,
                DOMAIN,
                ISSUE_DATABASE,
                is_fixable=False,
                severity=ir.IssueSeverity.ERROR,
                translation_key=ISSUE_DATABASE,
                translation_placeholders={"url": redacted_url(url)},
            )

        return changed

    async def async_switch(
        self, settings: DatabaseSettings, mode: MoveMode = "copy"
    ) -> dict[str, int]:
        """
        Move the print log to another database: copy every row, verify counts, then switch.

        Call it while no printer is loaded (nothing writes meanwhile). Returns the copied row
        counts; the old database is left as it was (nothing is deleted there). ``mode`` says what
        happens to print-log rows the target already holds: ``copy`` expects none (the counts
        must match), ``replace`` deletes them first, ``merge`` keeps them (the target then holds
        at least every copied row).
        """
        async with self._lock:
            if self.store is not None:
                raise RuntimeError("unload every printer before switching the database")
            old_url = resolve_url(self.hass, self.settings)
            new_url = resolve_url(self.hass, settings)
            counts: dict[str, int] = {}
            if new_url != old_url:
                await _async_make_dir(self.hass, self.data_dir)
                source = Store(old_url, self.data_dir / "journal.jsonl")
                target = Store(new_url, self.data_dir / "journal-switch.jsonl")
                await source.async_start()
                try:
                    await target.async_start()
                    try:
                        if mode == MOVE_REPLACE:
                            await _async_clear(target)
                        counts = await _async_copy(source, target, mode)
                    finally:
                        await target.async_stop()
                finally:
                    await source.async_stop()
                LOGGER.info(
                    "Moved the print log from %s to %s: %s",
                    redacted_url(old_url),
                    redacted_url(new_url),
                    counts,
                )
            self.settings = settings
            await self._settings_store.async_save(settings.as_dict())
            return counts


async def _async_clear(store: Store) -> None:
    """Delete every print-log row of ``store`` (each printer with its jobs)."""
    for printer in await store.list_printers():
        await store.delete_printer(printer.id)


async def _async_copy(source: Store, target: Store, mode: MoveMode) -> dict[str, int]:
    """Copy every row; a merge is verified as "the target holds at least every source row"."""
    try:
        return await source.copy_to(target)
    except CopyVerificationError as err:
        if mode != MOVE_MERGE or any(
            err.target.get(table, 0) < count for table, count in err.source.items()
        ):
            raise
        return err.source


async def async_count_rows(hass: HomeAssistant, url: str) -> dict[str, int]:
    """Return the print-log rows already in the database at ``url`` (by table; all 0 if new)."""
    data_dir = Path(hass.config.path(DATA_DIR))
    await _async_make_dir(hass, data_dir)
    probe = Store(url, data_dir / "journal-check.jsonl")
    await probe.async_start()
    try:
        return dict((await probe.engine_info()).row_counts)
    finally:
        await probe.async_stop()


async def async_check_url(hass: HomeAssistant, url: str) -> str | None:
    """Return an error key if the print log cannot live at ``url``, None when it can."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return "invalid_url"
    if parsed.get_backend_name() not in ("sqlite", "mysql", "mariadb", "postgresql"):
        return "unsupported_database"
    data_dir = Path(hass.config.path(DATA_DIR))
    await _async_make_dir(hass, data_dir)
    probe = Store(url, data_dir / "journal-check.jsonl")
    try:
        await probe.async_start()
    except StoreError as err:
        LOGGER.info("Cannot use %s for the print log: %s", redacted_url(url), err)
        return "cannot_connect"
    await probe.async_stop()
    return None


async def _async_make_dir(hass: HomeAssistant, path: Path) -> None:
    """Create the integration's folder (and its parents) if missing, in the executor."""
    await hass.async_add_executor_job(partial(path.mkdir, 0o755, True, True))


async def async_move_database(
    hass: HomeAssistant, settings: DatabaseSettings, mode: MoveMode = "copy"
) -> dict[str, int]:
    """
    Move the print log to another database, with every printer unloaded meanwhile.

    Returns the copied row counts. Raises StoreError (the printers are set up again either way,
    on the old database if the move failed).
    """
    database = hass.data[PRINT_LOGGER_KEY].database
    loaded = hass.config_entries.async_loaded_entries(DOMAIN)
    for entry in loaded:
        await hass.config_entries.async_unload(entry.entry_id)
    try:
        return await database.async_switch(settings, mode)
    finally:
        for entry in loaded:
            await hass.config_entries.async_setup(entry.entry_id)
