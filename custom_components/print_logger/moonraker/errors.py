"""Typed errors of the Moonraker client."""

from __future__ import annotations


class MoonrakerError(Exception):
    """Base class of everything the Moonraker client raises."""


class MoonrakerConnectionError(MoonrakerError):
    """Moonraker could not be reached, or the connection was lost."""


class MoonrakerTimeoutError(MoonrakerConnectionError):
    """Moonraker did not answer a request in time."""


class MoonrakerAuthError(MoonrakerError):
    """Moonraker rejected the request: the API key is missing or wrong (HTTP 401/403)."""


class MoonrakerProtocolError(MoonrakerError):
    """Moonraker answered with something that is not what its API documents."""


class MoonrakerRequestError(MoonrakerError):
    """Moonraker (or Klippy behind it) answered a request with an error."""

    def __init__(self, message: str, code: int | None = None) -> None:
        """Keep Moonraker's error code (an HTTP status or a JSON-RPC code) with the message."""
        super().__init__(message)
        self.code = code


class MoonrakerNotFoundError(MoonrakerRequestError):
    """The requested resource (file, job, endpoint) does not exist (HTTP 404)."""
