"""The API is documented: every route in the OpenAPI document, with examples and problem responses."""

from mentor_cases.bootstrap import create_service
from mentor_cases.settings import CasesSettings
from mentor_kit.auth.dev import DEV_PUBLIC_KEY


def test_openapi_documents_every_endpoint_with_examples() -> None:
    service = create_service(
        CasesSettings(database_url="sqlite+aiosqlite:///:memory:", jwt_public_key_file=DEV_PUBLIC_KEY)
    )
    document = service.app.openapi()
    paths = document["paths"]
    for path in (
        "/cases",
        "/cases/{case_id}",
        "/cases/{case_id}/questions",
        "/cases/{case_id}/revisions",
        "/cases/{case_id}/solution",
        "/cases/{case_id}/second-opinion",
        "/cases/{case_id}/complete",
        "/cases/{case_id}/colleagues",
        "/cases/{case_id}/opinions",
        "/cases/{case_id}/forum",
        "/cases/{case_id}/suggestions",
        "/cases/{case_id}/history",
        "/question-bank",
        "/profile",
        "/stats/cases",
        "/healthz",
        "/readyz",
    ):
        assert path in paths, path
    create = document["components"]["schemas"]["CaseCreate"]
    assert create["examples"][0]["rubrics"] == ["parent_interaction", "professional_ethics"]
    assert "404" in paths["/cases/{case_id}"]["get"]["responses"]
    assert "409" in paths["/cases/{case_id}/withdraw"]["post"]["responses"]
