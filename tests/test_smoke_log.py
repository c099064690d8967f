"""scripts/smoke.py: which Home Assistant log records fail a smoke run."""

from __future__ import annotations

import importlib.util
from pathlib import Path
import sys

REPO_ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "print_logger_smoke", REPO_ROOT / "scripts" / "smoke.py"
)
assert _spec is not None
assert _spec.loader is not None
smoke = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = smoke
_spec.loader.exec_module(smoke)

T = "2026-12-02 15:16:43.784+00:00"
T_OLD = "2026-12-02 15:16:43.784"  # releases before 2026.10 log without the UTC offset


def test_a_clean_start_passes() -> None:
    log = "\n".join(
        [
            f"{T} WARNING (MainThread) [homeassistant.bootstrap] Skipping pip installation of required modules. This may cause issues",
            f"{T} WARNING (SyncWorker_0) [homeassistant.loader] We found a custom integration print_logger which has not been tested by Home Assistant.",
            f"{T} ERROR (MainThread) [haffmpeg.core] FFmpeg fails [Errno 2] No such file or directory: 'ffmpeg'",
            f"{T} INFO (MainThread) [custom_components.print_logger] Lost Moonraker at http://127.0.0.1:7125: closed",
        ]
    )
    assert smoke.log_problems(log) == []


def test_deprecation_warnings_fail() -> None:
    usage = (
        f"{T_OLD} WARNING (MainThread) [homeassistant.helpers.frame] Detected that custom integration "
        "'print_logger' calls async_forward_entry_setup, which is deprecated and will stop working "
        "in Home Assistant 2027.1"
    )
    constant = (
        f"{T} WARNING (MainThread) [homeassistant.const] UnitOfTime.X was used from print_logger, "
        "this is a deprecated constant which will be removed in HA Core 2027.6"
    )
    log = "\n".join([usage, f"{T} INFO (MainThread) [x] fine", constant])
    assert smoke.log_problems(log) == [usage, constant]


def test_errors_of_the_integration_fail_with_their_traceback() -> None:
    record = (
        f"{T} ERROR (MainThread) [homeassistant.config_entries] Error setting up entry Smoke for print_logger\n"
        "Traceback (most recent call last):\n"
        "ModuleNotFoundError: No module named 'homeassistant.components.binary_sensor.const'"
    )
    log = f"{T} WARNING (MainThread) [x] unrelated\n{record}\n{T} INFO (MainThread) [y] after"
    assert smoke.log_problems(log) == [record]
