"""The RabbitMQ permissions of each deployed service, from what its handlers consume (see
`mentor_kit.messaging.permissions`): what the Kubernetes `Permission` resources and the compose definitions grant."""

import importlib

from mentor_kit.messaging.permissions import BrokerPermissions, broker_permissions

SERVICES = ("cases", "matching", "library", "notifications", "forum")


def permissions_for(service: str) -> BrokerPermissions:
    if service not in SERVICES:
        raise ValueError(f"unknown service {service!r}; one of {', '.join(SERVICES)}")
    handlers = importlib.import_module(f"mentor_{service}.handlers").HANDLERS
    return broker_permissions(service, handlers)
