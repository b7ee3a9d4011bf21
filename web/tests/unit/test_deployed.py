"""`mentor serve web` refuses what is unsafe when deployed."""

from fastapi import FastAPI

from mentor_web.deployed import deployed_app
from mentor_web.settings import WebSettings

SESSIONS = "postgresql+asyncpg://web:pw@db:5432/web"


def test_the_demo_sign_in_and_a_missing_secret_are_refused_when_deployed() -> None:
    assert "WEB_DEV_SIGN_IN" in str(deployed_app(WebSettings(dev_sign_in=True, secret_key="s")))
    assert "WEB_SECRET_KEY" in str(deployed_app(WebSettings(secret_key="", session_database_url=SESSIONS)))
    assert isinstance(
        deployed_app(
            WebSettings(secret_key="s", oidc_issuer="https://id", oidc_client_id="web", session_database_url=SESSIONS)
        ),
        FastAPI,
    )


def test_sessions_of_this_process_only_are_refused_when_deployed() -> None:
    """Several replicas must share their sessions: without a database URL each would keep its own."""
    refusal = deployed_app(WebSettings(secret_key="s", oidc_issuer="https://id", oidc_client_id="web"))
    assert isinstance(refusal, str) and "WEB_SESSION_DATABASE_URL" in refusal
