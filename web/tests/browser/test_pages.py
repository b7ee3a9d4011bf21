"""The web application in a real browser (Chromium), at desktop and phone width, against `mentor dev`."""

import re

import pytest

from .conftest import Tab, check, screenshot, visit

pytestmark = pytest.mark.browser

PUBLIC = [
    ("/", "home"),
    ("/mentors", "mentors"),
    ("/mentors/mentor-ivanova", "mentor-card"),
    ("/library?q=%D1%80%D0%BE%D0%B4%D0%B8%D1%82%D0%B5%D0%BB%D0%B8", "library-search"),
    ("/forum", "forum"),
    ("/calendar", "calendar"),
    ("/sign-in", "sign-in"),
]


def sign_in_as(tab: Tab, name: str, next_path: str = "/") -> None:
    visit(tab, f"/sign-in?next={next_path}")
    tab.page.get_by_role("button", name=re.compile(f"Войти как {name}")).click()
    tab.page.wait_for_url(re.compile(re.escape(next_path) + "$"))


def test_public_pages_work_and_are_accessible(tab: Tab) -> None:
    for path, name in PUBLIC:
        visit(tab, path)
        screenshot(tab, name)
    page = tab.page
    visit(tab, "/forum")
    page.locator(".card-title a").first.click()
    check(tab)
    page.locator(".topic a").first.click()
    check(tab)
    screenshot(tab, "forum-topic")
    visit(tab, "/calendar")
    ics = page.locator("a[download]").first.get_attribute("href")
    page.locator(".card-title a").first.click()
    check(tab)
    answer = page.request.get(ics)
    assert answer.ok and answer.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VCALENDAR" in answer.text()


def test_library_search_updates_in_place_with_highlights(desktop: Tab) -> None:
    page = desktop.page
    visit(desktop, "/library")
    page.evaluate("() => { window.notReloaded = true; }")
    page.get_by_label("Что ищем").fill("родители")
    page.wait_for_url(re.compile(r"q=%D1%80"))  # htmx pushed the query into the address
    page.locator("#library-results mark").first.wait_for()
    assert page.evaluate("() => window.notReloaded === true"), "the search reloaded the page instead of htmx"
    page.get_by_role("checkbox", name=re.compile("Статья")).check()
    page.wait_for_url(re.compile(r"kind=article"))
    check(desktop)


def test_a_mentee_submits_a_case_and_sees_errors_next_to_fields(desktop: Tab) -> None:
    page = desktop.page
    sign_in_as(desktop, "Анна Смирнова", "/cases/new")
    check(desktop)
    problem = page.get_by_label("Суть проблемы")
    typed = "Родители учеников пишут мне в мессенджер поздно вечером и ждут ответа сразу."
    problem.fill(typed)
    assert page.locator("#counter-problem").inner_text() == f"{len(typed)} из 1000 символов"  # counted as typed
    page.get_by_label("Вопрос наставнику").fill("Как договориться о времени для сообщений?")
    page.get_by_role("button", name="Отправить кейс").click()
    error = page.locator("#error-rubrics")
    assert error.inner_text() == "Выберите хотя бы одно направление"
    assert page.locator("#error-summary").evaluate("e => e === document.activeElement")
    assert problem.input_value().startswith("Родители учеников")  # nothing typed is lost
    check(desktop)
    screenshot(desktop, "case-form-errors", also_phone=True)
    page.get_by_role("checkbox", name="Взаимодействие с родителями").check()
    page.get_by_role("radio", name=re.compile("^Срочно")).check()
    page.get_by_role("button", name="Отправить кейс").click()
    page.wait_for_url(re.compile(r"/cases/[0-9a-f-]{36}$"))
    assert page.locator("h1").inner_text().startswith("Кейс MCU-")
    check(desktop)
    screenshot(desktop, "case-page", also_phone=True)
    visit(desktop, "/cases")
    screenshot(desktop, "my-cases", also_phone=True)


def test_the_language_switches_to_english_and_back(desktop: Tab) -> None:
    page = desktop.page
    visit(desktop, "/mentors")
    page.get_by_role("button", name="English").click()
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    assert page.locator("h1").inner_text() == "Mentors"
    check(desktop)
    page.get_by_role("button", name="Русский").click()
    page.wait_for_function("() => document.documentElement.lang === 'ru'")
