"""The services' HTTP APIs, called through the gateway as a client (never their databases)."""

from mentor_web.api.client import ApiClient, ApiError, BoundApi, SignInRequired
from mentor_web.api.problems import FormErrors, form_errors

__all__ = ["ApiClient", "ApiError", "BoundApi", "FormErrors", "SignInRequired", "form_errors"]
