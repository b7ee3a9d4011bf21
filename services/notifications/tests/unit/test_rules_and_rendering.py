"""The rules table and templates without I/O: every kind renders in both languages, titles carry no case text."""

from datetime import UTC, datetime

import pytest

from mentor_notifications.rendering import LOCALES, case_title, locale_of, render, render_html
from mentor_notifications.rules import KINDS, MODERATORS, RULES, CaseNotKnownYet, author

PARAMS = {
    "urgency": "urgent",
    "second_opinion": True,
    "deadline_at": datetime(2026, 11, 28, 9, 30, tzinfo=UTC),
    "count": 2,
    "round": 3,
    "reason": "<b>busy</b>",
    "items": [{"title": "t", "url": "u"}],
    "topic": "Родители пишут ночью",
    "starts": "05.12.2026 18:00 (Europe/Moscow)",
    "cancelled": True,
    "hidden": True,
    "flags": 3,
    "target": "post",
}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("kind", [*KINDS, "digest"])
def test_every_kind_renders_in_every_language(kind: str, locale: str) -> None:
    for email in (True, False):
        rendered = render(kind, locale, {"title": "MCU-2026-000001", "email": email, **PARAMS})
        assert rendered.subject and rendered.body and "\n" not in rendered.subject


def test_english_and_russian_differ_and_dates_follow_the_locale() -> None:
    context = {"title": "MCU-2026-000001", "email": False, **PARAMS}
    assert render("deadline_reminder", "ru", context).body != render("deadline_reminder", "en", context).body
    assert "28.11.2026 09:30" in render("deadline_reminder", "ru", context).body
    assert "2026-11-28 09:30" in render("deadline_reminder", "en", context).body


def test_a_decline_reason_is_shown_in_the_app_but_never_mailed() -> None:
    context = {"title": "MCU-2026-000001", **PARAMS}
    assert "busy" in render("case_declined", "ru", {**context, "email": False}).body
    assert "busy" not in render("case_declined", "ru", {**context, "email": True}).body


def test_html_escapes_what_it_wraps() -> None:
    html = render_html("en", "Subject", "a <script>x</script>\n\nsecond", "https://x/cases/1", "https://x/prefs")
    assert "<script>" not in html and "&lt;script&gt;" in html and html.count("<p>") >= 3


def test_the_title_is_the_number_and_rubric_labels_only() -> None:
    assert case_title("MCU-2026-000001", ["parent_interaction"], "en") == "MCU-2026-000001 · Interaction with parents"
    assert case_title(None, [], "ru") == ""


def test_locales_fall_back_to_russian() -> None:
    assert [locale_of(v) for v in ("en-GB", "EN", "ru_RU", "de", "", None)] == ["en", "en", "ru", "ru", "ru", "ru"]


def test_every_rule_names_its_recipients_and_an_author_needs_the_case() -> None:
    assert len(KINDS) == sum(len(rules) for rules in RULES.values())  # kinds are unique
    for rules in RULES.values():
        for rule in rules:
            assert rule.recipients == MODERATORS or callable(rule.recipients)
    with pytest.raises(CaseNotKnownYet):
        author(object(), None)


def test_an_event_time_is_shown_in_the_events_own_zone() -> None:
    from mentor_notifications.rules import local_time

    start = datetime(2026, 12, 5, 15, 0, tzinfo=UTC)
    assert local_time(start, "Europe/Moscow") == "05.12.2026 18:00 (Europe/Moscow)"
    assert local_time(start, "Asia/Vladivostok") == "06.12.2026 01:00 (Asia/Vladivostok)"
    assert local_time(start, "Mars/Olympus") == "05.12.2026 15:00 (UTC)"
