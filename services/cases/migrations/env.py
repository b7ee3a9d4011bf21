import mentor_cases.cases.models  # noqa: F401  (registers the models on the metadata)
from mentor_cases.db import metadata

from mentor_kit.db.migrations import run_env

run_env(metadata)
