"""The G-code parser is HA-free: its tests run without a Home Assistant instance."""

from __future__ import annotations

from pathlib import Path
import tempfile

from hypothesis.configuration import set_hypothesis_home_dir
import pytest

# Hypothesis keeps caches in ./.hypothesis, which pytest then warns about at the next run
# (norecursedirs): keep them out of the checkout.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "print-logger-hypothesis")


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations() -> None:
    """Replace the suite-wide fixture (which starts Home Assistant) with nothing."""
