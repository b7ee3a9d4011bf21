import uuid

from pydantic import BaseModel, ConfigDict, Field

from mentor_kit.clock import Timestamp


class MentorStatisticsRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    mentor_id: str
    offered: int
    selected: int
    accepted: int
    declined: int
    expired: int
    completed: int
    median_hours_to_accept: float | None
    median_hours_to_solution: float | None


class ColleagueSuggestionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    mentor_id: str
    score: float
    explanation: str


class MentorRequestRead(BaseModel):
    """A case whose author chose this mentor, waiting for the mentor's answer until `deadline_at` (then it
    expires and the case goes to its next round)."""

    model_config = ConfigDict(from_attributes=True)

    case_id: uuid.UUID
    round: int
    selected_at: Timestamp = Field(description="when the author chose the mentor")
    deadline_at: Timestamp = Field(description="the answer is due by then; the selection expires at that moment")
