from mentor_kit.db.database import Database, WriteInReadSession, naming_metadata, on_commit, upsert_insert
from mentor_kit.db.pages import fetch_page

__all__ = ["Database", "WriteInReadSession", "fetch_page", "naming_metadata", "on_commit", "upsert_insert"]
