"""What Klipper's config says the machine is: kinematics and MCU, from real and broken answers."""

from __future__ import annotations

from typing import Any

import pytest

from custom_components.print_logger.moonraker.machine import (
    MachineInfo,
    describe_machine,
)


def _status(kinematics: Any = "corexy", mcu: Any = "stm32f446xx") -> dict[str, Any]:
    return {
        "configfile": {"settings": {"printer": {"kinematics": kinematics}}},
        "mcu": {"mcu_constants": {"MCU": mcu}, "mcu_version": "v0.12.0"},
    }


@pytest.mark.parametrize(
    ("kinematics", "model"),
    [
        ("corexy", "CoreXY (Klipper)"),
        ("cartesian", "Cartesian (Klipper)"),
        ("hybrid_corexy", "Hybrid CoreXY (Klipper)"),
        ("delta", "Delta (Klipper)"),
        ("limited_corexy", "CoreXY (Klipper)"),
        ("some_new_kin", "Some new kin (Klipper)"),
    ],
)
def test_model_from_kinematics(kinematics: str, model: str) -> None:
    """Klipper's kinematics names the machine as printer people write it."""
    info = describe_machine(_status(kinematics))
    assert info == MachineInfo(kinematics=kinematics, mcu="stm32f446xx")
    assert info.model == model


@pytest.mark.parametrize(
    "status",
    [
        {},
        {"configfile": None, "mcu": []},
        {"configfile": {"settings": "x"}},
        {"configfile": {"settings": {"printer": []}}},
        _status(kinematics=None, mcu=None),
        _status(kinematics="  ", mcu=3),
    ],
)
def test_broken_answers_say_nothing(status: dict[str, Any]) -> None:
    """Whatever is missing or malformed is unknown, never an error or a made-up model."""
    info = describe_machine(status)
    assert info.model is None
    assert info.mcu is None
