import mentor_library.items.models  # noqa: F401  (registers every model on the metadata)
from mentor_kit.db.migrations import run_env
from mentor_library.db import metadata

run_env(metadata)
