"""
An operation's websocket command in words (docs/api.md's table), written from its definition.

The fields come from their JSON schemas (choices, list sizes, bounds, which are required), the
result from the operation's result schema, the object schemas named as in docs/openapi.yaml; so the
table says what the validators and the answers do, and cannot drift from them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from .fields import Field
from .model import Operation
from .openapi import RESULT_SCHEMAS

_REF: Final = "#/components/schemas/"
# More choices than this are named by the field alone (the OpenAPI document lists them).
_MAX_CHOICES: Final = 10
NONE: Final = "—"


def _target(schema: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any]]:
    """Return (the name of a referenced schema or None, the schema behind it)."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(_REF):
        name = ref.removeprefix(_REF)
        return name, RESULT_SCHEMAS[name]
    return None, schema


def _is_object(schema: Mapping[str, Any]) -> bool:
    return "properties" in schema or "allOf" in schema


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type", [])
    return [kind] if isinstance(kind, str) else list(kind)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _alternatives(parts: list[str]) -> str:
    return " \\| ".join(dict.fromkeys(parts))


def _value(schema: Mapping[str, Any], *, expand: bool = False) -> str:
    """
    One value of a result in JSON-like words.

    An object schema is named (``Job``) unless ``expand`` (the result's outermost object); scalar
    schemas (``NullableString``) are spelled out.
    """
    name, schema = _target(schema)
    if name and _is_object(schema) and not expand:
        return name
    if "oneOf" in schema:
        return _alternatives([_value(option) for option in schema["oneOf"]])
    if "enum" in schema:
        return "\\|".join(f'"{value}"' for value in schema["enum"])
    if _is_object(schema):
        fields = {
            key: _value(value) for key, value in schema.get("properties", {}).items()
        }
        inner = ", ".join(f'"{key}": {value}' for key, value in fields.items())
        if not fields and isinstance(
            extra := schema.get("additionalProperties"), Mapping
        ):
            inner = f'"…": {_value(extra)}'
        parts = [_value(part) for part in schema.get("allOf", [])]
        if inner or not parts:
            parts.append(f"{{{inner}}}")
        return " + ".join(parts)
    types = _types(schema)
    if "array" in types:
        return f"[{_value(schema.get('items', {}))}…]"
    if "object" in types and "additionalProperties" in schema:
        return f'{{"…": {_value(schema["additionalProperties"])}}}'
    return _alternatives(types) if types else "any"


def result_doc(operation: Operation) -> str:
    """Return the websocket result of ``operation`` in words (Markdown)."""
    websocket = operation.websocket
    if websocket is not None and websocket.result_doc is not None:
        return websocket.result_doc
    if operation.result is None:
        return NONE
    return f"`{_value(operation.result, expand=True)}`"


def _field_notes(item: Field) -> list[str]:
    """Return what a field accepts, from its JSON schema."""
    _name, schema = _target(item.schema)
    notes: list[str] = []
    types = _types(schema)
    if "array" in types:
        size = f", at most {schema['maxItems']}" if "maxItems" in schema else ""
        notes.append(f"list{size}")
        _item_name, schema = _target(schema.get("items", {}))
        types = _types(schema)
    choices = schema.get("enum", ())
    if 0 < len(choices) <= _MAX_CHOICES:
        notes.append("\\|".join(f"`{value}`" for value in choices))
    if "minimum" in schema and "maximum" in schema:
        notes.append(f"{_number(schema['minimum'])}–{_number(schema['maximum'])}")
    if "default" in schema:
        notes.append(f"default `{schema['default']}`")
    if "null" in types:
        notes[-1:] = [f"{notes[-1]} or null" if notes else "or null"]
    return notes


def fields_doc(operation: Operation) -> str:
    """
    Return the websocket fields of ``operation`` in words (Markdown).

    A required field is marked ``*``; the job list's shared filters are named only (docs/api.md
    describes them below the table).
    """
    websocket = operation.websocket
    if websocket is not None and websocket.fields_doc is not None:
        return websocket.fields_doc
    if not operation.fields:
        return NONE
    parts = []
    for item in operation.fields:
        text = f"`{item.name}`{'\\*' if item.required else ''}"
        notes = [] if item.shared else _field_notes(item)
        parts.append(f"{text} ({', '.join(notes)})" if notes else text)
    return ", ".join(parts)
