"""The `mentor` command."""

import argparse
import sys
from pathlib import Path

from mentor_gateway import deployed
from mentor_gateway.server import run_server
from mentor_kit.auth.dev import DevelopmentKeyMissing
from mentor_kit.cli import add_commands
from mentor_kit.logging import configure_logging

__all__ = ["main", "run_server"]


def _dev(args: argparse.Namespace) -> int:
    from mentor_gateway.dev import SearchServer, banner, build_platform, web_app

    configure_logging(args.log_level, json=False)
    data_dir = Path(args.data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    search = SearchServer(data_dir / "search", args.search_port)
    search.start()
    try:
        loopback = "127.0.0.1" if args.host in ("0.0.0.0", "::", "") else args.host
        app = build_platform(data_dir, search, web=web_app(f"http://{loopback}:{args.port}"))
        print(banner(f"http://{args.host}:{args.port}", search.url, sorted(app.state.services)), flush=True)
        run_server(app, args.host, args.port)
    finally:
        search.stop()
    return 0


def _demo(args: argparse.Namespace) -> int:
    try:  # demo tooling lives with the tests (tests/journeys), installed in a development checkout, not in images
        from mentor_journeys.demo import run
    except ImportError:
        print("`mentor demo` needs the development workspace: run `make demo` from a checkout", file=sys.stderr)
        return 2
    return run(args.url)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mentor", description="MCU – Your Mentor")
    commands = parser.add_subparsers(dest="command", required=True)
    dev = commands.add_parser("dev", help="run the whole platform in one process on embedded defaults")
    dev.add_argument("--host", default="127.0.0.1")
    dev.add_argument("--port", type=int, default=8000)
    dev.add_argument("--data-dir", default="data")
    dev.add_argument("--search-port", type=int, default=None, help="default: a free port")
    dev.add_argument("--log-level", default="INFO")
    dev.set_defaults(run=_dev)
    deployed.add_commands(commands)  # serve, migrate, broker-permissions
    demo = commands.add_parser("demo", help="walk journey 1 against a running platform (`make run`)")
    demo.add_argument("--url", default="http://127.0.0.1:8000")
    demo.set_defaults(run=_demo)
    add_commands(commands)
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except DevelopmentKeyMissing as exc:  # `mentor token` in an image: no development private key there
        print(f"mentor {args.command}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
