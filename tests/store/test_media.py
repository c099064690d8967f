"""A job's photos and climate rows in the store, on every engine."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from custom_components.print_logger.store import (
    ClimateRecord,
    JobNotFoundError,
    JobStatus,
    Store,
    StoreValidationError,
)
from custom_components.print_logger.store.media import MAX_PHOTOS_PER_JOB
from tests.store.common import T0, add_printer, finished, tracked

SENSOR = ClimateRecord(
    entity_id="sensor.enclosure_humidity",
    name="Feuchte 💧",
    device_class="humidity",
    unit="%",
    minimum=41.0,
    mean=46.25,
    maximum=55.5,
    samples=3,
    missing_seconds=30.0,
    series=((0.0, 41.0), (60.0, None), (120.0, 55.5)),
)


async def test_photos_end_photo_cap_purge_and_cascade(store: Store) -> None:
    """The end photo is the job's; the cap drops the oldest capture; purge and deletes follow jobs."""
    printers = [await add_printer(store, name) for name in ("A", "B")]
    jobs = []
    for printer in printers:
        job = tracked(printer, "cube.gcode", start=T0)
        await store.save_tracked_job(finished(job, status=JobStatus.ERROR))
        jobs.append(job)
    job = jobs[0]

    first, dropped = await store.add_photo(
        job_id=job.id, kind="first_layer", taken_at=T0, size=10, width=4, height=3
    )
    assert dropped == []
    end, _ = await store.add_photo(
        job_id=job.id,
        kind="end",
        taken_at=T0 + timedelta(hours=1),
        size=11,
        width=4,
        height=3,
        source="camera.voron",
    )
    assert (await store.get_job_record(job.id)).end_photo_id == end.id
    detail = await store.get_job(job.id)
    assert [p.id for p in detail.photos] == [first.id, end.id]
    assert detail.photos[1].source == "camera.voron"

    # Beyond the cap the oldest capture goes (never the end photo).
    for index in range(MAX_PHOTOS_PER_JOB - 2):
        _, dropped = await store.add_photo(
            job_id=job.id,
            kind="upload",
            taken_at=T0 + timedelta(minutes=2 + index),
            size=1,
            width=1,
            height=1,
        )
        assert dropped == []
    _, dropped = await store.add_photo(
        job_id=job.id,
        kind="pause",
        taken_at=T0 + timedelta(hours=2),
        size=1,
        width=1,
        height=1,
    )
    assert dropped == [first.id]
    assert len((await store.get_job(job.id)).photos) == MAX_PHOTOS_PER_JOB

    with pytest.raises(StoreValidationError) as err:
        await store.add_photo(
            job_id=job.id, kind="selfie", taken_at=T0, size=0, width=1, height=1
        )  # type: ignore[arg-type]
    assert set(err.value.errors) == {"kind", "size"}
    with pytest.raises(JobNotFoundError):
        await store.add_photo(
            job_id="0" * 32, kind="end", taken_at=T0, size=1, width=1, height=1
        )

    # Deleting the end photo unlinks it from the job.
    assert (await store.delete_photo(end.id)) == end
    assert (await store.get_job_record(job.id)).end_photo_id is None
    assert await store.delete_photo(end.id) is None
    assert await store.get_photo("../../etc/passwd") is None

    # Retention: one printer's photos only.
    other, _ = await store.add_photo(
        job_id=jobs[1].id, kind="end", taken_at=T0, size=1, width=1, height=1
    )
    purged = await store.purge_photos(T0 + timedelta(days=1), printers[0])
    assert {p.job_id for p in purged} == {job.id}
    assert (await store.get_job(job.id)).photos == ()
    assert await store.get_photo(other.id) == other

    # Deleting a job deletes its photo rows.
    assert await store.photo_ids([jobs[1].id]) == {other.id}
    assert await store.delete_jobs([jobs[1].id]) == 1
    assert await store.get_photo(other.id) is None


async def test_climate_rows(store: Store) -> None:
    """A job's sensors replace the previous ones; the series keeps its gaps; they go with the job."""
    printer = await add_printer(store, "A")
    job = tracked(printer, "cube.gcode", start=T0)
    await store.save_tracked_job(finished(job, status=JobStatus.COMPLETED))
    await store.set_climate(job.id, [SENSOR])
    assert (await store.get_job(job.id)).climate == (SENSOR,)
    temperature = replace(
        SENSOR,
        entity_id="sensor.t",
        unit="°C",
        series=tuple((float(i), 20.0 + i) for i in range(2000)),
    )
    await store.set_climate(job.id, [temperature])
    (stored,) = (await store.get_job(job.id)).climate
    assert stored.entity_id == "sensor.t"
    assert len(stored.series) == 500
    assert stored.series[0] == (0.0, 20.0)
    assert stored.series[-1] == (1999.0, 2019.0)
    with pytest.raises(StoreValidationError):
        await store.set_climate(job.id, [replace(SENSOR, mean=float("nan"))])
    assert await store.delete_jobs([job.id]) == 1
    with pytest.raises(JobNotFoundError):
        await store.set_climate(job.id, [SENSOR])
