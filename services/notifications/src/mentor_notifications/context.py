"""What the handlers, workers and endpoints of the service are given: the kit's context plus the hub."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends

from mentor_kit.context import ServiceContext
from mentor_kit.web.deps import service_context
from mentor_notifications.hub import Hub
from mentor_notifications.settings import NotificationsSettings


@dataclass(frozen=True, kw_only=True)
class NotificationsContext(ServiceContext[NotificationsSettings]):
    hub: Hub  # wakes live streams and the e-mail sender after a commit


NotificationsContextDep = Annotated[NotificationsContext, Depends(service_context)]
