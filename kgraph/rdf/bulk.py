"""The first load of an empty embedded store, through Oxigraph's bulk loader.

Writing one transaction per article costs a SPARQL update each (parse, drop, insert, corroborate);
a first ingest has nothing to replace, so its articles are written as N-Quads to a temporary file
and handed to ``pyoxigraph.Store.bulk_load`` in one go, with the occurrences computed once for the
whole corpus (:mod:`kgraph.rdf.corroborate`), and the store is compacted afterwards
(``Store.optimize``).

The bulk loader is not transactional, so the load is fenced by a marker: a graph
(:data:`LOADING_GRAPH`) written in its own transaction before the load and removed after it. A store
opened with the marker still present was killed during its first load; :func:`recover` empties it
back to what it was before (the ontology only: a bulk load only ever goes into a store without
articles), so the ingest can simply run again.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph, URIRef

from kgraph.config import BASE_IRI
from kgraph.rdf.build import ONTOLOGY_GRAPH
from kgraph.rdf.corroborate import CORROBORATION_GRAPH, Key, Report, graph_reports, occurrence_triples

__all__ = ["LOADING_GRAPH", "bulk_load", "recover", "loading", "remove_leftovers"]

#: Present only while a first load is under way (see the module docstring).
LOADING_GRAPH = URIRef(f"{BASE_IRI}graph/loading")

Pair = tuple[Graph, Graph | None]
_TEMP_PREFIX = "kgraph-load-"


def loading(store) -> bool:
    """Whether a ``pyoxigraph.Store`` holds the marker of an unfinished first load."""
    import pyoxigraph as ox

    return store.contains_named_graph(ox.NamedNode(str(LOADING_GRAPH)))


def recover(store) -> None:
    """Empty a store whose first load was cut short, keeping its ontology; the marker goes last."""
    import pyoxigraph as ox

    keep = {str(ONTOLOGY_GRAPH), str(LOADING_GRAPH)}
    for graph in list(store.named_graphs()):
        if graph.value not in keep:
            store.remove_graph(graph)
    store.clear_graph(ox.DefaultGraph())
    store.remove_graph(ox.NamedNode(str(LOADING_GRAPH)))
    store.flush()


def remove_leftovers(directory: str | Path) -> None:
    """Delete temporary N-Quads files that a killed first load left in the store's directory."""
    for leftover in Path(directory).glob(f"{_TEMP_PREFIX}*.nq"):
        leftover.unlink(missing_ok=True)


class _NQuads:
    """Writes rdflib triples as N-Quads lines, each distinct term turned into text once."""

    def __init__(self, handle) -> None:
        self.handle = handle
        self.text: dict = {}

    def term(self, term) -> str:
        text = self.text.get(term)
        if text is None:
            if len(self.text) > 500_000:  # bounded: IRIs of actors and properties repeat, literals rarely
                self.text.clear()
            text = self.text[term] = term.n3()
        return text

    def write(self, triples: Iterable, graph: URIRef) -> int:
        tail = f" <{graph}> .\n"
        term = self.term
        lines = [f"{term(s)} {term(p)} {term(o)}{tail}" for s, p, o in triples]
        self.handle.write("".join(lines))
        return len(lines)


def bulk_load(store, pairs: Iterable[Pair], workdir: str | Path) -> tuple[int, list[Pair]]:
    """Load article graphs (and their nodes) into an empty ``pyoxigraph.Store`` with the bulk loader.

    Returns the number of quads written and the pairs left out: an article whose IRI came earlier
    in ``pairs`` (the caller writes those afterwards, each replacing the earlier one). The N-Quads
    go through a temporary file in ``workdir`` (the store's directory), removed afterwards.
    """
    import pyoxigraph as ox

    from kgraph.rdf.build import NODES_GRAPH

    marker = ox.NamedNode(str(LOADING_GRAPH))
    store.update(f"INSERT DATA {{ GRAPH <{LOADING_GRAPH}> {{ <{LOADING_GRAPH}> <{LOADING_GRAPH}> true }} }}")
    store.flush()
    reports: dict[Key, list[Report]] = {}
    seen: set[URIRef] = set()
    later: list[Pair] = []
    quads = 0
    handle, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".nq", dir=workdir)
    try:
        try:
            with os.fdopen(handle, "w", encoding="utf-8", buffering=1 << 20) as out:
                writer = _NQuads(out)
                for graph, nodes in pairs:
                    if graph.identifier in seen:
                        later.append((graph, nodes))
                        continue
                    seen.add(graph.identifier)
                    quads += writer.write(graph, graph.identifier)
                    if nodes is not None:
                        quads += writer.write(nodes, NODES_GRAPH)
                    graph_reports(graph, reports)
                quads += writer.write(occurrence_triples(reports), CORROBORATION_GRAPH)
        except BaseException:  # nothing is in the store yet: the store is as it was
            store.remove_graph(marker)
            raise
        try:
            store.bulk_load(path=name, format=ox.RdfFormat.N_QUADS)
        except BaseException:
            recover(store)
            raise
    finally:
        os.unlink(name)
    store.optimize()
    store.remove_graph(marker)
    store.flush()
    return quads, later
