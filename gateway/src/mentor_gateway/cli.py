"""The `mentor` command."""

import argparse
import sys
from pathlib import Path

from mentor_kit.cli import add_commands
from mentor_kit.logging import configure_logging


def _dev(args: argparse.Namespace) -> int:
    import uvicorn

    from mentor_gateway.dev import SearchServer, banner, build_platform

    configure_logging(args.log_level, json=False)
    data_dir = Path(args.data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    search = SearchServer(data_dir / "search", args.search_port)
    search.start()
    try:
        app = build_platform(data_dir, search)
        print(banner(f"http://{args.host}:{args.port}", search.url, sorted(app.state.services)), flush=True)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    finally:
        search.stop()
    return 0


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
    add_commands(commands)
    args = parser.parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
