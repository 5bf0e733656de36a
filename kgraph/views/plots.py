"""Pictures of a graph with matplotlib: one actor's relations over time, and the network of actors.

matplotlib comes with the dev install and is imported inside the functions that draw, so importing this
module (or kgraph) does not need it. The rows a picture draws are available on their own
(:func:`relation_rows`), to print as a table or test.

>>> g = _example()
>>> [(r["date"], r["relation"], r["other"], r["dated"]) for r in relation_rows(g, "A", stands_for={"Ann": "A"})]
[('2024-01-02', 'meets_with', 'B', True), ('2024-01-09', 'criticizes', 'C', False)]
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date as _date
from typing import TYPE_CHECKING

import networkx as nx

from kgraph.vocabulary import CONFLICTUAL, COOPERATIVE, RELATIONS

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["relation_rows", "relations_over_time", "draw_network", "KIND_COLOURS", "TYPE_COLOURS"]

ACTOR_TYPES = ("country", "organisation", "person", "group")
FACTS = ("holds_role", "member_of")

#: Marker colour by the PLOVER kind of an event's relation.
KIND_COLOURS = {"cooperative": "#2e7d32", "conflictual": "#c62828", "other": "#546e7a"}
#: Node colour by type in :func:`draw_network` (as in the HTML view's legend).
TYPE_COLOURS = {"country": "#1f77b4", "organisation": "#9467bd", "person": "#ff7f0e", "group": "#8c564b",
                "place": "#2ca02c", "topic": "#7f7f7f", "role": "#bcbd22"}
_MODALITY_MARKERS = {"asserted": "o", "planned": "^", "hoped": "D", "negated": "X"}


def _kind(plover: str | None) -> str:
    if plover in COOPERATIVE:
        return "cooperative"
    if plover in CONFLICTUAL:
        return "conflictual"
    return "other"


def relation_rows(graph: nx.MultiDiGraph, actor: str, *, stands_for: Mapping[str, str] | None = None,
                  counterpart_types: tuple[str, ...] = ACTOR_TYPES) -> list[dict]:
    """The events between ``actor`` (a node label) and other actors, in date order.

    ``stands_for`` maps a label to the actor it acts for (a minister to the state, as the ``roles`` query
    gives them): events of the mapped people count as ``actor``'s, and counterparts are named by what
    they stand for. Facts (roles, memberships) are left out, and so are counterparts whose type is not
    in ``counterpart_types``. Each row: ``date`` (the event's, or its article's publication date when the
    text gives none), ``dated`` (whether the text gave it), ``subject``, ``relation``, ``object`` (labels as
    extracted), ``other`` (the counterpart, mapped), ``outgoing`` (``actor``'s side acts), ``kind``
    (cooperative, conflictual or other), ``modality`` and ``article``. Events with no date at all are
    left out.
    """
    stands_for = dict(stands_for or {})

    def side(label: str) -> str:
        return stands_for.get(label, label)

    rows = []
    for a, b, data in graph.edges(data=True):
        if data.get("relation") in FACTS:
            continue
        subject, obj = graph.nodes[a].get("label", a), graph.nodes[b].get("label", b)
        if side(subject) == actor and side(obj) != actor:
            other, outgoing, other_type = side(obj), True, graph.nodes[b].get("type")
        elif side(obj) == actor and side(subject) != actor:
            other, outgoing, other_type = side(subject), False, graph.nodes[a].get("type")
        else:
            continue
        date = data.get("date") or data.get("published")
        if other_type not in counterpart_types or not date:
            continue
        rows.append({"date": date, "dated": bool(data.get("date")), "subject": subject,
                     "relation": data["relation"], "object": obj, "other": other, "outgoing": outgoing,
                     "kind": _kind(data.get("plover")), "modality": data.get("modality") or "asserted",
                     "article": data.get("article")})
    return sorted(rows, key=lambda r: (r["date"], r["other"], r["relation"], r["subject"]))


def relations_over_time(graph: nx.MultiDiGraph, actor: str, *, stands_for: Mapping[str, str] | None = None,
                        ax: Axes | None = None, title: str | None = None) -> Axes:
    """Plot ``actor``'s relations over time: a row per counterpart, a marker per event at its date.

    Colour gives the PLOVER kind (cooperative, conflictual, other), shape the modality (asserted, planned,
    hoped, negated); a hollow marker stands at the article's publication date when the text gives no
    date. Markers are labelled with their relations (those of a fortnight together), with an arrow saying
    who acted unless the relation goes both ways (→ ``actor`` did, ← it was done to ``actor``).
    ``stands_for`` is as in :func:`relation_rows`. Returns the axes.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    rows = relation_rows(graph, actor, stands_for=stands_for)
    others = sorted({r["other"] for r in rows}, key=lambda o: min(r["date"] for r in rows if r["other"] == o))
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 1.2 + 0.5 * max(len(others), 2)), layout="constrained")
    position = {other: len(others) - 1 - i for i, other in enumerate(others)}
    labels: dict[tuple[str, str], list[str]] = {}
    cluster_start: dict[str, _date] = {}
    for row in rows:
        when = _date.fromisoformat(row["date"][:10])
        colour = KIND_COLOURS[row["kind"]]
        ax.scatter([when], [position[row["other"]]], s=70, marker=_MODALITY_MARKERS.get(row["modality"], "o"),
                   color=colour if row["dated"] else "white", edgecolors=colour, linewidths=1.5, zorder=3)
        # events of a row within a fortnight share one label, so that labels do not run over each other
        start = cluster_start.get(row["other"])
        if start is None or (when - start).days > 14:
            start = cluster_start[row["other"]] = when
        words = labels.setdefault((row["other"], start.isoformat()), [])
        relation = RELATIONS.get(row["relation"])
        arrow = "" if relation is not None and relation.symmetric else ("→ " if row["outgoing"] else "← ")
        if arrow + row["relation"] not in words:
            words.append(arrow + row["relation"])
    for (other, day), words in labels.items():
        ax.annotate(", ".join(words), (_date.fromisoformat(day), position[other]), xytext=(7, 6),
                    textcoords="offset points", fontsize=7.5, color="#333333")
    ax.set_yticks(range(len(others)), list(reversed(others)))
    ax.set_ylim(-0.7, max(len(others) - 0.3, 0.7))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    ax.set_title(title or f"{actor}: relations over time")
    handles = [Line2D([], [], marker="o", linestyle="", color=c, label=k) for k, c in KIND_COLOURS.items()]
    handles += [Line2D([], [], marker="o", linestyle="", color="white", markeredgecolor="#546e7a",
                       label="date of the report")]
    handles += [Line2D([], [], marker=m, linestyle="", color="#546e7a", label=k)
                for k, m in _MODALITY_MARKERS.items() if k != "asserted" and any(r["modality"] == k for r in rows)]
    handles += [Line2D([], [], linestyle="", label=f"→ {actor} acts\n← acts on {actor}")]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    return ax


def draw_network(graph: nx.MultiDiGraph, *, ax: Axes | None = None, title: str | None = None,
                 seed: int = 1) -> Axes:
    """Draw the projection as a network: nodes coloured by type and labelled, one line per linked pair.

    Each connected part is laid out on its own (a spring layout, seeded, so the same graph gives the same
    picture) and the parts are set side by side, largest first. Returns the axes.
    """
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    simple = nx.Graph(graph.to_undirected()) if graph.is_directed() else nx.Graph(graph)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 7), layout="constrained")
    pos = _packed_layout(simple, seed)
    types = {n: simple.nodes[n].get("type", "topic") for n in simple}
    nx.draw_networkx_edges(simple, pos, ax=ax, edge_color="#b0bec5", width=1.0)
    nx.draw_networkx_nodes(simple, pos, ax=ax, node_size=[260 if types[n] in ACTOR_TYPES else 120 for n in simple],
                           node_color=[TYPE_COLOURS.get(types[n], "#7f7f7f") for n in simple], linewidths=0)
    nx.draw_networkx_labels(simple, pos, ax=ax, labels={n: simple.nodes[n].get("label", n) for n in simple},
                            font_size=7.5, verticalalignment="bottom")
    ax.set_axis_off()
    present = [t for t in TYPE_COLOURS if t in types.values()]
    ax.legend(handles=[Line2D([], [], marker="o", linestyle="", color=TYPE_COLOURS[t], label=t) for t in present],
              loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False)
    if title:
        ax.set_title(title)
    return ax


def _packed_layout(graph: nx.Graph, seed: int) -> dict:
    """Positions for ``graph``: each connected part laid out alone, the parts in rows, largest first."""
    parts = sorted(nx.connected_components(graph), key=lambda part: (-len(part), sorted(map(str, part))))
    width = 3.0 * max(graph.number_of_nodes(), 1) ** 0.5
    pos, x, y, row_height = {}, 0.0, 0.0, 0.0
    for part in parts:
        sub = graph.subgraph(part)
        radius = max(len(part) ** 0.5, 0.6)
        local = nx.spring_layout(sub, seed=seed, scale=radius, iterations=300) if len(part) > 2 else \
            nx.circular_layout(sub, scale=radius * 0.6)
        if x > 0 and x + 2 * radius > width:
            x, y, row_height = 0.0, y - row_height - 1.0, 0.0
        for node, (a, b) in local.items():
            pos[node] = (a + x + radius, b + y - radius)
        x += 2 * radius + 1.0
        row_height = max(row_height, 2 * radius)
    return pos


def _example() -> nx.MultiDiGraph:
    """A small graph for the examples: A meets B; Ann (who acts for A) is criticised by C, undated."""
    g = nx.MultiDiGraph()
    for node, kind in (("A", "country"), ("B", "country"), ("C", "country"), ("Ann", "person"), ("t", "topic")):
        g.add_node(node, label=node, type=kind)
    g.add_edge("A", "B", relation="meets_with", plover="CONSULT", date="2024-01-02", modality="asserted")
    g.add_edge("C", "Ann", relation="criticizes", plover="ACCUSE", date=None, published="2024-01-09",
               modality="asserted")
    g.add_edge("A", "t", relation="agrees_on", plover="AGREE", date="2024-01-03", modality="asserted")
    g.add_edge("Ann", "A", relation="holds_role", plover=None, date=None, modality="asserted")
    return g
