"""One httpx client for the web process; each request binds it to the signed-in person's token (`BoundApi`).

Paths are the gateway's: `/api/<service>/...`. A JSON answer comes back as plain data (dicts and lists, as the
services' OpenAPI documents describe them); an error answer raises `ApiError` with its problem+json body; a 401 for
a signed-in person raises `SignInRequired` (their token expired: the app signs them out and asks again).
"""

from typing import Any

import httpx

Params = dict[str, Any] | list[tuple[str, Any]] | None


class ApiError(Exception):
    def __init__(self, status: int, problem: dict[str, Any]) -> None:
        super().__init__(f"{status}: {problem.get('detail') or problem.get('title')}")
        self.status = status
        self.problem = problem


class SignInRequired(Exception):
    """The API wants a signed-in person (401): none is signed in, or their token expired."""


class ApiClient:
    def __init__(self, base_url: str, *, timeout: float = 15.0, transport: httpx.AsyncBaseTransport | None = None):
        self.http = httpx.AsyncClient(base_url=base_url.rstrip("/"), timeout=timeout, transport=transport)

    async def close(self) -> None:
        await self.http.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        token: str = "",
        language: str = "",
        client_address: str = "",
        params: Params = None,
        json: Any = None,
    ) -> httpx.Response:
        headers = {"Accept": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if language:
            headers["Accept-Language"] = language
        if client_address:  # the services' per-address limits count visitors, not this web process
            headers["X-Forwarded-For"] = client_address
        return await self.http.request(method, path, params=_clean(params), json=json, headers=headers)


def _clean(params: Params) -> Params:
    """Leave out empty query values (an empty search box is no filter)."""
    if isinstance(params, dict):
        return {k: v for k, v in params.items() if v not in (None, "", [])}
    if isinstance(params, list):
        return [(k, v) for k, v in params if v not in (None, "")]
    return None


class BoundApi:
    """The API as one person calls it (their token, their language): what a page handler uses."""

    def __init__(self, client: ApiClient, token: str = "", language: str = "", client_address: str = "") -> None:
        self.client = client
        self.token = token
        self.language = language
        self.client_address = client_address

    @property
    def signed_in(self) -> bool:
        return bool(self.token)

    async def call(self, method: str, path: str, *, params: Params = None, json: Any = None) -> Any:
        response = await self.client.request(
            method,
            path,
            token=self.token,
            language=self.language,
            client_address=self.client_address,
            params=params,
            json=json,
        )
        if response.status_code == 401:
            raise SignInRequired
        if response.status_code >= 400:
            try:
                problem = response.json()
            except ValueError:
                problem = {"title": response.reason_phrase, "status": response.status_code}
            raise ApiError(response.status_code, problem if isinstance(problem, dict) else {})
        if response.status_code == 204 or not response.content:
            return None
        return response.json()

    async def get(self, path: str, *, params: Params = None) -> Any:
        return await self.call("GET", path, params=params)

    async def post(self, path: str, json: Any = None) -> Any:
        return await self.call("POST", path, json=json)

    async def put(self, path: str, json: Any = None) -> Any:
        return await self.call("PUT", path, json=json)

    async def patch(self, path: str, json: Any = None) -> Any:
        return await self.call("PATCH", path, json=json)

    async def delete(self, path: str) -> Any:
        return await self.call("DELETE", path)
