"""What every page handler gets: `PageContext` (the person, their language, the bound API, `render`).

A page handler is `async def view(page: PageContext, ...) -> Response` and ends with
`page.render("folder/template.html", name=value, ...)`. Templates see `t` (translate), `lang`, `labels`
(taxonomy labels), `person`, `csrf_token` and `request`, plus what the handler passes.
`SignedInPage` is the same for pages that need a signed-in person (anonymous visitors are sent to sign in);
`page.require_role("mentee")` answers 403 for the others.
"""

from datetime import datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from mentor_web.api import BoundApi, SignInRequired
from mentor_web.i18n import LANGUAGES, Translate, choose_language, term_labels, translator
from mentor_web.security.csrf import csrf_cookie_value
from mentor_web.security.sessions import Person, Session

TEMPLATES = Path(__file__).parent.parent / "templates"
templates = Jinja2Templates(directory=TEMPLATES)


def highlight(fragment: str) -> Markup:
    """A search highlight: the fragment escaped, only its `<em>` marks kept (as <mark>)."""
    safe = str(escape(fragment))
    return Markup(safe.replace("&lt;em&gt;", "<mark>").replace("&lt;/em&gt;", "</mark>"))


def local_path(target: str | None, default: str = "/") -> str:
    """A redirect target from a form or query (`next=`): a path of this site only, never another site."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


def when(value: str | None, lang: str, *, time_only: bool = False) -> str:
    """An ISO date-time from an API as people read it: 29.11.2026 14:00 (ru), 2026-11-29 14:00 (en)."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if time_only:
        return moment.strftime("%H:%M")
    return moment.strftime("%d.%m.%Y %H:%M" if lang == "ru" else "%Y-%m-%d %H:%M")


templates.env.filters["highlight"] = highlight
templates.env.filters["when"] = when
templates.env.globals["languages"] = LANGUAGES


class Page:
    def __init__(self, request: Request) -> None:
        self.request = request
        state = request.app.state
        self.session: Session | None = request.state.session
        self.person: Person | None = self.session.person if self.session else None
        self.lang = choose_language(request, self.person.locale if self.person else "", state.settings.default_language)
        self.t: Translate = translator(self.lang)
        address = request.client.host if request.client else ""  # uvicorn resolved it through trusted proxies
        self.api = BoundApi(state.api, self.session.token if self.session else "", self.lang, address)

    @property
    def csrf_token(self) -> str:
        tokens = self.request.app.state.csrf
        return str(tokens.token_for(csrf_cookie_value(self.request)))

    @property
    def is_htmx(self) -> bool:
        return self.request.headers.get("hx-request") == "true"

    def require_role(self, *roles: str) -> None:
        if self.person is None:
            raise SignInRequired
        if not any(self.person.has(role) for role in roles):
            raise RoleRequired

    def render(self, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        values = {
            "t": self.t,
            "lang": self.lang,
            "labels": term_labels(self.lang),
            "person": self.person,
            "csrf_token": self.csrf_token,
            "current_path": self.request.url.path,
            "current_url": self.request.url.path + (f"?{self.request.url.query}" if self.request.url.query else ""),
            **context,
        }
        return templates.TemplateResponse(self.request, template, values, status_code=status_code)

    def redirect(self, path: str) -> Response:
        return RedirectResponse(local_path(path), status_code=303)


class RoleRequired(Exception):
    """Signed in, but not in a role this page is for (403)."""


def sign_in_url(request: Request) -> str:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return f"/sign-in?next={quote(target)}"


async def page_context(request: Request) -> Page:
    return Page(request)


async def signed_in_page(request: Request) -> Page:
    page = Page(request)
    if page.person is None:
        raise SignInRequired
    return page


PageContext = Annotated[Page, Depends(page_context)]
SignedInPage = Annotated[Page, Depends(signed_in_page)]
