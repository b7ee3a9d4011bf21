from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from mentor_kit.clock import Timestamp

SchoolType = Literal["general", "lyceum", "gymnasium", "education_centre", "college", "preschool", "special", "other"]


class ProfileUpdate(BaseModel):
    """The questionnaire a mentee fills after registration."""

    model_config = ConfigDict(extra="forbid")

    school_type: SchoolType
    school_name: str = Field("", max_length=200)
    subjects: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(default_factory=list, max_length=20)
    forms_taught: list[Annotated[int, Field(ge=0, le=11)]] = Field(default_factory=list, description="0: preschool")
    years_of_experience: int = Field(ge=0, le=50)
    graduated_from_mcu: bool = True
    graduation_year: int | None = Field(None, ge=1950, le=2100)


class ProfileRead(ProfileUpdate):
    model_config = ConfigDict(from_attributes=True)

    user_id: str
    updated_at: Timestamp
