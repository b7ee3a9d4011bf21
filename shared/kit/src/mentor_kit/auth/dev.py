"""Development tokens: demo users and a minting function signed with the committed development key."""

import time
from dataclasses import dataclass
from pathlib import Path

import jwt

from mentor_kit.auth.tokens import ALGORITHMS, ROLES

DEV_KEYS = Path(__file__).parent / "dev_keys"
DEV_PRIVATE_KEY = DEV_KEYS / "dev_private.pem"
DEV_PUBLIC_KEY = DEV_KEYS / "dev_public.pem"
DEV_ISSUER = "https://id.mgpu.ru/realms/mentor"
DEV_AUDIENCE = "mentor-platform"


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
    return jwt.encode(claims, private_key or DEV_PRIVATE_KEY.read_text(), algorithm=ALGORITHMS[0])


def demo_tokens(ttl_seconds: int = 12 * 3600) -> dict[str, str]:
    return {
        u.id: mint_token(u.id, [u.role], name=u.name, email=u.email, locale=u.locale, ttl_seconds=ttl_seconds)
        for u in DEMO_USERS
    }
