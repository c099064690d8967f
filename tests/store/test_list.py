"""list_jobs: every filter, every sort key both ways, keyset cursors, hostile and Unicode input."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

import pytest

from custom_components.print_logger.store import (
    SORT_KEYS,
    JobQuery,
    JobRecord,
    JobStatus,
    Store,
    StoreValidationError,
)
from tests.store.common import T0, add_printer, finished, tracked

STATUSES = [
    JobStatus.COMPLETED,
    JobStatus.COMPLETED,
    JobStatus.CANCELLED,
    JobStatus.ERROR,
    JobStatus.COMPLETED,
    JobStatus.KLIPPY_SHUTDOWN,
]
FILAMENTS = ["PLA", "PETG", "PLA;PETG", "ABS", None, "pla+"]
TAGS: list[list[str]] = [["functional"], ["gift", "pla"], []]
JOBS = 36


@dataclass
class Seeded:
    """The seeded jobs and printers."""

    printers: list[str]
    jobs: list[JobRecord]


async def _seed(store: Store) -> Seeded:
    """Store 36 manual jobs over three printers, with ties in every sort key and missing values."""
    printers = [
        await add_printer(store, name) for name in ("alpha", "bravo", "charlie")
    ]
    for i in range(JOBS):
        data: dict[str, Any] = {
            "printer_id": printers[i % 3],
            "filename": f"part{i % 12:02d}.gcode",
            "status": STATUSES[i % 6],
            "start": T0 + timedelta(hours=i // 2),
            "end": None
            if i % 7 == 0
            else T0 + timedelta(hours=i // 2, minutes=30 + i % 4),
            "print_duration": (i % 5) * 600.0,
            "total_duration": (i % 5) * 650.0,
            "filament_used_mm": float(i * 10 % 70),
            "filament_weight_g": None if i % 3 == 0 else float(i % 4),
            "filament_type": FILAMENTS[i % 6],
            "rating": None if i % 4 == 0 else i % 5 + 1,
            "tags": TAGS[i % 3],
            "cost": None if i % 2 else round(i * 0.1, 2),
        }
        await store.create_job(data)
    page = await store.list_jobs(JobQuery(limit=500))
    assert page.total == JOBS
    assert page.next_cursor is None
    return Seeded(printers=printers, jobs=list(page.jobs))


def _sort_value(job: JobRecord, key: str) -> Any:
    return job.printer_name if key == "printer" else getattr(job, key)


def _expected(jobs: list[JobRecord], key: str, order: str) -> list[str]:
    """Python's order: by the key, missing values last in both orders, ties by id."""
    present = [job for job in jobs if _sort_value(job, key) is not None]
    missing = [job for job in jobs if _sort_value(job, key) is None]
    descending = order == "desc"
    present.sort(key=lambda job: (_sort_value(job, key), job.id), reverse=descending)
    missing.sort(key=lambda job: job.id, reverse=descending)
    return [job.id for job in present + missing]


async def _all_pages(store: Store, query: JobQuery) -> tuple[list[str], int]:
    ids: list[str] = []
    pages = 0
    while True:
        page = await store.list_jobs(query)
        pages += 1
        ids += [job.id for job in page.jobs]
        if page.next_cursor is None:
            return ids, pages
        assert len(page.jobs) == query.limit
        query = replace(query, cursor=page.next_cursor)


async def test_every_sort_key_pages_like_one_sorted_list(store: Store) -> None:
    """For every sort key and order, 7-job pages put together are the whole list in the right order."""
    seeded = await _seed(store)
    for key in sorted(SORT_KEYS):
        for order in ("asc", "desc"):
            query = JobQuery(sort=key, order=order, limit=7)  # type: ignore[arg-type]
            ids, pages = await _all_pages(store, query)
            assert ids == _expected(seeded.jobs, key, order), (key, order)
            assert pages == 6
    first = await store.list_jobs(JobQuery(sort="rating", order="asc", limit=5))
    assert first.total == JOBS


@dataclass(frozen=True)
class FilterCase:
    """A query and the Python predicate it must agree with."""

    query: dict[str, Any]
    predicate: Callable[[JobRecord, list[str]], bool]


def _ft(job: JobRecord) -> list[str]:
    return [part.lower() for part in (job.filament_type or "").split(";") if part]


FILTERS = [
    FilterCase({"printer_ids": "P0"}, lambda j, p: j.printer_id == p[0]),
    FilterCase({"printer_ids": "P0,P2"}, lambda j, p: j.printer_id in (p[0], p[2])),
    FilterCase(
        {"statuses": (JobStatus.CANCELLED, JobStatus.ERROR)},
        lambda j, p: j.status in (JobStatus.CANCELLED, JobStatus.ERROR),
    ),
    FilterCase(
        {"since": T0 + timedelta(hours=5), "until": T0 + timedelta(hours=10)},
        lambda j, p: T0 + timedelta(hours=5) <= j.start < T0 + timedelta(hours=10),
    ),
    FilterCase({"q": "PART0"}, lambda j, p: "part0" in j.filename),
    FilterCase({"q": "t1"}, lambda j, p: "t1" in j.filename),
    FilterCase({"q": ".GCODE"}, lambda j, p: True),
    FilterCase({"filament_type": "pla"}, lambda j, p: "pla" in _ft(j)),
    FilterCase({"filament_type": " PETG "}, lambda j, p: "petg" in _ft(j)),
    FilterCase({"filament_type": "pla+"}, lambda j, p: "pla+" in _ft(j)),
    FilterCase({"filament_type": "ABS"}, lambda j, p: "abs" in _ft(j)),
    FilterCase({"tags": ("gift",)}, lambda j, p: "gift" in j.tags),
    FilterCase(
        {"tags": ("functional", "gift")},
        lambda j, p: bool({"functional", "gift"} & set(j.tags)),
    ),
    FilterCase({"tags": ("nope",)}, lambda j, p: False),
    FilterCase({"min_duration": 600}, lambda j, p: j.print_duration >= 600),
    FilterCase({"max_duration": 1200.0}, lambda j, p: j.print_duration <= 1200),
    FilterCase(
        {"min_duration": 600, "max_duration": 1800},
        lambda j, p: 600 <= j.print_duration <= 1800,
    ),
    FilterCase(
        {
            "printer_ids": "P1",
            "statuses": (JobStatus.COMPLETED,),
            "since": T0 + timedelta(hours=2),
            "tags": ("gift", "functional"),
            "min_duration": 1,
            "filament_type": "petg",
        },
        lambda j, p: (
            j.printer_id == p[1]
            and j.status is JobStatus.COMPLETED
            and j.start >= T0 + timedelta(hours=2)
            and bool({"gift", "functional"} & set(j.tags))
            and j.print_duration >= 1
            and "petg" in _ft(j)
        ),
    ),
]


async def test_every_filter_agrees_with_python(store: Store) -> None:
    """Each filter (and a combination) returns exactly the jobs Python picks, with the right total."""
    seeded = await _seed(store)
    for case in FILTERS:
        kwargs = dict(case.query)
        if "printer_ids" in kwargs:
            kwargs["printer_ids"] = tuple(
                seeded.printers[int(name[1])]
                for name in kwargs["printer_ids"].split(",")
            )
        expected = {
            job.id for job in seeded.jobs if case.predicate(job, seeded.printers)
        }
        # Every case but the one about a tag nobody has must select some jobs, and not all.
        assert expected or case.query == {"tags": ("nope",)}, case.query
        query = JobQuery(limit=4, sort="print_duration", order="asc", **kwargs)
        ids, _pages = await _all_pages(store, query)
        assert set(ids) == expected, case.query
        assert len(ids) == len(expected), case.query
        assert (await store.list_jobs(query)).total == len(expected), case.query


async def test_bad_queries_and_cursors(store: Store) -> None:
    """Bad parameters and cursors are field errors; a cursor only fits its own sort order."""
    await _seed(store)
    page = await store.list_jobs(JobQuery(sort="start", order="desc", limit=10))
    assert page.next_cursor is not None
    bad: list[tuple[JobQuery, set[str]]] = [
        (JobQuery(sort="colour"), {"sort"}),
        (JobQuery(order="up"), {"order"}),  # type: ignore[arg-type]
        (JobQuery(limit=0), {"limit"}),
        (JobQuery(limit=501), {"limit"}),
        (JobQuery(since=T0.replace(tzinfo=None)), {"since"}),
        (JobQuery(min_duration=float("nan")), {"min_duration"}),
        (JobQuery(statuses=("printing",)), {"statuses"}),  # type: ignore[arg-type]
        (JobQuery(cursor="not a cursor"), {"cursor"}),
        (JobQuery(cursor="eyJ2IjoyfQ"), {"cursor"}),
        (JobQuery(cursor=page.next_cursor, order="asc"), {"cursor"}),
        (JobQuery(cursor=page.next_cursor, sort="end"), {"cursor"}),
    ]
    for query, fields in bad:
        with pytest.raises(StoreValidationError) as err:
            await store.list_jobs(query)
        assert set(err.value.errors) == fields, query
    following = await store.list_jobs(
        JobQuery(sort="start", order="desc", limit=10, cursor=page.next_cursor)
    )
    assert not {job.id for job in following.jobs} & {job.id for job in page.jobs}
    assert following.jobs[0].start <= page.jobs[-1].start


HOSTILE_NAMES = [
    "100%_infill.gcode",
    "100 percent.gcode",
    "a_b.gcode",
    "axb.gcode",
    "it's.gcode",
    'say "hi".gcode',
    "back\\slash.gcode",
    "slash/escape.gcode",
    "'; DROP TABLE print_logger_jobs; --.gcode",
    "Robert'); DELETE FROM print_logger_printers;--.gcode",
]


async def test_sql_injection_and_like_wildcards_are_plain_text(store: Store) -> None:
    """Quotes, LIKE wildcards, the escape character and SQL in filters only ever match literally."""
    printer_id = await add_printer(store)
    for index, name in enumerate(HOSTILE_NAMES):
        job = tracked(printer_id, name, start=T0 + timedelta(minutes=index))
        await store.save_tracked_job(job)
        await store.set_details(job.id, {"filament_type": "PLA"})
    searches = [
        "%",
        "_",
        "'",
        '"',
        "\\",
        "/",
        "%_",
        "'; DROP TABLE print_logger_jobs; --",
        "x' OR '1'='1",
        "Robert'); DELETE",
        "' OR 1=1 --",
    ]
    for text in searches:
        page = await store.list_jobs(JobQuery(q=text, limit=100))
        assert sorted(job.filename for job in page.jobs) == sorted(
            name for name in HOSTILE_NAMES if text.casefold() in name.casefold()
        ), text
    hostile = ["PLA' OR '1'='1", "%", "_", "PLA;%", "' OR ''='"]
    for text in hostile:
        assert (await store.list_jobs(JobQuery(filament_type=text))).total == 0, text
        assert (await store.list_jobs(JobQuery(tags=(text,)))).total == 0, text
        assert (await store.list_jobs(JobQuery(printer_ids=(text,)))).total == 0, text
    assert (await store.list_jobs(JobQuery(tags=('"', "\\", "[", "]")))).total == 0
    # Everything is still there.
    assert (await store.list_jobs(JobQuery(limit=100))).total == len(HOSTILE_NAMES)
    assert len(await store.list_printers()) == 1


UNICODE_NAMES = [
    "🐸 frog 🐸.gcode",
    "测试部件_v2.gcode",
    "テスト部品.gcode",
    "מחזיק כוס.gcode",
    "حامل الهاتف.gcode",
    "Über-Teil.GCODE",
    "e\u0301tude.gcode",
    "ＦＵＬＬＷＩＤＴＨ.gcode",
    "👨‍👩‍👧‍👦 family.gcode",
]


async def test_unicode_names(store: Store) -> None:
    """Emoji (4-byte), CJK, RTL and combining characters round-trip exactly and are searchable."""
    printer_name = "Прюша 🖨️ مطبعة"
    printer_id = await add_printer(store, printer_name)
    ids = {}
    for index, name in enumerate(UNICODE_NAMES):
        if index % 2:
            job = tracked(printer_id, name, start=T0 + timedelta(minutes=index))
            await store.save_tracked_job(finished(job))
            ids[name] = job.id
        else:
            created = await store.create_job(
                {
                    "printer_id": printer_id,
                    "filename": name,
                    "status": "completed",
                    "start": T0 + timedelta(minutes=index),
                    "notes": f"notes: {name}",
                    "tags": [name.rsplit(".", 1)[0]],
                }
            )
            ids[name] = created.job.id
    for name, job_id in ids.items():
        record = (await store.get_job(job_id)).job
        assert record.filename == name
        assert record.printer_name == printer_name
    for text, expected in [
        ("frog 🐸", {"🐸 frog 🐸.gcode"}),
        ("测试", {"测试部件_v2.gcode"}),
        ("部品", {"テスト部品.gcode"}),
        ("מחזיק", {"מחזיק כוס.gcode"}),
        ("الهاتف", {"حامل الهاتف.gcode"}),
        ("über", {"Über-Teil.GCODE"}),
        ("ÜBER-TEIL.gcode", {"Über-Teil.GCODE"}),
        ("ｆｕｌｌ", {"ＦＵＬＬＷＩＤＴＨ.gcode"}),
        ("👩‍👧", {"👨‍👩‍👧‍👦 family.gcode"}),
        ("e\u0301t", {"e\u0301tude.gcode"}),
    ]:
        page = await store.list_jobs(JobQuery(q=text))
        assert {job.filename for job in page.jobs} == expected, text
    tagged = await store.list_jobs(JobQuery(tags=("🐸 frog 🐸",)))
    assert [job.filename for job in tagged.jobs] == ["🐸 frog 🐸.gcode"]
    ids_sorted, _ = await _all_pages(
        store, JobQuery(sort="filename", order="asc", limit=2)
    )
    assert sorted(ids_sorted) == sorted(ids.values())


async def test_long_names(store: Store) -> None:
    """Names far beyond 255 characters (multi-byte too) are stored whole and found by substring."""
    long_printer = "Printer " + "ü" * 1000 + "🐸" * 16
    printer_id = await add_printer(store, long_printer)
    names = [
        "🐸" * 300 + "a" * 700 + ".gcode",
        "dir/" * 200 + "deep.gcode",
        "é" * 4090 + ".gcode",
    ]
    assert [len(name) for name in names][-1] == 4096
    for index, name in enumerate(names):
        job = tracked(printer_id, name, start=T0 + timedelta(hours=index))
        await store.save_tracked_job(job)
    created = await store.create_job(
        {
            "printer_id": printer_id,
            "filename": "m" * 3000,
            "status": "error",
            "start": T0,
            "notes": "n" * 20_000,
        }
    )
    assert created.job.notes == "n" * 20_000
    page = await store.list_jobs(JobQuery(sort="filename", order="asc"))
    assert sorted(job.filename for job in page.jobs) == sorted([*names, "m" * 3000])
    assert {job.printer_name for job in page.jobs} == {long_printer}
    assert (await store.get_printer(printer_id)).name == long_printer
    assert [
        job.filename for job in (await store.list_jobs(JobQuery(q="deep"))).jobs
    ] == [names[1]]
    assert [
        job.filename for job in (await store.list_jobs(JobQuery(q="🐸a"))).jobs
    ] == [names[0]]
    with pytest.raises(StoreValidationError):
        await store.create_job(
            {
                "printer_id": printer_id,
                "filename": "x" * 4097,
                "status": "error",
                "start": T0,
            }
        )
    with pytest.raises(StoreValidationError):
        await store.upsert_printer(name="p" * 1025)
