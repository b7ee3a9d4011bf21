"""The `mentor` command: the embedded platform, plug-in services, demo tokens."""

import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from fastapi import APIRouter

from mentor_gateway.cli import main
from mentor_gateway.dev import SearchServer, banner, build_platform
from mentor_kit.auth.dev import DEV_AUDIENCE, DEV_ISSUER, DEV_PUBLIC_KEY
from mentor_kit.auth.tokens import TokenVerifier
from mentor_kit.db import naming_metadata
from mentor_kit.embedded import EmbeddedContext, ServicePlugin
from mentor_kit.messaging import messaging_tables
from mentor_kit.search_server import free_port
from mentor_kit.service import Service, build_service
from mentor_kit.settings import ServiceSettings

metadata = naming_metadata()
tables = messaging_tables(metadata)
echo = APIRouter()
seeded: list[str] = []


@echo.get("/hello")
async def hello() -> dict[str, str]:
    return {"hello": "world"}


def build_echo(context: EmbeddedContext) -> Service:
    settings = ServiceSettings(
        service_name="echo",
        database_url=f"sqlite+aiosqlite:///{context.data_dir}/echo.db",
        jwt_public_key_file=context.jwt_public_key_file,
    )
    return build_service(settings, tables=tables, metadata=metadata, routers=[echo], broker=context.broker)


async def seed(service: Service) -> None:
    seeded.append(service.settings.service_name)


@pytest.fixture(scope="module")
def search(tmp_path_factory: pytest.TempPathFactory):
    server = SearchServer(tmp_path_factory.mktemp("search"))
    server.start()
    yield server
    server.stop()


async def test_platform_mounts_plugged_services_and_serves_health(tmp_path: Path, search: SearchServer) -> None:
    app = build_platform(tmp_path, search, [ServicePlugin("echo", build_echo, seed)])
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:
            assert (await client.get("/healthz")).json()["status"] == "ok"
            ready = await client.get("/readyz")
            assert ready.status_code == 200, ready.text
            assert ready.json()["checks"] == {"search": True, "broker": True, "echo.database": True}
            assert (await client.get("/api/echo/hello")).json() == {"hello": "world"}
            assert (await client.get("/api/echo/readyz")).status_code == 200
            assert (await client.get("/")).json()["services"] == {"echo": "/api/echo/docs"}
            assert (await client.get("/events")).json() == []
    assert seeded == ["echo"]
    assert (tmp_path / "echo.db").exists()


async def test_banner_prints_urls_and_working_demo_tokens() -> None:
    text = banner("http://127.0.0.1:8000", "http://127.0.0.1:9200", ["cases"])
    assert "http://127.0.0.1:8000/api/cases/docs" in text
    token = next(line.split()[-1] for line in text.splitlines() if line.strip().startswith("mentee-anna"))
    verifier = TokenVerifier(issuer=DEV_ISSUER, audience=DEV_AUDIENCE, public_key_file=DEV_PUBLIC_KEY)
    user = await verifier.verify(token)
    assert user.id == "mentee-anna" and user.roles == {"mentee"}


def test_token_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["token", "--sub", "someone", "--role", "mentor"]) == 0
    assert capsys.readouterr().out.count(".") == 2
    assert main(["token", "--user", "nobody"]) == 2


def test_mentor_dev_starts_answers_and_stops(tmp_path: Path) -> None:
    """What `make run` does, as a real process."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "mentor_gateway.cli", "dev", "--port", str(port), "--data-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("mentor dev did not become ready")
    finally:
        process.terminate()
        output, _ = process.communicate(timeout=30)
    assert "Demo tokens" in output and "moderator-olga" in output
    # uvicorn shuts down gracefully, then re-raises SIGTERM
    assert process.returncode in (0, -15), output
    assert "Traceback" not in output, output


async def test_embedded_cases_service_with_demo_data_and_public_event_log(tmp_path: Path, search: SearchServer) -> None:
    """The real cases plugin in the embedded run: demo cases seeded, their public events visible at /events."""
    from mentor_gateway.plugins import discover
    from mentor_kit.auth.dev import mint_token
    from mentor_kit.testing import wait_for

    plugins = [p for p in discover() if p.name == "cases"]
    assert plugins, "the cases service registers itself through the mentor.services entry point"
    app = build_platform(tmp_path, search, plugins)
    anna = {"Authorization": f"Bearer {mint_token('mentee-anna', ['mentee'])}"}
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:
            cases = (await client.get("/api/cases/cases", headers=anna)).json()
            assert cases["total"] == 2
            assert sorted(c["status"] for c in cases["items"]) == ["completed", "in_progress"]
            # read back from SQLite, every timestamp keeps its offset (RFC 3339), as fresh ones do
            case = (await client.get(f"/api/cases/cases/{cases['items'][0]['id']}", headers=anna)).json()
            history = (await client.get(f"/api/cases/cases/{case['id']}/history", headers=anna)).json()
            stamps = [case["created_at"], case["submitted_at"], *(r["created_at"] for r in case["revisions"])]
            stamps += [entry["at"] for entry in history]
            assert len(stamps) >= 4
            for stamp in stamps:
                assert datetime.fromisoformat(stamp).utcoffset() is not None, stamp

            async def published() -> list:
                return [
                    e for e in (await client.get("/events")).json() if e["type"] == "ru.mgpu.mentor.case.submitted.v1"
                ]

            events = await wait_for(published, message="public case events")
            assert all("author_id" not in e["data"] for e in events)


async def submit(client: httpx.AsyncClient, headers: dict[str, str], problem: str, question: str) -> str:
    """A mentee submits a case on parent interaction through the gateway; its id."""
    body = {"problem": problem, "question": question, "rubrics": ["parent_interaction"], "urgency": "need_advice"}
    created = await client.post("/api/cases/cases", headers=headers, json=body)
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def test_embedded_matching_offers_demo_mentors_to_a_new_case(tmp_path: Path, search: SearchServer) -> None:
    """cases + matching on the in-process bus: a new case gets ranked demo mentors within seconds."""
    from mentor_gateway.plugins import discover
    from mentor_kit.auth.dev import mint_token
    from mentor_kit.testing import wait_for

    app = build_platform(tmp_path, search, [p for p in discover() if p.name in ("cases", "matching")])
    pavel = {"Authorization": f"Bearer {mint_token('mentee-pavel', ['mentee'])}"}
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:
            assert (await client.get("/api/matching/mentors")).json()["total"] == 12
            case_id = await submit(
                client, pavel, "Родители не отвечают на приглашения в школу.", "Как наладить контакт?"
            )

            async def offers() -> list:
                return (await client.get(f"/api/cases/cases/{case_id}/offers", headers=pavel)).json()

            offered = await wait_for(offers, message="offers from matching")
            assert {o["mentor_id"] for o in offered} <= {"mentor-ivanova", "mentor-pavlova"}
            assert offered[0]["explanation"].startswith("matches 1 of 1 rubric")


async def test_embedded_platform_answers_a_new_case_with_library_suggestions(
    tmp_path: Path, search: SearchServer
) -> None:
    """cases + matching + library on the in-process bus and noida-db: the first automatic response."""
    from mentor_gateway.plugins import discover
    from mentor_kit.auth.dev import mint_token
    from mentor_kit.testing import wait_for

    app = build_platform(tmp_path, search, discover())
    pavel = {"Authorization": f"Bearer {mint_token('mentee-pavel', ['mentee'])}"}
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:

            async def indexed() -> bool:  # all 36 demo materials, or suggestions come from a partial index
                return (await client.get("/api/library/search?limit=100")).json()["total"] == 36

            await wait_for(indexed, timeout=60, interval=0.5, message="demo materials indexed")
            case_id = await submit(
                client,
                pavel,
                "Родители учеников пишут в мессенджер поздно вечером, я не знаю, как выстроить границы.",
                "Как договориться с родителями о времени общения?",
            )

            async def suggested() -> list:
                return (await client.get(f"/api/cases/cases/{case_id}/suggestions", headers=pavel)).json()

            suggestions = await wait_for(suggested, timeout=30, interval=0.2, message="the first automatic response")
            assert any("родител" in s["title"].lower() or "parents" in s["title"].lower() for s in suggestions)
            assert (await client.get("/api/library/search?limit=100")).json()["total"] == 36

            # The notifications service told the author, in the app and by e-mail into the local mail folder.
            async def told() -> bool:
                inbox = (await client.get("/api/notifications/notifications", headers=pavel)).json()
                return {"offers_ready", "suggestions_ready"} <= {n["kind"] for n in inbox["items"]}

            await wait_for(told, message="the author's inbox")

            def mailed_to_pavel() -> bool:
                return any("pavel.orlov@example.org" in p.read_text() for p in (tmp_path / "mail").glob("*.eml"))

            await wait_for(mailed_to_pavel, message="an e-mail to the author in the local mail folder")

            # No false "nobody took this case" alert for the demo cases: matching knows its mentors before them.
            olga = {"Authorization": f"Bearer {mint_token('moderator-olga', ['moderator'])}"}

            async def demo_case_offered() -> bool:  # matching handled the demo cases' submissions (a later signal)
                mine = (await client.get("/api/cases/cases?as=author", headers=pavel)).json()["items"]
                return any(c["status"] == "offers_ready" and c["round"] >= 1 for c in mine)

            await wait_for(demo_case_offered, message="the demo case waiting for offers got them from matching")
            alerts = (await client.get("/api/notifications/notifications?limit=100", headers=olga)).json()["items"]
            assert alerts and "case_unassigned" not in [n["kind"] for n in alerts], alerts  # non-empty: it could


async def test_embedded_forum_has_its_sections_demo_discussions_and_takes_a_reply(
    tmp_path: Path, search: SearchServer
) -> None:
    """The forum on SQLite as `make run` mounts it: seeded sections, demo discussions, a reply through the gateway."""
    from mentor_gateway.plugins import discover
    from mentor_kit.auth.dev import mint_token

    app = build_platform(tmp_path, search, [p for p in discover() if p.name == "forum"])
    anna = {"Authorization": f"Bearer {mint_token('mentee-anna', ['mentee'], name='Анна Смирнова')}"}
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://gw") as client:
            sections = (await client.get("/api/forum/sections")).json()
            assert sections[0]["id"] == "what-to-do" and sum(s["topics"] for s in sections) == 2
            topics = (await client.get("/api/forum/sections/class-and-parents/topics")).json()["items"]
            assert topics[0]["solved"] is True and topics[0]["replies"] == 2
            reply = await client.post(f"/api/forum/topics/{topics[0]['id']}/posts", json={"body": "И я!"}, headers=anna)
            assert reply.status_code == 201 and reply.json()["number"] == 4
            shown = (await client.get(f"/api/forum/topics/{topics[0]['id']}")).json()
            assert [p["number"] for p in shown["posts"]] == [1, 2, 3, 4]
            for stamp in (reply.json()["created_at"], shown["last_post_at"], shown["posts"][3]["created_at"]):
                assert datetime.fromisoformat(stamp).utcoffset() is not None, stamp  # read back from SQLite too
            # the demo poll (results after voting: Anna voted, a visitor has not) and the demo conversation
            [poll] = (await client.get(f"/api/forum/topics/{topics[0]['id']}/polls", headers=anna)).json()
            assert poll["results"]["total_voters"] == 3 and poll["my_choices"]
            assert (await client.get(f"/api/forum/polls/{poll['id']}")).json()["results"] is None
            pavel = {"Authorization": f"Bearer {mint_token('mentee-pavel', ['mentee'], name='Павел Орлов')}"}
            [conversation] = (await client.get("/api/forum/conversations", headers=pavel)).json()["items"]
            assert conversation["unread"] == 1 and conversation["subject"].startswith("Материалы")
            [event] = (await client.get("/api/forum/events")).json()["items"]
            seen = (await client.get(f"/api/forum/events/{event['id']}", headers=pavel)).json()
            assert seen["counts"]["places_left"] == 0 and seen["counts"]["waitlisted"] == 1
            assert seen["me"]["status"] == "going"


def test_every_services_openapi_declares_problem_json_errors() -> None:
    from mentor_gateway.plugins import discover

    for plugin in discover():
        assert plugin.create is not None
        spec = plugin.create().app.openapi()
        operations = [op for path in spec["paths"].values() for op in path.values()]
        assert len(operations) > 3, plugin.name
        for op in operations:
            assert "application/problem+json" in op["responses"]["422"]["content"], (plugin.name, op["summary"])
        assert "HTTPValidationError" not in str(spec), plugin.name
