"""The named queries shaped for index lookups answer what their plain formulations answer.

``tests/data/reference_queries`` keeps the first, straightforward text of each query that was
rewritten for speed (a join of everything, filtered afterwards). Both run on the same corpus, in
rdflib's memory store and in the embedded Oxigraph store, and must give the same rows: events in
both directions between two actors, facts, undated events, an actor known by two names, locations,
and one event told by two articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kgraph
from kgraph.model import Event
from kgraph.rdf.build import article_graphs
from kgraph.rdf.ontology import KG
from kgraph.rdf.store import GraphStore

REFERENCE = Path(__file__).resolve().parent / "data" / "reference_queries"

PEOPLE = [("person:a", "Ann Able", "person"), ("person:b", "Bob Baker", "person"), ("country:CCC", "Cland", "country"),
          ("country:DDD", "Dland", "country"), ("person:a", "Ann B. Able", "person")]  # Ann has two names
TOPICS = [("topic:t1", "trade", "topic"), ("topic:t2", "drones", "topic")]
RELATIONS = ["meets_with", "visits", "agrees_on", "cooperates_on", "sanctions", "member_of", "holds_role"]


def _events(doc: str, seed: int) -> list[Event]:
    import random

    rng = random.Random(seed)
    events = []
    for i in range(12):
        relation = rng.choice(RELATIONS)
        aid, aname, atype = rng.choice(PEOPLE)
        oid, oname, otype = rng.choice(PEOPLE + TOPICS)
        if relation == "holds_role":
            oid, oname, otype = "role:minister", "minister", "role"
        day = rng.choice([None, "2024-01-27", "2024-01-28", "2024-03-05", "2023-12-31"])
        events.append(Event(doc=doc, actor=aname, actor_type=atype, relation=relation, object=oname, object_type=otype,
                            actor_id=aid, object_id=oid, date=day, location=rng.choice([None, "Vilnius"]),
                            modality=rng.choice(["asserted", "asserted", "planned"]), confidence=0.75,
                            evidence=f"Sentence {i} of {doc}.", start=i * 20, end=i * 20 + 15))
    return events


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def store(request, tmp_path_factory):
    location = ":memory:" if request.param == "memory" else tmp_path_factory.mktemp("shapes") / "store"
    with GraphStore(location) as opened:
        opened.ensure_ontology()
        for n in range(6):
            opened.put_article(*article_graphs(f"d{n}", _events(f"d{n}", n % 4)))  # d4, d5 retell d0, d1
        yield opened


CASES = [
    ("between", {"actor": "Ann Able", "other": "Bob Baker"}),
    ("between", {"actor": "Bob Baker", "other": "Ann B. Able"}),
    ("between", {"actor": "Cland", "other": "Ann Able"}),
    ("between", {"actor": "Ann Able", "other": "Ann Able"}),
    ("between", {"actor": "Ann Able", "other": "nobody"}),
    ("range", {"from": "2024-01-01", "to": "2024-01-27"}),
    ("range", {"from": "2023-01-01", "to": "2024-12-31"}),
    ("range", {"from": "2024-02-01", "to": "2024-01-01"}),
    ("evidence", {"actor": "Cland", "relation": "meets_with", "object": "Ann B. Able"}),
    ("evidence", {"actor": "Ann Able", "relation": "visits", "object": "drones"}),
    ("evidence", {"actor": "Ann Able", "relation": "holds_role", "object": "minister"}),
    ("active-actors", {}),
]


def _rows(store: GraphStore, query: str, params: dict[str, str]) -> list[tuple]:
    return sorted(tuple(sorted((k, v or "") for k, v in row.items())) for row in kgraph.query(store, query, params).rows)


@pytest.mark.parametrize("name, params", CASES)
def test_a_shaped_query_answers_as_its_plain_form(store, name, params):
    shaped = _rows(store, name, params)
    assert shaped == _rows(store, str(REFERENCE / f"{name}.rq"), params)


def test_the_corpus_gives_the_cases_something_to_find(store):
    found = {(name, tuple(params.items())): len(_rows(store, name, params)) for name, params in CASES}
    assert sum(1 for (name, _), n in found.items() if name == "between" and n) >= 3, found
    assert all(n for (name, _), n in found.items() if name in ("active-actors", "evidence")), found


def test_results_json_is_the_same_from_either_store(tmp_path):
    import json

    from kgraph.sparql.run import format_result

    answers = []
    for location in (":memory:", tmp_path / "store"):
        with GraphStore(location) as opened:
            opened.ensure_ontology()
            opened.put_article(*article_graphs("d0", _events("d0", 0)))
            for query in ("SELECT ?e ?c ?d WHERE { ?e <https://w3id.org/kgraph/ontology#confidence> ?c "
                          "OPTIONAL { ?e <https://w3id.org/kgraph/ontology#date> ?d } }", "ASK { ?s ?p ?o }"):
                found = json.loads(format_result(kgraph.query(opened, query), "json"))
                if "results" in found:
                    found["results"]["bindings"].sort(key=lambda b: b["e"]["value"])
                answers.append(found)
    assert answers[:2] == answers[2:]
    assert answers[0]["results"]["bindings"][0]["c"]["datatype"].endswith("#decimal")


@pytest.mark.parametrize("kind", ["memory", "oxigraph"])
def test_the_counts_active_actors_reads_follow_replacements_and_deletions(kind, tmp_path):
    """Each actor's count of occurrences is kept with the occurrences: after articles are replaced and
    deleted, and after the counts of a store written before them are gone, the query still answers
    what counting every occurrence answers."""
    from kgraph.rdf.corroborate import CORROBORATION_GRAPH

    with GraphStore(":memory:" if kind == "memory" else tmp_path / "store") as opened:
        opened.ensure_ontology()
        for n in range(6):
            opened.put_article(*article_graphs(f"d{n}", _events(f"d{n}", n % 4)))
        before = _rows(opened, "active-actors", {})
        opened.put_article(*article_graphs("d1", _events("d1", 7)))  # told otherwise now
        opened.delete_article(article_graphs("d2", [])[0].identifier)
        after = _rows(opened, "active-actors", {})
        assert after == _rows(opened, str(REFERENCE / "active-actors.rq"), {}) and after != before
        opened.dataset.update(f"DELETE WHERE {{ GRAPH <{CORROBORATION_GRAPH}> {{ ?a {KG.occurrenceCount.n3()} ?n }} }}")
        assert _rows(opened, "active-actors", {}) == []  # a store written before the counts
        opened.ensure_corroboration()  # what ingest runs first
        assert _rows(opened, "active-actors", {}) == after
