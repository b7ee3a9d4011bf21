from mentor_kit.db.migrations import run_env
from mentor_web.security.sessions import metadata

run_env(metadata)
