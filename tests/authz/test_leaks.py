"""What the matrix's cells do not see: an object denied to someone must not show up in a listing they read (case
lists, library search and similar items, the events calendar, conversations), not even for the moment between a
change and the search index catching up; and every link in a case notification opens for the person it was sent to
(an earlier mentor's "case completed", a colleague's "opinion requested")."""

from typing import Any

import pytest

from tests.authz import world as w
from tests.authz.drive import TALLY, problem
from tests.authz.matrix import LISTINGS, MATRIX, PERSONAS, STAND_IN, row_path
from tests.authz.world import World


@pytest.mark.parametrize("kind", list(LISTINGS))
def test_a_denied_object_is_in_no_listing(kind: str, authz_world: World) -> None:
    read_key, listings = LISTINGS[kind]
    read = MATRIX[read_key]
    failures: list[str] = []
    for scenario in read.scenarios:
        subject = authz_world.shared(kind, scenario)
        object_id = subject.params[f"{kind}_id"]
        for persona in PERSONAS:
            effective = STAND_IN if persona in subject.absent else persona
            if read.cell(scenario, effective) == "ok":
                continue
            user = subject.cast[persona]
            for service, path, params, other in listings:
                if other is not None:
                    path = row_path(path, authz_world.shared(*other).params)
                response = authz_world.api.call(user, service, "GET", path, params=dict(params))
                TALLY.listings += 1
                if response.status_code == 401:
                    continue  # a visitor's: nothing listed
                assert response.status_code == 200, (service, path, persona, response.text)
                if object_id in response.text:
                    failures.append(f"{scenario} ({object_id}) listed to {persona} by {service} {path} {params}")
    assert not failures, "\n".join(failures)


def test_an_unpublished_item_leaves_search_at_once(authz_world: World) -> None:
    """The index catches up with a change asynchronously (the library's indexer); the database decides what a reader
    may see meanwhile: an item its author just took out of the library is found by nobody else."""
    api, owner = authz_world.api, w.DEFAULT_CAST["mentor"]
    created = api.ok(owner, "library", "POST", "/items", json={**w.item_body(), "title": "Проект для снятия"})
    item_id = str(created["id"])
    query = {"q": "снятия", "limit": "100"}

    def indexed() -> bool:
        return item_id in api.call(None, "library", "GET", "/search", params=query).text

    w.eventually(indexed, "the new item in search")
    api.ok(owner, "library", "POST", f"/items/{item_id}/unpublish")
    for persona in ("visitor", "other_mentee", "unrelated_mentor"):
        user = w.DEFAULT_CAST[persona]
        found = api.call(user, "library", "GET", "/search", params=query)
        assert found.status_code == 200 and item_id not in found.text, (persona, found.text)
    material = authz_world.shared("item", "material").params["item_id"]
    similar = api.call(None, "library", "GET", f"/items/{material}/similar")
    assert similar.status_code == 200 and item_id not in similar.text, similar.text


def test_an_object_named_in_a_body_is_denied_as_a_missing_one(authz_world: World) -> None:
    """A library material is attached to a solved case (`attached_to`): a case item waiting for review, which only
    moderators read, answers as a missing id does — to a mentor writing a new material or editing their own."""
    api = authz_world.api
    pending = authz_world.shared("item", "pending_case").params["item_id"]
    own = authz_world.shared("item", "material").params["item_id"]
    for persona in ("unrelated_mentor", "colleague", "mentor", "earlier_mentor"):
        user = w.DEFAULT_CAST[persona]
        for method, path in (("POST", "/items"), ("PUT", f"/items/{own}")):
            if method == "PUT" and persona != "mentor":
                continue  # only its author (and moderators) edit a material
            answers = [
                problem(api.call(user, "library", method, path, json={**w.item_body(), "attached_to": target}))
                for target in (pending, w.MISSING)
            ]
            assert answers[0] == answers[1], (persona, method, answers)
            assert answers[0][0] == 422, answers
    for persona in ("moderator", "admin"):  # they read it: they may attach to it
        attached = api.call(
            w.DEFAULT_CAST[persona], "library", "POST", "/items", json={**w.item_body(), "attached_to": pending}
        )
        assert attached.status_code == 201, attached.text


def _api_path(link: str) -> tuple[str, str]:
    """The service and API path of a notification's link (a path of the web client)."""
    if link.startswith("/cases/"):
        return "cases", link
    if link.startswith("/forum/"):
        return "forum", link.removeprefix("/forum").split("?")[0]
    if link.startswith("/library/review/"):
        return "library", "/items/" + link.rsplit("/", 1)[-1]
    raise AssertionError(f"a link of an unknown kind: {link}")


def _inbox(world: World, user: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": 100}
    while True:
        page = world.api.ok(user, "notifications", "GET", "/notifications", params=params)
        items += page["items"]
        if page["next_before"] is None:
            return items
        params["before"] = page["next_before"]


@pytest.mark.parametrize("scenario", w.CASE_SCENARIOS)
def test_every_case_notification_link_opens_for_its_recipient(scenario: str, authz_world: World) -> None:
    subject = authz_world.shared("case", scenario)
    case_id = subject.params["case_id"]
    people = [subject.cast[p] for p in ("author", "mentor", "earlier_mentor", "colleague") if p not in subject.absent]
    if scenario == "completed":  # the last news of the walk: every mentor who worked on it hears it is completed
        for mentor in (subject.cast["mentor"], subject.cast["earlier_mentor"]):
            assert mentor is not None

            def told(who: str = mentor) -> bool:
                return any(n["kind"] == "case_completed" and n["case_id"] == case_id for n in _inbox(authz_world, who))

            w.eventually(told, f"case_completed for {mentor}")
    opened, failures = 0, []
    for user in people:
        assert user is not None
        for notification in _inbox(authz_world, user):
            if notification["case_id"] != case_id:
                continue
            service, path = _api_path(notification["link"])
            response = authz_world.api.call(user, service, "GET", path)
            opened += 1
            if response.status_code != 200:
                failures.append(f"{user}: {notification['kind']} {notification['link']} -> {response.status_code}")
    TALLY.links += opened
    assert opened or scenario == "draft", "no notification about the case to open"
    assert not failures, "\n".join(failures)
