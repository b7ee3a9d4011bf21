"""docker-compose.yml and deploy/compose/, checked without a Docker engine: the file validates against the Compose
specification; every service in services/ runs from the one pinned image as the non-root user, read-only, with a
healthcheck, after the migration step and its dependencies are healthy; every `<SVC>_<FIELD>` variable names a
field of that service's settings class; RabbitMQ's definitions grant each service exactly `permissions_for` and
are what make_definitions.py writes now, its password hashes matching the services' BROKER_URLs; the gateway
(NGINX) routes every service with its prefix stripped and streams SSE unbuffered; the PostgreSQL init script
creates exactly the databases and roles of the services' DATABASE_URLs."""

import base64
import hashlib
import importlib
import importlib.util
import json
import re
import shlex
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx
import jsonschema
import pytest
import yaml
from fastapi import FastAPI
from pydantic_settings import BaseSettings

from mentor_gateway.broker_access import permissions_for
from mentor_kit.auth.dev import DEV_PUBLIC_KEY
from mentor_kit.messaging.topology import EXCHANGE_NAMES
from mentor_kit.settings import ServiceSettings
from mentor_web.deployed import deployed_app
from mentor_web.settings import WebSettings

pytestmark = pytest.mark.deploy

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
COMPOSE_SCHEMA = ROOT / "deploy" / "schemas" / "compose-spec.json"
COMPOSE_DIR = ROOT / "deploy" / "compose"
DEFINITIONS = COMPOSE_DIR / "rabbitmq" / "definitions.json"
RABBITMQ_CONF = COMPOSE_DIR / "rabbitmq" / "rabbitmq.conf"
MAKE_DEFINITIONS = COMPOSE_DIR / "rabbitmq" / "make_definitions.py"
POSTGRES_INIT = COMPOSE_DIR / "postgres" / "init-databases.sql"
NGINX_CONF = COMPOSE_DIR / "gateway" / "nginx.conf"

IMAGE = "ghcr.io/mgpu-mentor/mentor:0.1.0"
USER = "10001"
SERVICE_PORT = 8000
VHOST = "mentor"
SERVICES = sorted(path.name for path in (ROOT / "services").iterdir() if (path / "pyproject.toml").is_file())
WEB = "web"  # the web application: the same image, its own database for the sessions its replicas share


@cache
def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(COMPOSE_FILE.read_text())
    return loaded


def service(name: str) -> dict[str, Any]:
    services: dict[str, dict[str, Any]] = compose()["services"]
    assert name in services, f"docker-compose.yml has no service {name!r}"
    return services[name]


def environment(name: str) -> dict[str, str]:
    env = service(name).get("environment", {})
    assert isinstance(env, dict), f"{name}: write `environment` as a mapping"
    return {key: str(value) for key, value in env.items()}


def setting(svc: str, field_name: str) -> str:
    return environment(svc)[f"{svc.upper()}_{field_name}"]


def volumes(name: str) -> dict[str, tuple[str, str]]:
    """target → (source, mode) of a service's short-syntax volumes."""
    mounts = {}
    for volume in service(name).get("volumes", []):
        source, target, *mode = volume.split(":")
        mounts[target] = (source, mode[0] if mode else "rw")
    return mounts


def bind_source(name: str, target: str) -> Path:
    source, mode = volumes(name)[target]
    assert mode == "ro", f"{name}: {target} is mounted {mode}, not read-only"
    path = (ROOT / source).resolve()
    assert path.is_file(), f"{name}: {source} (mounted at {target}) does not exist"
    return path


# The Compose file ---------------------------------------------------------------------------------------------


def test_compose_file_validates_against_the_compose_specification() -> None:
    schema = json.loads(COMPOSE_SCHEMA.read_text())
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(compose()), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)


def test_every_image_is_pinned() -> None:
    for name, spec in compose()["services"].items():
        image = spec["image"]
        repository, _, tag = image.rpartition(":")
        assert repository and "/" not in tag, f"{name}: {image} has no tag"
        assert tag != "latest" and re.search(r"\d+\.\d+", tag), f"{name}: {image} is not pinned to a version"


def test_the_image_is_built_once_and_reused() -> None:
    builders = [name for name, spec in compose()["services"].items() if "build" in spec]
    assert builders == ["migrate"], builders
    assert service("migrate")["image"] == IMAGE
    users = {name for name, spec in compose()["services"].items() if spec["image"] == IMAGE}
    assert users == {*SERVICES, "migrate", "web"}
    assert all(service(name).get("pull_policy") == "never" for name in SERVICES)  # never pulled: built here


@pytest.mark.parametrize("svc", SERVICES)
def test_each_service_runs_the_pinned_image_as_the_non_root_user_read_only(svc: str) -> None:
    spec = service(svc)
    assert spec["image"] == IMAGE
    assert str(spec["user"]) == USER
    assert spec["read_only"] is True
    assert "/tmp" in spec["tmpfs"]
    assert spec["cap_drop"] == ["ALL"]
    assert "no-new-privileges:true" in spec["security_opt"]
    command = spec["command"]
    assert command[:2] == ["serve", svc], command
    assert command[command.index("--port") + 1] == str(SERVICE_PORT)
    assert command[command.index("--host") + 1] == "0.0.0.0"


@pytest.mark.parametrize("svc", SERVICES)
def test_each_service_has_a_readiness_healthcheck(svc: str) -> None:
    check = service(svc)["healthcheck"]
    assert not check.get("disable", False)
    assert check["test"][0] == "CMD" and check["test"][1] == "python", "the slim image has Python, not curl"
    assert f"http://127.0.0.1:{SERVICE_PORT}/readyz" in check["test"][-1]
    compile(check["test"][-1], "healthcheck", "exec")  # the `python -c` program is valid Python


@pytest.mark.parametrize("svc", SERVICES)
def test_each_service_starts_after_migrations_and_healthy_dependencies(svc: str) -> None:
    depends = service(svc)["depends_on"]
    assert depends["migrate"] == {"condition": "service_completed_successfully"}
    assert depends["postgres"] == {"condition": "service_healthy"}
    assert depends["rabbitmq"] == {"condition": "service_healthy"}
    env = environment(svc)
    if f"{svc.upper()}_SEARCH_URL" in env:
        assert urlsplit(setting(svc, "SEARCH_URL")).hostname == "elasticsearch"
        assert depends["elasticsearch"] == {"condition": "service_healthy"}
    if f"{svc.upper()}_SMTP_URL" in env:
        assert urlsplit(setting(svc, "SMTP_URL")).hostname == "mailpit"
        assert "mailpit" in depends
    for dependency in ("postgres", "rabbitmq", "elasticsearch"):
        assert "healthcheck" in service(dependency), f"{dependency} needs a healthcheck for service_healthy"


@pytest.mark.parametrize("svc", SERVICES)
def test_each_service_is_configured_for_the_deployed_topology(svc: str) -> None:
    assert setting(svc, "MIGRATE_ON_START") == "false"  # the `migrate` one-shot did it
    assert setting(svc, "BROKER_DECLARE_EXCHANGES") == "false"  # the definitions declare them
    key_file = setting(svc, "JWT_PUBLIC_KEY_FILE")
    assert bind_source(svc, key_file) == DEV_PUBLIC_KEY.resolve()  # `mentor token` tokens are accepted


def test_the_migration_step_migrates_every_service_once() -> None:
    spec = service("migrate")
    assert spec["restart"] == "no"
    assert spec["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    script = " ".join(spec["command"])
    loop = re.search(r"for (\w+) in ([^;]+);\s*do mentor migrate \"?\$\$\1\"?; done", script)
    assert loop, f'expected `for s in …; do mentor migrate "$$s"; done`, got {script!r}'
    assert sorted(loop.group(2).split()) == sorted([*SERVICES, WEB])
    for svc in SERVICES:
        assert environment("migrate")[f"{svc.upper()}_DATABASE_URL"] == setting(svc, "DATABASE_URL")
    assert environment("migrate")["WEB_SESSION_DATABASE_URL"] == setting(WEB, "SESSION_DATABASE_URL")


# Settings names -------------------------------------------------------------------------------------------------


@cache
def settings_class(svc: str) -> type[BaseSettings]:
    if svc == WEB:
        return WebSettings
    module = importlib.import_module(f"mentor_{svc}.settings")
    classes = [
        value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, ServiceSettings) and value.__module__ == module.__name__
    ]
    assert len(classes) == 1, f"mentor_{svc}.settings: expected one settings class, found {classes}"
    return classes[0]


def unknown_settings(env: dict[str, str], services: list[str]) -> list[str]:
    """The variables in `env` that name no field of the settings class of any of `services`."""
    known = set()
    for svc in services:
        cls = settings_class(svc)
        prefix = str(cls.model_config.get("env_prefix", ""))
        known |= {f"{prefix}{name}".upper() for name in cls.model_fields}
    return sorted(key for key in env if key.upper() not in known)


def test_each_service_prefix_is_its_name() -> None:
    for svc in SERVICES:
        assert settings_class(svc).model_config.get("env_prefix") == f"{svc.upper()}_"


@pytest.mark.parametrize("svc", SERVICES)
def test_every_variable_names_a_field_of_the_service_settings(svc: str) -> None:
    assert unknown_settings(environment(svc), [svc]) == []


def test_every_migration_variable_names_a_settings_field() -> None:
    assert unknown_settings(environment("migrate"), [*SERVICES, WEB]) == []


@pytest.mark.parametrize("svc", SERVICES)
def test_every_value_parses_as_its_field(svc: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in environment(svc).items():
        monkeypatch.setenv(key, value)
    settings = settings_class(svc)()
    assert settings.migrate_on_start is False and settings.broker_declare_exchanges is False
    assert str(settings.jwt_public_key_file) == setting(svc, "JWT_PUBLIC_KEY_FILE")
    assert settings.database_url == setting(svc, "DATABASE_URL")


def test_a_misspelt_variable_is_caught() -> None:
    env = {"CASES_DATABASE_URL": "x", "CASES_DATABSE_URL": "x", "CASES_JWT_PUBLIC_KEY": "x", "MATCHING_LOG_JSON": "x"}
    assert unknown_settings(env, ["cases"]) == ["CASES_DATABSE_URL", "CASES_JWT_PUBLIC_KEY", "MATCHING_LOG_JSON"]


# RabbitMQ -------------------------------------------------------------------------------------------------------


@cache
def definitions() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(DEFINITIONS.read_text())
    return loaded


def load_make_definitions() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_definitions", MAKE_DEFINITIONS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rabbit_sha256_matches(password_hash: str, password: str) -> bool:
    """RabbitMQ's `rabbit_password_hashing_sha256`: base64(salt(4 bytes) + sha256(salt + password))."""
    raw = base64.b64decode(password_hash)
    return len(raw) == 4 + 32 and hashlib.sha256(raw[:4] + password.encode()).digest() == raw[4:]


def test_definitions_are_what_make_definitions_writes_now() -> None:
    generated = load_make_definitions().render(compose())
    assert DEFINITIONS.read_text() == generated, (
        "deploy/compose/rabbitmq/definitions.json is stale: run "
        "`.venv/bin/python deploy/compose/rabbitmq/make_definitions.py` and commit the result"
    )


def test_definitions_declare_the_vhost_and_the_shared_exchanges() -> None:
    assert [vhost["name"] for vhost in definitions()["vhosts"]] == [VHOST]
    exchanges = {exchange["name"]: exchange for exchange in definitions()["exchanges"]}
    assert set(exchanges) == set(EXCHANGE_NAMES) == {"mentor.events", "mentor.internal"}
    for exchange in exchanges.values():
        assert (exchange["vhost"], exchange["type"], exchange["durable"], exchange["auto_delete"]) == (
            VHOST,
            "topic",
            True,
            False,
        )


@pytest.mark.parametrize("svc", SERVICES)
def test_each_service_user_has_exactly_its_least_privilege_permissions(svc: str) -> None:
    granted = [p for p in definitions()["permissions"] if p["user"] == f"mentor-{svc}"]
    expected = permissions_for(svc)
    assert granted == [
        {
            "user": f"mentor-{svc}",
            "vhost": VHOST,
            "configure": expected.configure,
            "write": expected.write,
            "read": expected.read,
        }
    ]
    assert not [p for p in definitions().get("topic_permissions", []) if p["user"] == f"mentor-{svc}"]


def test_only_the_service_users_and_one_administrator_exist() -> None:
    users = {user["name"]: user for user in definitions()["users"]}
    assert set(users) == {"mentor-admin", *(f"mentor-{svc}" for svc in SERVICES)}
    assert users["mentor-admin"]["tags"] == ["administrator"]
    assert all(users[f"mentor-{svc}"]["tags"] == [] for svc in SERVICES)  # no management UI or API access
    assert all(user["hashing_algorithm"] == "rabbit_password_hashing_sha256" for user in users.values())


@pytest.mark.parametrize("svc", SERVICES)
def test_each_broker_url_logs_in_as_the_service_user(svc: str) -> None:
    url = urlsplit(setting(svc, "BROKER_URL"))
    assert (url.scheme, url.hostname, url.port, url.path) == ("amqp", "rabbitmq", 5672, f"/{VHOST}")
    assert unquote(url.username or "") == f"mentor-{svc}"
    user = next(u for u in definitions()["users"] if u["name"] == f"mentor-{svc}")
    assert rabbit_sha256_matches(user["password_hash"], unquote(url.password or ""))
    assert not rabbit_sha256_matches(user["password_hash"], "guest")


def test_the_administrator_password_is_the_documented_one() -> None:
    module = load_make_definitions()
    admin = next(u for u in definitions()["users"] if u["name"] == "mentor-admin")
    assert rabbit_sha256_matches(admin["password_hash"], module.ADMIN_PASSWORD)
    assert f"mentor-admin / {module.ADMIN_PASSWORD}" in COMPOSE_FILE.read_text()  # the header names the login


def test_each_consumer_queue_has_its_dead_letter_policy() -> None:
    policies = {policy["name"]: policy for policy in definitions()["policies"]}
    for svc in SERVICES:
        policy = policies[f"{svc}-dead-letter"]
        assert re.fullmatch(policy["pattern"], f"{svc}.events")
        assert not re.fullmatch(policy["pattern"], f"{svc}.dead")
        assert policy["definition"]["dead-letter-routing-key"] == f"{svc}.dead"


def test_rabbitmq_loads_the_definitions_at_boot() -> None:
    spec = service("rabbitmq")
    assert "management" in spec["image"]
    config = dict(
        (key.strip(), value.strip())
        for key, _, value in (
            line.partition("=") for line in RABBITMQ_CONF.read_text().splitlines() if "=" in line and line[0] != "#"
        )
    )
    assert config["definitions.import_backend"] == "local_filesystem"
    assert bind_source("rabbitmq", config["definitions.local.path"]) == DEFINITIONS
    assert bind_source("rabbitmq", "/etc/rabbitmq/conf.d/20-mentor.conf") == RABBITMQ_CONF


# PostgreSQL -----------------------------------------------------------------------------------------------------


def init_script() -> tuple[dict[str, str], dict[str, str], set[str]]:
    """(role → password, database → owner, databases closed to PUBLIC) of the init script."""
    sql = re.sub(r"--[^\n]*", "", POSTGRES_INIT.read_text())
    roles = dict(re.findall(r"CREATE ROLE (\w+) LOGIN PASSWORD '([^']*)';", sql))
    databases = dict(re.findall(r"CREATE DATABASE (\w+) OWNER (\w+);", sql))
    closed = set(re.findall(r"REVOKE ALL ON DATABASE (\w+) FROM PUBLIC;", sql))
    return roles, databases, closed


def test_postgres_runs_the_init_script() -> None:
    assert service("postgres")["image"].startswith("postgres:16.")
    assert bind_source("postgres", "/docker-entrypoint-initdb.d/10-init-databases.sql") == POSTGRES_INIT


def test_the_init_script_creates_exactly_the_services_databases() -> None:
    roles, databases, closed = init_script()
    urls = {svc: urlsplit(setting(svc, "DATABASE_URL")) for svc in SERVICES}
    urls[WEB] = urlsplit(setting(WEB, "SESSION_DATABASE_URL"))
    assert set(databases) == {url.path.lstrip("/") for url in urls.values()}
    assert closed == set(databases)
    assert set(roles) == set(databases.values())
    for svc, url in urls.items():
        database = url.path.lstrip("/")
        assert (url.scheme, url.hostname, url.port) == ("postgresql+asyncpg", "postgres", 5432), svc
        assert databases[database] == url.username, f"{svc} logs in as {url.username}, not its database's owner"
        assert roles[url.username] == unquote(url.password or ""), f"{svc}: password differs from the init script"
    assert len({url.path for url in urls.values()}) == len(SERVICES) + 1, "one database per service, one for the web"


# The gateway (NGINX) --------------------------------------------------------------------------------------------


@dataclass
class Directive:
    name: str
    args: list[str]
    block: list["Directive"] | None = None

    def children(self, name: str) -> list["Directive"]:
        return [d for d in self.block or [] if d.name == name]

    def value(self, name: str) -> list[str] | None:
        found = self.children(name)
        return found[-1].args if found else None


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def nginx_tokens(text: str) -> list[tuple[str, str]]:
    """("word" | "symbol", text): NGINX's lexical rules (comments, quotes with escapes, `{`, `}`, `;`)."""
    tokens, i = [], 0
    while i < len(text):
        char = text[i]
        if char.isspace():
            i += 1
        elif char == "#":
            i = text.find("\n", i) if "\n" in text[i:] else len(text)
        elif char in "{};":
            tokens.append(("symbol", char))
            i += 1
        elif char in "\"'":
            word, i = [], i + 1
            while text[i] != char:
                if text[i] == "\\":
                    i += 1
                    word.append(_ESCAPES.get(text[i], text[i]))
                else:
                    word.append(text[i])
                i += 1
            tokens.append(("word", "".join(word)))
            i += 1
        else:
            end = re.compile(r"[\s{};]").search(text, i)
            stop = end.start() if end else len(text)
            tokens.append(("word", text[i:stop]))
            i = stop
    return tokens


def parse_nginx(text: str) -> Directive:
    root = Directive("main", [], [])
    stack, words = [root], []
    for kind, token in nginx_tokens(text):
        if kind == "word":
            words.append(token)
        elif token == ";":
            stack[-1].block.append(Directive(words[0], words[1:]))  # type: ignore[union-attr]
            words = []
        elif token == "{":
            block = Directive(words[0], words[1:], [])
            stack[-1].block.append(block)  # type: ignore[union-attr]
            stack.append(block)
            words = []
        else:
            stack.pop()
    assert len(stack) == 1 and not words, "unbalanced braces or a directive without `;`"
    return root


@cache
def nginx() -> Directive:
    return parse_nginx(NGINX_CONF.read_text())


def http_and_server() -> tuple[Directive, Directive]:
    [http] = nginx().children("http")
    [server] = http.children("server")
    return http, server


@dataclass
class Routed:
    location: Directive
    upstream: str  # host:port
    uri: str  # what the service is asked for (NGINX appends the query string: no rewrite here drops it)
    variables: dict[str, str] = field(default_factory=dict)

    def inherited(self, name: str) -> list[str] | None:
        http, server = http_and_server()
        return self.location.value(name) or server.value(name) or http.value(name)


def _python_regex(pattern: str) -> str:
    return re.sub(r"\(\?<(?=[A-Za-z_])", "(?P<", pattern)  # PCRE's (?<name>…) is Python's (?P<name>…)


def _expand(template: str, variables: dict[str, str], captures: re.Match[str] | None) -> str:
    def value(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        if name.isdigit():
            assert captures is not None, f"${name} without a regex capture"
            return captures.group(int(name)) or ""
        assert name in variables, f"${name} is not set"
        return variables[name]

    return re.sub(r"\$(?:\{(\w+)\}|(\w+))", value, template)


def _select_location(server: Directive, uri: str) -> tuple[Directive, re.Match[str] | None]:
    """NGINX's order: an exact match; else the longest prefix if it is `^~`; else the first matching regex; else the
    longest prefix."""
    locations = server.children("location")
    for location in locations:
        if location.args[0] == "=" and location.args[1] == uri:
            return location, None
    prefixes = [loc for loc in locations if loc.args[0] not in ("=", "~", "~*") and uri.startswith(loc.args[-1])]
    longest = max(prefixes, key=lambda loc: len(loc.args[-1]), default=None)
    if longest is None or longest.args[0] != "^~":
        for location in locations:
            if location.args[0] in ("~", "~*"):
                flags = re.IGNORECASE if location.args[0] == "~*" else 0
                match = re.search(_python_regex(location.args[1]), uri, flags)
                if match:
                    return location, match
    assert longest is not None, f"no location for {uri}"
    return longest, None


def route(uri: str) -> Routed:
    """Where the gateway sends a request for `uri`: the location NGINX selects, its `set` and `rewrite … break`
    directives in order, then `proxy_pass` (without a URI part, so the rewritten URI is what the service gets)."""
    _, server = http_and_server()
    location, captures = _select_location(server, uri)
    variables = dict(captures.groupdict()) if captures else {}
    assert not location.children("return"), f"{uri} is answered by the gateway itself"
    for directive in location.block or []:
        if directive.name == "set":
            variables[directive.args[0].lstrip("$")] = _expand(directive.args[1], variables, captures)
        elif directive.name == "rewrite":
            pattern, replacement, flag = directive.args
            assert flag == "break" and "?" not in replacement, "the query string must be kept"
            match = re.search(_python_regex(pattern), uri)
            if match:
                uri, captures = _expand(replacement, variables, match), match
                break
    proxy_pass = location.value("proxy_pass")
    assert proxy_pass and len(proxy_pass) == 1, f"{location.args}: no proxy_pass"
    target = urlsplit(_expand(proxy_pass[0], variables, captures))
    assert target.scheme == "http" and target.path == "", f"proxy_pass {proxy_pass}: give no URI part"
    return Routed(location, target.netloc, uri, variables)


def seconds(duration: str) -> float:
    units = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}
    match = re.fullmatch(r"(\d+)(ms|s|m|h|d)?", duration)
    assert match, duration
    return int(match.group(1)) * units[match.group(2) or "s"]


def test_the_gateway_publishes_port_8080_with_this_config() -> None:
    spec = service("gateway")
    assert spec["image"].startswith("nginx:")
    assert any(str(port).endswith(":8080") for port in spec["ports"])
    assert bind_source("gateway", "/etc/nginx/nginx.conf") == NGINX_CONF
    _, server = http_and_server()
    [listen] = server.children("listen")
    assert listen.args[0] == "8080"
    answered_here = {loc.args[1]: loc.value("return") for loc in server.children("location") if loc.args[0] == "="}
    assert answered_here["/healthz"] == answered_here["/readyz"] == ["200", "ok\n"]
    assert "http://127.0.0.1:8080/healthz" in spec["healthcheck"]["test"]
    assert set(spec["depends_on"]) == {*SERVICES, "web"}


@pytest.mark.parametrize("svc", SERVICES)
def test_the_gateway_routes_each_service_with_the_prefix_stripped(svc: str) -> None:
    for path in ("/", "/healthz", "/items/42", "/a/b/c"):
        routed = route(f"/api/{svc}{path}")
        assert (routed.upstream, routed.uri) == (f"{svc}:{SERVICE_PORT}", path)
        assert routed.inherited("proxy_http_version") == ["1.1"]


def test_the_gateway_sends_every_other_path_to_the_web_application() -> None:
    for path in ("/", "/library?q=parents", "/sign-in", "/static/css/site.css", "/api-notes"):
        routed = route(path)
        assert (routed.upstream, routed.uri) == ("web:8000", path)
    assert service("web")["command"][:2] == ["serve", "web"]


def test_every_web_variable_names_a_field_of_its_settings() -> None:
    known = {f"WEB_{name}".upper() for name in WebSettings.model_fields}
    assert sorted(set(environment("web")) - known) == []
    assert setting("web", "API_BASE") == "http://gateway:8080"


def test_the_web_application_shares_its_sessions_through_its_migrated_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = service(WEB)
    assert spec["image"] == IMAGE and str(spec["user"]) == USER and spec["read_only"] is True
    assert spec["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
    assert spec["depends_on"]["postgres"] == {"condition": "service_healthy"}
    assert "http://127.0.0.1:8000/readyz" in spec["healthcheck"]["test"][-1]  # the session database answers
    for key, value in environment(WEB).items():
        monkeypatch.setenv(key, value)
    settings = WebSettings()
    assert settings.session_database_url.startswith("postgresql+asyncpg://web:")
    assert settings.secret_key and settings.trusted_proxies == "*" and not settings.dev_sign_in
    assert not isinstance(deployed_app(settings), str), "`mentor serve web` would refuse this configuration"


def test_the_example_in_the_readme_routes() -> None:
    routed = route("/api/cases/cases")
    assert (routed.upstream, routed.uri) == (f"cases:{SERVICE_PORT}", "/cases")


def test_the_notification_stream_is_unbuffered_with_a_long_read_timeout() -> None:
    routed = route("/api/notifications/stream")
    assert (routed.upstream, routed.uri) == (f"notifications:{SERVICE_PORT}", "/stream")
    assert routed.location.value("proxy_buffering") == ["off"]
    assert routed.inherited("proxy_cache") in (None, ["off"])
    [timeout] = routed.inherited("proxy_read_timeout") or ["60s"]
    assert seconds(timeout) >= 3600
    assert routed.inherited("proxy_set_header") is not None
    http, server = http_and_server()
    assert (server.value("proxy_buffering") or http.value("proxy_buffering")) in (None, ["on"])  # only there


def test_a_service_connection_header_is_not_passed_on() -> None:
    """HTTP/1.1 keep-alive to the services (and no `Connection: close` cutting a stream short)."""
    http, _ = http_and_server()
    headers = {d.args[0].lower(): d.args[1] for d in http.children("proxy_set_header")}
    assert headers["connection"] == ""
    assert headers["x-correlation-id"] == "$correlation_id"


@pytest.mark.parametrize("svc", SERVICES)
async def test_the_docs_through_the_gateway_load_the_spec_through_the_gateway(svc: str) -> None:
    """The services do not know their public prefix: the gateway rewrites Swagger UI's and ReDoc's spec URL and
    adds the prefix as the spec's server, checked here on what this FastAPI version really serves."""
    app = FastAPI(title="probe")

    @app.get("/things")
    def things() -> list[str]:
        return []

    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://service") as client:
        pages = {page: (await client.get(f"/{page}")).text for page in ("docs", "redoc", "openapi.json")}
    for page, body in pages.items():
        routed = route(f"/api/{svc}/{page}")
        assert (routed.upstream, routed.uri) == (f"{svc}:{SERVICE_PORT}", f"/{page}")
        for directive in routed.location.children("sub_filter"):
            search, replacement = directive.args
            body = body.replace(search, _expand(replacement, routed.variables, None), 1)
        pages[page] = body
    assert f"url: '/api/{svc}/openapi.json'" in pages["docs"]
    assert f'spec-url="/api/{svc}/openapi.json"' in pages["redoc"]
    spec = json.loads(pages["openapi.json"])
    assert spec["servers"] == [{"url": f"/api/{svc}"}]
    assert "/things" in spec["paths"]


def test_nginx_tokens_follow_nginx_quoting() -> None:
    parsed = parse_nginx("""a "x y" 'q;{' b\\c; # c { ;\nblock { inner $v; }""")
    assert [(d.name, d.args) for d in parsed.block or []] == [("a", ["x y", "q;{", "b\\c"]), ("block", [])]
    assert [(d.name, d.args) for d in parsed.children("block")[0].block or []] == [("inner", ["$v"])]


def test_the_migration_command_is_a_valid_shell_loop() -> None:
    spec = service("migrate")
    assert spec["entrypoint"] == ["/bin/sh", "-ec"]
    shlex.split(spec["command"][0].replace("$$", "$"))  # balanced quotes
