"""The printers' Moonrakers as the operations see them (``api.model.Farm``): start a print, copy a file."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import override

from homeassistant.core import HomeAssistant
from homeassistant.helpers.aiohttp_client import async_get_clientsession

from .api.errors import UnavailableError
from .api.model import Farm, FarmPrinter
from .const import DOMAIN, LOGGER
from .data import PrintLoggerConfigEntry
from .farm import is_farm
from .gcode import GcodeFetchError, fetch_head_tail, parse_head_tail
from .moonraker import MoonrakerClient, MoonrakerError


class MoonrakerFarm(Farm):
    """The loaded printers of Home Assistant, each through its own Moonraker client."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Read the loaded printer entries of ``hass`` when asked."""
        self._hass = hass

    def _entries(self) -> dict[str, PrintLoggerConfigEntry]:
        entries: list[PrintLoggerConfigEntry] = (
            self._hass.config_entries.async_loaded_entries(DOMAIN)
        )
        return {
            entry.runtime_data.coordinator.printer_id: entry
            for entry in entries
            if not is_farm(entry) and getattr(entry, "runtime_data", None) is not None
        }

    def _client(self, printer_id: str) -> MoonrakerClient:
        entry = self._entries().get(printer_id)
        if entry is None:
            raise UnavailableError(
                f"printer {printer_id} is not loaded",
                reason="printer_offline",
                placeholders={"printer": printer_id},
            )
        return entry.runtime_data.client

    @override
    def printers(self) -> Sequence[FarmPrinter]:
        """Return the loaded printers with their live state."""
        result: list[FarmPrinter] = []
        for printer_id, entry in self._entries().items():
            snapshot = entry.runtime_data.coordinator.data
            result.append(
                FarmPrinter(
                    id=printer_id,
                    name=entry.title,
                    online=snapshot is not None and snapshot.connected,
                    klippy_state=snapshot.klippy_state if snapshot else None,
                    print_state=snapshot.print_state if snapshot else "offline",
                )
            )
        return result

    @override
    async def file_size(self, printer_id: str, filename: str) -> int | None:
        """Return the size of a file on a printer; None if it has no such file."""
        try:
            return await self._client(printer_id).file_size(filename)
        except MoonrakerError as err:
            raise _moonraker_error(printer_id, err) from err

    @override
    async def slice_model(self, printer_id: str, filename: str) -> str | None:
        """Return the printer model a file on a printer was sliced for (from its G-code)."""
        client = self._client(printer_id)
        try:
            head, tail, size = await fetch_head_tail(
                async_get_clientsession(self._hass),
                client.base_url,
                filename,
                headers=client.headers,
            )
        except GcodeFetchError as err:
            LOGGER.debug("Cannot read %s from Moonraker: %s", filename, err)
            return None
        meta = await self._hass.async_add_executor_job(
            partial(parse_head_tail, head, tail, file_size=size, file_name=filename)
        )
        return meta.printer_model or None

    @override
    async def copy_file(self, source_id: str, target_id: str, filename: str) -> str:
        """Download a file from one Moonraker and upload it to another (SHA-256 checked)."""
        try:
            data = await self._client(source_id).download_file(filename)
        except MoonrakerError as err:
            raise _moonraker_error(source_id, err) from err
        try:
            checksum = await self._client(target_id).upload_file(filename, data)
        except MoonrakerError as err:
            raise _moonraker_error(target_id, err) from err
        LOGGER.info(
            "Copied %s (%s bytes, SHA-256 %s) from printer %s to printer %s",
            filename,
            len(data),
            checksum,
            source_id,
            target_id,
        )
        return checksum

    @override
    async def start_print(self, printer_id: str, filename: str) -> None:
        """Start printing a file on a printer."""
        try:
            await self._client(printer_id).start_print(filename)
        except MoonrakerError as err:
            raise _moonraker_error(printer_id, err) from err


def _moonraker_error(printer_id: str, err: MoonrakerError) -> UnavailableError:
    """Return the operation error of a Moonraker failure."""
    return UnavailableError(
        f"the Moonraker of printer {printer_id} failed: {err}",
        reason="moonraker_error",
        placeholders={"printer": printer_id, "error": str(err)},
    )
