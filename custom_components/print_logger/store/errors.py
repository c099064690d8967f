"""Typed errors of the job store."""

from __future__ import annotations

from collections.abc import Mapping


class StoreError(Exception):
    """Base class of every error the store raises."""


class StoreUnavailableError(StoreError):
    """The database cannot be reached (writes are journaled, reads cannot be answered)."""


class StoreValidationError(StoreError):
    """Input rejected; ``errors`` maps each offending field to a message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        """Keep the field-level messages."""
        self.errors: dict[str, str] = dict(errors)
        super().__init__(
            "; ".join(f"{field}: {message}" for field, message in self.errors.items())
        )


class JobNotFoundError(StoreError):
    """No job with this id."""

    def __init__(self, job_id: str) -> None:
        """Keep the id."""
        self.job_id = job_id
        super().__init__(f"no job with id {job_id!r}")


class PrinterNotFoundError(StoreError):
    """No printer with this id."""

    def __init__(self, printer_id: str) -> None:
        """Keep the id."""
        self.printer_id = printer_id
        super().__init__(f"no printer with id {printer_id!r}")


class SchemaVersionError(StoreError):
    """The database's schema cannot be used by this version of the code."""


class CopyVerificationError(StoreError):
    """A back-end copy finished with row counts that differ between source and target."""

    def __init__(self, source: Mapping[str, int], target: Mapping[str, int]) -> None:
        """Keep both sides' counts."""
        self.source = dict(source)
        self.target = dict(target)
        differing = ", ".join(
            f"{table}: {self.source.get(table)} != {self.target.get(table)}"
            for table in self.source
            if self.source.get(table) != self.target.get(table)
        )
        super().__init__(f"copy verification failed ({differing})")
