"""Loading a synthetic corpus of about a million triples into the persistent store, beside rdflib's memory store.

Reports load time (triples/s), size on disk, and p50/p95 latency of each named query.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from kgraph.model import Event

RELATIONS = ["meets_with", "visits", "discusses", "agrees_on", "cooperates_on", "supports", "criticizes",
             "sanctions", "signs", "calls_for", "hosts", "rejects"]


def synthetic_articles(target_triples: int, seed: int = 11):
    """Articles of 25 events each among 3,000 actors and 5,000 topics, until about ``target_triples``."""
    rng = random.Random(seed)
    countries = [(f"country:C{i:03d}", f"Country {i}", "country") for i in range(200)]
    people = [(f"person:p{i}", f"Person {i}", "person") for i in range(2800)]
    topics = [(f"topic:t{i}", f"topic {i}", "topic") for i in range(5000)]
    actors = countries + people
    per_event = 19  # triples an event adds, with its nodes, on average (measured on the first article)
    articles = max(1, target_triples // (25 * per_event))
    for a in range(articles):
        events = []
        for e in range(25):
            aid, aname, atype = rng.choice(actors)
            oid, oname, otype = rng.choice(actors if rng.random() < 0.5 else topics)
            date = f"20{rng.randint(15, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            events.append(Event(doc=f"bench-{a}", actor=aname, actor_type=atype, relation=rng.choice(RELATIONS),
                                object=oname, object_type=otype, actor_id=aid, object_id=oid, date=date,
                                modality="asserted", confidence=0.8, evidence=f"Sentence {e} of article {a}.",
                                start=e * 40, end=e * 40 + 30))
        yield f"bench-{a}", events


def queries(store) -> list[tuple[str, dict[str, str]]]:
    """Each named query with parameters that match something: the most active actors of the corpus."""
    import kgraph

    top = [r["actor"] for r in kgraph.query(store, "active-actors").rows[:2]]
    edge = kgraph.query(store, "timeline", {"actor": top[0]}).rows[0]
    return [
        ("meetings", {}), ("cooperation", {"actor": top[0]}), ("agreements", {"actor": top[0]}),
        ("timeline", {"actor": top[0]}), ("between", {"actor": top[0], "other": top[1]}),
        ("range", {"from": "2020-01-01", "to": "2020-01-31"}), ("active-actors", {}),
        ("evidence", {"actor": edge["subject"], "relation": edge["relation"], "object": edge["object"]}),
    ]


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def load(store, target: int) -> tuple[float, int]:
    from kgraph.rdf.build import article_graphs

    store.ensure_ontology()
    t0 = time.perf_counter()
    for doc, events in synthetic_articles(target):
        store.put_article(*article_graphs(doc, events))
    return time.perf_counter() - t0, store.triple_count()


def latencies(store, runs: int) -> dict[str, tuple[float, float, int]]:
    import kgraph

    out = {}
    for name, params in queries(store):
        times, rows = [], 0
        for _ in range(runs):
            t0 = time.perf_counter()
            rows = len(kgraph.query(store, name, params).rows)
            times.append(time.perf_counter() - t0)
        times.sort()
        out[name] = (statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))], rows)
    return out


def run(target: int = int(os.environ.get("KGRAPH_BENCH_TRIPLES", 1_000_000)), runs: int = 10) -> dict:
    from kgraph.rdf.store import GraphStore

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, location in (("oxigraph", Path(tmp) / "store"), ("memory", ":memory:")):
            with GraphStore(location) as store:
                seconds, triples = load(store, target)
                size = _dir_size(Path(location)) if kind == "oxigraph" else None
                lat = latencies(store, runs if kind == "oxigraph" else max(3, runs // 3))
                results[kind] = {"load_s": seconds, "triples": triples, "size_mb": size and size / 1e6,
                                 "queries": lat}
    ox, mem = results["oxigraph"], results["memory"]
    print(f"\nStore: {ox['triples']:,} triples ({target:,} asked for), 25 events an article")
    print(f"{'':10} {'load s':>8} {'triples/s':>10} {'disk MB':>8}")
    for kind in ("oxigraph", "memory"):
        r = results[kind]
        disk = f"{r['size_mb']:8.0f}" if r["size_mb"] else f"{'-':>8}"
        print(f"{kind:10} {r['load_s']:8.1f} {r['triples'] / r['load_s']:10,.0f} {disk}")
    print(f"\n{'query':14} {'rows':>6} {'oxigraph p50':>13} {'p95':>8} {'memory p50':>11} {'p95':>8} {'mem/ox':>7}")
    for name in ox["queries"]:
        o50, o95, rows = ox["queries"][name]
        m50, m95, _ = mem["queries"][name]
        print(f"{name:14} {rows:6d} {o50 * 1000:11.0f}ms {o95 * 1000:6.0f}ms {m50 * 1000:9.0f}ms {m95 * 1000:6.0f}ms "
              f"{m50 / o50:7.1f}")
    return results


if __name__ == "__main__":
    run()
