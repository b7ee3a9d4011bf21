from mentor_kit.db.database import Database, naming_metadata

__all__ = ["Database", "naming_metadata"]
