"""One server of `bench/read_overhead.py`, built from environment variables and run under uvicorn in its own
process (as `mentor serve` runs a service: uvloop, httptools, JSON logs to stdout).

BENCH_APP=bare      a bare FastAPI app: `GET /healthz` and `GET /mentors/{id}` return fixed JSON
                    (BENCH_HEALTH_JSON, BENCH_CARD_JSON: what the real endpoints return)
BENCH_APP=matching  the real matching service on PostgreSQL (BENCH_DATABASE_URL), broker `memory://`, wired as
                    its bootstrap wires it, plus `/read-session/mentors…`: its two public reads with the kit's
                    `ReadSession` instead of `DbSession` (the service-side change this bench measures)
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


def read_session_router() -> APIRouter:
    """`GET /mentors/{id}` and `GET /mentors` of matching's `mentors/api.py`, word for word but `ReadSession`."""
    from sqlalchemy import bindparam, select

    from mentor_kit.web import NotFound, Page, Paging
    from mentor_kit.web.deps import ReadSession
    from mentor_matching.mentors import service
    from mentor_matching.mentors.models import Mentor
    from mentor_matching.mentors.schemas import MentorRead

    router = APIRouter(prefix="/read-session/mentors")

    @router.get("")
    async def list_mentors(session: ReadSession, paging: Paging, rubric: str | None = None) -> Page[MentorRead]:
        mentors, total = await service.public_cards(session, paging, rubric)
        return Page(
            items=[MentorRead.model_validate(m) for m in mentors], total=total, limit=paging.limit, offset=paging.offset
        )

    @router.get("/{mentor_id}")
    async def public_card(mentor_id: str, session: ReadSession) -> MentorRead:
        return MentorRead.model_validate(await service.public_card(session, mentor_id))

    card_columns = [Mentor.__table__.c[name] for name in MentorRead.model_fields]
    card_statement = select(*card_columns).where(Mentor.id == bindparam("mentor_id"), Mentor.active)

    @router.get("/{mentor_id}/core")
    async def public_card_row(mentor_id: str, session: ReadSession) -> MentorRead:
        """What a repository function `public_card_row(session, id)` would do: one Core SELECT of the card's
        columns, no ORM object (the change proposed beside `ReadSession`)."""
        row = (await session.execute(card_statement, {"mentor_id": mentor_id})).first()
        if row is None:
            raise NotFound("no such mentor")
        return MentorRead.model_validate(row)

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
    service = build_service(  # as mentor_matching.bootstrap.create_service, plus the ReadSession variants
        settings,
        tables=messaging,
        metadata=metadata,
        routers=[read_session_router(), mentors_router, offers_router],
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
