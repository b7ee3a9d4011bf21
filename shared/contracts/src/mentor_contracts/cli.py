"""`mentor-contracts snapshot|asyncapi`: refresh the committed schema snapshots and the AsyncAPI document."""

import argparse
import json
import sys
from pathlib import Path

from mentor_contracts import asyncapi
from mentor_contracts.events import ALL_EVENTS
from mentor_contracts.schemas import compatibility_problems, event_schema, snapshot_name

ROOT = Path(__file__).resolve().parents[4]
SNAPSHOTS = ROOT / "shared" / "contracts" / "schemas"
ASYNCAPI = ROOT / "docs" / "asyncapi.yaml"


def write_snapshots() -> int:
    failed = False
    for event in ALL_EVENTS:
        path = SNAPSHOTS / snapshot_name(event)
        new = event_schema(event)
        if path.exists():
            problems = compatibility_problems(json.loads(path.read_text()), new)
            if problems:
                failed = True
                print(f"{event.__name__}: incompatible within v{event.major()}: {problems}", file=sys.stderr)
                continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(new, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="mentor-contracts")
    parser.add_argument("command", choices=["snapshot", "asyncapi"])
    args = parser.parse_args()
    if args.command == "snapshot":
        return write_snapshots()
    ASYNCAPI.parent.mkdir(parents=True, exist_ok=True)
    ASYNCAPI.write_text(asyncapi.render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
