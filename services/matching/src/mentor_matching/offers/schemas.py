from pydantic import BaseModel, ConfigDict


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
