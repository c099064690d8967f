"""
Benchmark: our G-code metadata parser against Moonraker's own extractor, on the same files.

Every real sample in tests/fixtures/gcode is padded in the middle of its toolpath with realistic
``G1`` lines to 1 MB, 100 MB and 1 GB (a copy in a temporary folder, deleted after use). For each
file this measures:

* ours: ``parse_file()`` in this process (how Home Assistant runs it, in an executor thread);
* Moonraker: ``metadata.py -c <config.json>`` from ``.venv-moonraker`` as a subprocess, the way
  Moonraker's file manager runs it (``_run_extract_metadata``), and the same extractor's
  ``extract_metadata()`` called in-process (a driver in ``.venv-moonraker``), to separate the
  interpreter start-up from the parsing;
* the facts each found, and which Moonraker facts have no counterpart in ours (normalised field
  or raw ``key = value``).

Run: ``.venv/bin/python bench/gcode.py [--sizes 1M,100M,1G] [--only NAME] [--json OUT]``.

``--cli`` instead times the command-line tool, ``python -m custom_components.print_logger.gcode
FILE``, on a 1 MB copy of the user's OrcaSlicer file: wall time of the whole process (interpreter
start-up and imports included: what a person waits for; goal < 0.5 s), and whether it loaded Home
Assistant or aiohttp.
The page cache is warm for both (the file was just written); times are medians. In-process
times are CPU time (``time.process_time``: the machine may be shared, wall time is noisy); the
subprocess time is wall time, start-up included (the delay Moonraker's file manager sees).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field
import json
import os
from pathlib import Path
import random
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from custom_components.print_logger.gcode import parse_file
from custom_components.print_logger.gcode.scan import is_command

FIXTURES = ROOT / "tests" / "fixtures" / "gcode"
MOONRAKER_PYTHON = ROOT / ".venv-moonraker" / "bin" / "python"
SIZES = {"1M": 1_000_000, "100M": 100_000_000, "1G": 1_000_000_000}

# Moonraker metadata keys → where the same fact is in ours: a GcodeMetadata field, or raw keys.
MOONRAKER_FACTS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "slicer": ("slicer", ()),
    "slicer_version": ("slicer_version", ()),
    "layer_count": ("total_layers", ()),
    "object_height": ("object_height", ()),
    "estimated_time": ("estimated_time", ()),
    "nozzle_diameter": ("nozzle_diameter", ()),
    "layer_height": ("layer_height", ()),
    "first_layer_height": ("first_layer_height", ()),
    "first_layer_extr_temp": ("nozzle_temp_first_layer", ()),
    "first_layer_bed_temp": ("bed_temp_first_layer", ()),
    "chamber_temp": (
        None,
        ("chamber_temperature", "chamber_temperatures", "chamber_C"),
    ),
    "filament_name": ("filament_name", ()),
    "filament_type": ("filament_type", ()),
    "filament_colors": ("filament_colour", ()),
    "extruder_colors": (None, ("extruder_colour",)),
    "filament_temps": ("nozzle_temp", ()),
    "filament_change_count": (None, ("total toolchanges", "total filament change")),
    "referenced_tools": (None, ("referenced_tools",)),
    "mmu_print": (None, ("single_extruder_multi_material",)),
    "filament_total": ("filament_used_mm", ()),
    # A weight of 0 (density 0) is kept in raw only: it is not a real weight.
    "filament_weight_total": ("filament_used_g", ("total filament used [g]",)),
    "filament_weights": (
        "filament_used_g",
        ("filament used [g]", "total filament used [g]"),
    ),
    "printer_vendor": (None, ("printer_vendor",)),
    "printer_model": ("printer_model", ()),
    "printer_variant": (None, ("printer_variant",)),
    "profile_version": (None, ("profile_version",)),
    "thumbnails": ("thumbnail", ()),
}
NOT_FACTS = {
    "size",
    "modified",
    "uuid",
    "file_processors",
    "gcode_start_byte",
    "gcode_end_byte",
    "print_start_time",
    "job_id",
}

DRIVER = r"""
import importlib.util, json, statistics, sys, time, logging
logging.disable(logging.CRITICAL)
spec = importlib.util.spec_from_file_location("mr_metadata", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
repeat = int(sys.argv[2])
out = {}
for path in sys.argv[3:]:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        module.extract_metadata(path, [])
        times.append(time.process_time() - start)
    out[path] = statistics.median(times) * 1000
print(json.dumps(out))
"""


@dataclass
class Row:
    """One measured file."""

    sample: str
    target: str
    size: int
    ours_ms: float = 0.0
    moonraker_ms: float = 0.0
    moonraker_inproc_ms: float = 0.0
    ours_facts: int = 0
    moonraker_facts: int = 0
    missing: list[str] = field(default_factory=list)
    moonraker_error: str | None = None


def metadata_script() -> Path:
    """Return Moonraker's metadata.py from the PyPI package in .venv-moonraker."""
    found = sorted(
        (ROOT / ".venv-moonraker" / "lib").glob(
            "python3*/site-packages/moonraker/components/file_manager/metadata.py"
        )
    )
    if not found or not MOONRAKER_PYTHON.exists():
        sys.exit("metadata.py not found: run scripts/setup to create .venv-moonraker")
    return found[0]


def padding_block(size: int = 8 << 20) -> bytes:
    """Return ~8 MiB of realistic extrusion moves (whole lines), generated once."""
    rng = random.Random(42)
    lines: list[str] = []
    total = 0
    while total < size:
        if rng.random() < 0.08:
            line = (
                f"G0 F12000 X{rng.uniform(20, 200):.3f} Y{rng.uniform(20, 200):.3f}\n"
            )
        else:
            line = (
                f"G1 X{rng.uniform(20, 200):.3f} Y{rng.uniform(20, 200):.3f}"
                f" E{rng.uniform(0.005, 0.9):.5f}\n"
            )
        lines.append(line)
        total += len(line)
    return "".join(lines).encode()


def split_point(data: bytes) -> int:
    """Return where to insert padding: where the sample's toolpath was cut, else its middle."""
    marker = data.find(b"(middle of toolpath omitted)")
    if marker >= 0:
        return data.index(b"\n", marker) + 1
    lines = data.split(b"\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    commands = [
        i for i, line in enumerate(lines) if is_command(line.decode(errors="replace"))
    ]
    if not commands:
        return len(data) // 2
    middle = commands[len(commands) // 2]
    return min(offsets[middle], len(data))


def write_padded(sample: Path, target: int, block: bytes, dest: Path) -> int:
    """Write the sample with padding in its middle so the file is about ``target`` bytes."""
    data = sample.read_bytes()
    cut = split_point(data)
    need = target - len(data)
    with dest.open("wb") as file:
        file.write(data[:cut])
        while need > 0:
            if need >= len(block):
                file.write(block)
                need -= len(block)
            else:
                end = block.rfind(b"\n", 0, need) + 1
                file.write(block[:end])
                need = 0
        file.write(data[cut:])
    return dest.stat().st_size


def time_ours(path: Path, repeat: int) -> tuple[float, Any]:
    """Return (median CPU ms, result) of parse_file."""
    times = []
    meta = None
    for _ in range(repeat):
        start = time.process_time()
        meta = parse_file(path)
        times.append(time.process_time() - start)
    return statistics.median(times) * 1000, meta


def run_moonraker(
    script: Path, path: Path, repeat: int
) -> tuple[float, dict[str, Any] | None, str | None]:
    """Run metadata.py as Moonraker does; return (median ms, metadata, error)."""
    config_path = path.parent / f"metacfg-{path.name}.json"
    config_path.write_text(
        json.dumps(
            {
                "filename": path.name,
                "gcode_dir": str(path.parent),
                "check_objects": False,
                "ufp_path": None,
                "processors": [],
            }
        )
    )
    times = []
    output = b""
    error = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = subprocess.run(
            [str(MOONRAKER_PYTHON), str(script), "-c", str(config_path)],
            capture_output=True,
            check=False,
        )
        times.append(time.perf_counter() - start)
        output = result.stdout
        if result.returncode != 0:
            error = result.stderr.decode(errors="replace").strip().splitlines()[-1:]
    config_path.unlink()
    try:
        metadata = json.loads(output)["metadata"]
    except ValueError, KeyError:
        return statistics.median(times) * 1000, None, str(error)
    return statistics.median(times) * 1000, metadata, None


def run_moonraker_inproc(
    script: Path, paths: list[Path], repeat: int
) -> dict[str, float]:
    """Time extract_metadata() in one .venv-moonraker process for all paths."""
    result = subprocess.run(
        [
            str(MOONRAKER_PYTHON),
            "-c",
            DRIVER,
            str(script),
            str(repeat),
            *map(str, paths),
        ],
        capture_output=True,
        check=True,
    )
    return {Path(k).name: v for k, v in json.loads(result.stdout).items()}


def moonraker_found(metadata: dict[str, Any]) -> dict[str, Any]:
    """Return the facts Moonraker found (non-empty values)."""
    return {
        key: value
        for key, value in metadata.items()
        if key not in NOT_FACTS and value not in (None, "", [], "?", "Unknown")
    }


def compare(ours: Any, found: dict[str, Any]) -> list[str]:
    """Return the Moonraker facts (with Moonraker's value) that have no counterpart in ours."""
    missing = []
    for key, value in found.items():
        ours_field, raw_keys = MOONRAKER_FACTS.get(key, (None, ()))
        if ours_field is not None and getattr(ours, ours_field) is not None:
            continue
        if any(k in ours.raw for k in raw_keys):
            continue
        missing.append(f"{key}={value}" if not isinstance(value, (list, dict)) else key)
    return missing


def count_ours(meta: Any) -> int:
    """Return our number of facts (the thumbnail counts once, raw not at all)."""
    facts = meta.facts()
    for key in ("thumbnail_format", "thumbnail_width", "thumbnail_height"):
        facts.pop(key, None)
    return len(facts) + (meta.thumbnail is not None)


CLI_SAMPLE = FIXTURES / "orcaslicer/seed-user/player-tray-lid-pla-40m34s.gcode"
CLI_PROBE = (
    "import runpy, sys; sys.argv = ['gcode', sys.argv[1]]\n"
    "try:\n"
    "    runpy.run_module('custom_components.print_logger.gcode', run_name='__main__')\n"
    "except SystemExit:\n"
    "    pass\n"
    "print(sorted({m.split('.')[0] for m in sys.modules} & {'homeassistant', 'aiohttp'}),"
    " file=sys.stderr)\n"
)


def time_cli(repeat: int) -> None:
    """
    Print the CLI's wall time on a 1 MB file (median and best of ``repeat`` runs).

    Measured twice: with Python's bytecode cache (as on a normal install: the first run writes
    it, here to a temporary ``PYTHONPYCACHEPREFIX``), and without (``PYTHONDONTWRITEBYTECODE``,
    every module compiled at every start).
    """
    block = padding_block(2 << 20)
    with tempfile.TemporaryDirectory(prefix="gcode-cli-") as tmp:
        path = Path(tmp) / "one-megabyte.gcode"
        data = CLI_SAMPLE.read_bytes()
        if len(data) > SIZES["1M"]:
            # the sample is 1.8 MB: keep its head and tail, drop moves from its middle
            cut = split_point(data)
            drop = len(data) - SIZES["1M"]
            start = data.rfind(b"\n", 0, cut - drop // 2) + 1
            end = data.index(b"\n", start + drop) + 1
            path.write_bytes(data[:start] + data[end:])
        else:
            write_padded(CLI_SAMPLE, SIZES["1M"], block, path)
        command = [
            sys.executable,
            "-m",
            "custom_components.print_logger.gcode",
            str(path),
        ]
        cached = {
            key: value
            for key, value in os.environ.items()
            if key != "PYTHONDONTWRITEBYTECODE"
        } | {"PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache")}
        uncached = os.environ | {"PYTHONDONTWRITEBYTECODE": "1"}
        for label, env in (
            ("bytecode cached", cached),
            ("no bytecode cache", uncached),
        ):
            subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
            walls: list[float] = []
            for _ in range(repeat):
                start_time = time.perf_counter()
                subprocess.run(
                    command, cwd=ROOT, env=env, check=True, capture_output=True
                )
                walls.append(time.perf_counter() - start_time)
            print(
                f"CLI on {path.stat().st_size:,} B, {label}: wall median"
                f" {statistics.median(walls):.3f} s, best {min(walls):.3f} s ({repeat} runs)"
            )
        loaded = subprocess.run(
            [sys.executable, "-c", CLI_PROBE, str(path)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stderr.strip()
        print(f"Home Assistant / aiohttp imported by the CLI: {loaded}")
        print(f"load average during the runs: {os.getloadavg()}")


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="1M,100M,1G")
    parser.add_argument(
        "--only", default="", help="substring of the sample names to run"
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs of ours per file")
    parser.add_argument("--moonraker-repeat", type=int, default=3)
    parser.add_argument(
        "--json", type=Path, default=None, help="also write the rows here"
    )
    parser.add_argument(
        "--cli", action="store_true", help="only time the command-line tool (1 MB file)"
    )
    args = parser.parse_args()
    if args.cli:
        time_cli(max(args.repeat, 5))
        return
    script = metadata_script()
    samples = sorted(p for p in FIXTURES.rglob("*.gcode") if args.only in p.name)
    block = padding_block()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="gcode-bench-") as tmp:
        folder = Path(tmp)
        for label in args.sizes.split(","):
            target = SIZES[label]
            for sample in samples:
                dest = folder / sample.name
                size = write_padded(sample, target, block, dest)
                row = Row(sample=sample.name, target=label, size=size)
                row.ours_ms, meta = time_ours(dest, args.repeat)
                row.ours_facts = count_ours(meta)
                row.moonraker_ms, metadata, row.moonraker_error = run_moonraker(
                    script, dest, args.moonraker_repeat
                )
                row.moonraker_inproc_ms = run_moonraker_inproc(
                    script, [dest], args.moonraker_repeat
                )[dest.name]
                if metadata is not None:
                    found = moonraker_found(metadata)
                    row.moonraker_facts = len(found)
                    row.missing = compare(meta, found)
                rows.append(row)
                dest.unlink()
                for thumb in (folder / ".thumbs").glob("*"):
                    thumb.unlink()
                print(
                    f"  {label:>4} {sample.name[:48]:48} {row.ours_ms:8.2f} ms"
                    f" {row.moonraker_ms:8.1f} ms",
                    file=sys.stderr,
                    flush=True,
                )
    print_table(rows)
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([row.__dict__ for row in rows], indent=1))


def print_table(rows: list[Row]) -> None:
    """Print the per-file table and a per-size summary."""
    header = (
        f"| {'sample':52} | {'size':>13} | {'ours ms':>8} | {'MR ms (subprocess)':>18} "
        f"| {'MR ms (in-proc)':>15} | {'ours facts':>10} | {'MR facts':>8} | MR facts we lack |"
    )
    print(header)
    print("|" + "|".join("-" * (len(cell)) for cell in header.split("|")[1:-1]) + "|")
    for row in rows:
        lack = ", ".join(row.missing) or (
            "error: " + row.moonraker_error if row.moonraker_error else "–"
        )
        print(
            f"| {row.sample[:52]:52} | {row.size:>13,} | {row.ours_ms:8.2f} | {row.moonraker_ms:18.1f} "
            f"| {row.moonraker_inproc_ms:15.1f} | {row.ours_facts:10d} | {row.moonraker_facts:8d} | {lack} |"
        )
    print()
    print(
        "| size | files | ours ms median (max) | MR subprocess ms median (max) | MR in-proc ms median (max) | ours faster than MR in-proc | ours facts | MR facts | files where MR found a fact we lack |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for label in dict.fromkeys(row.target for row in rows):
        group = [row for row in rows if row.target == label]

        def stat(values: list[float]) -> str:
            return f"{statistics.median(values):.2f} ({max(values):.2f})"

        print(
            f"| {label} | {len(group)} | {stat([r.ours_ms for r in group])} "
            f"| {stat([r.moonraker_ms for r in group])} | {stat([r.moonraker_inproc_ms for r in group])} "
            f"| {sum(1 for r in group if r.ours_ms < r.moonraker_inproc_ms)}/{len(group)} "
            f"| {sum(r.ours_facts for r in group)} | {sum(r.moonraker_facts for r in group)} "
            f"| {sum(1 for r in group if r.missing)} |"
        )


if __name__ == "__main__":
    os.nice(5)
    main()
