"""The public API: the CLI and notebooks are thin layers over these functions."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kgraph import config
from kgraph.errors import InputError
from kgraph.io import atomic_write_text, read_articles  # noqa: F401 (re-exported for the CLI)
from kgraph.model import Article, Event

__all__ = ["extract", "build", "BuildSummary", "query", "events_to_jsonl", "read_events", "show"]

PathLike = str | os.PathLike[str]


def _as_articles(source, published: str | None, on_error) -> Iterator[Article]:
    if isinstance(source, Article):
        yield source
        return
    if isinstance(source, (str, os.PathLike)):
        yield from read_articles([source], published=published, on_error=on_error)
        return
    for item in source:
        if isinstance(item, Article):
            yield item
        else:
            yield from read_articles([item], published=published, on_error=on_error)


def extract(source: Article | PathLike | Iterable[Article | PathLike], *, published: str | None = None,
            actors: Iterable[PathLike] = (), on_error: Callable[[InputError], None] | None = None,
            batch_size: int = 64, n_process: int = 1) -> Iterator[Event]:
    """Extract events from articles, or from the files and directories holding them.

    >>> from kgraph.model import Article
    >>> art = Article(id="a", title="", text="Ukraine and Lithuania signed a memorandum on energy.",
    ...               published="2024-01-27")
    >>> sorted((e.actor, e.relation) for e in extract(art))
    [('Lithuania', 'signs'), ('Ukraine', 'signs')]
    """
    from kgraph.nlp.extract import extract as run

    return run(_as_articles(source, published, on_error), actors=tuple(str(a) for a in actors),
               batch_size=batch_size, n_process=n_process)


def events_to_jsonl(events: Iterable[Event]) -> str:
    """Events as JSON Lines text, one event per line."""
    return "".join(json.dumps(e.as_dict(), ensure_ascii=False) + "\n" for e in events)


def read_events(path: PathLike) -> list[Event]:
    """Read an ``events.jsonl`` file written by :func:`extract` or ``kgraph extract``."""
    events = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                events.append(Event.from_dict(json.loads(line)))
            except (json.JSONDecodeError, TypeError) as exc:
                raise InputError("E102", path=path, line=number, reason=f"not an event ({exc})") from None
    return events


@dataclass
class BuildSummary:
    """What :func:`build` read and wrote."""

    articles: int = 0
    events: int = 0
    actors: int = 0
    triples: int = 0
    skipped: list[str] = field(default_factory=list)
    outputs: dict[str, Path] = field(default_factory=dict)

    def __str__(self) -> str:
        lines = [f"articles  {self.articles}", f"events    {self.events}", f"actors    {self.actors}",
                 f"triples   {self.triples}"]
        if self.skipped:
            lines.append(f"skipped   {len(self.skipped)}")
        lines += [f"{name:9s} {path}" for name, path in self.outputs.items()]
        return "\n".join(lines)


def build(paths: Iterable[PathLike], out: PathLike, *, published: str | None = None,
          actors: Iterable[PathLike] = (), on_error: Callable[[InputError], None] | None = None,
          title: str = "kgraph") -> BuildSummary:
    """Extract events from ``paths`` and write events, the RDF graph and the HTML view into ``out``."""
    from kgraph.rdf.build import build_graph
    from kgraph.rdf.store import save_graph, triple_count
    from kgraph.views.graph import to_networkx
    from kgraph.views.html import write_html

    summary = BuildSummary()

    def note(error: InputError) -> None:
        summary.skipped.append(str(error))
        if on_error is not None:
            on_error(error)

    articles: list[Article] = []

    def remember(stream: Iterable[Article]) -> Iterator[Article]:
        for article in stream:
            articles.append(article)
            yield article

    events = list(extract(remember(read_articles(list(paths), published=published, on_error=note)),
                          actors=actors))
    out = Path(out)
    dataset = build_graph(events, articles)
    summary.articles = len(articles)
    summary.events = len(events)
    summary.actors = len({e.actor_id for e in events} | {e.object_id for e in events
                                                          if e.object_type in ("country", "organisation", "person")})
    summary.triples = triple_count(dataset)
    summary.outputs["events"] = atomic_write_text(out / config.EVENTS_FILE, events_to_jsonl(events))
    summary.outputs["graph"] = save_graph(dataset, out / config.GRAPH_FILE)
    summary.outputs["view"] = write_html(to_networkx(dataset), out / config.VIEW_FILE, title=title)
    return summary


def query(graph, sparql: str, params: dict[str, str] | None = None):
    """Run SPARQL (text, a ``.rq`` path or a named query) over a dataset or a built graph path."""
    from kgraph.sparql.run import run_query
    from kgraph.rdf.store import load_graph

    if isinstance(graph, (str, os.PathLike)):
        graph = load_graph(graph)
    return run_query(graph, sparql, params)


def show(graph, title: str = "kgraph", height: int = 600):
    """Display the interactive view inline in Jupyter (an isolated iframe; no network needed)."""
    import html as html_lib

    from IPython.display import HTML

    from kgraph.views.graph import to_networkx
    from kgraph.views.html import render_html

    projection = graph if hasattr(graph, "nodes") else to_networkx(graph)
    page = render_html(projection, title=title)
    return HTML(f'<iframe srcdoc="{html_lib.escape(page, quote=True)}" style="width:100%;height:{height}px;border:0" '
                f'sandbox="allow-scripts"></iframe>')
