import mentor_forum.bootstrap  # noqa: F401  (imports every feature's models onto the metadata)
from mentor_forum.db import metadata

from mentor_kit.db.migrations import run_env

run_env(metadata)
