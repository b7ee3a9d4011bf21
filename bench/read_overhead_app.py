"""One server of `bench/read_overhead.py`, built from environment variables and run under uvicorn in its own
process (as `mentor serve` runs a service: uvloop, httptools, JSON logs to stdout).

BENCH_APP=bare      a bare FastAPI app: `GET /healthz` and `GET /mentors/{id}` return fixed JSON
                    (BENCH_HEALTH_JSON, BENCH_CARD_JSON: what the real endpoints return)
BENCH_APP=matching  the real matching service on PostgreSQL (BENCH_DATABASE_URL), broker `memory://`, wired as
                    its bootstrap wires it, plus `/before/mentors…`: its two public reads as they were before
                    (`DbSession`, ORM objects), measured beside the real ones
BENCH_PORT          the port on 127.0.0.1
"""

import json
import os
from typing import Any

from fastapi import APIRouter, FastAPI

from mentor_gateway.cli import run_server
from mentor_kit.auth.dev import DEV_PUBLIC_KEY
from mentor_kit.logging import configure_logging


def bare_app() -> FastAPI:
    health: dict[str, Any] = json.loads(os.environ["BENCH_HEALTH_JSON"])
    card: dict[str, Any] = json.loads(os.environ["BENCH_CARD_JSON"])
    app = FastAPI()

    @app.get("/healthz")
    async def healthz() -> dict[str, Any]:
        return health

    @app.get("/mentors/{mentor_id}")
    async def mentor(mentor_id: str) -> dict[str, Any]:
        return card

    return app


def before_router() -> APIRouter:
    """`GET /mentors/{id}` and `GET /mentors` as they were before this bench's changes: the request transaction
    (`DbSession`) and ORM objects, so the gain is measured side by side in the same run."""
    from sqlalchemy.ext.asyncio import AsyncSession

    from mentor_kit.web import NotFound, Page, Paging
    from mentor_kit.web.deps import DbSession
    from mentor_matching.mentors import repository
    from mentor_matching.mentors.models import Mentor
    from mentor_matching.mentors.schemas import MentorRead

    router = APIRouter(prefix="/before/mentors")

    @router.get("")
    async def list_mentors(session: DbSession, paging: Paging, rubric: str | None = None) -> Page[MentorRead]:
        mentors, total = await repository.active_page(session, paging, rubric)
        return Page(
            items=[MentorRead.model_validate(m) for m in mentors], total=total, limit=paging.limit, offset=paging.offset
        )

    async def card(session: AsyncSession, mentor_id: str) -> Mentor:
        mentor = await session.get(Mentor, mentor_id)
        if mentor is None or not mentor.active:
            raise NotFound("no such mentor")
        return mentor

    @router.get("/{mentor_id}")
    async def public_card(mentor_id: str, session: DbSession) -> MentorRead:
        return MentorRead.model_validate(await card(session, mentor_id))

    return router


def matching_app() -> FastAPI:
    from mentor_kit.service import build_service
    from mentor_matching.bootstrap import migrate
    from mentor_matching.db import messaging, metadata
    from mentor_matching.handlers import HANDLERS
    from mentor_matching.mentors.api import router as mentors_router
    from mentor_matching.offers.api import router as offers_router
    from mentor_matching.offers.deadlines import DeadlineWorker
    from mentor_matching.settings import MatchingSettings

    settings = MatchingSettings(
        database_url=os.environ["BENCH_DATABASE_URL"], broker_url="memory://", jwt_public_key_file=DEV_PUBLIC_KEY
    )
    service = build_service(  # as mentor_matching.bootstrap.create_service, plus the endpoints as they were
        settings,
        tables=messaging,
        metadata=metadata,
        routers=[before_router(), mentors_router, offers_router],
        handlers=HANDLERS,
        workers=lambda ctx: [DeadlineWorker(ctx)],
        prepare=migrate,
    )
    configure_logging(settings.log_level, json=settings.log_json)
    return service.app


def main() -> None:
    app = bare_app() if os.environ["BENCH_APP"] == "bare" else matching_app()
    run_server(app, "127.0.0.1", int(os.environ["BENCH_PORT"]))  # as `mentor serve` runs a service


if __name__ == "__main__":
    main()
