"""A missing PostgreSQL, RabbitMQ or search server skips a developer's run but fails CI's."""

import pytest

from mentor_kit.testing.plugin import unavailable


def test_a_missing_dependency_is_a_skip_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        unavailable("rabbitmqctl is not available")


def test_a_missing_dependency_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        unavailable("rabbitmqctl is not available")
