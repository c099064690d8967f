"""``.gcode.3mf`` and PrusaSlicer binary ``.bgcode`` files.

One real ``.bgcode`` is a fixture (PrusaSlicer 2.9.4, ``prusaslicer/*.bgcode``, SOURCES.md). The
other containers are built here around real content: the Bambu Studio plate G-code that came out
of fdm-monster's ``bambu.gcode.3mf``, and the PrusaSlicer 2.8.1 sample whose ``.bgcode`` twin is in
libbgcode's tests (blocks laid out as libbgcode ``doc/specifications.md`` specifies), so that the
cases a real file does not show (a cut head, heatshrink metadata, huge previews) are covered.
"""

from __future__ import annotations

import base64
from pathlib import Path
import random
import re
import struct
import zipfile
import zlib

import pytest

from custom_components.print_logger.gcode import (
    HEAD_BYTES,
    TAIL_BYTES,
    parse_file,
    parse_head_tail,
)
from custom_components.print_logger.gcode.parser import head_is_cut

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gcode"
PLATE = FIXTURES / "bambu_studio/bambustudio-02.04.00.70-fdm-monster-plate_1.gcode"
PRUSA = FIXTURES / "prusaslicer/prusaslicer-2.8.1-mini-cube-mk4.gcode"
REAL_BGCODE = FIXTURES / "prusaslicer/prusaslicer-2.9.4-shape-box-mk4s-mmu3.bgcode"
PNG = FIXTURES / "orcaslicer/.thumbs/orcaslicer-2.3.1-benchy-thumbnails-300x300.png"

# Bambu Studio's slice_info.config layout, with the values of the plate above
# (; total estimated time: 18m 15s, ; total filament weight [g] : 2.83, 932.21 mm of #00AE42 PLA).
SLICE_INFO = """<?xml version="1.0" encoding="UTF-8"?>
<config>
  <header>
    <header_item key="X-BBL-Client-Type" value="slicer"/>
    <header_item key="X-BBL-Client-Version" value="02.04.00.70"/>
  </header>
  <plate>
    <metadata key="index" value="1"/>
    <metadata key="printer_model_id" value="N1"/>
    <metadata key="nozzle_diameters" value="0.4"/>
    <metadata key="prediction" value="1095"/>
    <metadata key="weight" value="2.83"/>
    <metadata key="support_used" value="false"/>
    <filament id="1" tray_info_idx="GFA00" type="PLA" color="#00AE42" used_m="0.93" used_g="2.83"/>
  </plate>
</config>
"""


def padded_plate(target: int) -> bytes:
    """Return the real plate G-code with realistic moves inserted until ``target`` bytes."""
    data = PLATE.read_bytes()
    # where the sample's toolpath was cut (SOURCES.md): between config block and last layers
    cut = data.index(b"\n", data.index(b"(middle of toolpath omitted)")) + 1
    rng = random.Random(5)
    lines = []
    size = len(data)
    while size < target:
        line = f"G1 X{rng.uniform(10, 170):.3f} Y{rng.uniform(10, 170):.3f} E{rng.uniform(0.01, 0.9):.5f}\n"
        lines.append(line)
        size += len(line)
    return data[:cut] + "".join(lines).encode() + data[cut:]


def make_3mf(
    path: Path, *, plate: bytes, metadata_first: bool = True, stored: bool = False
) -> Path:
    """Write a sliced 3MF (zip) like Bambu Studio's export."""
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", compression=method) as archive:
        archive.writestr("3D/3dmodel.model", "<model/>")
        if metadata_first:
            archive.writestr("Metadata/slice_info.config", SLICE_INFO)
            archive.writestr("Metadata/plate_1.png", PNG.read_bytes())
        archive.writestr("Metadata/plate_1.gcode", plate)
        if not metadata_first:
            archive.writestr("Metadata/slice_info.config", SLICE_INFO)
            archive.writestr("Metadata/plate_1.png", PNG.read_bytes())
    return path


@pytest.mark.parametrize("stored", [False, True])
def test_gcode_3mf(tmp_path: Path, stored: bool) -> None:
    """The plate's facts, the plate PNG as thumbnail, slice_info in raw."""
    path = make_3mf(tmp_path / "job.gcode.3mf", plate=PLATE.read_bytes(), stored=stored)
    meta = parse_file(path)
    plate = parse_file(PLATE)
    assert meta.supported is True
    assert meta.error is None
    expected = plate.facts() | {
        "thumbnail_format": "png",
        "thumbnail_width": 300,
        "thumbnail_height": 300,
    }
    assert meta.facts() == expected
    assert meta.thumbnail == PNG.read_bytes()
    assert meta.raw["slice_info.prediction"] == "1095"
    assert meta.raw["slice_info.filament.1.used_g"] == "2.83"
    assert meta.raw["3mf.plate"] == "1"
    assert meta.file_size == path.stat().st_size


def test_slice_info_fills_what_the_plate_lacks(tmp_path: Path) -> None:
    """A plate without usage lines (Bambu 01.07) gets time, weight and length from slice_info."""
    plate = PLATE.read_bytes()
    plate = re.sub(rb"; (model printing time|total filament \w+ \[).*\n", b"", plate)
    meta = parse_file(make_3mf(tmp_path / "a.gcode.3mf", plate=plate))
    assert meta.estimated_time == 1095
    assert meta.filament_used_g == pytest.approx(2.83)
    assert meta.filament_used_mm == pytest.approx(930)


@pytest.mark.parametrize("metadata_first", [True, False])
def test_gcode_3mf_from_head_and_tail_windows(
    tmp_path: Path, metadata_first: bool
) -> None:
    """A 6 MB plate: the windows hold the zip directory (tail) and the plate's start (head)."""
    path = make_3mf(
        tmp_path / "big.gcode.3mf",
        plate=padded_plate(6_000_000),
        metadata_first=metadata_first,
    )
    data = path.read_bytes()
    assert len(data) > 2 * (HEAD_BYTES + TAIL_BYTES)
    windowed = parse_head_tail(
        data[:HEAD_BYTES], data[-TAIL_BYTES:], file_size=len(data)
    )
    whole = parse_file(path)
    assert windowed.supported is True
    # Bambu Studio writes everything at the top of the plate: the head of the plate suffices.
    # slice_info and the PNG are in the head window (metadata_first) or right after the
    # plate, inside the tail window.
    assert windowed.facts() == whole.facts()
    assert windowed.nozzle_temp == 220
    assert windowed.thumbnail == PNG.read_bytes()


def test_project_3mf_is_not_gcode(tmp_path: Path) -> None:
    """A 3MF project (no sliced plate) is reported as unsupported, with the reason."""
    path = tmp_path / "project.3mf"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("3D/3dmodel.model", "<model/>")
        archive.writestr("Metadata/project_settings.config", "{}")
    meta = parse_file(path)
    assert meta.supported is False
    assert meta.error is not None
    assert "plate_N.gcode" in meta.error


def test_cut_zip(tmp_path: Path) -> None:
    """A zip cut short (no directory) gives a clear unsupported result."""
    data = make_3mf(tmp_path / "job.gcode.3mf", plate=PLATE.read_bytes()).read_bytes()
    cut = data[: len(data) // 2]
    (tmp_path / "cut.gcode.3mf").write_bytes(cut)
    for meta in (
        parse_file(tmp_path / "cut.gcode.3mf"),
        parse_head_tail(cut, b"", file_size=len(cut)),
        parse_head_tail(data[:1000], b"", file_size=None),
    ):
        assert meta.supported is False
        assert meta.error is not None
        assert "directory" in meta.error


# --- binary G-code ----------------------------------------------------------------------------


def _block(block_type: int, params: bytes, payload: bytes, compression: int) -> bytes:
    if compression == 1:
        data = zlib.compress(payload)
        header = struct.pack("<HHII", block_type, compression, len(payload), len(data))
    elif compression == 3:
        data = payload  # not really heatshrink: the parser must not try to read it
        header = struct.pack(
            "<HHII", block_type, compression, len(payload) * 2, len(data)
        )
    else:
        data = payload
        header = struct.pack("<HHI", block_type, compression, len(payload))
    return (
        header + params + data + struct.pack("<I", zlib.crc32(header + params + data))
    )


def _ini(pairs: list[tuple[str, str]]) -> bytes:
    return "".join(f"{key}={value}\n" for key, value in pairs).encode()


def prusa_bgcode(*, metadata_compression: int = 1) -> bytes:
    """Return the PrusaSlicer 2.8.1 sample as binary G-code blocks."""
    return b"".join(prusa_bgcode_blocks(metadata_compression=metadata_compression))


def prusa_bgcode_blocks(*, metadata_compression: int = 1) -> list[bytes]:
    """Return the file header and blocks of the PrusaSlicer 2.8.1 sample as binary G-code."""
    text = PRUSA.read_text(encoding="utf-8")
    head = text.partition("; thumbnail_QOI begin")[0]
    printer = [
        (m.group(1), m.group(2))
        for m in re.finditer(r"^; ([a-z_]+) = (.*)$", head, re.MULTILINE)
    ]
    summary_text = text[
        text.rindex("M73 Q100 S0") : text.index("; prusaslicer_config = begin")
    ]
    summary = [
        (m.group(1), m.group(2))
        for m in re.finditer(r"^; ([a-z][^=\n]*?) = (.*)$", summary_text, re.MULTILINE)
    ]
    config_text = text[text.index("; prusaslicer_config = begin") :]
    config = [
        (m.group(1), m.group(2))
        for m in re.finditer(r"^; (\w+) = (.*)$", config_text, re.MULTILINE)
    ]
    thumbs = []
    for match in re.finditer(
        r"; thumbnail_QOI begin (\d+)x(\d+) \d+\n(.*?); thumbnail_QOI end",
        text,
        re.DOTALL,
    ):
        data = base64.b64decode(re.sub(r"[;\s]", "", match.group(3)))
        params = struct.pack("<HHH", 2, int(match.group(1)), int(match.group(2)))
        thumbs.append(_block(5, params, data, 0))
    encoding = struct.pack("<H", 0)
    return [
        b"GCDE" + struct.pack("<IH", 1, 1),
        _block(0, encoding, _ini([("Producer", "PrusaSlicer 2.8.1")]), 0),
        _block(3, encoding, _ini(printer), metadata_compression),
        *thumbs,
        _block(4, encoding, _ini(summary), metadata_compression),
        _block(2, encoding, _ini(config), metadata_compression),
        _block(1, struct.pack("<H", 2), bytes(range(256)) * 64, 3),
    ]


def test_bgcode(tmp_path: Path) -> None:
    """The binary file gives the facts of its ASCII twin (the toolpath is not read)."""
    path = tmp_path / "mini_cube.bgcode"
    path.write_bytes(prusa_bgcode())
    meta = parse_file(path)
    ascii_facts = parse_file(PRUSA).facts()
    assert meta.supported is True
    assert meta.error is None
    assert meta.facts() == ascii_facts
    assert meta.thumbnail == parse_file(PRUSA).thumbnail
    assert meta.raw["Producer"] == "PrusaSlicer 2.8.1"


def _bgcode_blocks(data: bytes) -> list[tuple[int, bytes, bytes, int]]:
    """
    Return the (type, parameters, payload, offset) of each block of a ``.bgcode``, read independently.

    libbgcode's layout: a 10-byte file header (``GCDE``, version, checksum type), then blocks of
    type, compression and sizes, parameters (6 bytes for a thumbnail, 2 otherwise), the payload
    (deflated when compression is 1) and a CRC32. Only what this test needs: no heatshrink.
    """
    magic, _version, checksum = struct.unpack_from("<4sIH", data, 0)
    assert magic == b"GCDE"
    blocks = []
    offset = 10
    while offset < len(data):
        kind, compression, size = struct.unpack_from("<HHI", data, offset)
        header = 8
        stored = size
        if compression:
            (stored,) = struct.unpack_from("<I", data, offset + 8)
            header = 12
        params = 6 if kind == 5 else 2
        start = offset + header + params
        payload = data[start : start + stored]
        if compression == 1:
            payload = zlib.decompress(payload)
        elif compression:
            payload = b""  # G-code (heatshrink / MeatPack): not needed here
        blocks.append((kind, data[offset + header : start], payload, offset))
        offset = start + stored + (4 if checksum else 0)
    return blocks


def test_real_prusaslicer_bgcode() -> None:
    """
    A real PrusaSlicer 2.9.4 ``.bgcode`` (MK4S with MMU3): the facts its own metadata blocks state.

    The expected values are read from the file's metadata blocks here (file, printer, print and
    slicer metadata, each ``key=value`` a line), not from the parser's output.
    """
    data = REAL_BGCODE.read_bytes()
    blocks = _bgcode_blocks(data)
    text: dict[str, str] = {}
    for kind, _params, payload, _offset in blocks:
        if kind in (0, 2, 3, 4):  # file, slicer, printer, print metadata
            for line in payload.decode().splitlines():
                key, _, value = line.partition("=")
                text.setdefault(key, value)
    assert text["Producer"] == "PrusaSlicer 2.9.4"
    assert text["printer_model"] == "MK4ISMMU3"
    assert text["max_layer_z"] == "25.00"
    assert text["layer_height"] == "0.2"
    assert text["nozzle_diameter"] == "0.4,0.4,0.4,0.4,0.4"
    assert text["filament_type"] == "PLA;PLA;PLA;PLA;PLA"
    assert text["filament_colour"] == "#FF8000;#FF8000;#FF8000;#FF8000;#FF8000"
    assert text["filament used [mm]"] == "2067.90, 0.00, 0.00, 0.00, 0.00"
    assert text["filament used [g]"] == "6.17, 0.00, 0.00, 0.00, 0.00"
    assert text["estimated printing time (normal mode)"] == "19m 58s"
    assert text["temperature"] == "220,220,220,220,220"
    assert text["bed_temperature"] == "60,60,60,60,60"
    assert text["fill_density"] == "15%"
    assert text["print_settings_id"] == "0.20mm SPEED @MK4IS 0.4"
    # Four previews: QOI 16x16, 313x173 and 480x240, PNG 380x285 (format, width, height).
    previews = {
        struct.unpack("<HHH", params): payload
        for kind, params, payload, _offset in blocks
        if kind == 5
    }
    assert set(previews) == {(2, 16, 16), (2, 313, 173), (2, 480, 240), (0, 380, 285)}

    meta = parse_file(REAL_BGCODE)
    assert meta.supported is True
    assert meta.error is None
    assert (meta.slicer, meta.slicer_version) == ("PrusaSlicer", "2.9.4")
    assert meta.printer_model == "MK4ISMMU3"
    assert meta.object_height == 25.0
    assert meta.layer_height == 0.2
    assert meta.nozzle_diameter == 0.4
    assert meta.estimated_time == 19 * 60 + 58
    assert meta.filament_type == "PLA"
    assert meta.filament_colour == "#FF8000"
    assert meta.filament_used_mm == 2067.9
    assert meta.filament_used_g == 6.17
    assert meta.nozzle_temp == 220.0
    assert meta.bed_temp == 60.0
    assert meta.infill_density == 15.0
    assert meta.print_profile == "0.20mm SPEED @MK4IS 0.4"
    # Five extruders (the MMU3's), only the first one used.
    assert meta.extruders["filament_used_mm"] == [2067.9, 0.0, 0.0, 0.0, 0.0]
    # The largest preview, as it is in the file.
    assert (meta.thumbnail_format, meta.thumbnail_width, meta.thumbnail_height) == (
        "qoi",
        480,
        240,
    )
    assert meta.thumbnail == previews[(2, 480, 240)]
    # Every metadata block precedes the G-code: the bytes before the first G-code block are enough.
    first_gcode = next(
        offset for kind, _params, _payload, offset in blocks if kind == 1
    )
    assert (first_gcode, len(data)) == (91666, 122898)
    head = parse_head_tail(data[:first_gcode], b"", file_size=len(data))
    assert head.facts() == meta.facts()


def test_bgcode_head_window_is_enough() -> None:
    """All metadata blocks come first: the head window alone gives every fact."""
    data = prusa_bgcode()
    meta = parse_head_tail(data[:40000], b"", file_size=len(data) * 1000)
    assert meta.facts() == parse_file(PRUSA).facts()


def test_bgcode_cut_inside_metadata() -> None:
    """A head that ends inside a block keeps what came before and says what is missing."""
    blocks = prusa_bgcode_blocks()
    data = b"".join(blocks)
    cut = len(b"".join(blocks[:-2]))  # where the slicer metadata block starts
    meta = parse_head_tail(data[: cut + 30], b"", file_size=len(data))
    assert meta.supported is True
    assert meta.printer_model == "MK4S"  # printer metadata block
    assert meta.estimated_time == 221  # print metadata block
    assert meta.error == "metadata continues past the bytes read"


def test_bgcode_with_heatshrink_metadata_is_unsupported() -> None:
    """Heatshrink-compressed metadata cannot be read: a clear "unsupported" result."""
    data = prusa_bgcode(metadata_compression=3)
    meta = parse_head_tail(data, b"", file_size=len(data))
    # the file metadata block is uncompressed, the rest is not readable
    assert meta.slicer == "PrusaSlicer"
    assert meta.slicer_version == "2.8.1"
    assert meta.error is not None
    assert "compression 3 is not supported" in meta.error
    only_heatshrink = (
        b"GCDE"
        + struct.pack("<IH", 1, 0)
        + _block(3, struct.pack("<H", 0), b"printer_model=MK4S\n", 3)[:-4]
    )
    unsupported = parse_head_tail(only_heatshrink, b"")
    assert unsupported.supported is False
    assert unsupported.error is not None
    assert unsupported.error.startswith("binary G-code (.bgcode, version 1)")


def noise_png(width: int, height: int, *, seed: int = 7) -> bytes:
    """Return an RGB PNG of random pixels: it does not compress, so it is about 3 x w x h bytes."""
    rng = random.Random(seed)
    rows = b"".join(b"\0" + rng.randbytes(width * 3) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 0))
        + chunk(b"IEND", b"")
    )


def big_preview_bgcode_blocks(*, gcode_blocks: int = 1) -> list[bytes]:
    """
    Return the PrusaSlicer 2.8.1 sample as binary G-code with a 320x320 PNG preview (~300 KB).

    PrusaSlicer writes the previews between the printer and the print metadata blocks: this one
    pushes the print and slicer metadata (and the first G-code block) past ``HEAD_BYTES``.
    ``gcode_blocks`` repeats the G-code block to make the file bigger.
    """
    blocks = prusa_bgcode_blocks()
    preview = _block(5, struct.pack("<HHH", 0, 320, 320), noise_png(320, 320), 0)
    *metadata, gcode = blocks
    printer_end = 3  # file header, file metadata, printer metadata
    return [
        *metadata[:printer_end],
        preview,
        *metadata[printer_end:],
        *[gcode] * gcode_blocks,
    ]


def test_bgcode_head_is_cut_until_the_first_gcode_block() -> None:
    """Every head that ends before the first G-code block's header is cut; then none is."""
    blocks = big_preview_bgcode_blocks()
    data = b"".join(blocks)
    gcode_start = len(b"".join(blocks[:-1]))
    assert gcode_start > HEAD_BYTES
    assert head_is_cut(data[:HEAD_BYTES])
    boundaries = [len(b"".join(blocks[:n])) for n in range(1, len(blocks))]
    for end in [4, 9, 10, 11, 100, *boundaries, gcode_start - 1, gcode_start + 11]:
        assert head_is_cut(data[:end]), end
    # the G-code block is compressed: its header is 12 bytes
    assert not head_is_cut(data[: gcode_start + 12])
    assert not head_is_cut(data)
    # the sample without the big preview: cut inside the slicer block, then whole
    small = prusa_bgcode_blocks()
    small_data = b"".join(small)
    slicer_start = len(b"".join(small[:-2]))
    assert head_is_cut(small_data[: slicer_start + 30])
    assert not head_is_cut(small_data)


def test_bgcode_head_window_with_big_preview() -> None:
    """The fixed head window loses the metadata; the head that ``head_is_cut`` asks for has it."""
    blocks = big_preview_bgcode_blocks(gcode_blocks=64)
    data = b"".join(blocks)
    whole = parse_head_tail(data, b"", file_size=len(data))
    assert whole.error is None
    assert whole.estimated_time == 221
    assert whole.thumbnail_width == 320
    window = parse_head_tail(data[:HEAD_BYTES], b"", file_size=len(data))
    assert window.estimated_time is None
    assert window.error == "metadata continues past the bytes read"
    gcode_start = len(b"".join(blocks[:-64]))
    head = parse_head_tail(data[: gcode_start + 12], b"", file_size=len(data))
    assert head.facts() == whole.facts()


@pytest.mark.parametrize("gcode_blocks", [1, 64])
def test_bgcode_file_with_big_preview(tmp_path: Path, gcode_blocks: int) -> None:
    """
    ``parse_file`` reads the head further while it is cut; the tail does not stand in for it.

    With one G-code block the file (~350 KB) is smaller than head and tail windows together.
    """
    data = b"".join(big_preview_bgcode_blocks(gcode_blocks=gcode_blocks))
    assert len(data) > HEAD_BYTES
    if gcode_blocks == 1:
        assert len(data) < HEAD_BYTES + TAIL_BYTES
    path = tmp_path / "big_preview.bgcode"
    path.write_bytes(data)
    meta = parse_file(path)
    assert meta.error is None
    assert meta.estimated_time == 221
    assert meta.facts() == parse_head_tail(data, b"", file_size=len(data)).facts()
