"""
Benchmark of a job's photos and climate (not a test): storage per job with the default settings.

    .venv/bin/python bench/photos.py [--pauses 1] [--sensors 2] [--hours 4]

Camera frames: Home Assistant's own demo camera pictures (real photographs), upscaled to the
1920×1080 a printer webcam (or a phone, 4032×3024) sends, and a synthetic noisy frame as the worst
case for JPEG. Each goes through what a snapshot goes through (``photos.prepare_image`` with the
default 1280 px and quality 80, plus the 240 px copy for lists); a job keeps the first layer's, one per
pause and the end's. The climate: ``--sensors`` sensors reporting every 30 s over ``--hours`` hours,
the series as stored (at most 500 points) as JSON. Prints bytes per photo, per job, and per 1000 jobs;
the time to prepare one photo; and the retention's bound (the default keeps 365 days).
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime, timedelta
import io
import json
from pathlib import Path
import statistics
import sys
import time

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import homeassistant
from PIL import Image

from custom_components.print_logger.climate import statistics as climate_statistics
from custom_components.print_logger.photos import (
    DEFAULT_MAX_SIDE,
    DEFAULT_QUALITY,
    DEFAULT_RETENTION_DAYS,
    prepare_image,
)

DEMO = Path(homeassistant.__file__).parent / "components" / "demo"


def frames() -> dict[str, bytes]:
    """Return camera frames as a camera would send them (JPEG, quality 90)."""
    out: dict[str, bytes] = {}
    for path in sorted(DEMO.glob("demo_*.jpg")):
        for size in ((1920, 1080), (4032, 3024)):
            with Image.open(path) as image:
                big = image.convert("RGB").resize(size, Image.Resampling.BICUBIC)
            buf = io.BytesIO()
            big.save(buf, "JPEG", quality=90)
            out[f"{path.stem} {size[0]}×{size[1]}"] = buf.getvalue()
    noise = Image.effect_noise((1920, 1080), 64).convert("RGB")
    buf = io.BytesIO()
    noise.save(buf, "JPEG", quality=90)
    out["noise 1920×1080 (worst case)"] = buf.getvalue()
    return out


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pauses", type=int, default=1)
    parser.add_argument("--sensors", type=int, default=2)
    parser.add_argument("--hours", type=float, default=4.0)
    args = parser.parse_args()

    print(
        f"Defaults: {DEFAULT_MAX_SIDE} px, JPEG quality {DEFAULT_QUALITY}, kept {DEFAULT_RETENTION_DAYS} days\n"
    )
    print(f"{'frame':<34} {'sent':>9} {'stored':>9} {'thumb':>8} {'prepare':>9}")
    stored: list[int] = []
    for name, data in frames().items():
        timings = []
        for _ in range(3):
            started = time.perf_counter()
            prepared = prepare_image(data, DEFAULT_MAX_SIDE, DEFAULT_QUALITY)
            timings.append(time.perf_counter() - started)
        size = len(prepared.data) + len(prepared.thumb)
        if not name.startswith("noise"):
            stored.append(size)
        print(
            f"{name:<34} {len(data) / 1024:7.0f} K {len(prepared.data) / 1024:7.0f} K"
            f" {len(prepared.thumb) / 1024:6.1f} K {statistics.median(timings) * 1000:7.0f} ms"
        )
    per_photo = statistics.median(stored)
    photos = 2 + args.pauses  # first layer, pauses, end

    start = datetime(2026, 1, 1, tzinfo=UTC)
    seconds = int(args.hours * 3600)
    points = [
        (start + timedelta(seconds=t), 25.0 + (t % 600) / 100)
        for t in range(0, seconds, 30)
    ]
    record = climate_statistics(
        "sensor.enclosure_temperature",
        points,
        start,
        start + timedelta(seconds=seconds),
        unit="°C",
    )
    series = json.dumps([list(point) for point in record.series]).encode()
    row = len(series) + 200  # the statistics, ids, name and unit
    climate = row * args.sensors

    per_job = per_photo * photos + climate
    print(
        f"\nPer photo (photo + list copy, median of the real frames): {per_photo / 1024:.0f} KiB"
    )
    print(
        f"Climate per job: {args.sensors} sensors × {len(record.series)} points over {args.hours:g} h"
        f" = {climate / 1024:.1f} KiB in the database"
    )
    print(
        f"Per job ({photos} photos: first layer, {args.pauses} pause(s), end): {per_job / 1024:.0f} KiB;"
        f" per 1000 jobs {per_job * 1000 / 1024**3:.2f} GiB"
    )
    print(
        f"Bound: at most 50 photos a job; at 5 jobs a day for {DEFAULT_RETENTION_DAYS} days"
        f" {per_job * 5 * DEFAULT_RETENTION_DAYS / 1024**3:.2f} GiB"
    )


if __name__ == "__main__":
    main()
