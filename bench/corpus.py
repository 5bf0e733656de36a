"""Benchmark corpora, generated at run time (never committed): real articles repeated with distinct ids."""

from __future__ import annotations

import json
import random
from pathlib import Path

from kgraph.model import Article, Event

ROOT = Path(__file__).resolve().parent.parent
GOLD_ARTICLES = ROOT.parent / "shared" / "gold" / "articles.jsonl"


def real_articles() -> list[Article]:
    """The seed article, plus the development articles when ``../shared/gold`` is beside the checkout."""
    import kgraph

    articles = list(kgraph.read_articles(ROOT / "seeds"))
    if GOLD_ARTICLES.exists():
        articles += list(kgraph.read_articles(GOLD_ARTICLES))
    return articles


def repeated_articles(count: int) -> list[Article]:
    """``count`` articles cycling through the real ones, each with its own id."""
    base = real_articles()
    return [Article(id=f"{base[i % len(base)].id}-{i}", title=base[i % len(base)].title,
                    text=base[i % len(base)].text, published=base[i % len(base)].published)
            for i in range(count)]


def synthetic_events(nodes: int, seed: int = 7) -> list[Event]:
    """Events among about ``nodes`` actors and topics, shaped like extracted ones (for view benchmarks)."""
    rng = random.Random(seed)
    relations = ["meets_with", "visits", "discusses", "agrees_on", "cooperates_on", "supports", "criticizes",
                 "sanctions", "signs", "calls_for"]
    kinds = ["country", "organisation", "person", "topic"]
    names = [(f"{kinds[i % 4]}:n{i}", f"Node {i} <b>&</b>", kinds[i % 4]) for i in range(nodes)]
    events = []
    actors = [n for n in names if n[2] != "topic"]
    pairs = [(rng.choice(actors), n) for n in names] + [tuple(rng.sample(actors, 2)) for _ in range(nodes // 2)]
    for i, ((aid, aname, atype), (oid, oname, otype)) in enumerate(pairs):
        if aid == oid:
            continue
        events.append(Event(doc=f"b{i % 50}", actor=aname, actor_type=atype, relation=rng.choice(relations),
                            object=oname, object_type=otype, actor_id=aid, object_id=oid,
                            date=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < .7 else None,
                            modality=rng.choice(["asserted", "asserted", "planned"]), confidence=0.8,
                            evidence=f"Sentence {i} with \"quotes\" and <script>x</script>.", start=0, end=10))
    return events


def write_jsonl(articles: list[Article], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for a in articles:
            handle.write(json.dumps({"id": a.id, "title": a.title, "text": a.text, "published": a.published}) + "\n")
    return path


def synthetic_projection(events: list[Event]):
    """The projection ``kgraph.to_networkx`` makes of ``events`` (one article each, told once), built
    directly: the view benchmarks measure the page, and building thousands of events through RDF would
    take most of their time (the store benchmarks measure that)."""
    import networkx as nx

    from kgraph.vocabulary import RELATIONS

    graph = nx.MultiDiGraph()
    for i, ev in enumerate(events):
        graph.add_node(ev.actor_id, label=ev.actor, type=ev.actor_type)
        graph.add_node(ev.object_id, label=ev.object, type=ev.object_type)
        report = {"article": f"urn:bench:{ev.doc}", "id": ev.doc, "outlet": None, "url": None, "date": ev.date,
                  "evidence": ev.evidence}
        graph.add_edge(ev.actor_id, ev.object_id, key=f"urn:bench:event:{i}", relation=ev.relation,
                       plover=RELATIONS[ev.relation].plover, date=ev.date, modality=ev.modality,
                       evidence=ev.evidence, article=report["article"], source=None, confidence=ev.confidence,
                       published=None, source_count=1, sources=ev.doc, reports=[report])
    return graph
