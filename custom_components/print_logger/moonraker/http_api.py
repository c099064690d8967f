"""
Moonraker's HTTP API: typed requests and the endpoints a print logger reads.

HA-free (aiohttp only, with the session injected). :class:`MoonrakerHttp` is the HTTP half of
:class:`~.client.MoonrakerClient`, which adds the websocket.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
import json
from typing import Any
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


def _http_error(status: int, message: str) -> MoonrakerError:
    """Map an HTTP error status to a typed error."""
    if status in (401, 403):
        return MoonrakerAuthError(message)
    if status == 404:
        return MoonrakerNotFoundError(message, status)
    return MoonrakerRequestError(message, status)
