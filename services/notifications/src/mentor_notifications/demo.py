"""Demo people for `make run`: the demo token users, as if each had signed in once (e-mail and language)."""

from mentor_kit.auth import User
from mentor_kit.auth.dev import DEMO_USERS
from mentor_kit.service import Service
from mentor_notifications.users.service import register


async def seed(service: Service) -> None:
    async with service.db.transaction() as session:
        for demo in DEMO_USERS:
            user = User(id=demo.id, roles=frozenset({demo.role}), name=demo.name, email=demo.email, locale=demo.locale)
            await register(session, user, at=service.context.clock())
