"""The HA-free core never imports Home Assistant (it could be published on PyPI as it is)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

COMPONENT = Path(__file__).resolve().parents[1] / "custom_components" / "print_logger"
CORE_PACKAGES = ("moonraker", "gcode", "store", "tracking", "api")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                # Relative imports may not climb out of the core package into the HA glue.
                assert (
                    node.level == 1
                    or (node.module or "").split(".")[0] in CORE_PACKAGES
                ), (
                    f"{path}: relative import {'.' * node.level}{node.module} leaves the core"
                )
            else:
                names.add(node.module or "")
    return names


@pytest.mark.parametrize("package", CORE_PACKAGES)
def test_core_package_is_home_assistant_free(package: str) -> None:
    """No module of a core package imports homeassistant (directly or via the glue)."""
    root = COMPONENT / package
    if not root.exists():
        pytest.fail(f"core package {package} is missing")
    for path in root.rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith("homeassistant"), f"{path} imports {name}"
            assert not name.startswith("custom_components.print_logger."), (
                f"{path} imports {name}: use a relative import"
            )


# Fields of Moonraker's history entries and file metadata: tracking/history.py maps them onto the
# store's records, so the store never needs them.
MOONRAKER_FIELDS = (
    "start_time",
    "end_time",
    "filament_used",
    "filament_total",
    "filament_weight_total",
    "first_layer_extr_temp",
    "first_layer_bed_temp",
    "layer_count",
    "filament_colors",
)


def test_store_knows_no_moonraker_format() -> None:
    """The store takes its own records: no module of it reads Moonraker's field names."""
    for path in (COMPONENT / "store").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in MOONRAKER_FIELDS:
            assert f'"{name}"' not in text, f"{path} knows Moonraker's {name!r}"
