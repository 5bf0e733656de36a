"""kgraph: diplomatic news into a temporal knowledge graph.

The public API, in the order of the pipeline::

    articles = kgraph.read_articles("seeds/")
    events = list(kgraph.extract(articles))
    dataset = kgraph.build_graph(events, articles)
    kgraph.query(dataset, "meetings").rows
    kgraph.write_html(kgraph.to_networkx(dataset), "graph.html")
    kgraph.ingest(["seeds/"], "kgraph-data")          # a persistent store, one graph per article

Heavy parts (spaCy, trafilatura) load only when first used.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = [
    "__version__", "Article", "Event", "KgraphError", "read_articles", "extract", "build", "build_graph",
    "load_graph", "save_graph", "query", "to_networkx", "render_html", "write_html", "show", "read_events",
    "ingest", "delete", "articles", "export", "view", "open_store",
]

from kgraph.api import articles, build, delete, export, extract, ingest, query, read_events, show, view
from kgraph.errors import KgraphError
from kgraph.io import read_articles
from kgraph.model import Article, Event


def __getattr__(name: str):
    # rdflib, networkx and pyvis load on first use, so "import kgraph" stays light
    if name in ("build_graph",):
        from kgraph.rdf.build import build_graph
        return build_graph
    if name in ("load_graph", "save_graph"):
        from kgraph.rdf import files
        return getattr(files, name)
    if name == "open_store":
        from kgraph.rdf.store import open_store
        return open_store
    if name == "to_networkx":
        from kgraph.views.graph import to_networkx
        return to_networkx
    if name in ("render_html", "write_html"):
        from kgraph.views import html
        return getattr(html, name)
    raise AttributeError(f"module 'kgraph' has no attribute {name!r}")
