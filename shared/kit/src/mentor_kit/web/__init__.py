from mentor_kit.web.app import ReadinessCheck, create_app
from mentor_kit.web.problems import Conflict, Forbidden, Invalid, NotFound, ProblemError, Unauthorized

__all__ = [
    "Conflict",
    "Forbidden",
    "Invalid",
    "NotFound",
    "ProblemError",
    "ReadinessCheck",
    "Unauthorized",
    "create_app",
]
