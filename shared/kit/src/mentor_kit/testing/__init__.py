"""Test helpers other services reuse (the pytest plugin is registered by the package's entry point)."""

from mentor_kit.testing.waiting import EventRecorder, wait_for

__all__ = ["EventRecorder", "wait_for"]
