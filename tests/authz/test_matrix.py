"""The authorization matrix (`matrix.py`) against the running platform: every operation of every service has a row,
and every cell answers as its row says, for each persona, on a real object in each scenario of its kind."""

from pathlib import Path

import pytest

from tests.api_properties.apps import SERVICES, openapi
from tests.authz.drive import drive, size_line
from tests.authz.matrix import DEPLOYMENTS, MATRIX, render, scenarios_on
from tests.authz.world import World

METHODS = ("get", "put", "post", "patch", "delete")


def test_every_operation_has_a_row_and_every_row_an_operation() -> None:
    operations = {
        f"{service} {method.upper()} {path}"
        for service in SERVICES
        for path, item in openapi(service)["paths"].items()
        for method in item
        if method in METHODS
    }
    assert sorted(operations - MATRIX.keys()) == [], "operations without a row in tests/authz/matrix.py"
    assert sorted(MATRIX.keys() - operations) == [], "rows of operations no service has"


CELLS = [
    pytest.param(deployment, key, id=f"{deployment}: {key}")
    for deployment in DEPLOYMENTS
    for key, row in MATRIX.items()
    if scenarios_on(row, deployment)
]


@pytest.mark.parametrize(("deployment", "key"), CELLS)
def test_cells(deployment: str, key: str, request: pytest.FixtureRequest) -> None:
    world: World = request.getfixturevalue(f"{deployment}_world")
    row = MATRIX[key]
    failures = drive(world, row, scenarios_on(row, deployment))
    assert not failures, f"{deployment}: {key}:\n" + "\n".join(failures)


def test_readme_table_is_the_matrix() -> None:
    """The README shows the table and the size as they are (regenerate: `python -m tests.authz.matrix`)."""
    readme = (Path(__file__).parent / "README.md").read_text()
    shown = readme.split("-->\n", 1)[1].split("<!-- /matrix -->", 1)[0]
    assert shown == render(), "tests/authz/README.md: paste the output of `.venv/bin/python -m tests.authz.matrix`"
    assert size_line() in readme, f"tests/authz/README.md: the size is now `{size_line()}`"
