"""Sign in (a demo user under `mentor dev`; OpenID Connect with PKCE in production), sign out, the language."""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from mentor_kit.auth.dev import DEMO_USERS, mint_token
from mentor_web.i18n import LANGUAGE_COOKIE, LANGUAGES
from mentor_web.pages.rendering import PageContext, local_path
from mentor_web.security.oidc import OidcClient, SignInFailed
from mentor_web.security.sessions import (
    Person,
    Session,
    SessionStore,
    clear_session_cookie,
    is_https,
    person_from_token,
    set_session_cookie,
)

router = APIRouter()
ONE_YEAR = 365 * 24 * 3600


async def _start_session(request: Request, token: str, person: Person, target: str) -> Response:
    store: SessionStore = request.app.state.sessions
    old = request.state.session
    if old is not None:  # a new id at every sign-in (no session fixation)
        await store.delete(old.id)
    session = store.new()
    session.token, session.person = token, person
    await store.save(session)
    response = RedirectResponse(local_path(target), status_code=303)
    set_session_cookie(response, request, session, request.app.state.settings.cookie_secure)
    return response


@router.get("/sign-in", name="sign_in")
async def sign_in(page: PageContext, next: str = "/") -> Response:
    settings = page.request.app.state.settings
    demo_users = DEMO_USERS if settings.dev_sign_in else ()
    return page.render("auth/sign_in.html", demo_users=demo_users, oidc=settings.oidc_enabled, next=local_path(next))


@router.post("/sign-in/dev", name="sign_in_dev")
async def sign_in_dev(
    page: PageContext, user_id: Annotated[str, Form()], next: Annotated[str, Form()] = "/"
) -> Response:
    if not page.request.app.state.settings.dev_sign_in:
        return page.render("error.html", 404, title=page.t("errors.not_found"), detail="")
    user = {u.id: u for u in DEMO_USERS}.get(user_id)
    if user is None:
        return page.render("error.html", 400, title=page.t("auth.unknown_user"), detail="")
    token = mint_token(user.id, [user.role], name=user.name, email=user.email, locale=user.locale)
    return await _start_session(page.request, token, person_from_token(token), next)


@router.get("/sign-in/oidc", name="sign_in_oidc")
async def sign_in_oidc(page: PageContext, next: str = "/") -> Response:
    request = page.request
    if not request.app.state.settings.oidc_enabled:
        return page.render("error.html", 404, title=page.t("errors.not_found"), detail="")
    oidc: OidcClient = request.app.state.oidc
    auth = await oidc.authorization_request(str(request.url_for("sign_in_oidc_callback")))
    store: SessionStore = request.app.state.sessions
    pending = store.new()  # the sign-in in progress: its state, nonce and PKCE verifier stay here
    pending.pending = {
        "state": auth.state,
        "nonce": auth.nonce,
        "verifier": auth.code_verifier,
        "next": local_path(next),
    }
    await store.save(pending)
    response = RedirectResponse(auth.url, status_code=303)
    set_session_cookie(response, request, pending, request.app.state.settings.cookie_secure)
    return response


@router.get("/sign-in/oidc/callback", name="sign_in_oidc_callback")
async def sign_in_oidc_callback(page: PageContext, code: str = "", state: str = "") -> Response:
    request = page.request
    pending: Session | None = request.state.session
    if pending is None or not state or pending.pending.get("state") != state or not code:
        return page.render("error.html", 400, title=page.t("auth.failed"), detail="")
    oidc: OidcClient = request.app.state.oidc
    try:
        signed_in = await oidc.finish(
            code=code,
            redirect_uri=str(request.url_for("sign_in_oidc_callback")),
            code_verifier=pending.pending["verifier"],
            nonce=pending.pending["nonce"],
        )
    except SignInFailed:
        return page.render("error.html", 400, title=page.t("auth.failed"), detail="")
    person = person_from_token(signed_in.access_token)
    claims = signed_in.id_claims
    person.id = str(claims.get("sub", person.id))
    person.name = str(claims.get("name") or person.name)
    return await _start_session(request, signed_in.access_token, person, pending.pending.get("next", "/"))


@router.post("/sign-out", name="sign_out")
async def sign_out(page: PageContext) -> Response:
    if page.session is not None:
        await page.request.app.state.sessions.delete(page.session.id)
    response = RedirectResponse("/", status_code=303)
    clear_session_cookie(response)
    return response


@router.post("/language", name="language")
async def language(request: Request, lang: Annotated[str, Form()], next: Annotated[str, Form()] = "/") -> Response:
    response = RedirectResponse(local_path(next), status_code=303)
    if lang in LANGUAGES:
        secure = request.app.state.settings.cookie_secure
        response.set_cookie(
            LANGUAGE_COOKIE,
            lang,
            max_age=ONE_YEAR,
            samesite="lax",
            httponly=True,
            secure=is_https(request) if secure is None else secure,
            path="/",
        )
    return response
