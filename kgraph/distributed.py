"""Extraction spread over Dask workers; the caller stays the one writer.

Articles go to workers in batches; each worker process loads the spaCy pipeline once (it is
cached per process) and sends back plain event dicts. With no scheduler address a
``LocalCluster`` of ``workers`` processes is started and stopped here.

>>> from kgraph.model import Article
>>> arts = [Article(id="a", title="", text="Kenya and Uganda signed a trade pact.", published="2024-01-01")]
>>> [[e.relation for e in events] for _, events in extract_distributed(arts, workers=1)][0]
['signs', 'signs']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from kgraph.model import Article, Event

__all__ = ["extract_distributed"]


def _extract_batch(articles: list[Article], actors: tuple[str, ...]) -> list[tuple[str, list[dict]]]:
    """Runs on a worker: extract one batch, return plain data (cheap to send back)."""
    from kgraph.nlp.extract import extract_by_article

    return [(article.id, [e.as_dict() for e in events])
            for article, events in extract_by_article(articles, actors=actors, batch_size=len(articles))]


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
