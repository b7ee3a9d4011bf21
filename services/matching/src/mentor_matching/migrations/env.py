import mentor_matching.models  # noqa: F401  (registers every model on the metadata)
from mentor_kit.db.migrations import run_env
from mentor_matching.db import metadata

run_env(metadata)
