"""The forum's news reach the right people: the people the forum names, a shared case's author through the case
(never named by the forum), the moderators for flags; event times in the event's own time zone."""

import uuid
from datetime import UTC, datetime

import pytest

from mentor_contracts.events import (
    ForumAnswerAcceptedV1,
    ForumEventNoticeV1,
    ForumFlaggedV1,
    ForumMessageSentV1,
    ForumRepliedV1,
)
from mentor_kit.clock import now

from ..conftest import Notifications, submitted

pytestmark = pytest.mark.integration


async def test_forum_news_reach_the_named_people_and_a_case_author_through_the_case(
    notifications: Notifications,
) -> None:
    await notifications.sign_in("anna", "ivanova", "smith", "olga")
    case = submitted(author="anna")
    await notifications.publish(case)
    topic, shared_topic = uuid.uuid4(), uuid.uuid4()
    start = datetime(2026, 12, 5, 15, 0, tzinfo=UTC)
    events = [
        ForumRepliedV1(
            topic_id=topic,
            post_id=uuid.uuid4(),
            number=2,
            title="Родители пишут ночью",
            recipient_ids=["smith"],
            at=now(),
        ),
        # a colleague replies in the shared case's topic: the case's author hears of it, unnamed by the forum
        ForumRepliedV1(
            topic_id=shared_topic,
            post_id=uuid.uuid4(),
            number=2,
            title="Как объяснить критерии?",
            recipient_ids=["ivanova"],
            case_id=case.case_id,
            at=now(),
        ),
        # the author's own reply there: the mentor who watches hears of it, the author does not
        ForumRepliedV1(
            topic_id=shared_topic,
            post_id=uuid.uuid4(),
            number=3,
            title="Как объяснить критерии?",
            recipient_ids=["ivanova"],
            case_id=case.case_id,
            by_case_author=True,
            at=now(),
        ),
        ForumAnswerAcceptedV1(
            topic_id=topic, post_id=uuid.uuid4(), title="Родители пишут ночью", recipient_ids=["smith"], at=now()
        ),
        ForumMessageSentV1(
            conversation_id=uuid.uuid4(), message_id=uuid.uuid4(), title="Вопрос", recipient_ids=["ivanova"], at=now()
        ),
        ForumEventNoticeV1(
            event_id=uuid.uuid4(),
            notice="promoted",
            title="Вебинар",
            starts_at=start,
            timezone="Europe/Moscow",
            recipient_ids=["anna"],
            at=now(),
        ),
        ForumEventNoticeV1(
            event_id=uuid.uuid4(),
            notice="cancelled",
            title="Семинар",
            starts_at=start,
            timezone="Asia/Vladivostok",
            recipient_ids=["smith"],
            at=now(),
        ),
        ForumFlaggedV1(target="post", target_id=uuid.uuid4(), reason="spam", open_flags=3, hidden=True, at=now()),
    ]
    for event in events:
        await notifications.publish(event)

    anna = await notifications.wait_kinds("anna", "forum_reply", "event_promoted")
    smith = await notifications.wait_kinds("smith", "forum_reply", "forum_answer_accepted", "event_changed")
    ivanova = await notifications.wait_kinds("ivanova", "forum_reply", "forum_message")
    await notifications.wait_kinds("olga", "forum_flagged")
    assert sorted(anna) == ["event_promoted", "forum_reply"]  # not told of her own reply
    assert sorted(smith) == ["event_changed", "forum_answer_accepted", "forum_reply"]
    assert sorted(ivanova) == ["forum_message", "forum_reply", "forum_reply"]

    inbox = (await notifications.inbox("anna"))["items"]
    reply = next(n for n in inbox if n["kind"] == "forum_reply")
    assert reply["link"] == f"/forum/topics/{shared_topic}?post=2" and "Как объяснить критерии?" in reply["title"]
    assert reply["case_id"] is None  # a forum notification does not say which case a topic is
    promoted = next(n for n in inbox if n["kind"] == "event_promoted")
    assert "05.12.2026 18:00 (Europe/Moscow)" in promoted["body"]
    cancelled = next(n for n in (await notifications.inbox("smith"))["items"] if n["kind"] == "event_changed")
    assert "is cancelled" in cancelled["title"] and "06.12.2026 01:00 (Asia/Vladivostok)" in cancelled["body"]
    flagged = (await notifications.inbox("olga"))["items"][0]
    assert flagged["link"] == "/forum/moderation/flags" and "скрыто" in flagged["title"]


async def test_a_reply_about_a_case_whose_copy_has_not_arrived_waits_for_it(notifications: Notifications) -> None:
    await notifications.sign_in("anna", "ivanova")
    case = submitted(author="anna")
    early = ForumRepliedV1(
        topic_id=uuid.uuid4(),
        post_id=uuid.uuid4(),
        number=2,
        title="Как объяснить критерии?",
        recipient_ids=["ivanova"],
        case_id=case.case_id,
        at=now(),
    )
    await notifications.publish(early)  # overtakes the case's internal copy: retried, not dropped for the author
    await notifications.publish(case)
    assert await notifications.wait_kinds("anna", "forum_reply") == ["forum_reply"]
    assert await notifications.wait_kinds("ivanova", "forum_reply") == ["forum_reply"]  # told once, with her
