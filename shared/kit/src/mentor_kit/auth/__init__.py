from mentor_kit.auth.dependencies import CurrentUser, OptionalUser, require_roles
from mentor_kit.auth.tokens import ROLES, Role, TokenVerifier, User

__all__ = ["ROLES", "CurrentUser", "OptionalUser", "Role", "TokenVerifier", "User", "require_roles"]
