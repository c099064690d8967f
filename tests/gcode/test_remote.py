"""``fetch_head_tail`` against the real Moonraker, and against a server that refuses ranges."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
import shutil

import aiohttp
from aiohttp import web
import pytest

from custom_components.print_logger.gcode import (
    HEAD_BYTES,
    TAIL_BYTES,
    GcodeAuthError,
    GcodeFetchError,
    GcodeFileNotFoundError,
    fetch_head_tail,
    file_url,
    parse_file,
    parse_head_tail,
)
from tests.helpers.moonraker import MoonrakerProcess

from .test_archive import big_preview_bgcode_blocks
from .test_real_world_forms import big_last_layer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gcode"
SEED = FIXTURES / "orcaslicer/seed-user/player-tray-lid-pla-54m24s-2.gcode"
SMALL = FIXTURES / "orcaslicer/orcaslicer-2.3.1-benchy-thumbnails.gcode"
BAMBU = FIXTURES / "bambu_studio/bambustudio-02.04.00.70-fdm-monster-plate_1.gcode"


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    """Return a client session, closed after the test."""
    async with aiohttp.ClientSession() as client:
        yield client


def put(mr: MoonrakerProcess, source: Path, name: str) -> Path:
    """Copy a sample into Moonraker's gcodes folder under ``name``."""
    target = mr.gcodes_dir / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def test_file_url_quotes_each_segment() -> None:
    url = file_url("http://printer:7125/", "/sub dir/Tray #2 (ü).gcode")
    assert str(url) == (
        "http://printer:7125/server/files/gcodes/sub%20dir/Tray%20%232%20%28%C3%BC%29.gcode"
    )


@pytest.mark.moonraker
async def test_small_file_comes_whole(
    moonraker: MoonrakerProcess, session: aiohttp.ClientSession
) -> None:
    """A file smaller than the head window: one request, the whole file."""
    put(moonraker, SMALL, "folder with space/Benchy #1 ü.gcode")
    head, tail, size = await fetch_head_tail(
        session, moonraker.url, "folder with space/Benchy #1 ü.gcode"
    )
    assert head == SMALL.read_bytes()
    assert tail == b""
    assert size == SMALL.stat().st_size
    assert (
        parse_head_tail(head, tail, file_size=size).facts() == parse_file(SMALL).facts()
    )


@pytest.mark.moonraker
async def test_large_file_head_and_tail_by_range(
    moonraker: MoonrakerProcess, session: aiohttp.ClientSession
) -> None:
    """The user's 1.9 MB OrcaSlicer file: exactly the first and last window bytes."""
    put(moonraker, SEED, "seed.gcode")
    data = SEED.read_bytes()
    head, tail, size = await fetch_head_tail(session, moonraker.url, "seed.gcode")
    assert size == len(data)
    assert head == data[:HEAD_BYTES]
    assert tail == data[-TAIL_BYTES:]
    meta = parse_head_tail(head, tail, file_size=size)
    assert meta.facts() == parse_file(SEED).facts()
    assert meta.estimated_time == 54 * 60 + 24


@pytest.mark.moonraker
async def test_windows_grow_over_open_blocks(
    moonraker: MoonrakerProcess, session: aiohttp.ClientSession
) -> None:
    """Tiny windows cut a thumbnail block and the config block: more ranges are read."""
    put(moonraker, SEED, "grow.gcode")
    data = SEED.read_bytes()
    head, tail, size = await fetch_head_tail(
        session, moonraker.url, "grow.gcode", head_bytes=1024, tail_bytes=2048
    )
    assert size == len(data)
    assert data.startswith(head)
    assert data.endswith(tail)
    assert head.count(b"; THUMBNAIL_BLOCK_END") == 2
    assert b"; CONFIG_BLOCK_START" in tail
    assert len(head) == 8192  # 1024 doubled until the second thumbnail block closed
    assert len(tail) == 32768  # 2048 doubled until the config block's start was in
    assert (
        parse_head_tail(head, tail, file_size=size).facts() == parse_file(SEED).facts()
    )


@pytest.mark.moonraker
async def test_tail_grows_over_a_long_last_layer(
    moonraker: MoonrakerProcess, session: aiohttp.ClientSession, tmp_path: Path
) -> None:
    """A last layer longer than the tail window: the tail is read back to its Z (issue 12)."""
    source = big_last_layer(tmp_path)
    put(moonraker, source, "full-plate.gcode")
    data = source.read_bytes()
    head, tail, size = await fetch_head_tail(session, moonraker.url, "full-plate.gcode")
    assert size == len(data)
    assert len(tail) > TAIL_BYTES
    assert data.endswith(tail)
    meta = parse_head_tail(head, tail, file_size=size)
    assert meta.object_height == 48
    assert meta.facts() == parse_file(source).facts()


@pytest.mark.moonraker
async def test_bgcode_head_grows_past_a_big_preview(
    moonraker: MoonrakerProcess, session: aiohttp.ClientSession, tmp_path: Path
) -> None:
    """A .bgcode whose 300 KB preview pushes the metadata past the head window: more is read."""
    data = b"".join(big_preview_bgcode_blocks(gcode_blocks=64))
    source = tmp_path / "big_preview.bgcode"
    source.write_bytes(data)
    put(moonraker, source, "big_preview.bgcode")
    assert parse_head_tail(data[:HEAD_BYTES], b"").estimated_time is None
    head, tail, size = await fetch_head_tail(
        session, moonraker.url, "big_preview.bgcode"
    )
    assert size == len(data)
    assert (
        head == data[: 2 * HEAD_BYTES]
    )  # 256 KB doubled once: the G-code block starts
    assert tail == data[-TAIL_BYTES:]
    meta = parse_head_tail(head, tail, file_size=size)
    assert meta.error is None
    assert meta.estimated_time == 221
    assert meta.facts() == parse_file(source).facts()


@pytest.mark.moonraker
async def test_missing_file(
    moonraker: MoonrakerProcess, session: aiohttp.ClientSession
) -> None:
    with pytest.raises(GcodeFileNotFoundError) as err:
        await fetch_head_tail(session, moonraker.url, "deleted long ago.gcode")
    assert err.value.status == 404


@pytest.mark.moonraker
async def test_api_key(
    moonraker_auth: MoonrakerProcess, session: aiohttp.ClientSession
) -> None:
    """A Moonraker with authorization: refused without the key, read with it."""
    put(moonraker_auth, SMALL, "secret.gcode")
    with pytest.raises(GcodeAuthError) as err:
        await fetch_head_tail(session, moonraker_auth.url, "secret.gcode")
    assert err.value.status == 401
    assert moonraker_auth.api_key
    head, _tail, size = await fetch_head_tail(
        session,
        moonraker_auth.url,
        "secret.gcode",
        headers={"X-Api-Key": moonraker_auth.api_key},
    )
    assert head == SMALL.read_bytes()
    assert size == len(head)


@pytest.mark.moonraker
async def test_empty_file(
    moonraker: MoonrakerProcess, session: aiohttp.ClientSession
) -> None:
    (moonraker.gcodes_dir / "empty.gcode").write_bytes(b"")
    head, tail, size = await fetch_head_tail(session, moonraker.url, "empty.gcode")
    assert (head, tail, size) == (b"", b"", 0)
    assert parse_head_tail(head, tail, file_size=size).slicer is None


async def test_unreachable(session: aiohttp.ClientSession, closed_port: int) -> None:
    with pytest.raises(GcodeFetchError) as err:
        await fetch_head_tail(session, f"http://127.0.0.1:{closed_port}", "x.gcode")
    assert not isinstance(err.value, GcodeFileNotFoundError)
    assert err.value.status is None


# --- a server that ignores Range ------------------------------------------------------------


@dataclass
class NoRangeServer:
    """A tiny aiohttp server: whole body with 200 whatever the Range header says."""

    files: dict[str, bytes]
    url: str = ""
    sent: dict[str, int] = field(default_factory=dict)
    ranges_seen: list[str | None] = field(default_factory=list)
    delay: float = 0.0
    status: int = 200

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """Stream the file in 64 KiB chunks, counting what was sent before the client left."""
        self.ranges_seen.append(request.headers.get("Range"))
        if self.delay:
            await asyncio.sleep(self.delay)
        name = request.match_info["path"]
        if self.status != 200:
            return web.Response(status=self.status, text="boom")
        if name not in self.files:
            return web.Response(status=404)
        body = self.files[name]
        response = web.StreamResponse(status=200)
        response.content_length = len(body)
        await response.prepare(request)
        self.sent[name] = 0
        try:
            for start in range(0, len(body), 65536):
                await response.write(body[start : start + 65536])
                self.sent[name] += len(body[start : start + 65536])
        except ConnectionResetError, aiohttp.ClientConnectionResetError:
            return response
        await response.write_eof()
        return response


@pytest.fixture
async def no_range_server() -> AsyncIterator[NoRangeServer]:
    """Start the server on a free loopback port."""
    server = NoRangeServer(files={})
    app = web.Application()
    app.router.add_get("/server/files/gcodes/{path:.*}", server.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    server.url = f"http://127.0.0.1:{port}"
    yield server
    await runner.cleanup()


Fetch = Callable[..., Awaitable[tuple[bytes, bytes, int | None]]]


async def test_streaming_fallback(
    no_range_server: NoRangeServer, session: aiohttp.ClientSession
) -> None:
    """Ranges refused: the whole body streams through; head and tail are still exact."""
    data = SEED.read_bytes()
    no_range_server.files["seed.gcode"] = data
    head, tail, size = await fetch_head_tail(session, no_range_server.url, "seed.gcode")
    assert no_range_server.ranges_seen == [f"bytes=0-{HEAD_BYTES - 1}", None]
    assert size == len(data)
    assert data.startswith(head)
    assert len(head) >= HEAD_BYTES
    assert tail == data[-TAIL_BYTES:]
    assert (
        parse_head_tail(head, tail, file_size=size).facts() == parse_file(SEED).facts()
    )


async def test_streaming_small_file(
    no_range_server: NoRangeServer, session: aiohttp.ClientSession
) -> None:
    no_range_server.files["small.gcode"] = SMALL.read_bytes()
    head, tail, size = await fetch_head_tail(
        session, no_range_server.url, "small.gcode"
    )
    assert head == SMALL.read_bytes()
    assert tail == b""
    assert size == len(head)


async def test_streaming_stops_early_when_the_head_has_everything(
    no_range_server: NoRangeServer, session: aiohttp.ClientSession
) -> None:
    """Bambu Studio's config block is at the top: a 64 MB file is not read to the end."""
    plate = BAMBU.read_bytes()
    moves = b"G1 X110.512 Y98.114 E.02731\n" * (64 * 1024 * 1024 // 28)
    data = plate + moves
    no_range_server.files["bambu.gcode"] = data
    head, tail, size = await fetch_head_tail(
        session, no_range_server.url, "bambu.gcode"
    )
    await asyncio.sleep(0.2)  # let the server notice the closed connection
    assert size == len(data)
    assert tail == b""
    assert head == data[: len(head)]
    assert no_range_server.sent["bambu.gcode"] < len(data) // 4
    meta = parse_head_tail(head, tail, file_size=size)
    assert meta.nozzle_temp == 220
    assert meta.filament_used_g == pytest.approx(2.83)


async def test_streaming_bgcode_with_a_big_preview(
    no_range_server: NoRangeServer, session: aiohttp.ClientSession
) -> None:
    """Ranges refused: the head keeps streaming until a .bgcode's metadata is all in."""
    data = b"".join(big_preview_bgcode_blocks(gcode_blocks=64))
    no_range_server.files["big_preview.bgcode"] = data
    head, tail, size = await fetch_head_tail(
        session, no_range_server.url, "big_preview.bgcode"
    )
    assert size == len(data)
    assert tail == b""
    assert head == data[: len(head)]
    assert HEAD_BYTES < len(head) < len(data)
    meta = parse_head_tail(head, tail, file_size=size)
    assert meta.error is None
    assert meta.estimated_time == 221
    assert meta.facts() == parse_head_tail(data, b"", file_size=size).facts()


async def test_server_error(
    no_range_server: NoRangeServer, session: aiohttp.ClientSession
) -> None:
    no_range_server.status = 500
    with pytest.raises(GcodeFetchError) as err:
        await fetch_head_tail(session, no_range_server.url, "x.gcode")
    assert err.value.status == 500
    assert "HTTP 500" in str(err.value)


async def test_timeout(
    no_range_server: NoRangeServer, session: aiohttp.ClientSession
) -> None:
    no_range_server.delay = 5
    with pytest.raises(GcodeFetchError, match=r"no answer within 0\.3 s"):
        await fetch_head_tail(session, no_range_server.url, "x.gcode", timeout=0.3)


async def test_bad_arguments(session: aiohttp.ClientSession) -> None:
    with pytest.raises(ValueError, match="head_bytes"):
        await fetch_head_tail(session, "http://127.0.0.1:1", "x", head_bytes=0)
