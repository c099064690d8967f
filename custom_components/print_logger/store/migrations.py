"""
Schema migrations: an ordered list of steps, each run in its own transaction.

The database records every step applied in ``print_logger_schema_version``; the schema version is
the highest step. :func:`migrate` runs the steps after it, in order, and refuses a database written
by a newer version of the code.

Adding a step (schema version 2 and later):
  1. change the models in ``models.py``;
  2. freeze version 1 first: replace ``_create_v1``'s use of the current models by a copy of the
     version 1 table definitions (so that step 1 keeps building exactly version 1);
  3. append ``Migration(2, "...", _upgrade_to_v2)`` that alters a version 1 database into the new
     models (``ALTER TABLE`` through ``conn.execute``; note that MySQL / MariaDB commit DDL at once,
     so make a step safe to re-run: check with ``sqlalchemy.inspect(conn)`` before altering).
The migration tests build a database at every earlier version by running the steps up to it,
fill it with rows, upgrade it and compare the result with the models on all three engines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
import logging
from typing import Final

from sqlalchemy import Connection, Engine, Table, func, inspect, select

from .errors import SchemaVersionError
from .models import Base, SchemaVersion

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class Migration:
    """One schema step: ``upgrade`` turns a database at ``version - 1`` into ``version``."""

    version: int
    description: str
    upgrade: Callable[[Connection], None]


def _create_v1(conn: Connection) -> None:
    """Create the print log's tables (schema version 1 is the current models)."""
    Base.metadata.create_all(conn, checkfirst=True)


MIGRATIONS: Final[tuple[Migration, ...]] = (
    Migration(version=1, description="print log tables", upgrade=_create_v1),
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
    :class:`SchemaVersionError` if the database is newer than the steps know.
    """
    _check_steps(steps)
    newest = steps[-1].version if steps else 0
    goal = newest if target is None else target
    if not 0 <= goal <= newest:
        raise ValueError(f"no migration step for version {goal}")
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
        with engine.begin() as conn:
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
