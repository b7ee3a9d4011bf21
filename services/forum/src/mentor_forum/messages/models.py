"""Personal messages between people, and blocking."""

from mentor_forum.db import Base  # noqa: F401
