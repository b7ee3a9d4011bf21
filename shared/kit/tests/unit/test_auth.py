import asyncio
import time

import jwt
import pytest

from mentor_kit.auth.dev import DEV_AUDIENCE, DEV_ISSUER, DEV_PRIVATE_KEY, DEV_PUBLIC_KEY, mint_token
from mentor_kit.auth.tokens import InvalidToken, TokenVerifier


@pytest.fixture
def verifier() -> TokenVerifier:
    return TokenVerifier(issuer=DEV_ISSUER, audience=DEV_AUDIENCE, public_key_file=DEV_PUBLIC_KEY)


async def test_a_minted_token_gives_the_user_and_roles(verifier: TokenVerifier) -> None:
    user = await verifier.verify(mint_token("mentor-ivanova", ["mentor"], name="Елена"))
    assert user.id == "mentor-ivanova" and user.roles == {"mentor"} and user.name == "Елена"
    assert not user.is_moderator


async def test_keycloak_realm_roles_are_understood_and_unknown_roles_dropped(verifier: TokenVerifier) -> None:
    now = int(time.time())
    token = jwt.encode(
        {
            "sub": "u1",
            "iss": DEV_ISSUER,
            "aud": DEV_AUDIENCE,
            "iat": now,
            "exp": now + 60,
            "realm_access": {"roles": ["moderator", "offline_access"]},
        },
        DEV_PRIVATE_KEY.read_text(),
        algorithm="RS256",
    )
    assert (await verifier.verify(token)).roles == {"moderator"}


@pytest.mark.parametrize(
    "claims",
    [
        {"exp": -10},
        {"aud": "another-app"},
        {"iss": "https://evil.example"},
        {"sub": "u" * 129},
        {"sub": "anna@school.example"},
        {"sub": ""},
        {"sub": "<script>"},
        {"sub": 42},
    ],
    ids=[
        "expired",
        "wrong-audience",
        "wrong-issuer",
        "long-subject",
        "e-mail-subject",
        "empty-subject",
        "markup",
        "int",
    ],
)
async def test_bad_claims_are_refused(verifier: TokenVerifier, claims: dict) -> None:
    now = int(time.time())
    base = {"sub": "u1", "iss": DEV_ISSUER, "aud": DEV_AUDIENCE, "iat": now, "exp": now + 60, "roles": ["mentee"]}
    if "exp" in claims:
        claims = {"exp": now + claims["exp"] - 60}
    token = jwt.encode({**base, **claims}, DEV_PRIVATE_KEY.read_text(), algorithm="RS256")
    with pytest.raises(InvalidToken):
        await verifier.verify(token)


async def test_algorithm_confusion_and_unsigned_tokens_are_refused(verifier: TokenVerifier) -> None:
    now = int(time.time())
    claims = {"sub": "u1", "iss": DEV_ISSUER, "aud": DEV_AUDIENCE, "iat": now, "exp": now + 60}
    unsigned = jwt.encode(claims, None, algorithm="none")
    with pytest.raises(InvalidToken):
        await verifier.verify(unsigned)
    import base64
    import hashlib
    import hmac
    import json

    def b64(data: bytes) -> str:
        return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

    header = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = b64(json.dumps(claims).encode())
    signature = hmac.new(DEV_PUBLIC_KEY.read_bytes(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    with pytest.raises(InvalidToken):  # HS256 signed with the public key as the secret
        await verifier.verify(f"{header}.{payload}.{b64(signature)}")


def test_unknown_roles_cannot_be_minted() -> None:
    with pytest.raises(ValueError):
        mint_token("u", ["superuser"])


def _token(exp_in: float, sub: str = "u1") -> str:
    now = time.time()
    claims = {"sub": sub, "iss": DEV_ISSUER, "aud": DEV_AUDIENCE, "iat": int(now), "exp": now + exp_in}
    return jwt.encode({**claims, "roles": ["mentee"]}, DEV_PRIVATE_KEY.read_text(), algorithm="RS256")


async def test_a_remembered_token_is_refused_once_it_expires() -> None:
    verifier = TokenVerifier(issuer=DEV_ISSUER, audience=DEV_AUDIENCE, public_key_file=DEV_PUBLIC_KEY, leeway=0)
    token = _token(exp_in=1.0)
    assert (await verifier.verify(token)).id == "u1"
    assert (await verifier.verify(token)).id == "u1"  # from memory
    await asyncio.sleep(max(0.0, jwt.decode(token, options={"verify_signature": False})["exp"] - time.time()) + 0.05)
    with pytest.raises(InvalidToken):
        await verifier.verify(token)


async def test_a_token_differing_from_a_remembered_one_is_verified_afresh(verifier: TokenVerifier) -> None:
    token = _token(exp_in=60)
    await verifier.verify(token)
    header, payload, signature = token.split(".")
    forged_payload = payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB")
    for forged in (f"{header}.{forged_payload}.{signature}", token + "x", token[:-1]):
        with pytest.raises(InvalidToken):
            await verifier.verify(forged)


async def test_remembered_tokens_are_bounded_and_kept_no_longer_than_remember() -> None:
    verifier = TokenVerifier(
        issuer=DEV_ISSUER, audience=DEV_AUDIENCE, public_key_file=DEV_PUBLIC_KEY, remember=0, remembered_tokens=3
    )
    tokens = [_token(exp_in=60, sub=f"u{i}") for i in range(5)]
    for token in tokens:
        await verifier.verify(token)
    assert len(verifier._verified) == 3
    verify_calls = 0
    original = verifier._verify

    async def counting(token: str) -> tuple[object, float]:
        nonlocal verify_calls
        verify_calls += 1
        return await original(token)

    verifier._verify = counting  # type: ignore[method-assign]
    await verifier.verify(tokens[-1])  # remember=0: verified again
    assert verify_calls == 1
