"""A query's result drawn: ``kgraph.show(result)`` and ``kgraph.view(result, out)`` draw the slice of the graph
the result names, read from the store or build the query ran on (the seed article, extracted for real)."""

from __future__ import annotations

import json
import re

import pytest

import kgraph
from conftest import SEEDS
from kgraph.errors import QueryError, StoreError

PREFIXES = """PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# the events between two actors, in either direction
BETWEEN = PREFIXES + """SELECT ?event ?date WHERE {
  ?x rdfs:label ?actor . ?y rdfs:label ?other .
  { ?event kg:actor ?x ; kg:object ?y } UNION { ?event kg:actor ?y ; kg:object ?x }
  ?event a kg:Event . OPTIONAL { ?event kg:date ?date } }"""
PARTIES = PREFIXES + """SELECT DISTINCT ?label WHERE { VALUES ?event { %s }
  { ?event kg:actor ?a } UNION { ?event kg:object ?a } ?a rdfs:label ?label }"""
EVERY_PARTNER = PREFIXES + """SELECT DISTINCT ?other WHERE { ?x rdfs:label ?actor .
  { ?e kg:actor ?x ; kg:object ?y } UNION { ?e kg:actor ?y ; kg:object ?x } ?y rdfs:label ?other }"""


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """An embedded store the seeds were ingested into (closed again: queries open it by its location)."""
    location = tmp_path_factory.mktemp("selected") / "store"
    kgraph.ingest([SEEDS], location)
    return location


def page_data(html: str) -> dict:
    """The data a page draws, as it embeds it."""
    text = re.search(r"const DATA = (\{.*?\});\n", html, re.S).group(1)
    return json.loads(text)


def labels(data: dict) -> set[str]:
    return {node["label"] for node in data["nodes"]}


@pytest.mark.parametrize("where", ["store", "build"])
def test_a_select_of_events_between_two_actors_shows_exactly_their_parties(where, store, seed_build):
    graph = store if where == "store" else seed_build[1]
    result = kgraph.query(graph, BETWEEN, {"actor": "Ukraine", "other": "Lithuania"})
    events = sorted({row["event"] for row in result.rows})
    assert events, "the seed article has events between Ukraine and Lithuania"
    parties = {row["label"] for row in kgraph.query(graph, PARTIES % " ".join(f"<{e}>" for e in events)).rows}
    assert parties == {"Ukraine", "Lithuania"}
    # the whole graph gives Ukraine other partners: the slice must leave them out
    assert {r["other"] for r in kgraph.query(graph, EVERY_PARTNER, {"actor": "Ukraine"}).rows} - parties
    data = page_data(kgraph.show(result, title="Ukraine and Lithuania").html)
    assert labels(data) == parties
    assert len(data["events"]) == len(events)


def test_a_construct_result_shows_the_events_its_graph_names(store):
    construct = PREFIXES + """CONSTRUCT { ?event kg:actor ?x ; kg:object ?y } WHERE {
      ?x rdfs:label ?actor . ?event kg:actor ?x ; kg:object ?y ; a kg:Event . ?y a kg:Country }"""
    result = kgraph.query(store, construct, {"actor": "Lithuania"})
    assert result.graph is not None and len(result.graph) > 0
    expected = {"Lithuania"} | set(_labels_of_objects(store, result.graph))
    shown = labels(page_data(kgraph.show(result).html))
    assert "Ukraine" in expected and shown == expected and "NATO" not in shown  # Lithuania's membership of NATO is left out
    # the CONSTRUCT's graph alone, with the graph it came from
    assert labels(page_data(kgraph.show(store, select=result.graph).html)) == expected


def _labels_of_objects(store, graph) -> list[str]:
    objects = " ".join(sorted({f"<{o}>" for o in graph.objects()}))
    return [row["l"] for row in kgraph.query(store, PREFIXES + f"SELECT ?l WHERE {{ VALUES ?o {{ {objects} }} "
                                                              "?o rdfs:label ?l }").rows]


def test_a_select_of_actors_shows_them_and_the_events_among_them(store, tmp_path):
    actors = PREFIXES + """SELECT ?a WHERE { VALUES ?label { "Ukraine" "Lithuania" "NATO" "Denmark" }
      ?a rdfs:label ?label }"""
    result = kgraph.query(store, actors)
    summary = kgraph.view(result, tmp_path / "actors.html", communities="expanded")
    data = page_data(summary.path.read_text(encoding="utf-8"))
    # Denmark has no event with the three others but was named: drawn alone
    assert labels(data) == {"Ukraine", "Lithuania", "NATO", "Denmark"}
    relations = {e["r"] for e in data["events"]}
    # Lithuania supports Ukraine, Ukraine seeks to join NATO, Lithuania is a member: not Ukraine's bid to join the EU
    assert relations == {"supports", "seeks_membership_in", "member_of"}


def test_a_result_of_rdflibs_own_goes_with_the_graph_it_came_from(seed_build):
    from kgraph.rdf.files import load_graph

    dataset = load_graph(seed_build[1])
    rows = dataset.query(BETWEEN.replace("?actor", '"Dmytro Kuleba"').replace("?other", '"Gabrielius Landsbergis"'))
    data = page_data(kgraph.show(dataset, select=rows).html)
    assert labels(data) == {"Dmytro Kuleba", "Gabrielius Landsbergis"}
    assert [e["r"] for e in data["events"]] == ["meets_with"]


def test_whole_graphs_and_networkx_subgraphs_still_show(seed_build):
    _, out = seed_build
    whole = labels(page_data(kgraph.show(out).html))
    assert {"Ukraine", "Lithuania", "NATO"} <= whole
    from kgraph.views.graph import ego_network

    ego = ego_network(kgraph.to_networkx(kgraph.load_graph(out)), "NATO")
    assert labels(page_data(kgraph.show(ego).html)) == {"NATO", "Ukraine", "Lithuania"} < whole


def test_a_slice_needs_a_file_to_go_to_and_a_result_needs_its_graph(store, tmp_path):
    result = kgraph.query(store, BETWEEN, {"actor": "Ukraine", "other": "Lithuania"})
    with pytest.raises(StoreError, match="E308"):
        kgraph.view(result)
    result.source = None
    with pytest.raises(QueryError, match="E206"):
        kgraph.show(result)
