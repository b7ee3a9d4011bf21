"""The objects the authorization matrix is driven against, made by walking the real API of a platform: cases in each
status that matters (on the embedded platform, where events cross services, through matching's real offers), and
the forum, library, notification and mentor-card objects with an owner and others.

Who is who (`Subject.cast`): fixed ids for the personas that never change, and per case the mentors the case
really got (its selected mentor, and after a second opinion the earlier one). Every token is minted with the kit's
development key (`mentor_kit.auth.dev.mint_token`), a persona's role being its id's first word."""

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from mentor_kit.auth.dev import mint_token

RUBRIC = "urban_projects"  # the cases' rubric: only the matrix's own mentors consult on it (demo ones are off)
REGISTERED_MENTORS = tuple(f"mentor-authz-{n}" for n in range(1, 9))  # offered to the cases, in turn
AUTHOR, OTHER_MENTEE = "mentee-authz-author", "mentee-authz-other"
UNRELATED_MENTOR, COLLEAGUE = "mentor-authz-unrelated", "mentor-authz-colleague"
MODERATOR, ADMIN = "moderator-authz", "admin-authz"


def role_of(user_id: str) -> str:
    return user_id.split("-", 1)[0]


def headers_for(user_id: str | None) -> dict[str, str]:
    """The Authorization header of `user_id` (its role is its id's first word); none for a visitor."""
    if user_id is None:
        return {}
    token = mint_token(user_id, [role_of(user_id)], name=f"Authz {user_id}", email=f"{user_id}@example.org")
    return {"Authorization": f"Bearer {token}"}


class Api:
    """Synchronous HTTP to the services of one platform, as any of the personas."""

    def __init__(self, urls: dict[str, str]) -> None:
        self.urls = urls
        self.client = httpx.Client(timeout=60)
        self._headers: dict[str | None, dict[str, str]] = {}

    def headers(self, user_id: str | None) -> dict[str, str]:
        if user_id not in self._headers:
            self._headers[user_id] = headers_for(user_id)
        return self._headers[user_id]

    def call(
        self,
        user_id: str | None,
        service: str,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
    ) -> httpx.Response:
        url = self.urls[service] + path
        if path == "/stream":  # the live stream never ends: its status and headers are the answer
            with self.client.stream(method, url, headers=self.headers(user_id), params=params) as response:
                if response.status_code != 200:
                    response.read()  # a refusal is a problem document: read it
                return response
        return self.client.request(method, url, headers=self.headers(user_id), json=json, params=params)

    def ok(self, user_id: str | None, service: str, method: str, path: str, **kwargs: Any) -> Any:
        """A call of the walk that must succeed; its JSON (None when there is no body)."""
        response = self.call(user_id, service, method, path, **kwargs)
        assert response.status_code < 300, (
            f"{method} {service}{path} as {user_id}: {response.status_code} {response.text}"
        )
        return response.json() if response.content else None


def eventually(check: Callable[[], Any], what: str, timeout: float = 30.0) -> Any:
    """Poll until `check` returns something truthy (an event crossed the in-process bus)."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def soon(hours: float = 48) -> str:
    return (datetime.now(UTC) + timedelta(hours=hours)).replace(microsecond=0).isoformat()


def mentor_card(user_id: str) -> dict[str, Any]:
    """What a mentor of the matrix writes about themselves: the registered ones consult on the cases' rubric, any
    other (a colleague, an unrelated mentor writing a card in the matrix) on another one, paused, so that no case
    of the matrix is ever offered to them."""
    if user_id in REGISTERED_MENTORS:
        return {"name": f"Authz {user_id}", "rubrics": [RUBRIC], "capacity": 20}
    return {"name": f"Authz {user_id}", "rubrics": ["self_management"], "paused": True}


# Cases


@dataclass
class Case:
    """A case of the matrix and who is who in it."""

    scenario: str
    id: str
    privacy: str
    mentor: str | None = None  # selected now
    earlier: str | None = None  # worked on it before a second opinion
    colleague: str | None = None  # invited for an opinion
    offered: str | None = None  # offered in the current round, not (yet) selected
    question_id: str | None = None


@dataclass(frozen=True)
class Subject:
    """The object a row's path ids name (`params`), who each persona is for it (`cast`), and the personas it has
    none of (`absent`: in a draft, nobody is its mentor): they call as mentors with no part in it, and are
    expected to fare as the unrelated mentor does."""

    params: dict[str, str]
    cast: dict[str, str | None]
    absent: frozenset[str] = frozenset()
    case: Case | None = None


DEFAULT_CAST: dict[str, str | None] = {
    "visitor": None,
    "other_mentee": OTHER_MENTEE,
    "unrelated_mentor": UNRELATED_MENTOR,
    "colleague": COLLEAGUE,
    "author": AUTHOR,
    "mentor": REGISTERED_MENTORS[0],
    "earlier_mentor": REGISTERED_MENTORS[1],
    "moderator": MODERATOR,
    "admin": ADMIN,
}


CASE_SCENARIOS = ("draft", "offers_ready", "mentor_selected", "in_progress", "solution_proposed", "completed")
MISSING = str(uuid.UUID(int=0xA117))  # an id no object has


class World:
    """Builds cases and other objects on demand; keeps one shared instance per scenario."""

    def __init__(self, api: Api, deployment: str) -> None:
        self.api = api
        self.deployment = deployment  # "embedded" (events cross services) or "deployed" (they do not)
        self._turn = 0
        self._shared: dict[tuple[str, str], Subject] = {}
        self.built = 0  # objects made (shared and fresh)

    # Setup: the matrix's own mentors (demo ones deactivated), the mentees' questionnaires

    def prepare(self) -> None:
        api = self.api
        demo = api.ok(MODERATOR, "matching", "GET", "/mentors", params={"limit": 100})["items"]
        for mentor in demo:
            if mentor["id"] not in REGISTERED_MENTORS:
                api.ok(MODERATOR, "matching", "PUT", f"/mentors/{mentor['id']}/active", params={"active": "false"})
        for mentor_id in (*REGISTERED_MENTORS, UNRELATED_MENTOR, COLLEAGUE):
            api.ok(mentor_id, "matching", "PUT", "/mentors/me", json=mentor_card(mentor_id))
        for mentee in (AUTHOR, OTHER_MENTEE):
            api.ok(mentee, "cases", "PUT", "/profile", json=profile_body())

    def shared(self, kind: str, scenario: str) -> Subject:
        key = (kind, scenario)
        if key not in self._shared:
            self._shared[key] = self.build(kind, scenario)
        return self._shared[key]

    def build(self, kind: str, scenario: str) -> Subject:
        self.built += 1
        if kind == "case":
            return self.case_subject(self._build_case(scenario))
        builder: Callable[[str], Subject] = getattr(self, f"_build_{kind}")
        return builder(scenario)

    # Case walks

    def _new_case(self, privacy: str, *, submit: bool = True, question: str = "") -> str:
        body = {**case_form(), "privacy": privacy, "submit": submit}
        if question:
            body["question"] = question
        return str(self.api.ok(AUTHOR, "cases", "POST", "/cases", json=body)["id"])

    def _offers(self, case_id: str, round_above: int = 0) -> list[str]:
        def offered() -> list[str]:
            case = self.api.ok(AUTHOR, "cases", "GET", f"/cases/{case_id}")
            if case["status"] != "offers_ready" or case["round"] <= round_above:
                return []
            found = self.api.ok(AUTHOR, "cases", "GET", f"/cases/{case_id}/offers")
            return [o["mentor_id"] for o in found]

        return list(eventually(offered, f"offers for case {case_id}"))

    def _pick(self, offered: list[str]) -> str:
        """One of the offered mentors, in turn (so that no mentor's capacity runs out)."""
        self._turn += 1
        return offered[self._turn % len(offered)]

    def _select(self, case: Case, *, round_above: int = 0) -> None:
        offered = self._offers(case.id, round_above)
        case.mentor = self._pick(offered)
        self.api.ok(AUTHOR, "cases", "POST", f"/cases/{case.id}/mentor", json={"mentor_id": case.mentor})

    def _accept(self, case: Case) -> None:
        assert case.mentor is not None
        self.api.ok(case.mentor, "cases", "POST", f"/cases/{case.id}/accept")

        def matching_knows() -> bool:  # matching recorded the acceptance (its colleague suggestions need it)
            return (
                self.api.call(case.mentor, "matching", "GET", f"/cases/{case.id}/colleague-suggestions").status_code
                == 200
            )

        eventually(matching_knows, "matching to record the acceptance")

    def _ask(self, case: Case) -> None:
        assert case.mentor is not None
        body = {"questions": [{"text": "Что уже получилось?", "kind": "clarifying"}]}
        asked = self.api.ok(case.mentor, "cases", "POST", f"/cases/{case.id}/questions", json=body)
        case.question_id = asked[0]["id"]

    def _build_case(self, scenario: str) -> Case:
        api = self.api
        personal = scenario in ("mentor_selected", "in_progress")
        case = Case(scenario, "", "personal" if personal else "anonymous")
        if scenario == "draft":
            case.id = self._new_case(case.privacy, submit=False)
            return case
        case.id = self._new_case(case.privacy)
        if scenario == "offers_ready":
            case.offered = self._offers(case.id)[0]
            return case
        self._select(case)
        if scenario == "mentor_selected":
            return case
        self._accept(case)
        self._ask(case)
        if scenario == "in_progress":
            assert case.mentor is not None
            api.ok(case.mentor, "cases", "POST", f"/cases/{case.id}/colleagues", json={"colleague_id": COLLEAGUE})
            case.colleague = COLLEAGUE
            api.ok(AUTHOR, "cases", "POST", f"/cases/{case.id}/forum")
            return case
        assert case.mentor is not None
        api.ok(case.mentor, "cases", "POST", f"/cases/{case.id}/solution", json={"text": "Возможное решение."})
        api.ok(AUTHOR, "cases", "POST", f"/cases/{case.id}/forum")
        if scenario == "solution_proposed":
            return case
        # completed after a second opinion: the first mentor invited a colleague, then the author asked another mentor
        api.ok(case.mentor, "cases", "POST", f"/cases/{case.id}/colleagues", json={"colleague_id": COLLEAGUE})
        case.colleague = COLLEAGUE
        api.ok(COLLEAGUE, "cases", "POST", f"/cases/{case.id}/opinions", json={"text": "Мнение коллеги."})
        round_before = api.ok(AUTHOR, "cases", "GET", f"/cases/{case.id}")["round"]
        api.ok(AUTHOR, "cases", "POST", f"/cases/{case.id}/second-opinion")
        case.earlier = case.mentor
        self._select(case, round_above=round_before)
        assert case.mentor != case.earlier
        self._accept(case)
        api.ok(case.mentor, "cases", "POST", f"/cases/{case.id}/solution", json={"text": "Второе мнение."})
        api.ok(AUTHOR, "cases", "POST", f"/cases/{case.id}/complete", json={"useful": True, "rating": 5})
        return case

    # Subjects: what a row's path ids come from, and who is who in it

    def case_subject(self, case: Case) -> Subject:
        cast = dict(DEFAULT_CAST)
        absent = set()
        for persona, user_id, stand_in in (
            ("mentor", case.mentor, case.offered or "mentor-authz-no-mentor"),
            ("earlier_mentor", case.earlier, "mentor-authz-no-earlier"),
            ("colleague", case.colleague, "mentor-authz-no-colleague"),
        ):
            cast[persona] = user_id or stand_in
            if user_id is None:
                absent.add(persona)
        params = {"case_id": case.id, "question_id": case.question_id or MISSING}
        return Subject(params, cast, frozenset(absent), case)

    def _build_none(self, _scenario: str) -> Subject:
        return Subject({}, dict(DEFAULT_CAST))

    def _build_mentor(self, _scenario: str) -> Subject:
        return Subject({"mentor_id": DEFAULT_CAST["mentor"] or ""}, dict(DEFAULT_CAST))

    def _build_user(self, scenario: str) -> Subject:
        """Someone a moderator silences, a person blocks, or an administrator writes from the directory."""
        return Subject({"user_id": f"mentee-authz-{scenario}"}, dict(DEFAULT_CAST))

    # Library

    def _build_item(self, scenario: str) -> Subject:
        owner = DEFAULT_CAST["mentor"]
        if scenario in ("pending_case", "published_case"):
            return Subject({"item_id": self.case_item(scenario)}, dict(DEFAULT_CAST))
        created = self.api.ok(owner, "library", "POST", "/items", json=item_body())
        if scenario == "unpublished":
            self.api.ok(owner, "library", "POST", f"/items/{created['id']}/unpublish")
        return Subject({"item_id": str(created["id"])}, dict(DEFAULT_CAST))

    def case_item(self, scenario: str) -> str:
        """The library item of a case completed with consent to publish (after a second opinion): waiting for a
        moderator's review, or approved by one."""
        case = self._build_case("completed")
        number = self.api.ok(AUTHOR, "cases", "GET", f"/cases/{case.id}")["number"]

        def arrived() -> str:
            queue = self.api.ok(MODERATOR, "library", "GET", "/review", params={"limit": 100})["items"]
            return next((str(i["id"]) for i in queue if number in i["title"]), "")

        item_id = str(eventually(arrived, f"case {number} in the library's review queue"))
        if scenario == "published_case":
            self.api.ok(MODERATOR, "library", "POST", f"/review/{item_id}/approve")
        return item_id

    # Notifications

    def _build_notification(self, _scenario: str) -> Subject:
        """The author's newest notification (the cases of the matrix told them of their offers)."""
        self.shared("case", "offers_ready")

        def newest() -> int:
            items = self.api.ok(AUTHOR, "notifications", "GET", "/notifications")["items"]
            return int(items[0]["id"]) if items else 0

        return Subject(
            {"notification_id": str(eventually(newest, "a notification for the author"))}, dict(DEFAULT_CAST)
        )

    def _build_email(self, _scenario: str) -> Subject:
        """An e-mail already sent (to the author, about their offers): a re-send is refused (409)."""
        self.shared("notification", "own")

        def sent() -> str:
            page = self.api.ok(ADMIN, "notifications", "GET", "/emails", params={"state": "sent"})["items"]
            return str(page[0]["id"]) if page else ""

        return Subject({"email_id": eventually(sent, "a sent e-mail")}, dict(DEFAULT_CAST))

    # Forum

    def _topic(self) -> tuple[str, str, str]:
        """The author's topic: its id, the author's own reply and another mentee's reply."""
        opened = self.api.ok(AUTHOR, "forum", "POST", f"/sections/{FORUM_SECTION}/topics", json=topic_body())
        topic_id = str(opened["id"])
        own = self.api.ok(AUTHOR, "forum", "POST", f"/topics/{topic_id}/posts", json={"body": "Дополню."})
        other = self.api.ok(OTHER_MENTEE, "forum", "POST", f"/topics/{topic_id}/posts", json={"body": "Ответ."})
        return topic_id, str(own["id"]), str(other["id"])

    def _build_topic(self, scenario: str) -> Subject:
        """`discussion`: the author's topic (`post_id`: the author's reply); `shared_case`: the topic of a case its
        author shared (`post_id`: the reply the author sent through the cases service, which the forum shows as
        the case author's and never ties to them)."""
        if scenario == "shared_case":
            return self._shared_case_topic()
        topic_id, own, other = self._topic()
        return Subject({"topic_id": topic_id, "post_id": own, "reply_id": other}, dict(DEFAULT_CAST))

    def _shared_case_topic(self) -> Subject:
        tag = unique("метка ")  # to find this case's topic among the others' (de-identified text keeps it)
        case_id = self._new_case("anonymous", question=f"Как перезапустить проект ({tag})?")
        case = Case("shared_case", case_id, "anonymous")
        self._select(case)
        self._accept(case)
        self.api.ok(AUTHOR, "cases", "POST", f"/cases/{case_id}/forum")

        def topic() -> str:
            listed = self.api.ok(None, "forum", "GET", "/sections/what-to-do/topics", params={"limit": 100})
            return next((str(t["id"]) for t in listed["items"] if tag in t["title"]), "")

        topic_id = eventually(topic, "the shared case's topic in the forum")
        sent = self.api.ok(AUTHOR, "cases", "POST", f"/cases/{case_id}/forum/posts", json={"body": "Автор отвечает."})
        post_id = str(sent["post_id"])

        def posted() -> bool:
            shown = self.api.ok(None, "forum", "GET", f"/topics/{topic_id}")
            return any(str(p["id"]) == post_id for p in shown["posts"])

        eventually(posted, "the case author's reply in the forum")
        other = self.api.ok(OTHER_MENTEE, "forum", "POST", f"/topics/{topic_id}/posts", json={"body": "Ответ."})
        return Subject({"topic_id": topic_id, "post_id": post_id, "reply_id": str(other["id"])}, dict(DEFAULT_CAST))

    def _build_poll(self, scenario: str) -> Subject:
        topic_id, _, _ = self._topic()
        poll = self.api.ok(AUTHOR, "forum", "POST", f"/topics/{topic_id}/polls", json=poll_body())
        if scenario == "closed":
            self.api.ok(AUTHOR, "forum", "POST", f"/polls/{poll['id']}/close")
        params = {"topic_id": topic_id, "poll_id": str(poll["id"]), "option_id": str(poll["options"][0]["id"])}
        return Subject(params, dict(DEFAULT_CAST))

    def _build_conversation(self, scenario: str) -> Subject:
        """The author writes to the mentor persona; `reported`: the mentor reported the author's first message."""
        mentor = DEFAULT_CAST["mentor"]
        body = {"subject": "Вопрос", "recipients": [mentor], "body": "Здравствуйте!"}
        started = self.api.ok(AUTHOR, "forum", "POST", "/conversations", json=body)
        message_id = str(started["messages"][0]["id"])
        if scenario == "reported":
            self.api.ok(mentor, "forum", "POST", f"/messages/{message_id}/flags", json={"reason": "spam"})
        return Subject({"conversation_id": str(started["id"]), "message_id": message_id}, dict(DEFAULT_CAST))

    def _build_event(self, scenario: str) -> Subject:
        """`public`: the author's open event, another mentee going; `consultation`: the private event of a
        consultation the mentor of a personal case proposed to its author."""
        if scenario == "consultation":
            return self.consultation()
        created = self.api.ok(AUTHOR, "forum", "POST", "/events", json=event_body())
        event_id = str(created["id"])
        self.api.ok(OTHER_MENTEE, "forum", "PUT", f"/events/{event_id}/attendance", json={"status": "going"})
        return Subject({"event_id": event_id, "user_id": OTHER_MENTEE}, dict(DEFAULT_CAST))

    def consultation(self) -> Subject:
        case = self.shared("case", "in_progress").case
        assert case is not None and case.mentor is not None
        body = {"starts_at": soon(), "ends_at": soon(49), "link": "https://meet.example.org/authz"}
        proposed = self.api.ok(case.mentor, "cases", "POST", f"/cases/{case.id}/consultations", json=body)
        event_id = str(proposed["consultation_id"])

        def created() -> bool:
            return self.api.call(AUTHOR, "forum", "GET", f"/events/{event_id}").status_code == 200

        eventually(created, "the forum to make the consultation an event")
        cast = {**DEFAULT_CAST, "mentor": case.mentor}  # the organizer: the case's mentor
        return Subject({"event_id": event_id, "user_id": AUTHOR}, cast)

    def _build_section(self, _scenario: str) -> Subject:
        created = self.api.ok(MODERATOR, "forum", "POST", "/moderation/sections", json=section_body())
        return Subject({"section_id": str(created["id"])}, dict(DEFAULT_CAST))

    def _build_feed(self, _scenario: str) -> Subject:
        """The secret URL of the author's calendar feed (each one revokes the previous)."""
        issued = self.api.ok(AUTHOR, "forum", "POST", "/me/calendar/feed-token")
        token = str(issued["url"]).rsplit("/", 1)[-1].removesuffix(".ics")
        return Subject({"token": token}, dict(DEFAULT_CAST))


FORUM_SECTION = "class-and-parents"
_serial = iter(range(1, 1_000_000))


def unique(prefix: str = "") -> str:
    """A fresh lowercase word (codes and slugs of the matrix's objects)."""
    number, letters = next(_serial), ""
    while True:
        number, digit = divmod(number, 26)
        letters += chr(ord("a") + digit)
        if not number:
            return prefix + letters


def item_body() -> dict[str, Any]:
    return {"kind": "article", "title": "Городские проекты в классе", "rubrics": [RUBRIC], "body": "Обзор."}


def topic_body() -> dict[str, Any]:
    return {"title": "Как вести городской проект", "body": "Поделитесь опытом.", "rubrics": [RUBRIC]}


def poll_body() -> dict[str, Any]:
    return {"question": "Когда встречаемся?", "options": ["Утром", "Вечером"]}


def event_body() -> dict[str, Any]:
    return {
        "title": "Встреча молодых педагогов",
        "online": True,
        "link": "https://meet.example.org/event",
        "starts_at": soon(72),
        "ends_at": soon(73),
        "timezone": "UTC",
        "capacity": 50,
    }


def section_body() -> dict[str, Any]:
    return {"id": unique("authz-"), "title_ru": "Раздел матрицы", "title_en": "Matrix section"}


def case_form() -> dict[str, Any]:
    return {
        "problem": "Городской проект класса остановился: ученики потеряли интерес.",
        "actions_taken": "Поменяли тему проекта.",
        "difficulty": "Не знаю, как вернуть мотивацию.",
        "question": "Как перезапустить проект?",
        "participants": ["form_7"],
        "rubrics": [RUBRIC],
        "urgency": "need_advice",
        "consent_group_discussion": True,
        "consent_publish": True,
    }


def profile_body() -> dict[str, Any]:
    return {"school_type": "general", "subjects": ["история"], "forms_taught": [7], "years_of_experience": 2}
