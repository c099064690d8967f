"""
The operations' errors: one type per failure, mapped once per transport.

REST maps each to a status (``http.py``), the websocket to an error code (``websocket_api.py``), the
actions to a translation key (``services.py``). The store's own errors and probatio's are turned into
these by :func:`api_error`.
"""

from __future__ import annotations

from collections.abc import Mapping

import probatio

from ..store import (
    JobNotFoundError,
    PrinterNotFoundError,
    StoreUnavailableError,
    StoreValidationError,
)
from ..store.maintenance import (
    MaintenanceLogNotFoundError,
    MaintenanceTaskNotFoundError,
)


class ApiError(Exception):
    """
    Base of the operations' errors: a message for people.

    A refusal an operation explains in more words than its type (the printer is busy, the file is
    on another printer) has a ``reason``: the REST answer and the websocket error carry it, and
    an action shows the translation of that key (with ``placeholders``).
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str | None = None,
        placeholders: Mapping[str, str] | None = None,
    ) -> None:
        """Keep the message, and the reason and its placeholders if any."""
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.placeholders: dict[str, str] = dict(placeholders or {})


class InvalidFieldsError(ApiError):
    """Bad input; ``errors`` lists every bad field with its message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        """Keep the field-level messages; the message joins them."""
        self.errors: dict[str, str] = dict(errors)
        super().__init__(
            "; ".join(f"{field}: {text}" for field, text in self.errors.items())
            or "invalid request"
        )


class TooLargeError(ApiError):
    """The request is larger than the transport accepts."""


class NotFoundError(ApiError):
    """No such job or file (or the job has no thumbnail, or the file is on no printer)."""


class ConflictError(ApiError):
    """The change contradicts the printers' state (deleting the job being printed, a busy printer)."""


class ForbiddenError(ApiError):
    """A change by a user who is not an administrator."""

    def __init__(self) -> None:
        """Say who may."""
        super().__init__("only an administrator may change the print log")


class UnavailableError(ApiError):
    """No printer is set up, the database does not answer, or a printer's Moonraker failed."""


NOT_OPEN: str = "the print log is not open (no printer is set up)"
NO_DATABASE: str = "the print log database is unavailable; try again later"


def field_errors(err: probatio.Invalid) -> dict[str, str]:
    """Return probatio's errors as ``{field: message}`` (the first message of each field)."""
    errors: dict[str, str] = {}
    items = err.errors if isinstance(err, probatio.MultipleInvalid) else [err]
    for item in items:
        field = str(item.path[0]) if item.path else "body"
        if isinstance(item, probatio.RequiredFieldInvalid):
            message = "is required"
        elif isinstance(item, probatio.ExtraKeysInvalid):
            message = "is not a known field"
        else:
            message = item.error_message or "is not valid"
        errors.setdefault(field[:100], message)
    return errors


def api_error(err: BaseException) -> ApiError | None:
    """Return the operation error of an API, store or schema error; None for anything else."""
    if isinstance(err, ApiError):
        return err
    if isinstance(err, StoreValidationError):
        return InvalidFieldsError(err.errors)
    if isinstance(err, JobNotFoundError):
        return NotFoundError("no such job")
    if isinstance(err, MaintenanceTaskNotFoundError):
        return NotFoundError("no such maintenance task")
    if isinstance(err, MaintenanceLogNotFoundError):
        return NotFoundError("no such maintenance log entry")
    if isinstance(err, PrinterNotFoundError):
        return InvalidFieldsError({"printer_id": "is not a known printer"})
    if isinstance(err, StoreUnavailableError):
        return UnavailableError(NO_DATABASE)
    if isinstance(err, probatio.Invalid):
        return InvalidFieldsError(field_errors(err))
    return None
