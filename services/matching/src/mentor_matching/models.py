"""Every model of the service, so the metadata is complete for Alembic."""

from mentor_matching.mentors.models import Leave, Mentor, MentorRubric
from mentor_matching.offers.models import Attempt, CaseCopy, MentorFigures

__all__ = ["Attempt", "CaseCopy", "Leave", "Mentor", "MentorFigures", "MentorRubric"]
