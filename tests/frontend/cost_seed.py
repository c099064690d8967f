"""
Add jobs with known costs to a seeded print log before Home Assistant starts (test_costs_browser.py).

Two printers of their own (so their rows of the cost analysis hold these jobs only), written through
the store's public API (``create_job``, ``set_details``, ``set_job_costs``):

| job | printer    | material | hours | grams | kWh | electricity | price / kg | machine / h | total               |
|-----|------------|----------|-------|-------|-----|-------------|------------|-------------|---------------------|
| A   | Cost Alpha | PLA      | 2     | 100   | 0.5 | 0.15        | 20         | 0.5         | 3.15                |
| B   | Cost Alpha | PETG     | 1     | 50    | —   | —           | 40         | 0.5         | 2.50                |
| C   | Cost Beta  | PLA      | 4     | 200   | 1.5 | 0.45        | 20         | 0.5         | 6.45, typed: 10.00  |
| D   | Cost Beta  | PLA      | 1     | 20    | —   | —           | —          | —           | none                |

    python -m tests.frontend.cost_seed DB_PATH

prints the jobs' ids (JSON: {"A": id, …}).
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
import json
from pathlib import Path
import sys
from typing import Any, Final

from custom_components.print_logger.store import Store

ALPHA: Final = "costalpha"
BETA: Final = "costbeta"
# name: (printer, material, hours, grams, kWh, electricity, price per kg, machine rate, typed cost, days ago)
JOBS: Final[dict[str, tuple[Any, ...]]] = {
    "A": (ALPHA, "PLA", 2, 100.0, 0.5, 0.15, 20.0, 0.5, None, 3),
    "B": (ALPHA, "PETG", 1, 50.0, None, None, 40.0, 0.5, None, 4),
    "C": (BETA, "PLA", 4, 200.0, 1.5, 0.45, 20.0, 0.5, 10.0, 5),
    "D": (BETA, "PLA", 1, 20.0, None, None, None, None, None, 6),
}


async def seed_costs(db_path: Path) -> dict[str, str]:
    """Create the printers and jobs of the module's table; return the jobs' ids by name."""
    store = Store(
        f"sqlite:///{db_path}", db_path.parent / "print_logger" / "journal.jsonl"
    )
    await store.async_start()
    ids: dict[str, str] = {}
    try:
        for printer_id, name in ((ALPHA, "Cost Alpha"), (BETA, "Cost Beta")):
            await store.upsert_printer(
                printer_id=printer_id,
                name=name,
                instance_id=printer_id,
                moonraker_url=None,
            )
        now = datetime.now(UTC).replace(microsecond=0)
        for name, (
            printer_id, material, hours, grams, kwh, electricity, price, rate, cost, days,
        ) in JOBS.items():  # fmt: skip
            start = now - timedelta(days=days, hours=hours + 1)
            detail = await store.create_job(
                {
                    "printer_id": printer_id,
                    "filename": f"costly_{name}.gcode",
                    "status": "completed",
                    "start": start,
                    "end": start + timedelta(hours=hours),
                    "print_duration": hours * 3600.0,
                    "total_duration": hours * 3600.0,
                    "filament_used_mm": 1000.0,
                    "filament_weight_g": grams,
                    "cost": cost,
                }
            )
            job_id = detail.job.id
            ids[name] = job_id
            await store.set_details(job_id, {"filament_type": material})
            if price is not None:
                await store.set_job_costs(
                    job_id,
                    energy_kwh=kwh,
                    energy_source="measured" if kwh is not None else None,
                    electricity_cost=electricity,
                    electricity_source="measured" if electricity is not None else None,
                    machine_rate=rate,
                    material_prices={material: price},
                )
        return ids
    finally:
        await store.async_stop()


if __name__ == "__main__":
    print(json.dumps(asyncio.run(seed_costs(Path(sys.argv[1])))))
