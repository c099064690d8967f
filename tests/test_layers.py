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
