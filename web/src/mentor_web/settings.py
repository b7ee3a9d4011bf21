"""The web application's settings (`WEB_…` environment variables)."""

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WEB_", env_file=None, extra="ignore")

    # Where the services' HTTP APIs are: the gateway's base URL (the services under `/api/<name>`).
    api_base: str = "http://127.0.0.1:8000"
    api_timeout_seconds: float = Field(default=15.0, gt=0)
    # Signs the CSRF tokens and encrypts the sessions at rest (keys derived for each purpose). Empty: a random one per
    # process (fine for one process: `mentor dev`, tests); the same secret on every replica when deployed. Changing it
    # signs everyone out (their sessions can no longer be read).
    secret_key: str = ""
    # The session cookie's Secure flag: None = when the request came over https (X-Forwarded-Proto behind a proxy).
    cookie_secure: bool | None = None
    session_idle_minutes: int = Field(default=12 * 60, ge=1)
    # Where the sessions live, shared by every replica (`security/sessions.py`): PostgreSQL when deployed
    # (`postgresql+asyncpg://…`; the table comes from `mentor migrate web`). Empty: a private SQLite file of this
    # process (`mentor dev`, tests), which `mentor serve web` refuses.
    session_database_url: str = ""
    # `mentor dev`: a sign-in page that lets you pick a demo user (tokens minted with the development key).
    # Never in production: the development key's private half is public.
    dev_sign_in: bool = False
    # Production sign-in: OpenID Connect code flow with PKCE against the university's identity provider.
    oidc_issuer: str = ""  # e.g. https://id.mgpu.ru/realms/mentor (its /.well-known/openid-configuration is read)
    oidc_client_id: str = ""
    oidc_client_secret: str = ""  # empty: a public client (PKCE only)
    oidc_scopes: str = "openid profile email"
    # The reverse proxies whose X-Forwarded-Proto/-For uvicorn believes (`mentor serve web`): the https scheme makes
    # the cookies Secure and the OIDC redirect URI https.
    trusted_proxies: str = "127.0.0.1"
    default_language: str = "ru"
    log_level: str = "INFO"
    log_json: bool = True

    @property
    def oidc_enabled(self) -> bool:
        return bool(self.oidc_issuer and self.oidc_client_id)
