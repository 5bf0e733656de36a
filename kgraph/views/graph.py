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

__all__ = [
    "to_networkx", "actor_graph", "actor_topic_graph", "time_slice", "centrality", "communities", "ego_network",
    "shortest_path", "timeline", "cooperation_balance", "find_node",
]

ACTOR_TYPES = ("country", "organisation", "person", "group")

_EVENTS = """
PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?event ?occ ?odate ?a ?alabel ?atype ?o ?olabel ?otype ?relation ?plover ?date ?modality ?evidence ?article
       ?doc ?outlet ?confidence ?url ?published
WHERE {
  VALUES ?class { kg:Event kg:Fact }
  ?event a ?class ; kg:actor ?a ; kg:object ?o ; kg:relation ?r ; kg:modality ?m ; prov:wasDerivedFrom ?article .
  ?r kg:specName ?relation . ?m rdfs:label ?modality .
  ?a rdfs:label ?alabel ; a ?atype . ?o rdfs:label ?olabel ; a ?otype .
  OPTIONAL { ?r kg:ploverCategory ?plover }
  OPTIONAL { ?event kg:date ?date }
  OPTIONAL { ?event kg:evidence ?evidence }
  OPTIONAL { ?event kg:confidence ?confidence }
  OPTIONAL { ?article kg:identifier ?doc }
  OPTIONAL { ?article kg:source ?outlet }
  OPTIONAL { ?article prov:hadPrimarySource ?url }
  OPTIONAL { ?occ kg:report ?event ; a kg:Occurrence . OPTIONAL { ?occ kg:date ?odate } }
  OPTIONAL { ?article <http://purl.org/dc/terms/issued> ?published }
}
"""


_ROLES_OF = """
PREFIX kg: <https://w3id.org/kgraph/ontology#>
SELECT ?role ?of WHERE { ?role kg:roleOf ?of }
"""


def _type_name(iri) -> str:
    return str(iri).rsplit("#", 1)[-1].lower()


def _text(value) -> str | None:
    return None if value is None else str(value)


def to_networkx(dataset, include_facts: bool = True, actors_only: bool = False) -> nx.MultiDiGraph:
    """Project the RDF graph to a ``MultiDiGraph``: a node per actor/place/topic/role, an edge per
    occurrence (an event or fact however many articles tell it; per statement in a graph that has no
    occurrences).

    Edge attributes: ``relation``, ``plover``, ``date``, ``modality``, ``evidence``, ``article`` (its IRI),
    ``source`` (its URL, when known), ``published`` (the article's publication date, when known) and
    ``confidence``, taken from the first report (by article id)
    with the highest confidence among reports; ``source_count`` (how many articles tell it),
    ``sources`` (their ids, ``"; "``-joined) and ``reports`` (a list of dicts ``article``, ``id``,
    ``outlet``, ``url``, ``date``, ``evidence``, one per article). The edge key is the occurrence IRI.
    With ``actors_only`` only countries, organisations, people and groups are kept as nodes. A role
    node whose office serves a state or organisation of the graph names it in ``role_of``.
    """
    graph = nx.MultiDiGraph()
    edges: dict[str, dict] = {}
    for row in dataset.query(_EVENTS):
        if not include_facts and row.relation.value in ("holds_role", "member_of"):
            continue
        atype, otype = _type_name(row.atype), _type_name(row.otype)
        if actors_only and (atype not in ACTOR_TYPES or otype not in ACTOR_TYPES):
            continue
        a, o = str(row.a), str(row.o)
        if a not in graph:
            graph.add_node(a, label=str(row.alabel), type=atype)
        if o not in graph:
            graph.add_node(o, label=str(row.olabel), type=otype)
        key = str(row.occ) if row.occ is not None else str(row.event)
        edge = edges.setdefault(key, {"a": a, "o": o, "relation": str(row.relation), "plover": _text(row.plover),
                                      "modality": str(row.modality), "date": _text(row.odate if row.occ is not None
                                                                                   else row.date),
                                      "statements": {}})
        edge["statements"].setdefault(str(row.event), {
            "article": str(row.article), "id": _text(row.doc) or str(row.article).rsplit("/", 1)[-1],
            "outlet": _text(row.outlet), "url": _text(row.url), "date": _text(row.date),
            "published": _text(row.published),
            "evidence": _text(row.evidence) or "",
            "confidence": float(row.confidence) if row.confidence is not None else None})
    for key in sorted(edges):
        edge = edges[key]
        statements = sorted(edge["statements"].values(), key=lambda s: (s["id"], -(s["confidence"] or 0), s["evidence"]))
        best = max(statements, key=lambda s: s["confidence"] or 0)
        reports, seen = [], set()
        for statement in statements:  # one report per article: its first statement of this occurrence
            if statement["article"] not in seen:
                seen.add(statement["article"])
                reports.append({k: statement[k] for k in ("article", "id", "outlet", "url", "date", "evidence")})
        graph.add_edge(edge["a"], edge["o"], key=key, relation=edge["relation"], plover=edge["plover"],
                       date=edge["date"], modality=edge["modality"], evidence=best["evidence"],
                       article=best["article"], source=best["url"], confidence=best["confidence"],
                       published=best["published"],
                       source_count=len(reports), sources="; ".join(r["id"] for r in reports), reports=reports)
    for row in dataset.query(_ROLES_OF):
        role, of = str(row.role), str(row.of)
        if role in graph and of in graph:
            graph.nodes[role]["role_of"] = of
    return graph


def actor_graph(dataset) -> nx.MultiDiGraph:
    """Actors only (countries, organisations, people, groups), a multi-edge per event between two actors."""
    return to_networkx(dataset, include_facts=False, actors_only=True)


def actor_topic_graph(dataset) -> nx.Graph:
    """Bipartite graph of actors and the topics they act on; edge ``weight`` counts events, ``relations`` lists them.

    >>> from kgraph.model import Event
    >>> from kgraph.rdf.build import build_graph
    >>> ev = Event(doc="d", actor="Lithuania", actor_type="country", relation="cooperates_on", object="drones",
    ...            object_type="topic", actor_id="country:LTU", object_id="topic:drones")
    >>> g = actor_topic_graph(build_graph([ev]))
    >>> [(g.nodes[a]["label"], g.nodes[b]["label"], d["weight"]) for a, b, d in g.edges(data=True)]
    [('Lithuania', 'drones', 1)]
    """
    full = to_networkx(dataset, include_facts=False)
    graph = nx.Graph()
    for a, b, data in full.edges(data=True):
        if full.nodes[a]["type"] in ACTOR_TYPES and full.nodes[b]["type"] == "topic":
            graph.add_node(a, **full.nodes[a], bipartite=0)
            graph.add_node(b, **full.nodes[b], bipartite=1)
            if graph.has_edge(a, b):
                graph[a][b]["weight"] += 1
                graph[a][b]["relations"].append(data["relation"])
            else:
                graph.add_edge(a, b, weight=1, relations=[data["relation"]])
    return graph


def time_slice(graph: nx.MultiDiGraph, start: str | None = None, end: str | None = None,
               undated: bool = False) -> nx.MultiDiGraph:
    """The events dated within ``[start, end]`` (ISO dates, inclusive), with the nodes they touch.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", date="2024-01-25"); g.add_edge("a", "c", date="2024-02-10")
    0
    0
    >>> sorted(time_slice(g, "2024-01-01", "2024-01-31").edges())
    [('a', 'b')]
    """
    sliced = nx.MultiDiGraph()
    for a, b, key, data in graph.edges(keys=True, data=True):
        date = data.get("date")
        inside = (undated if not date else (start is None or date >= start) and (end is None or date <= end))
        if inside:
            sliced.add_node(a, **graph.nodes[a])
            sliced.add_node(b, **graph.nodes[b])
            sliced.add_edge(a, b, key=key, **data)
    return sliced


def find_node(graph: nx.Graph, label: str) -> str:
    """The node whose label (or IRI) is ``label``, case-insensitively; ``KeyError`` when none."""
    wanted = label.casefold()
    for node, data in graph.nodes(data=True):
        if str(data.get("label", "")).casefold() == wanted or str(node) == label:
            return node
    raise KeyError(f"no node labelled {label!r}")


def _example() -> nx.MultiDiGraph:
    """A small graph for the examples: two pairs of countries linked through a mediator."""
    g = nx.MultiDiGraph()
    for node in ("A", "B", "M", "C", "D"):
        g.add_node(node, label=node, type="country")
    for a, b, rel, date in (("A", "B", "meets_with", "2024-01-02"), ("B", "A", "agrees_on", None),
                            ("A", "M", "visits", "2024-01-05"), ("M", "C", "meets_with", "2024-01-09"),
                            ("C", "D", "criticizes", "2024-01-03"), ("D", "C", "rejects", None)):
        g.add_edge(a, b, relation=rel, date=date, modality="asserted", plover=None, evidence="")
    return g


def communities(graph: nx.Graph) -> list[list[str]]:
    """Groups of nodes more tied to each other than to the rest (greedy modularity), as label lists, largest first.

    >>> communities(_example())
    [['A', 'B', 'M'], ['C', 'D']]
    """
    simple = nx.Graph(graph.to_undirected()) if graph.is_directed() else nx.Graph(graph)
    if simple.number_of_edges() == 0:
        return [[simple.nodes[n].get("label", n)] for n in simple]
    found = nx.community.greedy_modularity_communities(simple)
    groups = [sorted(simple.nodes[n].get("label", n) for n in group) for group in found]
    return sorted(groups, key=lambda g: (-len(g), g))


def ego_network(graph: nx.MultiDiGraph, label: str, radius: int = 1) -> nx.MultiDiGraph:
    """An actor and everything within ``radius`` steps of it (edges in either direction).

    >>> sorted(ego_network(_example(), "M").nodes)
    ['A', 'C', 'M']
    """
    return nx.ego_graph(graph, find_node(graph, label), radius=radius, undirected=True)


def shortest_path(graph: nx.MultiDiGraph, source: str, target: str) -> list[tuple[str, str, str]]:
    """The shortest chain of events linking two nodes (by label): ``[(from, relation, to), ...]``; empty if none.

    >>> shortest_path(_example(), "B", "D")
    [('B', 'agrees_on', 'A'), ('A', 'visits', 'M'), ('M', 'meets_with', 'C'), ('C', 'criticizes', 'D')]
    """
    simple = graph.to_undirected(as_view=True)
    try:
        nodes = nx.shortest_path(simple, find_node(graph, source), find_node(graph, target))
    except nx.NetworkXNoPath:
        return []
    steps = []
    for a, b in zip(nodes, nodes[1:]):
        data = graph.get_edge_data(a, b) or graph.get_edge_data(b, a)
        first = next(iter(data.values()))
        x, y = (a, b) if graph.has_edge(a, b) else (b, a)
        steps.append((graph.nodes[x]["label"], first["relation"], graph.nodes[y]["label"]))
    return steps


def timeline(graph: nx.MultiDiGraph, label: str) -> list[dict]:
    """An actor's events in date order (undated last): ``date, actor, relation, object, modality, evidence``.

    >>> [(r["date"], r["relation"]) for r in timeline(_example(), "A")]
    [('2024-01-02', 'meets_with'), ('2024-01-05', 'visits'), (None, 'agrees_on')]
    """
    node = find_node(graph, label)
    rows = []
    for a, b, data in list(graph.out_edges(node, data=True)) + list(graph.in_edges(node, data=True)):
        rows.append({"date": data.get("date"), "actor": graph.nodes[a]["label"], "relation": data["relation"],
                     "object": graph.nodes[b]["label"], "modality": data.get("modality"),
                     "evidence": data.get("evidence", "")})
    return sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "", r["relation"]))


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
    """Per actor pair, the number of cooperative and conflictual events (PLOVER categories).

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="A", type="country"); g.add_node("b", label="B", type="country")
    >>> _ = g.add_edge("a", "b", plover="AGREE"); _ = g.add_edge("b", "a", plover="ACCUSE")
    >>> cooperation_balance(g)
    {('A', 'B'): (1, 1)}
    """
    balance: dict[tuple[str, str], list[int]] = {}
    for a, b, data in graph.edges(data=True):
        if graph.nodes[a].get("type") not in ACTOR_TYPES or graph.nodes[b].get("type") not in ACTOR_TYPES:
            continue
        pair = tuple(sorted((graph.nodes[a]["label"], graph.nodes[b]["label"])))
        counts = balance.setdefault(pair, [0, 0])
        if data.get("plover") in COOPERATIVE:
            counts[0] += 1
        elif data.get("plover") in CONFLICTUAL:
            counts[1] += 1
    return {pair: (c[0], c[1]) for pair, c in balance.items()}
