"""Engines that run the per-article stage elsewhere than in worker processes of this machine."""

from timeline.errors import TimelineError


class EngineError(TimelineError):
    """An engine cannot be used: its package is missing or its cluster cannot be reached."""
