"""The acceptance windows are checked when the service starts, not when a case arrives."""

from datetime import timedelta

import pytest
from pydantic import ValidationError

from mentor_matching.settings import MatchingSettings


def test_a_partial_window_setting_keeps_the_other_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATCHING_DEADLINE_SECONDS", '{"urgent": 7200}')
    settings = MatchingSettings()
    assert settings.acceptance_window("urgent") == timedelta(hours=2)
    assert settings.acceptance_window("need_advice") == timedelta(hours=24)
    assert settings.acceptance_window("expert_opinion") == timedelta(hours=72)


@pytest.mark.parametrize("value", ['{"urgnet": 7200}', '{"urgent": 0}', '{"urgent": -5}'])
def test_an_unknown_urgency_or_a_window_that_is_not_positive_is_refused(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("MATCHING_DEADLINE_SECONDS", value)
    with pytest.raises(ValidationError, match="deadline_seconds"):
        MatchingSettings()
