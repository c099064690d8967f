"""
Generate translations/en.json from strings.json, resolving Home Assistant's [%key:...%] references.

Run: ``.venv/bin/python scripts/translations.py`` (``--check`` exits 1 when en.json is stale, or when
another language's file lacks a key of en.json, has one en.json does not, or changes a key's placeholders).
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
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


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


def _flatten(node: Any, prefix: str = "") -> dict[str, Any]:
    """Return every leaf of a translations tree by its ``a::b::c`` key."""
    if not isinstance(node, dict):
        return {prefix: node}
    leaves: dict[str, Any] = {}
    for key, value in node.items():
        leaves.update(_flatten(value, f"{prefix}::{key}" if prefix else key))
    return leaves


def _placeholders(names: list[str]) -> str:
    """Name a text's placeholders for a message."""
    return " ".join(f"{{{name}}}" for name in names) or "no placeholder"


def compare(english: dict[str, Any], other: dict[str, Any], name: str) -> list[str]:
    """Return one line per difference of a language's file from en.json (empty when it matches)."""
    reference, translated = _flatten(english), _flatten(other)
    problems = [
        f"{name}: missing key {key}" for key in reference if key not in translated
    ]
    problems += [
        f"{name}: key {key} is not in en.json"
        for key in translated
        if key not in reference
    ]
    for key, text in reference.items():
        if key not in translated:
            continue
        value = translated[key]
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{name}: {key} is not a text")
            continue
        expected = sorted(PLACEHOLDER.findall(text))
        found = sorted(PLACEHOLDER.findall(value))
        if found != expected:
            problems.append(
                f"{name}: {key} uses {_placeholders(found)}"
                f" where en.json uses {_placeholders(expected)}"
            )
        if REF.search(value):
            problems.append(f"{name}: {key} keeps an unresolved [%key:...%] reference")
    return problems


def check_languages(directory: Path) -> list[str]:
    """Compare every translations/<language>.json of a directory with its en.json."""
    english = json.loads((directory / "en.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    for path in sorted(directory.glob("*.json")):
        if path.name == "en.json":
            continue
        try:
            other = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as err:
            problems.append(f"{path.name}: not valid JSON ({err})")
            continue
        problems += compare(english, other, path.name)
    return problems


def main() -> int:
    """Write (or with --check, verify) translations/en.json."""
    target = COMPONENT / "translations" / "en.json"
    content = build()
    if "--check" in sys.argv:
        if not target.exists() or target.read_text(encoding="utf-8") != content:
            print("translations/en.json is stale: run scripts/translations.py")
            return 1
        problems = check_languages(target.parent)
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    target.parent.mkdir(exist_ok=True)
    target.write_text(content, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
