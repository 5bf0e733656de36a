"""A synthetic corpus of about a million triples in the persistent store, beside rdflib's memory store.

The embedded store gets it as a first ingest does (N-Quads written from the events while the bulk
loader reads them), then more articles one transaction each; the memory store one article at a time. Reports load rates, bytes on disk per
triple, and p50/p95 latency of each named query: on the embedded store through pyoxigraph directly
(what ``kgraph.query`` does), the same store through rdflib's Oxigraph plugin, and the memory store.
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
#: Articles written one transaction each into the loaded store, after the bulk load.
LATER = 40


def synthetic_articles(target_triples: int, seed: int = 11, first: int = 0):
    """Articles of 25 events each among 3,000 actors and 5,000 topics, until about ``target_triples``
    (with the occurrences that corroboration adds)."""
    rng = random.Random(seed)
    countries = [(f"country:C{i:03d}", f"Country {i}", "country") for i in range(200)]
    people = [(f"person:p{i}", f"Person {i}", "person") for i in range(2800)]
    topics = [(f"topic:t{i}", f"topic {i}", "topic") for i in range(5000)]
    actors = countries + people
    per_event = 27  # triples an event adds, with its nodes and its occurrence, on average
    articles = max(1, target_triples // (25 * per_event))
    for a in range(first, first + articles):
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


def _graphs(target: int, first: int = 0):
    from kgraph.rdf.build import article_graphs

    for doc, events in synthetic_articles(target, seed=11 + first, first=first):
        yield article_graphs(doc, events)


def bulk_load(store, target: int) -> dict:
    """The first load, as a first ingest writes it: from events to a loaded store (N-Quads written straight
    from the events, handed in runs to the bulk loader as they are written). The synthetic events are made
    before timing."""
    from kgraph.rdf.nquads import ArticleEvents

    store.ensure_ontology()
    items = [ArticleEvents(doc, events) for doc, events in synthetic_articles(target)]
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    store.bulk_load(items, timings)
    whole = time.perf_counter() - t0
    return {"load_s": whole, "written_s": timings["written"], "loaded_s": timings["loaded"],
            "triples": store.triple_count()}


def one_at_a_time(store, target: int, first: int = 0) -> dict:
    """Articles written one transaction each (graph building included)."""
    store.ensure_ontology()
    before = store.triple_count()
    t0 = time.perf_counter()
    articles = 0
    for pair in _graphs(target, first):
        store.put_article(*pair)
        articles += 1
    seconds = time.perf_counter() - t0
    return {"load_s": seconds, "articles": articles, "added": store.triple_count() - before}


def _rdflib_rows(store, name: str, params: dict[str, str]) -> int:
    """A named query on the embedded store through rdflib's Oxigraph plugin (terms converted by rdflib)."""
    from kgraph.sparql.run import bind_parameters, load_query

    result = store.dataset.query(bind_parameters(load_query(name).text, params))
    return len([{str(v): (None if row[v] is None else str(row[v])) for v in result.vars} for row in result])


def latencies(store, runs: int, via_rdflib: bool = False) -> dict[str, tuple[float, float, int]]:
    import kgraph

    out = {}
    for name, params in queries(store):
        times, rows = [], 0
        for _ in range(runs):
            t0 = time.perf_counter()
            rows = _rdflib_rows(store, name, params) if via_rdflib else len(kgraph.query(store, name, params).rows)
            times.append(time.perf_counter() - t0)
        times.sort()
        out[name] = (statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))], rows)
    return out


def run(target: int = int(os.environ.get("KGRAPH_BENCH_TRIPLES", 1_000_000)), runs: int = 10) -> dict:
    from kgraph.rdf.store import GraphStore

    with tempfile.TemporaryDirectory() as tmp:
        location = Path(tmp) / "store"
        with GraphStore(location) as store:
            bulk = bulk_load(store, target)
            bulk["bytes"] = _dir_size(location)
            later = one_at_a_time(store, LATER * 25 * 27, first=10**6)
            native = latencies(store, runs)
            plugin = latencies(store, max(3, runs // 3), via_rdflib=True)
    with GraphStore(":memory:") as store:
        memory = one_at_a_time(store, target)
        memory_q = latencies(store, 3)
    result = {"bulk": bulk, "later": later, "memory": memory, "native": native, "plugin": plugin,
              "memory_queries": memory_q}
    _print(result, target)
    return result


def _print(r: dict, target: int) -> None:
    bulk, later, memory = r["bulk"], r["later"], r["memory"]
    triples = bulk["triples"]
    print(f"\nStore: {triples:,} triples after the first load ({target:,} asked for), 25 events an article")
    print(f"{'':46} {'s':>7} {'triples/s':>10}")
    print(f"{'first load: last quad written (Python)':46} {bulk['written_s']:7.1f} "
          f"{triples / bulk['written_s']:10,.0f}")
    print(f"{'first load: loader done (Oxigraph, alongside)':46} {bulk['loaded_s']:7.1f} "
          f"{triples / bulk['loaded_s']:10,.0f}")
    print(f"{'first load, whole (events to a store in place)':46} {bulk['load_s']:7.1f} "
          f"{triples / bulk['load_s']:10,.0f}")
    then = f"then {later['articles']} articles, one transaction each"
    print(f"{then:46} {later['load_s']:7.1f} "
          f"{later['added'] / later['load_s']:10,.0f}")
    print(f"{'memory store, one article at a time':46} {memory['load_s']:7.1f} "
          f"{memory['added'] / memory['load_s']:10,.0f}")
    print(f"on disk after the first load: {bulk['bytes'] / 1e6:.0f} MB, {bulk['bytes'] / triples:.0f} bytes a triple")
    print(f"\n{'query':14} {'rows':>6} {'pyoxigraph p50':>15} {'p95':>7} {'via rdflib p50':>15} "
          f"{'memory p50':>11}")
    for name, (o50, o95, rows) in r["native"].items():
        print(f"{name:14} {rows:6d} {o50 * 1000:13.1f}ms {o95 * 1000:5.1f}ms {r['plugin'][name][0] * 1000:13.1f}ms "
              f"{r['memory_queries'][name][0] * 1000:9.0f}ms")


def targets(r: dict) -> list[tuple[str, str, str, bool]]:
    """``(what, measured, target, met)`` rows for the summary table."""
    bulk = r["bulk"]
    rows = [("first load into the embedded store, whole", f"{bulk['triples'] / bulk['load_s']:,.0f} triples/s",
             ">= 100,000 triples/s", bulk["triples"] / bulk["load_s"] >= 100_000),
            ("disk after the first load", f"{bulk['bytes'] / bulk['triples']:.0f} bytes/triple", "<= 300",
             bulk["bytes"] / bulk["triples"] <= 300)]
    for name, (p50, _, _) in r["native"].items():
        rows.append((f"query {name} p50 ({bulk['triples'] / 1e6:.2f}M triples)", f"{p50 * 1000:.1f} ms", "<= 20 ms",
                     p50 <= 0.020))
    return rows


if __name__ == "__main__":
    run()
