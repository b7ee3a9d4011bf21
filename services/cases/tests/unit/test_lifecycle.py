import pytest

from mentor_cases.domain.lifecycle import (
    TRANSITIONS,
    Action,
    ForbiddenTransition,
    Status,
    allowed_actions,
    check_revision,
    check_second_opinion,
    next_status,
)


def walk(*actions: Action, start: Status = Status.DRAFT) -> Status:
    status = start
    for action in actions:
        status = next_status(status, action)
    return status


def test_the_happy_path_ends_completed() -> None:
    assert (
        walk(
            Action.SUBMIT,
            Action.RECEIVE_OFFERS,
            Action.SELECT_MENTOR,
            Action.ACCEPT,
            Action.ASK_QUESTION,
            Action.ANSWER,
            Action.REVISE,
            Action.PROPOSE_SOLUTION,
            Action.COMPLETE,
        )
        == Status.COMPLETED
    )


def test_a_decline_or_an_expiry_starts_the_next_round() -> None:
    selected = walk(Action.SUBMIT, Action.RECEIVE_OFFERS, Action.SELECT_MENTOR)
    for action in (Action.DECLINE, Action.EXPIRE):
        again = next_status(selected, action)
        assert again == Status.SUBMITTED
        assert next_status(again, Action.RECEIVE_OFFERS) == Status.OFFERS_READY


def test_second_opinion_goes_through_offers_again() -> None:
    proposed = walk(Action.SUBMIT, Action.RECEIVE_OFFERS, Action.SELECT_MENTOR, Action.ACCEPT, Action.PROPOSE_SOLUTION)
    assert (
        walk(
            Action.REQUEST_SECOND_OPINION,
            Action.RECEIVE_OFFERS,
            Action.SELECT_MENTOR,
            Action.ACCEPT,
            Action.PROPOSE_SOLUTION,
            Action.COMPLETE,
            start=proposed,
        )
        == Status.COMPLETED
    )


@pytest.mark.parametrize("status", [s for s in Status if s not in (Status.COMPLETED, Status.WITHDRAWN)])
def test_the_author_may_withdraw_before_completion(status: Status) -> None:
    assert next_status(status, Action.WITHDRAW) == Status.WITHDRAWN


@pytest.mark.parametrize("status", [Status.COMPLETED, Status.WITHDRAWN])
def test_finished_cases_accept_nothing_but_forum_sharing(status: Status) -> None:
    assert set(allowed_actions(status)) <= {Action.SHARE_TO_FORUM}
    with pytest.raises(ForbiddenTransition, match="cannot withdraw: the case is"):
        next_status(status, Action.WITHDRAW)


def test_every_pair_outside_the_table_is_forbidden() -> None:
    for status in Status:
        for action in Action:
            if (status, action) in TRANSITIONS:
                assert next_status(status, action) in Status
            else:
                with pytest.raises(ForbiddenTransition):
                    next_status(status, action)


def test_no_question_before_acceptance_and_no_solution_twice() -> None:
    with pytest.raises(ForbiddenTransition, match="cannot ask question: the case is mentor selected"):
        next_status(Status.MENTOR_SELECTED, Action.ASK_QUESTION)
    with pytest.raises(ForbiddenTransition):
        next_status(Status.SOLUTION_PROPOSED, Action.PROPOSE_SOLUTION)


def test_three_versions_at_most_and_one_second_opinion() -> None:
    check_revision(1)
    check_revision(2)
    with pytest.raises(ForbiddenTransition, match="at most 3 versions"):
        check_revision(3)
    check_second_opinion(False)
    with pytest.raises(ForbiddenTransition, match="once per case"):
        check_second_opinion(True)
