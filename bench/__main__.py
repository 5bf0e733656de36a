"""Run benchmarks and print their figures, then one table of the figures that have a target:
``python -m bench [extract|view|store|ingest|kill|scale ...]``."""

from __future__ import annotations

import os
import platform
import sys


def main(argv: list[str]) -> None:
    from bench import extract_bench, ingest_bench, kill_bench, scale_bench, store_bench, view_bench

    benches = {"extract": extract_bench, "view": view_bench, "store": store_bench, "ingest": ingest_bench,
               "kill": kill_bench, "scale": scale_bench}
    chosen = argv or ["extract", "view", "store", "ingest", "kill", "scale"]
    unknown = [name for name in chosen if name not in benches]
    if unknown:
        sys.exit(f"unknown benchmark {unknown[0]!r}; known: {', '.join(benches)}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    rows = []
    for name in chosen:
        result = benches[name].run()
        if hasattr(benches[name], "targets"):
            rows += benches[name].targets(result)
    if rows:
        print_targets(rows)


def print_targets(rows: list[tuple[str, str, str, bool]]) -> None:
    """The figures beside their targets, in one table."""
    width = max(len(what) for what, *_ in rows)
    print(f"\n{'Targets':{width}}  {'measured':>20}  {'target':>20}  met")
    for what, measured, target, met in rows:
        print(f"{what:{width}}  {measured:>20}  {target:>20}  {'yes' if met else 'NO'}")


if __name__ == "__main__":
    main(sys.argv[1:])
