"""
Fetch the head and tail of a print file from Moonraker with HTTP range requests.

``GET {base_url}/server/files/gcodes/<path>`` with ``Range: bytes=0-…`` and then the last bytes.
Servers that refuse ranges (answer ``200`` with the whole body) are read as a stream: the head is
kept, the rest runs through a bounded ring buffer for the tail, and the stream stops early when the
head already holds all the metadata (a Bambu Studio config block at the top, a binary G-code file).
"""

from __future__ import annotations

from collections.abc import Mapping
import logging
import re
from urllib.parse import quote

import aiohttp
from yarl import URL

from .bgcode import BGCODE_MAGIC
from .parser import HEAD_BYTES, MAX_WINDOW_BYTES, TAIL_BYTES, head_is_cut, tail_is_cut

_LOGGER = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
"""Seconds allowed for each HTTP request."""
STREAM_LIMIT = 2 * 1024 * 1024 * 1024
"""When ranges are refused, stop streaming after this many bytes (the tail is then unknown)."""
_CHUNK = 64 * 1024
_CONTENT_RANGE = re.compile(r"bytes\s+(\d+)-(\d+)/(\d+|\*)")
_CONTENT_RANGE_TOTAL = re.compile(r"/(\d+)")


class GcodeFetchError(Exception):
    """The print file could not be read from Moonraker."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        """Keep the HTTP status (when there was an answer) with the message."""
        super().__init__(message)
        self.status = status


class GcodeFileNotFoundError(GcodeFetchError):
    """Moonraker has no such file (HTTP 404): it was deleted or renamed."""


class GcodeAuthError(GcodeFetchError):
    """Moonraker refused the request (HTTP 401/403): API key missing or wrong."""


def file_url(base_url: str, path: str) -> URL:
    """Return the URL of a file under Moonraker's ``gcodes`` root (path quoted per segment)."""
    quoted = quote(path.lstrip("/"), safe="/")
    return URL(f"{base_url.rstrip('/')}/server/files/gcodes/{quoted}", encoded=True)


def _raise_for_status(response: aiohttp.ClientResponse, path: str) -> None:
    status = response.status
    if status in (200, 206, 416):
        return
    if status == 404:
        raise GcodeFileNotFoundError(f"{path}: not found on the printer", status=status)
    if status in (401, 403):
        raise GcodeAuthError(
            f"{path}: Moonraker refused access (HTTP {status})", status=status
        )
    raise GcodeFetchError(f"{path}: HTTP {status} {response.reason}", status=status)


def _content_range(response: aiohttp.ClientResponse) -> tuple[int, int | None]:
    """Return (first byte, total size or None) of a 206 answer."""
    match = _CONTENT_RANGE.match(response.headers.get("Content-Range", ""))
    if match is None:
        raise GcodeFetchError(
            f"partial answer without a valid Content-Range: "
            f"{response.headers.get('Content-Range')!r}",
            status=response.status,
        )
    total = match.group(3)
    return int(match.group(1)), None if total == "*" else int(total)


async def _read_at_most(response: aiohttp.ClientResponse, limit: int) -> bytes:
    data = bytearray()
    async for chunk in response.content.iter_chunked(_CHUNK):
        data += chunk
        if len(data) >= limit:
            break
    return bytes(data[:limit])


class _Fetcher:
    """One fetch: session, URL, headers and timeout shared by its requests."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        url: URL,
        path: str,
        headers: Mapping[str, str] | None,
        timeout: float,
    ) -> None:
        self.session = session
        self.url = url
        self.path = path
        self.headers = {**(headers or {}), "Accept-Encoding": "identity"}
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        # Streaming a whole file may take longer than one request: limit each read instead.
        self.stream_timeout = aiohttp.ClientTimeout(
            total=None, sock_connect=timeout, sock_read=timeout
        )

    async def get_range(self, spec: str) -> tuple[int, bytes, int | None, bool]:
        """
        GET a byte range; return (status, body, total size, ranges honoured).

        A ``200`` answer (range ignored) is not read here: the caller streams it instead.
        """
        async with self.session.get(
            self.url,
            headers={**self.headers, "Range": f"bytes={spec}"},
            timeout=self.timeout,
        ) as response:
            _raise_for_status(response, self.path)
            if response.status == 416:
                size = _CONTENT_RANGE_TOTAL.search(
                    response.headers.get("Content-Range", "")
                )
                return 416, b"", int(size.group(1)) if size else 0, True
            if response.status == 200:
                return 200, b"", response.content_length, False
            _start, total = _content_range(response)
            body = await _read_at_most(response, MAX_WINDOW_BYTES + _CHUNK)
            return 206, body, total, True

    async def stream(
        self, head_bytes: int, tail_bytes: int
    ) -> tuple[bytes, bytes, int | None]:
        """Read a server that ignores ranges: keep the head, ring-buffer the tail."""
        async with self.session.get(
            self.url, headers=self.headers, timeout=self.stream_timeout
        ) as response:
            _raise_for_status(response, self.path)
            total = response.content_length
            head = bytearray()
            head_done = False
            ring = bytearray()
            read = 0
            keep = MAX_WINDOW_BYTES
            async for chunk in response.content.iter_chunked(_CHUNK):
                read += len(chunk)
                if not head_done:
                    head += chunk
                    if len(head) < head_bytes or (
                        len(head) < MAX_WINDOW_BYTES and head_is_cut(bytes(head))
                    ):
                        continue
                    head_done = True
                    if _head_suffices(bytes(head)):
                        _LOGGER.debug(
                            "%s: metadata complete in the head, stopping", self.path
                        )
                        return bytes(head), b"", total
                    continue
                ring += chunk
                if len(ring) > 2 * keep:
                    del ring[: len(ring) - keep]
                if read >= STREAM_LIMIT:
                    _LOGGER.warning(
                        "%s: server refuses range requests; stopped after %d bytes",
                        self.path,
                        read,
                    )
                    return bytes(head), b"", total
        if total is None:
            total = read
        tail_len = tail_bytes
        while tail_len < len(ring) and tail_is_cut(
            bytes(ring[-tail_len:]), bytes(head)
        ):
            tail_len *= 2
        return bytes(head), bytes(ring[-tail_len:]) if ring else b"", total


def _head_suffices(head: bytes) -> bool:
    """Return True when the head alone holds the metadata (no need to stream to the end)."""
    if head.startswith(BGCODE_MAGIC):
        return True
    start = head.find(b"; CONFIG_BLOCK_START")
    return start >= 0 and head.find(b"; CONFIG_BLOCK_END", start) > start


async def fetch_head_tail(
    session: aiohttp.ClientSession,
    base_url: str,
    path: str,
    *,
    headers: Mapping[str, str] | None = None,
    head_bytes: int = HEAD_BYTES,
    tail_bytes: int = TAIL_BYTES,
    timeout: float = DEFAULT_TIMEOUT,  # noqa: ASYNC109 - per request, part of the API
) -> tuple[bytes, bytes, int | None]:
    """
    Return (head, tail, file size) of ``path`` under Moonraker's ``gcodes`` root.

    ``headers`` go with every request (``X-Api-Key``, ``Authorization``). The tail does not
    repeat bytes of the head; when head and tail meet, they hold the whole file. Raises
    ``GcodeFileNotFoundError`` (404), ``GcodeAuthError`` (401/403) or ``GcodeFetchError``.
    """
    if head_bytes <= 0 or tail_bytes < 0:
        raise ValueError("head_bytes must be positive and tail_bytes not negative")
    fetcher = _Fetcher(session, file_url(base_url, path), path, headers, timeout)
    try:
        return await _fetch(fetcher, head_bytes, tail_bytes)
    except GcodeFetchError:
        raise
    except TimeoutError as err:
        raise GcodeFetchError(f"{path}: no answer within {timeout:g} s") from err
    except aiohttp.ClientError as err:
        raise GcodeFetchError(f"{path}: {err}") from err


async def _fetch(
    fetcher: _Fetcher, head_bytes: int, tail_bytes: int
) -> tuple[bytes, bytes, int | None]:
    status, head, total, ranged = await fetcher.get_range(f"0-{head_bytes - 1}")
    if status == 416:
        return b"", b"", total
    if not ranged:
        return await fetcher.stream(head_bytes, tail_bytes)
    head = head[:head_bytes]
    if total is None:
        # "Content-Range: bytes 0-N/*": size unknown. A short head is the whole file;
        # otherwise ask for the last bytes by suffix range.
        if len(head) < head_bytes:
            return head, b"", len(head)
        _status, tail, _total, ranged = await fetcher.get_range(f"-{tail_bytes}")
        if not ranged:
            return await fetcher.stream(head_bytes, tail_bytes)
        return head, tail[-tail_bytes:] if tail_bytes else b"", None
    if total <= len(head):
        return head, b"", total
    # Read further while a block opened in the head is still open at its edge.
    while head_is_cut(head) and len(head) < min(total, MAX_WINDOW_BYTES):
        more = min(len(head), total - len(head))
        _, extra, _, _ = await fetcher.get_range(f"{len(head)}-{len(head) + more - 1}")
        if not extra:
            break
        head += extra[:more]
    tail = b""
    want = min(tail_bytes, total - len(head))
    while want > 0:
        start = total - want
        _status, extra, tail_total, ranged = await fetcher.get_range(
            f"{start}-{total - 1}"
        )
        if not ranged:
            _LOGGER.debug("%s: range refused for the tail, streaming", fetcher.path)
            return await fetcher.stream(head_bytes, tail_bytes)
        if tail_total is not None and tail_total != total:
            raise GcodeFetchError(
                f"{fetcher.path}: the file changed while it was read "
                f"({total} bytes, then {tail_total})"
            )
        tail = extra[:want]
        if not tail_is_cut(tail, head) or want >= min(
            total - len(head), MAX_WINDOW_BYTES
        ):
            break
        want = min(want * 2, total - len(head), MAX_WINDOW_BYTES)
    return head, tail, total
