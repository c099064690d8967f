"""
Forms of real slicer files found outside the samples (issue 12, "Slicer metadata").

Each test takes a real sample (tests/fixtures/gcode, SOURCES.md) and puts it in the form a real
file of that kind has: a byte-order mark, old Mac line endings, a Latin-1 name, a last layer longer
than the tail window, a file cut off mid-line, a multi-plate ``.gcode.3mf``, zeros where zero is
impossible. KISSlicer, Cura's volumetric flavour and Cura 13-15 have their own fixtures, checked
in ``samples.py``.
"""

from __future__ import annotations

from pathlib import Path
import random
import re
import zipfile

import pytest

from custom_components.print_logger.gcode import (
    HEAD_BYTES,
    TAIL_BYTES,
    archive,
    parse_file,
    parse_head_tail,
)
from custom_components.print_logger.gcode.values import to_duration

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gcode"
PRUSA_281 = FIXTURES / "prusaslicer/prusaslicer-2.8.1-mini-cube-mk4.gcode"
PRUSA_261 = FIXTURES / "prusaslicer/prusaslicer-2.6.1-benchy-mini.gcode"
PLATE = FIXTURES / "bambu_studio/bambustudio-02.04.00.70-fdm-monster-plate_1.gcode"
PNG = FIXTURES / "orcaslicer/.thumbs/orcaslicer-2.3.1-benchy-thumbnails-300x300.png"


def moves(size: int, *, seed: int = 7, eol: bytes = b"\n") -> bytes:
    """Return about ``size`` bytes of extruding moves in one layer (X/Y/E, no Z)."""
    rng = random.Random(seed)
    lines: list[bytes] = []
    total = 0
    while total < size:
        line = (
            f"G1 X{rng.uniform(10, 170):.3f} Y{rng.uniform(10, 170):.3f}"
            f" E{rng.uniform(0.01, 0.9):.5f}"
        ).encode() + eol
        lines.append(line)
        total += len(line)
    return b"".join(lines)


def windows(data: bytes) -> tuple[bytes, bytes]:
    """Return the head and tail windows the parser reads of a file too big for both."""
    assert len(data) > HEAD_BYTES + TAIL_BYTES
    return data[:HEAD_BYTES], data[-TAIL_BYTES:]


# --- point 13: encodings, line endings, durations, volumes ------------------------------------


def test_byte_order_mark_before_the_first_comment() -> None:
    """Windows editors save UTF-8 with a BOM: the generator line right after it still counts."""
    data = PRUSA_281.read_bytes()
    meta = parse_head_tail(b"\xef\xbb\xbf" + data, b"", file_size=len(data) + 3)
    reference = parse_file(PRUSA_281)
    assert meta.slicer == "PrusaSlicer"
    assert meta.facts() == reference.facts()


def test_old_mac_line_endings() -> None:
    """CR alone ends each line (classic Mac OS): the same facts, whole or through windows."""
    data = PRUSA_281.read_bytes().replace(b"\r\n", b"\n")
    reference = parse_head_tail(data, b"", file_size=len(data))
    cr = data.replace(b"\n", b"\r")
    assert parse_head_tail(cr, b"", file_size=len(cr)).facts() == reference.facts()

    cut = data.index(b"\n", data.index(b"(middle of toolpath omitted)")) + 1
    big = data[:cut] + moves(700_000) + data[cut:]
    big_cr = big.replace(b"\n", b"\r")
    expected = parse_head_tail(*windows(big), file_size=len(big))
    got = parse_head_tail(*windows(big_cr), file_size=len(big_cr))
    assert got.facts() == expected.facts()
    assert got.estimated_time == 221  # ; estimated printing time (normal mode) = 3m 41s


def test_compact_duration() -> None:
    """``1d2h3m4s`` (no spaces) is 93784 s, not 4 s."""
    data = re.sub(
        rb"(; estimated printing time \(normal mode\) = )[^\n]*",
        rb"\g<1>1d2h3m4s",
        PRUSA_281.read_bytes(),
    )
    meta = parse_head_tail(data, b"", file_size=len(data))
    assert meta.estimated_time == 93784
    assert to_duration("1d2h3m4s") == 93784


def test_latin1_filament_name() -> None:
    """A Windows-1252 name (``Grün PLA``) is read as such, not as replacement characters."""
    data = re.sub(
        rb'(; filament_settings_id = )"[^"\n]*"',
        b'\\g<1>"' + "Grün PLA".encode("cp1252") + b'"',
        PRUSA_281.read_bytes(),
    )
    assert "Grün".encode("cp1252") in data
    meta = parse_head_tail(data, b"", file_size=len(data))
    assert meta.filament_name == "Grün PLA"
    assert meta.filament_profile == "Grün PLA"
    assert meta.nozzle_temp == parse_file(PRUSA_281).nozzle_temp


# --- point 14: a large last layer, a cut-off estimate -----------------------------------------


def big_last_layer(tmp_path: Path) -> Path:
    """Write the PrusaSlicer 2.6.1 benchy with 300 KB of moves in its last layer (Z 48)."""
    data = PRUSA_261.read_bytes()
    # after the layer's last Z change (a Z-hop back down to 48), before the final lift
    lift = data.rindex(b"\nG1 Z48.2 F720\n")
    last_z = data.rindex(b" Z48", 0, lift)
    first_move = data.index(b"\nG1 X", last_z) + 1
    after = data.index(b"\n", first_move) + 1
    padded = data[:after] + moves(300_000) + data[after:]
    # and a long toolpath before, so that head and tail do not meet
    cut = padded.index(b"\n", padded.index(b"(middle of toolpath omitted)")) + 1
    padded = padded[:cut] + moves(400_000, seed=8) + padded[cut:]
    path = tmp_path / "benchy-full-plate.gcode"
    path.write_bytes(padded)
    return path


def test_height_of_a_last_layer_longer_than_the_tail(tmp_path: Path) -> None:
    """The tail grows until it holds the last layer's Z: the height is 48, not lost."""
    path = big_last_layer(tmp_path)
    assert parse_file(PRUSA_261).object_height == 48
    meta = parse_file(path)
    assert meta.object_height == 48
    assert meta.estimated_time == 38 * 60 + 43


def test_cut_off_estimate_is_not_a_number() -> None:
    """A file cut mid-line (``= 38m 4``) has no estimate, not 38 minutes."""
    data = PRUSA_261.read_bytes()
    end = data.index(b"; estimated printing time (normal mode) = 38m 4") + len(
        b"; estimated printing time (normal mode) = 38m 4"
    )
    cut = data[:end]
    meta = parse_head_tail(cut, b"", file_size=len(cut))
    assert meta.estimated_time is None
    assert to_duration("40m 3") is None
    assert meta.filament_used_mm == pytest.approx(4282.06)


# --- point 15: the plate printed from a multi-plate .gcode.3mf --------------------------------

SLICE_INFO_PLATE = """  <plate>
    <metadata key="index" value="{n}"/>
    <metadata key="printer_model_id" value="N1"/>
    <metadata key="nozzle_diameters" value="0.4"/>
    <metadata key="prediction" value="{seconds}"/>
    <metadata key="weight" value="{grams}"/>
    <filament id="1" tray_info_idx="GFA00" type="PLA" color="#00AE42" used_m="{metres}" used_g="{grams}"/>
  </plate>
"""
# plate n: the real plate 1 G-code with its own time, weight and length
PLATES = {1: (1095, 2.83, 932.21), 2: (2190, 5.66, 1864.42), 3: (3285, 8.49, 2796.63)}


def plate_gcode(n: int) -> bytes:
    """Return the real Bambu Studio plate with plate ``n``'s summary lines."""
    seconds, grams, length = PLATES[n]
    data = PLATE.read_bytes()
    minutes, secs = divmod(seconds, 60)
    data = re.sub(
        rb"total estimated time: [^\n]*",
        f"total estimated time: {minutes}m {secs}s".encode(),
        data,
    )
    data = re.sub(
        rb"; total filament weight \[g\] : [^\n]*",
        f"; total filament weight [g] : {grams:.2f}".encode(),
        data,
    )
    return re.sub(
        rb"; total filament length \[mm\] : [^\n]*",
        f"; total filament length [mm] : {length:.2f}".encode(),
        data,
    )


def make_multi_plate(path: Path, numbers: tuple[int, ...] = (1, 2, 3)) -> Path:
    """Write a sliced 3MF with several plates, like Bambu Studio's "export all plates"."""
    info = "".join(
        SLICE_INFO_PLATE.format(
            n=n, seconds=PLATES[n][0], grams=PLATES[n][1], metres=PLATES[n][2] / 1000
        )
        for n in numbers
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("3D/3dmodel.model", "<model/>")
        archive.writestr(
            "Metadata/slice_info.config",
            '<?xml version="1.0" encoding="UTF-8"?>\n<config>\n  <header>\n'
            '    <header_item key="X-BBL-Client-Version" value="02.04.00.70"/>\n'
            f"  </header>\n{info}</config>\n",
        )
        for n in numbers:
            archive.writestr(f"Metadata/plate_{n}.png", PNG.read_bytes())
            archive.writestr(f"Metadata/plate_{n}.gcode", plate_gcode(n))
    return path


def test_plate_named_by_the_file(tmp_path: Path) -> None:
    """``Cube_plate_2.gcode.3mf``: plate 2's time, weight and length, not plate 1's."""
    meta = parse_file(make_multi_plate(tmp_path / "Cube_plate_2.gcode.3mf"))
    assert meta.error is None
    assert meta.raw["3mf.plate"] == "2"
    assert meta.estimated_time == 2190
    assert meta.filament_used_g == pytest.approx(5.66)
    assert meta.filament_used_mm == pytest.approx(1864.42)


def test_plate_named_by_moonraker_through_windows(tmp_path: Path) -> None:
    """Read through range requests, the plate comes from the name Moonraker printed."""
    data = make_multi_plate(tmp_path / "archive.gcode.3mf").read_bytes()
    meta = parse_head_tail(
        data, b"", file_size=len(data), file_name="jobs/Cube_plate_3.gcode.3mf"
    )
    assert meta.raw["3mf.plate"] == "3"
    assert meta.estimated_time == 3285


def test_unknown_plate_is_not_plate_one(tmp_path: Path) -> None:
    """Several plates and no name: what they share, and an error instead of plate 1's facts."""
    meta = parse_file(make_multi_plate(tmp_path / "Cube.gcode.3mf"))
    one = parse_file(make_multi_plate(tmp_path / "Cube_plate_1.gcode.3mf"))
    assert meta.supported is True
    assert meta.error is not None
    assert "plates 1, 2, 3" in meta.error
    assert meta.estimated_time is None
    assert meta.filament_used_g is None
    assert meta.filament_used_mm is None
    assert meta.thumbnail is None
    assert meta.slicer == one.slicer == "BambuStudio"
    assert meta.layer_height == one.layer_height
    assert meta.printer_model == one.printer_model


def test_archive_of_one_plate_is_that_plate(tmp_path: Path) -> None:
    """Bambu Studio's "export plate sliced file" of plate 3 holds only plate 3."""
    meta = parse_file(make_multi_plate(tmp_path / "Cube.gcode.3mf", (3,)))
    assert meta.error is None
    assert meta.raw["3mf.plate"] == "3"
    assert meta.estimated_time == 3285


@pytest.mark.parametrize(
    ("name", "plate"),
    [
        ("Cube_plate_2.gcode.3mf", 2),
        ("folder/Cube plate 12.gcode.3mf", 12),
        ("job.gcode.3mf/Metadata/plate_4.gcode", 4),
        ("plate_7.gcode.3mf", 7),
        ("Cube.gcode.3mf", None),
        ("templates/Cube.gcode.3mf", None),
        ("plate_3/Cube.gcode.3mf", None),
        (None, None),
    ],
)
def test_plate_from_name(name: str | None, plate: int | None) -> None:
    assert archive.plate_from_name(name) == plate


# --- point 16: one rule for a 0 where 0 is impossible -----------------------------------------


def test_zero_where_zero_is_impossible_is_unknown() -> None:
    """Zero nozzle, layer, density, price and the weight and cost made of them: all None."""
    data = PRUSA_281.read_bytes()
    for key in (
        b"nozzle_diameter",
        b"layer_height",
        b"filament_density",
        b"filament_cost",
    ):
        data = re.sub(rb"(; " + key + rb" = )[^\n]*", rb"\g<1>0", data)
    for key in (
        rb"filament used \[g\]",
        rb"total filament used \[g\]",
        rb"total filament cost",
    ):
        data = re.sub(rb"(; " + key + rb" = )[^\n]*", rb"\g<1>0.00", data)
    meta = parse_head_tail(data, b"", file_size=len(data))
    reference = parse_file(PRUSA_281)
    assert meta.nozzle_diameter is None
    assert meta.layer_height is None
    assert meta.filament_density is None
    assert meta.filament_cost_per_kg is None
    assert meta.filament_used_g is None
    assert meta.print_cost is None
    # what can be 0 or is not made of a 0 stays
    assert meta.first_layer_height == reference.first_layer_height == 0.2
    assert meta.filament_used_mm == reference.filament_used_mm
    assert meta.skirt_loops == reference.skirt_loops


def test_kisslicer_cost_of_zero_without_a_price_is_unknown() -> None:
    """KISSlicer writes ``Estimated Build Cost: $0.00`` when ``cost_per_cm3 = 0``."""
    meta = parse_file(FIXTURES / "kisslicer/kisslicer-free-1.4.5-test-cube.gcode")
    assert meta.raw["Estimated Build Cost"] == "$0.00"
    assert meta.print_cost is None
    priced = parse_file(
        FIXTURES / "kisslicer/kisslicer-pro-1.6.3-mc-testmodel4-4ext.gcode"
    )
    assert priced.print_cost == 0.06


# --- point 11: KISSlicer's style values vs the values "As Used" -------------------------------


def test_kisslicer_layer_height_as_used() -> None:
    """
    KISSlicer 1.6 writes its style's heights as percentages (negative numbers).

    ``; layer_thickness_mm = -33`` in the style, ``0.25`` under "Actual Slicing Settings As
    Used" (the form of Gobbel2000/gcode_metadata's kisslicer.gcode): the height is the latter.
    """
    data = (FIXTURES / "kisslicer/kisslicer-free-2.0.6-cube.gcode").read_bytes()
    style = data.index(b"; *** Style Settings ***")
    as_used = data.index(b"; *** Actual Slicing Settings As Used ***")
    section = data[style:as_used]
    section = section.replace(
        b"; layer_thickness_mm = 0.25", b"; layer_thickness_mm = -33"
    )
    section = section.replace(
        b"; first_layer_thickness_mm = 0", b"; first_layer_thickness_mm = -50"
    )
    data = data[:style] + section + data[as_used:]
    meta = parse_head_tail(data, b"", file_size=len(data))
    assert meta.raw["layer_thickness_mm"] == "-33"
    assert meta.layer_height == 0.25
    assert meta.first_layer_height == 0.25
