from typing import get_args

from mentor_contracts.taxonomy import (
    PARTICIPANTS,
    PRIVACY_MODES,
    QUESTION_BANK,
    RUBRICS,
    URGENCIES,
    ParticipantCode,
    PrivacyMode,
    RubricCode,
    Urgency,
)


def test_rubricator_has_the_twelve_codes_of_the_case_form() -> None:
    assert len(RUBRICS) == 12
    assert [t.code for t in RUBRICS] == list(get_args(RubricCode))


def test_participants_cover_eleven_forms_and_seven_groups() -> None:
    codes = [t.code for t in PARTICIPANTS]
    assert codes == list(get_args(ParticipantCode))
    assert [c for c in codes if c.startswith("form_")] == [f"form_{n}" for n in range(1, 12)]
    assert len(codes) == 18


def test_every_label_exists_in_russian_and_english() -> None:
    for term in (*RUBRICS, *PARTICIPANTS, *URGENCIES, *PRIVACY_MODES, *QUESTION_BANK):
        assert term.ru.strip() and term.en.strip(), term
        assert any("а" <= ch <= "я" for ch in term.ru.lower()), f"{term.code}: ru label is not Russian"


def test_enumerations_match_their_literal_types() -> None:
    assert [t.code for t in URGENCIES] == list(get_args(Urgency))
    assert [t.code for t in PRIVACY_MODES] == list(get_args(PrivacyMode))


def test_question_bank_has_the_four_groups_and_both_kinds() -> None:
    codes = [q.code for q in QUESTION_BANK]
    assert len(codes) == len(set(codes)) == 17
    assert {q.group for q in QUESTION_BANK} == {"goals", "swot", "options", "planning"}
    assert {q.kind for q in QUESTION_BANK} == {"clarifying", "developing"}
    assert all(q.kind == "developing" for q in QUESTION_BANK if q.group == "goals")
