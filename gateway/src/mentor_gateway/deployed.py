"""`mentor serve | migrate | broker-permissions <svc>`: one service as deployed, configured by its environment
(`CASES_DATABASE_URL`, `CASES_BROKER_URL`, …). These are the container image's commands (ENTRYPOINT ["mentor"])."""

import argparse
import asyncio
import shlex
import sys
from importlib.metadata import entry_points

from mentor_gateway.server import run_server
from mentor_kit.auth.dev import is_development_key
from mentor_kit.embedded import ServicePlugin
from mentor_kit.logging import configure_logging, get_logger
from mentor_kit.service import Role, Service

log = get_logger("mentor_gateway.deployed")
PORT = 8000  # what the image exposes and its HEALTHCHECK asks
GRACEFUL_SECONDS = 10
GROUP = "mentor.services"  # see mentor_kit.embedded
UNKNOWN = 2  # exit code for an unknown service (argparse's code for a bad argument)
WEB = "web"  # `mentor serve web`: the web application (mentor-web), not a service plug-in
UNSAFE = 3  # exit code for a configuration that must not run as deployed (the development key without the flag)


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    serve = commands.add_parser("serve", help="run one service as deployed (settings from its environment)")
    serve.add_argument("service", help="cases, matching, library, notifications, forum; or web (the web application)")
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
    migrate.add_argument("service", help="cases, matching, library, notifications, forum; or web (its sessions)")
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
    if args.service == WEB:
        return _serve_web(args)
    service = _create(args.service)
    if service is None:
        return UNKNOWN
    refusal = development_key_refusal(service)
    if refusal is not None:
        log.error("service.development_key_refused", service=args.service)
        print(refusal, file=sys.stderr)
        return UNSAFE
    run_server(
        service.app_for(Role(args.role)),
        args.host,
        args.port,
        graceful_seconds=GRACEFUL_SECONDS,
        trusted_proxies=service.settings.trusted_proxies,
    )
    return 0


def _serve_web(args: argparse.Namespace) -> int:
    """The web application (mentor-web): no database or broker of its own, so one role; it calls the APIs through
    the gateway (`WEB_API_BASE`)."""
    from mentor_web.deployed import deployed_app
    from mentor_web.settings import WebSettings

    settings = WebSettings()
    configure_logging(settings.log_level, json=settings.log_json)
    app = deployed_app(settings)
    if isinstance(app, str):
        log.error("web.refused")
        print(app, file=sys.stderr)
        return UNSAFE
    run_server(app, args.host, args.port, graceful_seconds=GRACEFUL_SECONDS, trusted_proxies=settings.trusted_proxies)
    return 0


def development_key_refusal(service: Service) -> str | None:
    """Why `mentor serve` must not start: its public key is the committed development key (its private half is in
    the repository, so anyone can sign any token) and `<SVC>_ALLOW_DEVELOPMENT_KEY` is not set. None: it may.
    Compared by the key's content, wherever the file is mounted. `mentor dev` and the tests build their services
    with the key themselves and never come here."""
    settings = service.settings
    key_file = settings.jwt_public_key_file
    if key_file is None or settings.allow_development_key:
        return None
    try:
        pem = key_file.read_bytes()
    except OSError:
        return None  # the token verifier has already read it; whatever happened since, it is not the dev key's case
    if not is_development_key(pem):
        return None
    prefix = str(settings.model_config.get("env_prefix", ""))
    return (
        f"{settings.service_name}: refusing to trust the committed development public key ({key_file}): anyone can "
        f"sign tokens with its private half. Configure {prefix}JWT_JWKS_URL (or {prefix}JWT_PUBLIC_KEY_FILE with "
        f"your identity provider's key); for a local demo or a test only, set {prefix}ALLOW_DEVELOPMENT_KEY=true."
    )


def _migrate(args: argparse.Namespace) -> int:
    if args.service == WEB:
        return _migrate_web()
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


def _migrate_web() -> int:
    """The web application's session table (`WEB_SESSION_DATABASE_URL`), like a service's migration Job."""
    from mentor_web.security.sessions import SessionStore
    from mentor_web.settings import WebSettings

    settings = WebSettings()
    configure_logging(settings.log_level, json=settings.log_json)
    if not settings.session_database_url:
        print("migration of web: WEB_SESSION_DATABASE_URL is not set", file=sys.stderr)
        return 1
    # The key is not needed to create the table: a throwaway one keeps WEB_SECRET_KEY out of the migration Job.
    store = SessionStore(settings.session_database_url, settings.secret_key or "unused", 60)

    async def migrate() -> None:
        try:
            await store.migrate()
        finally:
            await store.close()

    try:
        asyncio.run(migrate())
    except Exception as exc:
        log.exception("service.migration_failed", service=WEB)
        print(f"migration of web failed: {exc}", file=sys.stderr)
        return 1
    log.info("service.migrated", service=WEB)
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
