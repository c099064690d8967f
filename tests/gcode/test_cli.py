"""``python -m custom_components.print_logger.gcode FILE...``: one JSON object per file."""

from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys

import pytest

from custom_components.print_logger.gcode import DETAIL_KEYS
from custom_components.print_logger.gcode.__main__ import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gcode"
ROOT = Path(__file__).resolve().parents[2]
ORCA = FIXTURES / "orcaslicer/orcaslicer-2.3.1-benchy-thumbnails.gcode"
CURA = FIXTURES / "cura/cura-5.9.1-marlin-example.gcode"


def test_one_line_per_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status = main([str(ORCA), str(CURA), "--thumbnails", str(tmp_path)])
    lines = capsys.readouterr().out.splitlines()
    assert status == 0
    assert len(lines) == 2
    orca, cura = (json.loads(line) for line in lines)
    assert orca["slicer"] == "OrcaSlicer"
    assert orca["slicer_version"] == "2.3.1"
    assert orca["estimated_time"] == 6254
    assert orca["thumbnail"] == 12978  # bytes; the image itself goes to --thumbnails
    assert Path(orca["thumbnail_file"]).read_bytes()[:4] == b"\x89PNG"
    assert "raw" not in orca
    assert set(DETAIL_KEYS) - {"raw"} <= set(orca)
    assert cura["slicer"] == "Cura"
    assert cura["total_layers"] == 25


def test_raw_and_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status = main([str(ORCA), str(tmp_path / "missing.gcode"), "--raw"])
    orca, missing = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert status == 1
    assert orca["raw"]["sparse_infill_pattern"] == "crosshatch"
    assert missing["supported"] is False
    assert "No such file" in missing["error"]


def test_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "custom_components.print_logger.gcode", str(CURA)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert json.loads(result.stdout)["printer_model"] == "Creality K1 Max"


def test_cli_imports_neither_home_assistant_nor_aiohttp() -> None:
    """The tool starts without Home Assistant or aiohttp (3.6 s of imports, for nothing)."""
    probe = (
        "import runpy, sys\n"
        "sys.argv = ['gcode', sys.argv[1]]\n"
        "try:\n"
        "    runpy.run_module('custom_components.print_logger.gcode', run_name='__main__')\n"
        "except SystemExit as err:\n"
        "    assert err.code == 0, err.code\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'homeassistant', 'aiohttp'})\n"
        "print(heavy, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(CURA)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert json.loads(result.stdout)["slicer"] == "Cura"
    assert result.stderr.strip() == "[]"


def test_package_still_offers_the_fetching_names() -> None:
    """``fetch_head_tail`` and its errors are imported on first use, from ``remote``."""
    from custom_components.print_logger import gcode
    from custom_components.print_logger.gcode import remote

    assert gcode.fetch_head_tail is remote.fetch_head_tail
    assert gcode.GcodeFetchError is remote.GcodeFetchError
    with pytest.raises(AttributeError):
        _ = gcode.no_such_name


def test_integration_entry_points_without_home_assistant_loaded() -> None:
    """
    Imported without Home Assistant, the package still gives HA's entry points on first use.

    (Home Assistant's own loader imports the package with HA loaded: they are imported eagerly
    then, ``tests/test_init.py``.) A name HA probes for but the integration lacks stays missing.
    """
    probe = (
        "import sys\n"
        "import custom_components.print_logger as integration\n"
        "assert 'homeassistant' not in sys.modules\n"
        "entry = integration.async_setup_entry\n"
        "assert entry.__module__ == 'custom_components.print_logger.lifecycle', entry\n"
        "assert integration.CONFIG_SCHEMA is not None\n"
        "assert not hasattr(integration, 'async_migrate_entry')\n"
        "assert not hasattr(integration, 'setup')\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
