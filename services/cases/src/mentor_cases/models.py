"""Every model of the service, so the metadata is complete for Alembic and create_all."""

from mentor_cases.audit.models import IdentityRead
from mentor_cases.cases.models import (
    Assignment,
    Case,
    Colleague,
    HistoryEntry,
    NumberCounter,
    OfferedMentor,
    Revision,
)
from mentor_cases.mentoring.models import Opinion, Question, Reflection, Solution, Suggestion
from mentor_cases.profiles.models import MenteeProfile
from mentor_cases.questionbank.models import CustomQuestion

__all__ = [
    "Assignment",
    "Case",
    "Colleague",
    "CustomQuestion",
    "HistoryEntry",
    "IdentityRead",
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
