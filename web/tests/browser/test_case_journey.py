"""The case journey in a real browser, each person in their own browser context: an anonymous case from submission
to completion (the mentee; a mentor who declines with a reason; a mentor who accepts, asks questions and proposes a
solution; a colleague's opinion; a reformulation; a second opinion; the reflection sheet; the moderator approving
the case for the library; a visitor finding it there), and a mentor declining from the case page.

Every page a mentor, a colleague or a visitor saw is scanned for the anonymous author's name, e-mail, id and school
(`PrivacyScan`), with a positive control on the author's own view and a check that each page they navigated to was
scanned.

The demo sign-in offers two mentors (Елена Иванова, Сергей Петров); the journey needs three. The first mentor
chosen, who declines, is another demo mentor of the platform: their part goes through the API with a development
token (`mint_token`), as a client app of theirs would; the other two work in the browser."""

import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from mentor_kit.auth.dev import mint_token
from mentor_kit.testing.privacy import PrivacyScan

from .conftest import Tab, check, open_tab, screenshot, visit

pytestmark = pytest.mark.browser

AUTHOR = {"id": "mentee-anna", "name": "Анна Смирнова", "email": "anna.smirnova@example.org"}
SCHOOL = "Школа № 1579"
DEMO_MENTORS = {"mentor-ivanova", "mentor-petrov"}
CASE_ID = re.compile(r"/cases/([0-9a-f-]{36})")


class Watched:
    """A person's browser context whose every page is scanned: each navigation of the main frame is noted, and
    `seen()` adds the page's HTML to the scan; `assert_all_scanned` checks nothing navigated to went unscanned."""

    def __init__(self, tab: Tab, scan: PrivacyScan | None, source: str) -> None:
        self.tab, self.scan, self.source = tab, scan, source
        self.navigated: set[str] = set()
        self.scanned: set[str] = set()
        page = tab.page
        page.on("framenavigated", lambda frame: self.navigated.add(frame.url) if frame == page.main_frame else None)

    @property
    def page(self) -> Any:
        return self.tab.page

    def seen(self) -> None:
        self.page.wait_for_load_state("load")
        check(self.tab)
        if self.scan is not None:
            self.scan.add(self.source, self.page.content())
            self.scanned.add(self.page.url)

    def go(self, path: str) -> None:
        visit(self.tab, path)
        self.seen()

    def click(self, locator: Any) -> None:
        """A click that loads a page (a link or a form's button), then the page is looked at."""
        with self.page.expect_navigation():
            locator.click()
        self.seen()

    def until(self, path: str, ready: Callable[[], bool], timeout: float = 30.0) -> None:
        """Open `path` again until `ready()` (what the platform does next happens asynchronously)."""
        deadline = time.monotonic() + timeout
        self.go(path)
        while not ready():
            assert time.monotonic() < deadline, f"{path}: not ready after {timeout}s"
            self.page.wait_for_timeout(300)  # a reload, not a sleep-and-hope: the condition is checked each time
            self.go(path)

    def assert_all_scanned(self) -> None:
        missing = {url for url in self.navigated if url.startswith("http")} - self.scanned
        assert not missing, f"{self.source}: pages seen but not scanned: {missing}"


@contextmanager
def person(
    browser: Any, base_url: str, user_id: str | None, scan: PrivacyScan | None, source: str
) -> Iterator[Watched]:
    """A browser context signed in as `user_id` (None: a visitor) without showing the demo sign-in page, which
    lists every demo user by name: the form's post, with this context's CSRF cookie and token."""
    tabs = open_tab(browser, base_url, "desktop")
    tab = next(tabs)
    try:
        watched = Watched(tab, scan, source)
        watched.go("/")
        if user_id:
            token = tab.page.locator("input[name=csrf_token]").first.input_value()
            answer = tab.page.request.post("/sign-in/dev", form={"user_id": user_id, "next": "/", "csrf_token": token})
            assert answer.ok, answer.status
            watched.go("/")
            assert tab.page.locator(".who").count() == 1
        yield watched
    finally:
        next(tabs, None)


def api_as(base_url: str, user_id: str, role: str, name: str) -> httpx.Client:
    token = mint_token(user_id, [role], name=name, email=f"{user_id}@example.org", locale="ru")
    return httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {token}"}, timeout=15)


def case_status(tab: Watched) -> str:
    return str(tab.page.locator("#case-status").inner_text())


def offered(tab: Watched) -> list[str]:
    links = tab.page.locator("#offers .offer .card-title a")
    return [str(links.nth(i).get_attribute("href")).rsplit("/", 1)[-1] for i in range(links.count())]


def choose(tab: Watched, mentor_id: str) -> None:
    card = tab.page.locator("#offers .offer").filter(has=tab.page.locator(f'a[href="/mentors/{mentor_id}"]'))
    tab.click(card.get_by_role("button"))


def badge_count(tab: Watched) -> int:
    return int(tab.page.locator("#unread-badge").get_attribute("data-count") or "0")


def test_an_anonymous_case_from_submission_to_the_library(browser: Any, platform_url: str) -> None:
    scan = PrivacyScan([AUTHOR["name"], AUTHOR["email"], AUTHOR["id"], SCHOOL])
    with (
        person(browser, platform_url, "mentee-anna", None, "author") as anna,
        person(browser, platform_url, "mentor-ivanova", scan, "mentor") as ivanova,
        person(browser, platform_url, "mentor-petrov", scan, "colleague") as petrov,
        person(browser, platform_url, "moderator-olga", None, "moderator") as olga,
        person(browser, platform_url, None, scan, "visitor") as visitor,
    ):
        a = anna.page
        # The questionnaire, with the school a mentor of an anonymous case must never see.
        anna.go("/questionnaire")
        a.get_by_label("Тип организации").select_option("general")
        a.get_by_label("Название школы").fill(SCHOOL)
        a.get_by_label("Предметы").fill("математика, информатика")
        a.get_by_role("checkbox", name="7 класс").check()
        a.get_by_label("Стаж работы в школе, лет").fill("два")
        anna.click(a.get_by_role("button", name="Сохранить анкету"))
        assert a.locator("#error-years_of_experience").count() == 1  # the API's error, next to its field
        assert a.get_by_label("Название школы").input_value() == SCHOOL  # nothing typed is lost
        a.get_by_label("Стаж работы в школе, лет").fill("2")
        anna.click(a.get_by_role("button", name="Сохранить анкету"))
        assert a.get_by_role("status").inner_text() == "Анкета сохранена."
        scan.positive_control(a.content())  # her own view holds her name and school: the scanner sees them
        screenshot(anna.tab, "questionnaire", also_phone=True)

        # The case: anonymous, consent to publish; library suggestions are shown at once.
        anna.go("/cases/new")
        a.get_by_label("Суть проблемы").fill(
            "Родители семиклассников просят вести кружок робототехники по субботам, а администрация против."
        )
        a.get_by_label("Вопрос наставнику").fill("Как договориться с администрацией и родителями?")
        a.get_by_role("checkbox", name="Взаимодействие с родителями").check()
        a.get_by_role("checkbox", name="Цифровые технологии").check()
        a.locator("#field-consent_publish").check()
        a.locator("#field-consent_group_discussion").check()
        anna.click(a.get_by_role("button", name="Отправить кейс"))
        match = CASE_ID.search(a.url)
        assert match, a.url
        case_id = match.group(1)
        case_path = f"/cases/{case_id}"
        number = a.locator("h1").inner_text().removeprefix("Кейс ")
        assert a.locator("#suggestions-title").is_visible()
        anna.until(case_path, lambda: case_status(anna) == "Наставники предложены")
        assert a.locator("#offers .explanation").first.inner_text().startswith("Почему он: совпадает направлений")
        a.locator("#offers").scroll_into_view_if_needed()
        screenshot(anna.tab, "case-offers", also_phone=True)

        # Round 1: a mentor who is not among the demo sign-ins; they decline with a reason (through the API).
        first = next(m for m in offered(anna) if m not in DEMO_MENTORS)
        choose(anna, first)
        assert case_status(anna) == "Наставник выбран"
        with api_as(platform_url, first, "mentor", "Первый наставник") as mentor_api:
            reason = "На этой неделе я в командировке и не смогу ответить вовремя."
            declined = mentor_api.post(f"/api/cases/cases/{case_id}/decline", json={"reason": reason})
            assert declined.status_code == 200, declined.text
            scan.add("declining mentor", declined.text, mentor_api.get(f"/api/cases/cases/{case_id}/history").text)

        # Round 2 (the decliner left out): Елена Иванова.
        anna.until(case_path, lambda: "mentor-ivanova" in offered(anna))
        assert first not in offered(anna)
        choose(anna, "mentor-ivanova")

        # The mentor's incoming request, with its deadline; she accepts.
        i = ivanova.page
        ivanova.until("/mentor/requests", lambda: i.get_by_text(number).count() > 0)
        request = i.locator(".request").filter(has_text=number)
        assert request.get_by_text("ответить до").count() == 1
        screenshot(ivanova.tab, "mentor-requests", also_phone=True)
        ivanova.click(request.get_by_role("button", name=f"Принять кейс {number}"))
        ivanova.go(case_path)
        assert case_status(ivanova) == "В работе"

        # Questions: two from the bank and her own; the author's badge goes up live (SSE), without a reload.
        anna.go(case_path)
        a.wait_for_function("() => document.getElementById('unread-badge').hasAttribute('data-count')")
        before = badge_count(anna)
        bank = i.locator("#questions input[name=bank_codes]")
        bank.nth(0).check()
        bank.nth(1).check()
        i.get_by_label("Свой вопрос").fill("Кто из коллег уже поддерживал такие инициативы?")
        i.locator("#questions").scroll_into_view_if_needed()
        screenshot(ivanova.tab, "case-mentor-questions", also_phone=True)
        ivanova.click(i.get_by_role("button", name="Задать вопросы"))
        assert i.locator("#questions .qa").count() == 3
        a.wait_for_function(
            f"() => parseInt(document.getElementById('unread-badge').dataset.count || '0', 10) > {before}",
            timeout=20_000,
        )
        assert a.locator("#unread-badge.has-unread").is_visible()

        # The author answers each question, then defines the problem more precisely (two reformulations left).
        anna.go(case_path)
        for n in range(3):
            form = a.locator(".answer-form").first
            form.get_by_label("Ваш ответ").fill(f"Ответ {n + 1}: хочу сохранить кружок и не спорить с директором.")
            anna.click(form.get_by_role("button", name="Ответить"))
        assert a.locator(".answer-form").count() == 0
        assert a.locator("#reformulations-left").inner_text() == "Осталось переформулировок: 2"
        a.locator("#reformulate summary").click()
        a.locator("#reformulate textarea[name=problem]").fill(
            "Родители просят кружок робототехники по субботам; администрация против из-за охраны здания."
        )
        anna.click(a.get_by_role("button", name="Отправить новую версию"))
        assert a.locator("#case-text").inner_text().endswith("(версия 2)")
        assert a.locator("#reformulations-left").inner_text() == "Осталось переформулировок: 1"
        a.locator("#reformulate").scroll_into_view_if_needed()
        screenshot(anna.tab, "case-author-questions", also_phone=True)

        # A colleague's opinion: she invites Сергей Петров, who reads the case and writes (in English: his locale).
        ivanova.go(case_path)
        i.get_by_label("Коллега").select_option("mentor-petrov")
        ivanova.click(i.get_by_role("button", name="Пригласить коллегу"))
        p = petrov.page
        petrov.until("/opinions", lambda: p.get_by_text(number).count() > 0)
        petrov.click(p.get_by_role("link", name=re.compile(number)))
        p.get_by_label("Your opinion").fill("Suggest a trial month with a parent on duty at the school entrance.")
        p.locator("#opinions").scroll_into_view_if_needed()
        screenshot(petrov.tab, "case-colleague", also_phone=True)
        petrov.click(p.get_by_role("button", name="Send the opinion"))
        assert p.locator("#opinions .post").count() == 1

        # The mentor sees it and proposes a solution.
        ivanova.go(case_path)
        assert i.get_by_text("Suggest a trial month").count() == 1
        i.get_by_label("Возможное решение").fill(
            "Предложите администрации пробный месяц с дежурством родителей и планом безопасности."
        )
        ivanova.click(i.get_by_role("button", name="Отправить решение"))
        assert case_status(ivanova) == "Предложено решение"

        # The author asks for a second opinion; another round of offers, without the first two mentors.
        anna.go(case_path)
        assert a.locator("#solutions .solution").count() == 1
        anna.click(a.get_by_role("button", name="Попросить второе мнение"))
        anna.until(case_path, lambda: "mentor-petrov" in offered(anna))
        assert not {"mentor-ivanova", first} & set(offered(anna))
        choose(anna, "mentor-petrov")
        petrov.until("/mentor/requests", lambda: p.get_by_text(number).count() > 0)
        petrov.click(p.locator(".request").filter(has_text=number).get_by_role("button", name=f"Accept case {number}"))
        petrov.go(case_path)
        p.get_by_label("A possible solution").fill("A second view: agree on a written safety plan first.")
        petrov.click(p.get_by_role("button", name="Send the solution"))

        # The reflection sheet completes the case.
        anna.go(case_path)
        assert a.locator("#solutions .solution").count() == 2
        assert a.get_by_text("второе мнение").count() >= 1
        anna.click(a.get_by_role("button", name="Завершить кейс"))  # nothing chosen: the API's errors, in place
        assert a.locator("#finish .error-summary").count() == 1
        a.get_by_role("radio", name="Да").check()
        a.locator("#field-rating").get_by_role("radio", name="5").check()
        a.get_by_label("Что вы будете делать дальше?").fill("Напишу план безопасности и покажу директору.")
        a.locator("#finish").scroll_into_view_if_needed()
        screenshot(anna.tab, "case-reflection", also_phone=True)
        anna.click(a.get_by_role("button", name="Завершить кейс"))
        assert case_status(anna) == "Завершён"
        screenshot(anna.tab, "case-completed", also_phone=True)

        # Notifications: the inbox and the preferences.
        anna.go("/notifications")
        assert a.locator(".notification").count() >= 3
        screenshot(anna.tab, "notifications", also_phone=True)
        anna.click(a.get_by_role("button", name="Отметить все прочитанными"))
        assert a.locator(".notification.unread").count() == 0
        anna.go("/notifications/preferences")
        a.get_by_label("Предложено решение: Только на сайте").check()
        anna.click(a.get_by_role("button", name="Сохранить"))
        assert a.get_by_label("Предложено решение: Только на сайте").is_checked()
        screenshot(anna.tab, "notification-preferences")

        # The mentors' lists: the case is the second-opinion mentor's now (the cases API lists a mentor's cases by
        # the case's current mentor, so Елена Иванова, its former mentor, no longer finds it in hers).
        petrov.go("/mentor/cases")
        assert p.get_by_text(number).count() == 1
        screenshot(petrov.tab, "mentor-cases", also_phone=True)

        # The moderator: the case's full history, then the library review queue; approved, it is found.
        o = olga.page
        olga.go(f"/moderation/cases/{case_id}")
        olga.until(
            "/moderation/library", lambda: o.locator(".review-item").filter(has_text="робототехники").count() > 0
        )
        item = o.locator(".review-item").filter(has_text="робототехники").first
        olga.click(item.get_by_role("button", name=re.compile("Одобрить|Опубликовать|Approve")))
        # Solved cases are for signed-in readers (the library's `registered` visibility): the mentor finds it and
        # reads it; a visitor's search is scanned too.
        ivanova.until("/library?q=робототехники", lambda: i.locator(".result").count() > 0, timeout=45)
        screenshot(ivanova.tab, "library-solved-case")
        ivanova.click(i.locator(".result .card-title a").first)
        assert i.get_by_text("робототехники").count() >= 1
        visitor.go("/library?q=робототехники")
        visitor.go("/library")

    # The anonymity scan: nothing the mentors, the colleague or the visitor saw names the author.
    for watched in (ivanova, petrov, visitor):
        watched.assert_all_scanned()
    scan.assert_clean("mentor", "colleague", "visitor", "declining mentor")


def test_a_mentor_declines_with_a_reason(browser: Any, platform_url: str) -> None:
    with (
        person(browser, platform_url, "mentee-pavel", None, "author") as pavel,
        person(browser, platform_url, "mentor-petrov", None, "mentor") as petrov,
    ):
        a = pavel.page
        pavel.go("/cases/new")
        a.get_by_label("Суть проблемы").fill("Ученики не сдают домашние задания в электронном дневнике.")
        a.get_by_label("Вопрос наставнику").fill("Как приучить класс к электронному дневнику?")
        a.get_by_role("checkbox", name="Цифровые технологии").check()
        pavel.click(a.get_by_role("button", name="Отправить кейс"))
        match = CASE_ID.search(a.url)
        assert match
        case_path = match.group(0)
        number = a.locator("h1").inner_text().removeprefix("Кейс ")
        pavel.until(case_path, lambda: "mentor-petrov" in offered(pavel))
        choose(pavel, "mentor-petrov")

        p = petrov.page
        petrov.until("/mentor/requests", lambda: p.get_by_text(number).count() > 0)
        petrov.click(p.locator(".request").filter(has_text=number).get_by_role("link", name=re.compile(number)))
        assert p.locator("#request").count() == 1
        p.get_by_label("Reason for declining").fill("no")
        petrov.click(p.get_by_role("button", name="Decline", exact=True))
        assert p.locator("#error-reason").inner_text() == "At least 3 characters"  # the API's error, in English
        p.get_by_label("Reason for declining").fill("Outside my field: I only advise on digital tools for lessons.")
        p.locator("#request").scroll_into_view_if_needed()
        screenshot(petrov.tab, "case-mentor-decline")
        petrov.click(p.get_by_role("button", name="Decline", exact=True))
        assert p.get_by_text(number).count() == 0  # back on the requests list, the case gone from it

        pavel.until(case_path, lambda: case_status(pavel) in ("Отправлен", "Наставники предложены"))
        assert "mentor-petrov" not in offered(pavel)
        pavel.until("/notifications", lambda: a.get_by_text("Outside my field").count() > 0, timeout=20)


def test_a_draft_is_saved_edited_and_submitted(browser: Any, platform_url: str) -> None:
    with person(browser, platform_url, "mentee-pavel", None, "author") as pavel:
        a = pavel.page
        pavel.go("/cases/new")
        a.get_by_label("Суть проблемы").fill("Класс шумит на уроках информатики.")
        pavel.click(a.get_by_role("button", name="Сохранить черновик"))
        assert case_status(pavel) == "Черновик"
        assert a.locator("#suggestions").count() == 0  # nothing is searched for a draft
        pavel.click(a.get_by_role("link", name="Редактировать черновик"))
        assert a.get_by_label("Суть проблемы").input_value() == "Класс шумит на уроках информатики."
        a.get_by_label("Вопрос наставнику").fill("Как удержать внимание класса?")
        pavel.click(a.get_by_role("button", name="Отправить кейс"))
        assert a.locator("#error-rubrics").count() == 1  # the API refused the submission: the error in place
        a.get_by_role("checkbox", name="Управление классом, мотивация").check()
        pavel.click(a.get_by_role("button", name="Отправить кейс"))
        assert case_status(pavel) in ("Отправлен", "Наставники предложены")
        assert a.locator(".facts").first.get_by_text("Как удержать внимание класса?").count() == 1
