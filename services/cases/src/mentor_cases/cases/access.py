"""Who may see or do what with a case. Anyone else gets 404, never 403: no existence oracle."""

from collections.abc import Set as AbstractSet
from functools import lru_cache

from mentor_cases.cases.models import Case
from mentor_kit.auth import User
from mentor_kit.privacy import deidentify
from mentor_kit.web import NotFound

AUTHOR, MENTOR, COLLEAGUE, MODERATOR = "author", "mentor", "colleague", "moderator"
FORMER_MENTOR = "former_mentor"  # worked on the case, then another mentor took it (a second opinion): reads it


def role_in(
    case: Case,
    user: User,
    colleagues: AbstractSet[str] = frozenset(),
    former_mentors: AbstractSet[str] = frozenset(),
) -> str | None:
    if case.author_id == user.id:
        return AUTHOR
    if case.mentor_id is not None and case.mentor_id == user.id and user.has("mentor"):
        return MENTOR
    if user.id in colleagues and user.has("mentor"):
        return COLLEAGUE  # read access, and an opinion for the mentor
    if user.id in former_mentors and user.has("mentor"):
        return FORMER_MENTOR  # read access: every mentor who worked on a case keeps it
    if user.is_moderator:
        return MODERATOR
    return None


def require_role(
    case: Case | None,
    user: User,
    *roles: str,
    colleagues: AbstractSet[str] = frozenset(),
    former_mentors: AbstractSet[str] = frozenset(),
) -> tuple[Case, str]:
    """The case and the caller's role in it; 404 when the caller may not see it or act in that role."""
    role = role_in(case, user, colleagues, former_mentors) if case is not None else None
    if case is None or role is None or (roles and role not in roles):
        raise NotFound("no such case")
    return case, role


def may_see_author(case: Case, role: str) -> bool:
    """The author's identity: the author and moderators; a mentor only for a personal case."""
    return role in (AUTHOR, MODERATOR) or (role in (MENTOR, FORMER_MENTOR) and case.privacy == "personal")


@lru_cache(maxsize=4096)
def _deidentified(text: str) -> str:
    return deidentify(text).text


def authors_words(case: Case, role: str, text: str) -> str:
    """What a reader sees of text the author wrote. An anonymous author may still name themselves, their school
    or others in it: whoever may not know the author reads it de-identified, like the library and the forum."""
    return text if may_see_author(case, role) else _deidentified(text)
