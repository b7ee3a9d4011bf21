from datetime import timedelta
from typing import get_args

from pydantic import Field, field_validator
from pydantic_settings import SettingsConfigDict

from mentor_contracts.taxonomy import Urgency
from mentor_kit.settings import ServiceSettings

DEFAULT_DEADLINE_SECONDS = {"urgent": 4 * 3600.0, "need_advice": 24 * 3600.0, "expert_opinion": 72 * 3600.0}


class MatchingSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MATCHING_", extra="ignore")

    service_name: str = "matching"
    database_url: str = "sqlite+aiosqlite:///data/matching.db"
    offers_per_round: int = Field(default=3, ge=1, le=10)
    # Time for the selected mentor to accept or decline, by urgency (seconds): `MATCHING_DEADLINE_SECONDS`.
    deadline_seconds: dict[str, float] = Field(default=DEFAULT_DEADLINE_SECONDS)
    reminder_at_fraction: float = Field(default=0.75, gt=0, lt=1)  # remind when this share of the time has passed
    deadline_poll_seconds: float = Field(default=1.0, gt=0)

    @field_validator("deadline_seconds")
    @classmethod
    def _every_urgency_has_a_window(cls, given: dict[str, float]) -> dict[str, float]:
        """A partial setting (`{"urgent": 7200}`) keeps the defaults of the others; an unknown urgency or a window
        that is not positive is refused at start-up, not when a case arrives."""
        unknown = sorted(set(given) - set(get_args(Urgency)))
        if unknown:
            raise ValueError(f"unknown urgency {', '.join(unknown)}; known: {', '.join(get_args(Urgency))}")
        if any(seconds <= 0 for seconds in given.values()):
            raise ValueError("every window must be a positive number of seconds")
        return {**DEFAULT_DEADLINE_SECONDS, **given}

    def acceptance_window(self, urgency: str) -> timedelta:
        """The one source of the time to accept: it sets a selection's deadline and the window ranking judges
        availability in."""
        return timedelta(seconds=self.deadline_seconds[urgency])
