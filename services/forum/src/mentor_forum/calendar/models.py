"""The events calendar."""

from mentor_forum.db import Base  # noqa: F401
