from datetime import timedelta

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from mentor_kit.settings import ServiceSettings


class MatchingSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MATCHING_", extra="ignore")

    service_name: str = "matching"
    database_url: str = "sqlite+aiosqlite:///data/matching.db"
    offers_per_round: int = Field(default=3, ge=1, le=10)
    # Time for the selected mentor to accept or decline, by urgency (seconds): `MATCHING_DEADLINE_SECONDS`.
    deadline_seconds: dict[str, float] = Field(
        default={"urgent": 4 * 3600, "need_advice": 24 * 3600, "expert_opinion": 72 * 3600}
    )
    reminder_at_fraction: float = Field(default=0.75, gt=0, lt=1)  # remind when this share of the time has passed
    deadline_poll_seconds: float = Field(default=1.0, gt=0)

    def acceptance_window(self, urgency: str) -> timedelta:
        """The one source of the time to accept: it sets a selection's deadline and the window ranking judges
        availability in."""
        return timedelta(seconds=self.deadline_seconds[urgency])
