"""HA-free async client for Moonraker, the API server of Klipper printers."""

from .client import BACKOFF, SUBSCRIPTION, MoonrakerClient, MoonrakerListener
from .errors import (
    MoonrakerAuthError,
    MoonrakerConnectionError,
    MoonrakerError,
    MoonrakerNotFoundError,
    MoonrakerProtocolError,
    MoonrakerRequestError,
    MoonrakerTimeoutError,
)

__all__ = [
    "BACKOFF",
    "SUBSCRIPTION",
    "MoonrakerAuthError",
    "MoonrakerClient",
    "MoonrakerConnectionError",
    "MoonrakerError",
    "MoonrakerListener",
    "MoonrakerNotFoundError",
    "MoonrakerProtocolError",
    "MoonrakerRequestError",
    "MoonrakerTimeoutError",
]
