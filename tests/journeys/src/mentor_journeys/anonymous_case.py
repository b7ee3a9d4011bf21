"""Journey 1: anonymous case → similar items at once → offers → select → decline → round 2 → accept → two
questions (one from the bank) → answers → one reformulation → solution → second opinion → reflection →
completed → moderator approves → found in library search, de-identified.

Each step is one method of `AnonymousCaseJourney`, run in order by `run()`; `between_steps` lets a fault test
strike while work is in flight between services."""

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from mentor_journeys.platform import Author, JourneyFailed, Person, Platform, as_mentor

Hook = Callable[[str], Awaitable[None]]
LIBRARY_QUERY = "родители мессенджер вечером"


@dataclass
class JourneyResult:
    case_id: str
    number: str
    library_item_id: str
    mentors: list[str]
    seconds: float
    expected_notifications: dict[str, dict[str, int]]  # person → kind → how many, for this case


@dataclass
class AnonymousCaseJourney:
    platform: Platform
    author: Author
    moderator: Person
    rubrics: list[str]
    between_steps: Hook | None = None
    case_id: str = ""
    number: str = ""
    declining: Person = field(default_factory=lambda: as_mentor(""))
    mentor: Person = field(default_factory=lambda: as_mentor(""))
    second_mentor: Person = field(default_factory=lambda: as_mentor(""))
    library_item_id: str = ""

    @property
    def mentee(self) -> Person:
        return self.author.person

    def say(self, line: str) -> None:
        self.platform.say(line)

    async def step(self, name: str) -> None:
        await (self.between_steps or (lambda _name: asyncio.sleep(0)))(name)

    async def run(self) -> JourneyResult:
        started = time.monotonic()
        await self.platform.sign_in(self.mentee, self.moderator)
        for step in (
            self.submit,
            self.similar_items_at_once,
            self.first_mentor_declines,
            self.second_mentor_accepts,
            self.questions_and_answers,
            self.reformulation,
            self.solution,
            self.second_opinion,
            self.completion,
            self.library_review,
            self.found_in_library_de_identified,
            self.visitor_sees_public_materials_only,
        ):
            await step()
        return self.result(time.monotonic() - started)

    async def submit(self) -> None:
        mentee, school = self.mentee, self.author.school
        case = await self.platform.call(
            mentee,
            "cases",
            "POST",
            "/cases",
            json={
                "problem": (
                    f"Я, {mentee.name}, учитель из {school}. Родители ученицы 6 класса пишут мне в мессенджер "
                    "поздно вечером и требуют немедленного ответа о домашнем задании и оценках."
                ),
                "actions_taken": "Просила писать в рабочее время, но сообщения продолжаются.",
                "difficulty": f"Боюсь жалобы директору; пишите мне на {mentee.email}.",
                "question": "Как договориться с родителями о времени и каналах общения?",
                "participants": ["parents"],
                "rubrics": self.rubrics,
                "privacy": "anonymous",
                "urgency": "need_advice",
                "consent_group_discussion": False,
                "consent_publish": True,
            },
        )
        self.case_id, self.number = case["id"], case["number"]
        self.say(f" 1. {mentee.id} submitted anonymous case {self.number}")

    async def similar_items_at_once(self) -> None:
        async def suggestions() -> list[dict[str, Any]]:
            path = f"/cases/{self.case_id}/suggestions"
            found: list[dict[str, Any]] = await self.platform.call(self.mentee, "cases", "GET", path)
            return found

        similar = await self.platform.until(suggestions, "similar library items")
        await self.platform.notified(self.mentee, "suggestions_ready", self.case_id)
        self.say(f" 2. similar items shown at once: {', '.join(s['title'][:40] for s in similar[:3])}")

    async def first_mentor_declines(self) -> None:
        platform, mentee, case_id = self.platform, self.mentee, self.case_id
        first = await platform.offers(mentee, case_id, 1)
        await platform.notified(mentee, "offers_ready", case_id)
        self.say(f" 3. offers, round 1: {', '.join(o['mentor_id'] for o in first)}")
        self.declining = as_mentor(first[0]["mentor_id"])
        await platform.choose(mentee, case_id, self.declining)
        self.say(f" 4. {mentee.id} selected {self.declining.id}, who was notified")
        await platform.call(self.declining, "cases", "GET", f"/cases/{case_id}")
        reason = {"reason": "Сейчас нет свободного времени."}
        await platform.call(self.declining, "cases", "POST", f"/cases/{case_id}/decline", json=reason)
        await self.step("declined")  # the decline and the next round are in flight between services here
        await platform.notified(mentee, "case_declined", case_id)
        self.say(f" 5. {self.declining.id} declined; the author was told")

    async def second_mentor_accepts(self) -> None:
        platform, mentee, case_id = self.platform, self.mentee, self.case_id
        second = await platform.offers(mentee, case_id, 2)
        if self.declining.id in [o["mentor_id"] for o in second]:
            raise JourneyFailed("the mentor who declined was offered again")
        await platform.notified(mentee, "offers_ready", case_id, count=2)
        self.mentor = as_mentor(second[0]["mentor_id"])
        self.say(f" 6. offers, round 2: {', '.join(o['mentor_id'] for o in second)}")
        await platform.choose(mentee, case_id, self.mentor)
        seen_by_mentor = await platform.call(self.mentor, "cases", "GET", f"/cases/{case_id}")
        if seen_by_mentor.get("author_id") or seen_by_mentor.get("author_profile"):
            raise JourneyFailed("the mentor of an anonymous case sees its author")
        await platform.call(self.mentor, "cases", "POST", f"/cases/{case_id}/accept")
        await self.step("accepted")
        await platform.notified(mentee, "case_accepted", case_id)
        self.say(f" 7. {self.mentor.id} accepted; the author was told")

    async def questions_and_answers(self) -> None:
        platform, mentee, mentor, case_id = self.platform, self.mentee, self.mentor, self.case_id
        bank = await platform.call(mentor, "cases", "GET", "/question-bank")
        own = {"text": "Есть ли в школе правила общения учителей с родителями?", "kind": "clarifying"}
        questions = {"questions": [{"bank_code": bank[0]["code"]}, own]}
        asked = await platform.call(mentor, "cases", "POST", f"/cases/{case_id}/questions", json=questions)
        await platform.notified(mentee, "questions_asked", case_id)
        self.say(f" 8. {mentor.id} asked two questions (one from the bank: {bank[0]['code']})")
        for question, answer in zip(asked, ["Хочу сохранить доверие родителей.", "Правил нет."], strict=True):
            path = f"/cases/{case_id}/questions/{question['id']}/answer"
            await platform.call(mentee, "cases", "POST", path, json={"text": answer})
        self.say(" 9. the author answered both")

    async def reformulation(self) -> None:
        version = {
            "problem": "Родители пишут поздно вечером; в школе нет правил общения с родителями.",
            "question": "Как ввести правила общения с родителями, сохранив доверие?",
        }
        await self.platform.call(self.mentee, "cases", "POST", f"/cases/{self.case_id}/revisions", json=version)
        self.say("10. the author reformulated the case (version 2)")

    async def solution(self) -> None:
        text = "Договоритесь на собрании о часах связи и одном канале; закрепите это в памятке для класса."
        await self.platform.call(self.mentor, "cases", "POST", f"/cases/{self.case_id}/solution", json={"text": text})
        await self.platform.notified(self.mentee, "solution_proposed", self.case_id)
        self.say(f"11. {self.mentor.id} proposed a solution; the author was told")

    async def second_opinion(self) -> None:
        platform, mentee, case_id = self.platform, self.mentee, self.case_id
        await platform.call(mentee, "cases", "POST", f"/cases/{case_id}/second-opinion")
        third = await platform.offers(mentee, case_id, 3)
        self.second_mentor = second = as_mentor(third[0]["mentor_id"])
        if second.id in (self.mentor.id, self.declining.id):
            raise JourneyFailed("a second opinion was offered to a mentor already involved")
        await platform.choose(mentee, case_id, second)
        await platform.call(second, "cases", "GET", f"/cases/{case_id}")
        await platform.call(second, "cases", "POST", f"/cases/{case_id}/accept")
        text = {"text": "Добавьте к памятке короткий шаблон ответа на поздние сообщения."}
        await platform.call(second, "cases", "POST", f"/cases/{case_id}/solution", json=text)
        await platform.notified(mentee, "second_opinion_given", case_id)
        self.say(f"12. second opinion from {second.id}; the author was told")

    async def completion(self) -> None:
        sheet = {"useful": True, "rating": 5, "next_steps": "Проведу собрание.", "comment": "Спасибо!"}
        await self.platform.call(self.mentee, "cases", "POST", f"/cases/{self.case_id}/complete", json=sheet)
        await self.step("completed")
        for involved in (self.mentor, self.second_mentor):
            await self.platform.notified(involved, "case_completed", self.case_id)
        self.say("13. the author completed the case with a reflection sheet; both mentors were told")

    async def library_review(self) -> None:
        platform, moderator = self.platform, self.moderator
        await platform.notified(moderator, "item_awaiting_review")

        async def in_review() -> list[dict[str, Any]]:
            queue = await platform.call(moderator, "library", "GET", "/review", params={"limit": 200})
            return [item for item in queue["items"] if self.number in item["title"]]

        [item] = await platform.until(in_review, "the de-identified case in the review queue")
        self.library_item_id = item["id"]
        await platform.call(moderator, "library", "POST", f"/review/{item['id']}/approve")
        self.say(f"14. {moderator.id} approved the de-identified case for the library")

    async def found_in_library_de_identified(self) -> None:
        platform, reader, item_id = self.platform, as_mentor(self.mentor.id), self.library_item_id

        async def found() -> list[dict[str, Any]]:
            # Its words and its number: among many cases alike (a soak), the words alone may rank it off page one.
            query = f"{LIBRARY_QUERY} {self.number}"
            result = await platform.call(reader, "library", "GET", "/search", params={"q": query})
            return [hit for hit in result["hits"] if hit["item"]["id"] == item_id]

        [hit] = await platform.until(found, "the case in library search")
        document = await platform.call(reader, "library", "GET", f"/items/{item_id}")
        leaked = [secret for secret in self.author.secrets if secret in str(hit) or secret in str(document)]
        if leaked:
            raise JourneyFailed(f"the library shows the author: {leaked}")
        self.say(f"15. found in library search, de-identified: {document['title'][:70]}")

    async def visitor_sees_public_materials_only(self) -> None:
        visitor = Person("visitor", "visitor")
        await self.platform.call(visitor, "library", "GET", "/search", params={"q": LIBRARY_QUERY})
        await self.platform.call(visitor, "matching", "GET", f"/mentors/{self.mentor.id}")
        no_access = (401, 403, 404)
        await self.platform.call(visitor, "library", "GET", f"/items/{self.library_item_id}", expect=no_access)
        self.say("16. an anonymous visitor sees public materials and mentor cards, not case items")

    def result(self, seconds: float) -> JourneyResult:
        return JourneyResult(
            case_id=self.case_id,
            number=self.number,
            library_item_id=self.library_item_id,
            mentors=[self.declining.id, self.mentor.id, self.second_mentor.id],
            seconds=seconds,
            expected_notifications={
                self.mentee.id: {
                    "suggestions_ready": 1,  # at least: the reformulation may find items again
                    "offers_ready": 3,
                    "case_declined": 1,
                    "case_accepted": 2,
                    "questions_asked": 1,
                    "solution_proposed": 1,
                    "second_opinion_given": 1,
                },
                self.declining.id: {"new_request": 1},
                self.mentor.id: {"new_request": 1, "case_completed": 1},
                self.second_mentor.id: {"new_request": 1, "case_completed": 1},
            },
        )


async def anonymous_case_journey(
    platform: Platform, author: Author, moderator: Person, *, rubrics: list[str], between_steps: Hook | None = None
) -> JourneyResult:
    return await AnonymousCaseJourney(platform, author, moderator, rubrics, between_steps).run()
