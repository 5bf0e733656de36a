"""Scaling on one machine and past it: processes, Dask workers, incremental re-ingest, and flat memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import repeated_articles, write_jsonl


def _words(articles) -> int:
    return sum(len(a.text.split()) + len(a.title.split()) for a in articles)


def _timed(func) -> float:
    t0 = time.perf_counter()
    func()
    return time.perf_counter() - t0


def processes(count: int) -> dict:
    """Words/s with 1 and 2 processes (``--processes``: each runs the whole extraction)."""
    import kgraph

    articles = repeated_articles(count)
    list(kgraph.extract(articles[:4]))  # load the model before timing
    one = _timed(lambda: sum(1 for _ in kgraph.extract(articles, n_process=1)))
    two = _timed(lambda: sum(1 for _ in kgraph.extract(articles, n_process=2, batch_size=16)))
    words = _words(articles)
    return {"one_wps": words / one, "two_wps": words / two, "speedup": one / two}


def dask_workers(count: int) -> dict:
    """Words/s with 1 and 2 Dask workers (clusters started and warmed before timing)."""
    from distributed import LocalCluster

    import kgraph

    articles = repeated_articles(count)
    words = _words(articles)
    out = {}
    for n in (1, 2):
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=40) as cluster:
            address = cluster.scheduler_address
            list(kgraph.extract(articles[: 2 * n], scheduler=address))  # every worker loads its model
            seconds = _timed(lambda: sum(1 for _ in kgraph.extract(articles, scheduler=address)))
        out[n] = words / seconds
    return {"one_wps": out[1], "two_wps": out[2], "speedup": out[2] / out[1]}


def reingest(count: int) -> dict:
    """First ingest into a fresh persistent store, then the same corpus again."""
    with tempfile.TemporaryDirectory() as tmp:
        source = write_jsonl(repeated_articles(count), Path(tmp) / "corpus.jsonl")
        store = Path(tmp) / "store"
        cmd = [sys.executable, "-m", "kgraph", "ingest", str(source), "--store", str(store)]
        first = _timed(lambda: subprocess.run(cmd, check=True, capture_output=True))
        again = _timed(lambda: subprocess.run(cmd, check=True, capture_output=True))
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    triples = int(next(line.split()[1] for line in out.splitlines() if line.startswith("triples")))
    return {"articles_s": count / first, "triples_s": triples / first, "first_s": first, "again_s": again,
            "ratio": again / first}


def peak_rss(count: int) -> float:
    """Peak resident memory (MB) of a whole ``kgraph ingest`` of ``count`` articles, in a child process."""
    with tempfile.TemporaryDirectory() as tmp:
        source = write_jsonl(repeated_articles(count), Path(tmp) / "corpus.jsonl")
        script = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True);"
                  "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        out = subprocess.run([sys.executable, "-c", script, sys.executable, "-m", "kgraph", "ingest", str(source),
                              "--store", str(Path(tmp) / "store"), "--processes", "2"],
                             check=True, capture_output=True, text=True).stdout
    return int(out.strip()) / 1024


def run() -> dict:
    small = int(os.environ.get("KGRAPH_BENCH_ARTICLES", 200))
    sizes = [int(x) for x in os.environ.get("KGRAPH_BENCH_RSS", "1000,10000").split(",")]
    result = {"processes": processes(small), "dask": dask_workers(small), "reingest": reingest(small)}
    result["rss"] = {n: peak_rss(n) for n in sizes}
    p, d, r = result["processes"], result["dask"], result["reingest"]
    print(f"\nScaling ({small} articles; 2 cores)")
    print(f"{'':22} {'1 words/s':>10} {'2 words/s':>10} {'speed-up':>9}")
    print(f"{'processes':22} {p['one_wps']:10.0f} {p['two_wps']:10.0f} {p['speedup']:9.2f}")
    print(f"{'Dask workers':22} {d['one_wps']:10.0f} {d['two_wps']:10.0f} {d['speedup']:9.2f}")
    print(f"\nIngest into the persistent store: {r['articles_s']:.1f} articles/s, {r['triples_s']:.0f} triples/s "
          f"(whole command, {r['first_s']:.1f} s)")
    print(f"re-ingest of the unchanged corpus: {r['again_s']:.1f} s, ratio {r['ratio']:.3f} of the first run")
    print("\nPeak RSS of a whole ingest (--processes 2, all processes' largest):")
    for n, mb in result["rss"].items():
        print(f"  {n:6d} articles: {mb:7.0f} MB")
    if len(sizes) == 2:
        print(f"  ratio {sizes[1]}/{sizes[0]}: {result['rss'][sizes[1]] / result['rss'][sizes[0]]:.2f}")
    return result


def targets(r: dict) -> list[tuple[str, str, str, bool]]:
    """``(what, measured, target, met)`` rows for the summary table."""
    speedup = r["processes"]["speedup"]
    return [("--processes 2 beside 1 (2 cores)", f"x{speedup:.2f}", ">= x1.7", speedup >= 1.7)]


if __name__ == "__main__":
    run()
