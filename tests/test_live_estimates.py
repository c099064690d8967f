"""
Progress, time remaining and ETA while printing, checked against what the simulated printer knows.

The simulator's ``print_stats`` and Moonraker's history run on the wall clock, so once a print has
ended its true end and its true print time are known: the remaining time the integration estimated
at any moment is compared with the print time that was really left, its ETA with the real end, and
the progress it showed with the printer's own ``display_status`` at that moment.

The file has no slicer estimate (its estimate line is taken out): the remaining time is the
file-position estimate alone, whose truth is the print time really left. (A slicer estimate would be
the slicer's machine time, which the simulated machine, faster and not the slicer's motion model, does
not keep to.)
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
import itertools
import math
from pathlib import Path
import re
import time

from homeassistant.const import STATE_UNKNOWN
from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util
import pytest

from custom_components.print_logger.sensor import remaining_seconds
from tests.helpers.printer import FIXTURES, SimulatedPrinter
from tests.test_entities import _entity
from tests.test_live_capture import setup_printer, unload, wait_for

pytestmark = [pytest.mark.moonraker, pytest.mark.slow]

SPEED = 10.0
CUBE = "sim_cube.gcode"
ESTIMATE_RE = re.compile(
    r"^; estimated printing time \(normal mode\) = .*$", re.MULTILINE
)
# How far behind the printer Home Assistant's values may be: Klippy's status push (0.25 s), the
# entities' rate limit (state_interval, 1 s here) and the sampling below (0.2 s), with a margin.
LAG = 2.5
M73_RE = re.compile(r"^M73 P(\d+)", re.MULTILINE)
# The file-position estimate (time printed / progress − time printed) uses the slicer's M73 progress:
# a step behind the truth between two M73 lines, and M73 follows the slicer's motion model, not
# exactly the simulated machine's. Each estimate may be off by what one step makes of it, plus this
# share of the whole print time; it is checked from this progress on (the first steps are noise).
MODEL = 0.1
ESTIMATES_FROM = 0.2


@dataclass
class Sample:
    """What the printer and Home Assistant said at one moment."""

    at: float  # monotonic
    utc: datetime
    printing: bool
    display_progress: float  # the printer's display_status.progress (0..1)
    # The integration's job at that moment: its print time and progress.
    job_print_duration: float | None
    job_progress: float | None
    remaining: float | None  # the integration's estimate, unrounded
    progress_state: str
    remaining_state: str
    eta_state: str


async def test_progress_remaining_and_eta_meet_the_printers_truth(
    hass: HomeAssistant, tmp_path: Path
) -> None:
    async with SimulatedPrinter(tmp_path / "printer", speed=SPEED) as printer:
        source = (FIXTURES / CUBE).read_text()
        assert ESTIMATE_RE.search(source)
        plain = tmp_path / "sim_cube_no_estimate.gcode"
        plain.write_text(ESTIMATE_RE.sub("", source))
        await printer.upload(plain)
        assert (await printer.metadata(plain.name)).get("estimated_time") is None

        entry = await setup_printer(hass, printer)
        hass.config_entries.async_update_entry(
            entry, options={**entry.options, "state_interval": 1}
        )
        coordinator = entry.runtime_data.coordinator

        def state(key: str) -> str:
            current = hass.states.get(_entity(hass, entry.unique_id, key))
            assert current is not None
            return current.state

        await printer.start_print(plain.name)
        samples: list[Sample] = []
        async with asyncio.timeout(120):
            while True:
                stats = printer.sim.stats
                display = printer.sim.get_status("display_status")
                await hass.async_block_till_done()
                snapshot = coordinator.data
                job = snapshot.job
                samples.append(
                    Sample(
                        at=time.monotonic(),
                        utc=dt_util.utcnow(),
                        printing=stats["state"] == "printing",
                        display_progress=float(display.get("progress") or 0.0),
                        job_print_duration=job.print_duration if job else None,
                        job_progress=job.progress if job else None,
                        remaining=remaining_seconds(snapshot),
                        progress_state=state("progress"),
                        remaining_state=state("remaining_time"),
                        eta_state=state("eta"),
                    )
                )
                if stats["state"] == "complete":
                    break
                await asyncio.sleep(0.2)
        history = await printer.wait_for_job(plain.name, status="completed")

        # Once Home Assistant has seen the end: no progress, no time remaining, no ETA.
        async def ended() -> bool:
            await hass.async_block_till_done()
            return all(
                state(key) == STATE_UNKNOWN
                for key in ("progress", "remaining_time", "eta")
            )

        await wait_for(ended, timeout=10)
        assert remaining_seconds(coordinator.data) is None
        await unload(hass, entry)

    # The truth, known now that the print has ended (wall clock, as Moonraker recorded it).
    print_time = float(history["print_duration"])
    end = datetime.fromtimestamp(history["end_time"], UTC)
    printing = [s for s in samples if s.printing]
    assert len(printing) >= 30, f"too few samples while printing: {len(printing)}"
    steps = [int(p) for p in M73_RE.findall(source)]
    step = max(b - a for a, b in itertools.pairwise(steps)) / 100
    assert 0 < step <= 0.1, steps

    progress_checked = remaining_checked = eta_checked = 0
    for sample in printing:
        # Progress: what the printer displayed within the last LAG seconds (whole percents).
        window = [
            s.display_progress
            for s in samples
            if sample.at - LAG <= s.at <= sample.at and s.printing
        ]
        if sample.progress_state != STATE_UNKNOWN:
            shown = int(sample.progress_state)
            assert (
                math.floor(min(window) * 100) <= shown <= math.floor(max(window) * 100)
            ), (sample, window)
            progress_checked += 1
        if sample.display_progress < ESTIMATES_FROM:
            continue
        # Time remaining: the print time that was really left after the job's print time then.
        assert sample.remaining is not None, sample
        assert sample.job_print_duration is not None
        assert sample.job_progress
        printed, progress = sample.job_print_duration, sample.job_progress
        truth = print_time - printed
        tolerance = (
            printed / progress
            - printed / min(1.0, progress + step)
            + MODEL * print_time
        )
        assert abs(sample.remaining - truth) <= tolerance, (sample, truth, tolerance)
        remaining_checked += 1
        # The sensor: the estimate of at most LAG seconds ago, in whole minutes.
        shown_remaining = float(sample.remaining_state)
        assert shown_remaining % 60 == 0, sample
        assert abs(shown_remaining - truth) <= 30 + tolerance + LAG, (sample, truth)
        # ETA: when the print really ended, to the minute.
        eta = datetime.fromisoformat(sample.eta_state)
        assert eta.second == 0, sample
        assert abs(eta - end) <= timedelta(seconds=30 + tolerance + LAG), (
            sample,
            end,
        )
        eta_checked += 1
    assert progress_checked >= 20, progress_checked
    assert remaining_checked >= 20, remaining_checked
    assert eta_checked == remaining_checked
