"""Wall times and zones: what an organizer types is kept as the instant they meant, or refused by field."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from mentor_forum.calendar import rules
from mentor_forum.calendar.times import NoSuchLocalTime, UnknownZone, local, to_utc, zone

NOW = datetime(2030, 5, 1, 9, 0, tzinfo=UTC)
MOSCOW = ZoneInfo("Europe/Moscow")


def test_a_wall_time_is_the_instant_of_its_zone() -> None:
    assert to_utc(datetime(2030, 5, 1, 18, 0), MOSCOW) == datetime(2030, 5, 1, 15, 0, tzinfo=UTC)
    assert to_utc(datetime(2030, 5, 1, 18, 0), zone("Asia/Vladivostok")) == datetime(2030, 5, 1, 8, 0, tzinfo=UTC)
    # January in London is GMT, May is BST: the same wall time, different instants
    assert to_utc(datetime(2030, 1, 15, 18, 0), zone("Europe/London")).hour == 18
    assert to_utc(datetime(2030, 5, 15, 18, 0), zone("Europe/London")).hour == 17


def test_a_time_with_an_offset_is_the_instant_it_names() -> None:
    given = datetime(2030, 5, 1, 16, 0, tzinfo=ZoneInfo("Europe/London"))  # 15:00 UTC
    assert to_utc(given, MOSCOW) == datetime(2030, 5, 1, 15, 0, tzinfo=UTC)
    assert local(to_utc(given, MOSCOW), "Europe/Moscow").isoformat() == "2030-05-01T18:00:00+03:00"


def test_a_skipped_wall_time_is_refused_and_a_repeated_one_is_its_first() -> None:
    london = zone("Europe/London")
    with pytest.raises(NoSuchLocalTime):
        to_utc(datetime(2030, 3, 31, 1, 30), london)  # clocks go 01:00 -> 02:00
    assert to_utc(datetime(2030, 10, 27, 1, 30), london) == datetime(2030, 10, 27, 0, 30, tzinfo=UTC)  # BST first


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "localtime", "../etc/passwd", "/etc/localtime", "europe/moscow"])
def test_only_zones_of_the_iana_database(name: str) -> None:
    with pytest.raises(UnknownZone):
        zone(name)


def test_the_rules_name_every_broken_field() -> None:
    errors: dict[str, str] = {}
    rules.where(True, None, None, errors)
    assert set(errors) == {"link"}
    errors = {}
    rules.where(False, "javascript:alert(1)", "", errors)
    assert set(errors) == {"link", "place"}
    errors = {}
    start = datetime(2030, 5, 2, 18, 0)
    assert rules.times(start, start - timedelta(hours=1), "Europe/Moscow", errors, now=NOW) is None
    assert set(errors) == {"ends_at"}
    errors = {}
    assert rules.times(start, start + timedelta(days=15), "Europe/Moscow", errors, now=NOW) is None
    assert set(errors) == {"ends_at"}
    errors = {}
    assert rules.times(datetime(2030, 4, 1), datetime(2030, 4, 2), "Europe/Moscow", errors, now=NOW) is None
    assert set(errors) == {"starts_at"}
    errors = {}
    assert rules.times(start, start, "Nowhere/Town", errors, now=NOW) is None
    assert set(errors) == {"timezone"}


def test_valid_times_are_utc_instants_with_their_zone() -> None:
    errors: dict[str, str] = {}
    found = rules.times(datetime(2030, 5, 2, 18, 0), datetime(2030, 5, 2, 20, 0), "Europe/Moscow", errors, now=NOW)
    assert errors == {} and found is not None
    assert found.starts_at == datetime(2030, 5, 2, 15, tzinfo=UTC)
    assert found.ends_at == datetime(2030, 5, 2, 17, tzinfo=UTC)
    assert found.timezone == "Europe/Moscow"


@pytest.mark.parametrize(
    ("link", "ok"),
    [
        ("https://meet.example.org/abc", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("https://", False),
        ("ftp://example.org", False),
        ("https://exa mple.org", False),
        ("//example.org", False),
    ],
)
def test_links_are_web_links_only(link: str, ok: bool) -> None:
    assert rules.web_link(link) is ok
