"""SIGKILL an ingest at random points, 20 times: does the store hold exactly the whole articles committed?

Half the kills fall in a first ingest into an empty store (the bulk loader: every article or none),
half in an ingest into a store that already holds articles (one transaction per article).
"""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DRIVER = """
import sys, kgraph
kgraph.ingest([sys.argv[1]], sys.argv[2], batch_size=2,
              progress=lambda a, n: print("committed", a.id, flush=True))
"""


def _corpus(path: Path, count: int, prefix: str = "k") -> Path:
    from bench.corpus import real_articles

    base = real_articles()
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            a = base[i % len(base)]
            handle.write(json.dumps({"id": f"{prefix}{i}", "title": a.title, "text": a.text,
                                     "published": a.published}) + "\n")
    return path


def _check(location: Path) -> tuple[int, bool]:
    from rdflib import URIRef

    from kgraph.rdf.ontology import KG
    from kgraph.rdf.store import GraphStore

    with GraphStore(location) as store:
        complete = True
        articles = store.articles()
        for _, state in articles:
            graph = store.graph_of(URIRef(state["iri"]))
            declared = int(graph.value(URIRef(state["iri"]), KG.eventCount))
            complete &= declared == len(list(graph.subjects(KG.actor, None)))
        return len(articles), complete


def run(repetitions: int = 20, articles: int = 120) -> list[dict]:
    import kgraph

    rng = random.Random()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        source = _corpus(Path(tmp) / "corpus.jsonl", articles)
        first = _corpus(Path(tmp) / "first.jsonl", 4, prefix="f")
        t0 = time.perf_counter()  # one whole run first, to aim the kills inside the ingest
        subprocess.run([sys.executable, "-c", DRIVER, source, Path(tmp) / "timing"], capture_output=True, check=True)
        whole = time.perf_counter() - t0
        for rep in range(repetitions):
            location = Path(tmp) / f"store{rep}"
            bulk = rep % 2 == 0  # else the store already holds a few articles: one transaction per article
            base = 0 if bulk else kgraph.ingest([first], location).ingested
            delay = rng.uniform(0.15 * whole, 0.95 * whole)  # model loading, parsing or writing
            child = subprocess.Popen([sys.executable, "-c", DRIVER, source, location], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True)
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            out, _ = child.communicate(timeout=60)
            committed = [line.split()[1] for line in out.splitlines() if line.startswith("committed")]
            if not location.exists():
                rows.append({"delay": delay, "mode": "bulk", "printed": 0, "stored": 0, "complete": True,
                             "exact": True, "rerun_ok": True})
                continue
            stored, complete = _check(location)
            stored -= base
            summary = kgraph.ingest([source], location)
            final, final_complete = _check(location)
            exact = (stored in (0, articles) and len(committed) <= stored) if bulk else \
                len(committed) <= stored <= len(committed) + 1
            rows.append({"delay": delay, "mode": "bulk" if bulk else "each", "printed": len(committed),
                         "stored": stored, "complete": complete, "exact": exact,
                         "rerun_ok": final - base == articles and final_complete and summary.unchanged == stored})
    ok = sum(r["complete"] and r["exact"] and r["rerun_ok"] for r in rows)
    print(f"\nSIGKILL mid-ingest, {repetitions} runs of {articles} articles at random points "
          f"(a whole ingest takes {whole:.1f} s)")
    print(f"{'delay s':>8} {'ingest':>7} {'reported':>9} {'stored':>7} {'complete':>9} {'re-run':>7}")
    for r in rows:
        print(f"{r['delay']:8.2f} {r['mode']:>7} {r['printed']:9d} {r['stored']:7d} {str(r['complete']):>9} "
              f"{str(r['rerun_ok']):>7}")
    print(f"{ok}/{repetitions} runs: store held only whole articles (a first load: all or none; later: those "
          f"reported committed, at most one more), and the re-run completed the corpus")
    return rows


if __name__ == "__main__":
    run()
