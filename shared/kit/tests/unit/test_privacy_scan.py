"""The privacy scanner finds the secrets and their obvious variants, and refuses to pass on nothing."""

import json

import pytest

from mentor_kit.testing.privacy import PrivacyScan, variants

SECRETS = ["mentee-anna-7731", "Анна Смирнова", "anna.smirnova@school.example", "Школа № 1234"]


def test_variants_cover_case_spacing_order_surname_local_part_and_numbers() -> None:
    assert {"смирнова анна", "смирнова"} <= variants("Анна Смирнова")
    assert "anna.smirnova" in variants("anna.smirnova@school.example")
    assert {"№1234", "номер 1234", "школа 1234"} <= variants("Школа № 1234")


@pytest.mark.parametrize(
    "leak",
    [
        "ответ для АННА   СМИРНОВА",
        "Смирнова Анна спрашивает",
        "пишет Смирнова",
        "адрес anna.smirnova@gmail.com",
        "[ШКОЛА] №1234",
        "из школы номер 1234",
        json.dumps({"name": "Анна Смирнова"}),  # escaped as \\u0410…: the same leak
        b"mentee-anna-7731",
    ],
)
def test_a_leak_in_any_variant_is_found(leak: str | bytes) -> None:
    scan = PrivacyScan(SECRETS)
    scan.add("responses", leak)
    with pytest.raises(AssertionError, match="leaked"):
        scan.assert_clean("responses")


def test_nothing_collected_is_a_failure_and_clean_text_passes() -> None:
    scan = PrivacyScan(SECRETS)
    scan.add("responses", "Автор кейса пишет: [ИМЯ] из [ШКОЛА]")
    with pytest.raises(AssertionError, match="nothing collected from logs"):
        scan.assert_clean("responses", "logs")
    scan.add("logs", '{"event": "cases.case_submitted", "case_id": "1234abcd"}')
    scan.assert_clean("responses", "logs")
    scan.positive_control("Я, Анна Смирнова, работаю в Школа № 1234")
    with pytest.raises(AssertionError, match="positive control"):
        scan.positive_control("[ИМЯ] из [ШКОЛА]")
