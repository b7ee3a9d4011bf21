from pydantic import Field
from pydantic_settings import SettingsConfigDict

from mentor_kit.settings import ServiceSettings


class ForumSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="FORUM_", extra="ignore")

    service_name: str = "forum"
    database_url: str = "sqlite+aiosqlite:///data/forum.db"
    page_size: int = Field(default=20, ge=1, le=100)  # topics or posts per page unless the caller asks
    search_url: str = "http://127.0.0.1:9200"
    index_prefix: str = "forum"
    indexer_poll_seconds: float = Field(default=0.5, gt=0)
    posts_per_minute: int = Field(default=10, ge=1)  # per person (topics included); more: 429 with Retry-After
    flags_to_hide: int = Field(default=3, ge=1)  # open flags that hide a post until a moderator decides
    # Whole hours (each >= 1, the worker checks) before an event its reminders go to those going; env: '[24, 1]'.
    reminder_offsets_hours: tuple[int, ...] = Field(default=(24, 1), min_length=1)
    reminder_poll_seconds: float = Field(default=30, gt=0)  # how late a reminder may be
    # Open events a person creates a day (each tells the platform; everyone who signs up hears of its changes).
    events_per_day: int = Field(default=10, ge=1)
