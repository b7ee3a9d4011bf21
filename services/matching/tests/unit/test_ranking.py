from collections import Counter
from datetime import date, datetime, timedelta

from mentor_matching.domain.ranking import CaseView, MentorView, rank
from mentor_matching.settings import MatchingSettings

NOW = datetime(2026, 11, 30, 10, 0)  # a Monday
WINDOWS = MatchingSettings().acceptance_window  # the default windows by urgency: 4 h, 24 h, 72 h


def case(
    *rubrics: str,
    urgency: str = "need_advice",
    excluded: frozenset[str] = frozenset(),
    participants: frozenset[str] = frozenset({"parents"}),
) -> CaseView:
    return CaseView("c", frozenset(rubrics), participants, WINDOWS(urgency), excluded)


def test_a_case_no_mentor_fits_gets_no_offer() -> None:
    mentors = [MentorView("m1", frozenset({"educational_law"}))]
    assert rank(mentors, case("class_management"), NOW) == []


def test_rubric_fit_ranks_first_and_the_explanation_says_why() -> None:
    both = MentorView("both", frozenset({"class_management", "parent_interaction"}), median_accept_hours=5)
    one = MentorView("one", frozenset({"class_management"}))
    offers = rank([one, both], case("class_management", "parent_interaction"), NOW)
    assert [o.mentor_id for o in offers] == ["both", "one"]
    assert offers[0].explanation == "matches 2 of 2 rubrics; free capacity 3/3; usually answers within 5 h"


def test_mentors_at_capacity_on_leave_paused_or_excluded_are_never_offered() -> None:
    fit = frozenset({"class_management"})
    mentors = [
        MentorView("full", fit, capacity=2, open_cases=2),
        MentorView("leave", fit, leaves=((NOW.date() - timedelta(days=1), NOW.date() + timedelta(days=10)),)),
        MentorView("paused", fit, active=False),
        MentorView("tried", fit),
        MentorView("weekends", fit, weekdays=frozenset({5, 6})),  # not within 4 h of a Monday morning
        MentorView("ok", fit),
    ]
    offers = rank(mentors, case("class_management", urgency="urgent", excluded=frozenset({"tried"})), NOW)
    assert [o.mentor_id for o in offers] == ["ok"]


def test_availability_is_judged_within_the_case_window() -> None:
    saturdays = MentorView("saturdays", frozenset({"class_management"}), weekdays=frozenset({5}))
    monday, rubrics = NOW, frozenset({"class_management"})
    assert rank([saturdays], CaseView("c", rubrics, frozenset(), timedelta(hours=4)), monday) == []
    assert [o.mentor_id for o in rank([saturdays], CaseView("c", rubrics, frozenset(), timedelta(days=5)), monday)] == [
        "saturdays"
    ]


def test_the_availability_signal_looks_at_the_end_of_the_window() -> None:
    away_tomorrow = ((NOW.date() + timedelta(days=1), NOW.date() + timedelta(days=1)),)
    mentor = MentorView("m", frozenset({"class_management"}), leaves=away_tomorrow)
    rubrics = frozenset({"class_management"})
    short = rank([mentor], CaseView("c", rubrics, frozenset(), timedelta(hours=2)), NOW)[0]
    day = rank([mentor], CaseView("c", rubrics, frozenset(), timedelta(hours=24)), NOW)[0]
    assert (short.signals["availability"], day.signals["availability"]) == (1.0, 0.5)


def test_availability_depends_on_the_urgency_window() -> None:
    weekend = MentorView("weekend", frozenset({"class_management"}), weekdays=frozenset({5}))  # Saturdays
    assert rank([weekend], case("class_management", urgency="need_advice"), NOW) == []
    assert [
        o.mentor_id
        for o in rank([weekend], case("class_management", urgency="expert_opinion"), NOW + timedelta(days=3))
    ] == ["weekend"]


def test_fairness_over_100_cases_and_10_equal_mentors() -> None:
    mentors = {f"m{i:02d}": MentorView(f"m{i:02d}", frozenset({"class_management"}), capacity=100) for i in range(10)}
    offered: Counter[str] = Counter()
    for _ in range(100):
        for offer in rank(mentors.values(), case("class_management"), NOW):
            offered[offer.mentor_id] += 1
            m = mentors[offer.mentor_id]
            mentors[m.id] = MentorView(m.id, m.rubrics, capacity=m.capacity, recent_offers=m.recent_offers + 1)
    average = sum(offered.values()) / len(mentors)
    assert len(offered) == 10 and max(offered.values()) <= 2 * average


def test_fewer_free_places_and_slow_answers_lower_the_score() -> None:
    fit = frozenset({"class_management"})
    busy_slow = MentorView("busy", fit, capacity=3, open_cases=2, median_accept_hours=48)
    free_fast = MentorView("free", fit, capacity=3, open_cases=0, median_accept_hours=1)
    assert [o.mentor_id for o in rank([busy_slow, free_fast], case("class_management"), NOW)] == ["free", "busy"]


def test_leave_ending_before_the_day_still_allows_an_offer() -> None:
    back = MentorView("back", frozenset({"class_management"}), leaves=((date(2026, 11, 1), date(2026, 11, 29)),))
    assert [o.mentor_id for o in rank([back], case("class_management"), NOW)] == ["back"]
