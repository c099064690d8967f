"""Engines: one worker thread, SQLite pragmas, utf8mb4 on MariaDB, diagnostics, URL redaction, life cycle."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
import sqlite3
import threading

import pytest
import sqlalchemy as sa

from custom_components.print_logger.store import (
    SCHEMA_VERSION,
    JobEventType,
    JobQuery,
    Store,
    StoreError,
    StoreUnavailableError,
    redacted_url,
)
from tests.store.common import T0, add_printer, new_id, tracked
from tests.store.conftest import Databases, _admin, mariadb_url, postgres_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "mysql+pymysql://ha:s3cr%40t@db.local:3306/homeassistant?charset=utf8mb4",
            "mysql+pymysql://ha:***@db.local:3306/homeassistant?charset=utf8mb4",
        ),
        (
            "postgresql://ha:pw@/homeassistant?host=/run/postgresql",
            "postgresql://ha:***@/homeassistant?host=%2Frun%2Fpostgresql",
        ),
        (
            "postgresql://ha@db/ha?password=hunter2&sslmode=require",
            "postgresql://ha@db/ha?password=***&sslmode=require",
        ),
        ("sqlite:////config/print_logger.db", "sqlite:////config/print_logger.db"),
        ("mysql://root@127.0.0.1/ha", "mysql://root@127.0.0.1/ha"),
        ("not a url://user:hunter2@host/db", "not a url://user:***@host/db"),
    ],
)
def test_redacted_url(url: str, expected: str) -> None:
    """The password never shows, wherever it is in the URL."""
    assert redacted_url(url) == expected
    assert "hunter2" not in redacted_url(url)


async def test_one_worker_thread_does_all_database_work(store: Store) -> None:
    """Every statement runs in the store's single worker thread, never on the event loop."""
    threads: set[str] = set()
    engine = store._db

    def record(*_args: object) -> None:
        threads.add(threading.current_thread().name)

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        printer_id = await add_printer(store)
        jobs = [tracked(printer_id, f"{n}.gcode") for n in range(20)]
        await asyncio.gather(*(store.save_tracked_job(job) for job in jobs))
        await asyncio.gather(
            *(
                store.add_event(job.id, new_id(), JobEventType.STARTED, T0, {})
                for job in jobs
            )
        )
        assert (await store.list_jobs(JobQuery(limit=500))).total == 20
        await store.get_job(jobs[0].id)
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
    assert len(threads) == 1
    assert next(iter(threads)).startswith("print_logger_store")
    assert threading.current_thread().name not in threads


async def test_engine_info(store: Store, engine_kind: str) -> None:
    """Diagnostics: dialect, server version, schema version and row counts."""
    printer_id = await add_printer(store)
    await store.save_tracked_job(tracked(printer_id))
    info = await store.engine_info()
    assert (
        info.dialect
        == {"sqlite": "sqlite", "mariadb": "mysql", "postgresql": "postgresql"}[
            engine_kind
        ]
    )
    assert (
        info.driver
        == {"sqlite": "pysqlite", "mariadb": "pymysql", "postgresql": "psycopg2"}[
            engine_kind
        ]
    )
    assert info.server_version
    assert info.schema_version == SCHEMA_VERSION
    assert info.available is True
    assert info.pending_writes == 0
    assert info.row_counts == {
        "printers": 1,
        "jobs": 1,
        "job_details": 0,
        "job_events": 0,
    }
    assert info.url == store.url


async def test_sqlite_settings(tmp_path: Path) -> None:
    """A dedicated SQLite file (its folder created) in WAL mode, with a busy timeout and foreign keys."""
    path = tmp_path / "config" / "deep" / "print_logger.db"
    store = Store(f"sqlite:///{path}", tmp_path / "journal.jsonl")
    await store.async_start()
    try:
        with store._db.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        await store.async_stop()
    with contextlib.closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


@pytest.mark.mariadb
async def test_mariadb_tables_are_utf8mb4_in_a_latin1_database(
    databases: Databases, tmp_path: Path
) -> None:
    """Even in a latin1 database, the tables are utf8mb4 and hold 4-byte characters; the URL gets charset=utf8mb4."""
    name = f"print_logger_test_latin1_{new_id()[:8]}"
    _admin(mariadb_url(""), f"CREATE DATABASE `{name}` CHARACTER SET latin1")
    databases.created.append(("mariadb", name, ""))
    store = Store(
        f"mysql+pymysql://root@127.0.0.1:3306/{name}", tmp_path / "journal.jsonl"
    )
    await store.async_start()
    try:
        assert store.url.endswith("?charset=utf8mb4")
        printer_id = await add_printer(store, "🐸 Voron")
        job = tracked(printer_id, "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🐸.gcode")
        await store.save_tracked_job(job)
        assert (await store.get_job(job.id)).job.filename == "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🐸.gcode"
        with store._db.connect() as conn:
            collations = conn.execute(
                sa.text(
                    "SELECT table_name, table_collation FROM information_schema.tables "
                    "WHERE table_schema = :db AND table_name LIKE 'print_logger%'"
                ),
                {"db": name},
            ).all()
    finally:
        await store.async_stop()
    assert len(collations) == 6  # the five tables of version 1 and files (version 3)
    assert {collation for _table, collation in collations} == {"utf8mb4_unicode_ci"}


async def test_life_cycle(tmp_path: Path, closed_port: int) -> None:
    """Not started: an error; started twice: an error; database unreachable at start: unavailable."""
    store = Store(f"sqlite:///{tmp_path / 'a.db'}", tmp_path / "journal.jsonl")
    with pytest.raises(StoreError, match="not started"):
        await store.list_jobs()
    with pytest.raises(StoreError, match="not started"):
        await store.save_tracked_job(tracked("p"))
    await store.async_start()
    with pytest.raises(StoreError, match="started already"):
        await store.async_start()
    await store.async_stop()
    await store.async_stop()
    for url in (
        mariadb_url("nothing", f"127.0.0.1:{closed_port}"),
        postgres_url("nothing").replace("5432", str(closed_port)),
    ):
        unreachable = Store(url, tmp_path / "journal.jsonl")
        with pytest.raises(StoreUnavailableError):
            await unreachable.async_start()
        assert "***" not in unreachable.url
