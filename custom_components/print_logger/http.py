"""
REST adapter of the operations (``api/``) under ``/api/print_logger/`` (docs/api.md, docs/openapi.yaml).

Home Assistant authenticates every request (a long-lived access token is the API key). Each operation
with a :class:`~.api.operations.Rest` transport becomes a method of the view of its path: its fields
come from the path, the query string (lists comma-separated) and, for POST and PATCH, the JSON body.
This module adds only transport: the status of each error type, the body size limit, and the
answers that are not JSON (the thumbnail's image, the streamed CSV).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable
from http import HTTPStatus
from typing import Any, Final

from aiohttp import web
from homeassistant.components.http.const import KEY_HASS_USER
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.http import KEY_HASS, HomeAssistantView
from homeassistant.util.json import JSON_DECODE_EXCEPTIONS, json_loads

from .api import (
    OPERATIONS,
    ApiError,
    ConflictError,
    ForbiddenError,
    InvalidFieldsError,
    NotFoundError,
    Operation,
    TooLargeError,
    UnavailableError,
    api_error,
)
from .api.model import Rest
from .const import DOMAIN, LOGGER
from .context import operation_context
from .store import StoreError, Thumbnail

API_PREFIX: Final = f"/api/{DOMAIN}"
MAX_BODY_BYTES: Final = 256 * 1024
# Query parameters Home Assistant's own authentication may add (signed paths).
IGNORED_PARAMETERS: Final = frozenset({"authSig"})
# The one mapping of the operations' errors to HTTP statuses.
STATUSES: Final[dict[type[ApiError], HTTPStatus]] = {
    InvalidFieldsError: HTTPStatus.BAD_REQUEST,
    TooLargeError: HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
    ForbiddenError: HTTPStatus.FORBIDDEN,
    NotFoundError: HTTPStatus.NOT_FOUND,
    ConflictError: HTTPStatus.CONFLICT,
    UnavailableError: HTTPStatus.SERVICE_UNAVAILABLE,
}
_IMAGE_TYPES: Final = {
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "qoi": "image/qoi",
}
_CSV_HEADERS: Final = {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": 'attachment; filename="print_logger_jobs.csv"',
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}


def error_response(err: ApiError) -> web.Response:
    """Return the JSON answer of an operation error."""
    body: dict[str, Any] = {"message": err.message}
    if err.reason is not None:
        body["reason"] = err.reason
    if isinstance(err, InvalidFieldsError) and err.errors:
        body["errors"] = err.errors
    return HomeAssistantView.json(body, STATUSES[type(err)])


async def read_json(request: web.Request) -> Any:
    """Return the request's JSON body (at most MAX_BODY_BYTES)."""
    too_large = TooLargeError(f"the body must be at most {MAX_BODY_BYTES} bytes")
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        raise too_large
    body = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        body.extend(chunk)
        if len(body) > MAX_BODY_BYTES:
            raise too_large
    if not body.strip():
        raise InvalidFieldsError({"body": "must be a JSON object"})
    try:
        return json_loads(bytes(body))
    except (*JSON_DECODE_EXCEPTIONS, UnicodeDecodeError, RecursionError) as err:
        raise InvalidFieldsError({"body": "is not valid JSON"}) from err


def query_parameters(
    request: web.Request, lists: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """Return the query parameters; those in ``lists`` are comma-separated (or repeated)."""
    params: dict[str, Any] = {}
    for key in request.query:
        if key in IGNORED_PARAMETERS or key in params:
            continue
        values = request.query.getall(key)
        if key in lists:
            # Empty items (and so an empty list) are refused: leave the parameter out for "any".
            params[key] = [
                item.strip() for value in values for item in value.split(",")
            ]
        else:
            params[key] = values[-1]
    return params


async def _fields(
    operation: Operation, rest: Rest, request: web.Request, path: dict[str, str]
) -> dict[str, Any]:
    """Return the operation's raw fields: the path's first, then the query's or the body's."""
    lists = frozenset(item.name for item in operation.fields if item.is_list)
    query = query_parameters(request, lists)
    if rest.body is None:
        return {**path, **query}
    if query:
        raise InvalidFieldsError(dict.fromkeys(query, "is not a known field"))
    body = await read_json(request)
    if not isinstance(body, dict):
        raise InvalidFieldsError({"body": "must be a JSON object"})
    if extra := [name for name in path if name in body]:
        raise InvalidFieldsError(dict.fromkeys(extra, "is not a known field"))
    return {**path, **body}


def _thumbnail_response(thumbnail: Thumbnail) -> web.Response:
    content_type = _IMAGE_TYPES.get(
        (thumbnail.format or "").lower(), "application/octet-stream"
    )
    return web.Response(
        body=thumbnail.data,
        content_type=content_type,
        headers={
            "Cache-Control": "private, max-age=3600",
            "X-Content-Type-Options": "nosniff",
        },
    )


async def _stream_csv(
    request: web.Request, stream: AsyncGenerator[bytes]
) -> web.StreamResponse:
    """Stream the CSV (the first batch is read before the answer starts, so errors are JSON)."""
    try:
        first = await anext(stream)
        response = web.StreamResponse(headers=_CSV_HEADERS)
        await response.prepare(request)
        try:
            await response.write(first)
            async for chunk in stream:
                await response.write(chunk)
            await response.write_eof()
        except ConnectionResetError:
            # The client hung up (aiohttp's ClientConnectionResetError is one): no more batches.
            LOGGER.debug("The client left the print log export half-way")
            return response
        except StoreError as err:
            # Too late for an error answer: drop the connection without the chunked body's
            # end, so that the part is not mistaken for the complete file.
            LOGGER.warning("The print log export stopped half-way: %s", err)
            if (transport := request.transport) is not None:
                transport.abort()
            return response
    finally:
        await stream.aclose()
    return response


type Method = Callable[..., Awaitable[web.StreamResponse]]


def _method(operation: Operation, rest: Rest) -> Method:
    """Return the view method running ``operation``."""

    async def handle(
        view: HomeAssistantView, request: web.Request, **path: str
    ) -> web.StreamResponse:
        hass = request.app[KEY_HASS]
        user = request.get(KEY_HASS_USER)
        context = operation_context(hass, is_admin=user is not None and user.is_admin)
        stream: AsyncGenerator[bytes] | None = None
        try:
            if operation.admin and not context.is_admin:
                raise ForbiddenError
            data = await _fields(operation, rest, request, path)
            result = await operation.run(context, data)
            if isinstance(result, Thumbnail):
                return _thumbnail_response(result)
            if rest.media:
                stream = result
            else:
                return view.json(result, rest.status)
        except (ApiError, StoreError) as err:
            if (error := api_error(err)) is None:
                raise
            return error_response(error)
        assert stream is not None
        try:
            return await _stream_csv(request, stream)
        except (ApiError, StoreError) as err:
            if (error := api_error(err)) is None:
                raise
            return error_response(error)

    handle.__name__ = operation.name
    handle.__doc__ = operation.summary
    return handle


def views() -> list[type[HomeAssistantView]]:
    """Return a view class per path, with a method per operation on it."""
    by_path: dict[str, dict[str, Method]] = {}
    for operation in OPERATIONS:
        if (rest := operation.rest) is not None:
            by_path.setdefault(rest.path, {})[rest.method] = _method(operation, rest)
    return [
        type(
            f"PrintLoggerView{index}",
            (HomeAssistantView,),
            {
                "url": f"{API_PREFIX}{path}",
                "name": f"api:{DOMAIN}:{path.strip('/').replace('/', ':')}",
                "__doc__": f"{API_PREFIX}{path}",
                **methods,
            },
        )
        for index, (path, methods) in enumerate(by_path.items())
    ]


@callback
def async_register_views(hass: HomeAssistant) -> None:
    """Register the REST views."""
    for view in views():
        hass.http.register_view(view())
