"""Corroboration across articles: one event told by several articles is one occurrence with every
article as a source, whatever the order articles come in, through builds, stores, deletes and views.

The fixture is ours: ``tests/data/corroboration/`` holds six short articles (three reports of one
Biden-Xi meeting, one of them dated a day later, two undated ones, and a meeting with another
leader that must not merge) and the events they tell, written by hand.
"""

from __future__ import annotations

import csv
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import PROV, XSD

import kgraph
from kgraph.model import Event
from kgraph.rdf.build import article_graphs, build_graph
from kgraph.rdf.corroborate import CORROBORATION_GRAPH, Report, occurrence_iri, windows
from kgraph.rdf.ontology import KG
from kgraph.rdf.store import GraphStore
from kgraph.rdf.uris import actor_iri, article_iri

from test_store import oxigraph_server  # noqa: F401  (the fixture: a real Oxigraph server on a free port)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "corroboration"
XI, BOLUARTE = actor_iri("person:xi-jinping"), actor_iri("person:dina-boluarte")
SUMMIT = {"reuters-1", "ap-7", "afp-3"}


def hand_events() -> list[Event]:
    return kgraph.read_events(DATA / "events.jsonl")


def hand_articles() -> list:
    return list(kgraph.read_articles([DATA / "articles.jsonl"]))


def corroboration(source) -> Graph:
    """A copy of the corroboration graph of a dataset or a store."""
    if isinstance(source, GraphStore):
        return source.graph_of(CORROBORATION_GRAPH)
    graph = Graph()
    for triple in source.graph(CORROBORATION_GRAPH):
        graph.add(triple)
    return graph


def summary(graph: Graph) -> set[tuple[str, str | None, int, frozenset[str]]]:
    """Each occurrence as (object, date, source count, article ids)."""
    found = set()
    for occ in graph.subjects(RDF.type, KG.Occurrence):
        date = graph.value(occ, KG.date)
        articles = frozenset(str(a).rsplit("/", 1)[-1] for a in graph.objects(occ, PROV.wasDerivedFrom))
        found.add((str(graph.value(occ, KG.object)).rsplit("/", 1)[-1], None if date is None else str(date),
                   int(graph.value(occ, KG.sourceCount)), articles))
    return found


EXPECTED = {
    ("xi-jinping", "2024-11-16", 3, frozenset(SUMMIT)),            # same day, and one day later
    ("xi-jinping", None, 2, frozenset({"dw-2", "bbc-5"})),          # both undated
    ("dina-boluarte", "2024-11-16", 1, frozenset({"elcomercio-4"})),  # another object: its own event
}


def put(store: GraphStore, events: list[Event], articles: list, docs) -> None:
    known = {a.id: a for a in articles}
    for doc in docs:
        store.put_article(*article_graphs(doc, [e for e in events if e.doc == doc], known.get(doc)))


@pytest.fixture(params=["memory", "oxigraph"])
def store(request, tmp_path):
    location = ":memory:" if request.param == "memory" else tmp_path / "store"
    with GraphStore(location) as opened:
        opened.ensure_ontology()
        yield opened


# ---- the rule ---------------------------------------------------------------------------------------

def test_windows_of_two_days_from_the_earliest_day_in_any_order():
    days = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-05", "2024-03-06", None, None, "2024-03-01"]
    reports = [Report(day, f"art{i}", f"s{i}") for i, day in enumerate(days)]
    expected = [("2024-03-01", ["s0", "s7", "s1"]), ("2024-03-03", ["s2"]), ("2024-03-05", ["s3", "s4"]),
                ("undated", ["s5", "s6"])]
    for seed in range(6):
        random.Random(seed).shuffle(reports)
        got = [(anchor, [r.statement for r in group]) for anchor, group in windows(reports)]
        assert [(a, sorted(s)) for a, s in got] == [(a, sorted(s)) for a, s in expected]


def test_hand_built_reports_merge_into_one_event_with_every_article_as_source():
    dataset = build_graph(hand_events(), hand_articles())
    graph = corroboration(dataset)
    assert summary(graph) == EXPECTED
    key = (actor_iri("person:joe-biden"), KG.meetsWith, XI, KG.Asserted)
    summit = occurrence_iri(key, "2024-11-16")
    assert {str(a) for a in graph.objects(summit, PROV.wasDerivedFrom)} == {str(article_iri(d)) for d in SUMMIT}
    reports = set(graph.objects(summit, KG.report))
    assert len(reports) == 3 and all(str(r).startswith(str(kgraph.config.BASE_IRI) + "event/") for r in reports)
    # each report is an article's own statement, with its own sentence, in that article's graph
    assert {str(dataset.value(r, PROV.wasDerivedFrom)).rsplit("/", 1)[-1] for r in reports} == SUMMIT
    assert all(dataset.value(r, KG.evidence) for r in reports)


def test_a_chain_of_daily_reports_a_planned_and_a_negated_one_stay_apart():
    base = hand_events()[0]

    def told(doc, date, modality="asserted"):
        return Event(**{**base.as_dict(), "doc": doc, "date": date, "modality": modality})
    events = [told("x1", "2024-11-16"), told("x2", "2024-11-17"), told("x3", "2024-11-18"),
              told("x4", "2024-11-16", "planned"), told("x5", "2024-11-16", "negated")]
    found = summary(corroboration(build_graph(events)))
    assert found == {("xi-jinping", "2024-11-16", 2, frozenset({"x1", "x2"})),
                     ("xi-jinping", "2024-11-18", 1, frozenset({"x3"})),
                     ("xi-jinping", "2024-11-16", 1, frozenset({"x4"})),
                     ("xi-jinping", "2024-11-16", 1, frozenset({"x5"}))}


def test_an_article_telling_an_event_twice_is_one_source():
    first = hand_events()[0]
    again = Event(**{**first.as_dict(), "start": 100, "end": 140, "evidence": "At their meeting, they talked."})
    graph = corroboration(build_graph([first, again]))
    (occ,) = graph.subjects(RDF.type, KG.Occurrence)
    assert graph.value(occ, KG.sourceCount) == Literal(1, datatype=XSD.integer)
    assert len(set(graph.objects(occ, KG.report))) == 2


# ---- order, increments, deletes ---------------------------------------------------------------------

def test_identity_does_not_depend_on_ingestion_order(tmp_path):
    events, articles = hand_events(), hand_articles()
    reference = set(corroboration(build_graph(events, articles)))
    for seed in range(4):
        rng = random.Random(seed)
        shuffled_events, shuffled_articles = events[:], articles[:]
        rng.shuffle(shuffled_events)
        rng.shuffle(shuffled_articles)
        assert set(corroboration(build_graph(shuffled_events, shuffled_articles))) == reference
        docs = [a.id for a in shuffled_articles]
        for location in (":memory:", tmp_path / f"store-{seed}"):
            with GraphStore(location) as store:
                put(store, events, articles, docs)
                assert set(corroboration(store)) == reference, (location, docs)


def test_deleting_a_source_keeps_the_event_and_lowers_its_count(store):
    events, articles = hand_events(), hand_articles()
    put(store, events, articles, [a.id for a in articles])
    key = (actor_iri("person:joe-biden"), KG.meetsWith, XI, KG.Asserted)
    summit = occurrence_iri(key, "2024-11-16")
    assert summary(corroboration(store)) == EXPECTED

    assert kgraph.delete(["reuters-1"], store) == ["reuters-1"]
    graph = corroboration(store)
    assert graph.value(summit, KG.sourceCount) == Literal(2, datatype=XSD.integer)  # the same event, one source fewer
    assert {str(a) for a in graph.objects(summit, PROV.wasDerivedFrom)} == {str(article_iri(d)) for d in ("ap-7", "afp-3")}

    kgraph.delete(["ap-7"], store)
    assert ("xi-jinping", "2024-11-17", 1, frozenset({"afp-3"})) in summary(corroboration(store))  # still there

    kgraph.delete(["afp-3", "dw-2"], store)
    assert summary(corroboration(store)) == {("xi-jinping", None, 1, frozenset({"bbc-5"})),
                                             ("dina-boluarte", "2024-11-16", 1, frozenset({"elcomercio-4"}))}
    kgraph.delete(["bbc-5", "elcomercio-4"], store)
    assert len(corroboration(store)) == 0
    assert not store.has_graph(CORROBORATION_GRAPH) or len(store.graph_of(CORROBORATION_GRAPH)) == 0
    assert (XI, None, None) not in store.dataset  # the actor went with its last article


def test_a_changed_article_moves_to_the_event_it_now_tells(store):
    events, articles = hand_events(), hand_articles()
    put(store, events, articles, [a.id for a in articles])
    moved = [Event(**{**e.as_dict(), "date": "2024-11-20"}) if e.doc == "ap-7" else e for e in events]
    put(store, moved, articles, ["ap-7"])
    found = summary(corroboration(store))
    assert ("xi-jinping", "2024-11-16", 2, frozenset({"reuters-1", "afp-3"})) in found
    assert ("xi-jinping", "2024-11-20", 1, frozenset({"ap-7"})) in found
    assert set(corroboration(store)) == set(corroboration(build_graph(moved, articles)))


@pytest.mark.parametrize("seed", range(3))
def test_random_puts_replacements_and_deletes_agree_with_a_build_from_scratch(store, seed):
    """After every step, the store's occurrences are those a fresh build of what it holds would have."""
    rng = random.Random(seed)
    template = hand_events()[0]
    objects = [("Xi Jinping", "person:xi-jinping"), ("Dina Boluarte", "person:dina-boluarte")]
    days = ["2024-11-15", "2024-11-16", "2024-11-17", "2024-11-18", None]
    held: dict[str, list[Event]] = {}
    for step in range(18):
        doc = f"d{rng.randrange(7)}"
        if held and rng.random() < 0.3:
            doc = rng.choice(sorted(held))
            kgraph.delete([doc], store)
            del held[doc]
        else:
            told = []
            for i in range(rng.randint(0, 3)):
                name, oid = rng.choice(objects)
                told.append(Event(**{**template.as_dict(), "doc": doc, "object": name, "object_id": oid,
                                     "date": rng.choice(days), "start": i * 50, "end": i * 50 + 40,
                                     "modality": rng.choice(["asserted", "asserted", "planned"])}))
            store.put_article(*article_graphs(doc, told))
            held[doc] = told
        fresh = build_graph([e for evs in held.values() for e in evs], [])
        assert set(corroboration(store)) == set(corroboration(fresh)), f"step {step}"


def test_a_sparql_endpoint_corroborates_as_the_embedded_stores_do(oxigraph_server):
    events, articles = hand_events(), hand_articles()
    with GraphStore(oxigraph_server) as remote:
        put(remote, events, articles, [a.id for a in reversed(articles)])
        assert summary(corroboration(remote)) == EXPECTED
        assert kgraph.delete(["ap-7"], remote) == ["ap-7"]
        rest = [e for e in events if e.doc != "ap-7"]
        assert set(corroboration(remote)) == set(corroboration(build_graph(rest, articles)))


def test_a_store_without_occurrences_gets_them_at_the_next_ingest(tmp_path):
    events, articles = hand_events(), hand_articles()
    location = tmp_path / "store"
    with GraphStore(location) as store:
        put(store, events, articles, [a.id for a in articles])
        store._update(f"DROP GRAPH <{CORROBORATION_GRAPH}>")  # as a store written before corroboration
        assert not store.has_graph(CORROBORATION_GRAPH)
    summary_ = kgraph.ingest([], location)
    assert summary_.ingested == 0
    with GraphStore(location) as store:
        assert summary(corroboration(store)) == EXPECTED


def test_shapes_hold_and_catch_a_wrong_count():
    pyshacl = pytest.importorskip("pyshacl", reason="pyshacl is a dev dependency (pip install -e '.[dev]')")
    data = Graph()
    for triple in build_graph(hand_events(), hand_articles()).triples((None, None, None)):
        data.add(triple)
    shapes = Graph().parse(ROOT / "kgraph" / "shapes.ttl")
    ontology = Graph().parse(ROOT / "ontology.ttl")
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report
    occ = next(data.subjects(KG.sourceCount, Literal(3, datatype=XSD.integer)))
    data.set((occ, KG.sourceCount, Literal(4, datatype=XSD.integer)))
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert not conforms and "sourceCount is not the number of articles" in report
    data.set((occ, KG.sourceCount, Literal(3, datatype=XSD.integer)))
    data.add((occ, KG.report, next(s for s in data.subjects(KG.object, BOLUARTE) if (s, RDF.type, KG.Event) in data)))
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert not conforms and "does not tell its actor" in report


# ---- queries, projection, exports -------------------------------------------------------------------

def test_corroborated_query_takes_a_minimum(store):
    events, articles = hand_events(), hand_articles()
    put(store, events, articles, [a.id for a in articles])
    rows = kgraph.query(store, "corroborated").rows
    assert [(r["object"], r["date"], r["sources"], r["articles"]) for r in rows] == [
        ("Xi Jinping", "2024-11-16", "3", "afp-3 ap-7 reuters-1"), ("Xi Jinping", None, "2", "bbc-5 dw-2")]
    assert len(kgraph.query(store, "corroborated", {"min": "3"}).rows) == 1
    assert kgraph.query(store, "corroborated", {"min": "4"}).rows == []
    assert len(kgraph.query(store, "corroborated", {"min": "1"}).rows) == 3
    assert kgraph.query(store, "corroborated", {"min": "two"}).rows == []  # not a number: nothing, not the default


def test_counting_queries_count_an_event_once(store):
    events, articles = hand_events(), hand_articles()
    put(store, events, articles, [a.id for a in articles])
    active = {r["actor"]: r["events"] for r in kgraph.query(store, "active-actors").rows}
    assert active["Joe Biden"] == "3"  # six reports, three events
    listed = kgraph.query(store, "events").rows
    assert sorted((r["object"], r["date"] or "", r["sources"]) for r in listed) == [
        ("Dina Boluarte", "2024-11-16", "1"), ("Xi Jinping", "", "2"), ("Xi Jinping", "2024-11-16", "3")]
    # the listings of statements keep each article's own sentence, and no occurrence sneaks in
    meetings = kgraph.query(store, "meetings").rows
    assert {r["location"] for r in meetings} == {"Lima"}
    between = kgraph.query(store, "between", {"actor": "Joe Biden", "other": "Xi Jinping"}).rows
    assert len(between) == 5 and all(r["evidence"] for r in between)


def test_projection_has_one_edge_per_event_with_its_sources(tmp_path):
    dataset = build_graph(hand_events(), hand_articles())
    graph = kgraph.to_networkx(dataset)
    edges = sorted((d["source_count"], d["sources"], d["date"]) for _, _, d in graph.edges(data=True))
    assert edges == [(1, "elcomercio-4", "2024-11-16"), (2, "bbc-5; dw-2", None), (3, "afp-3; ap-7; reuters-1", "2024-11-16")]
    (summit,) = [d for _, _, d in graph.edges(data=True) if d["source_count"] == 3]
    assert [(r["id"], r["outlet"], r["date"]) for r in summit["reports"]] == [
        ("afp-3", "AFP", "2024-11-17"), ("ap-7", "AP", "2024-11-16"), ("reuters-1", "Reuters", "2024-11-16")]
    assert summit["reports"][0]["url"] == "https://afp.example/apec-lima"
    path = kgraph.export(dataset, tmp_path / "edges.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert sorted((r["source_count"], r["sources"]) for r in rows) == [
        ("1", "elcomercio-4"), ("2", "bbc-5; dw-2"), ("3", "afp-3; ap-7; reuters-1")]
    assert kgraph.export(dataset, tmp_path / "graph.graphml").stat().st_size > 0


# ---- the real pipeline, through the CLI: build (files) and ingest (store) ----------------------------

def kgraph_cli(*args, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgraph", *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


def corroborated(graph: Path, cwd: Path, minimum: int = 2) -> list[dict]:
    done = kgraph_cli("query", "corroborated", "-p", f"min={minimum}", "--graph", graph, "-f", "json", cwd=cwd)
    assert done.returncode == 0, done.stderr
    bindings = json.loads(done.stdout)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in bindings]


def summit_row(rows: list[dict]) -> dict:
    found = [r for r in rows if r["relation"] == "meets_with" and r["object"] == "Xi Jinping" and "date" in r]
    assert len(found) == 1, rows
    return found[0]


def without(source: Path, target: Path, *ids: str) -> Path:
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if json.loads(line)["id"] not in ids]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def test_build_from_our_articles_corroborates_and_rebuilds_the_same(tmp_path):
    articles = DATA / "articles.jsonl"
    assert kgraph_cli("build", articles, "--out", tmp_path / "out", cwd=tmp_path).returncode == 0
    row = summit_row(corroborated(tmp_path / "out", tmp_path))
    assert (row["actor"], row["date"], row["sources"], row["articles"]) == (
        "Joe Biden", "2024-11-16", "3", "afp-3 ap-7 reuters-1")
    assert kgraph_cli("build", articles, "--out", tmp_path / "again", cwd=tmp_path).returncode == 0
    first = kgraph.load_graph(tmp_path / "out").graph(CORROBORATION_GRAPH)
    assert set(first) == set(kgraph.load_graph(tmp_path / "again").graph(CORROBORATION_GRAPH))
    # a build without one of the sources: the same event, one source fewer
    fewer = without(articles, tmp_path / "fewer.jsonl", "reuters-1")
    assert kgraph_cli("build", fewer, "--out", tmp_path / "fewer", cwd=tmp_path).returncode == 0
    row = summit_row(corroborated(tmp_path / "fewer", tmp_path))
    assert (row["sources"], row["articles"]) == ("2", "afp-3 ap-7")


def test_ingest_and_delete_through_the_cli_keep_the_event_while_a_source_remains(tmp_path):
    articles, store = DATA / "articles.jsonl", tmp_path / "kgraph-data"
    assert kgraph_cli("ingest", articles, "--store", store, cwd=tmp_path).returncode == 0
    assert summit_row(corroborated(store, tmp_path))["sources"] == "3"
    with GraphStore(store) as opened:
        before = set(corroboration(opened))
    again = kgraph_cli("ingest", articles, "--store", store, cwd=tmp_path)
    assert again.returncode == 0 and "0 ingested, 6 unchanged" in again.stdout + again.stderr
    forced = kgraph_cli("ingest", articles, "--store", store, "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    with GraphStore(store) as opened:
        assert set(corroboration(opened)) == before  # re-ingesting changes nothing
    assert kgraph_cli("delete", "reuters-1", "--store", store, cwd=tmp_path).returncode == 0
    row = summit_row(corroborated(store, tmp_path))
    assert (row["sources"], row["articles"]) == ("2", "afp-3 ap-7")
    assert kgraph_cli("delete", "ap-7", "afp-3", "--store", store, cwd=tmp_path).returncode == 0
    assert [r for r in corroborated(store, tmp_path, 1) if r["object"] == "Xi Jinping" and "date" in r] == []
