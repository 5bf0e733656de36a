"""Reading and writing built graphs (TriG with one named graph per article)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kgraph.errors import StoreError
from kgraph.io.atomic import atomic_write_text
from kgraph.rdf.build import bind_prefixes

__all__ = ["save_graph", "load_graph", "triple_count", "export_dataset", "export_format", "EXPORT_FORMATS"]

FORMATS = {".trig": "trig", ".ttl": "turtle", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}
#: Export formats by name, with the suffix that selects them.
EXPORT_FORMATS = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld", "graphml": ".graphml",
                  "csv": ".csv"}


def save_graph(dataset: Dataset, path: str | Path) -> Path:
    """Serialise a dataset atomically; the format follows the suffix (``.trig`` keeps named graphs)."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower(), "trig")
    target = dataset if fmt in ("trig", "nquads", "json-ld") else _union(dataset)
    return atomic_write_text(path, target.serialize(format=fmt))


def _union(dataset: Dataset):
    from rdflib import Graph
    graph = bind_prefixes(Graph())
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph


def load_graph(path: str | Path) -> Dataset:  # noqa: D401
    """Load a graph file (or the ``graph.trig`` of a build directory) into a dataset whose default graph is the union."""
    path = Path(path)
    if path.is_dir():
        candidate = path / "graph.trig"
        if not candidate.exists():
            raise StoreError("E302", path=path)
        path = candidate
    if not path.exists():
        raise StoreError("E302", path=path)
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(path, format=FORMATS.get(path.suffix.lower(), "trig"))
    except Exception as exc:  # rdflib raises many parser-specific types
        raise StoreError("E301", path=path, reason=str(exc).splitlines()[0][:200]) from None
    return bind_prefixes(dataset)


def triple_count(dataset: Dataset) -> int:
    """Number of triples across all named graphs."""
    return sum(1 for _ in dataset.quads((None, None, None, None)))


def export_format(path: str | Path, fmt: str | None = None) -> str:
    """The export format for ``path``: ``fmt`` when given, else the one its suffix names.

    An unknown format, or a suffix that names none, is a :class:`StoreError` naming the accepted ones.

    >>> export_format("graph.ttl"), export_format("edges.txt", "csv")
    ('turtle', 'csv')
    >>> export_format("graph.xyz")
    Traceback (most recent call last):
    ...
    kgraph.errors.StoreError: E309 graph.xyz: unknown export suffix '.xyz'; accepted suffixes: .ttl, .trig, .nq, .jsonld, .graphml, .csv (or give the format with -f)
    """
    if fmt is not None:
        if fmt not in EXPORT_FORMATS:
            raise StoreError("E303", path=path, reason=f"unknown export format {fmt!r}; known: {', '.join(EXPORT_FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower()
    for name, known in EXPORT_FORMATS.items():
        if suffix == known:
            return name
    problem = f"unknown export suffix {suffix!r}" if suffix else "no suffix to tell the export format from"
    raise StoreError("E309", path=path, problem=problem, accepted=", ".join(EXPORT_FORMATS.values()))


def export_dataset(dataset: Dataset, path: Path, fmt: str | None = None) -> Path:
    """Write ``dataset`` as RDF (named graphs kept in TriG, N-Quads and JSON-LD) or, for graph
    tools, as GraphML or a CSV edge list of events (one edge per occurrence, with ``source_count`` and the
    ``sources``, its articles' ids); the format follows ``fmt`` or the suffix
    (:func:`export_format`)."""
    fmt = export_format(path, fmt)
    if fmt in ("graphml", "csv"):
        import csv
        import io

        import networkx as nx

        from kgraph.views.graph import to_networkx

        graph = to_networkx(dataset)
        if fmt == "graphml":
            clean = nx.MultiDiGraph()
            for node, data in graph.nodes(data=True):
                clean.add_node(node, **{k: v for k, v in data.items() if v is not None})
            for a, b, key, data in graph.edges(keys=True, data=True):  # GraphML holds scalars: not the reports list
                clean.add_edge(a, b, key=key, **{k: v for k, v in data.items() if v is not None and k != "reports"})
            return atomic_write_text(path, "\n".join(nx.generate_graphml(clean)) + "\n")
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["source", "relation", "target", "date", "modality", "plover", "confidence", "evidence",
                         "article", "source_id", "target_id", "source_count", "sources"])
        for a, b, data in graph.edges(data=True):
            writer.writerow([graph.nodes[a]["label"], data["relation"], graph.nodes[b]["label"], data.get("date") or "",
                             data.get("modality"), data.get("plover") or "", data.get("confidence") or "",
                             data.get("evidence", ""), data.get("article", ""), a, b, data.get("source_count", 1),
                             data.get("sources", "")])
        return atomic_write_text(path, buffer.getvalue())
    rdf = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}[fmt]
    target = dataset if rdf in ("trig", "nquads", "json-ld") else _union(dataset)
    return atomic_write_text(path, target.serialize(format=rdf))
