"""Files: jobs grouped by file name and slice, each file's track record kept with its jobs."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from custom_components.print_logger.store import JobQuery, JobStatus, Store
from custom_components.print_logger.store.files import FileQuery

from .common import T0, add_printer, finished, tracked

SLICE_A: dict[str, Any] = {
    "slicer": "PrusaSlicer",
    "slicer_version": "2.7.1",
    "estimated_time": 3600.0,
    "filament_used_mm": 1000.0,
    "layer_height": 0.2,
    "printer_model": "MK4",
    "filament_type": "PLA",
}
SLICE_B = {**SLICE_A, "estimated_time": 4000.0, "layer_height": 0.15}


async def _print(
    store: Store,
    printer_id: str,
    filename: str,
    details: dict[str, Any] | None,
    *,
    hours: float,
    status: JobStatus = JobStatus.COMPLETED,
    minutes: float = 60,
) -> str:
    job = tracked(printer_id, filename, start=T0 + timedelta(hours=hours))
    job.filament_used_mm = 900.0
    await store.save_tracked_job(job)
    if details is not None:
        await store.set_details(job.id, details)
    await store.save_tracked_job(finished(job, minutes=minutes, status=status))
    return job.id


async def test_grouping_versions_and_records(store: Store) -> None:
    """Re-uploads share a record, a re-slice is version 2, figures per printer and for the farm."""
    voron = await add_printer(store, "Voron")
    prusa = await add_printer(store, "Prusa")
    first = await _print(store, voron, "cube.gcode", SLICE_A, hours=0)
    await _print(store, prusa, "cube.gcode", SLICE_A, hours=2, status=JobStatus.ERROR)
    await _print(store, voron, "cube.gcode", SLICE_A, hours=4, minutes=30)
    resliced = await _print(store, voron, "cube.gcode", SLICE_B, hours=6)
    await _print(store, voron, "other.gcode", None, hours=8)

    page = await store.list_files(FileQuery(sort="prints"))
    assert page.total == 3
    top = page.files[0]
    assert (top.filename, top.version, top.versions) == ("cube.gcode", 1, 2)
    stats = top.stats
    assert (stats.prints, stats.finished, stats.completed) == (3, 3, 2)
    assert stats.success_rate == round(2 / 3, 4)
    assert stats.mean_print_duration == 45 * 60
    assert stats.last_status is JobStatus.COMPLETED
    assert {(p.printer_name, p.prints, p.completed) for p in top.printers} == {
        ("Voron", 2, 2),
        ("Prusa", 1, 0),
    }
    v2 = next(f for f in page.files if f.version == 2)
    assert v2.stats.prints == 1
    assert v2.fingerprint != top.fingerprint
    jobs = await store.list_jobs(JobQuery(file_id=top.id))
    assert jobs.total == 3
    assert first in {job.id for job in jobs.jobs}
    assert (await store.get_job_record(resliced)).file_id == v2.id

    # One printer's view, the search, and one file with its versions.
    prusa_page = await store.list_files(FileQuery(printer_id=prusa))
    assert [(f.filename, f.stats.prints) for f in prusa_page.files] == [
        ("cube.gcode", 1)
    ]
    assert (await store.list_files(FileQuery(q="OTHER"))).total == 1
    found = await store.get_file(top.id)
    assert found is not None
    record, versions = found
    assert record.id == top.id
    assert [v.version for v in versions] == [1, 2]
    assert await store.printer_model(voron) == "MK4"

    # Deleting the old slice's jobs removes it; the re-slice becomes version 1 of 1.
    await store.delete_jobs([job.id for job in jobs.jobs])
    assert await store.get_file(top.id) is None
    found = await store.get_file(v2.id)
    assert found is not None
    assert (found[0].version, found[0].versions) == (1, 1)

    # A rebuild gives the same records as the writes kept.
    before = await store.list_files(FileQuery(sort="filename", order="asc"))
    await store.rebuild_files()
    assert await store.list_files(FileQuery(sort="filename", order="asc")) == before

    assert await store.delete_printer(voron)
    assert (await store.list_files(FileQuery())).total == 0


async def test_search_by_name(store: Store) -> None:
    """
    The files view's search: a case-insensitive substring of the file name (``%`` and ``_`` are
    plain characters, ``ß`` is ``ss``), of the farm or of one printer, sorted and paged with its
    total; a name whose jobs are gone is no longer found, and a rebuild finds the same.
    """
    voron = await add_printer(store, "Voron")
    prusa = await add_printer(store, "Prusa")
    hours = iter(range(100))
    for printer_id, name in (
        (voron, "Benchy_Hull.gcode"),
        (voron, "Benchy_Hull.gcode"),
        (prusa, "Benchy_Hull.gcode"),
        (voron, "benchy-mini.GCODE"),
        (prusa, "100%_infill.gcode"),
        (voron, "Straße.gcode"),
        (voron, "cube.gcode"),
    ):
        await _print(store, printer_id, name, SLICE_A, hours=next(hours))

    async def found(**query: Any) -> tuple[int, list[tuple[str, int]]]:
        page = await store.list_files(FileQuery(**query))
        return page.total, [(f.filename, f.stats.prints) for f in page.files]

    assert await found(q="BENCHY", sort="prints") == (
        2,
        [("Benchy_Hull.gcode", 3), ("benchy-mini.GCODE", 1)],
    )
    assert await found(q="benchy", sort="prints", order="asc") == (
        2,
        [("benchy-mini.GCODE", 1), ("Benchy_Hull.gcode", 3)],
    )
    # "_" and "%" are the characters, not wildcards ("y_" is not "y-").
    assert await found(q="y_") == (1, [("Benchy_Hull.gcode", 3)])
    assert await found(q="%") == (1, [("100%_infill.gcode", 1)])
    assert await found(q="STRASSE") == (1, [("Straße.gcode", 1)])
    assert await found(q="nothing like it") == (0, [])
    # Paged: every page says the same total, the pages follow the sort.
    pages = [
        await found(q=".GCODE", sort="filename", order="asc", limit=2, offset=offset)
        for offset in (0, 2, 4)
    ]
    assert [total for total, _ in pages] == [5, 5, 5]
    assert [name for _, page in pages for name, _ in page] == [
        "100%_infill.gcode",
        "benchy-mini.GCODE",  # sorted as searched: case-folded, "-" before "_"
        "Benchy_Hull.gcode",
        "cube.gcode",
        "Straße.gcode",
    ]
    # One printer's files: its own figures.
    assert await found(q="benchy", printer_id=prusa) == (
        1,
        [("Benchy_Hull.gcode", 1)],
    )
    assert await found(q="mini", printer_id=prusa) == (0, [])

    # The jobs of a name gone, the name is no longer found; a rebuild finds the same.
    mini = (await store.list_jobs(JobQuery(q="mini"))).jobs
    await store.delete_jobs([job.id for job in mini])
    assert await found(q="mini") == (0, [])
    before = [await found(q=q, sort="filename") for q in ("benchy", "_", "ss", "e")]
    assert before[0] == (1, [("Benchy_Hull.gcode", 3)])
    await store.rebuild_files()
    assert [await found(q=q, sort="filename") for q in ("benchy", "_", "ss", "e")] == (
        before
    )
