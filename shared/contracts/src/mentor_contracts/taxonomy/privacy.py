from typing import Literal

from mentor_contracts.taxonomy.labels import Term

PrivacyMode = Literal["personal", "anonymous"]

PRIVACY_MODES: tuple[Term, ...] = (
    Term(
        code="personal",
        ru="Персональный: наставник видит автора и его профиль, возможна прямая связь",
        en="Personal: the mentor sees the author and their profile and may contact them directly",
    ),
    Term(
        code="anonymous",
        ru="Анонимный: наставник никогда не видит, кто автор",
        en="Anonymous: the mentor never sees who the author is",
    ),
)
