"""
Spoolman through Moonraker's ``[spoolman]`` component (no connection of our own to Spoolman).

Moonraker keeps the active spool (``server.spoolman.get_spool_id`` / ``post_spool_id``, notified by
``notify_active_spool_set``), reports the extrusion to Spoolman, tells whether Spoolman is connected
(``server.spoolman.status``, ``notify_spoolman_status_changed``) and forwards requests to Spoolman's
REST API (``server.spoolman.proxy``). With ``use_v2_response`` the proxy answers
``{"response": …, "error": {"status_code", "message"} | null}``: Spoolman's own status and message
survive (a 404 stays a 404, Spoolman down is 503).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .errors import MoonrakerConnectionError, MoonrakerError

if TYPE_CHECKING:
    from .client import MoonrakerClient


class SpoolmanError(MoonrakerError):
    """Spoolman answered with an error (through Moonraker's proxy)."""

    def __init__(self, message: str, status: int | None = None) -> None:
        """Keep Spoolman's status."""
        super().__init__(message)
        self.status = status


class SpoolmanUnavailableError(SpoolmanError):
    """Moonraker has no connection to Spoolman (503) or no ``[spoolman]`` at all."""


class SpoolNotFoundError(SpoolmanError):
    """Spoolman knows no spool of that id (deleted, or never was)."""


@dataclass(frozen=True, kw_only=True)
class SpoolFacts:
    """What Spoolman says of a spool: the copy a job keeps, and the active spool's sensor."""

    spool_id: int
    filament_name: str | None = None
    vendor: str | None = None
    material: str | None = None
    color_hex: str | None = None
    multi_color_hexes: str | None = None
    diameter: float | None = None
    density: float | None = None
    price: float | None = None
    price_weight: float | None = None
    remaining_weight: float | None = None
    archived: bool = False

    @property
    def label(self) -> str:
        """Return a short name: ``#1 eSUN PLA+ Black``."""
        parts = [f"#{self.spool_id}", self.vendor, self.filament_name]
        return " ".join(p for p in parts if p)


def _num(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def spool_facts(spool: Mapping[str, Any]) -> SpoolFacts:
    """
    Return the facts of a spool as Spoolman's REST API gives it.

    The price is the spool's own (for its initial weight) if it has one, else the filament's (for
    the filament's weight); Spoolman leaves out fields without a value.
    """
    filament = spool.get("filament")
    fil: Mapping[str, Any] = filament if isinstance(filament, Mapping) else {}
    vendor = fil.get("vendor")
    ven: Mapping[str, Any] = vendor if isinstance(vendor, Mapping) else {}
    price, price_weight = _num(spool.get("price")), _num(spool.get("initial_weight"))
    if price is None:
        price, price_weight = _num(fil.get("price")), _num(fil.get("weight"))
    if price_weight is None:
        price_weight = _num(fil.get("weight"))
    return SpoolFacts(
        spool_id=int(spool["id"]),
        filament_name=_str(fil.get("name")),
        vendor=_str(ven.get("name")),
        material=_str(fil.get("material")),
        color_hex=_str(fil.get("color_hex")),
        multi_color_hexes=_str(fil.get("multi_color_hexes")),
        diameter=_num(fil.get("diameter")),
        density=_num(fil.get("density")),
        price=price,
        price_weight=price_weight,
        remaining_weight=_num(spool.get("remaining_weight")),
        archived=spool.get("archived") is True,
    )


def parse_status(result: Any) -> tuple[bool, int | None]:
    """Return (Spoolman connected, active spool id) of a ``server.spoolman.status`` result."""
    if not isinstance(result, Mapping):
        return False, None
    spool_id = result.get("spool_id")
    return (
        result.get("spoolman_connected") is True,
        spool_id
        if isinstance(spool_id, int) and not isinstance(spool_id, bool)
        else None,
    )


def parse_spool_id(params: Any) -> int | None:
    """Return the spool id of a ``notify_active_spool_set`` (``[{"spool_id": N | null}]``)."""
    if isinstance(params, list) and params and isinstance(params[0], Mapping):
        value = params[0].get("spool_id")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


async def proxy(
    client: MoonrakerClient,
    method: str,
    path: str,
    *,
    query: str | None = None,
    body: Mapping[str, Any] | None = None,
) -> Any:
    """
    Call Spoolman's REST API through Moonraker (``path`` like ``/v1/spool/1``); return its body.

    Raises :class:`SpoolmanUnavailableError` while Spoolman is down (or Moonraker has no
    ``[spoolman]``), :class:`SpoolNotFoundError` on a 404 and :class:`SpoolmanError` otherwise.
    """
    params: dict[str, Any] = {
        "request_method": method,
        "path": path,
        "use_v2_response": True,
    }
    if query:
        params["query"] = query
    if body is not None:
        params["body"] = dict(body)
    try:
        result = await client.call("server.spoolman.proxy", params)
    except MoonrakerError as err:
        code = getattr(err, "code", None)
        # -32601: Moonraker without [spoolman] ("Method not found").
        if code in (-32601, 503) or isinstance(err, MoonrakerConnectionError):
            raise SpoolmanUnavailableError(str(err), code) from err
        raise SpoolmanError(str(err), code) from err
    if not isinstance(result, Mapping):
        raise SpoolmanError("no answer from Spoolman")
    error = result.get("error")
    if isinstance(error, Mapping):
        status = error.get("status_code")
        message = str(error.get("message") or "Spoolman error")
        if status == 404:
            raise SpoolNotFoundError(message, 404)
        if status == 503:
            raise SpoolmanUnavailableError(message, 503)
        raise SpoolmanError(message, status if isinstance(status, int) else None)
    return result.get("response")


async def fetch_spool(client: MoonrakerClient, spool_id: int) -> SpoolFacts:
    """Return a spool's facts from Spoolman (through Moonraker); raise as :func:`proxy` does."""
    body = await proxy(client, "GET", f"/v1/spool/{int(spool_id)}")
    if not isinstance(body, Mapping) or "id" not in body:
        raise SpoolmanError(f"Spoolman answered no spool for id {spool_id}")
    return spool_facts(body)


async def list_spools(client: MoonrakerClient) -> list[SpoolFacts]:
    """Return the spools Spoolman has (not archived), by id."""
    body = await proxy(client, "GET", "/v1/spool")
    if not isinstance(body, list):
        return []
    return sorted(
        (spool_facts(s) for s in body if isinstance(s, Mapping) and "id" in s),
        key=lambda s: s.spool_id,
    )


async def set_active_spool(client: MoonrakerClient, spool_id: int | None) -> None:
    """Make a spool active in Moonraker (None: clear; Moonraker then tells Spoolman nothing more)."""
    # Clearing is post_spool_id without spool_id: {"spool_id": null} is refused with a 400.
    params = {} if spool_id is None else {"spool_id": int(spool_id)}
    await client.call("server.spoolman.post_spool_id", params)
