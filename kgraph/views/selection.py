"""The slice of a graph that a SPARQL result names, as an event projection the view can draw.

A SELECT whose rows bind event IRIs (statements, ``kg:Event`` or ``kg:Fact``, or the ``kg:Occurrence``
that stands for the statements telling one event), or the graph a CONSTRUCT or DESCRIBE returned,
names a slice of the dataset it ran on:

- when it names events, the slice is those events, each with every article that tells it (the view
  draws occurrences; its provenance panel lists all their reports), and the actors taking part;
- when it names only actors (countries, organisations, people, groups, or places, topics and roles),
  the slice is the events among them: both parties named.

Either way every actor named is a node, with or without events. What the view needs of each event
(its actors' labels and types, relation, modality, dates, evidence, confidence and articles) is read
from the dataset into a small graph, projected by :func:`kgraph.views.graph.to_networkx`.

>>> from kgraph.model import Event
>>> from kgraph.rdf.build import build_graph
>>> from kgraph.sparql.run import run_query
>>> ds = build_graph([Event(doc="d", actor="Chile", actor_type="country", relation="meets_with", object="Peru",
...                         object_type="country", actor_id="country:CHL", object_id="country:PER"),
...                   Event(doc="d", actor="Peru", actor_type="country", relation="criticizes", object="Bolivia",
...                         object_type="country", actor_id="country:PER", object_id="country:BOL")])
>>> rows = run_query(ds, '''PREFIX kg: <https://w3id.org/kgraph/ontology#>
...     SELECT ?event WHERE { ?event a kg:Event ; kg:relation kg:meetsWith }''')
>>> g = selection_graph(ds, rows)
>>> sorted(g.nodes[n]["label"] for n in g), [d["relation"] for _, _, d in g.edges(data=True)]
(['Chile', 'Peru'], ['meets_with'])
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Union

import networkx as nx

from kgraph.views.graph import _type_name, to_networkx

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.query import Result

    from kgraph.sparql.run import QueryResult

__all__ = ["Selection", "selected_iris", "select_events", "selection_graph", "CHUNK"]

#: IRIs per ``VALUES`` block: queries stay small whatever the size of the result.
CHUNK = 500

_PREFIXES = """PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
_KG = "https://w3id.org/kgraph/ontology#"
_STATEMENTS = {_KG + "Event", _KG + "Fact"}
_OCCURRENCE = _KG + "Occurrence"
_NODES = {_KG + name for name in ("Country", "Organisation", "Person", "Group", "Place", "Topic", "Role")}
# an IRI that can go between <...> in a query as it is
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+$")

_CLASSES = _PREFIXES + """SELECT ?x ?class ?label WHERE { VALUES ?x { %s }
  ?x a ?class OPTIONAL { ?x rdfs:label ?label } }"""
# the statements telling the same occurrence as a named statement, or telling a named occurrence
_REPORTS = _PREFIXES + """SELECT DISTINCT ?s WHERE { VALUES ?x { %s }
  { ?x kg:report ?s } UNION { ?occ kg:report ?x . ?occ kg:report ?s } }"""
_OUTGOING = _PREFIXES + "SELECT DISTINCT ?s ?o WHERE { VALUES ?a { %s } ?s kg:actor ?a ; kg:object ?o }"
# what to_networkx reads of an event
_DESCRIBE = _PREFIXES + """CONSTRUCT {
  ?event a ?class ; kg:actor ?a ; kg:object ?o ; kg:relation ?r ; kg:modality ?m ; prov:wasDerivedFrom ?article ;
         kg:date ?date ; kg:evidence ?evidence ; kg:confidence ?confidence .
  ?r kg:specName ?relation ; kg:ploverCategory ?plover . ?m rdfs:label ?modality .
  ?a rdfs:label ?alabel ; a ?atype ; kg:roleOf ?aof . ?o rdfs:label ?olabel ; a ?otype ; kg:roleOf ?oof .
  ?article kg:identifier ?doc ; kg:source ?outlet ; prov:hadPrimarySource ?url ; dcterms:issued ?published .
  ?occ a kg:Occurrence ; kg:report ?event ; kg:date ?odate .
} WHERE { VALUES ?event { %s } VALUES ?class { kg:Event kg:Fact }
  ?event a ?class ; kg:actor ?a ; kg:object ?o ; kg:relation ?r ; kg:modality ?m ; prov:wasDerivedFrom ?article .
  ?r kg:specName ?relation . ?m rdfs:label ?modality .
  ?a rdfs:label ?alabel ; a ?atype . ?o rdfs:label ?olabel ; a ?otype .
  OPTIONAL { ?r kg:ploverCategory ?plover } OPTIONAL { ?event kg:date ?date }
  OPTIONAL { ?event kg:evidence ?evidence } OPTIONAL { ?event kg:confidence ?confidence }
  OPTIONAL { ?a kg:roleOf ?aof } OPTIONAL { ?o kg:roleOf ?oof }
  OPTIONAL { ?article kg:identifier ?doc } OPTIONAL { ?article kg:source ?outlet }
  OPTIONAL { ?article prov:hadPrimarySource ?url } OPTIONAL { ?article dcterms:issued ?published }
  OPTIONAL { ?occ kg:report ?event ; a kg:Occurrence . OPTIONAL { ?occ kg:date ?odate } }
}"""

#: What a selection can be: a :class:`~kgraph.sparql.run.QueryResult`, an rdflib query result, an rdflib
#: graph (CONSTRUCT, DESCRIBE), or IRIs.
Selection = Union["QueryResult", "Graph", "Result", Iterable[str]]


def selected_iris(selection: Selection) -> list[str]:
    """The IRIs a result binds (a SELECT's values that are IRIs; a graph's subjects and objects that are),
    in the order first met.

    >>> from rdflib import Graph, Literal, URIRef
    >>> g = Graph().add((URIRef("urn:a"), URIRef("urn:p"), Literal("urn:not-an-iri")))
    >>> selected_iris(g)
    ['urn:a']
    """
    from rdflib import Graph, URIRef

    graph = getattr(selection, "graph", None)
    if isinstance(selection, Graph):
        graph = selection
    if isinstance(graph, Graph):
        terms: Iterable = (t for s, _, o in graph for t in (s, o))
        return _unique(str(t) for t in terms if isinstance(t, URIRef))
    raw = getattr(selection, "raw", selection)
    solutions = getattr(raw, "solutions", None)
    if solutions is not None:  # pyoxigraph's terms, as kgraph's own engine keeps them
        import pyoxigraph as ox

        return _unique(t.value for row in solutions for t in row if isinstance(t, ox.NamedNode))
    if raw is not None and getattr(raw, "type", None) == "SELECT":  # rdflib's result rows
        return _unique(str(t) for row in raw for t in row if isinstance(t, URIRef))
    rows = getattr(selection, "rows", None)
    if rows is not None:  # values as text only: those that read as IRIs
        return _unique(v for row in rows for v in row.values() if v and _IRI.match(v))
    return _unique(str(v) for v in selection)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _chunks(values: list[str]) -> Iterable[str]:
    safe = [v for v in values if _IRI.match(v)]
    for start in range(0, len(safe), CHUNK):
        yield " ".join(f"<{v}>" for v in safe[start:start + CHUNK])


def _rows(dataset, text: str) -> list[dict]:
    from kgraph.sparql.run import run_query

    return run_query(dataset, text).rows


def _classify(dataset, iris: list[str]) -> tuple[list[str], list[str], dict[str, tuple[str, str]]]:
    """``(statements, occurrences, nodes)`` among ``iris``; ``nodes`` maps an actor to its label and type."""
    statements, occurrences, nodes = [], [], {}
    for block in _chunks(iris):
        for row in _rows(dataset, _CLASSES % block):
            iri, cls = row["x"], row["class"]
            if cls in _STATEMENTS:
                statements.append(iri)
            elif cls == _OCCURRENCE:
                occurrences.append(iri)
            elif cls in _NODES:
                nodes[iri] = (row["label"] or iri, _type_name(cls))
    return _unique(statements), _unique(occurrences), nodes


def select_events(dataset, selection: Selection) -> tuple[Graph, dict[str, tuple[str, str]]]:
    """The sub-dataset of the slice a result names (see the module's text): an rdflib graph holding what
    the view needs of its events, and the actors named (IRI -> ``(label, type)``)."""
    from rdflib import Graph

    statements, occurrences, nodes = _classify(dataset, selected_iris(selection))
    if statements or occurrences:
        named = statements + occurrences
        told = [row["s"] for block in _chunks(named) for row in _rows(dataset, _REPORTS % block)]
        events = _unique(statements + told)
    else:
        among = set(nodes)
        events = _unique(row["s"] for block in _chunks(list(nodes)) for row in _rows(dataset, _OUTGOING % block)
                         if row["o"] in among)
    sub = Graph()
    for block in _chunks(events):
        for triple in _run_graph(dataset, _DESCRIBE % block):
            sub.add(triple)
    return sub, nodes


def _run_graph(dataset, text: str):
    from kgraph.sparql.run import run_query

    return run_query(dataset, text).graph


def selection_graph(dataset, selection: Selection, include_facts: bool = True) -> nx.MultiDiGraph:
    """The event projection of the slice a result names, drawn by the view as any projection is: the
    events (as :func:`~kgraph.views.graph.to_networkx` projects them) and every actor named, with or
    without events. ``dataset`` is the one the query ran on."""
    sub, nodes = select_events(dataset, selection)
    graph = to_networkx(sub, include_facts=include_facts)
    for iri, (label, kind) in nodes.items():
        if iri not in graph:
            graph.add_node(iri, label=label, type=kind)
    return graph
