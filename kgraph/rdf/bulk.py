"""The first load of an empty embedded store, through Oxigraph's bulk loader.

Writing one transaction per article costs a SPARQL update each (parse, drop, insert, corroborate);
a first ingest has nothing to replace, so its articles are written as N-Quads to a temporary file
and handed to ``pyoxigraph.Store.bulk_load`` in one go, with the occurrences computed once for the
whole corpus (:mod:`kgraph.rdf.corroborate`). The loader writes sorted, compressed files already;
``Store.optimize`` afterwards was measured to make them larger, not smaller (at a million triples,
170 -> 322 bytes a triple, and six seconds more), so it is not called.

The bulk loader is not transactional, and it packs the data well only into a store that has never
been written to (into one that has, the same load takes about twice the disk). So the load goes
into a new store beside the old one, ``STORE.loading``, which takes the old one's few quads too (the
ontology: a bulk load only ever replaces a store without articles). Once it is complete a file
:data:`COMPLETE` is written into it, and the new store is renamed into place:
``STORE`` -> ``STORE.discarded``, ``STORE.loading`` -> ``STORE``, then ``STORE.discarded`` goes.
:func:`settle`, run before a store is opened, finishes or undoes whatever a crash interrupted: a
complete load is moved into place, an incomplete one deleted; the old store is never written to.
"""

from __future__ import annotations

import gc
import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph, URIRef

from kgraph.rdf.corroborate import (CORROBORATION_GRAPH, Key, Report, activity_triples, graph_reports,
                                    occurrence_triples)

__all__ = ["COMPLETE", "load_beside", "settle", "swap_in"]

#: Written into the new store once it holds everything, before it replaces the old one.
COMPLETE = "kgraph-load-complete"
_NQUADS = "kgraph-load.nq"

Pair = tuple[Graph, Graph | None]


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def settle(path: str | Path) -> None:
    """Finish a first load that was complete when the process stopped, or remove one that was not."""
    path = Path(path)
    loading, discarded = _beside(path, ".loading"), _beside(path, ".discarded")
    if loading.is_dir():
        if (loading / COMPLETE).exists():
            swap_in(path)
            return
        shutil.rmtree(loading)
    if discarded.is_dir() and path.is_dir():
        shutil.rmtree(discarded)


def swap_in(path: Path) -> None:
    """Put the complete store ``PATH.loading`` in the place of ``PATH`` (each step a rename)."""
    loading, discarded = _beside(path, ".loading"), _beside(path, ".discarded")
    if path.exists():
        if discarded.exists():
            shutil.rmtree(discarded)
        os.rename(path, discarded)
    os.rename(loading, path)
    (path / COMPLETE).unlink()
    if discarded.exists():
        shutil.rmtree(discarded)


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


def load_beside(old, path: Path, pairs: Iterable[Pair], timings: dict[str, float] | None = None
                ) -> tuple[int, list[Pair]]:
    """Build ``PATH.loading``: the quads of ``old`` (the open ``pyoxigraph.Store`` at ``path``, without
    articles) and the given article graphs, bulk loaded, marked complete.

    Returns the number of quads written and the pairs left out: an article whose IRI came earlier
    in ``pairs`` (the caller writes those afterwards, each replacing the earlier one). On any
    failure the new store is removed and the old one is as it was. ``timings``, when given, gets
    the seconds spent writing N-Quads (``"nquads"``, with corroboration) and in Oxigraph (``"loader"``).
    """
    import pyoxigraph as ox

    from kgraph.rdf.build import NODES_GRAPH

    loading = _beside(path, ".loading")
    if loading.exists():
        shutil.rmtree(loading)
    loading.mkdir()
    reports: dict[Key, list[Report]] = {}
    seen: set[URIRef] = set()
    later: list[Pair] = []
    quads = 0
    started = time.perf_counter()
    try:
        source = loading / _NQUADS
        with source.open("wb") as raw:
            old.dump(raw, ox.RdfFormat.N_QUADS)
        quads += len(old)
        with source.open("a", encoding="utf-8", buffering=1 << 20) as out:
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
            occurring = occurrence_triples(reports)
            quads += writer.write(occurring + activity_triples(occurring), CORROBORATION_GRAPH)
        written = time.perf_counter()
        new = ox.Store(str(loading))
        new.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
        new.flush()
        del new
        if timings is not None:
            timings.update(nquads=written - started, loader=time.perf_counter() - written)
        gc.collect()  # the new store's lock goes with its last reference
        source.unlink()
        with (loading / COMPLETE).open("w") as done:
            done.flush()
            os.fsync(done.fileno())
    except BaseException:
        shutil.rmtree(loading, ignore_errors=True)
        raise
    return quads, later
