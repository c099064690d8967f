"""Job tracking: one state machine per printer turns Moonraker events into job records (HA-free)."""

from .tracker import JobTracker, TrackedJob, TrackerEvent, TrackerState

__all__ = ["JobTracker", "TrackedJob", "TrackerEvent", "TrackerState"]
