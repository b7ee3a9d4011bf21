"""Regressions found by the property-based API run (tests/api_properties), kept as plain HTTP tests."""

from ..conftest import MENTEE, Library


async def test_a_search_page_beyond_the_result_window_is_invalid_not_a_server_error(library: Library) -> None:
    # Found: GET /search?q=&language=ru&year_from=1800&year_to=1800&sort=relevance&offset=9999&limit=20 answered
    # 500: the search server refuses `from + size` beyond its result window (10 000).
    params = {"q": "", "language": "ru", "year_from": 1800, "year_to": 1800, "offset": 9999, "limit": 20}
    response = await library.client.get("/search", params=params, headers=MENTEE)
    assert response.status_code == 422, response.text
    assert [error["field"] for error in response.json()["errors"]] == ["offset"]

    last_page = await library.client.get("/search", params={**params, "offset": 9980}, headers=MENTEE)
    assert last_page.status_code == 200, last_page.text
    assert last_page.json()["hits"] == []
