import mentor_cases.models  # noqa: F401  (registers every model on the metadata)
from mentor_cases.db import metadata
from mentor_kit.db.migrations import run_env

run_env(metadata)
