"""Job tracking: one state machine per printer turns Moonraker events into job records (HA-free)."""

from .tracker import JobSink, JobTracker, TrackedJob, TrackerEvent, TrackerState

__all__ = ["JobSink", "JobTracker", "TrackedJob", "TrackerEvent", "TrackerState"]
