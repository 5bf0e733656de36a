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

from collections.abc import Mapping

import networkx as nx

__all__ = ["community_groups", "community_items", "opens_collapsed", "COLLAPSE_ABOVE", "MIN_MEMBERS",
           "COMMUNITY_MODES"]

#: Above this many nodes the page opens with communities collapsed. At 2,000 nodes the whole network
#: is drawn in under 2 s (bench/README.md); at 10,000 it is the drawing of every node and edge, not the
#: data, that takes most of the opening time.
COLLAPSE_ABOVE = 2000
#: A collapsed community's radius, against the block its members are drawn in.
_SIZE = 0.5
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


def community_items(groups: list[list[str]], labels: Mapping[str, str], ranks: Mapping[str, float],
                    centres: list[tuple[float, float]], radii: list[float]) -> list[dict]:
    """What the page keeps of each community: an id, a label naming its two highest ranked members
    (by ``ranks``, e.g. degree) and how many more, its members (highest ranked first), where it sits
    (the centre of the block its members are drawn in, :func:`kgraph.views.layout.grouped_layout`) and
    its size (half the block's radius).

    >>> items = community_items([["a", "b", "c"]], {"a": "A", "b": "B", "c": "C"}, {"a": 1, "b": 3, "c": 2},
    ...                         [(1.0, 2.0)], [100.0])
    >>> items[0]["label"], items[0]["members"], items[0]["x"], items[0]["y"], items[0]["size"]
    ('B, C +1', ['b', 'c', 'a'], 1.0, 2.0, 50.0)
    """
    prefix = "community:"
    while any(str(n).startswith(prefix) for n in labels):  # an id no actor has
        prefix = "#" + prefix
    items = []
    for index, (group, (x, y), radius) in enumerate(zip(groups, centres, radii)):
        members = sorted(group, key=lambda n: (-ranks.get(n, 0), labels.get(n, n), n))
        named = ", ".join(labels.get(n, n) for n in members[:2])
        rest = len(members) - 2
        items.append({"id": f"{prefix}{index}", "label": named + (f" +{rest}" if rest > 0 else ""),
                      "members": members, "size": round(radius * _SIZE, 1), "x": x, "y": y})
    return items


def opens_collapsed(mode: str, nodes: int) -> bool:
    """Whether the page opens with communities collapsed: ``mode`` as ``ViewOptions.communities``.

    >>> opens_collapsed("auto", 500), opens_collapsed("auto", 10_000), opens_collapsed("collapsed", 5)
    (False, True, True)
    """
    if mode not in COMMUNITY_MODES:
        raise ValueError(f"communities must be one of {', '.join(COMMUNITY_MODES)}, not {mode!r}")
    return mode == "collapsed" or (mode == "auto" and nodes > COLLAPSE_ABOVE)
