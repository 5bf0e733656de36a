"""Communities of the actor network, which the HTML view can collapse into one node each.

Communities are found in Python (Louvain, seeded, over a graph built in a fixed order), so one graph
gives the same communities build after build. Only communities of at least :data:`MIN_MEMBERS`
actors can be collapsed; the others stay plain nodes. Above :data:`COLLAPSE_ABOVE` nodes the page
opens with its communities collapsed (``ViewOptions.communities`` forces either way).

>>> import networkx as nx
>>> g = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f"), ("c", "d")])
>>> community_groups(g)
[['a', 'b', 'c'], ['d', 'e', 'f']]
>>> community_groups(g) == community_groups(nx.Graph(list(g.edges)[::-1]))
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import networkx as nx

from kgraph.views.layout import seeded_layout

__all__ = ["community_groups", "community_items", "community_layout", "opens_collapsed", "COLLAPSE_ABOVE", "MIN_MEMBERS",
           "COMMUNITY_MODES"]

#: Above this many nodes the page opens with communities collapsed. At 2,000 nodes the whole network
#: is drawn in under 2 s (bench/README.md); at 10,000 it is the drawing of every node and edge, not the
#: data, that takes most of the opening time.
COLLAPSE_ABOVE = 2000
#: How much wider than the layout of single nodes the communities are laid out (their labels are long).
_SPREAD = 2.0
#: The fewest actors a community must have to be collapsible.
MIN_MEMBERS = 3
#: How the page opens: by size (``auto``), or always ``collapsed`` or ``expanded``.
COMMUNITY_MODES = ("auto", "collapsed", "expanded")


def community_groups(graph: nx.Graph, seed: int = 1, min_size: int = MIN_MEMBERS) -> list[list[str]]:
    """Communities of an undirected ``graph`` (node ids as strings, each sorted), largest first; only
    those of at least ``min_size`` nodes. Edge ``weight`` counts (the events of a pair).

    >>> community_groups(nx.path_graph(2))
    []
    """
    ordered = nx.Graph()  # a fixed order of nodes and edges: Louvain's result depends on it
    ordered.add_nodes_from(sorted(map(str, graph)))
    ordered.add_weighted_edges_from(sorted((min(str(a), str(b)), max(str(a), str(b)), data.get("weight", 1))
                                           for a, b, data in graph.edges(data=True)))
    if ordered.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(ordered, weight="weight", seed=seed)
    groups = [sorted(group) for group in found if len(group) >= min_size]
    return sorted(groups, key=lambda group: (-len(group), group))


def community_layout(graph: nx.Graph, groups: list[list[str]], pos: Mapping[str, tuple[float, float]],
                     seed: int = 1) -> list[tuple[float, float]]:
    """Where each community's node sits when collapsed: the communities laid out as a graph of their own
    (edge weights summed between them, seeded), spread wide enough for their labels and centred where
    ``pos`` (every node's place when drawn one by one) has its middle.

    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "f")])
    >>> where = community_layout(g, [["a", "b", "c"], ["d", "e", "f"]], {n: (0.0, 0.0) for n in g})
    >>> len(where), where == community_layout(g, [["a", "b", "c"], ["d", "e", "f"]], {n: (0.0, 0.0) for n in g})
    (2, True)
    """
    of = {node: index for index, group in enumerate(groups) for node in group}
    weights: Counter = Counter()
    for a, b, data in graph.edges(data=True):
        ca, cb = of.get(str(a)), of.get(str(b))
        if ca is not None and cb is not None and ca != cb:
            weights[min(ca, cb), max(ca, cb)] += data.get("weight", 1)
    quotient = nx.Graph()
    quotient.add_nodes_from(range(len(groups)))
    quotient.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()))
    local = seeded_layout(quotient, seed=seed)
    cx = sum(x for x, _ in pos.values()) / max(len(pos), 1)
    cy = sum(y for _, y in pos.values()) / max(len(pos), 1)
    mx = sum(x for x, _ in local.values()) / max(len(local), 1)
    my = sum(y for _, y in local.values()) / max(len(local), 1)
    return [(round(cx + _SPREAD * (local[i][0] - mx), 1), round(cy + _SPREAD * (local[i][1] - my), 1))
            for i in range(len(groups))]


def community_items(groups: list[list[str]], labels: Mapping[str, str], ranks: Mapping[str, float],
                    where: list[tuple[float, float]]) -> list[dict]:
    """What the page keeps of each community: an id, a label naming its two highest ranked members
    (by ``ranks``, e.g. degree) and how many more, its members (highest ranked first), where it sits
    (``where``, one place per group) and its size.

    >>> items = community_items([["a", "b", "c"]], {"a": "A", "b": "B", "c": "C"}, {"a": 1, "b": 3, "c": 2},
    ...                         [(1.0, 2.0)])
    >>> items[0]["label"], items[0]["members"], items[0]["x"], items[0]["y"]
    ('B, C +1', ['b', 'c', 'a'], 1.0, 2.0)
    """
    top = max((len(group) for group in groups), default=1)
    items = []
    for index, group in enumerate(groups):
        members = sorted(group, key=lambda n: (-ranks.get(n, 0), labels.get(n, n), n))
        named = ", ".join(labels.get(n, n) for n in members[:2])
        rest = len(members) - 2
        items.append({"id": f"community:{index}", "label": named + (f" +{rest}" if rest > 0 else ""),
                      "members": members, "size": round(20 + 40 * (len(members) / top) ** 0.5, 1),
                      "x": where[index][0], "y": where[index][1]})
    return items


def opens_collapsed(mode: str, nodes: int) -> bool:
    """Whether the page opens with communities collapsed: ``mode`` as ``ViewOptions.communities``.

    >>> opens_collapsed("auto", 500), opens_collapsed("auto", 10_000), opens_collapsed("collapsed", 5)
    (False, True, True)
    """
    if mode not in COMMUNITY_MODES:
        raise ValueError(f"communities must be one of {', '.join(COMMUNITY_MODES)}, not {mode!r}")
    return mode == "collapsed" or (mode == "auto" and nodes > COLLAPSE_ABOVE)
