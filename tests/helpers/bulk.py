"""
Fast bulk loads of many rows into a migrated print log (benchmarks and large tests; blocking).

:func:`bulk_insert` takes the rows as a stream of batches, each a mapping of table (an ORM class
such as ``Job``, or a ``Table``) to rows (dicts keyed by column, as ``insert(Job)`` takes them),
tables in the order their foreign keys need. Only one batch is held at a time, so memory stays flat
whatever the number of rows. Each value goes through the column type's own bind processing (what
SQLAlchemy would send: naive UTC datetimes, JSON text), then, by engine:

- SQLite: one transaction on one connection, ``executemany`` of prepared tuples, with
  ``synchronous=OFF`` and the rollback journal in memory (a throwaway file: a crash mid-load
  leaves it corrupt); the journal mode found is put back afterwards;
- PostgreSQL: ``COPY … FROM STDIN`` (psycopg2's ``copy_expert``), one per table and batch;
- MariaDB / MySQL: ``LOAD DATA LOCAL INFILE`` of a batch written to a temporary file (the same
  text as COPY's), with unique and foreign key checks off for the session: 2–3× faster than
  PyMySQL's multi-row ``INSERT`` statements, whose escaping in Python cost as much as the server.

The loaded tables' secondary indexes are dropped before their first rows and created again at the
end (sorting once is much cheaper than keeping every index in step with a million random inserts);
the schema afterwards is the store's. Nothing here runs the store's upkeep: the caller rebuilds what
is derived from the rows (``Store.rebuild_rollups``, ``Store.rebuild_files``) if it needs it.

Importable without pytest (``bench/`` scripts put the repository's root on ``sys.path``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
import contextlib
from datetime import date, datetime
import functools
import io
import json
from pathlib import Path
import sqlite3
import tempfile
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.schema import CreateIndex, DropIndex

Rows = Sequence[Mapping[str, Any]]
Formatter = Callable[[Any], str]
Batch = Mapping[Any, Rows]

# SQLite's page cache during the load (KiB): the tables' indexes being built stay in memory.
SQLITE_CACHE_KIB = 256 * 1024


def _table(target: Any) -> sa.Table:
    """Return the Table of an ORM class or a Table."""
    if isinstance(target, sa.Table):
        return target
    table = sa.inspect(target).local_table
    assert isinstance(table, sa.Table)
    return table


class _Prepared:
    """A table's insert: its columns (the rows' keys and those with a Python default) and processors."""

    def __init__(self, table: sa.Table, first: Mapping[str, Any], dialect: Dialect):
        self.table = table
        self.columns = [
            column
            for column in table.columns
            if column.key in first
            or (column.default is not None and column.default.is_scalar)
        ]
        self.defaults = [
            getattr(column.default, "arg", None)
            if column.default is not None and column.default.is_scalar
            else None
            for column in self.columns
        ]
        self.processors: list[Callable[[Any], Any] | None] = [
            column.type.dialect_impl(dialect).bind_processor(dialect)
            for column in self.columns
        ]
        preparer = dialect.identifier_preparer
        self.names = ", ".join(preparer.quote(column.name) for column in self.columns)
        self.quoted = preparer.format_table(table)

    def values(self, rows: Rows) -> list[list[Any]]:
        """Return the rows' values column by column, each as the driver takes it."""
        columns: list[list[Any]] = []
        for column, default, process in zip(
            self.columns, self.defaults, self.processors, strict=True
        ):
            key = column.key
            values = [row.get(key, default) for row in rows]
            if process is not None:
                values = [None if value is None else process(value) for value in values]
            columns.append(values)
        return columns

    def tuples(self, rows: Rows) -> list[tuple[Any, ...]]:
        """Return the rows as tuples in column order (for ``executemany``)."""
        return list(zip(*self.values(rows), strict=True))

    def copy_text(self, rows: Rows, formats: Mapping[type, Formatter]) -> str:
        """Return the rows as tab-separated text (PostgreSQL's COPY, MariaDB's LOAD DATA)."""
        text = functools.partial(_text, formats)
        columns = [list(map(text, values)) for values in self.values(rows)]
        return "".join("\t".join(row) + "\n" for row in zip(*columns, strict=True))


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
# PostgreSQL's COPY text format; MariaDB's LOAD DATA defaults read the same (but for booleans and
# bytes: none of the bulk-loaded columns is binary).
COPY_FORMATS: dict[type, Formatter] = {
    type(None): lambda _value: "\\N",
    str: lambda value: value.translate(_COPY_ESCAPES),
    float: float.__repr__,
    int: int.__repr__,
    bool: lambda value: "t" if value else "f",
    datetime: lambda value: value.isoformat(" "),
    date: date.isoformat,
    bytes: lambda value: "\\\\x" + value.hex(),
}
LOAD_DATA_FORMATS: dict[type, Formatter] = {
    **COPY_FORMATS,
    bool: lambda value: "1" if value else "0",
}
del LOAD_DATA_FORMATS[bytes]


def _text(formats: Mapping[type, Formatter], value: Any) -> str:
    """Return a value as tab-separated text takes it."""
    format_value = formats.get(type(value))
    if format_value is not None:
        return format_value(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value).translate(_COPY_ESCAPES)
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError("bytes cannot be bulk-loaded into MariaDB / MySQL")
    return str(value).translate(_COPY_ESCAPES)


def bulk_insert(
    url: str, batches: Iterable[Batch], *, rebuild_indexes: bool = True
) -> int:
    """
    Insert every batch's rows into a migrated database (blocking); return the number of rows.

    With ``rebuild_indexes`` (the default) the secondary indexes of the tables loaded are dropped
    before their first rows and created again after the last.
    """
    kind = sa.make_url(url).get_backend_name()
    mysql = kind in ("mysql", "mariadb")
    engine = sa.create_engine(
        url,
        poolclass=sa.NullPool,
        connect_args={"local_infile": True} if mysql else {},
    )
    dialect = engine.dialect
    folder = tempfile.TemporaryDirectory(prefix="bulk-") if mysql else None
    prepared: dict[sa.Table, _Prepared] = {}
    dropped: list[sa.Index] = []
    count = 0
    raw = engine.raw_connection()
    try:
        connection: Any = raw.driver_connection
        cursor: Any = connection.cursor()
        journal = None
        if kind == "sqlite":
            connection.isolation_level = None  # transactions by hand
            journal = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            with contextlib.suppress(sqlite3.OperationalError):
                # Out of WAL only when no other connection is open (else "locked": stay in WAL).
                cursor.execute("PRAGMA journal_mode=MEMORY")
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            cursor.execute("PRAGMA foreign_keys=OFF")
            cursor.execute("BEGIN")
        elif mysql:
            cursor.execute("SET SESSION unique_checks = 0")
            cursor.execute("SET SESSION foreign_key_checks = 0")

        def ddl(statement: Any) -> None:
            cursor.execute(str(statement.compile(dialect=dialect)))

        for batch in batches:
            for target, rows in batch.items():
                if not rows:
                    continue
                table = _table(target)
                insert = prepared.get(table)
                if insert is None:
                    insert = prepared[table] = _Prepared(table, rows[0], dialect)
                    if rebuild_indexes:
                        for index in sorted(table.indexes, key=lambda i: str(i.name)):
                            ddl(DropIndex(index, if_exists=True))
                            dropped.append(index)
                if kind == "postgresql":
                    cursor.copy_expert(
                        f"COPY {insert.quoted} ({insert.names}) FROM STDIN",
                        io.StringIO(insert.copy_text(rows, COPY_FORMATS)),
                    )
                elif folder is not None:
                    path = Path(folder.name) / "batch.tsv"
                    path.write_text(
                        insert.copy_text(rows, LOAD_DATA_FORMATS), encoding="utf-8"
                    )
                    cursor.execute(
                        f"LOAD DATA LOCAL INFILE %s INTO TABLE {insert.quoted}"
                        f" CHARACTER SET utf8mb4 ({insert.names})",
                        (str(path),),
                    )
                else:
                    cursor.executemany(
                        f"INSERT INTO {insert.quoted} ({insert.names}) VALUES"
                        f" ({', '.join(['?'] * len(insert.columns))})",
                        insert.tuples(rows),
                    )
                count += len(rows)
            if kind != "sqlite":
                connection.commit()
        for index in dropped:
            ddl(CreateIndex(index))
        if kind == "sqlite":
            cursor.execute("COMMIT")
            if cursor.execute("PRAGMA journal_mode").fetchone()[0] != journal:
                cursor.execute(f"PRAGMA journal_mode={journal}")
        else:
            connection.commit()
        cursor.close()
    finally:
        raw.close()
        engine.dispose()
        if folder is not None:
            folder.cleanup()
    return count
