"""
What the printer is, as far as Klipper's configuration and its MCU say (no Home Assistant here).

Klipper has no "printer model" setting: a model name is known only from the slicer (the G-code's
``printer_model``, kept with the files' records). What Klipper does know is the machine's
kinematics (``[printer] kinematics``) and its main MCU (``mcu.mcu_constants.MCU``); they describe the
printer when no slicer has named it, which is better than a generic "Klipper printer".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

QUERY: Final[dict[str, list[str]]] = {
    "configfile": ["settings"],
    "mcu": ["mcu_constants", "mcu_version"],
}
"""The ``printer.objects.query`` that reads what :func:`describe_machine` needs."""

KINEMATICS: Final[dict[str, str]] = {
    "cartesian": "Cartesian",
    "limited_cartesian": "Cartesian",
    "corexy": "CoreXY",
    "limited_corexy": "CoreXY",
    "corexz": "CoreXZ",
    "limited_corexz": "CoreXZ",
    "hybrid_corexy": "Hybrid CoreXY",
    "hybrid_corexz": "Hybrid CoreXZ",
    "delta": "Delta",
    "deltesian": "Deltesian",
    "rotary_delta": "Rotary delta",
    "polar": "Polar",
    "winch": "Cable winch",
    "generic_cartesian": "Cartesian",
}
"""Klipper's kinematics names as printer people write them (proper names: not translated)."""


@dataclass(frozen=True, slots=True)
class MachineInfo:
    """What Klipper says about the machine."""

    kinematics: str | None = None
    """Klipper's ``[printer] kinematics`` (``corexy`` …), None when not known."""
    mcu: str | None = None
    """The main MCU's chip (``stm32f446xx``, ``rp2040``, ``linux`` …), None when not known."""

    @property
    def model(self) -> str | None:
        """A model name from the kinematics (``CoreXY (Klipper)``), None when not known."""
        if not self.kinematics:
            return None
        name = KINEMATICS.get(self.kinematics.lower())
        if name is None:
            name = self.kinematics.replace("_", " ").strip().capitalize()
        return f"{name} (Klipper)" if name else None


def describe_machine(status: Mapping[str, Any]) -> MachineInfo:
    """Read :class:`MachineInfo` from a ``printer.objects.query`` of :data:`QUERY`'s objects."""
    kinematics: str | None = None
    configfile = status.get("configfile")
    if isinstance(configfile, Mapping):
        settings = configfile.get("settings")
        if isinstance(settings, Mapping):
            printer = settings.get("printer")
            if isinstance(printer, Mapping):
                value = printer.get("kinematics")
                if isinstance(value, str) and value.strip():
                    kinematics = value.strip()
    mcu: str | None = None
    mcu_status = status.get("mcu")
    if isinstance(mcu_status, Mapping):
        constants = mcu_status.get("mcu_constants")
        if isinstance(constants, Mapping):
            chip = constants.get("MCU")
            if isinstance(chip, str) and chip.strip():
                mcu = chip.strip()
    return MachineInfo(kinematics=kinematics, mcu=mcu)
