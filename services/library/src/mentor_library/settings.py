from pydantic import Field
from pydantic_settings import SettingsConfigDict

from mentor_kit.settings import ServiceSettings


class LibrarySettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="LIBRARY_", extra="ignore")

    service_name: str = "library"
    database_url: str = "sqlite+aiosqlite:///data/library.db"
    search_url: str = "http://127.0.0.1:9200"
    index_prefix: str = "library"
    review_published_cases: bool = True  # new case items wait for a moderator
    suggestions_per_case: int = Field(default=5, ge=1, le=20)
    indexer_poll_seconds: float = Field(default=0.5, gt=0)
