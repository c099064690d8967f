"""
Validate the integration's packaging the way hassfest and the HACS action do.

    .venv/bin/python scripts/validate.py [REPO_ROOT]

Neither tool can be installed here (hassfest lives in Home Assistant core's source tree, the HACS
action in a container), so this script applies their published rules:

- ``manifest.json``: hassfest's manifest schema for custom integrations (keys, types, URLs, the
  version, key order), requirements in pip's format, the components the code imports declared as
  dependencies, every third-party package the code imports declared in ``requirements`` unless
  Home Assistant itself requires it, and ``loggers`` naming third-party loggers only; HACS's
  integration manifest rules (documentation, issue tracker, codeowners, version).
- ``hacs.json``: HACS's schema (no unknown keys), a valid minimum Home Assistant version, and a
  single integration under ``custom_components``.
- ``services.yaml``: Home Assistant's own services schema (selectors validated by Home Assistant),
  every action registered by the code described, every action and field named and described in
  ``strings.json``, and an icon for every action in ``icons.json``.
- ``strings.json``: hassfest's translation schema for an integration (sections, keys in lower
  snake case, no HTML, no leading or trailing spaces, no quoted placeholders, whole-string
  references only).
- ``icons.json``: Material Design icons only, entity icons for existing translation keys, and an
  icon for every entity translation key whose entity has no device class to take one from.
- ``brand/``: the eight images of Home Assistant's brands rules (PNG, RGBA with a transparent
  background, icons 256×256 and 512×512, logos with a shortest side of 128–256 px, every @2x image
  exactly twice its 1x image, trimmed).
- ``quality_scale.yaml``: every rule of the Integration Quality Scale (Bronze to Platinum) with a
  valid status, a comment for every ``exempt`` and ``todo``, and hassfest's checks of the rules
  that have one when they are marked ``done``.

Prints every problem as ``file: message`` and exits 1 if there is any.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from functools import cache
import importlib.metadata
import json
from pathlib import Path
import re
import sys
from typing import Any

from awesomeversion import AwesomeVersion, AwesomeVersionStrategy

# Home Assistant first: from 2026.10 on it installs probatio as voluptuous when it is imported.
import homeassistant.components  # isort: skip
from homeassistant.helpers import service as ha_service  # isort: skip
from PIL import Image
import voluptuous as vol
from voluptuous.humanize import humanize_error
import yaml

REPO_ROOT = Path(__file__).resolve().parents[1]
DOMAIN = "print_logger"

Errors = list[str]

# ---------------------------------------------------------------------------------------- manifest
IOT_CLASSES = (
    "assumed_state",
    "calculated",
    "cloud_polling",
    "cloud_push",
    "local_polling",
    "local_push",
)
INTEGRATION_TYPES = (
    "device",
    "entity",
    "hardware",
    "helper",
    "hub",
    "service",
    "system",
    "virtual",
)
_DOMAIN_RE = re.compile(r"^[a-z0-9_]+$")
# hassfest's PACKAGE_REGEX: a name, an optional operator and a version.
_PACKAGE_RE = re.compile(
    r"^(?:--.+\s)?([-_,\.\w\d\[\]]+)(==|>=|<=|~=|!=|<|>|===)*(.*)$"
)


def _https_url(value: Any) -> str:
    if not isinstance(value, str) or not re.match(
        r"^https://[^\s/$.?#].[^\s]*$", value
    ):
        raise vol.Invalid("must be an https:// URL")
    return value


def _version(value: Any) -> str:
    """Hassfest's custom integration version check: a version AwesomeVersion understands."""
    if not isinstance(value, str) or not value:
        raise vol.Invalid("must be a version string")
    strategies = {
        AwesomeVersionStrategy.CALVER,
        AwesomeVersionStrategy.SEMVER,
        AwesomeVersionStrategy.SIMPLEVER,
        AwesomeVersionStrategy.BUILDVER,
        AwesomeVersionStrategy.PEP440,
    }
    if AwesomeVersion(value).strategy not in strategies:
        raise vol.Invalid(
            f"'{value}' is not a valid version (CalVer, SemVer, SimpleVer, PEP 440)"
        )
    return value


def _domain(value: Any) -> str:
    if not isinstance(value, str) or not _DOMAIN_RE.match(value):
        raise vol.Invalid(
            f"'{value}' is not a valid domain (lower case letters, digits, _)"
        )
    return value


def _codeowner(value: Any) -> str:
    if not isinstance(value, str) or not value.startswith("@"):
        raise vol.Invalid(
            f"code owner '{value}' must be a GitHub user or team starting with @"
        )
    return value


def _zeroconf_type(value: Any) -> str:
    if not isinstance(value, str) or not value.endswith(".local."):
        raise vol.Invalid(f"zeroconf type '{value}' must end with '.local.'")
    return value


MANIFEST_SCHEMA = vol.Schema(
    {
        vol.Required("domain"): _domain,
        vol.Required("name"): vol.All(str, vol.Length(min=1)),
        vol.Optional("integration_type", default="hub"): vol.In(INTEGRATION_TYPES),
        vol.Optional("config_flow"): bool,
        vol.Optional("single_config_entry"): bool,
        vol.Optional("zeroconf"): [
            vol.Any(
                _zeroconf_type,
                vol.Schema(
                    {
                        vol.Required("type"): _zeroconf_type,
                        vol.Optional("name"): str,
                        vol.Optional("properties"): {str: str},
                    }
                ),
            )
        ],
        vol.Optional("ssdp"): [{str: str}],
        vol.Optional("dhcp"): [dict],
        vol.Optional("usb"): [dict],
        vol.Optional("bluetooth"): [dict],
        vol.Optional("homekit"): dict,
        vol.Optional("mqtt"): [str],
        vol.Required("documentation"): _https_url,
        vol.Required("issue_tracker"): _https_url,
        vol.Optional("quality_scale"): vol.In(
            ("bronze", "silver", "gold", "platinum", "internal", "legacy")
        ),
        vol.Optional("requirements"): [str],
        vol.Optional("dependencies"): [_domain],
        vol.Optional("after_dependencies"): [_domain],
        vol.Required("codeowners"): [_codeowner],
        vol.Optional("loggers"): [str],
        vol.Optional("disabled"): str,
        vol.Required("iot_class"): vol.In(IOT_CLASSES),
        vol.Optional("import_executor"): bool,
        vol.Required("version"): _version,
    },
    extra=vol.PREVENT_EXTRA,
)


def _load_json(path: Path, errors: Errors) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        errors.append(f"{path.name}: missing")
    except ValueError as err:
        errors.append(f"{path.name}: not valid JSON ({err})")
    return None


def _load_yaml(path: Path, errors: Errors) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        errors.append(f"{path.name}: missing")
    except yaml.YAMLError as err:
        errors.append(f"{path.name}: not valid YAML ({err})")
    return None


def _python_files(integration: Path) -> Iterator[Path]:
    yield from sorted(
        p for p in integration.rglob("*.py") if "__pycache__" not in p.parts
    )


def _nodes(path: Path) -> tuple[ast.AST, ...]:
    """Return every node of a Python file (each distinct source is parsed once)."""
    return _parse(path.read_text(encoding="utf-8"))


@cache
def _parse(source: str) -> tuple[ast.AST, ...]:
    return tuple(ast.walk(ast.parse(source)))


def _imports(integration: Path) -> Iterator[tuple[Path, str]]:
    """Yield (file, absolute module name) for every import of the integration's code."""
    for path in _python_files(integration):
        for node in _nodes(path):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                yield path, node.module
                if node.module == "homeassistant.components":
                    for alias in node.names:
                        yield path, f"homeassistant.components.{alias.name}"


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str | None:
    match = _PACKAGE_RE.match(requirement)
    return _normalise(match.group(1).split("[")[0]) if match else None


@cache
def _distributions() -> dict[str, list[str]]:
    return importlib.metadata.packages_distributions()


@cache
def _ha_requirements() -> frozenset[str]:
    """Return the normalised names of the packages Home Assistant itself requires."""
    names = set()
    for req in importlib.metadata.requires("homeassistant") or []:
        if "extra ==" not in req and (
            name := _requirement_name(req.split(";")[0].strip())
        ):
            names.add(name)
    return frozenset(names)


@cache
def _ha_components() -> set[str]:
    root = Path(next(iter(homeassistant.components.__path__)))
    return {p.parent.name for p in root.glob("*/manifest.json")}


# Components any integration may import without declaring them (hassfest's ALLOWED_USED_COMPONENTS:
# the entity platforms and helpers every installation loads).
ALLOWED_USED_COMPONENTS = {
    "alert",
    "automation",
    "binary_sensor",
    "button",
    "calendar",
    "camera",
    "climate",
    "conversation",
    "cover",
    "device_automation",
    "device_tracker",
    "diagnostics",
    "event",
    "fan",
    "frontend",
    "group",
    "hassio",
    "homeassistant",
    "image",
    "input_boolean",
    "input_button",
    "input_datetime",
    "input_number",
    "input_select",
    "input_text",
    "light",
    "lock",
    "media_player",
    "media_source",
    "notify",
    "number",
    "onboarding",
    "persistent_notification",
    "person",
    "repairs",
    "scene",
    "script",
    "select",
    "sensor",
    "switch",
    "system_health",
    "system_log",
    "text",
    "time",
    "timer",
    "update",
    "valve",
    "webhook",
    "websocket_api",
    "zone",
}


def check_manifest(integration: Path) -> Errors:
    """Validate manifest.json as hassfest and HACS do."""
    errors: Errors = []
    manifest = _load_json(integration / "manifest.json", errors)
    if manifest is None:
        return errors
    if not isinstance(manifest, dict):
        return ["manifest.json: must be a JSON object"]
    try:
        MANIFEST_SCHEMA(dict(manifest))
    except vol.Invalid as err:
        errors.append(f"manifest.json: {humanize_error(manifest, err)}")
        return errors
    if manifest["domain"] != integration.name:
        errors.append(
            f"manifest.json: domain '{manifest['domain']}' does not match the folder '{integration.name}'"
        )
    keys = list(manifest)
    expected = [
        "domain",
        "name",
        *sorted(k for k in keys if k not in ("domain", "name")),
    ]
    if keys != expected:
        errors.append(
            "manifest.json: keys are not sorted correctly: domain, name, then alphabetical order "
            f"({', '.join(expected)})"
        )
    if manifest.get("config_flow") and not (integration / "config_flow.py").is_file():
        errors.append(
            "manifest.json: config_flow is true but config_flow.py is missing"
        )

    # Requirements: pip's format, no spaces (hassfest's validate_requirements_format).
    declared: set[str] = set()
    for req in manifest.get("requirements", []):
        if " " in req:
            errors.append(f'manifest.json: requirement "{req}" contains a space')
        elif (name := _requirement_name(req)) is None:
            errors.append(
                f'manifest.json: requirement "{req}" does not match the package format'
            )
        else:
            declared.add(name)

    # Components the code imports must be dependencies (hassfest's dependencies check).
    components = _ha_components()
    deps = set(manifest.get("dependencies", [])) | set(
        manifest.get("after_dependencies", [])
    )
    for dep in sorted(deps - components):
        errors.append(
            f"manifest.json: dependency '{dep}' is not a Home Assistant integration"
        )
    ha_requirements = _ha_requirements()
    distributions = _distributions()
    stdlib = set(sys.stdlib_module_names)
    reported: set[str] = set()
    for path, module in _imports(integration):
        top = module.split(".")[0]
        rel = path.relative_to(integration.parent.parent)
        if module.startswith("homeassistant.components."):
            component = module.split(".")[2]
            if (
                component not in deps
                and component not in ALLOWED_USED_COMPONENTS
                and component != manifest["domain"]
                and component not in reported
            ):
                reported.add(component)
                errors.append(
                    f"manifest.json: {rel} uses the component '{component}' but it is not in "
                    "'dependencies' or 'after_dependencies'"
                )
            continue
        if (
            top in stdlib
            or top in ("homeassistant", "custom_components", "__future__")
            or top in reported
        ):
            continue
        dists = {_normalise(d) for d in distributions.get(top, [])}
        if not dists:
            reported.add(top)
            errors.append(
                f"manifest.json: {rel} imports '{top}', which is not installed"
            )
        elif not dists & (declared | ha_requirements):
            reported.add(top)
            errors.append(
                f"manifest.json: {rel} imports '{top}' ({', '.join(sorted(dists))}) but it is neither "
                "in 'requirements' nor required by Home Assistant"
            )

    # Loggers: the third-party packages' loggers, not the integration's own.
    for logger in manifest.get("loggers", []):
        if logger.split(".")[0] in ("custom_components", "homeassistant"):
            errors.append(
                f"manifest.json: loggers must name third-party loggers only, not '{logger}'"
            )
        elif not any(
            logger.split(".")[0] in distributions
            and _normalise(d) in declared | ha_requirements
            for d in distributions.get(logger.split(".")[0], [])
        ):
            errors.append(
                f"manifest.json: logger '{logger}' is not the top-level logger of a package the "
                "integration requires"
            )
    return errors


# ----------------------------------------------------------------------------------------- hacs.json
HACS_SCHEMA = vol.Schema(
    {
        vol.Optional("content_in_root"): bool,
        vol.Optional("country"): vol.Any(str, [str]),
        vol.Optional("filename"): str,
        vol.Optional("hacs"): str,
        vol.Optional("hide_default_branch"): bool,
        vol.Optional("homeassistant"): str,
        vol.Optional("persistent_directory"): str,
        vol.Optional("render_readme"): bool,
        vol.Optional("zip_release"): bool,
        vol.Required("name"): str,
    },
    extra=vol.PREVENT_EXTRA,
)


def check_hacs(root: Path) -> Errors:
    """Validate hacs.json and the repository layout as the HACS action does."""
    errors: Errors = []
    data = _load_json(root / "hacs.json", errors)
    if data is None:
        return errors
    try:
        HACS_SCHEMA(data)
    except vol.Invalid as err:
        return [f"hacs.json: {humanize_error(data, err)}"]
    for key in ("homeassistant", "hacs"):
        if key in data and AwesomeVersion(data[key]).strategy not in (
            AwesomeVersionStrategy.CALVER,
            AwesomeVersionStrategy.SEMVER,
            AwesomeVersionStrategy.SIMPLEVER,
        ):
            errors.append(f"hacs.json: '{key}' is not a version: '{data[key]}'")
    setup = root / "scripts" / "setup"
    oldest = (
        re.search(r"^HA_OLDEST=(\S+)$", setup.read_text(encoding="utf-8"), re.MULTILINE)
        if setup.is_file()
        else None
    )
    if oldest and data.get("homeassistant") != oldest.group(1):
        errors.append(
            f"hacs.json: 'homeassistant' is {data.get('homeassistant')!r} but scripts/setup tests "
            f"{oldest.group(1)} as the oldest supported release (HA_OLDEST)"
        )
    if data.get("zip_release") and not data.get("filename"):
        errors.append("hacs.json: 'filename' is required when 'zip_release' is true")
    if not data.get("content_in_root"):
        folders = [
            p
            for p in (root / "custom_components").glob("*")
            if p.is_dir() and p.name != "__pycache__"
        ]
        if len(folders) != 1:
            errors.append(
                "hacs.json: custom_components/ must hold exactly one integration "
                f"(found {', '.join(sorted(p.name for p in folders)) or 'none'})"
            )
    if not any(
        (root / name).is_file() for name in ("README.md", "readme.md", "info.md")
    ):
        errors.append("hacs.json: the repository has no README.md")
    return errors


# ------------------------------------------------------------------------------ strings and icons
_KEY_RE = re.compile(r"^[a-z0-9-_]+$")
_COMBINED_REFERENCE = re.compile(r"(.+\[%)|(\]%.+)")
_REFERENCE = re.compile(r"^\[%key:[a-z0-9_:.@-]+%\]$")
_QUOTED_PLACEHOLDER = re.compile(r"'{\w+}'")
_HTML = re.compile(r"<[a-z/][^>]*>", re.IGNORECASE)


def _text(value: Any) -> str:
    """Hassfest's translation_value_validator."""
    if not isinstance(value, str) or not value:
        raise vol.Invalid("must be a non-empty string")
    if _HTML.search(value):
        raise vol.Invalid("the string should not contain HTML")
    if _QUOTED_PLACEHOLDER.search(value):
        raise vol.Invalid("the string should not contain single quoted placeholders")
    if _COMBINED_REFERENCE.search(value):
        raise vol.Invalid("the string should not contain combined translations")
    if value.startswith("[%") and not _REFERENCE.match(value):
        raise vol.Invalid(f"invalid reference {value}")
    if value != value.strip():
        raise vol.Invalid("the string should not contain leading or trailing spaces")
    return value


def _key(value: Any) -> str:
    if not isinstance(value, str) or not _KEY_RE.match(value):
        raise vol.Invalid(f"invalid translation key '{value}', need [a-z0-9-_]+")
    return value


_STEP = vol.Schema(
    {
        vol.Optional("title"): _text,
        vol.Optional("description"): _text,
        vol.Optional("data"): {str: _text},
        vol.Optional("data_description"): {str: _text},
        vol.Optional("menu_options"): {str: _text},
        vol.Optional("menu_option_descriptions"): {str: _text},
        vol.Optional("submit"): _text,
        vol.Optional("sections"): {
            str: {
                vol.Optional("name"): _text,
                vol.Optional("description"): _text,
                vol.Optional("data"): {str: _text},
                vol.Optional("data_description"): {str: _text},
            }
        },
    }
)
_FLOW = vol.Schema(
    {
        vol.Optional("flow_title"): _text,
        vol.Optional("title"): _text,
        vol.Optional("step"): {_key: _STEP},
        vol.Optional("error"): {_key: _text},
        vol.Optional("abort"): {_key: _text},
        vol.Optional("progress"): {_key: _text},
        vol.Optional("create_entry"): {_key: _text},
    }
)
STRINGS_SCHEMA = vol.Schema(
    {
        vol.Optional("title"): _text,
        vol.Optional("config"): _FLOW,
        vol.Optional("options"): _FLOW,
        vol.Optional("selector"): {
            _key: {
                vol.Optional("options"): {str: _text},
                vol.Optional("unit_of_measurement"): {str: _text},
            }
        },
        vol.Optional("device_automation"): {
            vol.Optional("action_type"): {_key: _text},
            vol.Optional("condition_type"): {_key: _text},
            vol.Optional("trigger_type"): {_key: _text},
            vol.Optional("trigger_subtype"): {_key: _text},
            vol.Optional("extra_fields"): {_key: _text},
        },
        vol.Optional("device"): {_key: {vol.Required("name"): _text}},
        vol.Optional("entity"): {
            _key: {
                _key: {
                    vol.Optional("name"): _text,
                    vol.Optional("state"): {_key: _text},
                    vol.Optional("state_attributes"): {
                        _key: {
                            vol.Optional("name"): _text,
                            vol.Optional("state"): {_key: _text},
                        }
                    },
                    vol.Optional("unit_of_measurement"): _text,
                }
            }
        },
        vol.Optional("exceptions"): {_key: {vol.Required("message"): _text}},
        vol.Optional("issues"): {
            _key: vol.Any(
                {vol.Required("title"): _text, vol.Required("description"): _text},
                {vol.Required("title"): _text, vol.Required("fix_flow"): _FLOW},
            )
        },
        vol.Optional("services"): {
            _key: {
                vol.Required("name"): _text,
                vol.Required("description"): _text,
                vol.Optional("fields"): {
                    _key: {
                        vol.Required("name"): _text,
                        vol.Required("description"): _text,
                        vol.Optional("example"): _text,
                    }
                },
                vol.Optional("sections"): {
                    _key: {
                        vol.Required("name"): _text,
                        vol.Optional("description"): _text,
                    }
                },
            }
        },
        vol.Optional("system_health"): {vol.Optional("info"): {_key: _text}},
    },
    extra=vol.PREVENT_EXTRA,
)

ICON = vol.All(str, vol.Match(r"^mdi:[a-z0-9-]+$", msg="must be an mdi: icon"))
ICONS_SCHEMA = vol.Schema(
    {
        vol.Optional("entity"): {
            _key: {
                _key: {
                    vol.Optional("default"): ICON,
                    vol.Optional("state"): {_key: ICON},
                    vol.Optional("range"): {vol.Coerce(float): ICON},
                    vol.Optional("state_attributes"): {
                        _key: {
                            vol.Optional("default"): ICON,
                            vol.Optional("state"): {_key: ICON},
                        }
                    },
                }
            }
        },
        vol.Optional("services"): {
            _key: {
                vol.Required("service"): ICON,
                vol.Optional("sections"): {_key: ICON},
            }
        },
    },
    extra=vol.PREVENT_EXTRA,
)


def check_strings(integration: Path) -> Errors:
    """Validate strings.json's structure (hassfest's translations check)."""
    errors: Errors = []
    strings = _load_json(integration / "strings.json", errors)
    if strings is None:
        return errors
    try:
        STRINGS_SCHEMA(strings)
    except vol.Invalid as err:
        errors.append(f"strings.json: {humanize_error(strings, err)}")
    return errors


def _registered_services(integration: Path) -> set[str]:
    """Return the action names the code registers (constants passed to async_register)."""
    constants: dict[str, str] = {}
    calls: list[ast.expr] = []
    for path in _python_files(integration):
        for node in _nodes(path):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(
                node.value, ast.Constant
            ):
                targets = (
                    node.targets if isinstance(node, ast.Assign) else [node.target]
                )
                for target in targets:
                    if isinstance(target, ast.Name) and isinstance(
                        node.value.value, str
                    ):
                        constants[target.id] = node.value.value
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr
                in (
                    "async_register",
                    "async_register_admin_service",
                    "async_register_entity_service",
                )
            ):
                args = (
                    node.args[1:]
                    if node.func.attr != "async_register_entity_service"
                    else node.args
                )
                if node.func.attr == "async_register_admin_service":
                    args = node.args[2:]
                if args:
                    calls.append(args[0])
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Action"
            ):
                # an operation of api/ offered as an action: Action(name="...")
                calls.extend(kw.value for kw in node.keywords if kw.arg == "name")
            if isinstance(node, ast.Tuple | ast.List):
                # async_register in a loop over (SERVICE_NAME, handler, ...) tuples
                calls.extend(
                    elt.elts[0]
                    for elt in node.elts
                    if isinstance(elt, ast.Tuple)
                    and elt.elts
                    and isinstance(elt.elts[0], ast.Name)
                    and elt.elts[0].id.startswith("SERVICE_")
                )
    names = set()
    for expr in calls:
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            names.add(expr.value)
        elif isinstance(expr, ast.Name) and expr.id in constants:
            names.add(constants[expr.id])
    return names


def check_services(integration: Path) -> Errors:
    """Validate services.yaml, and its names, descriptions and icons (hassfest's services check)."""
    errors: Errors = []
    services = _load_yaml(integration / "services.yaml", errors)
    strings = _load_json(integration / "strings.json", errors) or {}
    icons = _load_json(integration / "icons.json", errors) or {}
    if services is None:
        return errors
    try:
        ha_service._SERVICES_SCHEMA(services)  # noqa: SLF001 - Home Assistant's own services.yaml schema
    except vol.Invalid as err:
        errors.append(f"services.yaml: {humanize_error(services, err)}")
        return errors
    except Exception as err:  # noqa: BLE001 - probatio's Invalid is not voluptuous's
        errors.append(f"services.yaml: {err}")
        return errors
    described = strings.get("services", {})
    for name in sorted(_registered_services(integration) - set(services)):
        errors.append(
            f"services.yaml: the action '{name}' is registered but not described"
        )
    for name, service in services.items():
        service = service or {}
        text = described.get(name)
        if text is None:
            errors.append(
                f"strings.json: the action '{name}' has no name and description under 'services'"
            )
            continue
        for key in ("name", "description"):
            if key in service:
                errors.append(
                    f"services.yaml: '{name}' has a {key}; it belongs in strings.json"
                )
            if key not in text:
                errors.append(f"strings.json: the action '{name}' has no {key}")
        fields: dict[str, Any] = dict(service.get("fields") or {})
        for section_name, section in list(fields.items()):
            if isinstance(section, dict) and "fields" in section:
                fields.pop(section_name)
                fields.update(section["fields"])
                if section_name not in text.get("sections", {}):
                    errors.append(
                        f"strings.json: the section '{section_name}' of '{name}' has no name"
                    )
        for field in fields:
            field_text = text.get("fields", {}).get(field)
            if (
                field_text is None
                or "name" not in field_text
                or "description" not in field_text
            ):
                errors.append(
                    f"strings.json: the field '{field}' of the action '{name}' needs a name and a description"
                )
        for field in set(text.get("fields", {})) - set(fields):
            errors.append(
                f"strings.json: the action '{name}' describes the field '{field}' it does not have"
            )
        if "service" not in icons.get("services", {}).get(name, {}):
            errors.append(
                f"icons.json: the action '{name}' has no icon under 'services'"
            )
    for name in sorted(set(described) - set(services)):
        errors.append(f"strings.json: the action '{name}' is not in services.yaml")
    return errors


def _entities_with_device_class(integration: Path) -> dict[str, bool]:
    """Return {translation_key: has a device class} from the entity descriptions in the code."""
    found: dict[str, bool] = {}
    for path in _python_files(integration):
        for node in _nodes(path):
            if not isinstance(node, ast.Call):
                continue
            keywords = {kw.arg: kw.value for kw in node.keywords if kw.arg}
            key = keywords.get("translation_key")
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                found[key.value] = (
                    found.get(key.value, False) or "device_class" in keywords
                )
    return found


def check_icons(integration: Path) -> Errors:
    """Validate icons.json (hassfest's icons check) against strings.json's entity translations."""
    errors: Errors = []
    icons = _load_json(integration / "icons.json", errors)
    strings = _load_json(integration / "strings.json", errors) or {}
    if icons is None:
        return errors
    try:
        ICONS_SCHEMA(icons)
    except vol.Invalid as err:
        return [f"icons.json: {humanize_error(icons, err)}"]
    entity_strings = strings.get("entity", {})
    device_class = _entities_with_device_class(integration)
    for platform, keys in icons.get("entity", {}).items():
        for key in keys:
            if key not in entity_strings.get(platform, {}):
                errors.append(
                    f"icons.json: entity icon '{platform}.{key}' is for a translation key strings.json does not have"
                )
    for platform, keys in entity_strings.items():
        for key in keys:
            if key not in icons.get("entity", {}).get(
                platform, {}
            ) and not device_class.get(key):
                errors.append(
                    f"icons.json: the entity '{platform}.{key}' has neither an icon nor a device class"
                )
    return errors


# ------------------------------------------------------------------------------------------ brands
BRAND_IMAGES = (
    "icon.png",
    "icon@2x.png",
    "dark_icon.png",
    "dark_icon@2x.png",
    "logo.png",
    "logo@2x.png",
    "dark_logo.png",
    "dark_logo@2x.png",
)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def check_brand(integration: Path) -> Errors:
    """Validate brand/ by Home Assistant's brands rules."""
    errors: Errors = []
    folder = integration / "brand"
    images: dict[str, Image.Image] = {}
    for name in BRAND_IMAGES:
        path = folder / name
        if not path.is_file():
            errors.append(f"brand/{name}: missing")
            continue
        if path.read_bytes()[:8] != _PNG_SIGNATURE:
            errors.append(f"brand/{name}: not a PNG file")
            continue
        image = Image.open(path)
        image.load()
        if image.mode != "RGBA":
            errors.append(
                f"brand/{name}: must be RGBA with a transparent background, is {image.mode}"
            )
            continue
        alpha = image.getchannel("A")
        if alpha.getextrema()[0] != 0:
            errors.append(f"brand/{name}: has no transparent background")
            continue
        images[name] = image
        scale = 2 if "@2x" in name else 1
        width, height = image.size
        bbox = alpha.getbbox() or (0, 0, 0, 0)
        slack = scale  # anti-aliasing may leave a nearly transparent edge row
        touches_x = bbox[0] <= slack and bbox[2] >= width - slack
        touches_y = bbox[1] <= slack and bbox[3] >= height - slack
        if "icon" in name:
            if image.size != (256 * scale, 256 * scale):
                errors.append(
                    f"brand/{name}: must be {256 * scale}×{256 * scale}, is {width}×{height}"
                )
            if not (touches_x or touches_y):
                errors.append(
                    f"brand/{name}: not trimmed (the drawing touches neither both sides nor top and bottom)"
                )
        else:
            shortest = min(width, height)
            if not 128 * scale <= shortest <= 256 * scale:
                errors.append(
                    f"brand/{name}: the shortest side must be {128 * scale}–{256 * scale} px, is {shortest}"
                )
            if not (touches_x and touches_y):
                errors.append(
                    f"brand/{name}: not trimmed (empty space on an edge, drawing at {bbox})"
                )
    for name, image in images.items():
        if "@2x" in name and (base := images.get(name.replace("@2x", ""))) is not None:
            if image.size != (base.width * 2, base.height * 2):
                errors.append(
                    f"brand/{name}: must be exactly twice {name.replace('@2x', '')} "
                    f"({base.width * 2}×{base.height * 2}), is {image.width}×{image.height}"
                )
    return errors


# ----------------------------------------------------------------------------------- quality scale
QUALITY_SCALE_RULES = {
    "bronze": (
        "action-setup",
        "appropriate-polling",
        "brands",
        "common-modules",
        "config-flow",
        "config-flow-test-coverage",
        "dependency-transparency",
        "docs-actions",
        "docs-conditions",
        "docs-high-level-description",
        "docs-installation-instructions",
        "docs-removal-instructions",
        "docs-triggers",
        "entity-event-setup",
        "entity-unique-id",
        "has-entity-name",
        "runtime-data",
        "test-before-configure",
        "test-before-setup",
        "unique-config-entry",
    ),
    "silver": (
        "action-exceptions",
        "config-entry-unloading",
        "docs-configuration-parameters",
        "docs-installation-parameters",
        "entity-unavailable",
        "integration-owner",
        "log-when-unavailable",
        "parallel-updates",
        "reauthentication-flow",
        "test-coverage",
    ),
    "gold": (
        "devices",
        "diagnostics",
        "discovery",
        "discovery-update-info",
        "docs-data-update",
        "docs-examples",
        "docs-known-limitations",
        "docs-supported-devices",
        "docs-supported-functions",
        "docs-troubleshooting",
        "docs-use-cases",
        "dynamic-devices",
        "entity-category",
        "entity-device-class",
        "entity-disabled-by-default",
        "entity-translations",
        "exception-translations",
        "icon-translations",
        "reconfiguration-flow",
        "repair-issues",
        "stale-devices",
    ),
    "platinum": ("async-dependency", "inject-websession", "strict-typing"),
}
ALL_RULES = [rule for rules in QUALITY_SCALE_RULES.values() for rule in rules]
_RULE_VALUE = vol.Any(
    vol.Schema({vol.Required("status"): "done", vol.Optional("comment"): str}),
    vol.Schema(
        {
            vol.Required("status"): vol.In(("exempt", "todo")),
            vol.Required("comment"): str,
        }
    ),
    "done",
)
QUALITY_SCALE_SCHEMA = vol.Schema(
    {vol.Required("rules"): {vol.In(ALL_RULES): _RULE_VALUE}}
)


def _source(integration: Path, name: str) -> str:
    path = integration / name
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _rule_checks(
    integration: Path, manifest: dict[str, Any], strings: dict[str, Any]
) -> dict[str, Callable[[], list[str]]]:
    """Hassfest's validators of the rules that have one, for a rule marked done."""
    config_flow = _source(integration, "config_flow.py")
    # The entry points are defined in lifecycle.py and re-exported by __init__.py (which imports Home
    # Assistant lazily, so the G-code tool runs without it): read both as hassfest reads __init__.py.
    init = _source(integration, "__init__.py") + _source(integration, "lifecycle.py")

    def _config_flow() -> list[str]:
        problems = []
        if not manifest.get("config_flow") or not config_flow:
            problems.append(
                "the manifest must set config_flow and config_flow.py must exist"
            )
        for section in ("config", "options"):
            for step_id, step in strings.get(section, {}).get("step", {}).items():
                problems.extend(
                    f"strings.json {section} step '{step_id}': field '{field}' has no data_description"
                    for field in step.get("data", {})
                    if field not in step.get("data_description", {})
                )
        return problems

    def _discovery() -> list[str]:
        keys = ("zeroconf", "ssdp", "dhcp", "usb", "bluetooth", "homekit", "mqtt")
        if (
            any(key in manifest for key in keys)
            or "async_step_discovery" in config_flow
        ):
            return []
        return [
            "the manifest declares no discovery and the config flow has no discovery step"
        ]

    def _has(text: str, *needles: str, message: str) -> Callable[[], list[str]]:
        return lambda: [] if any(n in text for n in needles) else [message]

    return {
        "config-flow": _config_flow,
        "discovery": _discovery,
        "reconfiguration-flow": _has(
            config_flow,
            "async_step_reconfigure",
            message="config_flow.py has no async_step_reconfigure",
        ),
        "runtime-data": _has(
            init,
            ".runtime_data",
            message="__init__.py does not store entry.runtime_data",
        ),
        "test-before-setup": _has(
            init,
            "ConfigEntryNotReady",
            "ConfigEntryAuthFailed",
            "ConfigEntryError",
            "async_config_entry_first_refresh",
            message="async_setup_entry raises neither ConfigEntryNotReady nor ConfigEntryAuthFailed",
        ),
        "unique-config-entry": _has(
            config_flow,
            "_abort_if_unique_id_configured",
            "_async_abort_entries_match",
            message="the config flow never aborts on an entry that is already configured",
        ),
    }


def check_quality_scale(integration: Path) -> Errors:
    """Validate quality_scale.yaml: every rule present with a valid status; hassfest's rule checks."""
    errors: Errors = []
    data = _load_yaml(integration / "quality_scale.yaml", errors)
    if data is None:
        return errors
    try:
        QUALITY_SCALE_SCHEMA(data)
    except vol.Invalid as err:
        return [f"quality_scale.yaml: {humanize_error(data, err)}"]
    rules = data["rules"]
    for rule in ALL_RULES:
        if rule not in rules:
            errors.append(
                f"quality_scale.yaml: the rule '{rule}' is missing (done, exempt or todo)"
            )
    manifest = _load_json(integration / "manifest.json", []) or {}
    strings = _load_json(integration / "strings.json", []) or {}
    checks = _rule_checks(integration, manifest, strings)
    for rule, value in rules.items():
        status = value if isinstance(value, str) else value["status"]
        if status == "done" and rule in checks:
            errors.extend(
                f"quality_scale.yaml: [{rule}] is done but {problem}"
                for problem in checks[rule]()
            )
    return errors


# --------------------------------------------------------------------------------------------- main
def validate(root: Path) -> Errors:
    """Return every problem found in the repository at ``root``."""
    integration = root / "custom_components" / DOMAIN
    errors: Errors = []
    for check in (
        check_manifest,
        check_strings,
        check_services,
        check_icons,
        check_brand,
        check_quality_scale,
    ):
        errors.extend(check(integration))
    errors.extend(check_hacs(root))
    return errors


def main() -> int:
    """Validate the repository given (this one by default); print the problems."""
    root = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else REPO_ROOT
    errors = validate(root)
    for error in errors:
        print(error)
    if errors:
        print(f"{len(errors)} problem(s) found")
        return 1
    print(
        "manifest, hacs.json, services, strings, icons, brand images and quality scale are valid"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
