"""The `mentor` command."""

import argparse
import sys
from pathlib import Path
from typing import Any

from mentor_kit.cli import add_commands
from mentor_kit.logging import configure_logging


def run_server(app: Any, host: str, port: int, *, graceful_seconds: int | None = None) -> None:
    """uvicorn on uvloop and httptools (C), not asyncio's loop and h11 (pure Python): less server CPU per request,
    measured by bench/read_overhead.py, which runs its bare baseline under this same server."""
    import uvicorn

    uvicorn.run(
        app,
        host=host,
        port=port,
        loop="uvloop",
        http="httptools",
        log_level="warning",
        timeout_graceful_shutdown=graceful_seconds,
    )


def _dev(args: argparse.Namespace) -> int:
    from mentor_gateway.dev import SearchServer, banner, build_platform

    configure_logging(args.log_level, json=False)
    data_dir = Path(args.data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    search = SearchServer(data_dir / "search", args.search_port)
    search.start()
    try:
        app = build_platform(data_dir, search)
        print(banner(f"http://{args.host}:{args.port}", search.url, sorted(app.state.services)), flush=True)
        run_server(app, args.host, args.port)
    finally:
        search.stop()
    return 0


def _serve(args: argparse.Namespace) -> int:
    """One service as deployed: its HTTP API, consumers, relay and workers in this process."""
    from mentor_gateway.plugins import discover

    plugins = {plugin.name: plugin for plugin in discover()}
    plugin = plugins.get(args.service)
    if plugin is None or plugin.create is None:
        print(f"unknown service {args.service!r}; installed: {', '.join(sorted(plugins))}", file=sys.stderr)
        return 2
    service = plugin.create()
    configure_logging(service.settings.log_level, json=service.settings.log_json)
    run_server(service.app, args.host, args.port, graceful_seconds=10)
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
    serve = commands.add_parser("serve", help="run one service as deployed (settings from its environment)")
    serve.add_argument("service", help="cases, matching, library, notifications, …")
    serve.add_argument("--host", default="0.0.0.0")  # a container listens on all its interfaces
    serve.add_argument("--port", type=int, default=8080)
    serve.set_defaults(run=_serve)
    demo = commands.add_parser("demo", help="walk journey 1 against a running platform (`make run`)")
    demo.add_argument("--url", default="http://127.0.0.1:8000")
    demo.set_defaults(run=_demo)
    add_commands(commands)
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
