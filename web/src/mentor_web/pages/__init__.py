"""The pages, one module per area, each with its own `router`; a new area is a module here plus its line below and
its templates under `templates/<area>/`."""

from fastapi import APIRouter

from mentor_web.pages import (
    auth,
    cases,
    events,
    forum,
    home,
    library,
    mentee,
    mentor_profile,
    mentoring,
    mentors,
    moderation,
    notifications,
)

ROUTERS: list[APIRouter] = [
    home.router,
    auth.router,
    mentors.router,
    library.router,
    forum.router,
    events.router,
    cases.router,
    moderation.router,
    mentor_profile.router,
    mentoring.router,
    mentee.router,
    notifications.router,
]
