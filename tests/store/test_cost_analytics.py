"""
The cost analysis (``store/cost_analytics.py``) on SQLite, MariaDB and PostgreSQL.

A small farm with known costs (manual overrides of the total and of the electricity part, a job
without a meter, a job without a weight, a job without any cost): every figure equals the one
worked out by hand below, and the farm-wide answers (roll-ups plus one narrow query) equal the
job-level ones (the same query over every printer by id) over ranges that cut days and months.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
import random
from typing import Any
import uuid

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from custom_components.print_logger.store import JobStatus, cost_analytics, ops, rollups
from custom_components.print_logger.store.analytics import AnalyticsQuery
from custom_components.print_logger.store.cost_analytics import (
    COST_BREAKDOWNS,
    cost_analysis,
    expensive_jobs,
)
from custom_components.print_logger.store.engine import build_engine, prepare_url
from custom_components.print_logger.store.errors import StoreValidationError
from custom_components.print_logger.store.migrations import SCHEMA_VERSION, migrate
from custom_components.print_logger.store.models import (
    Job,
    RollupDay,
    RollupMonth,
    RollupQuarter,
)
from custom_components.print_logger.store.rollups import TrackedSession

ZONE = "Europe/Berlin"
ALPHA = "a" * 32
BETA = "b" * 32
NOW = datetime(2026, 3, 10, tzinfo=UTC)

# (id, printer, material, start, hours, grams, energy kWh, computed electricity, computed filament,
#  machine, computed total, manual cost, manual electricity)
JOBS: tuple[tuple[Any, ...], ...] = (
    ("j1", ALPHA, "PLA", datetime(2026, 1, 10, 10, tzinfo=UTC), 2, 100.0, 0.5, 0.15, 2.0, 1.0, 3.15, None, None),
    # 00:30 on 1 February in Berlin: a February job there, a January one in UTC.
    ("j2", ALPHA, "PETG", datetime(2026, 1, 31, 23, 30, tzinfo=UTC), 1, 50.0, None, None, 1.5, 0.5, 2.0, None, None),
    # A manual total (10) over the computed 6.45, a manual electricity part (0.6) over 0.45.
    ("j3", BETA, "PLA", datetime(2026, 2, 15, 12, tzinfo=UTC), 4, 200.0, 1.5, 0.45, 4.0, 2.0, 6.45, 10.0, 0.6),
    # No material known, no weight, no filament cost.
    ("j4", BETA, None, datetime(2026, 3, 1, 8, tzinfo=UTC), 3, None, 0.9, 0.27, None, 1.5, 1.77, None, None),
    # No cost and no energy at all.
    ("j5", BETA, "PLA", datetime(2026, 3, 2, 9, 15, tzinfo=UTC), 1, 20.0, None, None, None, None, None, None, None),
)  # fmt: skip


@pytest.fixture
def farm(db_url: str) -> Iterator[Any]:
    """Return a migrated database holding JOBS, written as the worker writes (roll-ups kept)."""
    engine = build_engine(prepare_url(db_url))
    migrate(engine)
    _write_jobs(engine)
    yield engine
    engine.dispose()


def _write_jobs(engine: Any, *, version: int | None = None) -> None:
    """
    Write the printers and JOBS in one transaction of the worker's kind of session.

    ``version`` 9: as that version's code did (an untracked session, then its roll-ups built).
    """

    def write(session: Session) -> None:
        for printer_id, name in ((ALPHA, "Alpha"), (BETA, "Beta")):
            ops.upsert_printer(
                session,
                {
                    "id": printer_id,
                    "explicit": True,
                    "entry_id": printer_id,
                    "name": name,
                    "moonraker_url": None,
                    "instance_id": printer_id,
                    "klipper_version": None,
                    "moonraker_version": None,
                    "seen_at": "2026-01-01T00:00:00+00:00",
                },
            )
        session.flush()
        for (
            key, printer_id, material, start, hours, grams, energy, electricity,
            filament, machine, total, cost, energy_cost,
        ) in JOBS:  # fmt: skip
            session.add(
                Job(
                    id=uuid.uuid5(uuid.NAMESPACE_OID, key).hex,
                    printer_id=printer_id,
                    filename=f"{key}.gcode",
                    filename_search=f"{key}.gcode",
                    status=JobStatus.COMPLETED.value,
                    source="manual",
                    start=start,
                    end=start + timedelta(hours=hours),
                    print_duration=hours * 3600.0,
                    total_duration=hours * 3600.0,
                    filament_used_mm=0.0,
                    filament_weight_g=grams,
                    filament_type=material,
                    energy_kwh=energy,
                    electricity_cost=electricity,
                    computed_filament_cost=filament,
                    machine_cost=machine,
                    total_cost=total,
                    cost=cost,
                    energy_cost=energy_cost,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )

    if version == 9:
        with Session(engine) as session, session.begin():
            write(session)
            session.flush()
            rollups.rebuild(session, local=False)
        return
    with TrackedSession(engine) as session, session.begin():
        write(session)


def _read(engine: Any, fn: Any) -> Any:
    with Session(engine) as session, session.begin():
        return fn(session)


def _analysis(engine: Any, by: Any, **query: Any) -> dict[str, Any]:
    return _read(
        engine,
        lambda session: cost_analysis(
            session, AnalyticsQuery(**query), by=by, time_zone=ZONE
        ),
    )


def _row(result: dict[str, Any], key: Any) -> dict[str, Any]:
    return next(row for row in result["rows"] if row["key"] == key)


def test_by_printer_hand_computed(farm: Any) -> None:
    result = _analysis(farm, "printer")
    assert [row["label"] for row in result["rows"]] == [
        "Beta",
        "Alpha",
    ]  # most cost first
    beta = _row(result, BETA)
    assert beta == {
        "key": BETA,
        "label": "Beta",
        "jobs": 3,
        "cost": 11.77,  # the manual 10 over the computed 6.45, + 1.77; j5 has none
        "electricity_cost": 0.87,  # the manual 0.6 over 0.45, + 0.27
        "filament_cost": 4.0,
        "machine_cost": 3.5,
        "energy_kwh": 2.4,
        "print_hours": 8.0,
        "filament_g": 220.0,
        "metered_jobs": 2,
        "costed_jobs": 2,
        # j5 has no meter: 2.4 kWh over 2 jobs (not 3), over their 7 print hours (not 8).
        "kwh_per_job": 1.2,
        "kwh_per_print_hour": 0.3429,
        # Only j3 has both a cost and a weight: 10 / 200 g (j4 has no weight, j5 no cost).
        "cost_per_gram": 0.05,
        "cost_per_job": 5.885,
    }
    alpha = _row(result, ALPHA)
    assert alpha["cost"] == 5.15
    assert alpha["electricity_cost"] == 0.15
    assert alpha["filament_cost"] == 3.5
    assert alpha["kwh_per_job"] == 0.5  # j2 has no meter
    assert alpha["kwh_per_print_hour"] == 0.25  # 0.5 kWh over j1's 2 hours
    assert alpha["cost_per_gram"] == pytest.approx(5.15 / 150, abs=1e-6)
    totals = result["totals"]
    assert totals["jobs"] == 5
    assert totals["cost"] == 16.92
    assert totals["energy_kwh"] == 2.9
    assert totals["kwh_per_job"] == pytest.approx(2.9 / 3, abs=1e-4)
    assert totals["kwh_per_print_hour"] == pytest.approx(2.9 / 9, abs=1e-4)
    assert totals["cost_per_gram"] == pytest.approx(15.15 / 350, abs=1e-6)
    assert totals["cost_per_job"] == pytest.approx(16.92 / 4, abs=1e-4)


def test_by_material_hand_computed(farm: Any) -> None:
    result = _analysis(farm, "filament_type")
    assert [row["key"] for row in result["rows"]] == ["PLA", "PETG", None]
    pla = _row(result, "PLA")
    assert pla["jobs"] == 3
    assert pla["cost"] == 13.15
    assert pla["electricity_cost"] == 0.75
    assert pla["filament_cost"] == 6.0
    assert pla["machine_cost"] == 3.0
    assert pla["energy_kwh"] == 2.0
    assert pla["kwh_per_job"] == 1.0
    assert pla["kwh_per_print_hour"] == pytest.approx(2.0 / 6, abs=1e-4)
    assert pla["cost_per_gram"] == pytest.approx(13.15 / 300, abs=1e-6)
    unknown = _row(result, None)
    assert unknown["label"] == "Unknown"
    assert unknown["cost_per_gram"] is None  # no weight: never a division by zero
    assert unknown["filament_cost"] == 0.0
    petg = _row(result, "PETG")
    assert petg["kwh_per_job"] is None  # no metered job
    assert petg["kwh_per_print_hour"] is None


def test_by_local_month(farm: Any) -> None:
    result = _analysis(farm, "month")
    assert [(row["key"], row["label"]) for row in result["rows"]] == [
        ("2026-01-01", "2026-01"),
        ("2026-02-01", "2026-02"),
        ("2026-03-01", "2026-03"),
    ]
    january, february, march = result["rows"]
    assert january["jobs"] == 1  # j2 is February in Berlin
    assert january["cost"] == 3.15
    assert february["jobs"] == 2
    assert february["cost"] == 12.0
    assert february["electricity_cost"] == 0.6
    assert february["filament_cost"] == 5.5
    assert february["machine_cost"] == 2.5
    assert march["cost"] == 1.77
    assert march["kwh_per_job"] == 0.9
    assert march["cost_per_job"] == 1.77
    utc = _read(
        farm,
        lambda session: cost_analysis(
            session, AnalyticsQuery(), by="month", time_zone="UTC"
        ),
    )
    assert [row["jobs"] for row in utc["rows"]] == [2, 1, 2]


RANGES = (
    (None, None),
    (datetime(2026, 1, 31, tzinfo=UTC), None),
    (datetime(2026, 1, 10, 11, tzinfo=UTC), datetime(2026, 3, 1, 12, tzinfo=UTC)),
    (None, datetime(2026, 2, 15, 12, tzinfo=UTC)),
    (datetime(2025, 12, 1, tzinfo=UTC), datetime(2026, 4, 1, tzinfo=UTC)),
    (datetime(2026, 3, 2, 9, 14, tzinfo=UTC), datetime(2026, 3, 2, 9, 16, tzinfo=UTC)),
    (datetime(2027, 1, 1, tzinfo=UTC), None),
)


@pytest.mark.parametrize(("since", "until"), RANGES)
def test_rollups_equal_job_level(
    farm: Any, since: datetime | None, until: datetime | None
) -> None:
    """Farm-wide (roll-ups and the narrow query) equals the same query by printer id (jobs)."""
    for by in COST_BREAKDOWNS:
        farm_wide = _analysis(farm, by, since=since, until=until)
        job_level = _analysis(
            farm, by, since=since, until=until, printer_ids=(ALPHA, BETA)
        )
        assert farm_wide == job_level, by
    # Local months in zones with half and three-quarter hour offsets, DST of 30 minutes, west of
    # UTC: the roll-ups' days and the jobs at each month's ends add up to the jobs' local months.
    for zone in ("UTC", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe"):

        def months(session: Session, zone: str = zone, **ids: Any) -> Any:
            return cost_analysis(
                session,
                AnalyticsQuery(since=since, until=until, **ids),
                by="month",
                time_zone=zone,
            )

        assert _read(farm, months) == _read(
            farm, partial(months, printer_ids=(ALPHA, BETA))
        ), zone


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"])
def test_months_of_far_dates(farm: Any, zone: str) -> None:
    """
    Jobs on 1 January 1970 and 31 December 9999 (UTC), as the panel's far-dates test has: the months of a zone 14 h
    ahead or 11 h behind (past what a datetime holds there) come from the jobs, as they equal the
    job-level answer, with no error (it raised OverflowError converting 9999-12-31 to +14:00).
    """
    with TrackedSession(farm) as session, session.begin():
        for key, start in (
            ("far-future", datetime(9999, 12, 31, 20, tzinfo=UTC)),
            ("far-past", datetime(1970, 1, 1, 2, tzinfo=UTC)),
        ):
            session.add(
                Job(
                    id=uuid.uuid5(uuid.NAMESPACE_OID, key).hex, printer_id=ALPHA,
                    filename=f"{key}.gcode", filename_search=f"{key}.gcode",
                    status=JobStatus.COMPLETED.value, source="manual", start=start,
                    end=start + timedelta(hours=1), print_duration=3600.0,
                    total_duration=3600.0, filament_used_mm=0.0, total_cost=1.25,
                    created_at=NOW, updated_at=NOW,
                )
            )  # fmt: skip

    def months(session: Session, **ids: Any) -> Any:
        return cost_analysis(session, AnalyticsQuery(**ids), by="month", time_zone=zone)

    farm_wide = _read(farm, months)
    assert farm_wide == _read(farm, partial(months, printer_ids=(ALPHA, BETA)))
    assert sum(row["jobs"] for row in farm_wide["rows"]) == len(JOBS) + 2


@pytest.mark.parametrize(
    "zone",
    ["Europe/Berlin", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe"],
)
def test_local_days_answer_the_months_of_their_zone(
    farm: Any, zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    With the local roll-ups built for the asked zone (Home Assistant's), the months add local
    days (the UTC days' path is not taken) and equal the job-level answer over every range.
    """
    with TrackedSession(farm) as session, session.begin():
        assert rollups.set_time_zone(session, zone)

    def not_taken(*_args: Any) -> Any:
        raise AssertionError("the UTC days answered a month of the built zone")

    for since, until in RANGES:

        def months(
            session: Session,
            since: datetime | None = since,
            until: datetime | None = until,
            **ids: Any,
        ) -> Any:
            return cost_analysis(
                session,
                AnalyticsQuery(since=since, until=until, **ids),
                by="month",
                time_zone=zone,
            )

        job_level = _read(farm, partial(months, printer_ids=(ALPHA, BETA)))
        with monkeypatch.context() as patched:
            # A range that holds no whole local day (two minutes) may take the other way.
            if until is None or since is None or until - since > timedelta(days=2):
                patched.setattr(cost_analytics, "_rollup_month_groups", not_taken)
            assert _read(farm, months) == job_level, (since, until)


def test_empty_range(farm: Any) -> None:
    result = _analysis(farm, "printer", since=datetime(2027, 1, 1, tzinfo=UTC))
    assert result["rows"] == []
    assert result["totals"]["jobs"] == 0
    for name in ("kwh_per_job", "kwh_per_print_hour", "cost_per_gram", "cost_per_job"):
        assert result["totals"][name] is None


def test_printer_filter(farm: Any) -> None:
    result = _analysis(farm, "filament_type", printer_ids=(ALPHA,))
    assert {row["key"]: row["cost"] for row in result["rows"]} == {
        "PLA": 3.15,
        "PETG": 2.0,
    }


def test_bad_arguments(farm: Any) -> None:
    with pytest.raises(StoreValidationError) as err:
        _analysis(farm, "status")
    assert "by" in err.value.errors
    with pytest.raises(StoreValidationError) as err:
        _read(
            farm,
            lambda session: cost_analysis(
                session, AnalyticsQuery(), by="month", time_zone="Mars/Olympus"
            ),
        )
    assert "time_zone" in err.value.errors
    for limit in (0, 101, True, 2.5):
        with pytest.raises(StoreValidationError):
            _read(
                farm,
                lambda session, limit=limit: expensive_jobs(
                    session, AnalyticsQuery(), limit=limit
                ),
            )


def test_expensive_jobs(farm: Any) -> None:
    def top(limit: int, **query: Any) -> list[dict[str, Any]]:
        return _read(
            farm,
            lambda session: expensive_jobs(
                session, AnalyticsQuery(**query), limit=limit
            )["jobs"],
        )

    jobs = top(10)
    # The manual 10 beats every computed total; j5 (no cost) is left out.
    assert [(job["filename"], job["cost"]) for job in jobs] == [
        ("j3.gcode", 10.0),
        ("j1.gcode", 3.15),
        ("j2.gcode", 2.0),
        ("j4.gcode", 1.77),
    ]
    first = jobs[0]
    assert first["printer_name"] == "Beta"
    assert first["electricity_cost"] == 0.6
    assert first["filament_cost"] == 4.0
    assert first["machine_cost"] == 2.0
    assert first["energy_kwh"] == 1.5
    assert first["print_hours"] == 4.0
    assert first["start"] == "2026-02-15T12:00:00+00:00"
    assert [job["filename"] for job in top(2)] == ["j3.gcode", "j1.gcode"]
    assert [job["filename"] for job in top(10, printer_ids=(ALPHA,))] == [
        "j1.gcode",
        "j2.gcode",
    ]


def test_expensive_jobs_merge_the_manual_and_computed_lists(db_url: str) -> None:
    """
    The two index-ordered lists (manual costs; computed totals of the jobs without one) merge
    into the very list one scan of every job's cost gives: random jobs with many ties of cost
    and start (and a manual cost below or above its computed total), every filter and limit.
    """
    engine = build_engine(prepare_url(db_url))
    migrate(engine)
    rng = random.Random(25)
    printers = (ALPHA, BETA, "c" * 32)
    starts = [
        datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=day) for day in range(6)
    ]
    costs = (None, 0.0, 1.0, 2.5, 7.25, 7.25, 90.0)
    jobs: list[tuple[str, str, datetime, float | None, float | None]] = []
    for index in range(400):
        cost = rng.choice(costs) if rng.random() < 0.3 else None
        jobs.append(
            (uuid.UUID(int=rng.getrandbits(128)).hex, rng.choice(printers),
             rng.choice(starts), cost, rng.choice(costs))
        )  # fmt: skip
        if index % 97 == 0:
            # A manual cost above the computed total and one below it.
            jobs.append((uuid.uuid4().hex, ALPHA, starts[2], 1000.0 + index, 0.5))
            jobs.append((uuid.uuid4().hex, BETA, starts[3], 0.25, 5000.0))
    try:
        with TrackedSession(engine) as session, session.begin():
            for printer_id in printers:
                ops.upsert_printer(
                    session,
                    {
                        "id": printer_id, "explicit": True, "entry_id": printer_id,
                        "name": printer_id[:1], "moonraker_url": None,
                        "instance_id": printer_id, "klipper_version": None,
                        "moonraker_version": None, "seen_at": "2026-01-01T00:00:00+00:00",
                    },
                )  # fmt: skip
            session.flush()
            for job_id, printer_id, start, cost, total in jobs:
                session.add(
                    Job(
                        id=job_id, printer_id=printer_id, filename=f"{job_id}.gcode",
                        filename_search=f"{job_id}.gcode", status=JobStatus.COMPLETED.value,
                        source="manual", start=start, end=start + timedelta(hours=1),
                        print_duration=3600.0, total_duration=3600.0, filament_used_mm=0.0,
                        cost=cost, total_cost=total, created_at=NOW, updated_at=NOW,
                    )
                )  # fmt: skip
        queries = (
            AnalyticsQuery(),
            AnalyticsQuery(printer_ids=(BETA,)),
            AnalyticsQuery(printer_ids=(ALPHA, "c" * 32)),
            AnalyticsQuery(since=starts[1], until=starts[4]),
            AnalyticsQuery(printer_ids=(ALPHA,), since=starts[3]),
        )
        for query in queries:
            matching = [
                job
                for job in jobs
                if (not query.printer_ids or job[1] in query.printer_ids)
                and (query.since is None or job[2] >= query.since)
                and (query.until is None or job[2] < query.until)
                and (job[3] if job[3] is not None else job[4]) is not None
            ]
            matching.sort(
                key=lambda job: (
                    job[3] if job[3] is not None else job[4],
                    job[2],
                    job[0],
                ),
                reverse=True,
            )
            for limit in (1, 3, 10, 100):
                got = _read(
                    engine,
                    lambda session, query=query, limit=limit: expensive_jobs(
                        session, query, limit=limit
                    )["jobs"],
                )
                assert [(job["id"], job["cost"]) for job in got] == [
                    (job[0], job[3] if job[3] is not None else job[4])
                    for job in matching[:limit]
                ], (query, limit)
    finally:
        engine.dispose()


def test_the_migration_adds_the_partial_sums(db_url: str) -> None:
    """A version 9 database (roll-ups without the partial sums) gets them built from the jobs."""
    engine = build_engine(prepare_url(db_url))
    try:
        migrate(engine, target=9)
        _write_jobs(engine, version=9)
        tables = (RollupQuarter, RollupDay, RollupMonth)
        # As version 9 left it: the tables step 9 made (today's models) without what came later
        # (the partial sums of 10, the accuracy sums of 11).
        later = dict.fromkeys(tables, rollups.PARTIAL_FIGURES)
        for table in (RollupDay, RollupMonth):
            later[table] = (*later[table], *rollups.ACCURACY)
        with engine.begin() as conn:
            for table, names in later.items():
                for name in names:
                    conn.execute(
                        sa.text(f"ALTER TABLE {table.__tablename__} DROP COLUMN {name}")
                    )
        assert migrate(engine) == list(range(10, SCHEMA_VERSION + 1))
        for table in tables:
            # Every roll-up row has them (none left NULL by the ALTER TABLE).
            assert (
                _read(
                    engine,
                    lambda session, table=table: session.execute(
                        sa.select(sa.func.count())
                        .select_from(table)
                        .where(table.metered_jobs.is_(None))
                    ).scalar_one(),
                )
                == 0
            )
        for by in COST_BREAKDOWNS:
            assert _analysis(engine, by) == _analysis(
                engine, by, printer_ids=(ALPHA, BETA)
            )
        assert _analysis(engine, "printer")["totals"]["kwh_per_job"] == pytest.approx(
            2.9 / 3, abs=1e-4
        )
    finally:
        engine.dispose()
