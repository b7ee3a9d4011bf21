"""The HTTP server every `mentor` process runs its app under."""

from typing import Any

KEEP_ALIVE_SECONDS = 75


def run_server(
    app: Any, host: str, port: int, *, graceful_seconds: int | None = None, trusted_proxies: str = "127.0.0.1"
) -> None:
    """uvicorn on uvloop and httptools (C), not asyncio's loop and h11 (pure Python): less server CPU per request,
    measured by bench/read_overhead.py, which runs its bare baseline under this same server.

    uvicorn handles SIGTERM (the container's stop signal) itself: it stops accepting, lets requests in flight finish
    (up to `graceful_seconds`), then runs the app's shutdown, which stops consumers and workers between steps.
    The client address and scheme come from X-Forwarded-For/-Proto only when the peer is one of `trusted_proxies`."""
    import uvicorn

    uvicorn.run(
        app,
        host=host,
        port=port,
        loop="uvloop",
        http="httptools",
        log_level="warning",
        timeout_graceful_shutdown=graceful_seconds,
        # Longer than any client's or proxy's idle keep-alive (httpx 5 s, NGINX upstream 60 s): with uvicorn's 5 s
        # default, a connection the server closes just as the client reuses it fails the request (seen as
        # ReadErrors in bench/soak.py: 11 of 53 journeys at 50 people).
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
        proxy_headers=True,
        forwarded_allow_ips=trusted_proxies,
    )
