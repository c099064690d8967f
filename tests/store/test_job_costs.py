"""What each job cost (schema version 7): stored with sources, manual overrides, on every engine."""

from __future__ import annotations

import pytest

from custom_components.print_logger.store import (
    JobNotFoundError,
    JobSpool,
    Store,
    StoreValidationError,
)
from custom_components.print_logger.store.analytics import (
    AnalyticsQuery,
    async_summary,
    async_timeseries,
)
from custom_components.print_logger.store.records import JobQuery
from tests.store.common import add_printer, finished, tracked

PRICES = {"PLA": 25.0, "PETG": 30.0, "other": 40.0}


async def _job(store: Store, **details: object) -> str:
    """Return a 2-hour job that used 10 m of filament, with these slicer details."""
    printer_id = await add_printer(store)
    job = finished(tracked(printer_id, filament_used_mm=10_000.0), minutes=120)
    await store.save_tracked_job(job)
    await store.set_details(job.id, details)
    await store.save_tracked_job(job)  # the weight follows the details, as live
    return job.id


async def _costs_of(store: Store, job_id: str, **figures: object) -> dict[str, object]:
    arguments: dict[str, object] = {
        "energy_kwh": 0.75,
        "energy_source": "measured",
        "electricity_cost": 0.2,
        "electricity_source": "measured",
        "machine_rate": 0.5,
        "material_prices": PRICES,
        **figures,
    }
    stored = await store.set_job_costs(job_id, **arguments)  # type: ignore[arg-type]
    assert stored is not None
    record = await store.get_job_record(job_id)
    assert record.costs == stored
    return vars(stored)


async def test_costs_from_the_slicer_price(store: Store) -> None:
    """10 m of 1.75 mm PLA at 1.24 g/cm³: the slicer's price per kg wins over the price table."""
    job_id = await _job(
        store,
        filament_type="PLA",
        filament_density=1.24,
        filament_diameter=1.75,
        filament_cost_per_kg=20.0,
    )
    weight = (await store.get_job_record(job_id)).filament_weight_g
    assert weight == pytest.approx(29.83, abs=0.01)
    costs = await _costs_of(store, job_id)
    assert costs["computed_filament_source"] == "slicer"
    assert costs["computed_filament_cost"] == pytest.approx(weight * 20.0 / 1000)
    assert costs["machine_cost"] == pytest.approx(1.0)  # 2 print hours at 0.5
    assert costs["energy_kwh"] == pytest.approx(0.75)
    assert costs["total_cost"] == pytest.approx(0.2 + 1.0 + weight * 20.0 / 1000)
    assert costs["total_cost_source"] == "computed"


async def test_price_table_spools_and_manual_overrides(store: Store) -> None:
    job_id = await _job(
        store, filament_type="PETG", filament_density=1.27, filament_diameter=1.75
    )
    weight = (await store.get_job_record(job_id)).filament_weight_g
    assert weight is not None
    assert weight == pytest.approx(30.55, abs=0.01)
    costs = await _costs_of(
        store, job_id, electricity_source="estimated", machine_rate=None
    )
    assert costs["computed_filament_source"] == "price_table"
    assert costs["computed_filament_cost"] == pytest.approx(weight * 30.0 / 1000)
    assert costs["machine_cost"] is None
    assert costs["total_cost_source"] == "estimated"

    # Spoolman's prices arrive later: they replace the price table's.
    spool = JobSpool(
        spool_id=7,
        length_mm=10_000.0,
        weight_g=30.0,
        price=24.0,
        price_weight=1000.0,
    )
    await store.set_job_spools(job_id, [spool])
    record = await store.get_job_record(job_id)
    assert record.costs.computed_filament_source == "spoolman"
    assert record.costs.computed_filament_cost == pytest.approx(0.72)
    assert record.costs.total_cost == pytest.approx(0.2 + 0.72)

    # A manual part replaces its computed one, a manual total everything.
    await store.update_job(job_id, {"filament_cost": 2.0})
    record = await store.get_job_record(job_id)
    assert record.costs.total_cost == pytest.approx(2.2)
    await store.update_job(job_id, {"cost": 9.0})
    record = await store.get_job_record(job_id)
    assert (record.costs.total_cost, record.costs.total_cost_source) == (9.0, "manual")
    summary = await async_summary(store, AnalyticsQuery())
    assert summary["cost"] == pytest.approx(9.0)
    assert summary["energy_kwh"] == pytest.approx(0.75)
    await store.update_job(job_id, {"cost": None})
    summary = await async_summary(store, AnalyticsQuery())
    assert summary["cost"] == pytest.approx(2.2)


async def test_bad_figures_and_unknown_job(store: Store) -> None:
    with pytest.raises(StoreValidationError) as caught:
        await store.set_job_costs(
            "nope",
            energy_kwh=-1.0,
            energy_source="guessed",
            electricity_cost=float("nan"),
            electricity_source=None,
            machine_rate=1e9,
            material_prices={"PLA": -3.0},
        )
    assert set(caught.value.errors) == {
        "energy_kwh",
        "energy_source",
        "electricity_cost",
        "machine_rate",
        "material_prices.PLA",
    }
    with pytest.raises(JobNotFoundError):
        await store.set_job_costs(
            "nope",
            energy_kwh=None,
            energy_source=None,
            electricity_cost=None,
            electricity_source=None,
            machine_rate=None,
            material_prices=None,
        )


async def test_cost_split_per_printer_material_and_month(store: Store) -> None:
    """The summary (any printer, any material filter) and the monthly series split the cost."""
    job_id = await _job(
        store,
        filament_type="PETG",
        filament_density=1.27,
        filament_diameter=1.75,
        filament_cost_per_kg=20.0,
    )
    costs = await _costs_of(store, job_id)
    record = await store.get_job_record(job_id)
    summary = await async_summary(
        store,
        AnalyticsQuery(
            printer_ids=(record.printer_id,),
            filters=JobQuery(filament_type="PETG"),
        ),
    )
    assert summary["electricity_cost"] == pytest.approx(0.2)
    assert summary["machine_cost"] == pytest.approx(1.0)
    assert summary["filament_cost"] == pytest.approx(
        costs["computed_filament_cost"], abs=1e-4
    )
    assert summary["energy_kwh"] == pytest.approx(0.75)
    other = await async_summary(
        store, AnalyticsQuery(filters=JobQuery(filament_type="PLA"))
    )
    assert other["electricity_cost"] == 0.0
    for metric, value in (
        ("electricity_cost", 0.2),
        ("machine_cost", 1.0),
        ("energy", 0.75),
    ):
        series = await async_timeseries(
            store, AnalyticsQuery(), bucket="month", metric=metric, time_zone="UTC"
        )
        assert [point["value"] for point in series["points"]] == [
            pytest.approx(value)
        ], metric


async def test_many_jobs_costs_in_one_write(store: Store) -> None:
    """A back-fill's batch: each job as ``set_job_costs`` stores it; a deleted job gives None."""
    first, second = await _job(store), await _job(store)
    figures = {
        "energy_source": "estimated",
        "electricity_source": "estimated",
        "machine_rate": 0.5,
        "material_prices": PRICES,
    }
    stored = await store.set_many_job_costs(
        [
            {"job_id": first, "energy_kwh": 0.5, "electricity_cost": 0.1, **figures},
            {"job_id": "gone", "energy_kwh": 0.1, "electricity_cost": 0.0, **figures},
            {"job_id": second, "energy_kwh": 0.25, "electricity_cost": 0.05, **figures},
        ]
    )
    assert stored[1] is None
    assert stored[0] is not None and stored[2] is not None
    assert (await store.get_job_record(first)).costs == stored[0]
    assert (await store.get_job_record(second)).costs == stored[2]
    assert (stored[0].energy_kwh, stored[2].energy_kwh) == (0.5, 0.25)
    assert stored[0].machine_cost == pytest.approx(1.0)  # 2 hours at 0.5
    alone = await store.set_job_costs(
        first, energy_kwh=0.5, electricity_cost=0.1, **figures
    )
    assert alone == stored[0]
    assert await store.set_many_job_costs([]) == []
    with pytest.raises(StoreValidationError):
        await store.set_many_job_costs(
            [{"job_id": first, "energy_kwh": -1.0, "electricity_cost": 0.1, **figures}]
        )
