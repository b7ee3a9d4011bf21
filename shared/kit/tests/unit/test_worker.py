"""PollingWorker: works again at once while there is work, wakes on its event, and stops between steps."""

import asyncio

from mentor_kit.worker import PollingWorker


class Steps(PollingWorker):
    def __init__(self, work: list[int], step_seconds: float = 0.0) -> None:
        super().__init__(poll_seconds=60)
        self.work, self.step_seconds = work, step_seconds
        self.started, self.finished = 0, 0

    async def tick(self) -> int:
        if not self.work:
            return 0
        self.started += 1
        await asyncio.sleep(self.step_seconds)  # a step that takes a while (an SMTP send, a transaction)
        self.work.pop()
        self.finished += 1
        return 1


async def test_it_keeps_going_while_there_is_work_and_wakes_on_its_event() -> None:
    worker = Steps([1, 2, 3])
    await worker.start()
    await asyncio.sleep(0.05)
    assert worker.finished == 3  # no 60 s poll between steps that found work
    worker.work.append(4)
    worker.wakeup.set()
    await asyncio.sleep(0.05)
    assert worker.finished == 4
    await worker.stop()


async def test_stop_lets_the_step_in_progress_finish() -> None:
    worker = Steps([1, 2, 3], step_seconds=0.2)
    await worker.start()
    await asyncio.sleep(0.05)  # the first step is under way
    await worker.stop()
    assert worker.started == worker.finished == 1  # finished, and no new step begun


async def test_a_step_that_overruns_the_stop_timeout_is_cancelled() -> None:
    worker = Steps([1], step_seconds=5)
    worker.stop_timeout = 0.1
    await worker.start()
    await asyncio.sleep(0.05)
    await worker.stop()
    assert worker.finished == 0
