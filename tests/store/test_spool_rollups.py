"""
The daily and monthly spool roll-ups (``store/spool_rollups.py``) against the jobs, on SQLite, MariaDB and PostgreSQL.

Property-based: hypothesis writes random jobs with random spools (none to three, some without a
price or a weight, a spool's names changing from job to job), edits their spools, moves their start
across days, changes their status, deletes jobs and a printer with its jobs, each in a transaction
of the worker's session, and after every write checks that

* the day and month spool roll-up tables hold exactly what a rebuild computes from the jobs, and
* every farm-wide ``spool_breakdown`` (whole months, then whole days from the roll-ups, the
  partial days' jobs), by each dimension over ranges that span and cut months and days, equals the
  job-level answer (every printer by id), whose labels and colours are the newest job's of each
  group.

The jobs' instants lie around anchors at months' and years' ends (``test_rollups.ANCHORS``): a
batch's jobs fall in several months. The migration to schema version 12 builds both tables from a
version-11 database's jobs.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given, strategies as st
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from custom_components.print_logger.store import JobStatus, ops, rollups
from custom_components.print_logger.store.analytics import AnalyticsQuery
from custom_components.print_logger.store.migrations import SCHEMA_VERSION, migrate
from custom_components.print_logger.store.models import (
    Job,
    Printer,
    RollupSpoolDay,
    RollupSpoolMonth,
)
from custom_components.print_logger.store.spool_analytics import (
    SPOOL_BREAKDOWNS,
    spool_breakdown,
)
from custom_components.print_logger.store.spool_rollups import group_key
from custom_components.print_logger.store.spools import spools_from_json
from tests.store.conftest import Databases
from tests.store.test_rollups import ANCHORS, SETTINGS, STATUSES, Farm, instants, ranges

NAMES = ("PLA Basic", "PLA Matte", None)
# Names alike but for case or a trailing space: other groups (MariaDB's collation would merge them).
VENDORS = ("eSUN", "ESUN", "eSUN ", "Prusament ✓", None)
MATERIALS = ("PLA", "PETG", None)
COLOURS = ("1A1A1A", "FF0000", None)


@st.composite
def spool_list(draw: st.DrawFn) -> list[dict[str, Any]]:
    """
    Return a job's spools as the API stores them: 0-3 of 4 spool ids, names varying per job.

    Lengths in quarters of a millimetre, weights in eighths of a gram, prices per 1024 g: every sum
    is exact in any order, so the roll-ups' sums round as the jobs' do.
    """
    spools: list[dict[str, Any]] = []
    for _ in range(draw(st.integers(0, 3))):
        weight = draw(st.none() | st.integers(0, 8000).map(lambda n: n / 8))
        price = draw(st.none() | st.integers(0, 60))
        spool = {
            "spool_id": draw(st.integers(1, 4)),
            "length_mm": draw(st.integers(0, 400_000)) / 4,
            "weight_g": weight,
            "filament_name": draw(st.sampled_from(NAMES)),
            "vendor": draw(st.sampled_from(VENDORS)),
            "material": draw(st.sampled_from(MATERIALS)),
            "color_hex": draw(st.sampled_from(COLOURS)),
            "price": price,
            "price_weight": 1024.0,
        }
        spools.append({k: v for k, v in spool.items() if v is not None})
    return spools


@st.composite
def spool_writes(draw: st.DrawFn) -> list[tuple[str, dict[str, Any]]]:
    """Return a sequence of writes (kind, arguments)."""
    kinds = (
        "create",
        "create",
        "create",
        "spools",
        "spools",
        "start",
        "status",
        "delete",
        "delete_printer",
    )
    return [
        (
            draw(st.sampled_from(kinds)),
            {
                "printer": draw(st.integers(0, 2)),
                "pick": draw(st.integers(0, 1000)),
                "start": draw(instants()),
                "status": draw(st.sampled_from(STATUSES)),
                "spools": draw(spool_list()),
            },
        )
        for _ in range(draw(st.integers(1, 10)))
    ]


class SpoolFarm(Farm):
    """A migrated database whose jobs carry spools."""

    def apply_spools(self, kind: str, args: dict[str, Any]) -> None:
        """Apply one write."""
        printer = self.printers[args["printer"]]
        ids = self.job_ids()
        target = ids[args["pick"] % len(ids)] if ids else None
        start: datetime = args["start"]
        if kind == "delete_printer":
            self.write(
                lambda session: session.execute(
                    sa.delete(Printer).where(Printer.id == printer)
                )
            )
            self.write(lambda session: self._printer(session, printer))
        elif kind == "create" or target is None:

            def create(session: Session) -> None:
                job_id = ops.create_job(
                    session,
                    {
                        "printer_id": printer,
                        "filename": "part.gcode",
                        "status": args["status"],
                        "start": start,
                        "end": start + timedelta(hours=1),
                        "print_duration": 3600.0,
                        "total_duration": 3600.0,
                        "filament_used_mm": 100.0,
                    },
                )
                if args["spools"]:
                    ops.set_spools(
                        session, {"job_id": job_id, "spools": args["spools"]}
                    )

            self.write(create)
        elif kind == "spools":
            self.write(
                lambda session: ops.set_spools(
                    session, {"job_id": target, "spools": args["spools"]}
                )
            )
        elif kind == "start":
            self.write(
                lambda session: ops.update_job(
                    session,
                    target,
                    {"start": start, "end": start + timedelta(hours=1)},
                )
            )
        elif kind == "status":
            self.write(
                lambda session: ops.update_job(
                    session, target, {"status": args["status"].value}
                )
            )
        else:
            self.write(lambda session: ops.delete_jobs(session, [target]))

    def spool_rows(
        self, model: type[RollupSpoolDay | RollupSpoolMonth] = RollupSpoolDay
    ) -> list[tuple[Any, ...]]:
        """Return the rows of a spool roll-up table (figures to 6 decimals), sorted."""
        columns = [c for c in model.__table__.columns if c.key != "id"]

        def rows(session: Session) -> list[tuple[Any, ...]]:
            return sorted(
                (
                    tuple(round(v, 6) if isinstance(v, float) else v for v in row)
                    for row in session.execute(sa.select(*columns))
                ),
                key=repr,
            )

        return self.read(rows)


@pytest.fixture
def farm(engine_kind: str, databases: Databases) -> Iterator[SpoolFarm]:
    """Return a migrated database of the engine under test."""
    instance = SpoolFarm(databases.create(engine_kind))
    yield instance
    instance.engine.dispose()


def newest(
    farm: Farm, by: str, span: tuple[datetime | None, datetime | None]
) -> dict[Any, tuple[int, str, str | None]]:
    """Return each group's jobs and its newest job's label and colour, computed here from the jobs."""
    since, until = span
    best: dict[Any, tuple[tuple[datetime, str], str, str | None]] = {}
    jobs: dict[Any, set[str]] = {}

    def read(session: Session) -> list[Any]:
        query = sa.select(Job.id, Job.start, Job.spools)
        if since is not None:
            query = query.where(Job.start >= since)
        if until is not None:
            query = query.where(Job.start < until)
        return list(session.execute(query))

    for job_id, start, raw in farm.read(read):
        for spool in spools_from_json(raw):
            key, label = group_key(by, spool)  # type: ignore[arg-type]
            jobs.setdefault(key, set()).add(job_id)
            rank = (start, job_id)
            if key not in best or rank > best[key][0]:
                best[key] = (rank, label or "Unknown", spool.color_hex)
    return {
        key: (len(jobs[key]), label, colour)
        for key, (_rank, label, colour) in best.items()
    }


def check(
    farm: SpoolFarm, spans: list[tuple[datetime | None, datetime | None]]
) -> None:
    """Assert that the roll-ups equal a rebuild and answer every breakdown as the jobs do."""
    kept = farm.spool_rows()
    kept_months = farm.spool_rows(RollupSpoolMonth)
    farm.write(lambda session: rollups.rebuild(session, spools=True))
    assert farm.spool_rows() == kept
    assert farm.spool_rows(RollupSpoolMonth) == kept_months
    for since, until in spans:
        farm_wide = AnalyticsQuery(since=since, until=until)
        by_id = AnalyticsQuery(
            since=since, until=until, printer_ids=tuple(farm.printers)
        )
        for by in SPOOL_BREAKDOWNS:
            rolled = farm.read(
                lambda session, by=by, q=farm_wide: spool_breakdown(session, q, by=by)
            )
            read = farm.read(
                lambda session, by=by, q=by_id: spool_breakdown(session, q, by=by)
            )
            assert rolled == read, (by, since, until)
            # Labels and colours: the newest job's (start, then id), keys of their own type.
            assert {
                row["key"]: (row["jobs"], row["label"], row["color_hex"])
                for row in read["rows"]
            } == newest(farm, by, (since, until)), by
            assert all(
                isinstance(row["key"], int) for row in read["rows"] if by == "spool"
            )


def whole_days(
    span: tuple[datetime | None, datetime | None],
) -> tuple[datetime | None, datetime | None]:
    """Return ``span`` with its ends moved to midnight UTC (whole days only)."""
    return tuple(  # type: ignore[return-value]
        None
        if at is None
        else at.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        + timedelta(days=1)
        for at in span
    )


def whole_months(
    span: tuple[datetime | None, datetime | None],
) -> tuple[datetime | None, datetime | None]:
    """Return ``span`` with its ends moved to the next UTC month's first instant (whole months)."""
    return tuple(  # type: ignore[return-value]
        None if at is None else rollups.month_start(rollups.month_of(at) + 1)
        for at in span
    )


@given(batch=spool_writes(), span=ranges())
@SETTINGS
def test_spool_rollups_equal_the_jobs(
    farm: SpoolFarm,
    batch: list[tuple[str, dict[str, Any]]],
    span: tuple[datetime | None, datetime | None],
) -> None:
    """After every write, the spool roll-ups equal a rebuild and answer as the jobs do."""
    farm.reset()
    assert farm.spool_rows() == []
    assert farm.spool_rows(RollupSpoolMonth) == []
    spans = [(None, None), span]
    spans.extend(
        aligned
        for aligned in (whole_days(span), whole_months(span))
        if aligned[0] is None or aligned[1] is None or aligned[0] < aligned[1]
    )
    for kind, args in batch:
        farm.apply_spools(kind, args)
        check(farm, spans)


def spool(spool_id: int, name: str, colour: str, **extra: Any) -> dict[str, Any]:
    """Return one spool of a job as the API takes it."""
    return {
        "spool_id": spool_id,
        "length_mm": 1000.0,
        "weight_g": 2.5,
        "filament_name": name,
        "vendor": "eSUN",
        "material": "PLA",
        "color_hex": colour,
        "price_weight": 1024.0,
        **extra,
    }


def test_a_spools_edit_refreshes_its_day(farm: SpoolFarm) -> None:
    """Only the spools of a job change: its day's roll-ups follow; the newest job names a group."""
    farm.reset()
    day = datetime(2024, 5, 1, 12, tzinfo=UTC)
    base = {
        "printer": 0,
        "pick": 0,
        "status": JobStatus.COMPLETED,
        "start": day,
        "spools": [spool(7, "Old", "000000", price=32)],
    }
    farm.apply_spools("create", base)
    farm.apply_spools(
        "create",
        {
            **base,
            "start": day + timedelta(hours=1),
            "spools": [spool(8, "X", "FFFFFF")],
        },
    )
    later = farm.read(
        lambda session: session.scalar(sa.select(Job.id).where(Job.start > day))
    )
    # Spool 7 used in the later job too, under a new name and colour, without a price.
    farm.write(
        lambda session: ops.set_spools(
            session, {"job_id": later, "spools": [spool(7, "New", "123456")]}
        )
    )
    check(farm, [(None, None), (day, day + timedelta(days=1))])
    rows = farm.read(
        lambda session: spool_breakdown(session, AnalyticsQuery(), by="spool")
    )["rows"]
    assert [
        (r["key"], r["label"], r["color_hex"], r["jobs"], r["cost"]) for r in rows
    ] == [
        # One spool unpriced: the group's cost is unknown.
        (7, "#7 eSUN New", "123456", 2, None)
    ]


def test_months_add_their_days_and_keep_the_newest_label(farm: SpoolFarm) -> None:
    """A month row sums its days and names a group by its latest day's newest job; ranges cut months."""
    farm.reset()
    jobs = (
        (
            datetime(2024, 1, 31, 23, 30, tzinfo=UTC),
            spool(7, "Jan", "000001", price=32),
        ),
        (datetime(2024, 2, 10, 8, tzinfo=UTC), spool(7, "Feb", "000002", price=32)),
        (datetime(2024, 2, 29, 23, 59, tzinfo=UTC), spool(7, "Leap", "000003")),
        (datetime(2024, 2, 3, tzinfo=UTC), spool(7, "Early", "000004", price=32)),
        (datetime(2024, 3, 1, 0, 10, tzinfo=UTC), spool(8, "Mar", "000005")),
    )
    for index, (start, one) in enumerate(jobs):
        farm.apply_spools(
            "create",
            {
                "printer": index % 3,
                "pick": 0,
                "status": JobStatus.COMPLETED,
                "start": start,
                "spools": [one],
            },
        )
    columns = RollupSpoolMonth.__table__.columns.keys()
    months = {
        (row[columns.index("period") - 1], row[columns.index("spool_id") - 1]): (
            row[columns.index("jobs") - 1],
            row[columns.index("label") - 1],
            row[columns.index("color_hex") - 1],
            row[columns.index("unpriced") - 1],
        )
        for row in farm.spool_rows(RollupSpoolMonth)
        if row[columns.index("dim") - 1] == "spool"
    }
    january, february, march = (
        rollups.month_of(datetime(2024, m, 1, tzinfo=UTC)) for m in (1, 2, 3)
    )
    assert months == {
        (january, 7): (1, "#7 eSUN Jan", "000001", 0),
        # February's three jobs; its latest day's job, added before an earlier one, names it.
        (february, 7): (3, "#7 eSUN Leap", "000003", 1),
        (march, 8): (1, "#8 eSUN Mar", "000005", 1),
    }
    check(
        farm,
        [
            (None, None),
            # Whole months; a month and days around it; cuts inside days and months.
            (datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 3, 1, tzinfo=UTC)),
            (datetime(2024, 1, 31, tzinfo=UTC), datetime(2024, 3, 2, tzinfo=UTC)),
            (
                datetime(2024, 1, 31, 23, 45, tzinfo=UTC),
                datetime(2024, 3, 1, 0, 5, tzinfo=UTC),
            ),
            (datetime(2024, 2, 1, tzinfo=UTC), None),
            (None, datetime(2024, 2, 29, 23, 59, 30, tzinfo=UTC)),
        ],
    )


@pytest.mark.parametrize("version", [11])
def test_the_migration_builds_the_spool_rollups(
    engine_kind: str, databases: Databases, version: int
) -> None:
    """A version-11 database with jobs that have spools gets its spool roll-ups built."""
    farm = SpoolFarm(databases.create(engine_kind), target=version)
    try:
        # Written as version 11 did: no spool roll-ups to keep.
        farm.tracked = False
        farm.write(
            lambda session: [farm._printer(session, pid) for pid in farm.printers]
        )
        for index, anchor in enumerate(ANCHORS[:5]):
            farm.apply_spools(
                "create",
                {
                    "printer": index % 3,
                    "pick": index,
                    "status": JobStatus.COMPLETED,
                    "start": anchor + timedelta(minutes=7 * index),
                    "spools": [
                        spool(index % 2 + 1, f"PLA {index}", "00FF00", price=16),
                        spool(3, "PETG", "FF0000"),
                    ],
                },
            )
        with farm.engine.connect() as conn:
            assert not sa.inspect(conn).has_table(RollupSpoolDay.__tablename__)
            assert not sa.inspect(conn).has_table(RollupSpoolMonth.__tablename__)
        assert migrate(farm.engine) == list(range(version + 1, SCHEMA_VERSION + 1))
        farm.tracked = True
        rows = farm.spool_rows()
        jobs = RollupSpoolDay.__table__.columns.keys().index("jobs") - 1
        dim = RollupSpoolDay.__table__.columns.keys().index("dim") - 1
        assert sum(row[jobs] for row in rows if row[dim] == "vendor") == 5
        # The anchors' five jobs lie in five months: one month row of their vendor each.
        assert RollupSpoolMonth.__table__.columns.keys().index("jobs") - 1 == jobs
        months = [
            row for row in farm.spool_rows(RollupSpoolMonth) if row[dim] == "vendor"
        ]
        assert len(months) == 5
        assert sum(row[jobs] for row in months) == 5
        check(
            farm,
            [(None, None), (ANCHORS[0] - timedelta(days=40), ANCHORS[2])],
        )
    finally:
        farm.engine.dispose()
