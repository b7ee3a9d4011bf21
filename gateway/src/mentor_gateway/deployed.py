"""`mentor serve | migrate | broker-permissions <svc>`: one service as deployed, configured by its environment
(`CASES_DATABASE_URL`, `CASES_BROKER_URL`, …). These are the container image's commands (ENTRYPOINT ["mentor"])."""

import argparse
import asyncio
import shlex
import sys
from importlib.metadata import entry_points

from mentor_gateway.server import run_server
from mentor_kit.embedded import ServicePlugin
from mentor_kit.logging import configure_logging, get_logger
from mentor_kit.service import Role, Service

log = get_logger("mentor_gateway.deployed")
PORT = 8000  # what the image exposes and its HEALTHCHECK asks
GRACEFUL_SECONDS = 10
GROUP = "mentor.services"  # see mentor_kit.embedded
UNKNOWN = 2  # exit code for an unknown service (argparse's code for a bad argument)


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    serve = commands.add_parser("serve", help="run one service as deployed (settings from its environment)")
    serve.add_argument("service", help="cases, matching, library, notifications, forum")
    serve.add_argument(
        "--role",
        choices=[role.value for role in Role],
        default=Role.ALL.value,
        help="api: the HTTP API only; worker: consumer, outbox relay and background workers (HTTP: /healthz, "
        "/readyz, /metrics only); all: both (default)",
    )
    serve.add_argument("--host", default="0.0.0.0")  # a container listens on all its interfaces
    serve.add_argument("--port", type=int, default=PORT)
    serve.set_defaults(run=_serve)

    migrate = commands.add_parser(
        "migrate", help="bring one service's database to the newest migration, then exit (a one-shot Job)"
    )
    migrate.add_argument("service")
    migrate.set_defaults(run=_migrate)

    permissions = commands.add_parser(
        "broker-permissions", help="the least-privilege RabbitMQ permissions of one service (configure, write, read)"
    )
    permissions.add_argument("service")
    permissions.add_argument(
        "--rabbitmqctl", action="store_true", help="print the `rabbitmqctl set_permissions` command instead"
    )
    permissions.add_argument("--vhost", default="mentor", help="the vhost of the --rabbitmqctl command")
    permissions.set_defaults(run=_broker_permissions)


def _plugin(name: str) -> ServicePlugin | None:
    """The named service's plugin, loading only that one (a process of one service imports no other)."""
    found = entry_points(group=GROUP, name=name)
    plugin: ServicePlugin | None = next(iter(found)).load() if found else None
    if plugin is None or plugin.create is None:
        installed = sorted({ep.name for ep in entry_points(group=GROUP)})
        print(f"unknown service {name!r}; installed: {', '.join(installed)}", file=sys.stderr)
        return None
    return plugin


def _create(name: str) -> Service | None:
    plugin = _plugin(name)
    if plugin is None or plugin.create is None:
        return None
    service = plugin.create()
    configure_logging(service.settings.log_level, json=service.settings.log_json)
    return service


def _serve(args: argparse.Namespace) -> int:
    """One service in one role: its HTTP API, its consumer, relay and workers, or both."""
    service = _create(args.service)
    if service is None:
        return UNKNOWN
    run_server(service.app_for(Role(args.role)), args.host, args.port, graceful_seconds=GRACEFUL_SECONDS)
    return 0


def _migrate(args: argparse.Namespace) -> int:
    service = _create(args.service)
    if service is None:
        return UNKNOWN

    async def migrate() -> None:
        try:
            await service.migrate()
        finally:
            await service.db.dispose()

    try:
        asyncio.run(migrate())
    except Exception as exc:
        log.exception("service.migration_failed", service=args.service)
        print(f"migration of {args.service} failed: {exc}", file=sys.stderr)
        return 1
    log.info("service.migrated", service=args.service)
    return 0


def _broker_permissions(args: argparse.Namespace) -> int:
    from mentor_gateway.broker_access import permissions_for

    try:
        permissions = permissions_for(args.service)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return UNKNOWN
    regexes = (permissions.configure, permissions.write, permissions.read)
    if args.rabbitmqctl:
        command = ["rabbitmqctl", "set_permissions", "-p", args.vhost, f"mentor-{args.service}", *regexes]
        print(" ".join(shlex.quote(part) for part in command))
    else:
        for kind, regex in zip(("configure", "write", "read"), regexes, strict=True):
            print(f"{kind}: {regex}")
    return 0
