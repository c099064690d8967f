"""Schema migrations on every engine: fresh database, re-run, upgrade from the previous version, refusal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex, CreateTable

from custom_components.print_logger.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    JobEventType,
    JobQuery,
    Migration,
    SchemaVersionError,
    Store,
    migrate,
    queries,
)
from custom_components.print_logger.store.engine import build_engine, prepare_url
from custom_components.print_logger.store.files import name_id_of
from custom_components.print_logger.store.migrations import (
    current_version,
    version_1_metadata,
)
from custom_components.print_logger.store.models import (
    DATA_TABLES,
    JOB_DETAIL_COPIES,
    Base,
    Job,
    PrintFile,
    PrintFileName,
)
from tests.store.common import T0, add_printer, finished, imported_job, new_id, tracked

PROBE = "migration_probe"
FIXTURES = Path(__file__).parents[1] / "fixtures"


def _add_probe_column(conn: sa.Connection) -> None:
    """A further step, as a later version of the code would ship: add a column and fill it."""
    conn.execute(
        sa.text(f"ALTER TABLE print_logger_jobs ADD COLUMN {PROBE} VARCHAR(32)")
    )
    conn.execute(sa.text(f"UPDATE print_logger_jobs SET {PROBE} = 'upgraded'"))


NEXT_STEPS = (
    *MIGRATIONS,
    Migration(
        version=SCHEMA_VERSION + 1,
        description="test: add a column",
        upgrade=_add_probe_column,
    ),
)


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.Engine]:
    """Return an engine of the test's database (as the store makes it)."""
    instance = build_engine(prepare_url(db_url))
    yield instance
    instance.dispose()


def _assert_matches_models(engine: sa.Engine) -> None:
    """The migrated database has exactly the models' tables, columns, nullability, indexes and keys."""
    inspector = sa.inspect(engine)
    assert {
        name for name in inspector.get_table_names() if name.startswith("print_logger_")
    } == set(Base.metadata.tables)
    for table in Base.metadata.tables.values():
        columns = {
            column["name"]: column for column in inspector.get_columns(table.name)
        }
        assert set(columns) == {column.name for column in table.columns}, table.name
        for column in table.columns:
            assert columns[column.name]["nullable"] == column.nullable, (
                table.name,
                column.name,
            )
        indexes = {index["name"]: index for index in inspector.get_indexes(table.name)}
        for index in table.indexes:
            assert index.name in indexes, (table.name, index.name)
            assert indexes[index.name]["column_names"] == [
                c.name for c in index.columns
            ]
        unique = {
            tuple(constraint["column_names"])
            for constraint in inspector.get_unique_constraints(table.name)
        } | {
            tuple(index["column_names"])
            for index in indexes.values()
            if index["unique"]
        }
        for constraint in table.constraints:
            if isinstance(constraint, sa.UniqueConstraint):
                assert tuple(c.name for c in constraint.columns) in unique
        keys = inspector.get_foreign_keys(table.name)
        assert len(keys) == len(table.foreign_keys)
        for key in keys:
            assert key["options"].get("ondelete", "").upper() == "CASCADE", (
                table.name,
                key,
            )


def test_fresh_database_and_rerun(engine: sa.Engine) -> None:
    """A fresh database gets every step; running again is a no-op; the result is the models' schema."""
    assert migrate(engine) == [step.version for step in MIGRATIONS]
    assert migrate(engine) == []
    with engine.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION
        rows = conn.execute(
            sa.text("SELECT version, description FROM print_logger_schema_version")
        ).all()
    assert [tuple(row) for row in rows] == [
        (s.version, s.description) for s in MIGRATIONS
    ]
    _assert_matches_models(engine)


async def test_upgrade_from_the_previous_version_keeps_every_row(
    engine: sa.Engine, db_url: str, tmp_path: Path
) -> None:
    """A database built by the steps up to N-1 and filled with rows is upgraded to N, rows intact;
    the store then refuses it, as the code is older than the database."""
    assert migrate(engine, NEXT_STEPS, target=SCHEMA_VERSION) == list(
        range(1, SCHEMA_VERSION + 1)
    )
    store = Store(db_url, tmp_path / "journal.jsonl")
    await store.async_start()
    try:
        printer_id = await add_printer(store)
        for index in range(3):
            job = tracked(printer_id, f"job{index}.gcode", start=T0.replace(hour=index))
            await store.save_tracked_job(finished(job))
            await store.add_event(job.id, new_id(), JobEventType.STARTED, job.start, {})
            await store.set_details(
                job.id, {"slicer": "OrcaSlicer", "thumbnail": b"\x00" * 100}
            )
        await store.import_history_job(
            printer_id, imported_job("00000A", "old.gcode", T0)
        )
        before = await store.list_jobs(JobQuery(limit=500))
        details_before = [await store.get_job(job.id) for job in before.jobs]
        counts_before = (await store.engine_info()).row_counts
    finally:
        await store.async_stop()

    assert migrate(engine, NEXT_STEPS) == [SCHEMA_VERSION + 1]
    assert migrate(engine, NEXT_STEPS) == []
    with engine.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION + 1
        probes = (
            conn.execute(sa.text(f"SELECT {PROBE} FROM print_logger_jobs"))
            .scalars()
            .all()
        )
    assert probes == ["upgraded"] * 4

    store = Store(db_url, tmp_path / "journal.jsonl")
    with pytest.raises(SchemaVersionError, match="newer than this version"):
        await store.async_start()
    with pytest.raises(SchemaVersionError):
        migrate(engine)

    # Every row is still there, unchanged (read with the models, which ignore the new column).
    with Session(engine) as session:
        dialect = engine.dialect.name
        after = queries.list_jobs(session, dialect, JobQuery(limit=500))
        assert after == before
        assert [
            queries.get_job(session, job.id) for job in after.jobs
        ] == details_before
    with engine.connect() as conn:
        counts_after = {
            table.name.removeprefix("print_logger_"): conn.execute(
                sa.select(sa.func.count()).select_from(table)
            ).scalar()
            for table in DATA_TABLES
        }
    assert counts_after == counts_before


def test_a_failing_step_leaves_the_previous_version(engine: sa.Engine) -> None:
    """A step that fails is rolled back and not recorded; bad step lists and targets are refused."""

    def failing(conn: sa.Connection) -> None:
        conn.execute(
            sa.text(
                "INSERT INTO print_logger_printers (id, name, first_seen, last_seen) "
                "VALUES ('half-done', 'x', :t, :t)"
            ),
            {"t": "2026-03-01 12:00:00"},
        )
        raise RuntimeError("step failed")

    steps = (
        *MIGRATIONS,
        Migration(version=SCHEMA_VERSION + 1, description="fails", upgrade=failing),
    )
    with pytest.raises(RuntimeError, match="step failed"):
        migrate(engine, steps)
    with engine.connect() as conn:
        assert current_version(conn) == SCHEMA_VERSION
        assert (
            conn.execute(sa.text("SELECT count(*) FROM print_logger_printers")).scalar()
            == 0
        )
    with pytest.raises(ValueError, match="numbered"):
        migrate(
            engine,
            (MIGRATIONS[0], Migration(version=3, description="gap", upgrade=failing)),
        )
    with pytest.raises(ValueError, match="no migration step"):
        migrate(engine, target=SCHEMA_VERSION + 1)


def test_version_2_copies_the_details_analytics_group_by(engine: sa.Engine) -> None:
    """A version 1 database with jobs, some with details, gets the copies on the jobs table filled in
    from job_details (and None for a job without details), and then matches the models."""
    assert migrate(engine, target=1) == [1]
    with engine.connect() as conn:
        names = {c["name"] for c in sa.inspect(conn).get_columns("print_logger_jobs")}
    assert names.isdisjoint(JOB_DETAIL_COPIES)
    start = T0.replace(tzinfo=None).isoformat(sep=" ")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO print_logger_printers (id, name, first_seen, last_seen) "
                "VALUES ('p1', 'Voron', :t, :t)"
            ),
            {"t": start},
        )
        for index in range(3):
            conn.execute(
                sa.text(
                    "INSERT INTO print_logger_jobs (id, printer_id, filename, filename_search,"
                    " status, source, start, print_duration, total_duration, filament_used_mm,"
                    " progress, pause_count, paused_duration, created_at, updated_at) VALUES"
                    " (:id, 'p1', 'a.gcode', 'a.gcode', 'completed', 'live', :t, 60, 60, 100,"
                    " 1, 0, 0, :t, :t)"
                ),
                {"id": f"job{index}", "t": start},
            )
        for index, (kind, colour, slicer, height, used) in enumerate(
            [
                ("PETG", "#FF0000", "OrcaSlicer", 0.2, 1234.5),
                (None, None, "Cura", None, None),
            ]
        ):
            conn.execute(
                sa.text(
                    "INSERT INTO print_logger_job_details (job_id, filament_type,"
                    " filament_colour, slicer, layer_height, filament_used_mm, nozzle_diameter)"
                    " VALUES (:id, :kind, :colour, :slicer, :height, :used, 0.4)"
                ),
                {
                    "id": f"job{index}",
                    "kind": kind,
                    "colour": colour,
                    "slicer": slicer,
                    "height": height,
                    "used": used,
                },
            )

    assert migrate(engine, target=2) == [2]
    assert migrate(engine) == list(range(3, SCHEMA_VERSION + 1))
    assert migrate(engine) == []
    _assert_matches_models(engine)
    # Version 3 gave the jobs their files: job0's slice, and job1 and job2 (no slice figures) the
    # name alone: two versions of a.gcode, numbered by first print.
    with Session(engine) as session:
        files = dict(
            session.execute(
                sa.select(PrintFile.id, PrintFile.prints).where(
                    PrintFile.printer_id == ""
                )
            )
            .tuples()
            .all()
        )
        jobs = dict(session.execute(sa.select(Job.id, Job.file_id)).tuples().all())
    assert sorted(files.values()) == [1, 2]
    assert jobs["job1"] == jobs["job2"] != jobs["job0"]
    assert set(jobs.values()) == set(files)
    # Version 8 gave the files view its searched names: a.gcode once, for both its versions.
    with Session(engine) as session:
        names = session.execute(
            sa.select(PrintFileName.name_id, PrintFileName.filename_search)
        ).all()
    assert [tuple(row) for row in names] == [(name_id_of("a.gcode"), "a.gcode")]
    columns = [getattr(Job, name) for name in JOB_DETAIL_COPIES]
    with Session(engine) as session:
        rows = session.execute(sa.select(Job.id, *columns).order_by(Job.id)).all()
    assert [tuple(row) for row in rows] == [
        ("job0", "PETG", "#FF0000", "OrcaSlicer", 0.2, 1234.5),
        ("job1", None, None, "Cura", None, None),
        ("job2", None, None, None, None, None),
    ]


def test_version_5_adds_photos_and_climate(engine: sa.Engine) -> None:
    """A version 4 database gets the photo and climate tables and the end photo column, jobs kept."""
    assert migrate(engine, target=4) == [1, 2, 3, 4]
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with Session(engine) as session, session.begin():
        session.execute(
            sa.text(
                "INSERT INTO print_logger_printers (id, name, first_seen, last_seen)"
                " VALUES ('p', 'P', :now, :now)"
            ),
            {"now": now.strftime("%Y-%m-%d %H:%M:%S")},
        )
        session.execute(
            sa.text(
                "INSERT INTO print_logger_jobs (id, printer_id, filename, filename_search,"
                " status, source, start, print_duration, total_duration, filament_used_mm,"
                " progress, pause_count, paused_duration, created_at, updated_at)"
                " VALUES ('a' , 'p', 'f.gcode', 'f.gcode', 'error', 'live', :now, 0, 0, 0,"
                " 0, 0, 0, :now, :now)"
            ),
            {"now": now.strftime("%Y-%m-%d %H:%M:%S")},
        )
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        assert not inspector.has_table("print_logger_job_photos")
        assert not inspector.has_table("print_logger_job_climate")
    assert migrate(engine, target=5) == [5]
    with engine.connect() as conn:
        inspector = sa.inspect(conn)
        assert inspector.has_table("print_logger_job_photos")
        assert inspector.has_table("print_logger_job_climate")
        rows = conn.execute(
            sa.text("SELECT id, end_photo_id FROM print_logger_jobs")
        ).all()
    assert [tuple(row) for row in rows] == [("a", None)]
    migrate(engine)
    _assert_matches_models(engine)


def _insert_printer(conn: sa.Connection, now: str) -> None:
    """Insert printer ``p`` with SQL, as an older version's tables take it."""
    conn.execute(
        sa.text(
            "INSERT INTO print_logger_printers (id, name, first_seen, last_seen)"
            " VALUES ('p', 'P', :now, :now)"
        ),
        {"now": now},
    )


def test_version_7_keeps_manual_costs_as_totals(engine: sa.Engine) -> None:
    """A version 6 database: a job with a manual cost gets it as its total, others none."""
    assert migrate(engine, target=6) == [1, 2, 3, 4, 5, 6]
    now = datetime(2026, 1, 1, tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S")
    with engine.begin() as conn:
        _insert_printer(conn, now)
        for job_id, cost in (("a", 2.5), ("b", None)):
            conn.execute(
                sa.text(
                    "INSERT INTO print_logger_jobs (id, printer_id, filename,"
                    " filename_search, status, source, start, print_duration,"
                    " total_duration, filament_used_mm, progress, pause_count,"
                    " paused_duration, cost, created_at, updated_at) VALUES (:id, 'p',"
                    " 'f.gcode', 'f.gcode', 'completed', 'live', :now, 0, 0, 0, 1, 0, 0,"
                    " :cost, :now, :now)"
                ),
                {"id": job_id, "now": now, "cost": cost},
            )
    assert migrate(engine, target=7) == [7]
    with engine.connect() as conn:
        assert current_version(conn) == 7
        rows = conn.execute(
            sa.text(
                "SELECT id, total_cost, total_cost_source, energy_kwh"
                " FROM print_logger_jobs ORDER BY id"
            )
        ).all()
    assert [tuple(row) for row in rows] == [
        ("a", 2.5, "manual", None),
        ("b", None, None, None),
    ]


def test_version_12_rolls_up_the_print_durations(engine: sa.Engine) -> None:
    """
    A version 11 database whose roll-ups were built before the breakdown by print duration:
    step 12 builds them again, the ended jobs by duration bin (an in-progress one left out).
    """
    assert migrate(engine, target=11) == list(range(1, 12))
    now = datetime(2026, 1, 1, tzinfo=UTC).strftime("%Y-%m-%d %H:%M:%S")
    with engine.begin() as conn:
        _insert_printer(conn, now)
        # Written as version 11's code would not (no roll-ups kept): step 12 must build them.
        for job_id, status, seconds in (
            ("a", "completed", 600.0),
            ("b", "cancelled", 5000.0),
            ("c", "completed", 5400.0),
            ("d", "in_progress", 700.0),
        ):
            conn.execute(
                sa.text(
                    "INSERT INTO print_logger_jobs (id, printer_id, filename,"
                    " filename_search, status, source, start, print_duration,"
                    " total_duration, filament_used_mm, progress, pause_count,"
                    " paused_duration, created_at, updated_at) VALUES (:id, 'p',"
                    " 'f.gcode', 'f.gcode', :status, 'live', :now, :seconds, :seconds, 0,"
                    " 1, 0, 0, :now, :now)"
                ),
                {"id": job_id, "status": status, "now": now, "seconds": seconds},
            )
    assert migrate(engine) == [12]
    with engine.connect() as conn:
        for table in ("print_logger_rollup_days", "print_logger_rollup_months"):
            rows = conn.execute(
                sa.text(
                    f"SELECT number, jobs, completed FROM {table}"
                    " WHERE dim = 'duration' ORDER BY number"
                )
            ).all()
            assert [(float(n), jobs, done) for n, jobs, done in rows] == [
                (0.0, 1, 1),
                (3600.0, 2, 1),
            ], table


async def test_the_copies_follow_the_details(db_url: str, tmp_path: Path) -> None:
    """Every way details are written keeps the job's copies equal to them: set_details, history
    import (fill only), a manual job's filament type, and a tracked job taking over the imported
    job of the same print (with its details)."""
    store = Store(db_url, tmp_path / "journal.jsonl")
    await store.async_start()
    try:
        printer_id = await add_printer(store)
        job = tracked(printer_id, "a.gcode", start=T0)
        await store.save_tracked_job(job)
        await store.set_details(
            job.id,
            {"slicer": "OrcaSlicer", "filament_type": "PLA", "filament_used_mm": 10.0},
        )
        await store.set_details(job.id, {"filament_type": "PETG", "layer_height": 0.16})
        imported = await store.import_history_job(
            printer_id, imported_job("00000B", "b.gcode", T0.replace(hour=3))
        )
        await store.import_history_job(
            printer_id, imported_job("00000C", "c.gcode", T0.replace(hour=4))
        )
        live = tracked(printer_id, "c.gcode", start=T0.replace(hour=4), uid="00000C")
        await store.save_tracked_job(live)
        manual = await store.create_job(
            {
                "printer_id": printer_id,
                "filename": "manual.gcode",
                "status": "completed",
                "start": T0.replace(hour=5),
                "filament_type": "ASA",
            }
        )

        def copies(session: Session) -> dict[str, tuple[object, ...]]:
            rows = session.execute(
                sa.select(Job.id, *(getattr(Job, n) for n in JOB_DETAIL_COPIES))
            ).all()
            return {row[0]: tuple(row[1:]) for row in rows}

        found = await store.async_read(copies)
    finally:
        await store.async_stop()
    from_history = ("PLA", None, "PrusaSlicer", 0.2, 2400.0)
    assert found == {
        job.id: ("PETG", None, "OrcaSlicer", 0.16, 10.0),
        imported: from_history,
        live.id: from_history,
        manual.job.id: ("ASA", None, None, None, None),
    }


def _ddl(metadata: sa.MetaData) -> list[str]:
    """Return the CREATE TABLE and CREATE INDEX statements of ``metadata`` on the three engines."""
    statements: list[str] = []
    for dialect in (sqlite.dialect(), mysql.dialect(), postgresql.dialect()):
        for table in metadata.sorted_tables:
            statements.append(str(CreateTable(table).compile(dialect=dialect)).strip())
            statements.extend(
                str(CreateIndex(index).compile(dialect=dialect)).strip()
                for index in sorted(table.indexes, key=lambda index: index.name or "")
            )
    return statements


def test_step_1_still_builds_version_1() -> None:
    """Step 1 builds the models minus what later steps add: that must stay exactly the version 1
    that databases in the field have (if a model change breaks this, freeze version 1 instead)."""
    recorded = (FIXTURES / "schema" / "v1.sql").read_text(encoding="utf-8")
    lines = [line for line in recorded.splitlines() if not line.startswith("-- ")]
    assert "\n".join(_ddl(version_1_metadata())).splitlines() == lines
