"""The interactive HTML view: one self-contained file that opens with no network.

The page draws the actor network of :mod:`kgraph.views.network`, laid out beforehand in Python
(:mod:`kgraph.views.layout`), with vis-network (the copy pyvis ships, inlined) and physics off.
Article text reaches the page only as JSON data shown as plain text (labels on a canvas,
tooltips and the details panel as text nodes). The communities of :mod:`kgraph.views.communities`
go with the data; the page collapses them into one node each above 2,000 nodes, or as
``ViewOptions.communities`` says.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="<script>alert(1)</script>", type="country")
>>> html = render_html(g)
>>> "<script>alert(1)" in html
False
"""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources
from pathlib import Path

import networkx as nx

from kgraph.io.atomic import atomic_write_text
from kgraph.views.communities import community_groups, community_items, opens_collapsed
from kgraph.views.layout import grouped_layout
from kgraph.views.network import ActorNetwork, ViewOptions, actor_network, families
from kgraph.vocabulary import RELATIONS

__all__ = ["render_html", "render_page", "write_html", "page_data", "edge_width", "TYPE_STYLES", "PLOVER_COLORS"]

TYPE_STYLES = {
    "country": {"color": "#1f77b4", "shape": "dot"},
    "organisation": {"color": "#ff7f0e", "shape": "diamond"},
    "person": {"color": "#2ca02c", "shape": "triangle"},
    "group": {"color": "#8c564b", "shape": "square"},
    "place": {"color": "#9467bd", "shape": "triangleDown"},
    "topic": {"color": "#7f7f7f", "shape": "hexagon"},
    "role": {"color": "#bcbd22", "shape": "star"},
}
#: One colour per relation family, from cooperation (blues and greens) to conflict (oranges, reds, black).
PLOVER_COLORS = {
    "CONSULT": "#4e79a7", "AGREE": "#1b9e77", "COOPERATE": "#66a61e", "SUPPORT": "#17becf", "AID": "#9467bd",
    "REQUEST": "#e6ab02", "ACCUSE": "#fd8d3c", "REJECT": "#e7298a", "THREATEN": "#d62728", "SANCTION": "#8c2d04",
    "ASSAULT": "#000000", "holds_role": "#bcbd22", "member_of": "#a0a0a0",
}
FACT_COLOR = "#c7c7c7"
#: Above this many nodes the page hides edges while the view is dragged or zoomed.
_BIG = 1500


def _pyvis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _safe_json(data: object) -> str:
    """JSON that cannot close the ``<script>`` element it sits in."""
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
            .replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028")
            .replace("\u2029", "\\u2029"))


def edge_width(sources: int) -> float:
    """Width of an edge told by ``sources`` articles: 1 for one, thicker with each more, at most 7.

    >>> [edge_width(n) for n in (1, 2, 3, 10)]
    [1.0, 2.5, 4.0, 7.0]
    """
    return min(1.0 + 1.5 * (max(sources, 1) - 1), 7.0)


def _scaled(value: int, top: int, low: float, high: float) -> float:
    return round(low + (high - low) * (value / top) ** 0.5, 1) if top else low


def _bend(index: int, count: int) -> dict:
    """The curve of the ``index``-th of ``count`` edges joining one pair, so that none hides another.

    >>> [_bend(i, 2)["roundness"] for i in range(2)]
    [0.15, 0.15]
    """
    offset = index - (count - 1) / 2
    return {"enabled": True, "type": "curvedCW" if offset >= 0 else "curvedCCW", "roundness": round(0.3 * abs(offset), 2)}


def _node_items(net: ActorNetwork, pos: dict, degree: dict, by_events: bool) -> tuple[list[dict], list[dict]]:
    """What vis-network draws of each node (kept small: vis copies every field), and beside it, in the same
    order, what the tooltip and the details panel tell of it."""
    top_degree = max(degree.values(), default=0)
    top_events = max((len(n.events) for n in net.nodes.values()), default=0)
    drawn, info = [], []
    for key in sorted(net.nodes):
        node = net.nodes[key]
        style = TYPE_STYLES.get(node.type, TYPE_STYLES["topic"])
        sizes = [_scaled(degree[key], top_degree, 8, 34), _scaled(len(node.events), top_events, 8, 34),
                 _scaled(degree[key], top_degree, 11, 26), _scaled(len(node.events), top_events, 11, 26)]
        x, y = pos[key]
        drawn.append({"id": key, "label": node.label, "x": x, "y": y, "shape": style["shape"], "color": style["color"],
                      "size": sizes[1 if by_events else 0], "font": {"size": sizes[3 if by_events else 2]}})
        info.append({"kind": node.type, "sizes": sizes, "ev": node.events, "roles": node.roles,
                     "memberships": node.memberships, "members": node.members,
                     "topics": node.topics.most_common(), "places": node.places.most_common()})
    return drawn, info


def _edge_items(net: ActorNetwork) -> tuple[list[dict], list[dict]]:
    """What vis-network draws of each edge, and beside it its family, events and their dates."""
    drawn, info = [], []
    siblings = Counter((e.source, e.target) for e in net.edges)
    seen: Counter = Counter()
    for index, edge in enumerate(net.edges):
        events = [net.events[i] for i in edge.events]
        articles = {r[0] for e in events for r in e["s"]}
        item = {"id": f"e{index}", "from": edge.source, "to": edge.target,
                "color": PLOVER_COLORS.get(edge.family, FACT_COLOR), "width": edge_width(len(articles)),
                "arrows": ",".join(x for x, on in (("to", edge.forward), ("from", edge.backward)) if on)}
        if all(e["m"] != "asserted" for e in events):
            item["dashes"] = True
        pair = (edge.source, edge.target)
        if siblings[pair] > 1:  # a pair's families side by side, bent apart
            item["smooth"] = _bend(seen[pair], siblings[pair])
            seen[pair] += 1
        drawn.append(item)
        info.append({"family": edge.family, "ev": edge.events, "articles": len(articles),
                     "dates": sorted(e["d"] for e in events if e["d"]),
                     "undated": sum(1 for e in events if not e["d"])})
    return drawn, info


def page_data(graph: nx.MultiDiGraph, options: ViewOptions | None = None, seed: int = 1) -> tuple[dict, dict]:
    """The page's data and vis-network options for an event projection (or a subgraph of one)."""
    options = options or ViewOptions()
    net = actor_network(graph, options)
    shape = net.to_graph()
    groups = community_groups(shape, seed=seed)
    pos, centres, radii = grouped_layout(shape, groups, seed=seed)
    degree = dict(shape.degree())
    nodes, node_info = _node_items(net, pos, degree, options.size == "events")
    edges, edge_info = _edge_items(net)
    present = {e["family"] for e in edge_info}
    order = families()
    data = {
        "nodes": nodes, "nodeInfo": node_info, "edges": edges, "edgeInfo": edge_info, "events": net.events,
        "families": [{"name": f, "color": PLOVER_COLORS.get(f, FACT_COLOR),
                      "relations": sorted(r.name for r in RELATIONS.values() if (r.plover or r.name) == f)}
                     for f in sorted(present, key=lambda f: (order.index(f) if f in order else len(order), f))],
        "dates": sorted({d for e in edge_info for d in e["dates"]}),
        "isolated": sorted(set(net.nodes) - {n for e in edges for n in (e["from"], e["to"])}),
        "typeStyles": {t: s for t, s in TYPE_STYLES.items() if any(n.type == t for n in net.nodes.values())},
        "size": options.size,
        "communities": community_items(groups, {n["id"]: n["label"] for n in nodes}, degree, centres, radii),
        "collapsed": opens_collapsed(options.communities, len(nodes)),
    }
    big = len(nodes) > _BIG
    vis_options = {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 100, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big},
        "edges": {"smooth": False, "arrows": {"to": {"scaleFactor": 0.4}, "from": {"scaleFactor": 0.4}},
                  "selectionWidth": 2},
        "nodes": {"font": {"strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
    }
    return data, vis_options


def render_html(graph: nx.MultiDiGraph, title: str = "kgraph", options: ViewOptions | None = None) -> str:
    """Render an event projection (from :func:`kgraph.views.graph.to_networkx`, or a subgraph of one) as a
    self-contained HTML page showing its actor network."""
    return render_page(graph, title, options)[0]


def render_page(graph: nx.MultiDiGraph, title: str = "kgraph", options: ViewOptions | None = None) -> tuple[str, dict]:
    """The page of :func:`render_html` and the data it shows (``nodes``, ``edges``, ``events``, ...)."""
    import jinja2

    data, vis_options = page_data(graph, options)
    vis_js, vis_css = _pyvis_assets()
    template_text = (resources.files("kgraph.views") / "templates" / "graph.html").read_text(encoding="utf-8")
    template = jinja2.Environment(autoescape=True).from_string(template_text)
    page = template.render(title=title, vis_css=_markup(vis_css), vis_js=_markup(vis_js.replace("</script", "<\\/script")),
                           data_json=_markup(_safe_json(data)), options_json=_markup(_safe_json(vis_options)))
    return page, data


def _markup(text: str):
    import markupsafe
    return markupsafe.Markup(text)


def write_html(graph: nx.MultiDiGraph, path: str | Path, title: str = "kgraph",
               options: ViewOptions | None = None) -> Path:
    """Write the view to ``path`` atomically."""
    return atomic_write_text(path, render_html(graph, title, options))
