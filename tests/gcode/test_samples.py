"""Every normalised fact of every real slicer sample, against the values written in the file."""

from __future__ import annotations

from pathlib import Path
import re
from typing import Any

import pytest

from custom_components.print_logger import gcode
from custom_components.print_logger.gcode import (
    DETAIL_KEYS,
    HEAD_BYTES,
    TAIL_BYTES,
    GcodeMetadata,
    parse_file,
    parse_head_tail,
    parser as parser_module,
)

from .samples import EXPECTED, THUMBNAIL_FILES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gcode"
ALL_SAMPLES = sorted(
    str(path.relative_to(FIXTURES)) for path in FIXTURES.rglob("*.gcode")
)
NOT_FACTS = {"raw", "thumbnail"}
_CONFIG_LINE = re.compile(r"; ([A-Za-z_][\w\[\]() -]*?) = (.*)")


def approx(value: Any) -> Any:
    """Compare floats (also inside dicts and lists) to 1e-9."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return pytest.approx(value, rel=1e-9, abs=1e-9)
    if isinstance(value, dict):
        return {key: approx(item) for key, item in value.items()}
    if isinstance(value, list):
        return [approx(item) for item in value]
    return value


def test_every_sample_has_expectations() -> None:
    """The table covers every fixture file, and nothing else."""
    assert sorted(EXPECTED) == ALL_SAMPLES
    assert (FIXTURES / "SOURCES.md").is_file()


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_sample_facts(name: str) -> None:
    """Every fact equals the table; every fact the table does not list is None."""
    meta = parse_file(FIXTURES / name)
    expected = EXPECTED[name]
    assert meta.supported is True
    assert meta.error is None
    assert meta.file_size == (FIXTURES / name).stat().st_size
    details = meta.to_details()
    for key in DETAIL_KEYS:
        if key in NOT_FACTS:
            continue
        assert details[key] == approx(expected.get(key)), key
    assert (meta.thumbnail is None) == ("thumbnail_format" not in expected)


INT_FACTS = {
    "wall_count",
    "top_layers",
    "bottom_layers",
    "skirt_loops",
    "total_layers",
    "thumbnail_width",
    "thumbnail_height",
}
STR_FACTS = {
    "slicer",
    "slicer_version",
    "infill_pattern",
    "support_type",
    "filament_type",
    "filament_name",
    "filament_colour",
    "filament_vendor",
    "printer_model",
    "print_profile",
    "filament_profile",
    "printer_profile",
    "thumbnail_format",
}


@pytest.mark.parametrize("name", ALL_SAMPLES)
def test_sample_types(name: str) -> None:
    """Facts have the contract's types (ints are ints, floats are floats, never bools)."""
    details = parse_file(FIXTURES / name).to_details()
    for key, value in details.items():
        if value is None:
            continue
        if key in INT_FACTS:
            assert type(value) is int, key
        elif key in STR_FACTS:
            assert type(value) is str, key
        elif key == "supports_enabled":
            assert type(value) is bool
        elif key == "speeds":
            assert all(type(v) is float for v in value.values())
        elif key == "raw":
            assert all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            )
        elif key == "thumbnail":
            assert isinstance(value, bytes)
        elif key == "extruders":
            assert all(isinstance(v, list) for v in value.values())
        else:
            assert type(value) is float, key


@pytest.mark.parametrize("name", sorted(THUMBNAIL_FILES))
def test_thumbnail_bytes_match_moonraker_extraction(name: str) -> None:
    """The largest preview decodes to exactly the PNG Moonraker wrote to .thumbs."""
    meta = parse_file(FIXTURES / name)
    assert meta.thumbnail == (FIXTURES / THUMBNAIL_FILES[name]).read_bytes()


def test_qoi_thumbnail() -> None:
    """PrusaSlicer 2.8's QOI preview is kept as QOI (magic and size from its header)."""
    meta = parse_file(FIXTURES / "prusaslicer/prusaslicer-2.8.1-mini-cube-mk4.gcode")
    assert meta.thumbnail is not None
    assert meta.thumbnail.startswith(b"qoif")
    assert int.from_bytes(meta.thumbnail[4:8], "big") == 313
    assert int.from_bytes(meta.thumbnail[8:12], "big") == 173


@pytest.mark.parametrize(
    "name",
    [
        n
        for n in ALL_SAMPLES
        if b"CONFIG_BLOCK_START" in (FIXTURES / n).read_bytes()
        or b"prusaslicer_config = begin" in (FIXTURES / n).read_bytes()
    ],
)
def test_raw_has_every_config_line(name: str) -> None:
    """Every ``; key = value`` of the config block is in ``raw`` (first value of a key)."""
    text = (FIXTURES / name).read_text(encoding="utf-8", errors="replace")
    start = max(
        text.find("; CONFIG_BLOCK_START"), text.find("; prusaslicer_config = begin")
    )
    end = max(text.find("; CONFIG_BLOCK_END"), text.find("; prusaslicer_config = end"))
    raw = parse_file(FIXTURES / name).raw
    seen: set[str] = set()
    count = 0
    for line in text[start:end].splitlines()[1:]:
        match = _CONFIG_LINE.fullmatch(line.rstrip("\r"))
        if match is None or match.group(1) in seen:
            continue
        seen.add(match.group(1))
        count += 1
        assert raw[match.group(1)] == match.group(2).strip(), match.group(1)
    assert count > 200


def test_raw_keeps_header_and_summary_lines() -> None:
    """Header (``key: value``), summary and split two-pair lines all land in ``raw``."""
    raw = parse_file(
        FIXTURES / "orcaslicer/orca-family-k1c-benchy-header-stripped.gcode"
    ).raw
    assert raw["filament cost"] == "0.23"
    assert raw["total filament used [g]"] == "11.26"
    assert raw["FLAVOR"] == "Creality OS"
    assert raw["TIME"] == "983"
    bambu = parse_file(
        FIXTURES / "bambu_studio/bambustudio-02.04.00.70-fdm-monster-plate_1.gcode"
    ).raw
    assert bambu["model printing time"] == "11m 15s"
    assert bambu["total estimated time"] == "18m 15s"
    assert bambu["max_z_height"] == "18.00"
    cura = parse_file(FIXTURES / "cura/cura-2.3.1-puzzle-reprap.gcode").raw
    assert cura["infill_sparse_density"] == "15"  # from ;SETTING_3
    assert cura["speed_wall_x"] == "=speed_wall * 2"
    s3d = parse_file(FIXTURES / "simplify3d/simplify3d-4.0.0-bc-wheel.gcode").raw
    assert s3d["extruderName"] == "Primary Extruder"
    assert s3d["Build time"] == "1 hour 17 minutes"


def test_time_of_day_is_not_a_key() -> None:
    """``; generated by … at 10:50:12`` does not become a key ending in "at 10"."""
    raw = parse_file(
        FIXTURES / "orcaslicer/orcaslicer-2.3.1-benchy-thumbnails.gcode"
    ).raw
    assert not [key for key in raw if key.startswith("generated by")]


@pytest.mark.parametrize(
    "name", sorted(n for n in EXPECTED if "extruders" in EXPECTED[n])
)
def test_extruders(name: str) -> None:
    """Multi-filament files keep every per-filament list."""
    meta = parse_file(FIXTURES / name)
    assert meta.extruders == approx(EXPECTED[name]["extruders"])


def test_extruders_of_seed_files() -> None:
    """The user's four-slot files: lists of four, unused slots included."""
    meta = parse_file(
        FIXTURES / "orcaslicer/seed-user/player-tray-lid-pla-40m34s.gcode"
    )
    assert meta.extruders is not None
    assert meta.extruders["filament_colour"] == [
        "#780017",
        "#FFFFFF",
        "#F4E2C1",
        "#ED1C24",
    ]
    assert meta.extruders["filament_used_g"] == approx([9.85, 12.27, 0.0, 0.0])
    assert meta.extruders["print_cost"] == approx([0.23, 0.28, 0.0, 0.0])
    assert meta.extruders["filament_type"] == ["PLA"] * 4


@pytest.mark.parametrize(
    "name",
    [
        "orcaslicer/seed-user/player-tray-lid-pla-40m34s.gcode",
        "orcaslicer/seed-user/player-tray-lid-pla-54m24s-2.gcode",
    ],
)
def test_windows_give_the_same_facts(name: str) -> None:
    """The complete 2 MB files: head + tail windows give what the whole file gives."""
    data = (FIXTURES / name).read_bytes()
    assert len(data) > HEAD_BYTES + TAIL_BYTES
    windowed = parse_head_tail(
        data[:HEAD_BYTES], data[-TAIL_BYTES:], file_size=len(data)
    )
    whole = parse_head_tail(data, b"", file_size=len(data))
    assert windowed.facts() == whole.facts()
    assert windowed.thumbnail == whole.thumbnail
    assert windowed.facts() == parse_file(FIXTURES / name).facts()


def test_windows_without_size_detect_overlap() -> None:
    """Overlapping windows without a size are joined, not read twice."""
    data = (
        FIXTURES / "slic3r/slic3r-prusa-edition-1.41.0-mc-testmodel1.gcode"
    ).read_bytes()
    meta = parse_head_tail(data[:20000], data[15000:])
    assert meta.filament_used_mm == pytest.approx(2286.9)
    assert meta.extruders is not None
    assert len(meta.extruders["filament_used_mm"]) == 4


def test_small_windows_grow_until_blocks_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """A config block cut by the window edge makes parse_file read further (doubling)."""
    name = "orcaslicer/seed-user/player-tray-lid-pla-40m34s.gcode"
    reference = parse_file(FIXTURES / name)
    monkeypatch.setattr(parser_module, "HEAD_BYTES", 1024)
    monkeypatch.setattr(parser_module, "TAIL_BYTES", 2048)
    grown = parse_file(FIXTURES / name)
    assert grown.facts() == reference.facts()
    data = (FIXTURES / name).read_bytes()
    cut = parse_head_tail(data[:1024], data[-2048:], file_size=len(data))
    assert cut.nozzle_temp is None  # the window alone misses the config block
    assert parser_module.tail_is_cut(data[-2048:])
    assert parser_module.head_is_cut(data[:1024])


def test_bambu_config_at_the_top_needs_no_tail() -> None:
    """Bambu Studio's config block is at the top: the head alone has every fact."""
    data = (
        FIXTURES / "bambu_studio/bambustudio-01.09.07.52-test-hook-plate_1.gcode"
    ).read_bytes()
    head_only = parse_head_tail(data[:40000], b"", file_size=len(data) * 100)
    whole = parse_file(
        FIXTURES / "bambu_studio/bambustudio-01.09.07.52-test-hook-plate_1.gcode"
    )
    assert head_only.nozzle_temp == whole.nozzle_temp == 220
    assert head_only.filament_used_g == whole.filament_used_g == pytest.approx(7.08)


def test_package_exports() -> None:
    """The lead's API is importable from the package."""
    assert gcode.parse_head_tail is parse_head_tail
    assert isinstance(GcodeMetadata().to_details(), dict)
    assert HEAD_BYTES > 103_490
    assert TAIL_BYTES > 46_167
