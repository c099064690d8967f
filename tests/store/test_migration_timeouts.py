"""A migration step that runs longer than the MySQL / MariaDB driver's I/O timeout still completes."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from custom_components.print_logger.store import (
    MIGRATIONS,
    Migration,
    engine as engine_module,
)
from custom_components.print_logger.store.engine import build_engine, prepare_url
from custom_components.print_logger.store.migrations import current_version, migrate
from tests.helpers.databases import Databases

pytestmark = pytest.mark.mariadb


def test_a_long_step_outlives_the_io_timeout(
    databases: Databases, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    Rebuilding a large log's roll-ups is one statement that can outlast the store's I/O timeout
    (a 1M-job MariaDB log's did: 60 s). The step runs without it; the store's own statements
    keep it afterwards.
    """
    monkeypatch.setattr(engine_module, "MYSQL_IO_TIMEOUT", 1)
    engine = build_engine(prepare_url(databases.create("mariadb")))
    last = MIGRATIONS[-1]

    def slow(conn: sa.Connection) -> None:
        conn.execute(sa.text("SELECT SLEEP(2.5)"))
        last.upgrade(conn)

    steps = (
        *MIGRATIONS[:-1],
        Migration(version=last.version, description=last.description, upgrade=slow),
    )
    try:
        assert migrate(engine, steps)[-1] == last.version
        with engine.connect() as conn:
            assert current_version(conn) == last.version
            # The timeout is back for everything else: a statement over it is cut off.
            with pytest.raises(sa.exc.OperationalError):
                conn.execute(sa.text("SELECT SLEEP(2.5)"))
    finally:
        engine.dispose()
