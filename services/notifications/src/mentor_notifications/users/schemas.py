import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from mentor_notifications.rules import Channel

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ProfileRead(BaseModel):
    id: str
    email: str | None
    locale: Literal["ru", "en"]
    roles: list[str]


class ProfileUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str | None = Field(default=None, max_length=254, description="empty string: no e-mail (in-app only)")
    locale: Literal["ru", "en"] | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return value
        if not _EMAIL.match(value):
            raise ValueError("not an e-mail address")
        return value


class PreferencesRead(BaseModel):
    digest: bool = Field(description="e-mails gathered into one message a day instead of one per notification")
    channels: dict[str, Channel] = Field(description="per kind: email (inbox and e-mail), in_app or off")


class PreferencesUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    digest: bool | None = None
    channels: dict[str, Channel] = Field(default_factory=dict)


class RecipientUpdate(ProfileUpdate):
    """A person as the university directory knows them (an identity-provider sync), before their first visit."""

    roles: list[Literal["mentee", "mentor", "moderator", "admin"]] = Field(min_length=1)
