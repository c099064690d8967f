"""The spools of a job (schema version 3): stored with their facts, weights and costs, on every engine."""

from __future__ import annotations

import math

import pytest

from custom_components.print_logger.store import (
    JobNotFoundError,
    JobSpool,
    Store,
    StoreValidationError,
)
from custom_components.print_logger.store.analytics import AnalyticsQuery
from custom_components.print_logger.store.records import JobQuery
from custom_components.print_logger.store.spool_analytics import async_spool_breakdown
from custom_components.print_logger.store.spools import spools_cost
from tests.store.common import T0, add_printer, tracked

PLA = JobSpool(
    spool_id=1,
    length_mm=3273.68,
    filament_name="PLA+ Black",
    vendor="eSUN",
    material="PLA",
    color_hex="1A1A1A",
    diameter=1.75,
    density=1.24,
    price=20.0,
    price_weight=1000.0,
)
PETG = JobSpool(
    spool_id=2,
    length_mm=4080.36,
    filament_name="PETG Blue",
    vendor="eSUN",
    material="PETG",
    color_hex="1E90FF",
    diameter=1.75,
    density=1.27,
    price=18.5,
    price_weight=1000.0,
)


def grams(length: float, density: float) -> float:
    """Spoolman's weight of a length of 1.75 mm filament."""
    return length * math.pi * (1.75 / 2) ** 2 / 1000 * density


async def test_spools_stored_in_order_with_weights_and_cost(store: Store) -> None:
    """Two spools: order kept, grams from the length, cost from each price, the job's sum."""
    printer_id = await add_printer(store)
    job = tracked(printer_id, start=T0)
    await store.save_tracked_job(job)
    await store.set_job_spools(job.id, [PETG, PLA])
    record = await store.get_job_record(job.id)
    assert [s.spool_id for s in record.spools] == [2, 1]
    petg, pla = record.spools
    assert petg.weight_g == pytest.approx(grams(4080.36, 1.27), rel=1e-12)
    assert pla.weight_g == pytest.approx(grams(3273.68, 1.24), rel=1e-12)
    assert petg.cost == pytest.approx(petg.weight_g * 18.5 / 1000, rel=1e-12)
    assert pla.cost == pytest.approx(pla.weight_g * 20 / 1000, rel=1e-12)
    assert record.spool_filament_cost == pytest.approx(petg.cost + pla.cost, rel=1e-12)
    assert (pla.filament_name, pla.vendor, pla.material, pla.color_hex) == (
        "PLA+ Black",
        "eSUN",
        "PLA",
        "1A1A1A",
    )
    # Correcting replaces; a spool without a price leaves the job's spool cost unknown.
    await store.set_job_spools(job.id, [JobSpool(spool_id=7, length_mm=10.0)])
    record = await store.get_job_record(job.id)
    assert [s.spool_id for s in record.spools] == [7]
    assert record.spools[0].weight_g is None
    assert record.spool_filament_cost is None
    await store.set_job_spools(job.id, [])
    record = await store.get_job_record(job.id)
    assert record.spools == ()
    assert record.spool_filament_cost is None


async def test_bad_spools_refused_by_field(store: Store) -> None:
    """Out-of-bounds numbers and an unknown job are refused; nothing is written."""
    printer_id = await add_printer(store)
    job = tracked(printer_id, start=T0)
    await store.save_tracked_job(job)
    await store.set_job_spools(job.id, [PLA])
    with pytest.raises(StoreValidationError) as err:
        await store.set_job_spools(
            job.id,
            [JobSpool(spool_id=0, length_mm=-1.0), JobSpool(spool_id=3, density=99.0)],
        )
    assert set(err.value.errors) == {
        "spools.0.spool_id",
        "spools.0.length_mm",
        "spools.1.density",
    }
    assert [s.spool_id for s in (await store.get_job_record(job.id)).spools] == [1]
    with pytest.raises(JobNotFoundError):
        await store.set_job_spools("0" * 32, [PLA])


async def test_spool_breakdown(store: Store) -> None:
    """Grams and cost by spool, filament, vendor and material; the list's filters apply."""
    printer_id = await add_printer(store)
    one = tracked(printer_id, "a.gcode", start=T0)
    two = tracked(printer_id, "b.gcode", start=T0.replace(hour=5))
    for job in (one, two):
        await store.save_tracked_job(job)
    await store.set_job_spools(one.id, [PLA, PETG])
    await store.set_job_spools(two.id, [PLA, JobSpool(spool_id=9, length_mm=5.0)])
    pla, petg = PLA.computed(), PETG.computed()
    by_spool = await async_spool_breakdown(store, AnalyticsQuery(), by="spool")
    rows = {row["key"]: row for row in by_spool["rows"]}
    assert [row["key"] for row in by_spool["rows"]] == [1, 2, 9]
    assert rows[1]["jobs"] == 2
    assert rows[1]["filament_g"] == pytest.approx(2 * pla.weight_g, abs=1e-3)
    assert rows[1]["cost"] == pytest.approx(2 * pla.cost, abs=1e-3)
    assert (rows[1]["label"], rows[1]["color_hex"]) == ("#1 eSUN PLA+ Black", "1A1A1A")
    assert rows[9]["cost"] is None
    assert by_spool["totals"]["cost"] == pytest.approx(
        2 * pla.cost + spools_cost([petg]), abs=1e-3
    )
    by_vendor = await async_spool_breakdown(store, AnalyticsQuery(), by="vendor")
    assert [(r["key"], r["jobs"]) for r in by_vendor["rows"]] == [
        ("eSUN", 2),
        (None, 1),
    ]
    by_material = await async_spool_breakdown(store, AnalyticsQuery(), by="material")
    assert [r["key"] for r in by_material["rows"]] == ["PLA", "PETG", None]
    by_filament = await async_spool_breakdown(store, AnalyticsQuery(), by="filament")
    assert by_filament["rows"][0]["label"] == "eSUN PLA+ Black"
    # The job list's filters (here the file name) narrow it, as for the summary.
    only_b = await async_spool_breakdown(
        store, AnalyticsQuery(filters=JobQuery(q="b.gcode")), by="spool"
    )
    assert [(r["key"], r["jobs"]) for r in only_b["rows"]] == [(1, 1), (9, 1)]


async def test_filter_jobs_by_spool_and_vendor(store: Store) -> None:
    """The job list (and so the summary's tiles) filters by a spool id or a spool's vendor."""
    printer_id = await add_printer(store)
    jobs = [
        tracked(printer_id, f"{i}.gcode", start=T0.replace(hour=i)) for i in range(4)
    ]
    for job in jobs:
        await store.save_tracked_job(job)
    await store.set_job_spools(jobs[0].id, [PLA])
    await store.set_job_spools(jobs[1].id, [PETG, PLA])
    await store.set_job_spools(
        jobs[2].id,
        [JobSpool(spool_id=11, length_mm=1.0, vendor="Prusament Ž")],
    )

    async def ids(**filters: object) -> set[str]:
        page = await store.list_jobs(JobQuery(**filters))  # type: ignore[arg-type]
        return {job.filename for job in page.jobs}

    assert await ids(spool_id=1) == {"0.gcode", "1.gcode"}
    assert await ids(spool_id=2) == {"1.gcode"}
    # 1 is not 11: an id is matched whole.
    assert await ids(spool_id=11) == {"2.gcode"}
    assert await ids(spool_vendor="eSUN") == {"0.gcode", "1.gcode"}
    assert await ids(spool_vendor="Prusament Ž") == {"2.gcode"}
    assert await ids(spool_vendor="eSUN", spool_id=2) == {"1.gcode"}
    assert await ids(spool_vendor="100%") == set()
