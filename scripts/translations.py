"""
Generate translations/en.json from strings.json, resolving Home Assistant's [%key:...%] references.

Run: ``.venv/bin/python scripts/translations.py`` (``--check`` exits 1 when en.json is stale).
"""

from __future__ import annotations

import json
from pathlib import Path
import re
import sys
from typing import Any

import homeassistant

ROOT = Path(__file__).resolve().parents[1]
COMPONENT = ROOT / "custom_components" / "print_logger"
REF = re.compile(r"\[%key:([a-z0-9_:]+)%\]")


def _lookup(tree: dict[str, Any], ha_common: dict[str, Any], key: str) -> str:
    """Resolve one reference: common:: from Home Assistant, anything else from our own strings."""
    parts = key.split("::")
    node: Any = ha_common if parts[0] == "common" else tree
    for part in parts:
        node = node[part]
    if not isinstance(node, str):
        raise TypeError(f"{key} is not a string")
    return node


def _resolve(node: Any, tree: dict[str, Any], ha_common: dict[str, Any]) -> Any:
    """Resolve every reference in a strings tree."""
    if isinstance(node, dict):
        return {k: _resolve(v, tree, ha_common) for k, v in node.items()}
    if isinstance(node, str):
        return REF.sub(lambda m: _lookup(tree, ha_common, m.group(1)), node)
    return node


def build() -> str:
    """Return the content en.json must have."""
    strings = json.loads((COMPONENT / "strings.json").read_text(encoding="utf-8"))
    ha_strings = json.loads(
        (Path(homeassistant.__file__).parent / "strings.json").read_text(
            encoding="utf-8"
        )
    )
    return (
        json.dumps(_resolve(strings, strings, ha_strings), indent=2, ensure_ascii=False)
        + "\n"
    )


def main() -> int:
    """Write (or with --check, verify) translations/en.json."""
    target = COMPONENT / "translations" / "en.json"
    content = build()
    if "--check" in sys.argv:
        if not target.exists() or target.read_text(encoding="utf-8") != content:
            print("translations/en.json is stale: run scripts/translations.py")
            return 1
        return 0
    target.parent.mkdir(exist_ok=True)
    target.write_text(content, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
