"""The poll rules that need no database."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from mentor_forum.polls.rules import choice_limits, closing_time, hidden_until, is_closed, shares

from mentor_kit.web import Invalid

AT = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def test_single_choice_shares_add_up_to_exactly_100() -> None:
    assert shares([1, 1, 1], 3, whole=True) == [33.4, 33.3, 33.3]
    assert shares([2, 1], 3, whole=True) == [66.7, 33.3]
    assert shares([1, 1, 1, 1, 1, 1], 6, whole=True) == [16.7, 16.7, 16.7, 16.7, 16.6, 16.6]
    for counts in ([1, 2, 4], [5, 0, 2], [7, 7, 7], [1, 0, 0], [3, 3, 1, 1, 1, 1, 1]):
        assert round(sum(shares(counts, sum(counts), whole=True)), 1) == 100.0, counts


def test_multiple_choice_shares_are_of_the_voters_rounded_half_up() -> None:
    assert shares([2, 1, 1, 0], 2, whole=False) == [100.0, 50.0, 50.0, 0.0]
    assert shares([1, 2], 3, whole=False) == [33.3, 66.7]
    assert shares([1], 8, whole=False) == [12.5]
    assert shares([1], 16, whole=False) == [6.3]  # 6.25 rounds half up


def test_no_voters_no_shares() -> None:
    assert shares([0, 0], 0, whole=True) == [0.0, 0.0]


def test_choice_limits() -> None:
    assert choice_limits("single", None, None, 3) == (1, 1)
    assert choice_limits("single", 1, 1, 3) == (1, 1)
    assert choice_limits("multiple", None, None, 4) == (1, 4)
    assert choice_limits("multiple", 2, None, 4) == (2, 4)
    bad = [
        ("single", 2, None, "min_choices"),
        ("single", None, 3, "max_choices"),
        ("multiple", 5, None, "min_choices"),
        ("multiple", None, 5, "max_choices"),
        ("multiple", 3, 2, "max_choices"),
    ]
    for kind, least, most, field in bad:
        with pytest.raises(Invalid) as raised:
            choice_limits(kind, least, most, 4)
        assert raised.value.errors is not None and raised.value.errors[0]["field"] == field


def test_closing_time_is_in_the_future_within_a_year_and_kept_in_utc() -> None:
    moscow = (AT + timedelta(days=1)).astimezone(timezone(timedelta(hours=3)))
    assert closing_time(moscow, AT) == AT + timedelta(days=1) and closing_time(moscow, AT).tzinfo == UTC
    assert closing_time(AT + timedelta(days=365), AT) == AT + timedelta(days=365)
    for wrong in (AT, AT - timedelta(seconds=1), AT + timedelta(days=365, seconds=1)):
        with pytest.raises(Invalid):
            closing_time(wrong, AT)


def test_closed_by_hand_or_by_its_time_read_back_naive_from_sqlite() -> None:
    assert not is_closed(None, None, AT)
    assert not is_closed(AT + timedelta(seconds=1), None, AT)
    assert is_closed(AT, None, AT)
    assert is_closed((AT - timedelta(minutes=1)).replace(tzinfo=None), None, AT)
    assert is_closed(None, AT - timedelta(days=1), AT)


@pytest.mark.parametrize(
    ("results", "closed", "voted", "expected"),
    [
        ("always", False, False, None),
        ("after_vote", False, False, "vote"),
        ("after_vote", False, True, None),
        ("after_vote", True, False, None),
        ("after_close", False, False, "close"),
        ("after_close", False, True, "close"),  # voting does not reveal them early
        ("after_close", True, False, None),
    ],
)
def test_who_sees_the_results(results: str, closed: bool, voted: bool, expected: str | None) -> None:
    assert hidden_until(results, closed=closed, voted=voted) == expected
