"""The platform's taxonomies as data: every user-visible label exists in Russian and English."""

from mentor_contracts.taxonomy.labels import Term
from mentor_contracts.taxonomy.participants import PARTICIPANTS, ParticipantCode
from mentor_contracts.taxonomy.privacy import PRIVACY_MODES, PrivacyMode
from mentor_contracts.taxonomy.question_bank import QUESTION_BANK, BankQuestion, QuestionGroup, QuestionKind
from mentor_contracts.taxonomy.rubrics import RUBRICS, RubricCode
from mentor_contracts.taxonomy.urgency import URGENCIES, Urgency

__all__ = [
    "PARTICIPANTS",
    "PRIVACY_MODES",
    "QUESTION_BANK",
    "RUBRICS",
    "URGENCIES",
    "BankQuestion",
    "ParticipantCode",
    "PrivacyMode",
    "QuestionGroup",
    "QuestionKind",
    "RubricCode",
    "Term",
    "Urgency",
]
