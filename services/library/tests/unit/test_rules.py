"""The item rules without a database: status changes, who may read and edit, what a reader may find."""

import uuid

import pytest

from mentor_kit.auth import User
from mentor_kit.clock import now
from mentor_library.items import rules
from mentor_library.items.models import Item, ItemStatus


def item(kind: str = "article", status: ItemStatus = "published", created_by: str = "mentor-1") -> Item:
    at = now()
    return Item(
        id=uuid.uuid4(),
        kind=kind,
        title="t",
        body="b",
        status=status,
        created_by=created_by,
        created_at=at,
        updated_at=at,
        version=1,
        indexed_version=0,
    )


@pytest.mark.parametrize(
    ("current", "target", "allowed"),
    [
        ("pending", "published", True),
        ("unpublished", "published", True),
        ("published", "published", False),
        ("pending", "rejected", True),
        ("published", "rejected", False),
        ("published", "unpublished", True),
        ("pending", "unpublished", False),
        ("rejected", "published", False),
    ],
)
def test_status_changes(current: ItemStatus, target: ItemStatus, allowed: bool) -> None:
    assert rules.may_change_status(current, target) is allowed


def test_readers_and_editors() -> None:
    mentor, other = User("mentor-1", frozenset({"mentor"})), User("mentor-2", frozenset({"mentor"}))
    moderator = User("moderator-1", frozenset({"moderator"}))
    assert rules.may_read(item(), None)
    assert not rules.may_read(item(kind="case"), None) and rules.may_read(item(kind="case"), other)
    assert rules.may_read(item(status="unpublished"), mentor) and not rules.may_read(item(status="unpublished"), other)
    assert rules.may_read(item(kind="case", status="pending"), moderator)
    assert rules.may_edit(item(), mentor) and not rules.may_edit(item(), other) and rules.may_edit(item(), moderator)
    assert not rules.may_edit(item(kind="case", created_by="mentor-1"), mentor)
    assert rules.visibility_for(None) == ("public",) and rules.visibility_for(other) == ("public", "registered")
