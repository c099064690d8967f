"""
The print log's operations, defined once (HA-free, like ``store/``).

Each operation (``operations.py``) states its input fields (types, bounds, defaults, which user may
call it), its handler on the store and its result; the REST views (``http.py``), the websocket
commands (``websocket_api.py``), the actions (``services.py``) and the OpenAPI document
(``docs/openapi.yaml``, written by ``scripts/api_docs.py``) are adapters generated from these
definitions. See docs/architecture.md, "Adding an operation".
"""

from .errors import (
    ApiError,
    ConflictError,
    ForbiddenError,
    InvalidFieldsError,
    NotFoundError,
    TooLargeError,
    UnavailableError,
    api_error,
)
from .model import Context, Operation
from .operations import OPERATIONS, operation
from .shapes import LivePrinter

__all__ = [
    "OPERATIONS",
    "ApiError",
    "ConflictError",
    "Context",
    "ForbiddenError",
    "InvalidFieldsError",
    "LivePrinter",
    "NotFoundError",
    "Operation",
    "TooLargeError",
    "UnavailableError",
    "api_error",
    "operation",
]
