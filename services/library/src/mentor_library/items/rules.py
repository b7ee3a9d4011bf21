"""Who may see and change an item, and which status changes exist: plain rules, no I/O."""

from mentor_kit.auth import User
from mentor_library.items.models import Item, ItemStatus

# target status -> the statuses it may be reached from
STATUS_CHANGES: dict[ItemStatus, frozenset[ItemStatus]] = {
    "published": frozenset({"pending", "unpublished"}),  # a moderator approves, or re-publishes
    "rejected": frozenset({"pending"}),
    "unpublished": frozenset({"published"}),
}


def may_change_status(current: ItemStatus, target: ItemStatus) -> bool:
    return current in STATUS_CHANGES[target]


def may_read(item: Item, user: User | None) -> bool:
    if user is not None and user.is_moderator:
        return True
    if item.status != "published":
        return user is not None and item.created_by == user.id and item.kind != "case"
    return item.visibility == "public" or user is not None


def may_edit(item: Item, user: User) -> bool:
    return user.is_moderator or (item.created_by == user.id and item.kind != "case")


def visibility_for(user: User | None) -> tuple[str, ...]:
    """Which documents of the index a reader may find: case items need a login."""
    return ("public", "registered") if user is not None else ("public",)
