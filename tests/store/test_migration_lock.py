"""Two stores starting on one database at once: one migrates, the other waits and finds it done."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
import threading

import pytest
import sqlalchemy as sa

from custom_components.print_logger.store import (
    MIGRATIONS,
    Migration,
    StoreError,
    migrations as migrations_module,
)
from custom_components.print_logger.store.engine import build_engine, prepare_url
from custom_components.print_logger.store.migrations import (
    current_version,
    migrate,
    migration_lock,
)


@pytest.fixture
def engines(db_url: str) -> Iterator[tuple[sa.Engine, sa.Engine]]:
    """Two engines on the test's database, as two Home Assistant instances would have."""
    first = build_engine(prepare_url(db_url))
    second = build_engine(prepare_url(db_url))
    yield first, second
    first.dispose()
    second.dispose()


def _held_steps(
    inside: threading.Event, release: threading.Event
) -> tuple[Migration, ...]:
    """The real steps, the last of which signals that it runs and waits to be let go."""
    last = MIGRATIONS[-1]

    def upgrade(conn: sa.Connection) -> None:
        inside.set()
        assert release.wait(30)
        last.upgrade(conn)

    return (
        *MIGRATIONS[:-1],
        Migration(version=last.version, description=last.description, upgrade=upgrade),
    )


def test_two_stores_migrating_at_once(engines: tuple[sa.Engine, sa.Engine]) -> None:
    """The second migration waits for the first, then applies nothing; every step recorded once."""
    first, second = engines
    inside, release = threading.Event(), threading.Event()
    started_second = threading.Event()

    def second_migrates() -> list[int]:
        started_second.set()
        return migrate(second)

    with ThreadPoolExecutor(2) as pool:
        one = pool.submit(migrate, first, _held_steps(inside, release))
        assert inside.wait(30)
        two = pool.submit(second_migrates)
        assert started_second.wait(30)
        # The second store cannot get past the lock while the first is inside its last step.
        with pytest.raises(TimeoutError):
            two.result(timeout=1.0)
        release.set()
        assert one.result(timeout=60) == [step.version for step in MIGRATIONS]
        assert two.result(timeout=60) == []
    with first.connect() as conn:
        assert current_version(conn) == MIGRATIONS[-1].version
        versions = (
            conn.execute(
                sa.text(
                    "SELECT version FROM print_logger_schema_version ORDER BY version"
                )
            )
            .scalars()
            .all()
        )
    assert versions == [step.version for step in MIGRATIONS]


def test_lock_wait_is_bounded(engines: tuple[sa.Engine, sa.Engine]) -> None:
    """A store that cannot get the lock in time says so, and gets it once it is free."""
    first, second = engines
    with (
        migration_lock(first),
        pytest.raises(StoreError, match="migrating"),
        migration_lock(second, wait=0.5),
    ):
        pytest.fail("two holders of the migration lock")
    with migration_lock(second, wait=5):
        pass


def test_lock_is_released_after_a_failed_step(
    engines: tuple[sa.Engine, sa.Engine],
) -> None:
    """A step that fails frees the lock: the next store migrates."""
    first, second = engines

    def broken(conn: sa.Connection) -> None:
        raise RuntimeError("step failed")

    steps = (
        *MIGRATIONS[:-1],
        Migration(version=MIGRATIONS[-1].version, description="x", upgrade=broken),
    )
    with pytest.raises(RuntimeError, match="step failed"):
        migrate(first, steps)
    assert migrate(second) == [MIGRATIONS[-1].version]
    assert MIGRATIONS[-1].version == migrations_module.SCHEMA_VERSION
