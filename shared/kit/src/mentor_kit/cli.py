"""`mentor-kit`: operator commands shared by every service (also reachable as `mentor token|dlq`)."""

import argparse
import asyncio
import json
import os
import sys

from mentor_kit.auth.dev import DEMO_USERS, mint_token
from mentor_kit.messaging import create_broker, list_dead_letters, replay_dead_letters


def add_commands(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    token = commands.add_parser("token", help="mint a development token for a demo user or any subject")
    token.add_argument("--user", help=f"a demo user: {', '.join(u.id for u in DEMO_USERS)}")
    token.add_argument("--sub", help="any subject id (with --role)")
    token.add_argument("--role", action="append", default=[], help="mentee, mentor, moderator or admin")
    token.add_argument("--ttl", type=int, default=12 * 3600, help="lifetime in seconds")
    token.set_defaults(run=_token)

    dlq = commands.add_parser("dlq", help="list or replay a consumer's dead letters")
    dlq.add_argument("action", choices=["list", "replay"])
    dlq.add_argument("--consumer", required=True, help="the consuming service, e.g. cases")
    dlq.add_argument("--broker-url", default=os.environ.get("MENTOR_BROKER_URL", "amqp://guest:guest@127.0.0.1/"))
    dlq.add_argument("--limit", type=int, default=100)
    dlq.set_defaults(run=_dlq)


def _token(args: argparse.Namespace) -> int:
    if args.user:
        user = next((u for u in DEMO_USERS if u.id == args.user), None)
        if user is None:
            print(f"unknown demo user {args.user!r}", file=sys.stderr)
            return 2
        print(mint_token(user.id, [user.role], name=user.name, email=user.email, ttl_seconds=args.ttl))
        return 0
    if not args.sub or not args.role:
        print("give --user, or --sub with at least one --role", file=sys.stderr)
        return 2
    print(mint_token(args.sub, args.role, ttl_seconds=args.ttl))
    return 0


def _dlq(args: argparse.Namespace) -> int:
    async def run() -> int:
        # the service's own user may not declare the shared exchanges; the dead letters need only its own names
        broker = create_broker(args.broker_url, name="mentor-dlq", declare_exchanges=False)
        await broker.start()
        try:
            if args.action == "list":
                for letter in await list_dead_letters(broker, args.consumer, limit=args.limit):
                    print(
                        json.dumps(
                            {
                                "message_id": letter.message_id,
                                "type": letter.event_type,
                                "exchange": letter.exchange,
                                "routing_key": letter.routing_key,
                                "attempts": letter.attempts,
                                "failed_at": letter.failed_at,
                                "error": letter.error,
                            },
                            ensure_ascii=False,
                        )
                    )
            else:
                print(f"replayed {await replay_dead_letters(broker, args.consumer, limit=args.limit)}")
        finally:
            await broker.close()
        return 0

    return asyncio.run(run())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mentor-kit")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    raise SystemExit(main())
