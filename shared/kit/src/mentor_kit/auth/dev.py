"""Development tokens: demo users and a minting function signed with the committed development key.

The private key exists only in a development checkout: the container image's build context leaves it out
(.dockerignore), so `mentor token` there fails with `DevelopmentKeyMissing`. The public key ships, so that
`mentor serve` can recognise it and refuse to trust it unless told to (`is_development_key`)."""

import time
from dataclasses import dataclass
from pathlib import Path

import jwt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat, load_pem_public_key

from mentor_kit.auth.tokens import ALGORITHMS, ROLES

DEV_KEYS = Path(__file__).parent / "dev_keys"
DEV_PRIVATE_KEY = DEV_KEYS / "dev_private.pem"
DEV_PUBLIC_KEY = DEV_KEYS / "dev_public.pem"
DEV_ISSUER = "https://id.mgpu.ru/realms/mentor"
DEV_AUDIENCE = "mentor-platform"


class DevelopmentKeyMissing(RuntimeError):
    """The development private key is not here (an installed image): no development token can be minted."""


def _der(pem: bytes) -> bytes | None:
    try:
        return load_pem_public_key(pem).public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    except ValueError:
        return None


def is_development_key(pem: bytes) -> bool:
    """Whether a public key (PEM) is the committed development key: by content, not by path (a copy mounted
    elsewhere, other line endings or wrapping count as the same key)."""
    mine = _der(DEV_PUBLIC_KEY.read_bytes())
    return mine is not None and _der(pem) == mine


def development_private_key() -> str:
    try:
        return DEV_PRIVATE_KEY.read_text()
    except FileNotFoundError:
        raise DevelopmentKeyMissing(
            "the development private key is not installed here (container images never carry it): mint "
            "development tokens from a development checkout, or get real ones from the identity provider"
        ) from None


@dataclass(frozen=True)
class DemoUser:
    id: str
    role: str
    name: str
    email: str
    locale: str = "ru"


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("mentee-anna", "mentee", "Анна Смирнова", "anna.smirnova@example.org"),
    DemoUser("mentee-pavel", "mentee", "Павел Орлов", "pavel.orlov@example.org"),
    DemoUser("mentor-ivanova", "mentor", "Елена Иванова", "e.ivanova@example.org"),
    DemoUser("mentor-petrov", "mentor", "Сергей Петров", "s.petrov@example.org", "en"),
    DemoUser("moderator-olga", "moderator", "Ольга Кузнецова", "o.kuznetsova@example.org"),
    DemoUser("admin", "admin", "Администратор", "admin@example.org"),
)


def mint_token(
    user_id: str,
    roles: list[str],
    *,
    name: str = "",
    email: str = "",
    locale: str = "",
    ttl_seconds: int = 12 * 3600,
    issuer: str = DEV_ISSUER,
    audience: str = DEV_AUDIENCE,
    private_key: str | None = None,
) -> str:
    unknown = set(roles) - ROLES
    if unknown:
        raise ValueError(f"unknown roles {sorted(unknown)}; use {sorted(ROLES)}")
    now = int(time.time())
    claims = {
        "sub": user_id,
        "roles": roles,
        "name": name,
        "email": email,
        "iss": issuer,
        "aud": audience,
        "iat": now,
        "nbf": now,
        "exp": now + ttl_seconds,
    }
    if locale:
        claims["locale"] = locale
    return jwt.encode(claims, private_key or development_private_key(), algorithm=ALGORITHMS[0])


def demo_tokens(ttl_seconds: int = 12 * 3600) -> dict[str, str]:
    return {
        u.id: mint_token(u.id, [u.role], name=u.name, email=u.email, locale=u.locale, ttl_seconds=ttl_seconds)
        for u in DEMO_USERS
    }
