"""
The shape of an operation: its fields, who may call it, its handler, the transports offering it.

An :class:`Operation` is run by :meth:`Operation.run` with a :class:`Context` (the store, the caller's
rights and time zone, the printers' live state): it refuses a caller who is not an administrator
(``admin``), validates the fields (every bad one listed), runs the handler on the store and returns
the result. The transports (:class:`Rest`, :class:`Websocket`, :class:`Action`) say where the
operation is offered; the adapters in ``http.py``, ``websocket_api.py`` and ``services.py`` add only
framing, status codes and translation keys.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any, Literal, Protocol, cast

import probatio

from ..store import JobRecord, PhotoRecord, Store
from .errors import (
    NOT_OPEN,
    ForbiddenError,
    InvalidFieldsError,
    UnavailableError,
    field_errors,
)
from .fields import LOCAL_TIME_ZONE, Field, schema_of
from .shapes import LivePrinter

# The error answers a REST operation may give besides its own (400, 401 and 503 always).
type Status = Literal[403, 404, 409, 413]


class PhotoFiles(Protocol):
    """Where the glue keeps the photos' files (the store keeps their rows)."""

    async def read(self, photo: PhotoRecord, *, thumb: bool = False) -> bytes | None:
        """Return a photo's bytes (or its small copy's), None if its file is gone."""

    async def remove(self, photos: Sequence[PhotoRecord]) -> None:
        """Delete the files of photos whose rows are gone."""


class JobEnergy(Protocol):
    """
    A job's energy from Home Assistant's recorder (implemented by the glue's ``energy.py``).

    ``power_curve`` answers the job's power over its time (the ``JobPower`` object);
    ``recompute`` computes and stores a job's energy and cost again (its times changed).
    """

    async def power_curve(self, job: JobRecord) -> dict[str, Any]:
        """Return the job's power curve from the recorder (empty, with a reason, when none)."""

    async def recompute(self, job: JobRecord) -> None:
        """Compute and store the job's energy and cost again from the recorder."""


@dataclass(frozen=True, kw_only=True)
class FarmPrinter:
    """A loaded printer of the farm as a print can be started on it."""

    id: str
    name: str
    online: bool  # Moonraker answers (whatever Klippy's state)
    klippy_state: str | None
    print_state: str


class Farm(Protocol):
    """
    The printers' Moonrakers, for operations that act on printers (start a print, copy a file).

    Implemented by the Home Assistant glue (``reprint.py``); a Moonraker that fails raises
    :class:`UnavailableError` with the reason ``moonraker_error``.
    """

    def printers(self) -> Sequence[FarmPrinter]:
        """Return the loaded printers."""

    async def file_size(self, printer_id: str, filename: str) -> int | None:
        """Return the size of a file in a printer's gcodes folder; None if it is not there."""

    async def slice_model(self, printer_id: str, filename: str) -> str | None:
        """Return the printer model a file on a printer was sliced for (None if unknown)."""

    async def copy_file(self, source_id: str, target_id: str, filename: str) -> str:
        """Copy a file from one printer to another (checksum checked); return its SHA-256."""

    async def start_print(self, printer_id: str, filename: str) -> None:
        """Start printing a file on a printer."""


@dataclass(frozen=True, kw_only=True)
class Context:
    """What an operation knows of its caller and of Home Assistant."""

    store: Store | None
    is_admin: bool
    # Home Assistant's time zone: its name (analytics buckets) and the zone (dates without one).
    time_zone: str
    local_zone: tzinfo
    live: Callable[[], Mapping[str, LivePrinter]]
    # Called after a job was written: (job id, deleted, printer id).
    job_changed: Callable[[str, bool, str], None]
    # Called after maintenance was written: (printer id, "" when unknown).
    maintenance_changed: Callable[[str], None] = lambda _printer_id: None
    # The photo files (Home Assistant's config folder): None where there are none.
    photo_files: PhotoFiles | None = None
    # The printers' Moonrakers (None where no Home Assistant runs the printers).
    farm: Farm | None = None
    # The jobs' energy from Home Assistant's recorder (None where there is no Home Assistant).
    energy: JobEnergy | None = None

    def get_store(self) -> Store:
        """Return the open store; UnavailableError while no printer is set up."""
        if self.store is None:
            raise UnavailableError(NOT_OPEN)
        return self.store

    def get_farm(self) -> Farm:
        """Return the printers' Moonrakers; UnavailableError where there are none."""
        if self.farm is None:
            raise UnavailableError(NOT_OPEN)
        return self.farm


@dataclass(frozen=True, kw_only=True)
class Rest:
    """
    The operation as a REST view under /api/print_logger/ (docs/openapi.yaml).

    Left out, ``summary`` is the operation's and ``result`` its JSON result; an operation for
    administrators says so in its summary and answers 403, one with a ``body`` may answer 413
    (both added by ``api/openapi.py``): ``errors`` lists only 404 and 409 where they apply.
    """

    method: Literal["get", "post", "patch", "delete"]
    path: str
    operation_id: str
    summary: str | None = None
    description: str | None = None
    status: int = 200
    answer: str
    # The 200's content: {media type: schema} with ``media`` (a file); else the operation's result.
    result: Mapping[str, Any] | None = None
    media: bool = False
    body: str | None = None  # the JSON body's schema (under components/schemas)
    errors: tuple[Status, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Websocket:
    """
    The operation as the websocket command ``print_logger/<type>``.

    docs/api.md's row of it is written from the operation's fields and result (``api/describe.py``);
    ``fields_doc`` / ``result_doc`` (Markdown) replace those only where words say more.
    """

    type: str
    fields_doc: str | None = None
    result_doc: str | None = None


@dataclass(frozen=True, kw_only=True)
class Action:
    """The operation as the action ``print_logger.<name>`` (services.yaml)."""

    name: str
    # The fields the action offers (all of the operation's by default).
    fields: tuple[str, ...] | None = None
    # A ``config_entry_id`` field (a printer, or the farm for all) stands for ``printer_ids``.
    printer_entry: bool = False
    # A ``config_entry_id`` field (one printer) stands for ``printer_id``.
    target_entry: bool = False
    only_response: bool = False
    # The translation key of NotFoundError (the generic ``invalid_request`` otherwise).
    not_found_key: str | None = None


type Handler = Callable[[Context, dict[str, Any]], Awaitable[Any]]


@dataclass(frozen=True, kw_only=True)
class Operation:
    """One operation: its fields, who may call it, its handler and the transports offering it."""

    name: str
    summary: str
    fields: tuple[Field, ...]
    handler: Handler
    admin: bool = False
    # The JSON schema of the result (``$ref``: ``api/openapi.py``'s components/schemas): the REST
    # answer and the websocket result (an action answers the same); None for a file (Rest.media).
    result: Mapping[str, Any] | None = None
    rest: Rest | None = None
    websocket: Websocket | None = None
    action: Action | None = None
    schema: probatio.Schema = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        """Build the validator of the fields."""
        object.__setattr__(self, "schema", schema_of(self.fields))

    def field(self, name: str) -> Field:
        """Return the field ``name``."""
        return next(item for item in self.fields if item.name == name)

    def parse(self, context: Context, data: Any) -> dict[str, Any]:
        """Return the validated fields; InvalidFieldsError lists every bad one."""
        if not isinstance(data, Mapping):
            raise InvalidFieldsError({"body": "must be a JSON object"})
        token = LOCAL_TIME_ZONE.set(context.local_zone)
        try:
            return cast("dict[str, Any]", self.schema(dict(data)))
        except probatio.Invalid as err:
            raise InvalidFieldsError(field_errors(err)) from err
        finally:
            LOCAL_TIME_ZONE.reset(token)

    async def run(self, context: Context, data: Any) -> Any:
        """Check the caller's rights, validate ``data`` and run the handler."""
        if self.admin and not context.is_admin:
            raise ForbiddenError
        return await self.handler(context, self.parse(context, data))
