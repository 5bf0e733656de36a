"""Positions for the view's nodes, computed once in Python so the page opens already laid out.

The layout is seeded: one graph gives one picture, build after build. Each connected part is laid out
alone and the parts are packed in rows, largest first. A part small enough for a force layout in memory
(``networkx.spring_layout``) gets one; a larger part lays out its best-connected nodes that way and
places every other node beside the neighbours already placed, so ten thousand nodes take seconds.

>>> import networkx as nx
>>> pos = seeded_layout(nx.path_graph(4))
>>> sorted(pos) == [0, 1, 2, 3] and pos == seeded_layout(nx.path_graph(4))
True
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable

import networkx as nx

__all__ = ["seeded_layout", "SPACING"]

#: Distance in page pixels between neighbouring nodes.
SPACING = 90.0
#: Largest part laid out by force alone (networkx lays out fewer than 500 nodes without scipy).
_FORCE_LIMIT = 400


def seeded_layout(graph: nx.Graph, seed: int = 1) -> dict[Hashable, tuple[float, float]]:
    """``{node: (x, y)}`` in page pixels for an undirected ``graph``; edge ``weight`` pulls nodes closer."""
    parts = sorted(nx.connected_components(graph), key=lambda part: (-len(part), sorted(map(str, part))))
    width = 2.2 * SPACING * max(graph.number_of_nodes(), 1) ** 0.5
    pos: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for part in parts:
        local = _part_layout(graph.subgraph(part), seed)
        radius = max(max((math.hypot(a, b) for a, b in local.values()), default=0.0), SPACING * 0.4)
        if x > 0 and x + 2 * radius > width:
            x, y, row_height = 0.0, y + row_height + SPACING, 0.0
        for node, (a, b) in local.items():
            pos[node] = (round(a + x + radius, 1), round(b + y + radius, 1))
        x += 2 * radius + SPACING
        row_height = max(row_height, 2 * radius)
    return pos


def _part_layout(part: nx.Graph, seed: int) -> dict[Hashable, tuple[float, float]]:
    """One connected part around (0, 0)."""
    n = part.number_of_nodes()
    if n == 1:
        return {next(iter(part)): (0.0, 0.0)}
    if n <= _FORCE_LIMIT:
        return _force(part, seed)
    ranked = sorted(part, key=lambda node: (-part.degree(node, weight="weight"), str(node)))
    core = _connected_core(part, ranked[:_FORCE_LIMIT])
    pos = _force(part.subgraph(core), seed)
    _place_rest(part, pos, random.Random(seed))
    return pos


def _force(part: nx.Graph, seed: int) -> dict[Hashable, tuple[float, float]]:
    scale = SPACING * 0.8 * part.number_of_nodes() ** 0.5
    nodes = sorted(part, key=str)  # a fixed order: the result must not depend on insertion order
    ordered = nx.Graph()
    ordered.add_nodes_from(nodes)
    ordered.add_edges_from(part.edges(data=True))
    # k above networkx's 1/sqrt(n) spreads hubs' neighbours apart, so their labels do not pile up
    found = nx.spring_layout(ordered, seed=seed, iterations=100, scale=scale, weight="weight",
                             k=3.0 / part.number_of_nodes() ** 0.5)
    return {node: (float(a), float(b)) for node, (a, b) in found.items()}


def _connected_core(part: nx.Graph, best: list) -> list:
    """As many of ``best`` as fit, in order, each with a shortest path to the first: a connected core."""
    paths = nx.single_source_shortest_path(part, best[0])
    core: set = set()
    for node in best:
        path = set(paths[node]) - core
        if len(core) + len(path) > _FORCE_LIMIT:
            break
        core |= path
    return sorted(core, key=str)


def _place_rest(part: nx.Graph, pos: dict, rng: random.Random) -> None:
    """Put each node not yet placed beside a placed neighbour, breadth first from the core, on a spiral
    around that neighbour (so a hub's many leaves do not pile up)."""
    around: dict = {}
    frontier = sorted(pos, key=str)
    seen = set(pos)
    while frontier:
        following = []
        for node in frontier:
            for other in sorted(part[node], key=str):
                if other in seen:
                    continue
                seen.add(other)
                k = around.get(node, 0)
                around[node] = k + 1
                angle = rng.uniform(0, 2 * math.pi) if k == 0 else k * 2.39996
                distance = SPACING * (0.8 + 0.35 * math.sqrt(k))
                cx, cy = pos[node]
                pos[other] = (cx + distance * math.cos(angle), cy + distance * math.sin(angle))
                following.append(other)
        frontier = following
