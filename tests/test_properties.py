"""Property tests: any events survive build -> serialise -> parse, and IRIs are stable everywhere."""

from __future__ import annotations

import json
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kgraph.model import Event
from kgraph.rdf.build import build_graph
from kgraph.rdf.uris import actor_iri, article_iri, event_iri

names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(lambda s: s.strip())
dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))
relations = st.sampled_from(["meets_with", "visits", "agrees_on", "supports", "criticizes", "holds_role"])
kinds = st.sampled_from(["country", "person", "topic", "place", "organisation"])


@st.composite
def events(draw):
    doc = draw(st.sampled_from(["d1", "d 2", "ü/3", "x?y#z"]))
    actor, obj = draw(names), draw(names)
    akind, okind = draw(kinds), draw(kinds)
    start = draw(st.integers(0, 10_000))
    return Event(doc=doc, actor=actor, actor_type=akind, relation=draw(relations), object=obj, object_type=okind,
                 actor_id=f"{akind}:{actor}", object_id=f"{okind}:{obj}", date=draw(dates),
                 modality=draw(st.sampled_from(["asserted", "planned", "negated", "hoped"])),
                 confidence=draw(st.floats(0.01, 1.0).map(lambda f: round(f, 2))),
                 evidence=draw(names) + ' "quoted"\n\tline', start=start, end=start + 5,
                 location=draw(st.one_of(st.none(), names)))


def named_graphs(dataset: Dataset) -> dict:
    return {g.identifier: g for g in dataset.graphs() if len(g)}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events(), min_size=1, max_size=6))
def test_trig_and_jsonld_round_trip_is_isomorphic(batch):
    original = build_graph(batch)
    for fmt in ("trig", "json-ld", "nquads"):
        parsed = Dataset()
        parsed.parse(data=original.serialize(format=fmt), format=fmt)
        before, after = named_graphs(original), named_graphs(parsed)
        assert set(before) == set(after), fmt
        for iri, graph in before.items():
            assert isomorphic(graph, after[iri]), (fmt, iri)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(events(), min_size=1, max_size=6))
def test_turtle_round_trip_of_the_union_is_isomorphic(batch):
    union = Graph()
    for triple in build_graph(batch).triples((None, None, None)):
        union.add(triple)
    assert isomorphic(union, Graph().parse(data=union.serialize(format="turtle"), format="turtle"))


@settings(max_examples=30, deadline=None)
@given(st.lists(events(), min_size=1, max_size=8))
def test_building_twice_gives_the_same_graph(batch):
    first, second = named_graphs(build_graph(batch)), named_graphs(build_graph(batch))
    assert set(first) == set(second) and all(isomorphic(first[i], second[i]) for i in first)


IRI_SCRIPT = """
import json, sys
from kgraph.rdf.uris import actor_iri, article_iri, event_iri
rows = json.loads(sys.stdin.read())
print(json.dumps([[str(actor_iri(a)), str(article_iri(d)), str(event_iri(d, a, o, s))] for a, d, o, s in rows]))
"""


@settings(max_examples=5, deadline=None)
@given(st.lists(st.tuples(names.map(lambda n: f"person:{n}"), names, names, st.integers(0, 99)), min_size=1,
                max_size=20))
def test_iris_are_the_same_in_another_process(rows):
    here = [[str(actor_iri(a)), str(article_iri(d)), str(event_iri(d, a, o, s))] for a, d, o, s in rows]
    there = subprocess.run([sys.executable, "-c", IRI_SCRIPT], input=json.dumps(rows), capture_output=True,
                           text=True, check=True, env={"PYTHONHASHSEED": "123", "PATH": ""}).stdout
    assert json.loads(there) == here
    assert all(" " not in iri and "\n" not in iri for row in here for iri in row)


@settings(max_examples=8, deadline=None)
@given(st.sampled_from(["Poland", "Chile", "Kenya", "Peru"]), st.sampled_from(["Ghana", "Japan", "Spain"]),
       st.sampled_from(["signed a trade agreement", "held talks", "discussed energy security"]),
       st.sampled_from(["on Monday", "yesterday", "", "on March 3"]))
def test_ingesting_the_same_article_twice_changes_nothing(a, b, verb, when):
    import kgraph
    from kgraph.model import Article
    from kgraph.rdf.store import GraphStore

    article = Article(id="p1", title="", text=f"{a} and {b} {verb} {when}.", published="2024-05-08")
    with GraphStore() as store:
        kgraph.ingest([], store)
        from kgraph.nlp.extract import extract as run
        from kgraph.rdf.build import article_graphs

        store.put_article(*article_graphs("p1", list(run([article])), article))
        first = store.graph_of(article_iri("p1"))
        store.put_article(*article_graphs("p1", list(run([article])), article))
        assert isomorphic(first, store.graph_of(article_iri("p1")))
