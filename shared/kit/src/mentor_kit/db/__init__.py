from mentor_kit.db.database import Database, naming_metadata, on_commit, upsert_insert

__all__ = ["Database", "naming_metadata", "on_commit", "upsert_insert"]
