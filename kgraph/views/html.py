"""Interactive HTML views with pyvis: one self-contained file that opens with no network.

The vis-network script and style that pyvis ships are inlined; article text reaches the
page only as JSON data shown as plain text (labels on a canvas, tooltips as text).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="<script>alert(1)</script>", type="country")
>>> html = render_html(g)
>>> "<script>alert(1)" in html
False
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import networkx as nx

from kgraph.io.atomic import atomic_write_text

__all__ = ["render_html", "write_html", "edge_width", "TYPE_STYLES", "PLOVER_COLORS"]

TYPE_STYLES = {
    "country": {"color": "#1f77b4", "shape": "dot"},
    "organisation": {"color": "#ff7f0e", "shape": "diamond"},
    "person": {"color": "#2ca02c", "shape": "triangle"},
    "group": {"color": "#8c564b", "shape": "square"},
    "place": {"color": "#9467bd", "shape": "triangleDown"},
    "topic": {"color": "#7f7f7f", "shape": "ellipse"},
    "role": {"color": "#bcbd22", "shape": "box"},
}
PLOVER_COLORS = {
    "AGREE": "#2ca02c", "CONSULT": "#1f77b4", "COOPERATE": "#17becf", "SUPPORT": "#98df8a", "AID": "#9467bd",
    "REQUEST": "#ff7f0e", "ACCUSE": "#d62728", "REJECT": "#8b0000", "THREATEN": "#e377c2", "SANCTION": "#8c564b",
    "ASSAULT": "#000000",
}
FACT_COLOR = "#c7c7c7"


def _pyvis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis") / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def _safe_json(data: object) -> str:
    """JSON that cannot close the ``<script>`` element it sits in."""
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _build_network(graph: nx.MultiDiGraph):
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    degrees = dict(graph.degree())
    for node, data in graph.nodes(data=True):
        style = TYPE_STYLES.get(data.get("type", "topic"), TYPE_STYLES["topic"])
        net.add_node(str(node), label=str(data.get("label", node)), title=f"{data.get('label', node)} ({data.get('type', '')})",
                     color=style["color"], shape=style["shape"], size=10 + 4 * min(degrees.get(node, 0), 10),
                     )
    for a, b, data in graph.edges(data=True):
        relation = data.get("relation", "")
        date = data.get("date") or ""
        count = int(data.get("source_count") or 1)
        head = (f"{graph.nodes[a].get('label', a)} {relation} {graph.nodes[b].get('label', b)}",
                f"date: {date or 'unknown'}; modality: {data.get('modality', '')}")
        tooltip = "\n".join((*head, *_source_lines(data)))
        net.add_edge(str(a), str(b), label=f"{relation} {date}".strip() + (f" ({count} sources)" if count > 1 else ""),
                     title=tooltip, color=PLOVER_COLORS.get(data.get("plover") or "", FACT_COLOR),
                     dashes=data.get("modality") not in ("asserted", None), width=edge_width(count))
    return net


def edge_width(sources: int) -> float:
    """Width of an edge told by ``sources`` articles: 1 for one, thicker with each more, at most 7.

    >>> [edge_width(n) for n in (1, 2, 3, 10)]
    [1.0, 2.5, 4.0, 7.0]
    """
    return min(1.0 + 1.5 * (max(sources, 1) - 1), 7.0)


def _source_lines(data: dict) -> list[str]:
    """Tooltip lines naming where an edge comes from: its evidence and source, or every article telling it."""
    reports = data.get("reports") or []
    if len(reports) <= 1:
        return [f"evidence: {data.get('evidence', '')}", f"source: {data.get('source') or data.get('article', '')}"]
    lines = [f"told by {len(reports)} articles:"]
    for report in reports:
        where = ", ".join(x for x in (report.get("outlet"), report.get("date"), report.get("url")) if x)
        lines.append(f"- {report['id']}" + (f" ({where})" if where else "") + f": {_short(report.get('evidence', ''))}")
    return lines


def _short(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def render_html(graph: nx.MultiDiGraph, title: str = "kgraph") -> str:
    """Render a projection (from :func:`kgraph.views.graph.to_networkx`) as a self-contained HTML page."""
    import jinja2

    net = _build_network(graph)
    nodes, edges, _, _, _, _ = net.get_network_data()
    for edge, (_, _, data) in zip(edges, graph.edges(data=True)):
        edge["relation"] = data.get("relation", "")
        edge["date"] = data.get("date")
        edge["sources"] = int(data.get("source_count") or 1)
    connected = {str(n) for e in graph.edges() for n in e}
    big = graph.number_of_nodes() > 500
    options = {
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": 200 if big else 500, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 100, "hideEdgesOnDrag": big},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "font": {"size": 9, "align": "middle"},
                  "smooth": False if big else {"type": "continuous"}},
        "nodes": {"font": {"size": 12}},
    }
    data = {
        "nodes": nodes, "edges": edges,
        "relations": sorted({e["relation"] for e in edges}),
        "dates": sorted({e["date"] for e in edges if e.get("date")}),
        "isolated": [n["id"] for n in nodes if n["id"] not in connected],
        "relationColors": {d.get("relation", ""): PLOVER_COLORS.get(d.get("plover") or "", FACT_COLOR)
                           for _, _, d in graph.edges(data=True)},
        "typeStyles": TYPE_STYLES,
    }
    vis_js, vis_css = _pyvis_assets()
    template_text = (resources.files("kgraph.views") / "templates" / "graph.html").read_text(encoding="utf-8")
    template = jinja2.Environment(autoescape=True).from_string(template_text)
    return template.render(title=title, vis_css=_markup(vis_css), vis_js=_markup(vis_js.replace("</script", "<\\/script")),
                           data_json=_markup(_safe_json(data)), options_json=_markup(_safe_json(options)))


def _markup(text: str):
    import markupsafe
    return markupsafe.Markup(text)


def write_html(graph: nx.MultiDiGraph, path: str | Path, title: str = "kgraph") -> Path:
    """Write the view to ``path`` atomically."""
    return atomic_write_text(path, render_html(graph, title))
