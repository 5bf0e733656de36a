"""The first load of an empty embedded store, through Oxigraph's bulk loader.

Writing one transaction per article costs a SPARQL update each (parse, drop, insert, corroborate);
a first ingest has nothing to replace, so its articles are written as N-Quads, straight from their
events (:mod:`kgraph.rdf.nquads`), into a pipe that ``pyoxigraph.Store.bulk_load`` reads in a thread
of its own as they are written (extraction, writing and loading overlap), with the occurrences
computed once for the whole corpus (:mod:`kgraph.rdf.corroborate`). The loader writes sorted, compressed files already;
``Store.optimize`` afterwards was measured to make them larger, not smaller (at a million triples,
170 -> 322 bytes a triple, and six seconds more), so it is not called.

Oxigraph's loader keeps up to a million quads in memory before it writes them out, about a kilobyte
each (a load of a million quads peaked at 1.1 GB): memory grew with the corpus up to that point.
The quads therefore go to the loader in runs of :data:`LOAD_CHUNK`, one ``bulk_load`` call each,
on one pipe each, so the loader holds at most one run. The price is on disk: from the fourth run on,
RocksDB merges the runs' files in the background, and what it writes is larger than what the loader
writes (at a million quads in runs of 100,000: 292 bytes a quad against 169 in one run).

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
import itertools
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
    _beside(loading, "-" + _NQUADS).unlink(missing_ok=True)  # what a load from a file had written
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


def _bulk_load(target: Path, sources: Iterable[str | bytes]) -> None:
    """Load N-Quads into a new store at ``target``, one ``bulk_load`` call per source (a path to read,
    or the text itself as bytes), then flush and release it: the store's lock goes with it, even
    when the load fails (no frame of a traceback keeps it)."""
    import pyoxigraph as ox

    store = ox.Store(str(target))
    try:
        for source in sources:
            if isinstance(source, bytes):
                store.bulk_load(source, format=ox.RdfFormat.N_QUADS)
            else:
                store.bulk_load(path=source, format=ox.RdfFormat.N_QUADS)
        store.flush()
    finally:
        del store
        gc.collect()


class _ChunkedPipes:
    """A text sink that sends every :data:`LOAD_CHUNK` lines or so down a new pipe: each pipe's read
    end goes to ``ends`` (for the loader, which loads one pipe per call) before anything is written
    to it; ``None`` follows the last. Lines are never split: a run ends between two writes."""

    def __init__(self, ends: "queue.Queue[int | None]", chunk: int) -> None:
        self.ends, self.chunk = ends, chunk
        self.lines = 0
        self.out = None

    def write(self, text: str) -> None:
        if self.out is None:
            read, write = os.pipe()
            self.ends.put(read)
            self.out = os.fdopen(write, "w", encoding="utf-8", buffering=1 << 20)
        self.out.write(text)
        self.lines += text.count("\n")
        if self.lines >= self.chunk:
            self.end_run()

    def end_run(self) -> None:
        """Close the current pipe (the loader's call on it returns); the next write opens another."""
        if self.out is not None:
            out, self.out, self.lines = self.out, None, 0
            out.close()

    def flush(self) -> None:
        if self.out is not None:
            self.out.flush()

    def close(self) -> None:
        try:
            self.end_run()
        finally:
            self.ends.put(None)


def _pipe_ends(ends: "queue.Queue[int | None]", failed: list[BaseException]) -> Iterator[str]:
    """The pipes to load, as paths, each closed once loaded; after a failure the rest are closed
    unread (their writer then fails on a closed pipe instead of waiting on a full one)."""
    while (read := ends.get()) is not None:
        try:
            if not failed:
                yield f"/dev/fd/{read}"
        finally:
            os.close(read)


def _load_streaming(target: Path, old, items: Iterable[Item], later: list[Item], timings: dict[str, float]) -> int:
    """Load into a new store at ``target`` while the quads are written: the loader reads pipes in a thread
    of its own (Oxigraph works without Python's lock), so extraction, writing and loading overlap."""
    ends: queue.Queue[int | None] = queue.Queue()
    failed: list[BaseException] = []

    def load() -> None:
        runs = _pipe_ends(ends, failed)
        try:
            _bulk_load(target, runs)
        except BaseException as exc:  # noqa: BLE001 (raised again by the writer)
            failed.append(exc)
            runs.close()  # the pipe being read is closed now, not when the traceback goes
            for _ in _pipe_ends(ends, failed):  # and those still to come as they come
                pass
        finally:
            timings["loaded"] = time.perf_counter()

    loader = threading.Thread(target=load, name="kgraph-bulk-load", daemon=True)
    loader.start()
    out = _ChunkedPipes(ends, LOAD_CHUNK)
    try:
        try:
            quads = _produce(out, old, items, later)
        except BaseException:
            try:  # the loader stops on this line instead of loading half a corpus
                out.write("\n<not N-Quads\n")
                out.flush()
            except OSError:
                pass
            raise
        finally:
            try:
                out.close()
            except OSError:
                pass
    except BrokenPipeError:
        loader.join()
        raise failed[0] if failed else OSError("the bulk loader stopped reading")  # noqa: B904
    finally:
        timings["written"] = time.perf_counter()
        loader.join()
    if failed:
        raise failed[0]
    return quads


def _file_runs(source: Path) -> Iterator[bytes]:
    """The lines of an N-Quads file, :data:`LOAD_CHUNK` at a time."""
    with source.open("rb") as lines:
        while run := b"".join(itertools.islice(lines, LOAD_CHUNK)):
            yield run


def _load_from_file(target: Path, old, items: Iterable[Item], later: list[Item], timings: dict[str, float]) -> int:
    """Write every quad to a file first, then load it (where there is no ``/dev/fd`` to read a pipe by)."""
    source = _beside(target, "-" + _NQUADS)
    with source.open("w", encoding="utf-8", buffering=1 << 20) as out:
        quads = _produce(out, old, items, later)
    timings["written"] = time.perf_counter()
    _bulk_load(target, _file_runs(source))
    timings["loaded"] = time.perf_counter()
    source.unlink()
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
        if os.path.isdir("/dev/fd"):
            quads = _load_streaming(loading, old, items, later, marks)
        else:
            quads = _load_from_file(loading, old, items, later, marks)
        with (loading / COMPLETE).open("w") as done:
            done.flush()
            os.fsync(done.fileno())
    except BaseException:
        shutil.rmtree(loading, ignore_errors=True)
        _beside(loading, "-" + _NQUADS).unlink(missing_ok=True)
        raise
    if timings is not None:
        timings.update(written=marks["written"] - started, loaded=marks["loaded"] - started,
                       whole=time.perf_counter() - started)
    return quads, later
