import mentor_forum.discussions.models
import mentor_forum.moderation.models  # noqa: F401
from mentor_forum.db import metadata

from mentor_kit.db.migrations import run_env

run_env(metadata)
