"""The print log's durable store: SQLAlchemy tables of our own (HA-free)."""

from .engine import redacted_url
from .enums import FAILURE_REASONS, JobEventType, JobSource, JobStatus
from .errors import (
    CopyVerificationError,
    JobNotFoundError,
    PrinterNotFoundError,
    SchemaVersionError,
    StoreError,
    StoreUnavailableError,
    StoreValidationError,
)
from .migrations import MIGRATIONS, SCHEMA_VERSION, Migration, migrate
from .records import (
    MAX_PAGE_SIZE,
    SORT_KEYS,
    ClimateRecord,
    EngineInfo,
    ImportedJob,
    JobChanges,
    JobDetail,
    JobEventRecord,
    JobPage,
    JobQuery,
    JobRecord,
    NewJobData,
    PhotoRecord,
    PrinterRecord,
    Thumbnail,
    TrackedJobData,
    tracked_from_record,
)
from .spools import JobSpool, spools_cost
from .store import Store

__all__ = [
    "FAILURE_REASONS",
    "MAX_PAGE_SIZE",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SORT_KEYS",
    "ClimateRecord",
    "CopyVerificationError",
    "EngineInfo",
    "ImportedJob",
    "JobChanges",
    "JobDetail",
    "JobEventRecord",
    "JobEventType",
    "JobNotFoundError",
    "JobPage",
    "JobQuery",
    "JobRecord",
    "JobSource",
    "JobSpool",
    "JobStatus",
    "Migration",
    "NewJobData",
    "PhotoRecord",
    "PrinterNotFoundError",
    "PrinterRecord",
    "SchemaVersionError",
    "Store",
    "StoreError",
    "StoreUnavailableError",
    "StoreValidationError",
    "Thumbnail",
    "TrackedJobData",
    "migrate",
    "redacted_url",
    "spools_cost",
    "tracked_from_record",
]
