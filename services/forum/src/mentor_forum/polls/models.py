"""Polls in a topic."""

from mentor_forum.db import Base  # noqa: F401
