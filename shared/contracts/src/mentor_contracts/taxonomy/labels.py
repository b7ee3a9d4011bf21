from pydantic import BaseModel, ConfigDict


class Term(BaseModel):
    """One entry of a taxonomy: a stable code and its labels."""

    model_config = ConfigDict(frozen=True)

    code: str
    ru: str
    en: str


def by_code(terms: tuple[Term, ...]) -> dict[str, Term]:
    return {term.code: term for term in terms}
