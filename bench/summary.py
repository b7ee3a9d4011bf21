"""The one table at the end of `make bench`: each bench records its headline figures (min / median / max over its
runs, the target, met or not) with `record()`, into the file named by `BENCH_SUMMARY` (nothing is recorded when
it is unset, e.g. a bench run by hand); `python bench/summary.py` prints them all, then removes the file.

Usage in a bench:  record("matching handler p50, 10,000 mentors", "ms", per_run_values, "< 50", lambda v: v < 50)
"""

import json
import os
import statistics
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

ENV = "BENCH_SUMMARY"


def record(
    figure: str,
    unit: str,
    values: Sequence[float],
    target: str = "",
    met: Callable[[float], bool] | None = None,
) -> None:
    """One figure of this bench: its values over the runs, judged on the median against `target`."""
    path = os.environ.get(ENV)
    if not path or not values:
        return
    median = statistics.median(values)
    row = {
        "bench": Path(sys.argv[0]).stem,
        "figure": figure,
        "unit": unit,
        "min": min(values),
        "median": median,
        "max": max(values),
        "target": target,
        "met": None if met is None else bool(met(median)),
    }
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def _number(value: float) -> str:
    return f"{value:,.2f}" if abs(value) < 10 else f"{value:,.0f}"


def main() -> int:
    path = Path(os.environ.get(ENV) or (sys.argv[1] if len(sys.argv) > 1 else ""))
    if not path.name or not path.exists():
        print(f"no figures recorded (set {ENV} to a file for the benches to record into)")
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    width = max(len(r["figure"]) for r in rows) + 2
    print()
    print("make bench: every figure beside its target (min / median / max of each bench's runs; met: on the median)")
    print(f"{'bench':20s} {'figure':{width}s} {'min / median / max':>28s} {'unit':8s} {'target':>10s}  met")
    for r in rows:
        spread = " / ".join(_number(r[k]) for k in ("min", "median", "max"))
        met = "" if r["met"] is None else ("yes" if r["met"] else "NO")
        print(f"{r['bench']:20s} {r['figure']:{width}s} {spread:>28s} {r['unit']:8s} {r['target']:>10s}  {met}")
    path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
