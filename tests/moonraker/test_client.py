"""The Moonraker client against the real Moonraker (no Klippy) and against broken peers."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
import gc
import json
import logging
from typing import Any

import aiohttp
from aiohttp import web
import pytest

from custom_components.print_logger.moonraker import (
    MoonrakerAuthError,
    MoonrakerClient,
    MoonrakerConnectionError,
    MoonrakerNotFoundError,
    MoonrakerProtocolError,
    MoonrakerTimeoutError,
    client as client_module,
)
from tests.helpers.moonraker import MoonrakerProcess


class Recorder:
    """A MoonrakerListener that records what it is told."""

    def __init__(self) -> None:
        self.connections: list[bool] = []
        self.klippy: list[tuple[str, bool]] = []
        self.statuses: list[dict[str, Any]] = []
        self.history: list[tuple[str, Mapping[str, Any]]] = []
        self.files: list[tuple[str, Mapping[str, Any]]] = []
        self.ready = 0
        self.spoolman: list[tuple[bool | None, int | None]] = []
        self.changed = asyncio.Event()

    def on_connection(self, connected: bool) -> None:
        self.connections.append(connected)
        self.changed.set()

    def on_klippy_state(
        self, state: str, message: str | None, *, notification: bool
    ) -> None:
        self.klippy.append((state, notification))
        self.changed.set()

    def on_status(self, status: Mapping[str, Any]) -> None:
        self.statuses.append({k: dict(v) for k, v in status.items()})
        self.changed.set()

    def on_history_changed(self, action: str, job: Mapping[str, Any]) -> None:
        self.history.append((action, job))
        self.changed.set()

    def on_filelist_changed(self, action: str, item: Mapping[str, Any]) -> None:
        self.files.append((action, item))
        self.changed.set()

    async def on_ready(self) -> None:
        self.ready += 1
        self.changed.set()

    def on_spoolman(self, connected: bool | None, spool_id: int | None) -> None:
        self.spoolman.append((connected, spool_id))
        self.changed.set()

    async def wait_for(self, predicate: Any, timeout: float = 10.0) -> None:
        async with asyncio.timeout(timeout):
            while not predicate():
                self.changed.clear()
                await self.changed.wait()


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def _stop(task: asyncio.Task[None]) -> None:
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


@pytest.mark.moonraker
async def test_http_helpers(
    session: aiohttp.ClientSession, moonraker: MoonrakerProcess
) -> None:
    """server.info, the instance id and history come back typed from the real Moonraker."""
    client = MoonrakerClient(session, "127.0.0.1", moonraker.port)
    info = await client.server_info()
    assert info["moonraker_version"].startswith("v0.11") or info[
        "moonraker_version"
    ].startswith("0.11")
    assert info["klippy_state"] in ("disconnected", "startup")
    assert "history" in info["components"]
    assert await client.instance_id() == moonraker.instance_uuid
    assert await client.history_list(limit=10) == []
    with pytest.raises(MoonrakerNotFoundError):
        await client.history_job("ffffff")
    with pytest.raises(MoonrakerNotFoundError):
        await client.file_metadata("no/such/file.gcode")
    assert (
        client.file_url("a b/ü.gcode")
        == f"http://127.0.0.1:{moonraker.port}/server/files/gcodes/a%20b/%C3%BC.gcode"
    )


@pytest.mark.moonraker
async def test_api_key(
    session: aiohttp.ClientSession, moonraker_auth: MoonrakerProcess
) -> None:
    """Without the key Moonraker says 401 (typed), with it the same call works; the websocket too."""
    anonymous = MoonrakerClient(session, "127.0.0.1", moonraker_auth.port)
    with pytest.raises(MoonrakerAuthError):
        await anonymous.instance_id()
    with pytest.raises(MoonrakerAuthError):
        await anonymous.run(Recorder())
    keyed = MoonrakerClient(
        session, "127.0.0.1", moonraker_auth.port, api_key=moonraker_auth.api_key
    )
    assert await keyed.instance_id() == moonraker_auth.instance_uuid
    listener = Recorder()
    task = asyncio.ensure_future(keyed.run(listener))
    await listener.wait_for(lambda: listener.klippy)
    assert listener.connections == [True]
    await _stop(task)


async def test_unreachable(session: aiohttp.ClientSession, closed_port: int) -> None:
    """A closed port is a connection error, over HTTP and as a websocket that keeps retrying."""
    client = MoonrakerClient(session, "127.0.0.1", closed_port, backoff=(0.01,))
    with pytest.raises(MoonrakerConnectionError):
        await client.server_info()
    listener = Recorder()
    task = asyncio.ensure_future(client.run(listener))
    await asyncio.sleep(0.2)
    assert not task.done()
    assert listener.connections == []
    await _stop(task)


@pytest.mark.moonraker
async def test_websocket_without_klippy_and_reconnect(
    session: aiohttp.ClientSession, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Identify, report Klippy disconnected, and come back after Moonraker restarts."""
    mr = MoonrakerProcess(tmp_path_factory.mktemp("mr-reconnect"))
    await asyncio.to_thread(mr.start)
    try:
        client = MoonrakerClient(session, "127.0.0.1", mr.port, backoff=(0.1,))
        listener = Recorder()
        task = asyncio.ensure_future(client.run(listener))
        await listener.wait_for(lambda: listener.klippy)
        assert listener.connections == [True]
        assert listener.klippy[0] == ("disconnected", False)
        assert client.connected
        await asyncio.to_thread(mr.restart)
        await listener.wait_for(
            lambda: listener.connections.count(True) == 2, timeout=20
        )
        assert listener.connections == [True, False, True]
        await _stop(task)
        assert not client.connected
    finally:
        await asyncio.to_thread(mr.stop)


class FakeMoonraker:
    """A websocket peer that says what a test wants, to check the client survives bad messages."""

    def __init__(self, script: list[Any]) -> None:
        self.script = script
        self.received: list[dict[str, Any]] = []

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for msg in ws:
            req = json.loads(msg.data)
            self.received.append(req)
            method = req["method"]
            if method == "server.connection.identify":
                await ws.send_json(
                    {"jsonrpc": "2.0", "id": req["id"], "result": {"connection_id": 1}}
                )
            elif method == "server.info":
                await ws.send_json(
                    {
                        "jsonrpc": "2.0",
                        "id": req["id"],
                        "result": {"klippy_state": "ready"},
                    }
                )
            elif method == "printer.objects.subscribe":
                status = {
                    "print_stats": {
                        "state": "standby",
                        "filename": "",
                        "info": {"current_layer": None},
                    }
                }
                await ws.send_json(
                    {
                        "jsonrpc": "2.0",
                        "id": req["id"],
                        "result": {"eventtime": 1.0, "status": status},
                    }
                )
                for item in self.script:
                    if isinstance(item, str):
                        await ws.send_str(item)
                    else:
                        await ws.send_json(item)
        return ws


async def test_broken_messages_are_survived(aiohttp_client: Any) -> None:
    """Non-JSON, wrong shapes and unknown ids are ignored; good diffs after them still merge."""
    script: list[Any] = [
        "this is not json",
        "[1, 2, 3]",
        {"jsonrpc": "2.0", "id": 999, "result": "nobody asked"},
        {"jsonrpc": "2.0", "method": "notify_status_update", "params": "nonsense"},
        {
            "jsonrpc": "2.0",
            "method": "notify_status_update",
            "params": [{"print_stats": 5}],
        },
        {
            "jsonrpc": "2.0",
            "method": "notify_history_changed",
            "params": [{"action": "added"}],
        },
        {
            "jsonrpc": "2.0",
            "method": "notify_filelist_changed",
            "params": [{"action": "create_file", "item": 3}],
        },
        {"jsonrpc": "2.0", "method": "notify_something_new", "params": [{}]},
        {
            "jsonrpc": "2.0",
            "method": "notify_status_update",
            "params": [
                {
                    "print_stats": {
                        "state": "printing",
                        "filename": "a.gcode",
                        "info": {"current_layer": 3},
                    }
                },
                2.0,
            ],
        },
        {
            "jsonrpc": "2.0",
            "method": "notify_history_changed",
            "params": [{"action": "added", "job": {"job_id": "01"}}],
        },
    ]
    fake = FakeMoonraker(script)
    app = web.Application()
    app.router.add_get("/websocket", fake.handle)
    test_client = await aiohttp_client(app)
    client = MoonrakerClient(
        test_client.session, "127.0.0.1", test_client.port, backoff=(0.01,)
    )
    listener = Recorder()
    task = asyncio.ensure_future(client.run(listener))
    await listener.wait_for(lambda: listener.history)
    await _stop(task)
    assert listener.ready == 1
    assert listener.statuses[-1]["print_stats"] == {
        "state": "printing",
        "filename": "a.gcode",
        "info": {"current_layer": 3},
    }
    assert listener.history == [("added", {"job_id": "01"})]
    assert listener.files == [("create_file", {})]
    assert [r["method"] for r in fake.received][:3] == [
        "server.connection.identify",
        "server.info",
        "printer.objects.subscribe",
    ]
    assert fake.received[0]["params"]["client_name"] == "Print Logger"


async def test_rpc_errors_and_bad_results(aiohttp_client: Any) -> None:
    """JSON-RPC errors become typed errors; a subscribe result without status is a protocol error."""

    async def handle(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        async for msg in ws:
            req = json.loads(msg.data)
            if req["method"] == "server.connection.identify":
                await ws.send_json(
                    {
                        "jsonrpc": "2.0",
                        "id": req["id"],
                        "error": {"code": 401, "message": "Unauthorized"},
                    }
                )
        return ws

    app = web.Application()
    app.router.add_get("/websocket", handle)
    test_client = await aiohttp_client(app)
    client = MoonrakerClient(test_client.session, "127.0.0.1", test_client.port)
    with pytest.raises(MoonrakerAuthError):
        await client.run(Recorder())

    async def bad_http(request: web.Request) -> web.Response:
        return web.Response(text="<html>not moonraker</html>", content_type="text/html")

    app2 = web.Application()
    app2.router.add_get("/server/info", bad_http)
    client2 = await aiohttp_client(app2)
    with pytest.raises(MoonrakerProtocolError):
        await MoonrakerClient(client2.session, "127.0.0.1", client2.port).server_info()


class _FailingReady(Recorder):
    """A listener whose ``on_ready`` fails with an unexpected error the first ``failures`` times."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    async def on_ready(self) -> None:
        await super().on_ready()
        if self.ready <= self.failures:
            raise RuntimeError("a bug in on_ready")


async def test_unexpected_errors_never_end_the_run_loop(
    aiohttp_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Any error in subscribe or on_ready is logged once with its traceback; the client reconnects."""
    fake = FakeMoonraker([])
    app = web.Application()
    app.router.add_get("/websocket", fake.handle)
    test_client = await aiohttp_client(app)
    client = MoonrakerClient(
        test_client.session, "127.0.0.1", test_client.port, backoff=(0.01,)
    )
    listener = _FailingReady(failures=3)
    caplog.set_level("DEBUG", logger="custom_components.print_logger.moonraker")
    task = asyncio.ensure_future(client.run(listener))
    await listener.wait_for(lambda: listener.ready == 4 and client.connected)
    assert not task.done()
    await _stop(task)
    unexpected = [r for r in caplog.records if "Unexpected error" in r.getMessage()]
    assert len(unexpected) == 1
    assert unexpected[0].exc_info is not None
    assert "a bug in on_ready" in caplog.text
    restored = [r for r in caplog.records if "restored" in r.getMessage()]
    assert len(restored) == 3  # once after each outage
    assert listener.connections[:6] == [True, False] * 3


async def test_connection_restored_is_logged_once_per_outage(
    session: aiohttp.ClientSession,
    closed_port: int,
    aiohttp_client: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Failed reconnects do not log "restored"; the first good one does, once."""
    fake = FakeMoonraker([])
    app = web.Application()
    app.router.add_get("/websocket", fake.handle)
    test_client = await aiohttp_client(app)
    client = MoonrakerClient(
        test_client.session, "127.0.0.1", closed_port, backoff=(0.01,)
    )
    listener = Recorder()
    caplog.set_level("INFO", logger="custom_components.print_logger.moonraker")
    task = asyncio.ensure_future(client.run(listener))
    await asyncio.sleep(0.1)
    assert listener.connections == []
    client.port = test_client.port
    await listener.wait_for(lambda: listener.ready == 1)
    await asyncio.sleep(0.05)
    await _stop(task)
    lost = [r for r in caplog.records if r.getMessage().startswith("Lost Moonraker")]
    restored = [r for r in caplog.records if "restored" in r.getMessage()]
    assert len(lost) == 1
    assert len(restored) == 1


class _FailingTogether(Recorder):
    """A listener whose first ``on_ready`` fails at the moment the reader fails too."""

    def __init__(self, gate: asyncio.Event) -> None:
        super().__init__()
        self.gate = gate

    async def on_ready(self) -> None:
        await super().on_ready()
        if self.ready == 1:
            await self.gate.wait()
            raise MoonrakerConnectionError("setup: the websocket closed")


async def test_both_tasks_failing_at_a_close_leave_no_unretrieved_error(
    aiohttp_client: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The reader and the setup fail together as the socket closes: neither error is left unretrieved."""
    fake = FakeMoonraker([])
    app = web.Application()
    app.router.add_get("/websocket", fake.handle)
    test_client = await aiohttp_client(app)
    client = MoonrakerClient(
        test_client.session, "127.0.0.1", test_client.port, backoff=(0.01,)
    )
    gate = asyncio.Event()
    listener = _FailingTogether(gate)
    read = client._read

    async def read_then_fail(ws: Any, listener: Any) -> None:
        if listener.ready == 0:
            reading = asyncio.ensure_future(read(ws, listener))
            await gate.wait()
            reading.cancel()
            raise MoonrakerConnectionError("reader: the websocket closed")
        await read(ws, listener)

    client._read = read_then_fail  # type: ignore[method-assign]
    # No log records of the outage: they would keep its first error, and both tasks, alive.
    caplog.set_level(logging.WARNING, logger="custom_components.print_logger.moonraker")
    unretrieved: list[str] = []
    loop = asyncio.get_running_loop()
    previous = loop.get_exception_handler()
    loop.set_exception_handler(
        lambda _loop, context: unretrieved.append(context["message"])
    )
    try:
        task = asyncio.ensure_future(client.run(listener))
        await listener.wait_for(lambda: listener.ready == 1)
        gate.set()
        await listener.wait_for(lambda: listener.ready == 2)
        await _stop(task)
        gc.collect()
    finally:
        loop.set_exception_handler(previous)
    assert unretrieved == []


async def test_a_diff_that_changes_nothing_is_not_handed_on(
    session: aiohttp.ClientSession,
) -> None:
    """Moonraker repeating values (or sending a field unchanged) tells the listener nothing."""
    client = MoonrakerClient(session, "127.0.0.1")
    listener = Recorder()
    client._subscribed = True

    def status_update(diff: Mapping[str, Any]) -> None:
        client._dispatch(
            {"jsonrpc": "2.0", "method": "notify_status_update", "params": [diff, 1.0]},
            listener,
        )

    status_update({"print_stats": {"state": "standby", "info": {"current_layer": 1}}})
    status_update({"print_stats": {"state": "standby"}})
    status_update({"print_stats": {"info": {"current_layer": 1}}})
    client._dispatch(
        {"jsonrpc": "2.0", "method": "notify_proc_stat_update", "params": [{}]},
        listener,
    )
    assert len(listener.statuses) == 1
    status_update({"print_stats": {"info": {"total_layer": 20}}})
    assert listener.statuses[-1]["print_stats"] == {
        "state": "standby",
        "info": {"current_layer": 1, "total_layer": 20},
    }
    assert len(listener.statuses) == 2


class _Peer:
    """A websocket peer scripted per connection: refuse the handshake, drop, or serve."""

    def __init__(self, plan: list[str], *, answer_info: bool = True) -> None:
        self.plan = plan
        self.answer_info = answer_info
        self.connections = 0
        self.connected = asyncio.Event()
        self.release = asyncio.Event()
        self.unanswered: list[str] = []

    async def handle(self, request: web.Request) -> web.StreamResponse:
        step = self.plan[min(self.connections, len(self.plan) - 1)]
        self.connections += 1
        self.connected.set()
        if step.isdigit():
            return web.Response(status=int(step), text="no")
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        if step == "drop":
            await ws.close()
            return ws
        async for msg in ws:
            req = json.loads(msg.data)
            if req["method"] == "server.info" and not self.answer_info:
                self.unanswered.append(req["method"])
                continue
            if req["method"] == "server.connection.identify":
                await ws.send_json(
                    {"jsonrpc": "2.0", "id": req["id"], "result": {"connection_id": 1}}
                )
            elif req["method"] in ("server.info", "printer.objects.subscribe"):
                await fake_answer(ws, req)
            if step == "hold" and req["method"] == "printer.objects.subscribe":
                await self.release.wait()
                await ws.close()
        return ws


async def fake_answer(ws: web.WebSocketResponse, req: dict[str, Any]) -> None:
    """Answer ``server.info`` and ``printer.objects.subscribe`` as a ready, idle printer."""
    if req["method"] == "server.info":
        result: dict[str, Any] = {"klippy_state": "ready"}
    else:
        result = {
            "eventtime": 1.0,
            "status": {"print_stats": {"state": "standby", "filename": ""}},
        }
    await ws.send_json({"jsonrpc": "2.0", "id": req["id"], "result": result})


async def _serve(aiohttp_client: Any, peer: _Peer) -> Any:
    app = web.Application()
    app.router.add_get("/websocket", peer.handle)
    return await aiohttp_client(app)


@pytest.mark.parametrize("status", [401, 403])
async def test_handshake_refused_for_the_key_ends_the_loop(
    aiohttp_client: Any, status: int
) -> None:
    """401 / 403 on the websocket upgrade is a rejected key: run() ends with the auth error."""
    peer = _Peer([str(status)])
    server = await _serve(aiohttp_client, peer)
    client = MoonrakerClient(server.session, "127.0.0.1", server.port, backoff=(0.01,))
    with pytest.raises(MoonrakerAuthError, match="rejected the API key"):
        await asyncio.wait_for(client.run(Recorder()), 10)
    assert peer.connections == 1


async def test_other_handshake_failures_are_retried(aiohttp_client: Any) -> None:
    """A 502 from a proxy or a 500 is an outage: retried until Moonraker answers."""
    peer = _Peer(["502", "500", "serve"])
    server = await _serve(aiohttp_client, peer)
    client = MoonrakerClient(server.session, "127.0.0.1", server.port, backoff=(0.01,))
    listener = Recorder()
    task = asyncio.ensure_future(client.run(listener))
    await listener.wait_for(lambda: listener.ready == 1)
    await _stop(task)
    assert peer.connections == 3
    assert listener.connections[0] is True


async def test_rpc_timeout(aiohttp_client: Any) -> None:
    """An unanswered call raises the timeout error, forgets the request, and the loop reconnects."""
    peer = _Peer(["serve"], answer_info=False)
    server = await _serve(aiohttp_client, peer)
    client = MoonrakerClient(
        server.session,
        "127.0.0.1",
        server.port,
        request_timeout=0.2,
        backoff=(0.01,),
    )
    listener = Recorder()
    task = asyncio.ensure_future(client.run(listener))
    # server.info is never answered: each connection's set-up times out and the client reconnects.
    await listener.wait_for(
        lambda: (
            listener.connections.count(False) >= 2 and len(listener.connections) >= 3
        )
    )
    await _stop(task)
    assert listener.ready == 0
    assert peer.unanswered.count("server.info") >= 2
    assert client._pending == {}

    peer.answer_info = False
    direct = MoonrakerClient(
        server.session, "127.0.0.1", server.port, request_timeout=0.2
    )
    ws = await server.session.ws_connect(direct.websocket_url)
    direct._ws = ws
    reader = asyncio.ensure_future(ws.receive())
    with pytest.raises(
        MoonrakerTimeoutError, match=r"did not answer server\.info in 0\.2 s"
    ):
        await direct.call("server.info")
    assert direct._pending == {}
    reader.cancel()
    await ws.close()


class _RecordedWaits(MoonrakerClient):
    """The client with its reconnection waits recorded (and not waited)."""

    waits: list[float]

    async def _wait_to_reconnect(self, delay: float) -> None:
        self.waits.append(delay)
        await asyncio.sleep(0)


async def test_backoff_grows_and_resets_after_a_stable_connection(
    aiohttp_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Waits follow the backoff while connections fail; one that stayed up starts it over."""
    monkeypatch.setattr(client_module, "STABLE_AFTER", 0.3)
    peer = _Peer(["drop", "drop", "drop", "hold", "drop", "drop"])
    server = await _serve(aiohttp_client, peer)
    client = _RecordedWaits(
        server.session, "127.0.0.1", server.port, backoff=(1.0, 2.0, 3.0, 4.0)
    )
    client.waits = []
    listener = Recorder()
    task = asyncio.ensure_future(client.run(listener))
    await listener.wait_for(lambda: listener.ready == 1)
    await asyncio.sleep(0.4)  # the held connection outlives STABLE_AFTER
    peer.release.set()
    await listener.wait_for(lambda: len(client.waits) >= 6)
    await _stop(task)
    assert client.waits[:6] == [1.0, 2.0, 3.0, 1.0, 2.0, 3.0]
