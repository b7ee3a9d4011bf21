from mentor_kit.web.app import ReadinessCheck, create_app
from mentor_kit.web.problems import Conflict, Forbidden, NotFound, ProblemError, Unauthorized

__all__ = ["Conflict", "Forbidden", "NotFound", "ProblemError", "ReadinessCheck", "Unauthorized", "create_app"]
