"""FastAPI dependencies: `CurrentUser` (401 without a valid token), `OptionalUser`, `require_roles(...)`."""

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from mentor_kit.auth.tokens import InvalidToken, TokenVerifier, User
from mentor_kit.web.problems import Forbidden, Unauthorized

_bearer = HTTPBearer(auto_error=False, description="JWT from the university identity provider")


def _verifier(request: Request) -> TokenVerifier:
    verifier: TokenVerifier = request.app.state.token_verifier
    return verifier


async def optional_user(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> User | None:
    if credentials is None:
        return None
    try:
        return await _verifier(request).verify(credentials.credentials)
    except InvalidToken as exc:
        raise Unauthorized(f"invalid token: {exc}") from exc


async def current_user(user: Annotated[User | None, Depends(optional_user)]) -> User:
    if user is None:
        raise Unauthorized("a bearer token is required")
    return user


OptionalUser = Annotated[User | None, Depends(optional_user)]
CurrentUser = Annotated[User, Depends(current_user)]


def require_roles(*roles: str) -> Callable[[User], Awaitable[User]]:
    """`Depends(require_roles("moderator"))`: 403 unless the caller has one of the roles."""

    async def check(user: CurrentUser) -> User:
        if not user.has(*roles):
            raise Forbidden(f"requires one of the roles: {', '.join(roles)}")
        return user

    return check
