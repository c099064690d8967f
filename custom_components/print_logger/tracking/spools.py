"""
Which spool each part of a live job came from: Moonraker's active spool against the job's filament.

Moonraker's ``[spoolman]`` counts the extrusion for the spool active at the time and reports it to
Spoolman; it says when the active spool changes (``notify_active_spool_set``). The ledger cuts the
job's filament (``print_stats.filament_used``) at each change, so a spool change mid-print splits the
job's length at the moment of the change, as Moonraker splits what it reports. No spool active is a
cut too (that part belongs to no spool). The spools' facts are read through Moonraker's proxy when a
spool becomes active (so a spool deleted later still has them) and again when the job ends if
they are missing then; while Spoolman is unreachable they are filled in when it is back.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
import logging

from ..moonraker.spoolman import (
    SpoolFacts,
    SpoolmanError,
    SpoolmanUnavailableError,
    SpoolNotFoundError,
)
from ..store import JobSpool
from ..store.spools import merge_spools

_LOGGER = logging.getLogger(__name__)

type SpoolFetcher = Callable[[int], Awaitable[SpoolFacts]]


@dataclass
class Segment:
    """From ``start_mm`` of the job's filament on, ``spool_id`` was active (None: no spool)."""

    spool_id: int | None
    start_mm: float


@dataclass
class SpoolLedger:
    """The spool segments of the live job and the facts of the spools seen."""

    active: int | None = None
    segments: list[Segment] = field(default_factory=list)
    facts: dict[int, SpoolFacts] = field(default_factory=dict)
    missing: set[int] = field(default_factory=set)
    """Spools Spoolman does not know (deleted or never were): no facts to wait for."""

    def start(self) -> None:
        """Start a job: its first segment is the active spool's, from 0 mm."""
        self.segments = [Segment(self.active, 0.0)]

    def switch(self, spool_id: int | None, at_mm: float, *, running: bool) -> bool:
        """Change the active spool; return True if that cut the running job's filament."""
        if spool_id == self.active:
            return False
        self.active = spool_id
        if not running:
            return False
        if self.segments and self.segments[-1].start_mm >= at_mm:
            # Nothing extruded since the last cut: the new spool takes that segment over.
            self.segments[-1].spool_id = spool_id
        else:
            self.segments.append(Segment(spool_id, at_mm))
        return True

    def spool_ids(self) -> list[int]:
        """Return the spools of the job, in order of first use."""
        return list(
            dict.fromkeys(s.spool_id for s in self.segments if s.spool_id is not None)
        )

    def lengths(self, total_mm: float) -> list[tuple[int, float]]:
        """Return (spool id, length) of each spool segment with the job's filament at ``total_mm``."""
        return segment_lengths(self.segments, total_mm)

    def job_spools(self, total_mm: float) -> list[JobSpool]:
        """Return the job's spools with their lengths and the facts known now (merged by id)."""
        return merge_spools(
            job_spool(spool_id, length, self.facts.get(spool_id))
            for spool_id, length in self.lengths(total_mm)
        )

    async def learn(self, fetch: SpoolFetcher, spool_id: int) -> bool:
        """Read a spool's facts through Moonraker; return False while Spoolman is unreachable."""
        try:
            self.facts[spool_id] = await fetch(spool_id)
        except SpoolNotFoundError:
            # Deleted, or an id Spoolman never had (Moonraker accepts any): nothing more to know.
            _LOGGER.info(
                "Spoolman knows no spool %s; the job keeps its id only", spool_id
            )
            self.missing.add(spool_id)
        except SpoolmanUnavailableError:
            return False
        except SpoolmanError as err:
            _LOGGER.warning("Could not read spool %s from Spoolman: %s", spool_id, err)
            return False
        else:
            self.missing.discard(spool_id)
        return True

    def unknown(self, spool_ids: list[int]) -> list[int]:
        """Return the spools among ``spool_ids`` whose facts are still to be read."""
        return [s for s in spool_ids if s not in self.facts and s not in self.missing]


def segment_lengths(
    segments: list[Segment], total_mm: float
) -> list[tuple[int, float]]:
    """
    Return (spool id, length) of each spool segment of a job whose filament is ``total_mm``.

    The last segment runs to ``total_mm``, so the lengths (with those of no spool) always sum to
    the job's filament, also when its final figure (Moonraker's history) differs from the one
    seen when the segments were cut; a cut beyond ``total_mm`` is taken at ``total_mm``.
    """
    out: list[tuple[int, float]] = []
    for index, seg in enumerate(segments):
        end = segments[index + 1].start_mm if index + 1 < len(segments) else total_mm
        start = min(seg.start_mm, total_mm)
        if seg.spool_id is not None:
            out.append((seg.spool_id, max(min(end, total_mm) - start, 0.0)))
    return out


def job_spool(spool_id: int, length_mm: float, facts: SpoolFacts | None) -> JobSpool:
    """Return a job's spool: its length and a copy of the facts (only the id without them)."""
    if facts is None:
        return JobSpool(spool_id=spool_id, length_mm=length_mm)
    return JobSpool(
        spool_id=spool_id,
        length_mm=length_mm,
        filament_name=facts.filament_name,
        vendor=facts.vendor,
        material=facts.material,
        color_hex=facts.color_hex,
        multi_color_hexes=facts.multi_color_hexes,
        diameter=facts.diameter,
        density=facts.density,
        price=facts.price,
        price_weight=facts.price_weight,
    ).computed()
