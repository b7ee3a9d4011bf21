"""`mentor serve web` refuses what is unsafe when deployed."""

from fastapi import FastAPI

from mentor_web.deployed import deployed_app
from mentor_web.settings import WebSettings


def test_the_demo_sign_in_and_a_missing_secret_are_refused_when_deployed() -> None:
    assert "WEB_DEV_SIGN_IN" in str(deployed_app(WebSettings(dev_sign_in=True, secret_key="s")))
    assert "WEB_SECRET_KEY" in str(deployed_app(WebSettings(secret_key="")))
    assert isinstance(
        deployed_app(WebSettings(secret_key="s", oidc_issuer="https://id", oidc_client_id="web")), FastAPI
    )
