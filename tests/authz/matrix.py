"""The authorization matrix: for every operation of every service, who may call it, and what everyone else gets.

One row per operation (`service METHOD /path`, as in the service's OpenAPI document: an operation without a row
fails `test_every_operation_has_a_row_and_every_row_an_operation`, and so does a row of no operation). Its
cells, one per persona in `PERSONAS` order:

    visitor  other_mentee  unrelated_mentor  colleague  author  mentor  earlier_mentor  moderator  admin

- `ok`: allowed. The status it answers is the row's `ok`: one code, or per scenario (`"*"`: every other one) —
  an allowed call succeeds, or fails only by a business rule (409: not in the case's status);
- `401`: a visitor where a sign-in is needed; `403`: the caller's role may not (the same for any object);
- `404`: the caller may not see the object: the very answer a missing object gets (same status, problem type,
  title and detail — checked against a random id for every such cell);
- any other code: what that persona gets by a business rule though not denied (e.g. 409 for the organizer
  answering their own event).

Who the personas are depends on the object (`Subject` in `world.py`). For a case: its author, the mentor it
selected, a colleague that mentor invited, the mentor of the first round after a second opinion ("earlier
mentor"), another mentee, a mentor with no part in it. A case in a status where some of them do not exist yet
(a draft has no mentor) is still called by a stand-in mentor in their place, who must fare as the unrelated mentor.
For everything else (`Subject.cast`): `author` owns the object (their topic, post, poll, event, conversation,
notification, calendar feed), `mentor` owns the library materials and the mentor card (and is the other party of
the author's conversation), and the remaining mentors are unrelated to it. Two objects tie the two together: a
consultation (the private event the mentor of a personal case proposes to its author: organizer and invitee) and a
shared case's forum topic (the case author's replies reach it through the cases service, so the forum must treat
them as nobody's).

Case scenarios (`world.CASE_SCENARIOS`): a draft; a submitted anonymous case with offers; a personal case with a
selected mentor; a personal case in progress (a question asked, a colleague invited, shared to the forum); an
anonymous case with a proposed solution; an anonymous case completed after a second opinion (first mentor's
colleague and opinion, shared to the forum). A cell whose allowed call changes the object's status (`fresh`) is
driven on an object of its own, built the same way, so that every cell sees the scenario it is written for.

Every row runs on the embedded platform (SQLite, events crossing services) and, but for the scenarios made by
events (`THROUGH_EVENTS`), on the services as deployed (each on its own PostgreSQL database).
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tests.authz import world as w

PERSONAS = (
    "visitor",
    "other_mentee",
    "unrelated_mentor",
    "colleague",
    "author",
    "mentor",
    "earlier_mentor",
    "moderator",
    "admin",
)
STAND_IN = "unrelated_mentor"  # whom an absent persona fares like

Body = Callable[["Call"], Any]


@dataclass(frozen=True)
class Call:
    """What a body is made from: the subject called on and who calls."""

    subject: w.Subject
    user: str | None


@dataclass(frozen=True)
class Row:
    service: str
    method: str
    path: str
    cells: Mapping[str, tuple[str, ...]]  # scenario ("*": any) -> one cell per persona
    ok: Mapping[str, int]  # scenario ("*": any) -> the status of an allowed call
    subject: str  # the kind of object the path names (`world.World._build_<subject>`)
    scenarios: tuple[str, ...]
    body: Body | None = None
    params: Mapping[str, str] = field(default_factory=dict)
    fresh: str = ""  # "allowed": an allowed cell gets an object of its own; "always": every cell does

    @property
    def key(self) -> str:
        return f"{self.service} {self.method} {self.path}"

    def url_path(self, params: Mapping[str, str]) -> str:
        return row_path(self.path, params)

    def cell(self, scenario: str, persona: str) -> str:
        cells = self.cells.get(scenario, self.cells.get("*"))
        assert cells is not None, (self.key, scenario)
        return cells[PERSONAS.index(persona)]

    def expected(self, scenario: str, persona: str) -> int:
        cell = self.cell(scenario, persona)
        return (self.ok[scenario] if scenario in self.ok else self.ok["*"]) if cell == "ok" else int(cell)


SCENARIOS: dict[str, tuple[str, ...]] = {
    "none": ("-",),
    "case": w.CASE_SCENARIOS,
    "mentor": ("registered",),
    "item": ("material", "unpublished", "pending_case", "published_case"),
    "notification": ("own",),
    "email": ("sent",),
    "user": ("target",),
    "section": ("empty",),
    "topic": ("discussion", "shared_case"),
    "poll": ("open",),
    "conversation": ("plain",),
    "event": ("public", "consultation"),
    "feed": ("issued",),
}

# Scenarios made by events crossing services (offers from matching, a case item in the library, a notification,
# the forum's consultation event): driven on the embedded platform only, where the in-process bus carries them.
# As deployed (each service on its own PostgreSQL database and its own in-process bus) the matrix drives the rest.
THROUGH_EVENTS = {
    *(("case", s) for s in w.CASE_SCENARIOS if s != "draft"),
    ("item", "pending_case"),
    ("item", "published_case"),
    ("notification", "own"),
    ("email", "sent"),
    ("event", "consultation"),
    ("topic", "shared_case"),
}
DEPLOYMENTS = ("embedded", "deployed")


def scenarios_on(row: "Row", deployment: str) -> tuple[str, ...]:
    """The scenarios of `row` a deployment can make."""
    if deployment == "embedded":
        return row.scenarios
    return tuple(s for s in row.scenarios if (row.subject, s) not in THROUGH_EVENTS)


# What each path parameter names, when the operation does not say otherwise.
SUBJECT_OF_PARAMETER = {
    "case_id": "case",
    "mentor_id": "mentor",
    "item_id": "item",
    "notification_id": "notification",
    "email_id": "email",
    "user_id": "user",
    "section_id": "section",
    "topic_id": "topic",
    "post_id": "topic",
    "poll_id": "poll",
    "conversation_id": "conversation",
    "message_id": "conversation",
    "event_id": "event",
    "token": "feed",
}

PARAMETER = re.compile(r"\{(\w+)\}")
ROWS: list[Row] = []


def row_path(path: str, params: Mapping[str, str]) -> str:
    """`path` with its `{name}` parts filled in."""
    return PARAMETER.sub(lambda m: params[m.group(1)], path)


def row(
    spec: str,
    cells: str | Mapping[str, str],
    ok: int | Mapping[str, int] = 200,
    *,
    body: Body | None = None,
    subject: str = "",
    scenarios: tuple[str, ...] = (),
    params: Mapping[str, str] | None = None,
    fresh: str = "",
) -> None:
    service, method, path = spec.split()
    if not subject:
        named = PARAMETER.findall(path)
        subject = SUBJECT_OF_PARAMETER[named[0]] if named else "none"
    by_scenario = {"*": cells} if isinstance(cells, str) else dict(cells)
    parsed = {scenario: tuple(text.split()) for scenario, text in by_scenario.items()}
    assert all(len(c) == len(PERSONAS) for c in parsed.values()), spec
    ROWS.append(
        Row(
            service,
            method,
            path,
            parsed,
            {"*": ok} if isinstance(ok, int) else dict(ok),
            subject,
            scenarios or SCENARIOS[subject],
            body,
            params or {},
            fresh,
        )
    )


# Who may, by role alone (same for every object)
#                vis other unrel coll auth ment earl mod  adm
PUBLIC = "        ok  ok    ok    ok   ok   ok   ok   ok   ok"
SIGNED_IN = "     401 ok    ok    ok   ok   ok   ok   ok   ok"
MENTEES = "       401 ok    403   403  ok   403  403  403  403"
MENTORS = "       401 403   ok    ok   403  ok   ok   403  403"
EDITORS = "       401 403   ok    ok   403  ok   ok   ok   ok"  # library materials: mentors and moderators
MODERATORS = "    401 403   403   403  403  403  403  ok   ok"
ADMINS = "        401 403   403   403  403  403  403  403  ok"

# A case: who sees it, and who acts in it
READ_CASE = "     401 404   404   ok   ok   ok   ok   ok   ok"  # everyone with a part in it, and moderators
AUTHOR = "        401 404   404   404  ok   404  404  404  404"
MENTOR = "        401 404   404   404  404  ok   404  404  404"
COLLEAGUE = "     401 404   404   ok   404  404  404  404  404"
AUTHOR_MODS = "   401 404   404   404  ok   404  404  ok   ok"
AUTHOR_MENTOR_MODS = "401 404 404  404  ok   ok   404  ok   ok"
OPINIONS = "      401 404   404   ok   404  ok   ok   ok   ok"  # mentors who worked on it, colleagues (their own), mods
SHARING = "       401 404   404   404  ok   ok   404  404  404"

# The case scenarios in which an allowed call is not refused by the case's status
DRAFT_ONLY = {"draft": 200, "*": 409}
WORKING = {"in_progress": 201, "*": 409}

OWNER_OR_MODS = " 401 403   403   403  ok   403  403  ok   ok"  # forum: the author of a topic/post/poll/event
NOT_OWNER = "     401 ok    ok    ok   403  ok   ok   ok   ok"  # liking or flagging: anyone but its author

# ---------------------------------------------------------------------------------------------------- cases

row("cases GET /healthz", PUBLIC)
row("cases GET /readyz", PUBLIC)
row("cases POST /cases", MENTEES, 201, body=lambda c: {**w.case_form(), "privacy": "anonymous"})
row("cases GET /cases", SIGNED_IN)
row("cases GET /cases/{case_id}", READ_CASE)
row("cases PATCH /cases/{case_id}", AUTHOR, DRAFT_ONLY, body=lambda c: {"question": "Как перезапустить проект?"})
row("cases POST /cases/{case_id}/submit", AUTHOR, DRAFT_ONLY, fresh="allowed")
row("cases POST /cases/{case_id}/withdraw", AUTHOR, {"completed": 409, "*": 200}, fresh="allowed")
row("cases GET /cases/{case_id}/offers", AUTHOR_MODS)
row(
    "cases POST /cases/{case_id}/mentor",
    AUTHOR,
    {"offers_ready": 200, "*": 409},
    body=lambda c: {"mentor_id": c.subject.cast["mentor"]},  # in offers_ready: one of the offered mentors
    fresh="allowed",
)
row("cases POST /cases/{case_id}/accept", MENTOR, {"mentor_selected": 200, "*": 409}, fresh="allowed")
row(
    "cases POST /cases/{case_id}/decline",
    MENTOR,
    {"mentor_selected": 200, "*": 409},
    body=lambda c: {"reason": "Нет времени на этой неделе."},
    fresh="allowed",
)
row("cases GET /cases/{case_id}/history", READ_CASE)
row("cases GET /cases/{case_id}/identity-reads", AUTHOR)
row(
    "cases POST /cases/{case_id}/questions",
    MENTOR,
    WORKING,
    body=lambda c: {"questions": [{"text": "Что уже пробовали?", "kind": "clarifying"}]},
)
row("cases GET /cases/{case_id}/questions", READ_CASE)
row(
    "cases POST /cases/{case_id}/questions/{question_id}/answer",
    AUTHOR,
    # no question asked before the mentor accepted: the author's own 404 ("no such question")
    {"draft": 404, "offers_ready": 404, "mentor_selected": 404, "in_progress": 200, "*": 409},
    body=lambda c: {"text": "Ещё ничего."},
)
row("cases POST /cases/{case_id}/keep-version", AUTHOR, {"in_progress": 200, "*": 409})
row(
    "cases POST /cases/{case_id}/revisions",
    AUTHOR,
    WORKING,
    body=lambda c: {"problem": "Проект остановился.", "question": "С чего начать заново?"},
)
row(
    "cases POST /cases/{case_id}/solution",
    MENTOR,
    WORKING,
    body=lambda c: {"text": "Возможное решение."},
    fresh="allowed",
)
row("cases GET /cases/{case_id}/solutions", READ_CASE)
row("cases POST /cases/{case_id}/second-opinion", AUTHOR, {"solution_proposed": 200, "*": 409}, fresh="allowed")
row(
    "cases POST /cases/{case_id}/complete",
    AUTHOR,
    {"solution_proposed": 200, "*": 409},
    body=lambda c: {"useful": True, "rating": 4},
    fresh="allowed",
)
row(
    "cases POST /cases/{case_id}/colleagues",
    MENTOR,
    {"in_progress": 204, "solution_proposed": 204, "*": 409},
    body=lambda c: {"colleague_id": "mentor-authz-invitee"},  # not the colleague persona: who is who stays
)
row(
    "cases POST /cases/{case_id}/opinions",
    COLLEAGUE,
    WORKING,
    body=lambda c: {"text": "Мнение коллеги."},
)
row("cases GET /cases/{case_id}/opinions", OPINIONS)
row(
    "cases POST /cases/{case_id}/forum",
    SHARING,
    {"in_progress": 202, "solution_proposed": 202, "completed": 202, "*": 409},
)
row(
    "cases POST /cases/{case_id}/forum/posts",
    AUTHOR,
    {"in_progress": 202, "solution_proposed": 202, "completed": 202, "*": 409},  # shared to the forum in these
    body=lambda c: {"body": "Автор кейса дополняет."},
)
row(
    "cases POST /cases/{case_id}/consultations",
    MENTOR,
    {"in_progress": 202, "*": 409},  # a personal case in work only
    body=lambda c: {"starts_at": w.soon(), "ends_at": w.soon(49), "link": "https://meet.example.org/x"},
)
row("cases GET /cases/{case_id}/suggestions", AUTHOR_MENTOR_MODS)
row("cases GET /question-bank", PUBLIC)
row(
    "cases POST /question-bank",
    MODERATORS,
    201,
    body=lambda c: {"code": w.unique("authz."), "group": "options", "kind": "clarifying", "ru": "Что?", "en": "What?"},
)
row("cases GET /profile", MENTEES)
row("cases PUT /profile", MENTEES, body=lambda c: w.profile_body())
row("cases GET /stats/cases", MODERATORS)
row("cases GET /stats/people", MODERATORS)
row("cases GET /audit/identity-reads", ADMINS)

# ------------------------------------------------------------------------------------------------- matching

row("matching GET /healthz", PUBLIC)
row("matching GET /readyz", PUBLIC)
row("matching GET /mentors", PUBLIC)
row("matching GET /mentors/me", MENTORS)
row("matching GET /mentors/me/requests", MENTORS)  # their own selections waiting for an answer
row("matching PUT /mentors/me", MENTORS, body=lambda c: w.mentor_card(c.user or ""))
row("matching PUT /mentors/{mentor_id}", MODERATORS, body=lambda c: w.mentor_card(c.subject.params["mentor_id"]))
row("matching GET /mentors/{mentor_id}", PUBLIC)
row("matching PUT /mentors/{mentor_id}/active", MODERATORS, params={"active": "true"})
row("matching GET /mentors/{mentor_id}/stats", "401 404 404 404 404 ok 404 ok ok")  # the mentor, moderators
row(
    "matching GET /cases/{case_id}/colleague-suggestions",
    "401 403 404 404 403 ok ok 403 403",  # a mentor who accepted the case (a colleague to ask; no case data)
    {"in_progress": 200, "solution_proposed": 200, "completed": 200, "*": 404},  # not before accepting
)

# -------------------------------------------------------------------------------------------------- library

ITEM_READERS = {
    "material": PUBLIC,
    "unpublished": "404 404 404 404 404 ok 404 ok ok",  # its author and moderators
    "pending_case": "404 404 404 404 404 404 404 ok ok",  # waiting for review: moderators
    "published_case": "404 ok ok ok ok ok ok ok ok",  # a solved case: signed-in readers
}
ITEM_EDITORS = {
    "material": "401 404 404 404 404 ok 404 ok ok",
    "unpublished": "401 404 404 404 404 ok 404 ok ok",
    "pending_case": "401 404 404 404 404 404 404 ok ok",  # a case item: moderators only
    "published_case": "401 404 404 404 404 404 404 ok ok",
}
MATERIALS = ("material", "unpublished")  # cheap to make afresh

row("library GET /healthz", PUBLIC)
row("library GET /readyz", PUBLIC)
row("library POST /items", EDITORS, 201, body=lambda c: w.item_body())
row("library GET /items/{item_id}", ITEM_READERS)
row("library PUT /items/{item_id}", ITEM_EDITORS, body=lambda c: w.item_body())
row("library DELETE /items/{item_id}", MODERATORS, 204, scenarios=MATERIALS, fresh="allowed")
row(
    "library POST /items/{item_id}/unpublish",
    ITEM_EDITORS,
    {"material": 200, "*": 409},
    scenarios=MATERIALS,
    fresh="allowed",
)
row("library GET /search", PUBLIC)
row("library GET /items/{item_id}/similar", ITEM_READERS)
row("library GET /review", MODERATORS)
row(
    "library POST /review/{item_id}/approve",
    MODERATORS,
    {"unpublished": 200, "*": 409},
    scenarios=MATERIALS,
    fresh="allowed",
)
row("library POST /review/{item_id}/reject", MODERATORS, 409, scenarios=MATERIALS, body=lambda c: {"reason": "Нет."})
row("library GET /stats/items", PUBLIC)

# -------------------------------------------------------------------------------------------- notifications

row("notifications GET /healthz", PUBLIC)
row("notifications GET /readyz", PUBLIC)
row("notifications GET /notifications", SIGNED_IN)
row("notifications GET /notifications/unread-count", SIGNED_IN)
row("notifications POST /notifications/{notification_id}/read", "401 404 404 404 ok 404 404 404 404", 204)
row("notifications POST /notifications/read-all", SIGNED_IN)
row("notifications GET /stream", SIGNED_IN)
row("notifications GET /me", SIGNED_IN)
row("notifications PUT /me", SIGNED_IN, body=lambda c: {"locale": "ru"})
row("notifications GET /preferences", SIGNED_IN)
row("notifications PUT /preferences", SIGNED_IN, body=lambda c: {"digest": False})
row("notifications PUT /recipients/{user_id}", ADMINS, body=lambda c: {"roles": ["mentee"], "locale": "ru"})
row("notifications GET /emails", ADMINS)
row("notifications GET /emails/stats", ADMINS)
row("notifications POST /emails/{email_id}/resend", ADMINS, 409)  # an e-mail already sent

# ---------------------------------------------------------------------------------------------------- forum

CONVERSATION = "  401 404   404   404  ok   ok   404  404  404"  # its two participants; not even moderators
EVENT_READERS = {"public": PUBLIC, "consultation": "404 404 404 404 ok ok 404 404 404"}  # organizer, invitee
EVENT_MANAGERS = {
    "public": OWNER_OR_MODS,  # the author organizes it
    "consultation": "401 404 404 404 403 ok 404 404 404",  # the case's mentor organizes it; the author is invited
}


def _reply(c: Call) -> dict[str, Any]:
    return {"post_id": c.subject.params["reply_id"]}


def _ballot(c: Call) -> dict[str, Any]:
    return {"choices": [c.subject.params["option_id"]]}


row("forum GET /healthz", PUBLIC)
row("forum GET /readyz", PUBLIC)
row("forum GET /sections", PUBLIC)
row("forum GET /sections/{section_id}/topics", PUBLIC)
row("forum POST /sections/{section_id}/topics", SIGNED_IN, 201, body=lambda c: w.topic_body())
row("forum GET /topics/{topic_id}", PUBLIC)
row("forum POST /topics/{topic_id}/posts", SIGNED_IN, 201, body=lambda c: {"body": "Согласен."})
# In a shared case's topic the platform wrote the first post and the case author's replies (sent through the cases
# service): the forum does not know who wrote them, so their author fares as anyone (liking and flagging them
# included — a "one's own post" refusal would tell who they are), and only moderators change them.
POST_CHANGES = {"discussion": OWNER_OR_MODS, "shared_case": MODERATORS}
SOLUTION = {"discussion": OWNER_OR_MODS, "shared_case": MODERATORS}  # the topic's author: nobody for a shared case
ANYONE_BUT_ITS_AUTHOR = {"discussion": NOT_OWNER, "shared_case": SIGNED_IN}
DISCUSSION = ("discussion",)  # moderators' switches: the same for any topic, and each call needs a topic of its own

row("forum PATCH /posts/{post_id}", POST_CHANGES, body=lambda c: {"body": "Исправлено."})
row("forum DELETE /posts/{post_id}", POST_CHANGES, 204, fresh="allowed")
row("forum GET /posts/{post_id}/revisions", PUBLIC)
row("forum PUT /topics/{topic_id}/solution", SOLUTION, body=_reply)
row("forum DELETE /topics/{topic_id}/solution", SOLUTION)
row("forum PUT /posts/{post_id}/like", ANYONE_BUT_ITS_AUTHOR)
row("forum DELETE /posts/{post_id}/like", ANYONE_BUT_ITS_AUTHOR)
row("forum GET /topics/{topic_id}/watch", SIGNED_IN)
row("forum PUT /topics/{topic_id}/watch", SIGNED_IN, body=lambda c: {"level": "watching"})
row("forum GET /search", PUBLIC, params={"q": "проект"})
row("forum GET /similar", PUBLIC, params={"title": "Городской проект"})
# flags do not hide a post in the matrix's forum (FORUM_FLAGS_TO_HIDE is high): each persona flags the same post
row("forum POST /posts/{post_id}/flags", ANYONE_BUT_ITS_AUTHOR, 201, body=lambda c: {"reason": "spam"})
row("forum GET /moderation/flags", MODERATORS)
row("forum POST /moderation/posts/{post_id}/hide", MODERATORS, scenarios=DISCUSSION, fresh="allowed")
row("forum POST /moderation/posts/{post_id}/restore", MODERATORS, scenarios=DISCUSSION, fresh="allowed")
row("forum POST /moderation/topics/{topic_id}/lock", MODERATORS, scenarios=DISCUSSION, fresh="allowed")
row("forum POST /moderation/topics/{topic_id}/unlock", MODERATORS, scenarios=DISCUSSION, fresh="allowed")
row("forum POST /moderation/topics/{topic_id}/pin", MODERATORS, scenarios=DISCUSSION, fresh="allowed")
row("forum POST /moderation/topics/{topic_id}/unpin", MODERATORS, scenarios=DISCUSSION, fresh="allowed")
row(
    "forum POST /moderation/topics/{topic_id}/move",
    MODERATORS,
    {"discussion": 200, "shared_case": 422},  # a shared case stays in the shared cases' section
    body=lambda c: {"section_id": "lessons"},
    fresh="allowed",
)
row(
    "forum PUT /moderation/silences/{user_id}",
    MODERATORS,
    body=lambda c: {"until": w.soon(1), "reason": "Пауза."},
)
row("forum DELETE /moderation/silences/{user_id}", MODERATORS, 204)
row("forum GET /moderation/log", MODERATORS)
row("forum POST /moderation/sections", MODERATORS, 201, body=lambda c: w.section_body())
row("forum PATCH /moderation/sections/{section_id}", MODERATORS, body=lambda c: {"title_en": "Matrix section (2)"})
row("forum DELETE /moderation/sections/{section_id}", MODERATORS, 204, fresh="allowed")
row(
    "forum POST /topics/{topic_id}/polls",
    OWNER_OR_MODS,
    201,
    body=lambda c: w.poll_body(),
    scenarios=DISCUSSION,
    fresh="allowed",
)
row("forum GET /topics/{topic_id}/polls", PUBLIC, subject="poll")
row("forum GET /polls/{poll_id}", PUBLIC)
row("forum PUT /polls/{poll_id}/ballot", SIGNED_IN, body=_ballot)
row("forum DELETE /polls/{poll_id}/ballot", SIGNED_IN)
row("forum POST /polls/{poll_id}/close", OWNER_OR_MODS, fresh="allowed")
row("forum POST /polls/{poll_id}/open", OWNER_OR_MODS, scenarios=("closed",), fresh="allowed")
row(
    "forum POST /conversations",
    SIGNED_IN,
    201,
    body=lambda c: {"subject": "Привет", "recipients": ["mentee-authz-penpal"], "body": "Здравствуйте!"},
)
row("forum GET /conversations", SIGNED_IN)
row("forum GET /conversations/{conversation_id}", CONVERSATION)
row("forum POST /conversations/{conversation_id}/messages", CONVERSATION, 201, body=lambda c: {"body": "Ещё."})
row("forum POST /conversations/{conversation_id}/read", CONVERSATION)
row("forum POST /conversations/{conversation_id}/leave", CONVERSATION, fresh="allowed")
row("forum GET /blocks", SIGNED_IN)
row("forum PUT /blocks/{user_id}", SIGNED_IN)
row("forum DELETE /blocks/{user_id}", SIGNED_IN, 204)
row(
    "forum POST /messages/{message_id}/flags",
    "401 404 404 404 403 ok 404 404 404",  # the other participant; one's own message: 403
    201,
    body=lambda c: {"reason": "spam"},
    fresh="allowed",
)
row("forum GET /moderation/messages", MODERATORS)
row(
    "forum POST /moderation/messages/{message_id}/resolve",
    MODERATORS,  # a reported message only: moderators never read the rest
    scenarios=("reported",),
    body=lambda c: {"decision": "kept"},
    fresh="allowed",
)
row("forum POST /events", SIGNED_IN, 201, body=lambda c: w.event_body())
row("forum GET /events", PUBLIC)
row("forum GET /events/{event_id}.ics", EVENT_READERS)
row("forum GET /events/{event_id}", EVENT_READERS)
row("forum PATCH /events/{event_id}", EVENT_MANAGERS, body=lambda c: {"description": "Подробности."})
row("forum POST /events/{event_id}/cancel", EVENT_MANAGERS, fresh="allowed")
row(
    "forum PUT /events/{event_id}/attendance",
    {
        "public": "401 ok ok ok 409 ok ok ok ok",  # its organizer does not answer their own event
        "consultation": "401 404 404 404 ok 409 404 404 404",  # the invited author answers
    },
    body=lambda c: {"status": "going"},
)
row("forum GET /events/{event_id}/attendees", EVENT_READERS)
row("forum DELETE /events/{event_id}/attendees/{user_id}", EVENT_MANAGERS, 204, fresh="allowed")
row("forum GET /me/calendar.ics", SIGNED_IN)
row("forum POST /me/calendar/feed-token", SIGNED_IN, 201)
row("forum DELETE /me/calendar/feed-token", SIGNED_IN, 204)
row("forum GET /calendar/{token}.ics", PUBLIC, fresh="always")  # a secret URL: whoever holds it

MATRIX: dict[str, Row] = {r.key: r for r in ROWS}
assert len(MATRIX) == len(ROWS), "one row per operation"

# ------------------------------------------------------------------------------------------------- listings

# Where an object could show up beside its own endpoint: each listing is called by every persona the object's read
# row denies (in every scenario of its kind), and must not hold the object's id. A listing may name another
# object of the matrix (`(kind, scenario)`) for its path ids.
Listing = tuple[str, str, Mapping[str, str], tuple[str, str] | None]
LISTINGS: dict[str, tuple[str, tuple[Listing, ...]]] = {
    "case": (
        "cases GET /cases/{case_id}",
        tuple(("cases", "/cases", {"as": role, "limit": "100"}, None) for role in ("author", "mentor", "moderator")),
    ),
    "item": (
        "library GET /items/{item_id}",
        (
            ("library", "/search", {"rubric": w.RUBRIC, "limit": "100"}, None),
            ("library", "/search", {"kind": "case", "limit": "100"}, None),
            ("library", "/search", {"q": "Городской проект", "limit": "100"}, None),
            ("library", "/items/{item_id}/similar", {}, ("item", "material")),
        ),
    ),
    "event": (
        "forum GET /events/{event_id}",
        (("forum", "/events", {"limit": "100"}, None), ("forum", "/me/calendar.ics", {}, None)),
    ),
    "conversation": (
        "forum GET /conversations/{conversation_id}",
        (("forum", "/conversations", {"limit": "100"}, None),),
    ),
}


def render() -> str:
    """The table as Markdown (for the README): one line per operation and scenario group."""
    short = ("visitor", "other mentee", "unrel. mentor", "colleague", "author", "mentor", "earlier", "mod", "admin")
    lines = [
        "| operation | scenarios | " + " | ".join(short) + " | allowed answers |",
        "|---|---|" + "---|" * len(PERSONAS) + "---|",
    ]
    for r in ROWS:
        for scenario, cells in r.cells.items():
            where = scenario if scenario != "*" else ", ".join(r.scenarios)
            if scenario == "*" and r.scenarios == SCENARIOS[r.subject]:
                where = "—" if r.subject == "none" else f"every {r.subject}"
            ok = ", ".join(f"{k}: {v}" if k != "*" else f"else {v}" for k, v in r.ok.items()) if "ok" in cells else ""
            ok = ok.removeprefix("else ")
            if scenario != "*" and scenario in r.ok:
                ok = str(r.ok[scenario])
            lines.append(f"| `{r.key}` | {where} | " + " | ".join(cells) + f" | {ok} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render(), end="")
