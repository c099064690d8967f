"""
Schema migrations: an ordered list of steps, each run in its own transaction.

The database records every step applied in ``print_logger_schema_version``; the schema version is
the highest step. :func:`migrate` runs the steps after it, in order, and refuses a database written
by a newer version of the code.

Versions:
  1. the print log's tables;
  2. copies of the details that analytics group by on the jobs table (``JOB_DETAIL_COPIES``),
     filled from job_details, and the index of the accuracy report;
  3. the spools of each job (``jobs.spools``, JSON) and their filament cost
     (``jobs.spool_filament_cost``);
  4. printer maintenance: the tasks and their log (tables of their own);
  5. a job's photos (``print_logger_job_photos``, the end photo on jobs) and its environment
     sensors (``print_logger_job_climate``);
  6. files: each job's slice fingerprint and file, every file's track record (``files.py``);
  7. what each job cost: energy, electricity, filament, machine and total, with their sources
     (``costs.py``); a job with a manual cost gets it as its total;
  8. the file names the files view searches (``print_logger_file_names``), filled from the records.
  9. the analytics' roll-ups per UTC quarter hour, day and month (``rollups.py``), built from the
     jobs;
 10. the cost analysis's partial sums in every roll-up (``rollups.partial_figures``), rebuilt;
 11. the accuracy report's sums in the per-day and per-month roll-ups (built again), and the
     local roll-ups (per local day; per local month and hour of the week) with the zone they hold,
     empty until the store is told Home Assistant's zone (``Store.async_set_time_zone``);
 12. the indexes of the most expensive jobs (manual costs, computed totals) and the roll-ups built
     again for the breakdown by print duration; the daily and monthly spool roll-ups
     (``spool_rollups.py``), built from the jobs' spools.

Step 1 builds version 1 from the current models without the tables, columns and indexes that later
steps add (``ADDED_TABLES``, ``ADDED_COLUMNS``, ``ADDED_INDEXES``), so that a fresh database and an upgraded one end up
alike. A step that does more than add columns and indexes (a new type, a dropped column) must first
freeze version 1: replace ``_create_v1``'s use of the models by a copy of the version 1 table
definitions. A test compares the DDL of step 1 with the one the version 1 code created
(``tests/fixtures/schema/v1.sql``).

Adding a step: change the models in ``models.py``; list the new tables, columns and indexes in
``ADDED_TABLES``, ``ADDED_COLUMNS`` and ``ADDED_INDEXES``; append ``Migration(N, "...",
_upgrade_to_vN)`` that alters a version N-1 database into the new models. :func:`add_schema` creates
what the three lists name for a version (new tables with their indexes, ``ALTER TABLE … ADD COLUMN``,
``CREATE INDEX``); a step that only adds calls it, a step that also moves data does so after it. MySQL / MariaDB commit DDL at once, so make a step
safe to re-run: check with ``sqlalchemy.inspect(conn)`` before altering.
The migration tests build a database at every earlier version by running the steps up to it,
fill it with rows, upgrade it and compare the result with the models on all three engines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
import fcntl
import logging
import math
from pathlib import Path
import time
from typing import Any, Final

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    ForeignKey,
    Index,
    MetaData,
    Table,
    UniqueConstraint,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateColumn

from . import files, rollups
from .engine import without_io_timeout
from .errors import SchemaVersionError, StoreError
from .models import (
    COST_COLUMNS,
    JOB_DETAIL_COPIES,
    Base,
    Job,
    JobClimate,
    JobDetails,
    JobPhoto,
    MaintenanceLogEntry,
    MaintenanceTask,
    PrintFile,
    PrintFileName,
    RollupDay,
    RollupLocalDay,
    RollupLocalMonth,
    RollupMonth,
    RollupQuarter,
    RollupSpoolDay,
    RollupSpoolMonth,
    RollupZone,
    SchemaVersion,
)

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class Migration:
    """One schema step: ``upgrade`` turns a database at ``version - 1`` into ``version``."""

    version: int
    description: str
    upgrade: Callable[[Connection], None]


# Tables of the models that a step after version 1 creates (with their indexes): {version: (table, ...)}.
ADDED_TABLES: Final[dict[int, tuple[str, ...]]] = {
    4: (MaintenanceTask.__tablename__, MaintenanceLogEntry.__tablename__),
    5: (JobPhoto.__tablename__, JobClimate.__tablename__),
    6: (PrintFile.__tablename__,),
    8: (PrintFileName.__tablename__,),
    9: (
        RollupQuarter.__tablename__,
        RollupDay.__tablename__,
        RollupMonth.__tablename__,
    ),
    11: (
        RollupZone.__tablename__,
        RollupLocalDay.__tablename__,
        RollupLocalMonth.__tablename__,
    ),
    12: (RollupSpoolDay.__tablename__, RollupSpoolMonth.__tablename__),
}
# Columns of the models that a step after version 1 adds: {version: {table: (column, ...)}}.
ADDED_COLUMNS: Final[dict[int, dict[str, tuple[str, ...]]]] = {
    2: {Job.__tablename__: tuple(JOB_DETAIL_COPIES)},
    3: {Job.__tablename__: ("spools", "spool_filament_cost")},
    5: {Job.__tablename__: ("end_photo_id",)},
    6: {Job.__tablename__: ("fingerprint", "file_id")},
    7: {Job.__tablename__: COST_COLUMNS},
    10: {
        table.__tablename__: rollups.PARTIAL_FIGURES
        for table in (RollupQuarter, RollupDay, RollupMonth)
    },
    11: {
        RollupDay.__tablename__: rollups.ACCURACY,
        RollupMonth.__tablename__: rollups.ACCURACY,
    },
}
# Indexes of the models that a step after version 1 adds: {version: {table: (index name, ...)}}.
ADDED_INDEXES: Final[dict[int, dict[str, tuple[str, ...]]]] = {
    2: {Job.__tablename__: ("ix_print_logger_jobs_accuracy",)},
    6: {Job.__tablename__: ("ix_print_logger_jobs_file",)},
    12: {
        Job.__tablename__: (
            "ix_print_logger_jobs_cost",
            "ix_print_logger_jobs_total_cost",
        )
    },
}


def _copy_column(column: Column[Any]) -> Column[Any]:
    copy: Column[Any] = column._copy()  # noqa: SLF001
    for key in column.foreign_keys:
        copy.append_foreign_key(ForeignKey(key.target_fullname, ondelete=key.ondelete))
    return copy


def version_1_metadata() -> MetaData:
    """Return the version 1 tables: the models' tables without what later steps added."""
    later = {
        (table, name)
        for added in (ADDED_COLUMNS, ADDED_INDEXES)
        for tables in added.values()
        for table, names in tables.items()
        for name in names
    }
    later_tables = {table for tables in ADDED_TABLES.values() for table in tables}
    metadata = MetaData()
    for table in Base.metadata.sorted_tables:
        if table.name in later_tables:
            continue
        kept = [c for c in table.columns if (table.name, c.name) not in later]
        Table(
            table.name,
            metadata,
            *(_copy_column(column) for column in kept),
            *(
                UniqueConstraint(
                    *(c.name for c in constraint.columns), name=constraint.name
                )
                for constraint in table.constraints
                if isinstance(constraint, UniqueConstraint)
            ),
            *(
                Index(index.name, *(c.name for c in index.columns))
                for index in table.indexes
                if (table.name, index.name) not in later
            ),
            **table.kwargs,
        )
    return metadata


def _create_v1(conn: Connection) -> None:
    """Create the print log's tables as version 1 had them."""
    version_1_metadata().create_all(conn, checkfirst=True)


def add_schema(conn: Connection, version: int) -> None:
    """Create the tables, columns and indexes step ``version`` brings, skipping what exists."""
    _add_tables(conn, version)
    _add_columns(conn, version)
    _add_indexes(conn, version)


def _add_tables(conn: Connection, version: int) -> None:
    """Create the tables (and their indexes) that step ``version`` brings, unless present."""
    for table_name in ADDED_TABLES.get(version, ()):
        Base.metadata.tables[table_name].create(conn, checkfirst=True)


def _add_columns(conn: Connection, version: int) -> None:
    """Add the columns that step ``version`` brings, unless a previous try added them already."""
    inspector = inspect(conn)
    for table_name, names in ADDED_COLUMNS.get(version, {}).items():
        present = {column["name"] for column in inspector.get_columns(table_name)}
        table = Base.metadata.tables[table_name]
        for name in names:
            if name in present:
                continue
            column: Column[Any] = table.columns[name]
            ddl = CreateColumn(column).compile(dialect=conn.dialect)
            quoted = conn.dialect.identifier_preparer.format_table(table)
            conn.exec_driver_sql(f"ALTER TABLE {quoted} ADD COLUMN {ddl}")


def _add_indexes(conn: Connection, version: int) -> None:
    """Create the indexes that step ``version`` brings, unless a previous try created them already."""
    inspector = inspect(conn)
    for table_name, names in ADDED_INDEXES.get(version, {}).items():
        present = {index["name"] for index in inspector.get_indexes(table_name)}
        for index in Base.metadata.tables[table_name].indexes:
            if index.name in names and index.name not in present:
                index.create(conn)


def _upgrade_to_v2(conn: Connection) -> None:
    """Copy the details analytics group by onto the jobs table; index them for the accuracy report."""
    add_schema(conn, 2)
    conn.execute(
        update(Job)
        .values(
            {
                getattr(Job, name): select(getattr(JobDetails, source))
                .where(JobDetails.job_id == Job.id)
                .scalar_subquery()
                for name, source in JOB_DETAIL_COPIES.items()
            }
        )
        .where(select(JobDetails.job_id).where(JobDetails.job_id == Job.id).exists())
    )


def _upgrade_to_v3(conn: Connection) -> None:
    """Add the spools a job used and their filament cost to the jobs table."""
    add_schema(conn, 3)


def _upgrade_to_v4(conn: Connection) -> None:
    """Add the maintenance tasks and their log (only creates the two tables)."""
    add_schema(conn, 4)


def _upgrade_to_v5(conn: Connection) -> None:
    """Add the tables of a job's photos and environment sensors, and the end photo's column."""
    add_schema(conn, 5)


def _upgrade_to_v6(conn: Connection) -> None:
    """Give every job its file (name and slice) and build each file's track record."""
    add_schema(conn, 6)
    with Session(bind=conn) as session:
        # The names' table comes with version 8 (its step fills it).
        files.rebuild(session, with_names=False)
        session.flush()


def _upgrade_to_v8(conn: Connection) -> None:
    """Add the table of the file names the files view searches, filled from the files' records."""
    add_schema(conn, 8)
    with Session(bind=conn) as session:
        files.rebuild_names(session)
        session.flush()


def _upgrade_to_v7(conn: Connection) -> None:
    """Add what each job cost; a job with a manual cost has it as its total."""
    add_schema(conn, 7)
    conn.execute(
        update(Job)
        .values(total_cost=Job.cost, total_cost_source="manual")
        .where(Job.cost.is_not(None), Job.total_cost.is_(None))
    )


def _upgrade_to_v10(conn: Connection) -> None:
    """
    Add the cost analysis's partial sums to the roll-ups (NULL until step 11 builds them again).

    Not built here: the roll-ups' rebuild writes every column of today's roll-up tables, and the
    accuracy sums only come with version 11, whose step builds every roll-up from the jobs.
    """
    add_schema(conn, 10)


def _upgrade_to_v9(conn: Connection) -> None:
    """Add the analytics' roll-ups (``rollups.py``) and build them from the jobs."""
    add_schema(conn, 9)
    with Session(bind=conn) as session:
        rollups.rebuild(session, local=False)
        session.flush()


def _upgrade_to_v11(conn: Connection) -> None:
    """Add the accuracy sums to the roll-ups and the local roll-ups; build them again."""
    add_schema(conn, 11)
    with Session(bind=conn) as session:
        rollups.rebuild(session)
        session.flush()


def _upgrade_to_v12(conn: Connection) -> None:
    """
    Index the jobs' costs for the most expensive jobs; build the roll-ups again (durations).

    The spool roll-ups (``spool_rollups.py``) come with this step and are built here too.
    """
    add_schema(conn, 12)
    with Session(bind=conn) as session:
        # The local roll-ups hold no group key: they stay as step 11 (or the zone) built them.
        rollups.rebuild(session, local=False, spools=True)
        session.flush()


MIGRATIONS: Final[tuple[Migration, ...]] = (
    Migration(version=1, description="print log tables", upgrade=_create_v1),
    Migration(
        version=2,
        description="details analytics group by, on the jobs table",
        upgrade=_upgrade_to_v2,
    ),
    Migration(
        version=3,
        description="the spools of each job and their filament cost",
        upgrade=_upgrade_to_v3,
    ),
    Migration(
        version=4,
        description="printer maintenance: tasks and their log",
        upgrade=_upgrade_to_v4,
    ),
    Migration(
        version=5,
        description="photos and environment sensors of a job",
        upgrade=_upgrade_to_v5,
    ),
    Migration(
        version=6,
        description="files: each job's file and every file's track record",
        upgrade=_upgrade_to_v6,
    ),
    Migration(
        version=7,
        description="what each job cost: energy, electricity, filament, machine, total",
        upgrade=_upgrade_to_v7,
    ),
    Migration(
        version=8,
        description="the file names the files view searches",
        upgrade=_upgrade_to_v8,
    ),
    Migration(
        version=9,
        description="analytics roll-ups per quarter hour, day and month",
        upgrade=_upgrade_to_v9,
    ),
    Migration(
        version=10,
        description="the cost analysis's partial sums in the roll-ups",
        upgrade=_upgrade_to_v10,
    ),
    Migration(
        version=11,
        description="accuracy sums in the roll-ups; local roll-ups of the configured zone",
        upgrade=_upgrade_to_v11,
    ),
    Migration(
        version=12,
        description="indexes of the jobs' costs; roll-ups by print duration; spool roll-ups",
        upgrade=_upgrade_to_v12,
    ),
)
SCHEMA_VERSION: Final = MIGRATIONS[-1].version


def _schema_table() -> Table:
    return Base.metadata.tables[SchemaVersion.__tablename__]


def _check_steps(steps: Sequence[Migration]) -> None:
    for index, step in enumerate(steps, start=1):
        if step.version != index:
            raise ValueError(
                f"migration steps must be numbered 1, 2, … in order; got {step.version} at {index}"
            )


# The lock that lets one store at a time migrate a database (PostgreSQL advisory lock key, MySQL /
# MariaDB named lock) and how long a second store waits for it.
MIGRATION_LOCK_KEY: Final = 0x7072696E746C6F67  # "printlog"
MIGRATION_LOCK_NAME: Final = "print_logger_migrations"
MIGRATION_LOCK_WAIT: Final = 600.0
_MYSQL_LOCK_POLL: Final = (
    10  # seconds per GET_LOCK call, below the connection's I/O timeout
)


@contextmanager
def migration_lock(engine: Engine, wait: float = MIGRATION_LOCK_WAIT) -> Iterator[None]:
    """
    Hold the database's migration lock: two stores on one database never migrate at once.

    PostgreSQL: a session advisory lock; MySQL / MariaDB: a named lock (``GET_LOCK``); both on a
    connection of their own held for the whole migration, and released if that connection dies.
    SQLite: an exclusive ``flock`` on ``<database>.migrate.lock`` beside the file (an in-memory
    database has one user). Raises :class:`StoreError` after ``wait`` seconds without the lock.
    """
    backend = engine.dialect.name
    if backend == "sqlite":
        database = engine.url.database
        if database in (None, "", ":memory:"):
            yield
            return
        lock_path = Path(f"{Path(database).expanduser()}.migrate.lock")
        with lock_path.open("a+b") as handle:
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise StoreError(
                            f"another Print Logger has been migrating {database} for over "
                            f"{wait:.0f} s"
                        ) from None
                    time.sleep(0.05)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return
    with engine.connect() as conn:
        if backend == "postgresql":
            conn.execute(text(f"SET lock_timeout = '{int(wait * 1000)}ms'"))
            try:
                conn.execute(
                    text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            except OperationalError as err:
                raise StoreError(
                    f"another Print Logger has been migrating the database for over {wait:.0f} s"
                ) from err
            conn.execute(text("SET lock_timeout = 0"))
            conn.commit()
            try:
                yield
            finally:
                conn.execute(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
                conn.commit()
        elif backend in ("mysql", "mariadb"):
            deadline = time.monotonic() + wait
            while not conn.execute(
                text("SELECT GET_LOCK(:name, :seconds)"),
                {
                    "name": MIGRATION_LOCK_NAME,
                    "seconds": max(
                        1, min(_MYSQL_LOCK_POLL, math.ceil(deadline - time.monotonic()))
                    ),
                },
            ).scalar():
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"another Print Logger has been migrating the database for over "
                        f"{wait:.0f} s"
                    )
            conn.commit()
            try:
                yield
            finally:
                conn.execute(
                    text("SELECT RELEASE_LOCK(:name)"), {"name": MIGRATION_LOCK_NAME}
                )
                conn.commit()
        else:
            yield


def current_version(conn: Connection) -> int:
    """Return the database's schema version (0 for a database without the print log)."""
    if not inspect(conn).has_table(SchemaVersion.__tablename__):
        return 0
    version = conn.execute(select(func.max(SchemaVersion.version))).scalar()
    return int(version or 0)


def migrate(
    engine: Engine,
    steps: Sequence[Migration] = MIGRATIONS,
    *,
    target: int | None = None,
) -> list[int]:
    """
    Bring the database to ``target`` (the newest step by default); return the versions applied.

    Blocking: call it from the store's worker. Each step runs in a transaction together with the
    row that records it, so a failed step leaves the database at the previous version (on
    engines with transactional DDL; see the module notes for MySQL / MariaDB). Raises
    :class:`SchemaVersionError` if the database is newer than the steps know. Holds the
    database's :func:`migration_lock`, so a second store starting on the same database waits
    and then finds it migrated.
    """
    _check_steps(steps)
    newest = steps[-1].version if steps else 0
    goal = newest if target is None else target
    if not 0 <= goal <= newest:
        raise ValueError(f"no migration step for version {goal}")
    with migration_lock(engine):
        return _migrate_locked(engine, steps, goal, newest)


def _migrate_locked(
    engine: Engine, steps: Sequence[Migration], goal: int, newest: int
) -> list[int]:
    with engine.begin() as conn:
        _schema_table().create(conn, checkfirst=True)
        version = current_version(conn)
    if version > newest:
        raise SchemaVersionError(
            f"the print log's database has schema version {version}, newer than this version of "
            f"Print Logger supports ({newest}); update Print Logger or use another database"
        )
    applied: list[int] = []
    for step in steps[version:goal]:
        _LOGGER.info(
            "Migrating the print log to schema version %s (%s)",
            step.version,
            step.description,
        )
        with engine.begin() as conn, without_io_timeout(conn):
            step.upgrade(conn)
            conn.execute(
                _schema_table()
                .insert()
                .values(
                    version=step.version,
                    description=step.description,
                    applied_at=datetime.now(UTC),
                )
            )
        applied.append(step.version)
    return applied
