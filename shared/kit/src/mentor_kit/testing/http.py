"""Serve an app over real HTTP for a test (what ASGITransport cannot do: a streaming response such as SSE)."""

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import uvicorn
from fastapi import FastAPI

from mentor_kit.search_server import free_port
from mentor_kit.testing.waiting import wait_for


@asynccontextmanager
async def served(app: FastAPI) -> AsyncIterator[str]:
    """Run `app` (lifespan included) under uvicorn on a free port; yields its base URL, stops it afterwards."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    serving = asyncio.create_task(server.serve())
    try:
        await wait_for(lambda: server.started or serving.done(), message="uvicorn started")
        if serving.done():
            serving.result()  # start-up failed: raise its error here
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await serving
