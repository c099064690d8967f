"""
docs/openapi.yaml against the running REST API, with schemathesis.

Schemathesis generates requests from the document (valid ones, then invalid ones) and checks that
no answer is a 5xx and that every answer's status, content type and body match the document. Its
HTTP client is synchronous, so it runs in a thread while the event loop serves the requests.
(``negative_data_rejection`` is not among the checks: it reports invalid values that never reach
the server, e.g. an extra query parameter whose empty value the client leaves out.)
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
import os
from pathlib import Path
from typing import Any

from homeassistant.core import HomeAssistant
from hypothesis import HealthCheck, Phase, given, settings
from pytest_homeassistant_custom_component.typing import ClientSessionGenerator
import requests
import schemathesis
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
import yaml

from custom_components.print_logger.api import operation
from custom_components.print_logger.api.describe import fields_doc, result_doc
from custom_components.print_logger.api.model import Websocket
from custom_components.print_logger.store import Store
from custom_components.print_logger.store.validation import NUMBER_BOUNDS
from tests.api.common import seed

OPENAPI = Path(__file__).parents[2] / "docs" / "openapi.yaml"
SERVICES = (
    Path(__file__).parents[2] / "custom_components" / "print_logger" / "services.yaml"
)
# More with PRINT_LOGGER_SCHEMATHESIS_EXAMPLES=200 (a longer hunt, not for every run).
EXAMPLES_PER_OPERATION = int(os.environ.get("PRINT_LOGGER_SCHEMATHESIS_EXAMPLES", "12"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _explore(  # noqa: PLR0917
    strategy: Any,
    checks: list[Any],
    label: str,
    base_url: str,
    session: requests.Session,
    headers: dict[str, str],
    counts: dict[str, int],
) -> None:
    """Send the strategy's cases and validate the answers."""

    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy)
    def check(case: Any) -> None:
        case.call_and_validate(
            base_url=base_url, session=session, headers=headers, checks=checks
        )
        counts[label] = counts.get(label, 0) + 1

    check()


def _run(base_url: str, token: str, ids: dict[str, str]) -> dict[str, int]:
    """Exercise every operation; return how many requests each got (raises on the first failure)."""
    schema = schemathesis.openapi.from_path(str(OPENAPI))
    counts: dict[str, int] = {}
    headers = {"Authorization": f"Bearer {token}"}
    with requests.Session() as session:
        for result in schema.get_all_operations():
            operation = result.ok()
            label = operation.label
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                path_parameters = (
                    {
                        name: value
                        for name, value in ids.items()
                        if f"{{{name}}}" in operation.path
                    }
                    or None
                    if mode is GenerationMode.POSITIVE
                    else None
                )
                strategy = operation.as_strategy(
                    generation_mode=mode, path_parameters=path_parameters
                )

                _explore(strategy, CHECKS, label, base_url, session, headers, counts)
    return counts


async def test_openapi_document_matches_the_api(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_access_token: str,
) -> None:
    """No generated request gets a 5xx; every answer conforms to docs/openapi.yaml."""
    data = await seed(store)
    task = await store.create_task("voron01", {"name": "Belts", "interval_days": 30})
    entry = await store.log_maintenance(task_id=task.task.id, data={"notes": "ok"})
    ids = {"job_id": data.jobs[0], "task_id": task.task.id, "entry_id": entry.id}
    client = await hass_client()
    base_url = str(client.make_url("/api/print_logger"))
    # The thumbnail, DELETE and PATCH of a real job come last (the job is deleted by then).
    counts = await asyncio.to_thread(_run, base_url, hass_access_token, ids)
    assert set(counts) == {
        "GET /jobs",
        "POST /jobs",
        "GET /jobs/{job_id}",
        "PATCH /jobs/{job_id}",
        "DELETE /jobs/{job_id}",
        "GET /jobs/{job_id}/thumbnail",
        "GET /jobs/{job_id}/power",
        "GET /photos/{photo_id}",
        "DELETE /photos/{photo_id}",
        "GET /printers",
        "GET /analytics/summary",
        "GET /analytics/timeseries",
        "GET /analytics/breakdown",
        "GET /analytics/spools",
        "GET /analytics/accuracy",
        "GET /analytics/costs",
        "GET /analytics/expensive_jobs",
        "GET /export.csv",
        "GET /maintenance",
        "POST /maintenance/tasks",
        "PATCH /maintenance/tasks/{task_id}",
        "DELETE /maintenance/tasks/{task_id}",
        "POST /maintenance/log",
        "PATCH /maintenance/log/{entry_id}",
        "DELETE /maintenance/log/{entry_id}",
        "GET /files",
        "GET /files/{file_id}",
        "POST /print",
    }
    assert all(count >= 2 for count in counts.values()), counts


def test_openapi_bounds_are_the_stores() -> None:
    """Every number bound the document states is NUMBER_BOUNDS' (one definition, written down)."""
    document = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    parameters = document["components"]["parameters"]
    stated = {
        **{
            name: schemas["NewJob"]["properties"][name]
            for name in (
                "print_duration",
                "total_duration",
                "filament_used_mm",
                "filament_weight_g",
            )
        },
        "cost": schemas["Editable"]["properties"]["cost"],
        "rating": schemas["Editable"]["properties"]["rating"],
        "min_duration": parameters["min_duration"]["schema"],
        "max_duration": parameters["max_duration"]["schema"],
    }
    for name, schema in stated.items():
        bound = NUMBER_BOUNDS[name]
        assert (schema["minimum"], schema["maximum"]) == (bound.low, bound.high), name


def test_action_selectors_use_the_stores_bounds() -> None:
    """The actions' number selectors (services.yaml) offer exactly NUMBER_BOUNDS' ranges."""
    services = yaml.safe_load(SERVICES.read_text(encoding="utf-8"))
    checked = 0
    for service in services.values():
        for name, field in (service.get("fields") or {}).items():
            selector = (field.get("selector") or {}).get("number")
            if selector is None or name not in NUMBER_BOUNDS:
                continue
            bound = NUMBER_BOUNDS[name]
            assert (selector["min"], selector["max"]) == (bound.low, bound.high), name
            checked += 1
    assert checked >= 2  # cost and rating of update_job at least


def test_websocket_table_is_written_from_the_definitions() -> None:
    """docs/api.md's websocket rows come from the fields' schemas and the result schema."""
    update = operation("update_job")
    assert fields_doc(update).split(", ")[:3] == [
        "`job_id`\\*",
        "`notes` (or null)",
        "`rating` (1–5 or null)",
    ]
    assert "`cost` (0–100000 or null)" in fields_doc(update)
    assert fields_doc(operation("limits")) == "—"
    assert "`bucket`\\* (`day`\\|`week`\\|`month`\\|`year`)" in fields_doc(
        operation("timeseries")
    )
    assert result_doc(operation("list_printers")) == '`{"printers": [Printer…]}`'
    assert result_doc(operation("get_job")) == '`{"job": JobDetail}`'
    assert result_doc(operation("delete_jobs")) == '`{"deleted": integer}`'
    assert result_doc(operation("accuracy")).startswith(
        '`{"overall": AccuracyFigures, "by_printer": [AccuracyRow…]'
    )
    # A row written by hand where words say more replaces the generated one.
    custom = replace(
        update,
        websocket=Websocket(type="jobs/update", fields_doc="x", result_doc="y"),
    )
    assert (fields_doc(custom), result_doc(custom)) == ("x", "y")
