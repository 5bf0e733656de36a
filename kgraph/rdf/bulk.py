"""The first load of an empty embedded store, through Oxigraph's bulk loader.

Writing one transaction per article costs a SPARQL update each (parse, drop, insert, corroborate);
a first ingest has nothing to replace, so its articles are written as N-Quads, straight from their
events (:mod:`kgraph.rdf.nquads`), and handed in runs to ``pyoxigraph.Store.bulk_load`` in a thread
of its own as they are written (extraction, writing and loading overlap), with the occurrences
computed once for the whole corpus (:mod:`kgraph.rdf.corroborate`). The loader writes sorted, compressed files already;
``Store.optimize`` afterwards was measured to make them larger, not smaller (at a million triples,
170 -> 322 bytes a triple, and six seconds more), so it is not called.

Oxigraph's loader keeps up to a million quads in memory before it writes them out, about a kilobyte
each (a load of a million quads peaked at 1.1 GB): memory grew with the corpus up to that point.
The quads therefore go to the loader in runs of :data:`LOAD_CHUNK`, one ``bulk_load`` call each,
so the loader holds at most one run (and the writer at most two more, as text). The price is on
disk: from the fourth run on, RocksDB merges the runs' files in the background, and what it writes
is larger than what the loader writes (at a million quads in runs of 100,000: 267 to 292 bytes a
quad, against 169 in one run).

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
import queue
import shutil
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

from kgraph.rdf.corroborate import (CORROBORATION_GRAPH, Key, Report, activity_triples, graph_reports,
                                    occurrence_triples)

__all__ = ["COMPLETE", "LOAD_CHUNK", "load_beside", "settle", "swap_in"]

#: Written into the new store once it holds everything, before it replaces the old one.
COMPLETE = "kgraph-load-complete"
_NQUADS = "kgraph-load.nq"
#: Quads handed to Oxigraph's loader in one call: what it holds in memory at most (about 1 KB each).
LOAD_CHUNK = 100_000

Pair = tuple[Graph, Graph | None]
#: An article to load: its events (:class:`~kgraph.rdf.nquads.ArticleEvents`) or its graphs.
Item = Any


def _beside(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def settle(path: str | Path) -> None:
    """Finish a first load that was complete when the process stopped, or remove one that was not."""
    path = Path(path)
    loading, discarded = _beside(path, ".loading"), _beside(path, ".discarded")
    _beside(loading, "-" + _NQUADS).unlink(missing_ok=True)  # what a load from a file wrote, in earlier versions
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


def _produce(out, old, items: Iterable[Item], later: list[Item]) -> int:
    """Write the quads of ``old`` and of the articles to ``out`` (text), then their occurrences; returns
    how many lines. An article whose IRI came before goes to ``later``."""
    import pyoxigraph as ox

    from kgraph.rdf.build import NODES_GRAPH
    from kgraph.rdf.nquads import ArticleEvents, NQuadsWriter

    out.write(old.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"))
    quads = len(old)
    reports: dict[Key, list[Report]] = {}
    seen: set[URIRef] = set()
    pairs, events = _NQuads(out), NQuadsWriter()
    for item in items:
        iri = item.iri if isinstance(item, ArticleEvents) else item[0].identifier
        if iri in seen:
            later.append(item)
            continue
        seen.add(iri)
        if isinstance(item, ArticleEvents):
            lines, nodes, found = events.article(item)
            out.write("".join(lines) + "".join(nodes))
            quads += len(lines) + len(nodes)
            for key, told in found.items():
                reports.setdefault(key, []).extend(told)
            continue
        graph, nodes = item
        quads += pairs.write(graph, graph.identifier) + (pairs.write(nodes, NODES_GRAPH) if nodes is not None else 0)
        graph_reports(graph, reports)
    occurring = occurrence_triples(reports)
    return quads + pairs.write(occurring + activity_triples(occurring), CORROBORATION_GRAPH)


def _bulk_load(target: Path, runs: Iterable[bytes]) -> None:
    """Load runs of N-Quads into a new store at ``target``, one ``bulk_load`` call each, then flush and
    release it: the store's lock goes with it, even when the load fails (no frame of a traceback keeps it)."""
    import pyoxigraph as ox

    store = ox.Store(str(target))
    try:
        for run in runs:
            store.bulk_load(run, format=ox.RdfFormat.N_QUADS)
        store.flush()
    finally:
        del store
        gc.collect()


class _LoaderStopped(OSError):
    """Raised to the writer once the loader has failed (what the loader raised is raised instead)."""


class _Runs:
    """A text sink that cuts what is written into runs of about :data:`LOAD_CHUNK` lines, each handed
    to the loader as bytes through ``runs`` (a bounded queue: the writer waits while the loader is
    behind), ``None`` after the last. Lines are never split: a run ends between two writes.

    Bytes rather than a pipe per run: the processes an extraction forks would inherit a pipe's write
    end, and the loader, reading it, would never see it end."""

    def __init__(self, runs: "queue.Queue[bytes | None]", chunk: int, failed: list[BaseException]) -> None:
        self.runs, self.chunk, self.failed = runs, chunk, failed
        self.parts: list[str] = []
        self.lines = 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        self.lines += text.count("\n")
        if self.lines >= self.chunk:
            self.end_run()

    def end_run(self) -> None:
        """Hand the run written so far to the loader; raises once the loader has failed."""
        if self.failed:
            raise _LoaderStopped("the bulk loader stopped")
        if self.parts:
            run = "".join(self.parts).encode("utf-8")
            self.parts, self.lines = [], 0
            self.runs.put(run)

    def close(self) -> None:
        try:
            self.end_run()
        finally:
            self.runs.put(None)


def _taken(runs: "queue.Queue[bytes | None]") -> Iterator[bytes]:
    """The runs to load, as they come, until ``None``."""
    while (run := runs.get()) is not None:
        yield run


def _load_streaming(target: Path, old, items: Iterable[Item], later: list[Item], timings: dict[str, float]) -> int:
    """Load into a new store at ``target`` while the quads are written: the loader takes runs in a thread
    of its own (Oxigraph works without Python's lock), so extraction, writing and loading overlap."""
    runs: queue.Queue[bytes | None] = queue.Queue(maxsize=1)
    failed: list[BaseException] = []

    def load() -> None:
        try:
            _bulk_load(target, _taken(runs))
        except BaseException as exc:  # noqa: BLE001 (raised again by the writer)
            failed.append(exc)
            for _ in _taken(runs):  # take what the writer still hands over, so it never waits forever
                pass
        finally:
            timings["loaded"] = time.perf_counter()

    loader = threading.Thread(target=load, name="kgraph-bulk-load", daemon=True)
    loader.start()
    out = _Runs(runs, LOAD_CHUNK, failed)
    try:
        try:
            quads = _produce(out, old, items, later)
        except BaseException:
            out.parts.append("\n<not N-Quads\n")  # the loader stops on this line instead of loading half a corpus
            raise
        finally:
            try:
                out.close()
            except _LoaderStopped:
                pass
    except _LoaderStopped:
        loader.join()
        raise failed[0] from None
    finally:
        timings["written"] = time.perf_counter()
        loader.join()
    if failed:
        raise failed[0]
    return quads


def load_beside(old, path: Path, items: Iterable[Item], timings: dict[str, float] | None = None
                ) -> tuple[int, list[Item]]:
    """Build ``PATH.loading``: the quads of ``old`` (the open ``pyoxigraph.Store`` at ``path``, without
    articles) and of the given articles, bulk loaded, marked complete. An article is an
    :class:`~kgraph.rdf.nquads.ArticleEvents` (written as text straight from its events) or a pair of
    rdflib graphs (:func:`~kgraph.rdf.build.article_graphs`).

    Returns the number of quads written and the articles left out: those whose IRI came earlier
    in ``items`` (the caller writes them afterwards, each replacing the earlier one). On any
    failure the new store is removed and the old one is as it was. ``timings``, when given, gets the
    seconds until the last quad was written (``"written"``, extraction included when ``items`` extracts
    as it goes) and until the loader was done (``"loaded"``): the two overlap.
    """
    loading = _beside(path, ".loading")
    if loading.exists():
        shutil.rmtree(loading)
    later: list[Item] = []
    marks: dict[str, float] = {}
    started = time.perf_counter()
    try:
        quads = _load_streaming(loading, old, items, later, marks)
        with (loading / COMPLETE).open("w") as done:
            done.flush()
            os.fsync(done.fileno())
    except BaseException:
        shutil.rmtree(loading, ignore_errors=True)
        raise
    if timings is not None:
        timings.update(written=marks["written"] - started, loaded=marks["loaded"] - started,
                       whole=time.perf_counter() - started)
    return quads, later
