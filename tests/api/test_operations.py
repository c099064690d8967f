"""
The operations layer (api/): every operation is reachable through each transport it declares, and
REST, websocket and action give the same answer and the same error for the same input.
"""

from __future__ import annotations

from datetime import UTC, datetime
import io
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from aiohttp import ClientSession
from homeassistant.core import Context as HaContext, HomeAssistant
from homeassistant.exceptions import (
    HomeAssistantError,
    ServiceValidationError,
    Unauthorized,
)
import jsonschema_rs
from PIL import Image
import pytest
from pytest_homeassistant_custom_component.typing import (
    ClientSessionGenerator,
    WebSocketGenerator,
)

from custom_components.print_logger.api import OPERATIONS, Operation, operation
from custom_components.print_logger.api.openapi import document
from custom_components.print_logger.const import DOMAIN
from custom_components.print_logger.photos import PhotoSettings, async_save_photo
from custom_components.print_logger.store import Store
from custom_components.print_logger.store.files import FileQuery
from tests.api.common import PNG, seed
from tests.store.conftest import Databases, _admin, postgres_url

type Answer = tuple[str, Any]  # ("ok", result) or (error kind, field errors or message)

_REST_KINDS = {
    400: "invalid",
    403: "forbidden",
    404: "not_found",
    409: "conflict",
    503: "unavailable",
}
_WS_KINDS = {
    "invalid_format": "invalid",
    "unauthorized": "forbidden",
    "not_found": "not_found",
    "conflict": "conflict",
    "unavailable": "unavailable",
}
# An action's error: (translation key, a validation error?) -> kind. Bad input is a
# ServiceValidationError; the database being down or a conflict is not the user's input.
_ACTION_KINDS = {
    ("invalid_request", True): "invalid",
    ("job_not_found", True): "not_found",
    ("maintenance_not_found", True): "not_found",
    ("database_unavailable", False): "unavailable",
    ("job_being_printed", False): "conflict",
    ("printer_unknown", True): "not_found",
    ("unknown_printer", True): "not_found",
}


@pytest.fixture
def engine_kind() -> str:
    """The transports do not depend on the engine: SQLite only."""
    return "sqlite"


class Transports:
    """Calls an operation through REST, the websocket or its action; answers in one form."""

    def __init__(self, hass: HomeAssistant, client: ClientSession, ws: Any) -> None:
        self.hass = hass
        self.client = client
        self.ws = ws

    async def rest(self, op: Operation, data: dict[str, Any]) -> Answer:
        rest = op.rest
        assert rest is not None
        fields = dict(data)
        path = rest.path
        for name in [item.name for item in op.fields if f"{{{item.name}}}" in path]:
            path = path.replace(f"{{{name}}}", str(fields.pop(name)))
        url = f"/api/{DOMAIN}{path}"
        if rest.body is None:
            query = {
                key: ",".join(value) if isinstance(value, list) else str(value)
                for key, value in fields.items()
            }
            response = await self.client.request(
                rest.method, f"{url}?{urlencode(query)}" if query else url
            )
        else:
            response = await self.client.request(rest.method, url, json=fields)
        if response.status >= 400:
            body = await response.json()
            return _REST_KINDS[response.status], body.get("errors") or body["message"]
        if response.content_type == "application/json":
            return "ok", await response.json()
        return "ok", await response.read()

    async def websocket(self, op: Operation, data: dict[str, Any]) -> Answer:
        assert op.websocket is not None
        await self.ws.send_json_auto_id(
            {"type": f"{DOMAIN}/{op.websocket.type}", **data}
        )
        reply = await self.ws.receive_json()
        if not reply["success"]:
            error = reply["error"]
            return _WS_KINDS[error["code"]], error.get("errors") or error["message"]
        return "ok", reply["result"]

    async def action(self, op: Operation, data: dict[str, Any]) -> Answer:
        assert op.action is not None
        try:
            result = await self.hass.services.async_call(
                DOMAIN, op.action.name, data, blocking=True, return_response=True
            )
        except HomeAssistantError as err:
            validation = isinstance(err, ServiceValidationError)
            if (kind := _ACTION_KINDS.get((err.translation_key, validation))) is None:
                raise
            placeholders = err.translation_placeholders or {}
            if kind == "invalid":
                # The bad fields by name: their messages are the API's (English) words.
                return kind, placeholders["fields"].split(", ")
            return kind, err.translation_key
        assert result is not None
        if set(result) == {"path", "bytes"}:  # the CSV export, written to a file
            return "ok", Path(result["path"]).read_bytes()
        return "ok", json.loads(json.dumps(result))

    async def all(self, op: Operation, data: dict[str, Any]) -> dict[str, Answer]:
        """Return the answer of every transport ``op`` declares."""
        answers: dict[str, Answer] = {}
        if op.rest:
            answers["rest"] = await self.rest(op, data)
        if op.websocket:
            answers["websocket"] = await self.websocket(op, data)
        if op.action:
            answers["action"] = await self.action(op, data)
        return answers


@pytest.fixture
async def transports(
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
) -> Transports:
    """Return the three transports, as an administrator."""
    return Transports(hass, await hass_client(), await hass_ws_client(hass))


def test_every_operation_has_a_transport() -> None:
    """An operation nobody can call would be dead code."""
    for op in OPERATIONS:
        assert op.rest or op.websocket or op.action, op.name


async def test_every_transport_reaches_its_operation(
    hass: HomeAssistant, store: Store, transports: Transports
) -> None:
    """Each operation answers through each transport it declares (a read of the seeded log)."""
    data = await seed(store)
    job = data.jobs[0]
    task = await store.create_task("voron01", {"name": "Belts", "interval_days": 9})
    bare = await store.create_task("voron01", {"name": "Fans", "interval_jobs": 9})
    entry = await store.log_maintenance(task_id=task.task.id)
    photos = [
        await async_save_photo(
            hass,
            store,
            job_id=job,
            kind="upload",
            data=png_image(64, 48),
            settings=PhotoSettings(),
            taken_at=datetime.now(UTC),
        )
        for _ in range(2)
    ]
    inputs: dict[str, dict[str, Any]] = {
        "get_maintenance": {},
        "create_maintenance_task": {
            "printer_id": "voron01",
            "name": "Nozzle",
            "interval_filament_kg": 2.5,
        },
        "update_maintenance_task": {"task_id": task.task.id, "interval_hours": 50},
        "delete_maintenance_task": {"task_id": bare.task.id},
        "log_maintenance": {"task_id": task.task.id, "notes": "tight", "cost": 0},
        "update_maintenance_log": {"entry_id": entry.id, "done_by": "Ada"},
        "delete_maintenance_log": {"entry_id": entry.id},
        "list_printers": {},
        "list_jobs": {"limit": 2},
        "get_job": {"job_id": job},
        # No recorder here: an answer without points, saying so (tests/test_cost_recompute.py).
        "job_power": {"job_id": job},
        "create_job": {
            "printer_id": "voron01",
            "filename": "manual.gcode",
            "status": "completed",
            "start": "2026-03-05T10:00:00+00:00",
        },
        "update_job": {"job_id": job, "notes": "again"},
        "delete_job": {"job_id": data.jobs[1]},
        "delete_jobs": {"job_ids": [data.jobs[2]]},
        "get_thumbnail": {"job_id": job},
        "summary": {},
        "limits": {},
        "timeseries": {"bucket": "month", "metric": "jobs"},
        "breakdown": {"by": "status"},
        "spools": {"by": "vendor"},
        "accuracy": {},
        "costs": {"by": "month"},
        "expensive_jobs": {"limit": 3},
        "export": {},
        "get_photo": {"photo_id": photos[0].id},
        "delete_photo": {"photo_id": photos[1].id},
        "list_files": {"limit": 2},
        "get_file": {"file_id": (await store.list_files(FileQuery())).files[0].id},
        # No printer is loaded here: the operation is reached and refuses (tests/test_reprint.py
        # starts prints on simulated printers).
        "start_print": {"printer_id": "voron01", "filename": "cube.gcode"},
    }
    assert set(inputs) == {op.name for op in OPERATIONS}
    for op in OPERATIONS:
        for transport in ("rest", "websocket", "action"):
            if getattr(op, transport) is None:
                continue
            data = inputs[op.name]
            if op.name == "start_print" and transport == "action":
                # The action's printer is a config entry (none is loaded here).
                data = {"config_entry_id": "missing", "filename": "cube.gcode"}
            kind, result = await getattr(transports, transport)(op, data)
            if (
                op.name
                in {
                    "delete_job",
                    "delete_maintenance_task",
                    "delete_maintenance_log",
                    "delete_photo",
                }
                and transport != "rest"
            ):
                # The REST call deleted it: the others reach the operation and are told so.
                assert kind == "not_found", (op.name, transport, result)
                continue
            if op.name == "start_print":
                assert kind == "not_found", (op.name, transport, result)
                continue
            assert kind == "ok", (op.name, transport, result)
            if op.result is not None and transport != "action":
                # The answer is what the definition says (docs/api.md's words come from it).
                result_validator(op).validate(result)
    assert (await transports.rest(operation("get_thumbnail"), {"job_id": job}))[
        1
    ] == PNG
    image = (await transports.rest(operation("get_photo"), inputs["get_photo"]))[1]
    assert image[:3] == b"\xff\xd8\xff"  # a JPEG


def png_image(width: int, height: int) -> bytes:
    """Return a PNG of a gradient."""
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def result_validator(op: Operation) -> jsonschema_rs.Validator:
    """Return the validator of the operation's result (its references: the OpenAPI components)."""
    assert op.result is not None
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "allOf": [dict(op.result)],
        "components": document()["components"],
    }
    return jsonschema_rs.Draft202012Validator(schema)


def test_result_schemas_refuse_other_shapes() -> None:
    """The result schemas check something: a wrong shape fails them."""
    for op in OPERATIONS:
        if op.result is not None:
            assert not result_validator(op).is_valid({"unexpected": 1}), op.name


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("list_printers", {}),
        ("list_jobs", {"statuses": ["completed", "error"], "sort": "filename"}),
        ("list_jobs", {"q": "cube", "limit": 1}),
        ("summary", {"since": "2026-03-01", "until": "2026-04-01"}),
        ("timeseries", {"bucket": "week", "metric": "hours", "since": "2026-03-01"}),
        ("breakdown", {"by": "weekday", "printer_ids": ["voron01"]}),
        ("accuracy", {"until": "2026-03-31T12:00:00"}),
        ("costs", {"by": "filament_type", "since": "2026-03-01"}),
        ("expensive_jobs", {"limit": 2, "printer_ids": ["prusa01"]}),
        ("export", {"statuses": ["completed"]}),
    ],
)
async def test_same_answer_everywhere(
    store: Store, transports: Transports, name: str, data: dict[str, Any]
) -> None:
    """REST, websocket and action give the same result for the same fields."""
    await seed(store)
    answers = await transports.all(operation(name), data)
    assert len(answers) >= 2, answers
    first = next(iter(answers.values()))
    assert first[0] == "ok", answers
    for transport, answer in answers.items():
        assert answer == first, transport


async def test_same_answer_for_an_edit(store: Store, transports: Transports) -> None:
    """An edit and a read give the same job through every transport that offers them."""
    job = (await seed(store)).jobs[0]
    for op, data in (
        (operation("update_job"), {"job_id": job, "notes": "n", "rating": 3}),
        (operation("get_job"), {"job_id": job}),
    ):
        answers = await transports.all(op, data)
        first = next(iter(answers.values()))
        assert first[0] == "ok" and first[1]["job"]["rating"] == 3, answers
        assert all(answer == first for answer in answers.values()), answers


async def test_same_spools_everywhere(store: Store, transports: Transports) -> None:
    """Setting a job's spools gives the same job, weights and cost through every transport."""
    job = (await seed(store)).jobs[0]
    spools = [
        {
            "spool_id": 2,
            "length_mm": 1000.0,
            "diameter": 1.75,
            "density": 1.27,
            "price": 18.5,
            "price_weight": 1000.0,
            "vendor": "eSUN",
            "material": "PETG",
            "color_hex": "1E90FF",
        },
        {"spool_id": 1, "length_mm": 500.0, "weight_g": 1.5},
    ]
    answers = await transports.all(
        operation("update_job"), {"job_id": job, "spools": spools}
    )
    first = next(iter(answers.values()))
    assert first[0] == "ok", answers
    stored = first[1]["job"]["spools"]
    assert [s["spool_id"] for s in stored] == [2, 1]
    assert stored[0]["weight_g"] == pytest.approx(
        1000 * 3.14159265 * 0.875**2 / 1000 * 1.27
    )
    assert stored[0]["cost"] == pytest.approx(stored[0]["weight_g"] * 18.5 / 1000)
    assert stored[1]["weight_g"] == 1.5
    assert "cost" not in stored[1]
    assert first[1]["job"]["spool_filament_cost"] is None
    assert all(answer == first for answer in answers.values()), answers


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("list_printers", {"color": "red"}, "invalid"),
        ("list_jobs", {"limit": 0, "sort": "nope", "order": "up"}, "invalid"),
        ("list_jobs", {"since": "2026-04-01", "until": "2026-03-01"}, "invalid"),
        ("list_jobs", {"cursor": "not a cursor"}, "invalid"),
        (
            "create_job",
            {
                "printer_id": "no such printer!",
                "filename": " ",
                "status": "in_progress",
                "start": "1999-12-31T00:00:00Z",
                "cost": -1,
            },
            "invalid",
        ),
        ("create_job", {"filename": "x.gcode"}, "invalid"),
        ("get_job", {"job_id": "0" * 32}, "not_found"),
        ("get_job", {"job_id": "not-an-id"}, "not_found"),
        ("update_job", {"job_id": "JOB", "rating": 9, "cost": 100_001}, "invalid"),
        ("update_job", {"job_id": "JOB", "tags": ["a,b"], "notes": 5}, "invalid"),
        ("update_job", {"job_id": "0" * 32, "notes": "x"}, "not_found"),
        ("update_job", {"job_id": "JOB", "spools": [{"spool_id": 0}]}, "invalid"),
        (
            "update_job",
            {"job_id": "JOB", "spools": [{"spool_id": 1, "density": 99}]},
            "invalid",
        ),
        ("update_job", {"job_id": "JOB", "spools": [{"id": 1}]}, "invalid"),
        ("update_job", {"job_id": "0" * 32, "spools": [{"spool_id": 1}]}, "not_found"),
        ("delete_job", {"job_id": "0" * 32}, "not_found"),
        ("delete_job", {"job_id": "not-an-id"}, "not_found"),
        ("summary", {"since": "2026-04-01", "until": "2026-03-01"}, "invalid"),
        ("summary", {"since": "0001-01-01", "until": "yesterday"}, "invalid"),
        ("timeseries", {"bucket": "hour", "metric": "jobs"}, "invalid"),
        ("breakdown", {"by": "colour", "printer_ids": ["a b"]}, "invalid"),
        ("accuracy", {"since": "soon"}, "invalid"),
        ("costs", {"by": "weekday"}, "invalid"),
        ("expensive_jobs", {"limit": 101}, "invalid"),
        ("export", {"min_duration": "-5", "statuses": ["done"]}, "invalid"),
        (
            "create_maintenance_task",
            {"printer_id": "voron01", "name": "x", "interval_hours": -1},
            "invalid",
        ),
        ("create_maintenance_task", {"printer_id": "voron01", "name": "x"}, "invalid"),
        (
            "create_maintenance_task",
            {"printer_id": "nobody", "name": "x", "interval_days": 1},
            "invalid",
        ),
        ("update_maintenance_task", {"task_id": "0" * 32, "name": "y"}, "not_found"),
        ("delete_maintenance_task", {"task_id": "nope"}, "not_found"),
        ("log_maintenance", {"task_id": "0" * 32}, "not_found"),
        (
            "log_maintenance",
            {"task_id": "TASK", "done_at": "2999-01-01T00:00:00Z", "cost": -2},
            "invalid",
        ),
        ("update_maintenance_log", {"entry_id": "0" * 32, "notes": "x"}, "not_found"),
        ("delete_maintenance_log", {"entry_id": "0" * 32}, "not_found"),
    ],
)
async def test_same_error_everywhere(
    store: Store, transports: Transports, name: str, data: dict[str, Any], kind: str
) -> None:
    """The same bad input is the same error, listing the same fields, through every transport."""
    job = (await seed(store)).jobs[0]
    task = (await store.create_task("voron01", {"name": "t", "interval_days": 9})).task
    ids = {"JOB": job, "TASK": task.id}
    data = {
        key: ids.get(value, value) if isinstance(value, str) else value
        for key, value in data.items()
    }
    op = operation(name)
    # A field an action does not offer is not a bad value there: compare the fields it offers.
    answers = await transports.all(op, data)
    assert len(answers) >= 2, answers
    for transport, (answer_kind, detail) in answers.items():
        assert answer_kind == kind, (transport, answers)
        if kind == "invalid":
            assert isinstance(detail, dict if transport != "action" else list), (
                transport,
                detail,
            )
    # The same fields everywhere (the action names them; REST and websocket say why too).
    details = [detail for answer_kind, detail in answers.values() if kind == "invalid"]
    assert all(sorted(detail) == sorted(details[0]) for detail in details), answers
    messages = [
        detail
        for transport, (_, detail) in answers.items()
        if kind == "invalid" and transport != "action"
    ]
    assert all(detail == messages[0] for detail in messages), answers


@pytest.mark.postgresql
@pytest.mark.parametrize("engine_kind", ["postgresql"])
async def test_database_outage_everywhere(
    store: Store, transports: Transports, databases: Databases
) -> None:
    """
    The print log's database gone (dropped under the running store: a real outage).

    REST answers 503, the websocket ``unavailable``, and the action a translated
    HomeAssistantError (not a ServiceValidationError: the user's input was fine).
    """
    await seed(store)
    assert (await transports.action(operation("list_jobs"), {}))[0] == "ok"
    kind, name, _url = databases.created[-1]
    assert kind == "postgresql"
    _admin(postgres_url("postgres"), f'DROP DATABASE "{name}" WITH (FORCE)')
    for name_ in ("list_jobs", "summary", "update_job"):
        op = operation(name_)
        data = {"job_id": "0" * 32, "notes": "x"} if name_ == "update_job" else {}
        answers = await transports.all(op, data)
        assert len(answers) >= 2, answers
        assert {kind for kind, _detail in answers.values()} == {"unavailable"}, answers
    with pytest.raises(HomeAssistantError) as err:
        await transports.hass.services.async_call(
            DOMAIN, "get_jobs", {}, blocking=True, return_response=True
        )
    assert not isinstance(err.value, ServiceValidationError)
    assert err.value.translation_domain == DOMAIN
    assert err.value.translation_key == "database_unavailable"
    assert not err.value.translation_placeholders


async def test_same_refusal_of_a_user_who_is_not_an_admin(  # noqa: PLR0917
    hass: HomeAssistant,
    store: Store,
    hass_client: ClientSessionGenerator,
    hass_ws_client: WebSocketGenerator,
    hass_read_only_access_token: str,
    hass_read_only_user: Any,
) -> None:
    """
    Every admin operation refuses a user who is not an admin through REST and websocket alike.

    Refused before the fields are read (a bad value is not reported) and without a change; their
    actions refuse such a user too (a call without a user, from an automation, is Home
    Assistant's to permit).
    """
    data = await seed(store)
    job = data.jobs[0]
    reader = Transports(
        hass,
        await hass_client(hass_read_only_access_token),
        await hass_ws_client(hass, hass_read_only_access_token),
    )
    inputs: dict[str, list[dict[str, Any]]] = {
        "create_job": [
            {
                "printer_id": "voron01",
                "filename": "x.gcode",
                "status": "completed",
                "start": "2026-03-05T10:00:00+00:00",
            },
            {"filename": 5, "rating": 9},
        ],
        "update_job": [{"job_id": job, "notes": "x"}, {"job_id": job, "rating": 9}],
        "delete_job": [{"job_id": job}, {"job_id": "0" * 32}],
        "delete_jobs": [{"job_ids": [job]}, {"job_ids": "nope"}],
        "create_maintenance_task": [
            {"printer_id": "voron01", "name": "x", "interval_days": 1},
            {"interval_days": -1},
        ],
        "update_maintenance_task": [
            {"task_id": "0" * 32, "name": "x"},
            {"task_id": "0" * 32, "interval_hours": -1},
        ],
        "delete_maintenance_task": [{"task_id": "0" * 32}, {"task_id": 5}],
        "log_maintenance": [
            {"printer_id": "voron01", "name": "x"},
            {"done_at": "2999-01-01"},
        ],
        "update_maintenance_log": [
            {"entry_id": "0" * 32, "notes": "x"},
            {"entry_id": "0" * 32, "cost": -1},
        ],
        "delete_maintenance_log": [{"entry_id": "0" * 32}, {"entry_id": 5}],
        "delete_photo": [{"photo_id": "a" * 32}, {"photo_id": 5}],
        "start_print": [
            {"printer_id": "voron01", "filename": "cube.gcode"},
            {"printer_id": "voron01", "filename": "../x", "copy": "yes"},
        ],
    }
    assert set(inputs) == {op.name for op in OPERATIONS if op.admin}
    before = await reader.websocket(operation("get_job"), {"job_id": job})
    total = (await reader.websocket(operation("list_jobs"), {}))[1]["total"]
    for name, cases in inputs.items():
        op = operation(name)
        for case in cases:
            answers: dict[str, Answer] = {}
            if op.rest:
                answers["rest"] = await reader.rest(op, case)
            if op.websocket:
                answers["websocket"] = await reader.websocket(op, case)
            assert answers, name
            assert {kind for kind, _detail in answers.values()} == {"forbidden"}, (
                name,
                answers,
            )
            if op.action is not None:
                # Its action refuses a user who is not an administrator too.
                with pytest.raises(Unauthorized):
                    await hass.services.async_call(
                        DOMAIN,
                        op.action.name,
                        case,
                        blocking=True,
                        return_response=True,
                        context=HaContext(user_id=hass_read_only_user.id),
                    )
    assert await reader.websocket(operation("get_job"), {"job_id": job}) == before
    assert (await reader.websocket(operation("list_jobs"), {}))[1]["total"] == total
