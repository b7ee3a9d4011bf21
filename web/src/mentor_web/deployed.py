"""The web application as deployed (`mentor serve web`): settings from `WEB_…`, refusing what is unsafe there."""

from fastapi import FastAPI

from mentor_web.app import create_app
from mentor_web.settings import WebSettings


def deployed_app(settings: WebSettings | None = None) -> FastAPI | str:
    """The app, or why it must not start."""
    settings = settings or WebSettings()
    if settings.dev_sign_in:
        return (
            "web: refusing WEB_DEV_SIGN_IN=true in `mentor serve`: the demo sign-in mints tokens with the committed "
            "development key (anyone could sign in as anyone). It is for `mentor dev` only; configure WEB_OIDC_ISSUER "
            "and WEB_OIDC_CLIENT_ID."
        )
    if not settings.secret_key:
        return (
            "web: WEB_SECRET_KEY is required in `mentor serve` (the same on every replica: it signs CSRF tokens and "
            "encrypts the sessions)"
        )
    if not settings.session_database_url:
        return (
            "web: WEB_SESSION_DATABASE_URL is required in `mentor serve` (postgresql+asyncpg://…: the sessions every "
            "replica shares; `mentor migrate web` creates their table)"
        )
    return create_app(settings)
