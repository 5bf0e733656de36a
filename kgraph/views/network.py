"""The actor network the HTML view draws, aggregated from the event projection (:func:`to_networkx`).

Nodes are actors (states, organisations, people, groups); one edge joins a pair of actors per relation
family (the PLOVER category of the relations, as ``relations.tsv`` gives it), carrying every event of that
family between them. Topics, places, roles and memberships are not nodes unless asked for: they are
kept on the actors, for the tooltip and the details panel.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for n, t in (("a", "country"), ("b", "country"), ("t", "topic")):
...     g.add_node(n, label=n.upper(), type=t)
>>> _ = g.add_edge("a", "b", relation="meets_with", plover="CONSULT", date="2024-01-02")
>>> _ = g.add_edge("b", "a", relation="visits", plover="CONSULT", date="2024-01-05")
>>> _ = g.add_edge("a", "t", relation="agrees_on", plover="AGREE", date="2024-01-03")
>>> net = actor_network(g)
>>> [(e.source, e.target, e.family, len(e.events)) for e in net.edges]
[('a', 'b', 'CONSULT', 2)]
>>> dict(net.nodes["a"].topics)
{'T': 1}
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import networkx as nx

from kgraph.views.graph import ACTOR_TYPES
from kgraph.vocabulary import RELATIONS

__all__ = ["ViewOptions", "ActorNode", "FamilyEdge", "ActorNetwork", "actor_network", "families", "family_of",
           "FACTS", "SIZE_MODES"]

#: Relations that state a standing fact rather than an event.
FACTS = tuple(name for name, relation in RELATIONS.items() if relation.kind == "fact")
#: What a node's size can stand for.
SIZE_MODES = ("degree", "events")


@dataclass(frozen=True)
class ViewOptions:
    """What the view shows: ``with_topics`` makes topics and places nodes, ``with_facts`` roles and
    memberships (as nodes and edges), ``by_state`` folds people into the state or organisation their
    office serves; ``size`` is what node size stands for at first (``degree`` or ``events``);
    ``communities`` is whether the page opens with its communities collapsed into one node each
    (``collapsed``), drawn whole (``expanded``), or collapsed only above 2,000 nodes (``auto``).

    >>> ViewOptions(communities="collapsed").communities
    'collapsed'
    """

    with_topics: bool = False
    with_facts: bool = False
    by_state: bool = False
    size: str = "degree"
    communities: str = "auto"

    def __post_init__(self) -> None:
        from kgraph.views.communities import COMMUNITY_MODES

        if self.size not in SIZE_MODES:
            raise ValueError(f"size must be one of {', '.join(SIZE_MODES)}, not {self.size!r}")
        if self.communities not in COMMUNITY_MODES:
            raise ValueError(f"communities must be one of {', '.join(COMMUNITY_MODES)}, not {self.communities!r}")


@dataclass
class ActorNode:
    """A node of the view and what is known about it."""

    id: str
    label: str
    type: str
    events: list[int] = field(default_factory=list)   # indices into ActorNetwork.events
    roles: list[str] = field(default_factory=list)
    memberships: list[str] = field(default_factory=list)
    topics: Counter = field(default_factory=Counter)
    places: Counter = field(default_factory=Counter)
    members: list[str] = field(default_factory=list)   # people folded into it


@dataclass
class FamilyEdge:
    """The events of one relation family between two nodes (``source`` < ``target``)."""

    source: str
    target: str
    family: str
    events: list[int] = field(default_factory=list)
    forward: bool = False   # some event goes source -> target
    backward: bool = False  # some event goes target -> source


@dataclass
class ActorNetwork:
    nodes: dict[str, ActorNode]
    edges: list[FamilyEdge]
    events: list[dict]

    def to_graph(self) -> nx.Graph:
        """The network as an undirected graph, ``weight`` counting each pair's events (for the layout)."""
        graph = nx.Graph()
        graph.add_nodes_from(self.nodes)
        for edge in self.edges:
            weight = graph.get_edge_data(edge.source, edge.target, {}).get("weight", 0)
            graph.add_edge(edge.source, edge.target, weight=weight + len(edge.events))
        return graph


def families() -> list[str]:
    """Relation families in the order ``relations.tsv`` first names them (cooperation first), facts last."""
    found: list[str] = []
    for relation in RELATIONS.values():
        name = relation.plover or relation.name
        if name not in found:
            found.append(name)
    return found


def family_of(data: dict) -> str:
    """An edge's family: its PLOVER category, or the relation's own name when it has none."""
    return data.get("plover") or data.get("relation") or "other"


def _state_of(graph: nx.MultiDiGraph) -> dict:
    """Person -> the state or organisation whose office they hold (first by label when several)."""
    found: dict = {}
    for person, role, data in sorted(graph.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        if data.get("relation") != "holds_role" or graph.nodes[person].get("type") != "person":
            continue
        state = graph.nodes[role].get("role_of")
        if state in graph and graph.nodes[state].get("type") in ("country", "organisation") and person not in found:
            found[person] = state
    return found


def _event_record(graph: nx.MultiDiGraph, a, b, data: dict) -> dict:
    """An event as the page keeps it: short keys, article text as plain strings."""
    reports = data.get("reports") or [{"id": str(data.get("article", "")).rsplit("/", 1)[-1],
                                       "outlet": None, "url": data.get("source"), "date": None,
                                       "evidence": data.get("evidence", "")}]
    return {"d": data.get("date"), "r": data.get("relation", ""), "f": family_of(data),
            "a": str(a), "o": str(b), "al": str(graph.nodes[a].get("label", a)),
            "ol": str(graph.nodes[b].get("label", b)), "m": data.get("modality") or "asserted",
            "s": [[r.get("id"), r.get("outlet"), r.get("url"), r.get("date"), r.get("evidence") or ""]
                  for r in reports]}


def _note(node: ActorNode, graph: nx.MultiDiGraph, a, b, relation: str | None, folded: bool) -> None:
    """Keep on ``node`` (the shown side of ``a``) a role, membership, topic or place that event ``a -> b`` names."""
    other = graph.nodes[b]
    label = str(other.get("label", b))
    if relation == "holds_role":
        role_of = other.get("role_of")
        of = graph.nodes[role_of].get("label") if role_of in graph else None
        who = f"{graph.nodes[a].get('label', a)}: " if folded else ""
        node.roles.append(who + label + (f" ({of})" if of else ""))
    elif relation == "member_of":
        node.memberships.append(label)
    elif other.get("type") == "topic":
        node.topics[label] += 1
    elif other.get("type") == "place":
        node.places[label] += 1


def actor_network(graph: nx.MultiDiGraph, options: ViewOptions | None = None) -> ActorNetwork:
    """Aggregate an event projection (or any subgraph of one) into the network the view draws."""
    options = options or ViewOptions()
    shown_types = set(ACTOR_TYPES) | ({"topic", "place"} if options.with_topics else set()) | \
        ({"role"} if options.with_facts else set())
    fold = _state_of(graph) if options.by_state else {}
    nodes: dict[str, ActorNode] = {}

    def node(n) -> ActorNode | None:
        n = fold.get(n, n)
        kind = graph.nodes[n].get("type", "topic")
        if kind not in shown_types:
            return None
        key = str(n)
        if key not in nodes:
            nodes[key] = ActorNode(key, str(graph.nodes[n].get("label", n)), kind)
        return nodes[key]

    for n in sorted(graph, key=str):
        node(n)
    for person, state in sorted(fold.items(), key=lambda item: str(item[0])):
        nodes[str(state)].members.append(str(graph.nodes[person].get("label", person)))
    events: list[dict] = []
    pairs: dict[tuple[str, str, str], FamilyEdge] = {}
    ordered = sorted(graph.edges(keys=True, data=True),
                     key=lambda e: (e[3].get("date") is None, e[3].get("date") or "", str(e[2]), str(e[0]), str(e[1])))
    for a, b, _, data in ordered:
        index = len(events)
        events.append(_event_record(graph, a, b, data))
        start, end = node(a), node(b)
        events[index]["na"], events[index]["no"] = start and start.id, end and end.id
        relation = data.get("relation")
        for side in {id(x): x for x in (start, end) if x is not None}.values():
            side.events.append(index)
        if start is not None:
            _note(start, graph, a, b, relation, folded=a in fold)
        if start is None or end is None or start is end or (relation in FACTS and not options.with_facts):
            continue
        source, target = sorted((start.id, end.id))
        edge = pairs.setdefault((source, target, family_of(data)), FamilyEdge(source, target, family_of(data)))
        edge.events.append(index)
        if start.id == source:
            edge.forward = True
        else:
            edge.backward = True
    edges = [pairs[key] for key in sorted(pairs)]
    return ActorNetwork(nodes, edges, events)
