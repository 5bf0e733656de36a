"""Extraction spread over processes of this machine or over Dask workers; the caller stays the one writer.

:func:`extract_in_processes` (``--processes N``) hands batches of articles to a pool of processes,
each of which loads the spaCy pipeline once and runs the whole extraction of an article (parse,
actors, rules, dates), so no stage is left to the parent, which only puts the events back in order.
:func:`extract_distributed` does the same on Dask workers: each worker process loads the pipeline
once (it is cached per process) and sends back plain event dicts. With no scheduler address a
``LocalCluster`` of ``workers`` processes is started and stopped here.

>>> from kgraph.model import Article
>>> arts = [Article(id="a", title="", text="Kenya and Uganda signed a trade pact.", published="2024-01-01")]
>>> [[e.relation for e in events] for _, events in extract_distributed(arts, workers=1)][0]
['signs', 'signs']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
import itertools
from itertools import islice

from kgraph.model import Article, Event

__all__ = ["extract_distributed", "extract_in_processes"]


def _extract_batch(articles: list[Article], actors: tuple[str, ...]) -> list[tuple[str, list[dict]]]:
    """Runs on a worker: extract one batch, return plain data (cheap to send back)."""
    from kgraph.nlp.extract import extract_by_article

    return [(article.id, [e.as_dict() for e in events])
            for article, events in extract_by_article(articles, actors=actors, batch_size=len(articles))]


def _extract_here(articles: list[Article], actors: tuple[str, ...]) -> list[list[Event]]:
    """Runs in a pool process: the events of each article of one batch, in order."""
    from kgraph.nlp.extract import extract_by_article

    return [events for _, events in extract_by_article(articles, actors=actors, batch_size=len(articles))]


def _load_model(actors: tuple[str, ...]) -> None:
    """A pool process's first work: load the pipeline (nothing to do where it was inherited loaded)."""
    from kgraph.nlp.pipeline import load_pipeline

    load_pipeline(actors)


def extract_in_processes(articles: Iterable[Article], *, processes: int = 2, actors: tuple[str, ...] = (),
                         batch_size: int = 4, in_flight: int | None = None) -> Iterator[tuple[Article, list[Event]]]:
    """Yield ``(article, events)`` in input order, the whole extraction done by ``processes`` processes.

    Articles go out ``batch_size`` at a time, at most ``in_flight`` batches at once (default: four per
    process), so a corpus larger than memory streams through. Where the platform can fork, the
    processes start from this one (a pipeline already loaded here is not loaded again).

    >>> from kgraph.model import Article
    >>> arts = [Article(id=str(i), title="", text="Kenya and Uganda signed a trade pact.") for i in range(3)]
    >>> [(a.id, sorted(e.relation for e in evs)) for a, evs in extract_in_processes(arts, processes=2)]
    [('0', ['signs', 'signs']), ('1', ['signs', 'signs']), ('2', ['signs', 'signs'])]
    """
    import multiprocessing

    iterator = iter(articles)
    first = list(islice(iterator, batch_size))
    if not first:  # nothing to extract: no process started, no model loaded
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = multiprocessing.get_context(method).Pool(processes, initializer=_load_model, initargs=(tuple(actors),))
    try:
        pending: list[tuple[list[Article], object]] = []
        limit = in_flight or 4 * processes
        for batch in itertools.chain([first], _batches(iterator, batch_size)):
            pending.append((batch, pool.apply_async(_extract_here, (batch, tuple(actors)))))
            while len(pending) >= limit or (pending and pending[0][1].ready()):
                done, result = pending.pop(0)
                yield from zip(done, result.get())
        for done, result in pending:
            yield from zip(done, result.get())
        pool.close()
    finally:
        pool.terminate()
        pool.join()


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_distributed(articles: Iterable[Article], *, workers: int = 2, scheduler: str | None = None,
                        actors: tuple[str, ...] = (), batch_size: int = 16,
                        in_flight: int = 8) -> Iterator[tuple[Article, list[Event]]]:
    """Yield ``(article, events)`` in input order, the extraction done by Dask workers.

    ``scheduler`` is the address of a running cluster (``tcp://HOST:PORT``); without it a local
    cluster of ``workers`` processes is used. At most ``in_flight`` batches are out at once, so a
    corpus larger than memory streams through.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # an optional extra
        raise ImportError("distributed extraction needs Dask: pip install 'kgraph[dask]'") from None

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=40)
    client = Client(scheduler or cluster)
    try:
        pending: list[tuple[list[Article], object]] = []
        for batch in _batches(articles, batch_size):
            pending.append((batch, client.submit(_extract_batch, batch, tuple(actors), pure=False)))
            if len(pending) >= in_flight:
                yield from _collect(*pending.pop(0))
        for batch, future in pending:
            yield from _collect(batch, future)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _collect(batch: list[Article], future) -> Iterator[tuple[Article, list[Event]]]:
    results = dict(future.result())
    for article in batch:
        yield article, [Event.from_dict(e) for e in results.get(article.id, [])]
