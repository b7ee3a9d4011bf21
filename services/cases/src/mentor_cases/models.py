"""Every model of the service, so the metadata is complete for Alembic and create_all."""

from mentor_cases.cases.models import Assignment, Case, HistoryEntry, NumberCounter, OfferedMentor, Revision
from mentor_cases.profiles.models import MenteeProfile
from mentor_cases.questionbank.models import CustomQuestion
from mentor_cases.work.models import Colleague, Opinion, Question, Reflection, Solution, Suggestion

__all__ = [
    "Assignment",
    "Case",
    "Colleague",
    "CustomQuestion",
    "HistoryEntry",
    "MenteeProfile",
    "NumberCounter",
    "OfferedMentor",
    "Opinion",
    "Question",
    "Reflection",
    "Revision",
    "Solution",
    "Suggestion",
]
