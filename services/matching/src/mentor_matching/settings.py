from pydantic import Field
from pydantic_settings import SettingsConfigDict

from mentor_kit.settings import ServiceSettings


class MatchingSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MATCHING_", extra="ignore")

    service_name: str = "matching"
    database_url: str = "sqlite+aiosqlite:///data/matching.db"
    offers_per_round: int = Field(default=3, ge=1, le=10)
