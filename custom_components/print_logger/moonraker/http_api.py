"""
Moonraker's HTTP API: typed requests and the endpoints a print logger reads.

HA-free (aiohttp only, with the session injected). :class:`MoonrakerHttp` is the HTTP half of
:class:`~.client.MoonrakerClient`, which adds the websocket.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
import hashlib
import json
from typing import Any, Final
from urllib.parse import quote

import aiohttp

from .errors import (
    MoonrakerAuthError,
    MoonrakerConnectionError,
    MoonrakerError,
    MoonrakerNotFoundError,
    MoonrakerProtocolError,
    MoonrakerRequestError,
    MoonrakerTimeoutError,
)
from .machine import QUERY as MACHINE_QUERY, MachineInfo, describe_machine

# Copying a G-code file between printers: the largest file taken, and the time a transfer may take.
MAX_TRANSFER_BYTES: Final = 1 << 30
TRANSFER_TIMEOUT: Final = 600.0


class MoonrakerHttp:
    """One Moonraker instance over HTTP: every call is one request with the API key."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        host: str,
        port: int = 7125,
        *,
        ssl: bool = False,
        api_key: str | None = None,
        request_timeout: float = 10.0,
    ) -> None:
        """Describe the Moonraker to talk to; nothing is opened until a request."""
        self._session = session
        self.host = host
        self.port = port
        self.ssl = ssl
        self.api_key = api_key
        self.request_timeout = request_timeout

    # ------------------------------------------------------------------ addresses
    @property
    def base_url(self) -> str:
        """Return Moonraker's HTTP base URL."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'https' if self.ssl else 'http'}://{host}:{self.port}"

    @property
    def headers(self) -> dict[str, str]:
        """Return the headers every request carries (the API key, when there is one)."""
        return {"X-Api-Key": self.api_key} if self.api_key else {}

    # ------------------------------------------------------------------ HTTP
    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str | int | float] | None = None,
        json_body: Any = None,
    ) -> Any:
        """Make an HTTP request and return Moonraker's ``result``; raise a typed error otherwise."""
        url = self.base_url + path
        try:
            async with asyncio.timeout(self.request_timeout):
                async with self._session.request(
                    method,
                    url,
                    params=params,
                    json=json_body,
                    headers=self.headers,
                ) as resp:
                    body = await resp.read()
                    status = resp.status
        except TimeoutError as err:
            raise MoonrakerTimeoutError(
                f"Moonraker at {self.base_url} did not answer {path} in {self.request_timeout:g} s"
            ) from err
        except aiohttp.ClientError as err:
            raise MoonrakerConnectionError(
                f"Cannot reach Moonraker at {self.base_url}: {err}"
            ) from err
        try:
            data = json.loads(body) if body else None
        except ValueError as err:
            if status >= 400:
                raise _http_error(status, body.decode(errors="replace")[:200]) from err
            raise MoonrakerProtocolError(
                f"{path} did not answer with JSON (HTTP {status})"
            ) from err
        if status >= 400:
            message = ""
            if isinstance(data, Mapping) and isinstance(data.get("error"), Mapping):
                message = str(data["error"].get("message") or "")
            raise _http_error(status, message or f"HTTP {status}")
        if not isinstance(data, Mapping) or "result" not in data:
            raise MoonrakerProtocolError(f"{path} answered without a result")
        return data["result"]

    async def _get_dict(
        self, path: str, params: Mapping[str, str | int | float] | None = None
    ) -> dict[str, Any]:
        result = await self.request("GET", path, params=params)
        if not isinstance(result, Mapping):
            raise MoonrakerProtocolError(
                f"{path} answered with {type(result).__name__}"
            )
        return dict(result)

    async def server_info(self) -> dict[str, Any]:
        """Return ``/server/info`` (Moonraker version, Klippy state, components)."""
        return await self._get_dict("/server/info")

    async def printer_info(self) -> dict[str, Any]:
        """Return ``/printer/info`` (Klipper version, hostname, state); needs Klippy connected."""
        return await self._get_dict("/printer/info")

    async def machine_info(self) -> MachineInfo:
        """Return the machine's kinematics and MCU from Klipper's config (needs Klippy ready)."""
        result = await self._get_dict(
            "/printer/objects/query",
            {name: ",".join(fields) for name, fields in MACHINE_QUERY.items()},
        )
        status = result.get("status")
        if not isinstance(status, Mapping):
            raise MoonrakerProtocolError(
                "/printer/objects/query answered without status"
            )
        return describe_machine(status)

    async def instance_id(self) -> str:
        """
        Return Moonraker's instance id: the UUID it announces over zeroconf and keeps in its database.

        It identifies the printer whatever its address; Moonraker keeps it in the protected
        ``moonraker`` namespace of its database (readable through the API).
        """
        result = await self._get_dict(
            "/server/database/item", {"namespace": "moonraker", "key": "instance_id"}
        )
        value = result.get("value")
        if not isinstance(value, str) or not value:
            raise MoonrakerProtocolError("Moonraker has no instance id")
        return value

    async def history_list(
        self,
        *,
        since: float | None = None,
        start: int = 0,
        limit: int = 50,
        order: str = "asc",
    ) -> list[dict[str, Any]]:
        """Return one page of Moonraker's job history (``[history]`` must be enabled)."""
        params: dict[str, str | int | float] = {
            "start": start,
            "limit": limit,
            "order": order,
        }
        if since is not None:
            params["since"] = since
        result = await self._get_dict("/server/history/list", params)
        jobs = result.get("jobs")
        if not isinstance(jobs, list):
            raise MoonrakerProtocolError("history list without jobs")
        return [dict(job) for job in jobs if isinstance(job, Mapping)]

    async def history_job(self, uid: str) -> dict[str, Any]:
        """Return one job of Moonraker's history."""
        result = await self._get_dict("/server/history/job", {"uid": uid})
        job = result.get("job")
        if not isinstance(job, Mapping):
            raise MoonrakerProtocolError("history job without job")
        return dict(job)

    async def file_metadata(self, filename: str) -> dict[str, Any]:
        """Return the metadata Moonraker extracted from a G-code file."""
        return await self._get_dict("/server/files/metadata", {"filename": filename})

    def file_url(self, filename: str) -> str:
        """Return the URL of a file in the ``gcodes`` root."""
        return f"{self.base_url}/server/files/gcodes/{quote(filename)}"

    # ------------------------------------------------------------------ files and prints
    async def file_size(self, filename: str) -> int | None:
        """Return the size of a file in the ``gcodes`` root; None if there is no such file."""
        folder, _, name = filename.rpartition("/")
        try:
            result = await self._get_dict(
                "/server/files/directory",
                {
                    "path": f"gcodes/{folder}" if folder else "gcodes",
                    "extended": "false",
                },
            )
        except MoonrakerRequestError as err:
            # A folder that does not exist: 404 (or 400 on older Moonrakers).
            if err.code in (400, 404):
                return None
            raise
        for item in result.get("files") or ():
            if isinstance(item, Mapping) and item.get("filename") == name:
                size = item.get("size")
                return size if isinstance(size, int) else 0
        return None

    async def download_file(
        self, filename: str, *, max_bytes: int = MAX_TRANSFER_BYTES
    ) -> bytes:
        """Return the bytes of a file in the ``gcodes`` root (at most ``max_bytes``)."""
        data = bytearray()
        try:
            async with asyncio.timeout(TRANSFER_TIMEOUT):
                async with self._session.get(
                    self.file_url(filename), headers=self.headers
                ) as resp:
                    if resp.status >= 400:
                        raise _http_error(resp.status, f"cannot read {filename}")
                    async for chunk in resp.content.iter_chunked(1 << 20):
                        data.extend(chunk)
                        if len(data) > max_bytes:
                            raise MoonrakerRequestError(
                                f"{filename} is larger than {max_bytes} bytes"
                            )
        except TimeoutError as err:
            raise MoonrakerTimeoutError(
                f"Moonraker at {self.base_url} did not send {filename} in {TRANSFER_TIMEOUT:g} s"
            ) from err
        except aiohttp.ClientError as err:
            raise MoonrakerConnectionError(
                f"Cannot reach Moonraker at {self.base_url}: {err}"
            ) from err
        return bytes(data)

    async def upload_file(self, filename: str, data: bytes) -> str:
        """
        Upload a file into the ``gcodes`` root (replacing one of that name); return its SHA-256.

        Moonraker checks the SHA-256 the upload carries against what it received and refuses the
        file if they differ, so a file that arrives is byte-identical.
        """
        checksum = hashlib.sha256(data).hexdigest()
        folder, _, name = filename.rpartition("/")
        form = aiohttp.FormData()
        form.add_field("root", "gcodes")
        if folder:
            form.add_field("path", folder)
        form.add_field("checksum", checksum)
        form.add_field(
            "file", data, filename=name, content_type="application/octet-stream"
        )
        try:
            async with asyncio.timeout(TRANSFER_TIMEOUT):
                async with self._session.post(
                    f"{self.base_url}/server/files/upload",
                    data=form,
                    headers=self.headers,
                ) as resp:
                    body = await resp.read()
                    status = resp.status
        except TimeoutError as err:
            raise MoonrakerTimeoutError(
                f"Moonraker at {self.base_url} did not take {filename} in {TRANSFER_TIMEOUT:g} s"
            ) from err
        except aiohttp.ClientError as err:
            raise MoonrakerConnectionError(
                f"Cannot reach Moonraker at {self.base_url}: {err}"
            ) from err
        if status >= 400:
            try:
                message = str(json.loads(body)["error"]["message"])
            except ValueError, KeyError, TypeError:
                message = body.decode(errors="replace")[:200]
            raise _http_error(status, message or f"HTTP {status}")
        return checksum

    async def start_print(self, filename: str) -> None:
        """Start printing a file of the ``gcodes`` root (Klippy must be ready and idle)."""
        await self.request(
            "POST", "/printer/print/start", params={"filename": filename}
        )


def _http_error(status: int, message: str) -> MoonrakerError:
    """Map an HTTP error status to a typed error."""
    if status in (401, 403):
        return MoonrakerAuthError(message)
    if status == 404:
        return MoonrakerNotFoundError(message, status)
    return MoonrakerRequestError(message, status)
