"""
The analytics' roll-ups (``store/rollups.py``) against the jobs, on SQLite, MariaDB and PostgreSQL.

Property-based: hypothesis writes random jobs through every kind of write the store has (a manual
job, a tracked live job, an import from Moonraker's history, the slicer's details, an edit, a
delete, a printer's delete with its jobs, a job's costs computed when it ended), each in a
transaction of the worker's session, and after every write checks that

* the roll-up tables hold exactly what :func:`rollups.rebuild` computes from the jobs, and
* every farm-wide analytics figure the roll-ups answer (summary, time series, breakdowns, the
  accuracy report, in
  time zones with DST and with 30 / 45-minute offsets, over random ranges on and off the quarter
  hours; the costs and energy too: a manual cost over the computed total, the three parts manual
  or computed, figures past the caps) equals the job-level answer: the same query over every printer by id, which the
  analytics read from the jobs.

The local roll-ups (schema version 10) are built for the zone queried, for another zone or for
none, and the built zone changes in the middle of the writes: answers stay the jobs' in any case.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
import tempfile
from typing import Any
import uuid

from hypothesis import HealthCheck, given, settings, strategies as st
from hypothesis.configuration import set_hypothesis_home_dir
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from custom_components.print_logger.store import JobStatus, ops, rollups
from custom_components.print_logger.store.analytics import (
    BREAKDOWNS,
    AnalyticsQuery,
    accuracy,
    breakdown,
    summary,
    timeseries,
)
from custom_components.print_logger.store.engine import build_engine, prepare_url
from custom_components.print_logger.store.enums import FAILURE_REASONS
from custom_components.print_logger.store.errors import StoreValidationError
from custom_components.print_logger.store.migrations import SCHEMA_VERSION, migrate
from custom_components.print_logger.store.models import (
    Job,
    Printer,
    RollupDay,
    RollupLocalDay,
    RollupLocalMonth,
    RollupMonth,
    RollupQuarter,
)
from custom_components.print_logger.store.rollups import TrackedSession
from tests.store.conftest import Databases

set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "print-logger-hypothesis")

ZONES = (
    "UTC",
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kolkata",  # +05:30
    "Asia/Kathmandu",  # +05:45
    "Australia/Lord_Howe",  # +10:30, DST of 30 minutes
    "America/St_Johns",  # -03:30 with DST
    "Europe/Amsterdam",  # +00:19:32 until 1937: those years are read from the jobs
    "America/Havana",  # DST changes at midnight: local days cut elsewhere
)
# Instants the jobs and ranges cluster around: DST changes (Europe, US, Lord Howe), month and year
# ends, before 1970 and local mean time.
ANCHORS = (
    datetime(2024, 3, 31, 1, tzinfo=UTC),
    datetime(2024, 10, 27, 1, tzinfo=UTC),
    datetime(2024, 11, 3, 6, tzinfo=UTC),
    datetime(2024, 4, 6, 15, tzinfo=UTC),
    datetime(2024, 12, 31, 23, tzinfo=UTC),
    datetime(2025, 2, 28, 12, tzinfo=UTC),
    datetime(1969, 12, 31, 22, tzinfo=UTC),
    datetime(1935, 6, 1, tzinfo=UTC),
)
STATUSES = (
    JobStatus.COMPLETED,
    JobStatus.CANCELLED,
    JobStatus.ERROR,
    JobStatus.KLIPPY_SHUTDOWN,
    JobStatus.INTERRUPTED,
)
SETTINGS = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)


@st.composite
def instants(draw: st.DrawFn) -> datetime:
    """Return an instant near an anchor: on a quarter hour, just after or before one, or between."""
    anchor = draw(st.sampled_from(ANCHORS))
    quarters = draw(st.integers(-3 * 96, 3 * 96))
    at = anchor + timedelta(seconds=quarters * 900)
    extra = draw(st.sampled_from((0.0, 1.0, 899.0, 450.0, 0.25)))
    if at.year < 1970 and extra % 1:
        # SQLite's job-level local times take whole seconds (unixepoch) before 1970 too.
        extra = 1.0
    return at + timedelta(seconds=extra)


def money(draw: st.DrawFn) -> float | None:
    """Return a figure with two decimals (or None): sums of them round alike in any order."""
    cents = draw(st.none() | st.integers(0, 500_000))
    return None if cents is None else cents / 100


@st.composite
def details(draw: st.DrawFn) -> dict[str, Any]:
    """Return slicer details that the breakdowns group by."""
    return {
        "slicer": draw(st.sampled_from(("PrusaSlicer", "OrcaSlicer", None))),
        "layer_height": draw(st.sampled_from((0.2, 0.12, 0.2004, 0.28, None))),
        "filament_type": draw(st.sampled_from(("PLA", "PETG", "PLA;PETG", None))),
        "filament_colour": draw(st.sampled_from(("#FF0000", "#000000", None))),
        # The slicer's filament length (the accuracy report's estimate): powers of two, so that
        # the error sums are exact in any order.
        "filament_used_mm": draw(st.sampled_from((None, 512.0, 2048.0))),
    }


@st.composite
def writes(draw: st.DrawFn) -> list[tuple[str, dict[str, Any]]]:
    """Return a sequence of writes (kind, arguments)."""
    result: list[tuple[str, dict[str, Any]]] = []
    for _ in range(draw(st.integers(1, 9))):
        kind = draw(
            st.sampled_from(
                (
                    "create",
                    "create",
                    "live",
                    "import",
                    "import",
                    "details",
                    "edit",
                    "edit",
                    "delete",
                    "delete_printer",
                    "costs",
                    "costs",
                    "zone",
                )
            )
        )
        args: dict[str, Any] = {
            "printer": draw(st.integers(0, 2)),
            "pick": draw(st.integers(0, 1000)),
            "start": draw(instants()),
            "status": draw(st.sampled_from(STATUSES)),
            "seconds": draw(st.integers(0, 40 * 3600)),
            "estimate": draw(st.sampled_from((None, 1024.0, 4096.0))),
            "mm": draw(st.integers(0, 100_000)) / 10,
            "grams": money(draw),
            "cost": money(draw),
            # Manual parts of the cost (they win over the computed ones).
            "manual_filament": money(draw),
            "manual_energy": money(draw),
            # Measured when the job ended; past the caps (ENERGY_MAX, the cost's bound) too.
            "energy": draw(st.sampled_from((None, 2_000_000.0))) or money(draw),
            "electricity": draw(st.sampled_from((None, 150_000.0))) or money(draw),
            # Machine costs of k·seconds/16: exact sums in any order.
            "rate": draw(st.sampled_from((None, 0.0, 225.0, 450.0))),
            "prices": draw(st.sampled_from(({}, {"PLA": 100.0}, {"PETG": 30.0}))),
            "reason": draw(
                st.sampled_from((None, "typed by hand", *FAILURE_REASONS[:2]))
            ),
            "details": draw(details()),
            "change": draw(
                st.sampled_from(
                    ("start", "status", "cost", "parts", "figures", "reason", "tags")
                )
            ),
        }
        result.append((kind, args))
    return result


@st.composite
def ranges(draw: st.DrawFn) -> tuple[datetime | None, datetime | None]:
    """Return a query's range: open on either side, on quarter hours or not."""
    since = draw(st.none() | instants())
    until = draw(st.none() | instants())
    if since is not None and until is not None and until <= since:
        since, until = until, since + timedelta(days=1)
        if until <= since:
            until = since + timedelta(hours=1)
    return since, until


class Farm:
    """A migrated database the writes go to, in the worker's kind of session."""

    def __init__(self, url: str, *, target: int | None = None) -> None:
        """Connect and migrate (to ``target``, the newest version by default)."""
        self.engine = build_engine(prepare_url(url))
        migrate(self.engine, target=target)
        self.printers = [uuid.uuid4().hex for _ in range(3)]
        self.tracked = True
        # The zone a "zone" write builds the local roll-ups for.
        self.next_zone = "UTC"

    def write(self, fn: Any) -> Any:
        """Run ``fn`` in one transaction of a tracked session (as the worker does)."""
        kind = TrackedSession if self.tracked else Session
        with kind(self.engine, expire_on_commit=False) as session, session.begin():
            return fn(session)

    def read(self, fn: Any) -> Any:
        """Run ``fn`` in a read transaction."""
        with Session(self.engine) as session, session.begin():
            return fn(session)

    def reset(self) -> None:
        """Delete every printer (and so every job, through the roll-ups' bulk path)."""
        self.write(lambda session: session.execute(sa.delete(Printer)))
        self.write(
            lambda session: [self._printer(session, pid) for pid in self.printers]
        )

    def _printer(self, session: Session, printer_id: str) -> None:
        ops.upsert_printer(
            session,
            {
                "id": printer_id,
                "explicit": True,
                "entry_id": printer_id,
                "name": printer_id[:6],
                "moonraker_url": None,
                "instance_id": printer_id,
                "klipper_version": None,
                "moonraker_version": None,
                "seen_at": "2024-01-01T00:00:00+00:00",
            },
        )

    def job_ids(self) -> list[str]:
        """Return the stored jobs' ids, in a stable order."""
        return self.read(
            lambda session: list(session.scalars(sa.select(Job.id).order_by(Job.id)))
        )

    def apply(self, kind: str, args: dict[str, Any]) -> None:
        """Apply one write."""
        printer = self.printers[args["printer"]]
        ids = self.job_ids()
        target = ids[args["pick"] % len(ids)] if ids else None
        start: datetime = args["start"]
        if kind == "zone":
            # Home Assistant's zone changed: the local roll-ups are built for the new one.
            self.write(lambda session: rollups.set_time_zone(session, self.next_zone))
        elif kind == "delete_printer":
            self.write(
                lambda session: session.execute(
                    sa.delete(Printer).where(Printer.id == printer)
                )
            )
            self.write(lambda session: self._printer(session, printer))
        elif kind == "create" or (
            target is None and kind in ("details", "edit", "delete", "costs")
        ):
            values = {
                "printer_id": printer,
                "filename": "part.gcode",
                "status": args["status"],
                "start": start,
                "end": start + timedelta(seconds=args["seconds"]),
                "print_duration": float(args["seconds"]),
                "total_duration": float(args["seconds"]),
                "filament_used_mm": args["mm"],
                "filament_weight_g": args["grams"],
                "cost": args["cost"],
                "filament_cost": args["manual_filament"],
                "energy_cost": args["manual_energy"],
                "failure_reason": args["reason"],
                "filament_type": args["details"]["filament_type"],
            }
            self.write(lambda session: ops.create_job(session, values))
        elif kind == "live":
            payload = {
                "id": uuid.uuid4().hex,
                "printer_id": printer,
                "filename": "live.gcode",
                "start": start.isoformat(),
                "status": JobStatus.IN_PROGRESS.value,
                "uid": None,
                "end": None,
                "print_duration": float(args["seconds"]),
                "total_duration": float(args["seconds"]),
                "filament_used_mm": args["mm"],
                "progress": 0.5,
                "current_layer": None,
                "total_layers": None,
                "pause_count": 0,
                "paused_duration": 0.0,
                "paused_since": None,
                "error_message": None,
                "estimated_time": args.get("estimate"),
            }
            self.write(lambda session: ops.save_job(session, payload))
        elif kind == "import":
            imported = {
                # Re-importing a uid refreshes that job (the history changed).
                "uid": str(args["pick"] % 4),
                "filename": "history.gcode",
                "status": args["status"].value,
                "start": start.isoformat(),
                "end": (start + timedelta(seconds=args["seconds"])).isoformat(),
                "print_duration": float(args["seconds"]),
                "total_duration": float(args["seconds"]),
                "filament_used_mm": args["mm"],
                "estimated_time": args.get("estimate"),
                "total_layers": None,
                "details": {k: v for k, v in args["details"].items() if v is not None},
                "metadata": {},
            }
            self.write(
                lambda session: ops.import_history(
                    session,
                    {
                        "printer_id": printer,
                        "job_id": uuid.uuid4().hex,
                        "job": imported,
                    },
                )
            )
        elif kind == "details":
            self.write(
                lambda session: ops.set_details(
                    session, {"job_id": target, "details": args["details"]}
                )
            )
        elif kind == "delete":
            self.write(lambda session: ops.delete_jobs(session, [target]))
        elif kind == "costs":
            payload = {
                "job_id": target,
                "energy_kwh": args["energy"],
                "energy_source": None if args["energy"] is None else "measured",
                "electricity_cost": args["electricity"],
                "electricity_source": None
                if args["electricity"] is None
                else "measured",
                "machine_rate": args["rate"],
                "material_prices": args["prices"],
            }
            self.write(lambda session: ops.set_costs(session, payload))
        else:
            changes = {
                # A job's times are corrected together (end ≥ start), once it ended.
                "start": {
                    "start": start,
                    "end": start + timedelta(seconds=args["seconds"]),
                },
                "status": {"status": args["status"].value},
                "cost": {"cost": args["cost"]},
                "parts": {
                    "filament_cost": args["manual_filament"],
                    "energy_cost": args["manual_energy"],
                },
                "figures": {
                    "print_duration": float(args["seconds"]),
                    "filament_weight_g": args["grams"],
                },
                "reason": {"failure_reason": args["reason"]},
                "tags": {"tags": ["x"]},
            }[args["change"]]
            if (
                "start" in changes
                and self.read(
                    lambda session: session.scalar(
                        sa.select(Job.status).where(Job.id == target)
                    )
                )
                == JobStatus.IN_PROGRESS.value
            ):
                changes = {"cost": args["cost"]}
            self.write(lambda session: ops.update_job(session, target, changes))

    def rollup_rows(self) -> dict[str, list[tuple[Any, ...]]]:
        """Return the roll-up tables' rows (figures to 6 decimals), sorted."""

        def rows(session: Session) -> dict[str, list[tuple[Any, ...]]]:
            result: dict[str, list[tuple[Any, ...]]] = {}
            for table in (
                RollupQuarter,
                RollupDay,
                RollupMonth,
                RollupLocalDay,
                RollupLocalMonth,
            ):
                columns = [
                    column for column in table.__table__.columns if column.key != "id"
                ]
                result[table.__tablename__] = sorted(
                    (
                        tuple(
                            round(value, 6) if isinstance(value, float) else value
                            for value in row
                        )
                        for row in session.execute(sa.select(*columns))
                    ),
                    key=repr,
                )
            return result

        return self.read(rows)


@pytest.fixture
def farm(engine_kind: str, databases: Databases) -> Iterator[Farm]:
    """Return a migrated database of the engine under test."""
    instance = Farm(databases.create(engine_kind))
    yield instance
    instance.engine.dispose()


def outcome(farm: Farm, call: Any, query: AnalyticsQuery) -> Any:
    """Return what ``call`` answers for ``query``, or the error it raises (a too long series)."""
    try:
        return farm.read(lambda session: call(session, query))
    except StoreValidationError as err:
        return ("refused", err.errors)


def check(farm: Farm, zone: str, span: tuple[datetime | None, datetime | None]) -> None:
    """Assert that the roll-ups hold what a rebuild gives and answer as the jobs do."""
    kept = farm.rollup_rows()
    farm.write(rollups.rebuild)
    assert farm.rollup_rows() == kept
    since, until = span
    farm_wide = AnalyticsQuery(since=since, until=until)
    # Every printer by id: the analytics read the jobs (the roll-ups are farm-wide).
    by_id = AnalyticsQuery(since=since, until=until, printer_ids=tuple(farm.printers))
    for query_name, call in (
        ("summary", summary),
        ("accuracy", accuracy),
        *(
            (
                f"breakdown {by}",
                lambda session, query, by=by: breakdown(
                    session, query, by=by, time_zone=zone
                ),
            )
            for by in BREAKDOWNS
        ),
        *(
            (
                f"timeseries {bucket} {metric}",
                lambda session, query, bucket=bucket, metric=metric: timeseries(
                    session, query, bucket=bucket, metric=metric, time_zone=zone
                ),
            )
            for bucket, metric in (
                ("day", "jobs"),
                ("week", "hours"),
                ("month", "filament"),
                ("year", "cost"),
                ("day", "cost"),
                ("week", "energy"),
                ("month", "electricity_cost"),
                ("day", "filament_cost"),
                ("year", "machine_cost"),
            )
        ),
    ):
        rolled = outcome(farm, call, farm_wide)
        read = outcome(farm, call, by_id)
        assert rolled == read, query_name


@given(
    batch=writes(),
    zone=st.sampled_from(ZONES),
    built=st.sampled_from(("queried", "queried", "other", "later")),
    span=ranges(),
)
@SETTINGS
def test_rollups_equal_the_jobs(
    farm: Farm,
    batch: list[tuple[str, dict[str, Any]]],
    zone: str,
    built: str,
    span: tuple[datetime | None, datetime | None],
) -> None:
    """After every write, the roll-ups equal a rebuild and answer every figure as the jobs do."""
    farm.reset()
    assert all(rows == [] for rows in farm.rollup_rows().values())
    # The local roll-ups hold the queried zone, another one, or another one until a "zone" write.
    other = "Asia/Kathmandu" if zone == "Europe/Berlin" else "Europe/Berlin"
    first = zone if built == "queried" else other
    farm.write(lambda session: rollups.set_time_zone(session, first))
    farm.next_zone = zone if built == "later" else other
    for kind, args in batch:
        farm.apply(kind, args)
        check(farm, zone, span)


# The schema version that adds the roll-ups (``migrations.py``).
ROLLUPS_VERSION = 9


@pytest.mark.parametrize("zone", ["Europe/Berlin", "Asia/Kathmandu"])
def test_the_migration_builds_the_rollups(
    engine_kind: str, databases: Databases, zone: str
) -> None:
    """A database of the version before, with jobs of every kind, gets roll-ups built from them."""
    farm = Farm(databases.create(engine_kind), target=ROLLUPS_VERSION - 1)
    try:
        # Written as the version before did: no roll-ups to keep.
        farm.tracked = False
        farm.write(
            lambda session: [farm._printer(session, pid) for pid in farm.printers]
        )
        details = {
            "slicer": "PrusaSlicer",
            "layer_height": 0.2,
            "filament_type": "PLA",
            "filament_colour": "#FF0000",
        }
        for index, (kind, status) in enumerate(
            [
                ("create", JobStatus.COMPLETED),
                ("import", JobStatus.CANCELLED),
                ("live", JobStatus.IN_PROGRESS),
                ("create", JobStatus.ERROR),
                ("import", JobStatus.COMPLETED),
                # Costs computed for two of them (version 7's columns), one past the caps.
                ("costs", JobStatus.COMPLETED),
                ("costs", JobStatus.COMPLETED),
            ]
        ):
            farm.apply(
                kind,
                {
                    "printer": index % 3,
                    "pick": index,
                    "start": ANCHORS[index] + timedelta(minutes=7 * index),
                    "status": status,
                    "seconds": 3600 + index,
                    "estimate": 4096.0,
                    "mm": 100.5,
                    "grams": 3.25,
                    "cost": 1.5 if index % 2 else None,
                    "manual_filament": 0.75 if index == 3 else None,
                    "manual_energy": 0.5 if index == 0 else None,
                    "energy": 2_000_000.0 if index == 6 else 1.25,
                    "electricity": 150_000.0 if index == 6 else 0.25,
                    "rate": 225.0,
                    "prices": {"PLA": 100.0},
                    "reason": "clog" if status is JobStatus.ERROR else None,
                    "details": details,
                    "change": "cost",
                },
            )
        with farm.engine.connect() as conn:
            assert not sa.inspect(conn).has_table(RollupQuarter.__tablename__)
        assert migrate(farm.engine) == list(range(ROLLUPS_VERSION, SCHEMA_VERSION + 1))
        farm.tracked = True
        rows = farm.rollup_rows()
        assert sum(row[2] for row in rows[RollupQuarter.__tablename__]) == 5
        # The energies rolled up as the summary sums them: one capped at ENERGY_MAX.
        energy = [column.key for column in RollupQuarter.__table__.columns].index(
            "energy_kwh"
        )
        assert sum(row[energy] for row in rows[RollupQuarter.__tablename__]) == (
            rollups.ENERGY_MAX + 1.25
        )
        check(farm, zone, (None, None))
        check(farm, zone, (ANCHORS[0] - timedelta(days=40), ANCHORS[2]))
        # No zone yet: the local roll-ups are empty until the store is told Home Assistant's.
        rows = farm.rollup_rows()
        assert rows[RollupLocalDay.__tablename__] == []
        assert farm.write(lambda session: rollups.set_time_zone(session, zone))
        assert not farm.write(lambda session: rollups.set_time_zone(session, zone))
        rows = farm.rollup_rows()
        assert sum(row[1] for row in rows[RollupLocalDay.__tablename__]) == 5
        assert sum(row[2] for row in rows[RollupLocalMonth.__tablename__]) == 5
        check(farm, zone, (None, None))
        check(farm, zone, (ANCHORS[0] - timedelta(days=40), ANCHORS[2]))
    finally:
        farm.engine.dispose()


@pytest.mark.parametrize(
    "zone", ["Europe/Berlin", "America/Havana", "Australia/Lord_Howe"]
)
def test_local_rollups_cut_ranges(
    engine_kind: str, databases: Databases, zone: str
) -> None:
    """
    Ranges that cut local days and months (at and around DST changes) answer as the jobs do.

    Jobs every 197 minutes across two months of DST changes (Havana's at midnight); the ranges
    start and end inside days, on local midnights, on DST changes and on month ends, so that the
    local days and months, the quarters and the jobs each answer a part.
    """
    farm = Farm(databases.create(engine_kind))
    try:
        farm.reset()
        assert farm.write(lambda session: rollups.set_time_zone(session, zone))
        first = datetime(2024, 10, 1, 0, 7, tzinfo=UTC)
        minutes = list(range(0, 24 * 60 * 62, 197))
        for batch in range(0, len(minutes), 50):
            # Fifty imports a transaction (as a history import's batch).
            farm.write(
                lambda session, batch=batch: [
                    import_job(session, farm.printers[index % 3], first, index)
                    for index in minutes[batch : batch + 50]
                ]
            )
        rows = farm.rollup_rows()
        assert sum(row[1] for row in rows[RollupLocalDay.__tablename__]) == len(
            farm.job_ids()
        )
        # Local midnights (Havana's of 2024-11-03 is repeated), DST changes, mid-day instants.
        cuts = [
            None,
            datetime(2024, 10, 27, 1, tzinfo=UTC),
            datetime(2024, 11, 3, 4, 0, 1, tzinfo=UTC),
            datetime(2024, 11, 3, 5, tzinfo=UTC),
            datetime(2024, 10, 31, 23, tzinfo=UTC),
            datetime(2024, 11, 1, 4, tzinfo=UTC),
            datetime(2024, 10, 6, 13, 11, tzinfo=UTC),
            datetime(2024, 11, 20, 17, 3, 30, tzinfo=UTC),
        ]
        for since in cuts:
            for until in cuts:
                if since is not None and until is not None and until <= since:
                    continue
                check_answers(farm, zone, (since, until))
    finally:
        farm.engine.dispose()


def import_job(session: Session, printer: str, first: datetime, index: int) -> None:
    """Import job ``index`` of the cut ranges' test, started ``index`` minutes after ``first``."""
    start = first + timedelta(minutes=index)
    ops.import_history(
        session,
        {
            "printer_id": printer,
            "job_id": uuid.uuid4().hex,
            "job": {
                "uid": str(index),
                "filename": "history.gcode",
                "status": STATUSES[index % len(STATUSES)].value,
                "start": start.isoformat(),
                "end": (start + timedelta(minutes=index % 500)).isoformat(),
                "print_duration": 60.0 * (index % 500),
                "total_duration": 60.0 * (index % 500),
                "filament_used_mm": 10.5,
                "estimated_time": 4096.0 if index % 2 else None,
                "total_layers": None,
                "details": {
                    "filament_type": ("PLA", "PETG")[index % 2],
                    "filament_used_mm": 512.0,
                },
                "metadata": {},
            },
        },
    )


def check_answers(
    farm: Farm, zone: str, span: tuple[datetime | None, datetime | None]
) -> None:
    """Assert that the local-time figures and the accuracy report answer as the jobs do."""
    since, until = span
    farm_wide = AnalyticsQuery(since=since, until=until)
    by_id = AnalyticsQuery(since=since, until=until, printer_ids=tuple(farm.printers))
    calls: list[tuple[str, Any]] = [
        ("accuracy", accuracy),
        *(
            (
                f"breakdown {by}",
                lambda session, query, by=by: breakdown(
                    session, query, by=by, time_zone=zone
                ),
            )
            for by in ("hour_of_day", "weekday", "weekday_hour")
        ),
        *(
            (
                f"timeseries {bucket}",
                lambda session, query, bucket=bucket: timeseries(
                    session, query, bucket=bucket, metric="hours", time_zone=zone
                ),
            )
            for bucket in ("day", "month")
        ),
    ]
    for name, call in calls:
        assert outcome(farm, call, farm_wide) == outcome(farm, call, by_id), (
            name,
            span,
        )


# (print duration, status, UTC start) of the duration bins' test: durations at the bins' edges.
# None of them without a duration: the jobs' print_duration is NOT NULL (0 when not known), so the
# breakdown's "Unknown" row is never there today.
EDGE_JOBS: tuple[tuple[float | None, JobStatus, datetime], ...] = (
    (0.0, JobStatus.COMPLETED, datetime(2024, 1, 3, 10, tzinfo=UTC)),
    (899.0, JobStatus.COMPLETED, datetime(2024, 1, 3, 23, 50, tzinfo=UTC)),
    (900.0, JobStatus.CANCELLED, datetime(2024, 1, 31, 23, 59, tzinfo=UTC)),
    (1799.5, JobStatus.ERROR, datetime(2024, 2, 1, 0, 1, tzinfo=UTC)),
    (1800.0, JobStatus.COMPLETED, datetime(2024, 2, 14, 8, tzinfo=UTC)),
    (57599.0, JobStatus.COMPLETED, datetime(2024, 2, 29, 12, tzinfo=UTC)),
    (57600.0, JobStatus.INTERRUPTED, datetime(2024, 3, 1, 6, tzinfo=UTC)),
    (400_000.0, JobStatus.COMPLETED, datetime(2024, 3, 2, 6, tzinfo=UTC)),
    # Not counted: a print in progress has no final duration.
    (300.0, JobStatus.IN_PROGRESS, datetime(2024, 3, 5, 6, tzinfo=UTC)),
    (60_000.0, JobStatus.IN_PROGRESS, datetime(2024, 3, 5, 7, tzinfo=UTC)),
)


def test_duration_bins_at_their_edges(engine_kind: str, databases: Databases) -> None:
    """
    The ``duration`` breakdown puts each ended job in [lower bound, next bound), farm-wide.

    The farm-wide answer comes from the roll-ups (their month rows are checked too), one printer's
    from its jobs: the same counts. An edit of a duration moves the job to its new bin.
    """
    farm = Farm(databases.create(engine_kind))
    try:
        farm.reset()
        printer = farm.printers[0]
        ids = [
            farm.write(
                lambda session, seconds=seconds, status=status, start=start: (
                    ops.create_job(
                        session,
                        {
                            "printer_id": printer,
                            "filename": "edge.gcode",
                            "status": status,
                            "start": start,
                            "end": None
                            if status is JobStatus.IN_PROGRESS
                            else start + timedelta(seconds=seconds or 60),
                            "print_duration": seconds,
                            "total_duration": seconds,
                            "filament_used_mm": 100.0,
                        },
                    )
                )
            )
            for seconds, status, start in EDGE_JOBS
        ]
        expected = {
            0: 2,
            900: 2,
            1800: 1,
            3600: 0,
            7200: 0,
            14400: 0,
            28800: 1,
            57600: 2,
        }
        assert rollups.DURATION_BINS == (0, 900, 1800, 3600, 7200, 14400, 28800, 57600)

        def answer(query: AnalyticsQuery) -> list[dict[str, Any]]:
            return farm.read(
                lambda session: breakdown(
                    session, query, by="duration", time_zone="UTC"
                )
            )["rows"]

        def counts(rows: list[dict[str, Any]]) -> dict[int | None, int]:
            return {row["key"]: row["jobs"] for row in rows}

        def rolled() -> dict[int | None, int]:
            """The duration rows of the month roll-ups (the farm-wide answer's source)."""
            found: dict[int | None, int] = {}
            for number, jobs in farm.read(
                lambda session: session.execute(
                    sa.select(RollupMonth.number, sa.func.sum(RollupMonth.jobs))
                    .where(RollupMonth.dim == "duration")
                    .group_by(RollupMonth.number)
                ).all()
            ):
                found[None if number is None else int(number)] = int(jobs)
            return found

        farm_wide = answer(AnalyticsQuery())
        one_printer = answer(AnalyticsQuery(printer_ids=(printer,)))
        assert counts(farm_wide) == expected
        assert farm_wide == one_printer
        # Every bin in order, keys as integers; English labels.
        assert [row["key"] for row in farm_wide] == list(rollups.DURATION_BINS)
        assert all(type(row["key"]) is int for row in farm_wide)
        assert [row["label"] for row in farm_wide] == [
            "<15 min",
            "15–30 min",
            "30 min–1 h",
            "1–2 h",
            "2–4 h",
            "4–8 h",
            "8–16 h",
            "≥16 h",
        ]
        assert farm_wide[3] == {
            "key": 3600,
            "label": "1–2 h",
            "jobs": 0,
            "hours": 0.0,
            "filament_g": 0.0,
            "success_rate": None,
        }
        assert farm_wide[1]["hours"] == round((900 + 1799.5) / 3600, 4)
        assert farm_wide[1]["success_rate"] == 0.0
        assert rolled() == {key: jobs for key, jobs in expected.items() if jobs}
        # Another printer has no jobs: every bin, zeros.
        other = answer(AnalyticsQuery(printer_ids=(farm.printers[1],)))
        assert [(row["key"], row["jobs"]) for row in other] == [
            (key, 0) for key in rollups.DURATION_BINS
        ]

        # 899 s → 900 s and 400000 s → 1800 s: both move bins.
        for job_id, seconds in ((ids[1], 900.0), (ids[7], 1800.0)):
            farm.write(
                lambda session, job_id=job_id, seconds=seconds: ops.update_job(
                    session, job_id, {"print_duration": seconds}
                )
            )
        moved = {**expected, 0: 1, 900: 3, 1800: 2, 57600: 1}
        farm_wide = answer(AnalyticsQuery())
        assert counts(farm_wide) == moved
        assert farm_wide == answer(AnalyticsQuery(printer_ids=(printer,)))
        assert rolled() == {key: jobs for key, jobs in moved.items() if jobs}
        # A range cutting a month and a day: roll-ups plus the jobs at its ends, as the jobs.
        span = AnalyticsQuery(
            since=datetime(2024, 1, 3, 12, tzinfo=UTC),
            until=datetime(2024, 3, 1, 7, tzinfo=UTC),
        )
        cut = answer(span)
        assert counts(cut) == {
            0: 0,
            900: 3,
            1800: 1,
            3600: 0,
            7200: 0,
            14400: 0,
            28800: 1,
            57600: 1,
        }
        assert cut == answer(replace(span, printer_ids=(printer,)))
    finally:
        farm.engine.dispose()
