"""
Print it again: start a file on a printer of the farm, copying it there first if need be.

The checks come in the order a person would want to hear them: the printer (known, online, Klippy
ready, idle), then the file (on this printer, else on another one of the farm: copy it only when
asked), then the slice (made for another printer model: print only when confirmed). Each refusal
has its reason (``REFUSALS``): the REST answer and the websocket error carry it, an action shows
its translation.
"""

from __future__ import annotations

from typing import Any, Final

from .errors import ConflictError, NotFoundError
from .model import Context, FarmPrinter

# Every reason start_print may refuse with (translation keys of strings.json's exceptions).
REFUSALS: Final = (
    "printer_unknown",
    "printer_offline",
    "klippy_not_ready",
    "printer_busy",
    "file_missing",
    "copy_needed",
    "model_mismatch",
    "moonraker_error",
)
# Moonraker's print states in which a new print cannot start.
BUSY_STATES: Final = frozenset({"printing", "paused"})


def _check_printer(printer: FarmPrinter | None, printer_id: str) -> FarmPrinter:
    """Return the printer if a print can start on it now; else refuse with the reason."""
    if printer is None:
        raise NotFoundError(
            f"no loaded printer {printer_id}",
            reason="printer_unknown",
            placeholders={"printer": printer_id},
        )
    names = {"printer": printer.name}
    if not printer.online:
        raise ConflictError(
            f"{printer.name} is offline", reason="printer_offline", placeholders=names
        )
    if printer.klippy_state != "ready":
        raise ConflictError(
            f"Klippy of {printer.name} is not ready ({printer.klippy_state})",
            reason="klippy_not_ready",
            placeholders=names,
        )
    if printer.print_state in BUSY_STATES:
        raise ConflictError(
            f"{printer.name} is busy ({printer.print_state})",
            reason="printer_busy",
            placeholders=names,
        )
    return printer


async def start_print(context: Context, data: dict[str, Any]) -> dict[str, Any]:
    """Start a file on a printer (copying it from another printer when ``copy``)."""
    farm = context.get_farm()
    store = context.get_store()
    printers = {printer.id: printer for printer in farm.printers()}
    target = _check_printer(printers.get(data["printer_id"]), data["printer_id"])
    filename: str = data["filename"]
    source: FarmPrinter | None = None
    if await farm.file_size(target.id, filename) is None:
        for other in printers.values():
            if (
                other.id != target.id
                and other.online
                and await farm.file_size(other.id, filename) is not None
            ):
                source = other
                break
        if source is None:
            raise NotFoundError(
                f"{filename} is on no printer of the farm",
                reason="file_missing",
                placeholders={"filename": filename},
            )
        if not data.get("copy", False):
            raise ConflictError(
                f"{filename} is not on {target.name} but on {source.name}: copy it first",
                reason="copy_needed",
                placeholders={
                    "filename": filename,
                    "printer": target.name,
                    "source": source.name,
                },
            )
    holder = source or target
    sliced_for = await farm.slice_model(holder.id, filename) or await store.slice_model(
        filename
    )
    target_model = await store.printer_model(target.id)
    if (
        sliced_for
        and target_model
        and sliced_for.casefold() != target_model.casefold()
        and not data.get("confirm", False)
    ):
        raise ConflictError(
            f"{filename} was sliced for {sliced_for}; {target.name} prints {target_model}",
            reason="model_mismatch",
            placeholders={
                "filename": filename,
                "printer": target.name,
                "sliced_for": sliced_for,
                "model": target_model,
            },
        )
    checksum: str | None = None
    if source is not None:
        checksum = await farm.copy_file(source.id, target.id, filename)
    await farm.start_print(target.id, filename)
    return {
        "printer_id": target.id,
        "filename": filename,
        "copied_from": source.id if source is not None else None,
        "sha256": checksum,
    }
