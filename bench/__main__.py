"""Run every benchmark and print its figures: ``python -m bench [extract|view ...]``."""

from __future__ import annotations

import os
import platform
import sys


def main(argv: list[str]) -> None:
    from bench import extract_bench, kill_bench, scale_bench, store_bench, view_bench

    chosen = argv or ["extract", "view", "store", "kill", "scale"]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for name in chosen:
        {"extract": extract_bench.run, "view": view_bench.run, "store": store_bench.run, "kill": kill_bench.run,
         "scale": scale_bench.run}[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
