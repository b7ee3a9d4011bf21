"""The funnel's `in_library` counts the cases the library actually shows, learnt from its events
(`library.item_published.v1` / `item_unpublished.v1` through the real broker and consumer), not the cases
merely completed with consent to publish."""

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from mentor_cases.db import messaging
from mentor_contracts.events import Event, ItemPublishedV1, ItemUnpublishedV1
from mentor_kit.clock import now
from mentor_kit.testing import wait_for
from mentor_kit.testing.events import publish_as

from ..conftest import MENTEE, MODERATOR, Platform, mentor
from .test_mentoring_api import accepted_case

pytestmark = pytest.mark.integration


async def in_library(platform: Platform) -> int:
    stats = (await platform.client.get("/stats/cases", headers=MODERATOR)).json()
    return int(stats["funnel"]["in_library"])


async def play_library(platform: Platform, *events: Event) -> None:
    """Publish as the library, and wait until the consumer has handled each event (its inbox row)."""
    ids = {await publish_as(platform.broker, event, source="/services/library") for event in events}

    async def handled() -> bool:
        async with platform.service.db.transaction() as session:
            found = await session.execute(
                select(messaging.inbox.c.message_id).where(messaging.inbox.c.message_id.in_(ids))
            )
            return set(found.scalars()) == ids

    await wait_for(handled, message="the library's events handled")


async def test_a_case_is_in_the_library_only_while_the_library_publishes_it(platform: Platform) -> None:
    case_id = await accepted_case(platform, consent_publish=True)
    await platform.client.post(f"/cases/{case_id}/solution", headers=mentor("mentor-a"), json={"text": "Решение"})
    done = await platform.client.post(f"/cases/{case_id}/complete", headers=MENTEE, json={"useful": True, "rating": 5})
    assert done.json()["status"] == "completed" and done.json()["consent_publish"] is True
    assert await in_library(platform) == 0  # consent alone: sent for review, not published

    case = uuid.UUID(case_id)
    item = uuid.uuid4()
    # Handled (their inbox rows are there) and ignored: another kind of item naming the case, an unknown case.
    await play_library(
        platform,
        ItemPublishedV1(item_id=uuid.uuid4(), kind="article", source_case_id=case, at=now()),
        ItemPublishedV1(item_id=uuid.uuid4(), kind="case", source_case_id=uuid.uuid4(), at=now()),
    )
    assert await in_library(platform) == 0

    published = ItemPublishedV1(item_id=item, kind="case", source_case_id=case, at=now())
    await play_library(platform, published)
    assert await in_library(platform) == 1
    await play_library(platform, published)  # the library says it again: still one case
    assert await in_library(platform) == 1

    # Another item leaving the library (even one naming this case) leaves this case where it is.
    await play_library(platform, ItemUnpublishedV1(item_id=uuid.uuid4(), kind="case", source_case_id=case, at=now()))
    assert await in_library(platform) == 1

    await play_library(platform, ItemUnpublishedV1(item_id=item, kind="case", source_case_id=case, at=now()))
    assert await in_library(platform) == 0


async def test_an_older_library_event_arriving_late_does_not_undo_a_newer_one(platform: Platform) -> None:
    """Retries reorder events: a publication redelivered after the withdrawal that followed it changes nothing."""
    case = uuid.UUID(await accepted_case(platform, consent_publish=True))
    item, at = uuid.uuid4(), now()
    published = ItemPublishedV1(item_id=item, kind="case", source_case_id=case, at=at)
    await play_library(platform, published)
    assert await in_library(platform) == 1  # positive control: this publication does count
    await play_library(
        platform, ItemUnpublishedV1(item_id=item, kind="case", source_case_id=case, at=at + timedelta(1))
    )
    assert await in_library(platform) == 0
    late = ItemPublishedV1(item_id=item, kind="case", source_case_id=case, at=at + timedelta(seconds=1))
    await play_library(platform, late)  # a new id: not an inbox duplicate, an older fact arriving late
    assert await in_library(platform) == 0
    newer = ItemPublishedV1(item_id=item, kind="case", source_case_id=case, at=at + timedelta(days=2))
    await play_library(platform, newer)  # published again afterwards: counts again
    assert await in_library(platform) == 1
