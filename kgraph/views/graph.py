"""networkx projections of a built graph, and the analyses analysts ask for first.

>>> from kgraph.model import Event
>>> from kgraph.rdf.build import build_graph
>>> ev = Event(doc="d1", actor="Ukraine", actor_type="country", relation="meets_with", object="Lithuania",
...            object_type="country", actor_id="country:UKR", object_id="country:LTU", date="2024-01-27")
>>> g = to_networkx(build_graph([ev]))
>>> sorted(g.nodes[n]["label"] for n in g)
['Lithuania', 'Ukraine']
"""

from __future__ import annotations

import networkx as nx

from kgraph.vocabulary import CONFLICTUAL, COOPERATIVE

__all__ = ["to_networkx", "centrality", "cooperation_balance"]

_EVENTS = """
PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?a ?alabel ?atype ?o ?olabel ?otype ?relation ?plover ?date ?modality ?evidence ?article ?confidence
WHERE {
  ?event kg:actor ?a ; kg:object ?o ; kg:relation ?r ; kg:modality ?m ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?article .
  ?r kg:specName ?relation . ?m rdfs:label ?modality .
  ?a rdfs:label ?alabel ; a ?atype . ?o rdfs:label ?olabel ; a ?otype .
  OPTIONAL { ?r kg:ploverCategory ?plover }
  OPTIONAL { ?event kg:date ?date }
  OPTIONAL { ?event kg:evidence ?evidence }
  OPTIONAL { ?event kg:confidence ?confidence }
}
"""


def _type_name(iri) -> str:
    return str(iri).rsplit("#", 1)[-1].lower()


def to_networkx(dataset, include_facts: bool = True, actors_only: bool = False) -> nx.MultiDiGraph:
    """Project the RDF graph to a ``MultiDiGraph``: a node per actor/place/topic/role, an edge per event.

    Edge attributes: ``relation``, ``plover``, ``date``, ``modality``, ``evidence``, ``article``, ``event``.
    With ``actors_only`` only countries, organisations, people and groups are kept as nodes.
    """
    graph = nx.MultiDiGraph()
    seen_events = set()
    for row in dataset.query(_EVENTS):
        if str(row.event) in seen_events and (str(row.event), str(row.atype), str(row.otype)) in seen_events:
            continue
        seen_events.add(str(row.event))
        seen_events.add((str(row.event), str(row.atype), str(row.otype)))
        if not include_facts and row.relation.value in ("holds_role", "member_of"):
            continue
        atype, otype = _type_name(row.atype), _type_name(row.otype)
        if actors_only and (atype not in ("country", "organisation", "person", "group") or
                            otype not in ("country", "organisation", "person", "group")):
            continue
        graph.add_node(str(row.a), label=str(row.alabel), type=atype)
        graph.add_node(str(row.o), label=str(row.olabel), type=otype)
        if graph.has_edge(str(row.a), str(row.o), key=str(row.event)):
            continue
        graph.add_edge(str(row.a), str(row.o), key=str(row.event), relation=str(row.relation),
                       plover=str(row.plover) if row.plover else None,
                       date=str(row.date) if row.date else None, modality=str(row.modality),
                       evidence=str(row.evidence) if row.evidence else "", article=str(row.article),
                       confidence=float(row.confidence) if row.confidence is not None else None)
    return graph


def centrality(graph: nx.MultiDiGraph, top: int = 10) -> list[tuple[str, float, float]]:
    """Top nodes by degree centrality, with betweenness: ``(label, degree, betweenness)``."""
    if graph.number_of_nodes() == 0:
        return []
    simple = nx.Graph(graph)
    degree = nx.degree_centrality(simple)
    between = nx.betweenness_centrality(simple)
    ranked = sorted(degree, key=lambda n: (-degree[n], graph.nodes[n].get("label", n)))[:top]
    return [(graph.nodes[n].get("label", n), round(degree[n], 3), round(between[n], 3)) for n in ranked]


def cooperation_balance(graph: nx.MultiDiGraph) -> dict[tuple[str, str], tuple[int, int]]:
    """Per actor pair, the number of cooperative and conflictual events (PLOVER categories)."""
    balance: dict[tuple[str, str], list[int]] = {}
    for a, b, data in graph.edges(data=True):
        pair = tuple(sorted((graph.nodes[a]["label"], graph.nodes[b]["label"])))
        counts = balance.setdefault(pair, [0, 0])
        if data.get("plover") in COOPERATIVE:
            counts[0] += 1
        elif data.get("plover") in CONFLICTUAL:
            counts[1] += 1
    return {pair: (c[0], c[1]) for pair, c in balance.items()}
