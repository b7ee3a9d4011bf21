from mentor_kit.web.app import ReadinessCheck, create_app
from mentor_kit.web.pages import Page, PageParams, Paging
from mentor_kit.web.problems import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    ProblemError,
    Responses,
    TooManyRequests,
    Unauthorized,
    problem_responses,
)

__all__ = [
    "Conflict",
    "Forbidden",
    "Invalid",
    "NotFound",
    "Page",
    "PageParams",
    "Paging",
    "ProblemError",
    "ReadinessCheck",
    "Responses",
    "TooManyRequests",
    "Unauthorized",
    "create_app",
    "problem_responses",
]
