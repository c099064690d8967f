"""A Spoolman test server (aiohttp) that answers as the real Spoolman 0.26.1 did in the captures.

Spoolman is not installable here, so this double stands in for it under the REAL Moonraker's
``[spoolman]`` component. It implements the parts of Spoolman's API that Moonraker and Print Logger
use, with its state in memory, shaped as ``tests/fixtures/spoolman/setup.json`` (taken from the
captures, see ``tests/fixtures/spoolman/SOURCES.md``) shows:

- REST ``/api/v1/``: ``info``, ``health``, ``vendor``, ``filament``, ``spool`` (list, get, create,
  patch, delete) and ``PUT spool/<id>/use`` (length or weight; weight from length as
  ``length × π × (d/2)² / 1000 × density``); fields without value are left out; the errors 404
  ``{"message": …}``, 422 ``{"detail": […]}``, 400 on ``/use`` without amount, 403 on a write with a
  foreign ``Origin``.
- websockets ``/api/v1/spool``, ``/api/v1/spool/<id>`` and ``/api/v1/``: ``{"type", "resource",
  "date", "payload"}`` events; a text message is answered ``{"status": "healthy"}``; on :meth:`stop`
  they are closed with code 1012, as uvicorn does on SIGTERM.

Every ``/use`` call is kept in :attr:`uses` (spool id, length mm, weight g), so a test can compare
what Print Logger stored with what Moonraker reported to Spoolman.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime
import json
import math
from pathlib import Path
from typing import Any, Self

from aiohttp import WSCloseCode, WSMsgType, web

from tests.helpers.moonraker import free_port

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "spoolman" / "setup.json"
ORIGIN_REFUSED = (
    "Request refused: it came from an origin this Spoolman instance does not trust. "
    "Set SPOOLMAN_CORS_ORIGIN if this origin should be allowed."
)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _now_us() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _clean(obj: dict[str, Any]) -> dict[str, Any]:
    """Leave out fields without a value, as Spoolman does."""
    return {k: v for k, v in obj.items() if v is not None}


@dataclass
class Use:
    """One ``PUT /api/v1/spool/<id>/use`` that Spoolman accepted."""

    spool_id: int
    length_mm: float | None
    weight_g: float
    client: str


class _WebSocket(web.WebSocketResponse):
    """
    A websocket whose heartbeat is never re-armed once it is closed.

    aiohttp 3.14 re-arms the heartbeat timer for data read after :meth:`close` (the peer's close
    reply arrives after ``close()`` cancelled the heartbeat and schedules a reset), leaving a
    ``_send_heartbeat`` timer behind a closed websocket: a lingering timer at a test's teardown.
    """

    def _reset_heartbeat(self) -> None:
        if not self.closed and not self._stopped:
            super()._reset_heartbeat()

    _stopped = False

    def stop_heartbeat(self) -> None:
        """Cancel the heartbeat's timers for good (the handler has returned)."""
        self._stopped = True
        self._cancel_heartbeat()


@dataclass
class _Socket:
    ws: web.WebSocketResponse
    resource: str | None  # None: everything
    spool_id: int | None = None


@dataclass
class SpoolmanDouble:
    """The Spoolman test server on ``127.0.0.1:port``."""

    port: int = 0
    vendors: dict[int, dict[str, Any]] = field(default_factory=dict)
    filaments: dict[int, dict[str, Any]] = field(default_factory=dict)
    spools: dict[int, dict[str, Any]] = field(default_factory=dict)
    uses: list[Use] = field(default_factory=list)
    requests: list[tuple[str, str, str]] = field(default_factory=list)
    _sockets: list[_Socket] = field(default_factory=list)
    _handlers: set[asyncio.Future[None]] = field(default_factory=set)
    """One future per websocket handler running, done when it has returned."""
    _stopping: bool = False
    _runner: web.AppRunner | None = None
    _next: dict[str, int] = field(
        default_factory=lambda: {"vendor": 1, "filament": 1, "spool": 1}
    )
    use_event: asyncio.Event = field(default_factory=asyncio.Event)

    def __post_init__(self) -> None:
        """Choose a port."""
        if not self.port:
            self.port = free_port()

    @property
    def url(self) -> str:
        """Return the base URL (what Moonraker's ``[spoolman] server`` takes)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def moonraker_config(self) -> str:
        """Return Moonraker's ``[spoolman]`` section for this server."""
        return f"[spoolman]\nserver: {self.url}\nsync_rate: 1\n"

    @property
    def running(self) -> bool:
        """Return True while the server listens."""
        return self._runner is not None

    # ------------------------------------------------------------------ lifecycle

    async def start(self) -> None:
        """Listen on the port (again, after :meth:`stop`, with the same state)."""
        self._stopping = False
        app = web.Application(middlewares=[self._middleware])
        app.router.add_get("/api/v1/", self._ws_all)
        app.router.add_get("/api/v1/info", self._info)
        app.router.add_get("/api/v1/health", self._health)
        for kind in ("vendor", "filament", "spool"):
            app.router.add_get(f"/api/v1/{kind}", self._list(kind))
            app.router.add_post(f"/api/v1/{kind}", self._create_handler(kind))
            app.router.add_get(f"/api/v1/{kind}/{{id}}", self._get(kind))
            app.router.add_patch(f"/api/v1/{kind}/{{id}}", self._patch(kind))
            app.router.add_delete(f"/api/v1/{kind}/{{id}}", self._delete(kind))
        app.router.add_put("/api/v1/spool/{id}/use", self._use)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        """
        Stop as uvicorn does on SIGTERM: close every websocket with 1012, stop listening.

        Deterministic: no new websocket is accepted, one still opening is closed as soon as it
        is open, and every websocket handler has returned (its heartbeat cancelled) before the
        server stops, so no timer of a websocket outlives the server.
        """
        self._stopping = True
        for sock in list(self._sockets):
            await sock.ws.close(code=WSCloseCode.SERVICE_RESTART, message=b"")
        if self._handlers:
            await asyncio.wait(set(self._handlers))
        self._sockets.clear()
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def __aenter__(self) -> Self:
        """Start on entry."""
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        """Stop on exit."""
        await self.stop()

    # ------------------------------------------------------------------ set-up helpers

    def seed(self) -> dict[int, dict[str, Any]]:
        """Create the captures' vendor, two filaments and two spools; return the spools."""
        data = json.loads(FIXTURE.read_text(encoding="utf-8"))
        for create in data["creates"]:
            kind = create["path"].rsplit("/", 1)[1]
            self.create(kind, create["json"])
        return self.spools

    def create(self, kind: str, body: dict[str, Any]) -> dict[str, Any]:
        """Create a vendor, filament or spool as ``POST /api/v1/<kind>`` does; return it."""
        ident = self._next[kind]
        self._next[kind] += 1
        obj: dict[str, Any] = {"id": ident, "registered": _now()}
        if kind == "vendor":
            obj |= {
                "name": body["name"],
                "comment": body.get("comment"),
                "empty_spool_weight": _f(body.get("empty_spool_weight")),
                "extra": body.get("extra", {}),
            }
            self.vendors[ident] = _clean(obj)
        elif kind == "filament":
            obj |= {"name": body.get("name")}
            obj["_vendor_id"] = body.get("vendor_id")
            for key in (
                "material",
                "price",
                "density",
                "diameter",
                "weight",
                "spool_weight",
            ):
                obj[key] = _f(body.get(key)) if key != "material" else body.get(key)
            for key in (
                "settings_extruder_temp",
                "settings_bed_temp",
                "color_hex",
                "multi_color_hexes",
                "multi_color_direction",
            ):
                obj[key] = body.get(key)
            obj["extra"] = body.get("extra", {})
            self.filaments[ident] = _clean(obj)
        else:
            obj |= {
                "first_used": None,
                "last_used": None,
                "_filament_id": body["filament_id"],
                "price": _f(body.get("price")),
                "initial_weight": _f(body.get("initial_weight")),
                "spool_weight": _f(body.get("spool_weight")),
                "used_weight": _f(body.get("used_weight")) or 0.0,
                "location": body.get("location"),
                "lot_nr": body.get("lot_nr"),
                "comment": body.get("comment"),
                "archived": bool(body.get("archived", False)),
                "extra": body.get("extra", {}),
            }
            self.spools[ident] = obj
        return self.render(kind, ident)

    def render(self, kind: str, ident: int) -> dict[str, Any]:
        """Return an object as Spoolman's REST API answers it (nested, computed, no empty fields)."""
        if kind == "vendor":
            return dict(self.vendors[ident])
        if kind == "filament":
            fil = dict(self.filaments[ident])
            vendor_id = fil.pop("_vendor_id", None)
            out: dict[str, Any] = {
                "id": fil.pop("id"),
                "registered": fil.pop("registered"),
            }
            out["name"] = fil.pop("name", None)
            if vendor_id in self.vendors:
                out["vendor"] = self.render("vendor", vendor_id)
            out |= fil
            return _clean(out)
        spool = self.spools[ident]
        fil = self.render("filament", spool["_filament_id"])
        used = spool["used_weight"]
        initial = spool.get("initial_weight")
        remaining = None if initial is None else max(initial - used, 0.0)
        out = {
            "id": ident,
            "registered": spool["registered"],
            "first_used": spool["first_used"],
            "last_used": spool["last_used"],
            "filament": fil,
            "price": spool["price"],
            "remaining_weight": remaining,
            "initial_weight": initial,
            "spool_weight": spool["spool_weight"],
            "used_weight": used,
            "remaining_length": _length(fil, remaining),
            "used_length": _length(fil, used),
            "location": spool["location"],
            "lot_nr": spool["lot_nr"],
            "comment": spool["comment"],
            "archived": spool["archived"],
            "extra": spool["extra"],
        }
        return _clean(out)

    async def delete_spool(self, ident: int) -> None:
        """Delete a spool as ``DELETE /api/v1/spool/<id>`` does (with its ``deleted`` event)."""
        payload = self.render("spool", ident)
        del self.spools[ident]
        await self._broadcast("deleted", "spool", payload)

    async def patch_spool(self, ident: int, changes: dict[str, Any]) -> dict[str, Any]:
        """Change a spool (e.g. ``{"archived": True}``) with its ``updated`` event."""
        self.spools[ident].update(changes)
        payload = self.render("spool", ident)
        await self._broadcast("updated", "spool", payload)
        return payload

    def used_length(self, spool_id: int) -> float:
        """Return the length Moonraker reported for a spool (sum of its ``/use`` calls)."""
        return sum(u.length_mm or 0.0 for u in self.uses if u.spool_id == spool_id)

    def used_weight(self, spool_id: int) -> float:
        """Return the grams Spoolman booked on a spool through ``/use``."""
        return sum(u.weight_g for u in self.uses if u.spool_id == spool_id)

    # ------------------------------------------------------------------ HTTP

    @web.middleware
    async def _middleware(
        self, request: web.Request, handler: Any
    ) -> web.StreamResponse:
        self.requests.append(
            (request.method, request.path, request.headers.get("User-Agent", ""))
        )
        if request.method in ("POST", "PUT", "PATCH", "DELETE"):
            origin = request.headers.get("Origin")
            if origin and origin != self.url:
                return web.json_response({"message": ORIGIN_REFUSED}, status=403)
        resp: web.StreamResponse = await handler(request)
        return resp

    async def _info(self, _request: web.Request) -> web.Response:
        data = json.loads(FIXTURE.read_text(encoding="utf-8"))
        return web.json_response(data["answers"]["/api/v1/info"])

    async def _health(self, _request: web.Request) -> web.Response:
        return web.json_response({"status": "healthy"})

    def _store(self, kind: str) -> dict[int, dict[str, Any]]:
        return {
            "vendor": self.vendors,
            "filament": self.filaments,
            "spool": self.spools,
        }[kind]

    def _ident(self, request: web.Request, kind: str) -> int | web.Response:
        raw = request.match_info["id"]
        try:
            ident = int(raw)
        except ValueError:
            return web.json_response(
                {
                    "detail": [
                        {
                            "type": "int_parsing",
                            "loc": ["path", f"{kind}_id"],
                            "msg": "Input should be a valid integer, unable to parse string as an integer",
                            "input": raw,
                        }
                    ]
                },
                status=422,
            )
        if ident not in self._store(kind):
            return web.json_response(
                {"message": f"No {kind} with ID {ident} found."}, status=404
            )
        return ident

    def _list(self, kind: str) -> Any:
        async def handler(request: web.Request) -> web.StreamResponse:
            if (
                kind == "spool"
                and request.headers.get("Upgrade", "").lower() == "websocket"
            ):
                return await self._ws(request, "spool", None)
            items = [self.render(kind, i) for i in sorted(self._store(kind))]
            if (
                kind == "spool"
                and request.query.get("allow_archived", "false") != "true"
            ):
                items = [s for s in items if not s.get("archived")]
            return web.json_response(items, headers={"X-Total-Count": str(len(items))})

        return handler

    def _create_handler(self, kind: str) -> Any:
        async def handler(request: web.Request) -> web.Response:
            body = await request.json()
            obj = self.create(kind, body)
            await self._broadcast("added", kind, obj)
            return web.json_response(obj)

        return handler

    def _get(self, kind: str) -> Any:
        async def handler(request: web.Request) -> web.StreamResponse:
            if (
                kind == "spool"
                and request.headers.get("Upgrade", "").lower() == "websocket"
            ):
                ident = int(request.match_info["id"])
                return await self._ws(request, "spool", ident)
            ident = self._ident(request, kind)
            if isinstance(ident, web.Response):
                return ident
            return web.json_response(self.render(kind, ident))

        return handler

    def _patch(self, kind: str) -> Any:
        async def handler(request: web.Request) -> web.Response:
            ident = self._ident(request, kind)
            if isinstance(ident, web.Response):
                return ident
            body = await request.json()
            store = self._store(kind)
            store[ident].update(body)
            obj = self.render(kind, ident)
            await self._broadcast("updated", kind, obj)
            return web.json_response(obj)

        return handler

    def _delete(self, kind: str) -> Any:
        async def handler(request: web.Request) -> web.Response:
            ident = self._ident(request, kind)
            if isinstance(ident, web.Response):
                return ident
            payload = self.render(kind, ident)
            del self._store(kind)[ident]
            await self._broadcast("deleted", kind, payload)
            return web.json_response({"message": "Success!"})

        return handler

    async def _use(self, request: web.Request) -> web.Response:
        try:
            ident = int(request.match_info["id"])
        except ValueError:
            return web.json_response({"detail": []}, status=422)
        body = await request.json()
        if ident not in self.spools:
            return web.json_response(
                {"message": "Filament not found for spool."}, status=404
            )
        length, weight = body.get("use_length"), body.get("use_weight")
        if length is None and weight is None:
            return web.json_response(
                {"message": "Either use_weight or use_length must be specified."},
                status=400,
            )
        spool = self.spools[ident]
        per_mm = _grams_per_mm(self.render("filament", spool["_filament_id"]))
        grams = float(weight) if weight is not None else float(length) * per_mm
        spool["used_weight"] += grams
        now = _now()
        spool["first_used"] = spool["first_used"] or now
        spool["last_used"] = now
        self.uses.append(
            Use(
                ident,
                None if length is None else float(length),
                grams,
                request.headers.get("User-Agent", ""),
            )
        )
        self.use_event.set()
        obj = self.render("spool", ident)
        await self._broadcast("updated", "spool", obj)
        return web.json_response(obj)

    # ------------------------------------------------------------------ websockets

    async def _ws_all(self, request: web.Request) -> web.StreamResponse:
        return await self._ws(request, None, None)

    async def _ws(
        self, request: web.Request, resource: str | None, spool_id: int | None
    ) -> web.StreamResponse:
        if self._stopping:
            raise web.HTTPServiceUnavailable
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._handlers.add(done)
        ws = _WebSocket(heartbeat=20.0)
        sock = _Socket(ws, resource, spool_id)
        try:
            await ws.prepare(request)
            self._sockets.append(sock)
            if self._stopping:
                # stop() began while this one was opening: it closes like the others.
                await ws.close(code=WSCloseCode.SERVICE_RESTART, message=b"")
            async for msg in ws:
                if msg.type is WSMsgType.TEXT:
                    await ws.send_json({"status": "healthy"})
        finally:
            try:
                if sock in self._sockets:
                    self._sockets.remove(sock)
                if ws.prepared and not ws.closed:
                    await ws.close(code=WSCloseCode.SERVICE_RESTART, message=b"")
            finally:
                # Whatever ended the handler (even a cancelled prepare()), no heartbeat outlives it.
                ws.stop_heartbeat()
                self._handlers.discard(done)
                done.set_result(None)
        return ws

    async def _broadcast(
        self, kind: str, resource: str, payload: dict[str, Any]
    ) -> None:
        message = {
            "type": kind,
            "resource": resource,
            "date": _now_us(),
            "payload": payload,
        }
        for sock in list(self._sockets):
            if sock.resource is not None and sock.resource != resource:
                continue
            if sock.spool_id is not None and payload.get("id") != sock.spool_id:
                continue
            if not sock.ws.closed:
                await sock.ws.send_json(message)


def _f(value: Any) -> float | None:
    return None if value is None else float(value)


def _length(filament: dict[str, Any], weight: float | None) -> float | None:
    """Spoolman's length of a weight: ``weight / density × 1000 / (π × (d/2)²)``."""
    diameter, density = filament.get("diameter"), filament.get("density")
    if weight is None or not diameter or not density:
        return None
    return float(weight / density * 1000 / (math.pi * (diameter / 2) ** 2))


def _grams_per_mm(filament: dict[str, Any]) -> float:
    """Spoolman's weight of one mm: ``π × (d/2)² / 1000 × density``."""
    diameter, density = filament.get("diameter"), filament.get("density")
    if not diameter or not density:
        return 0.0
    return float(math.pi * (diameter / 2) ** 2 / 1000 * density)


async def main() -> None:
    """Run a seeded double by hand: ``python -m tests.helpers.spoolman [PORT]``."""
    import sys

    double = SpoolmanDouble(port=int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    double.seed()
    await double.start()
    print(f"spoolman double on {double.url}", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
