"""Writes `definitions.json`, the RabbitMQ topology docker-compose loads at boot (see `rabbitmq.conf`), from the code
that decides it, so the two cannot drift (tests/deploy/test_compose.py regenerates and compares):

- vhost `mentor` and the shared topic exchanges (`mentor_kit.messaging.topology.EXCHANGE_NAMES`);
- one user per service, `mentor-<service>`, with exactly `mentor_gateway.broker_access.permissions_for(service)`,
  its password the one in that service's `<SVC>_BROKER_URL` in docker-compose.yml;
- an administrator for the management UI;
- per consuming service, a dead-letter policy on its main queue equal to the arguments the kit declares it with
  (`mentor_kit.messaging.rabbit.queue_arguments`): the management UI shows where failures go, and a queue declared
  by hand gets the same dead-lettering.

Services declare their own queues and bindings (the permissions let them configure only `<service>.…`).

Passwords are stored as RabbitMQ's `rabbit_password_hashing_sha256` hashes: base64(salt + sha256(salt + password))
with a 4-byte salt. The salt is derived from the user name (not random) so the output is reproducible; they are
DEMO PASSWORDS for a local compose only.

Run from the repository root: `.venv/bin/python deploy/compose/rabbitmq/make_definitions.py` (or `--check`).
"""

import argparse
import base64
import hashlib
import importlib
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import yaml

from mentor_gateway.broker_access import SERVICES, permissions_for
from mentor_kit.messaging.rabbit import queue_arguments
from mentor_kit.messaging.topology import EXCHANGE_NAMES, ConsumerTopology

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
OUTPUT = HERE / "definitions.json"

VHOST = "mentor"
HASHING_ALGORITHM = "rabbit_password_hashing_sha256"
ADMIN_USER = "mentor-admin"
ADMIN_PASSWORD = "mentor-admin-demo"  # the management UI's login (http://localhost:15672); demo only


def user_name(service: str) -> str:
    return f"mentor-{service}"


def password_hash(user: str, password: str) -> str:
    salt = hashlib.sha256(f"mentor-compose:{user}".encode()).digest()[:4]
    return base64.b64encode(salt + hashlib.sha256(salt + password.encode()).digest()).decode()


def verify_password(password_hash_b64: str, password: str) -> bool:
    """RabbitMQ's check: split off the 4-byte salt, hash salt + password, compare."""
    raw = base64.b64decode(password_hash_b64)
    salt, digest = raw[:4], raw[4:]
    return hashlib.sha256(salt + password.encode()).digest() == digest


def broker_credentials(compose: dict[str, Any], service: str) -> tuple[str, str]:
    """(user, password) of the service's `<SVC>_BROKER_URL` in the compose file."""
    url = urlsplit(compose["services"][service]["environment"][f"{service.upper()}_BROKER_URL"])
    return unquote(url.username or ""), unquote(url.password or "")


def consumes(service: str) -> bool:
    return bool(importlib.import_module(f"mentor_{service}.handlers").HANDLERS)


def dead_letter_policy(service: str) -> dict[str, Any]:
    topology = ConsumerTopology(service, bindings=())
    main_queue = topology.declarations()[0]
    arguments = queue_arguments(main_queue)
    arguments.pop("x-queue-type")  # not a policy key: the queue type is fixed when a queue is declared
    return {
        "vhost": VHOST,
        "name": f"{service}-dead-letter",
        "pattern": "^" + main_queue.name.replace(".", r"\.") + "$",
        "apply-to": "queues",
        "priority": 0,
        "definition": {key.removeprefix("x-"): value for key, value in sorted(arguments.items())},
    }


def build(compose: dict[str, Any]) -> dict[str, Any]:
    users = [
        {
            "name": ADMIN_USER,
            "password_hash": password_hash(ADMIN_USER, ADMIN_PASSWORD),
            "hashing_algorithm": HASHING_ALGORITHM,
            "tags": ["administrator"],
        }
    ]
    permissions = [{"user": ADMIN_USER, "vhost": VHOST, "configure": ".*", "write": ".*", "read": ".*"}]
    for service in SERVICES:
        user, password = broker_credentials(compose, service)
        if user != user_name(service):
            raise SystemExit(f"{service}: BROKER_URL user is {user!r}, expected {user_name(service)!r}")
        users.append(
            {
                "name": user,
                "password_hash": password_hash(user, password),
                "hashing_algorithm": HASHING_ALGORITHM,
                "tags": [],
            }
        )
        granted = permissions_for(service)
        permissions.append(
            {
                "user": user,
                "vhost": VHOST,
                "configure": granted.configure,
                "write": granted.write,
                "read": granted.read,
            }
        )
    return {
        "users": users,
        "vhosts": [
            {
                "name": VHOST,
                "metadata": {"description": "MCU – Your Mentor", "tags": [], "default_queue_type": "quorum"},
            }
        ],
        "permissions": permissions,
        "exchanges": [
            {
                "name": name,
                "vhost": VHOST,
                "type": "topic",
                "durable": True,
                "auto_delete": False,
                "internal": False,
                "arguments": {},
            }
            for name in EXCHANGE_NAMES
        ],
        "policies": [dead_letter_policy(service) for service in SERVICES if consumes(service)],
        "queues": [],
        "bindings": [],
    }


def render(compose: dict[str, Any]) -> str:
    return json.dumps(build(compose), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if definitions.json is not what it would write")
    args = parser.parse_args(argv)
    text = render(yaml.safe_load(COMPOSE_FILE.read_text()))
    if args.check:
        if OUTPUT.read_text() != text:
            print(f"{OUTPUT} is stale: run {Path(__file__).name} without --check", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text)
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
