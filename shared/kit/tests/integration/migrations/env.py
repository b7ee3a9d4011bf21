from mentor_kit.db import naming_metadata
from mentor_kit.db.migrations import run_env
from mentor_kit.messaging import messaging_tables

metadata = naming_metadata()
messaging_tables(metadata)
run_env(metadata)
