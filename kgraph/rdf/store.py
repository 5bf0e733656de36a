"""Reading and writing built graphs (TriG with one named graph per article)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kgraph.errors import StoreError
from kgraph.io.atomic import atomic_write_text
from kgraph.rdf.build import bind_prefixes

__all__ = ["save_graph", "load_graph", "triple_count"]

FORMATS = {".trig": "trig", ".ttl": "turtle", ".nq": "nquads", ".nt": "nt", ".jsonld": "json-ld"}


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


def load_graph(path: str | Path) -> Dataset:
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
