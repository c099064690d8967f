"""Engines for the store: per-backend settings, what counts as "database down", URL redaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
import re
from typing import Any, Final

from sqlalchemy import event, exc
from sqlalchemy.engine import URL, Connection, Engine, create_engine, make_url
from sqlalchemy.pool import StaticPool

SQLITE_BUSY_TIMEOUT_MS: Final = 15_000
CONNECT_TIMEOUT: Final = 10
# Long enough for any single statement of the store (batches are small), short enough to notice
# a database that stopped answering.
MYSQL_IO_TIMEOUT: Final = 60
_SECRET_QUERY_KEYS: Final = frozenset(
    {"password", "passwd", "pwd", "secret", "sslpassword"}
)
_USERINFO_PASSWORD = re.compile(r"(?P<head>://[^:/@?#]*:)[^@/]*(?P<tail>@)")


def redacted_url(url: str | URL) -> str:
    """Return ``url`` with its password (and any password query parameter) replaced by ``***``."""
    try:
        parsed = make_url(url)
    except exc.ArgumentError, ValueError:
        text = str(url)
        return _USERINFO_PASSWORD.sub(r"\g<head>***\g<tail>", text)
    secret_keys = [key for key in parsed.query if key.lower() in _SECRET_QUERY_KEYS]
    if secret_keys:
        parsed = parsed.update_query_dict(dict.fromkeys(secret_keys, "***"))
    return parsed.render_as_string(hide_password=True).replace("=%2A%2A%2A", "=***")


def backend_name(url: URL) -> str:
    """Return ``sqlite``, ``mysql`` (MySQL and MariaDB) or ``postgresql``."""
    backend = url.get_backend_name()
    return "mysql" if backend == "mariadb" else backend


def is_memory_sqlite(url: URL) -> bool:
    """Return True for an in-memory SQLite database."""
    return backend_name(url) == "sqlite" and url.database in (None, "", ":memory:")


def prepare_url(url: str | URL) -> URL:
    """Return the URL to connect with: MySQL / MariaDB always talk utf8mb4."""
    parsed = make_url(url)
    if backend_name(parsed) == "mysql" and parsed.query.get("charset") != "utf8mb4":
        parsed = parsed.update_query_dict({"charset": "utf8mb4"})
    return parsed


def build_engine(url: URL) -> Engine:
    """
    Create the engine of a store (blocking: run it in the store's worker).

    SQLite gets WAL, a busy timeout and foreign keys (its folder is created); MySQL / MariaDB and
    PostgreSQL get connect and I/O timeouts unless the URL sets them, and every engine pre-pings
    pooled connections so a database that restarted is reconnected to.
    """
    backend = backend_name(url)
    kwargs: dict[str, Any] = {"pool_pre_ping": True}
    connect_args: dict[str, Any] = {}
    query = url.query
    if backend == "sqlite":
        if is_memory_sqlite(url):
            kwargs["poolclass"] = StaticPool
            connect_args["check_same_thread"] = False
        elif url.database:
            Path(url.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        connect_args["timeout"] = SQLITE_BUSY_TIMEOUT_MS / 1000
    elif backend == "mysql":
        kwargs["pool_recycle"] = 3600
        if url.get_driver_name() in ("pymysql", "mysqldb"):
            defaults = {
                "connect_timeout": CONNECT_TIMEOUT,
                "read_timeout": MYSQL_IO_TIMEOUT,
                "write_timeout": MYSQL_IO_TIMEOUT,
            }
            connect_args.update(
                {key: value for key, value in defaults.items() if key not in query}
            )
    elif backend == "postgresql":
        if (
            url.get_driver_name() in ("psycopg2", "psycopg")
            and "connect_timeout" not in query
        ):
            connect_args["connect_timeout"] = CONNECT_TIMEOUT
    if connect_args:
        kwargs["connect_args"] = connect_args
    engine = create_engine(url, **kwargs)
    if backend == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@contextmanager
def without_io_timeout(conn: Connection) -> Iterator[None]:
    """
    Lift the MySQL / MariaDB driver's read and write timeouts on ``conn`` while the block runs.

    For the schema migrations: rebuilding a large log's derived tables (the files' records, the
    analytics' roll-ups) is one statement that may run for minutes on a million jobs, longer than
    :data:`MYSQL_IO_TIMEOUT`, which is meant for the store's small statements. Other drivers and
    engines have no such timeout; for them this does nothing.
    """
    # PyMySQL's connection (private attributes, read before every socket read and write).
    raw: Any = conn.connection.dbapi_connection
    if not hasattr(raw, "_read_timeout") or not hasattr(raw, "_write_timeout"):
        yield
        return
    saved = (raw._read_timeout, raw._write_timeout)  # noqa: SLF001
    raw._read_timeout = raw._write_timeout = None  # noqa: SLF001
    try:
        yield
    finally:
        raw._read_timeout, raw._write_timeout = saved  # noqa: SLF001


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Set WAL, the busy timeout and foreign keys on every new SQLite connection."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def is_disconnect(err: BaseException) -> bool:
    """
    Return True if ``err`` means the database cannot be reached (so the write is journaled).

    That is an OperationalError or InterfaceError from the driver (refused, lost, timed out, locked),
    a DBAPI error SQLAlchemy classified as a disconnect, or a pool timeout.
    """
    if isinstance(err, (exc.OperationalError, exc.InterfaceError, exc.TimeoutError)):
        return True
    if isinstance(err, exc.DBAPIError) and err.connection_invalidated:
        return True
    return isinstance(err, exc.DisconnectionError)
