"""Moonraker's history entries and file metadata in the store's terms (tracking/history.py)."""

from __future__ import annotations

from custom_components.print_logger.store.models import DETAIL_KINDS
from custom_components.print_logger.tracking.history import (
    details_from_moonraker_metadata,
)
from tests.store.common import T0, history_entry


def test_details_from_moonraker_metadata() -> None:
    """Moonraker's file metadata becomes the contract's dict: every key, its types, None when unknown."""
    metadata = history_entry("1", "x.gcode", T0)["metadata"] | {
        "filament_colors": ["#FF0000", "#00FF00"],
        "layer_count": 60.0,
        "thumbnails": [{"width": 32, "height": 32, "relative_path": ".thumbs/x.png"}],
        "object_height": "tall",
    }
    details = details_from_moonraker_metadata(metadata)
    assert set(details) == set(DETAIL_KINDS)
    assert details["slicer"] == "PrusaSlicer"
    assert details["estimated_time"] == 3500.0
    assert details["nozzle_temp_first_layer"] == 215.0
    assert details["bed_temp_first_layer"] == 60.0
    assert details["filament_used_mm"] == 2400.0
    assert details["filament_used_g"] == 7.2
    assert details["filament_colour"] == "#FF0000;#00FF00"
    assert details["total_layers"] == 60
    assert details["object_height"] is None
    assert details["thumbnail"] is None
    assert details_from_moonraker_metadata({}) == dict.fromkeys(DETAIL_KINDS)


def test_details_from_moonraker_metadata_zero_where_zero_is_impossible() -> None:
    """The parser's rule on Moonraker's metadata: an impossible 0 is unknown; a possible 0 stays."""
    metadata = {
        "slicer": "OrcaSlicer",
        "layer_height": 0,
        "first_layer_height": 0.0,
        "nozzle_diameter": 0,
        "first_layer_extr_temp": 0,
        "first_layer_bed_temp": 0,  # an unheated bed
        "filament_total": 1234.5,
        "filament_weight_total": 0,  # from a density of 0
    }
    details = details_from_moonraker_metadata(metadata)
    assert details["layer_height"] is None
    assert details["first_layer_height"] is None
    assert details["nozzle_diameter"] is None
    assert details["nozzle_temp_first_layer"] is None
    assert details["filament_used_g"] is None
    assert details["bed_temp_first_layer"] == 0
    assert details["filament_used_mm"] == 1234.5
