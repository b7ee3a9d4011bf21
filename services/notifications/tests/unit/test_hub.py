"""The hub wakes only the streams of the people concerned, and forgets people whose streams stopped watching."""

import asyncio

from mentor_notifications.hub import Hub


async def _woken(hub: Hub, user_id: str, timeout: float) -> bool:
    with hub.watching(user_id) as news:
        try:
            await asyncio.wait_for(news.wait(), timeout)
            return True
        except TimeoutError:
            return False


async def test_a_signal_wakes_only_the_streams_of_its_people() -> None:
    hub = Hub()
    anna_1 = asyncio.create_task(_woken(hub, "anna", 5))
    anna_2 = asyncio.create_task(_woken(hub, "anna", 5))
    bob = asyncio.create_task(_woken(hub, "bob", 0.3))
    await asyncio.sleep(0)
    hub.signal(["anna", "nobody-listening"])
    assert await anna_1 and await anna_2  # both of anna's streams
    assert await bob is False  # timed out: the signal was not for him
    assert hub.email_wakeup.is_set()
    assert hub._events == {} and hub._waiting == {}  # nothing kept for people who stopped watching


async def test_a_signal_between_reading_and_waiting_is_not_lost() -> None:
    hub = Hub()
    with hub.watching("anna") as news:
        hub.signal(["anna"])  # a commit lands after the stream read the database, before it waits
        await asyncio.wait_for(news.wait(), 0.1)
