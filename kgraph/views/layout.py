"""Positions for the view's nodes, computed once in Python so the page opens already laid out.

The layout is seeded: one graph gives one picture, build after build. Each connected part is laid out
alone and the parts are packed in rows, largest first. A part small enough for a force layout in memory
(``networkx.spring_layout``) gets one; a larger part lays out its best-connected nodes that way and
places every other node beside the neighbours already placed, so ten thousand nodes take seconds.

>>> import networkx as nx
>>> pos = seeded_layout(nx.path_graph(4))
>>> sorted(pos) == [0, 1, 2, 3] and pos == seeded_layout(nx.path_graph(4))
True

Given communities (:func:`grouped_layout`), each is laid out alone as a block, and the blocks are
placed by a layout of the communities' own graph, pushed apart until none overlaps another: a
community collapsed into one node sits where its members are drawn.
"""

from __future__ import annotations

import math
import random
from collections.abc import Hashable

import networkx as nx

__all__ = ["seeded_layout", "grouped_layout", "SPACING"]

#: Distance in page pixels between neighbouring nodes.
SPACING = 90.0
#: Largest part of a community's block laid out by force (each force layout of n nodes takes n² steps;
#: a community of 400 took a second, and a graph of 10,000 nodes has some fifty).
_BLOCK_FORCE_LIMIT = 100
_BLOCK_ITERATIONS = 50
#: Most blocks pushed apart from each other (pairwise); more are packed in rows.
_PUSH_LIMIT = 600
#: Largest part laid out by force alone (networkx lays out fewer than 500 nodes without scipy).
_FORCE_LIMIT = 400


def seeded_layout(graph: nx.Graph, seed: int = 1, force_limit: int = _FORCE_LIMIT,
                  iterations: int = 100) -> dict[Hashable, tuple[float, float]]:
    """``{node: (x, y)}`` in page pixels for an undirected ``graph``; edge ``weight`` pulls nodes closer.
    A connected part of more than ``force_limit`` nodes lays out that many by force (``iterations``
    steps), the rest beside them."""
    parts = sorted(nx.connected_components(graph), key=lambda part: (-len(part), sorted(map(str, part))))
    width = 2.2 * SPACING * max(graph.number_of_nodes(), 1) ** 0.5
    pos: dict[Hashable, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for part in parts:
        local = _part_layout(graph.subgraph(part), seed, force_limit, iterations)
        radius = max(max((math.hypot(a, b) for a, b in local.values()), default=0.0), SPACING * 0.4)
        if x > 0 and x + 2 * radius > width:
            x, y, row_height = 0.0, y + row_height + SPACING, 0.0
        for node, (a, b) in local.items():
            pos[node] = (round(a + x + radius, 1), round(b + y + radius, 1))
        x += 2 * radius + SPACING
        row_height = max(row_height, 2 * radius)
    return pos


def _part_layout(part: nx.Graph, seed: int, limit: int, iterations: int) -> dict[Hashable, tuple[float, float]]:
    """One connected part around (0, 0)."""
    n = part.number_of_nodes()
    if n == 1:
        return {next(iter(part)): (0.0, 0.0)}
    if n <= limit:
        return _force(part, seed, iterations)
    ranked = sorted(part, key=lambda node: (-part.degree(node, weight="weight"), str(node)))
    core = _connected_core(part, ranked[:limit], limit)
    pos = _force(part.subgraph(core), seed, iterations)
    _place_rest(part, pos, random.Random(seed))
    return pos


def _force(part: nx.Graph, seed: int, iterations: int) -> dict[Hashable, tuple[float, float]]:
    scale = SPACING * 0.8 * part.number_of_nodes() ** 0.5
    nodes = sorted(part, key=str)  # a fixed order: the result must not depend on insertion order
    ordered = nx.Graph()
    ordered.add_nodes_from(nodes)
    ordered.add_edges_from(part.edges(data=True))
    # k above networkx's 1/sqrt(n) spreads hubs' neighbours apart, so their labels do not pile up
    found = nx.spring_layout(ordered, seed=seed, iterations=iterations, scale=scale, weight="weight",
                             k=3.0 / part.number_of_nodes() ** 0.5)
    return {node: (float(a), float(b)) for node, (a, b) in found.items()}


def _connected_core(part: nx.Graph, best: list, limit: int) -> list:
    """As many of ``best`` as fit, in order, each with a shortest path to the first: a connected core."""
    paths = nx.single_source_shortest_path(part, best[0])
    core: set = set()
    for node in best:
        path = set(paths[node]) - core
        if len(core) + len(path) > limit:
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


def grouped_layout(graph: nx.Graph, groups: list[list], seed: int = 1
                   ) -> tuple[dict[Hashable, tuple[float, float]], list[tuple[float, float]], list[float]]:
    """``(pos, centres, radii)``: every node's place, each group laid out as a block around its centre
    within its radius; nodes in no group are laid out below the blocks.

    >>> g = nx.Graph([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3), (6, 7)])
    >>> pos, centres, radii = grouped_layout(g, [[0, 1, 2], [3, 4, 5]])
    >>> sorted(pos) == list(range(8)) and (pos, centres) == grouped_layout(g, [[0, 1, 2], [3, 4, 5]])[:2]
    True
    >>> all(math.dist(pos[n], centres[0]) <= radii[0] for n in (0, 1, 2))
    True
    >>> math.dist(centres[0], centres[1]) >= radii[0] + radii[1]
    True
    """
    blocks, radii = [], []
    for group in groups:
        local = seeded_layout(graph.subgraph(group), seed, _BLOCK_FORCE_LIMIT, _BLOCK_ITERATIONS)
        mx = sum(x for x, _ in local.values()) / len(local)
        my = sum(y for _, y in local.values()) / len(local)
        blocks.append({n: (x - mx, y - my) for n, (x, y) in local.items()})
        radii.append(round(max(math.hypot(x, y) for x, y in blocks[-1].values()) + SPACING / 2, 1))
    centres = _block_centres(graph, groups, radii, seed)
    pos = {n: (round(x + cx, 1), round(y + cy, 1)) for block, (cx, cy) in zip(blocks, centres)
           for n, (x, y) in block.items()}
    rest = [n for n in graph if n not in pos]
    if rest:
        other = seeded_layout(graph.subgraph(rest), seed)
        left = min((cx - r for (cx, _), r in zip(centres, radii)), default=0.0)
        top = max((cy + r for (_, cy), r in zip(centres, radii)), default=-SPACING) + SPACING
        pos.update({n: (round(x + left, 1), round(y + top, 1)) for n, (x, y) in other.items()})
    return pos, centres, radii


def _block_centres(graph: nx.Graph, groups: list[list], radii: list[float], seed: int) -> list[tuple[float, float]]:
    """Centres for blocks of the given radii: the groups' own graph laid out (events between groups as
    weights), spread to the blocks' size, then pushed apart until no two overlap."""
    import numpy as np

    if not groups:
        return []
    of = {n: i for i, group in enumerate(groups) for n in group}
    quotient = nx.Graph()
    quotient.add_nodes_from(range(len(groups)))
    for a, b, data in graph.edges(data=True):
        i, j = of.get(a), of.get(b)
        if i is not None and j is not None and i != j:
            weight = quotient.get_edge_data(i, j, {}).get("weight", 0)
            quotient.add_edge(min(i, j), max(i, j), weight=weight + data.get("weight", 1))
    if len(groups) > _PUSH_LIMIT:  # pushing every pair apart would take too long
        return _rows(radii)
    start = seeded_layout(quotient, seed)
    r = np.array(radii)
    xy = np.array([start[i] for i in range(len(groups))]) * (2 * r.mean() / SPACING)
    need = r[:, None] + r[None, :] + SPACING
    jitter = np.random.default_rng(seed).uniform(-1, 1, xy.shape)
    for _ in range(200):
        d = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(d[..., 0], d[..., 1])
        over = np.clip(need - dist, 0, None)
        np.fill_diagonal(over, 0)
        if not over.any():
            break
        dist[dist == 0] = 1e-9
        xy = xy + (d / dist[..., None] * over[..., None] / 2).sum(axis=1) + jitter * (dist < 1e-6).any(axis=1)[:, None]
    return [(round(float(x), 1), round(float(y), 1)) for x, y in xy]


def _rows(radii: list[float]) -> list[tuple[float, float]]:
    """Centres for blocks of the given radii packed in rows, in order, none overlapping.

    >>> _rows([100.0, 50.0])
    [(100.0, 100.0), (340.0, 50.0)]
    """
    width = 2.2 * math.sqrt(sum((2 * r + SPACING) ** 2 for r in radii))
    centres = []
    x = y = row_height = 0.0
    for r in radii:
        if x > 0 and x + 2 * r > width:
            x, y, row_height = 0.0, y + row_height + SPACING, 0.0
        centres.append((round(x + r, 1), round(y + r, 1)))
        x += 2 * r + SPACING
        row_height = max(row_height, 2 * r)
    return centres
