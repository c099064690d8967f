"""
Photos, enclosure climate and the failure question, in a real Home Assistant against the real Moonraker.

A ``local_file`` camera (Home Assistant's own platform) shows the enclosure, two sensors (temperature
and humidity, as an ESPHome board would report them) change while the simulated printer prints,
pauses, resumes and is cancelled; a phone's notify action records what it is sent, and the
Companion app's ``mobile_app_notification_action`` event answers.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
import io
from pathlib import Path

from homeassistant.core import Event, HomeAssistant, ServiceCall, callback
from PIL import Image
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.print_logger.api import operation
from custom_components.print_logger.capture import parse_action
from custom_components.print_logger.const import (
    CONF_CAMERA,
    CONF_CLIMATE_SENSORS,
    CONF_FAILURE_REASONS,
    CONF_NOTIFY_SERVICES,
    EVENT_JOB_PAUSED,
    EVENT_MOBILE_APP_ACTION,
)
from custom_components.print_logger.context import operation_context
from custom_components.print_logger.photos import photo_path, photos_dir
from custom_components.print_logger.store import JobDetail, JobStatus, Store
from tests.conftest import entry_for
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.test_live_capture import CUBE, SPEED, ended_job

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]

TEMPERATURE = "sensor.enclosure_temperature"
HUMIDITY = "sensor.enclosure_humidity"


@pytest.fixture
async def printer(tmp_path: Path) -> AsyncIterator[SimulatedPrinter]:
    """Return a running simulated printer with the test files uploaded."""
    async with SimulatedPrinter(tmp_path / "printer", speed=SPEED) as sim:
        await sim.upload(FIXTURES / CUBE)
        yield sim


def write_frame(path: Path, colour: tuple[int, int, int]) -> None:
    """Write the camera's current frame: a 1920×1080 JPEG of one colour with a gradient."""
    gradient = Image.linear_gradient("L").resize((1920, 1080))
    image = Image.merge(
        "RGB",
        [gradient.point(lambda v, c=c: c * 3 // 4 + v // 4) for c in colour],
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95)
    path.write_bytes(out.getvalue())


async def wait_for[T](fn: Callable[[], Awaitable[T | None]], timeout: float = 30) -> T:
    """Poll ``fn`` until it returns something truthy."""
    async with asyncio.timeout(timeout):
        while True:
            if result := await fn():
                return result
            await asyncio.sleep(0.05)


async def camera(hass: HomeAssistant, frame: Path) -> str:
    """Set up Home Assistant's local_file camera on ``frame``; return its entity id."""
    entry = MockConfigEntry(
        domain="local_file",
        title="Enclosure",
        options={"name": "Enclosure", "file_path": str(frame)},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    assert hass.states.get("camera.enclosure") is not None
    return "camera.enclosure"


def set_climate(hass: HomeAssistant, temperature: str, humidity: str) -> None:
    """Report the enclosure's sensors (as an ESPHome board's entities would)."""
    hass.states.async_set(
        TEMPERATURE,
        temperature,
        {
            "unit_of_measurement": "°C",
            "device_class": "temperature",
            "friendly_name": "Enclosure temperature",
        },
    )
    hass.states.async_set(
        HUMIDITY,
        humidity,
        {
            "unit_of_measurement": "%",
            "device_class": "humidity",
            "friendly_name": "Enclosure humidity",
        },
    )


async def test_photos_climate_and_the_reason_from_the_phone(
    hass: HomeAssistant, printer: SimulatedPrinter, tmp_path: Path
) -> None:
    """
    A print with a pause, then cancelled: first layer, pause and end photos, the climate's figures,
    a question on the phone whose tap sets the reason; forged, unknown and repeated taps change nothing.
    """
    frame = tmp_path / "frame.jpg"
    write_frame(frame, (0, 80, 160))
    camera_id = await camera(hass, frame)
    set_climate(hass, "30.0", "40")
    sent: list[ServiceCall] = []
    hass.services.async_register("notify", "mobile_app_pixel", sent.append)

    entry = entry_for(printer.moonraker)
    entry.add_to_hass(hass)
    hass.config_entries.async_update_entry(
        entry,
        options={
            **entry.options,
            CONF_CAMERA: camera_id,
            CONF_CLIMATE_SENSORS: [TEMPERATURE, HUMIDITY],
            CONF_NOTIFY_SERVICES: ["notify.mobile_app_pixel"],
            CONF_FAILURE_REASONS: ["spaghetti", "clog"],
        },
    )
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    entry.runtime_data.client.backoff = (0.2,)

    async def online() -> bool:
        return bool(entry.runtime_data.coordinator.data.online)

    await wait_for(online)
    store: Store = entry.runtime_data.store

    await printer.start_print(CUBE)
    await printer.sim.wait_for_progress(0.2)
    set_climate(hass, "34.0", "45")
    paused = asyncio.Event()

    @callback
    def _paused(_event: Event) -> None:
        paused.set()

    hass.bus.async_listen_once(EVENT_JOB_PAUSED, _paused)
    await printer.pause()
    # Print Logger saw the pause (not only the printer: a short one may fall within one update).
    async with asyncio.timeout(10):
        await paused.wait()
    set_climate(hass, "unavailable", "50")
    await printer.resume()
    await printer.sim.wait_for_state("printing")
    await printer.sim.wait_for_progress(0.4)
    set_climate(hass, "38.0", "55")
    write_frame(frame, (200, 20, 20))
    await printer.cancel()
    await printer.wait_for_job(CUBE, status="cancelled")
    job = await ended_job(store, entry.unique_id)
    assert job.status is JobStatus.CANCELLED

    async def complete() -> JobDetail | None:
        detail = await store.get_job(job.id)
        kinds = {photo.kind for photo in detail.photos}
        if {"first_layer", "pause", "end"} <= kinds and detail.climate and sent:
            return detail
        return None

    detail = await wait_for(complete)
    await hass.async_block_till_done()

    # Photos: one of each moment, downscaled to the default 1280 px, files in the photos folder.
    assert sorted(photo.kind for photo in detail.photos) == [
        "end",
        "first_layer",
        "pause",
    ]
    base = photos_dir(hass)
    for photo in detail.photos:
        assert (photo.width, photo.height) == (1280, 720)
        assert photo.source == camera_id
        data = photo_path(base, job.id, photo.id).read_bytes()
        assert len(data) == photo.size
        assert data[:3] == b"\xff\xd8\xff"
    end = next(photo for photo in detail.photos if photo.kind == "end")
    assert detail.job.end_photo_id == end.id
    # The end photo shows the frame at the end (red), the first layer's the one before (blue).
    with Image.open(photo_path(base, job.id, end.id)) as image:
        red, _green, blue = image.convert("RGB").resize((1, 1)).getpixel((0, 0))
        assert red > blue

    # Climate: per sensor, with its unit; the temperature's unavailable stretch is a gap.
    climate = {sensor.entity_id: sensor for sensor in detail.climate}
    temperature, humidity = climate[TEMPERATURE], climate[HUMIDITY]
    assert temperature.unit == "°C"
    assert temperature.device_class == "temperature"
    assert (temperature.minimum, temperature.maximum) == (30.0, 38.0)
    assert 30.0 <= (temperature.mean or 0) <= 38.0
    assert temperature.samples == 3
    assert temperature.missing_seconds > 0
    assert [value for _, value in temperature.series] == [30.0, 34.0, None, 38.0]
    assert humidity.unit == "%"
    assert (humidity.minimum, humidity.maximum) == (40.0, 55.0)
    assert humidity.samples == 4
    # Only the time before the first reading counts as missing (the simulator's clock runs ahead,
    # so the job's start as Moonraker reports it is before the sensors were first read).
    assert humidity.missing_seconds == pytest.approx(humidity.series[0][0], abs=0.1)
    assert temperature.missing_seconds > humidity.missing_seconds

    # The phone was asked, with the end photo and a button per reason plus "other" with a reply.
    assert len(sent) == 1
    payload = sent[0].data["data"]
    assert payload["image"] == f"/api/print_logger/photos/{end.id}"
    actions = payload["actions"]
    reasons = [parse_action(action["action"]) for action in actions]
    assert [reason for _, reason in reasons] == ["spaghetti", "clog", "other"]
    assert actions[-1]["behavior"] == "textInput"
    assert actions[0]["title"] == "Spaghetti"
    token = reasons[0][0]

    async def reason() -> str | None:
        return (await store.get_job_record(job.id)).failure_reason

    # Forged: another token, an unknown reason, someone else's action. Nothing changes.
    for action in (
        f"PRINT_LOGGER_REASON_{'0' * 32}_clog",
        f"PRINT_LOGGER_REASON_{token}_melted",
        "SOMETHING_ELSE",
    ):
        hass.bus.async_fire(EVENT_MOBILE_APP_ACTION, {"action": action})
    await hass.async_block_till_done()
    assert await reason() is None

    # The tap on "other" with a note sets it as the reason.
    hass.bus.async_fire(
        EVENT_MOBILE_APP_ACTION,
        {"action": actions[-1]["action"], "reply_text": " nozzle hit a zip tie "},
    )
    await hass.async_block_till_done()
    assert await wait_for(reason) == "nozzle hit a zip tie"

    # Answered: a second tap (another button of the same notification) changes nothing.
    hass.bus.async_fire(EVENT_MOBILE_APP_ACTION, {"action": actions[0]["action"]})
    await hass.async_block_till_done()
    assert await reason() == "nozzle hit a zip tie"

    # Deleting the job deletes its photos.
    folder = base / job.id
    assert folder.is_dir()
    await operation("delete_job").run(
        operation_context(hass, is_admin=True), {"job_id": job.id}
    )
    await hass.async_block_till_done()
    assert not folder.exists()
    assert await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
