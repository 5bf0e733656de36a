"""The public API: the CLI and notebooks are thin layers over these functions."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kgraph import config
from kgraph.errors import InputError, StoreError
from kgraph.io import atomic_write_text, read_articles  # noqa: F401 (re-exported for the CLI)
from kgraph.model import Article, Event

__all__ = ["extract", "build", "BuildSummary", "ingest", "IngestSummary", "delete", "articles", "StoredArticle",
           "export", "query", "view",
           "ViewSummary", "default_graph", "view_path", "events_to_jsonl", "write_events", "read_events", "show",
           "InlineView",
           "train", "DEFAULT_STORE", "DEFAULT_BUILD"]

log = logging.getLogger("kgraph")

#: Where ``ingest`` keeps the persistent store unless told otherwise; the first place ``query``, ``view``,
#: ``export`` and ``articles`` look when given no graph.
DEFAULT_STORE = "kgraph-data"
#: Where ``build`` writes its files unless told otherwise; read when there is no store.
DEFAULT_BUILD = "kgraph-out"

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
            batch_size: int = 64, n_process: int = 1, workers: int = 0,
            scheduler: str | None = None) -> Iterator[Event]:
    """Extract events from articles, or from the files and directories holding them.

    >>> from kgraph.model import Article
    >>> art = Article(id="a", title="", text="Ukraine and Lithuania signed a memorandum on energy.",
    ...               published="2024-01-27")
    >>> sorted((e.actor, e.relation) for e in extract(art))
    [('Lithuania', 'signs'), ('Ukraine', 'signs')]
    """
    pairs = _extractor(_as_articles(source, published, on_error), actors, batch_size, n_process, workers, scheduler)
    return (event for _, events in pairs for event in events)


def events_to_jsonl(events: Iterable[Event]) -> str:
    """Events as JSON Lines text, one event per line."""
    return "".join(json.dumps(e.as_dict(), ensure_ascii=False) + "\n" for e in events)


def write_events(events: Iterable[Event], path: PathLike) -> int:
    """Stream events to a JSON Lines file, atomically: the file appears whole or not at all."""
    from kgraph.io.atomic import atomic_open

    count = 0
    with atomic_open(path) as handle:
        for event in events:
            handle.write(json.dumps(event.as_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count


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
          title: str = "kgraph", progress: Callable[[Article, int], None] | None = None, n_process: int = 1,
          workers: int = 0, scheduler: str | None = None) -> BuildSummary:
    """Extract events from ``paths`` and write events, the RDF graph and the HTML view into ``out``."""
    from kgraph.rdf.build import build_graph
    from kgraph.rdf.files import save_graph, triple_count
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

    events = []
    for article, found in _extractor(remember(read_articles(list(paths), published=published, on_error=note)),
                                     actors, 64, n_process, workers, scheduler):
        events.extend(found)
        if progress is not None:
            progress(article, len(found))
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


@dataclass
class IngestSummary:
    """What :func:`ingest` did."""

    read: int = 0
    ingested: int = 0
    unchanged: int = 0
    events: int = 0
    triples: int = 0
    skipped: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [f"articles  {self.read} read, {self.ingested} ingested, {self.unchanged} unchanged",
                 f"events    {self.events}", f"triples   {self.triples} in the store"]
        if self.skipped:
            lines.append(f"skipped   {len(self.skipped)}")
        return "\n".join(lines)


def _extractor(articles: Iterable[Article], actors: Iterable[PathLike], batch_size: int, n_process: int,
               workers: int, scheduler: str | None) -> Iterator[tuple[Article, list[Event]]]:
    """``(article, events)`` pairs from this process, from ``n_process`` processes of this machine (each
    running the whole extraction), or from Dask workers."""
    actors = tuple(str(a) for a in actors)
    if workers or scheduler:
        from kgraph.distributed import extract_distributed

        return extract_distributed(articles, workers=workers or 2, scheduler=scheduler, actors=actors)
    if n_process > 1:
        from kgraph.distributed import extract_in_processes

        return extract_in_processes(articles, processes=n_process, actors=actors)
    from kgraph.nlp.extract import extract_by_article

    return extract_by_article(articles, actors=actors, batch_size=batch_size, n_process=n_process)


def ingest(paths: Iterable[PathLike], store=DEFAULT_STORE, *, published: str | None = None,
           actors: Iterable[PathLike] = (), on_error: Callable[[InputError], None] | None = None,
           force: bool = False, batch_size: int = 64,
           progress: Callable[[Article, int], None] | None = None, n_process: int = 1, workers: int = 0,
           scheduler: str | None = None, write_batch: int | None = None, bulk: bool = True) -> IngestSummary:
    """Add articles to a store, one named graph each, each written atomically.

    An article already stored with the same content, kgraph version and model is skipped (unless
    ``force``); a changed one replaces its graph. ``store`` is a :class:`~kgraph.rdf.store.GraphStore`
    or its location (a directory, ``":memory:"`` or an ``http(s)://`` SPARQL endpoint).
    ``progress(article, events)`` is called after each article is committed. ``workers`` or
    ``scheduler`` send extraction to Dask; ``n_process`` runs spaCy in that many processes. Articles are
    written ``write_batch`` to a transaction (default: 1, or 16 for a remote endpoint). With ``bulk``
    (the default), the first ingest into an empty embedded store goes through Oxigraph's bulk loader
    instead: every article or, after a crash, none; ``progress`` is then called once it is done.
    """
    import datetime as dt

    from kgraph import __version__
    from kgraph.rdf.build import content_hash
    from kgraph.rdf.nquads import ArticleEvents
    from kgraph.rdf.store import GraphStore

    from kgraph.io.dates import parse_published

    published = parse_published(published, "--published", field=None)  # a bad date opens no store
    summary = IngestSummary()

    def note(error: InputError) -> None:
        summary.skipped.append(str(error))
        if on_error is not None:
            on_error(error)

    owned = not isinstance(store, GraphStore)
    graph_store = GraphStore(store) if owned else store
    try:
        graph_store.ensure_ontology()
        graph_store.ensure_corroboration()
        known = dict(graph_store.articles())

        def changed(stream: Iterable[Article]) -> Iterator[Article]:
            for article in stream:
                summary.read += 1
                state = known.get(article.id)
                if not force and state and state["hash"] == content_hash(article) \
                        and state["version"] == __version__ and state["model"] == config.MODEL_NAME:
                    summary.unchanged += 1
                    continue
                yield article

        articles = changed(read_articles(list(paths), published=published, on_error=note))
        if bulk and not known and write_batch is None and graph_store.kind == "oxigraph":
            _bulk_ingest(graph_store, _extractor(articles, actors, batch_size, n_process, workers, scheduler),
                         summary, progress)
            summary.triples = graph_store.triple_count()
            return summary
        size = write_batch or (16 if graph_store.kind == "sparql" else 1)
        _write_beside(graph_store, _extractor(articles, actors, batch_size, n_process, workers, scheduler), size,
                      summary, progress)
        summary.triples = graph_store.triple_count()
    finally:
        if owned:
            graph_store.close()
    return summary


def _write_beside(graph_store, extracted: Iterable[tuple[Article, list[Event]]], size: int, summary: IngestSummary,
                  progress: Callable[[Article, int], None] | None) -> None:
    """Write articles ``size`` to a transaction in a thread of their own while the next ones are extracted.

    The store lets other Python threads run while it applies an update, so writing one batch overlaps
    extracting the next. One batch is written at a time, in order; an article is counted, and
    ``progress`` called, once its transaction is committed; a failed write is raised here at the next
    batch or at the end, after which nothing more is written.
    """
    import datetime as dt
    from concurrent.futures import Future, ThreadPoolExecutor

    from kgraph.rdf.nquads import ArticleEvents

    def write(batch: list[tuple[Article, list[Event]]]) -> list[tuple[Article, list[Event]]]:
        stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        graph_store.put_articles([ArticleEvents(a.id, list(evs), a, ingested=stamp) for a, evs in batch])
        return batch

    def committed(future: Future | None) -> None:
        for article, events in future.result() if future is not None else ():
            summary.ingested += 1
            summary.events += len(events)
            if progress is not None:
                progress(article, len(events))

    writing: Future | None = None
    pending: list[tuple[Article, list[Event]]] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kgraph-writer") as writer:
        try:
            for pair in extracted:
                pending.append(pair)
                if len(pending) >= size:
                    committed(writing)
                    writing, pending = writer.submit(write, pending), []
        except BaseException:  # extraction failed: the batch being written is still committed and reported
            if writing is not None and writing.exception() is None:
                committed(writing)
            raise
        committed(writing)
        if pending:
            committed(writer.submit(write, pending))


def _bulk_ingest(graph_store, extracted: Iterable[tuple[Article, list[Event]]], summary: IngestSummary,
                 progress: Callable[[Article, int], None] | None) -> None:
    """Write a first ingest with the store's bulk loader; counts and progress once it is stored."""
    import datetime as dt

    from kgraph.rdf.nquads import ArticleEvents

    taken: list[tuple[Article, int]] = []

    def items():
        for article, events in extracted:
            taken.append((article, len(events)))
            stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
            yield ArticleEvents(article.id, list(events), article, ingested=stamp)

    graph_store.bulk_load(items())
    for article, count in taken:
        summary.ingested += 1
        summary.events += count
        if progress is not None:
            progress(article, count)


def delete(doc_ids: Iterable[str], store=DEFAULT_STORE) -> list[str]:
    """Remove articles (by id) and everything only they said; returns the ids that were there."""
    from kgraph.rdf.store import GraphStore
    from kgraph.rdf.uris import article_iri

    owned = not isinstance(store, GraphStore)
    graph_store = GraphStore(store, create=False) if owned else store
    try:
        return [doc for doc in doc_ids if graph_store.delete_article(article_iri(doc))]
    finally:
        if owned:
            graph_store.close()


def default_graph(folder: PathLike = ".") -> Path:
    """The graph to read when none is given: the store ``ingest`` writes (``kgraph-data``) when there is one,
    else the build ``build`` writes (``kgraph-out``), both looked for in ``folder``.

    When both are there the store is read, with a warning that says so. With neither, a
    :class:`~kgraph.errors.StoreError` says how to make one.
    """
    folder = Path(folder)
    store, built = folder / DEFAULT_STORE, folder / DEFAULT_BUILD
    has_store = store.is_dir() and any(store.iterdir())
    has_build = (built / config.GRAPH_FILE).is_file()
    if has_store:
        if has_build:
            log.warning("reading the store %s, not the build in %s (name %s as the graph to read it)", store, built,
                        built)
        return store
    if has_build:
        return built
    raise StoreError("E307", store=store, build=built)


@dataclass(frozen=True)
class StoredArticle:
    """One article of a store or a build: its id (what :func:`delete` takes), title, publication date
    (ISO, or ``None``), number of events, source and when it was ingested (``None`` in a build)."""

    id: str
    title: str
    published: str | None
    events: int
    source: str | None = None
    ingested: str | None = None


_ARTICLES_QUERY = """
PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?id ?title ?published ?events ?source ?ingested WHERE {
  GRAPH ?g { ?g a kg:Article ; kg:identifier ?id .
             OPTIONAL { ?g dcterms:title ?title } OPTIONAL { ?g dcterms:issued ?published }
             OPTIONAL { ?g kg:eventCount ?events } OPTIONAL { ?g kg:source ?source }
             OPTIONAL { ?g prov:generatedAtTime ?ingested } }
}
"""


def articles(graph=None) -> list[StoredArticle]:
    """The articles in a store or a build (read as :func:`query` reads a graph), by id.

    Their ids are what :func:`delete` and ``kgraph delete`` take.
    """
    dataset, opened = _dataset_of(graph)
    try:
        rows = list(dataset.query(_ARTICLES_QUERY))
    except OSError as exc:
        from kgraph.sparql.run import endpoint_error

        raise endpoint_error(dataset, exc) from exc
    finally:
        if opened is not None:
            opened.close()
    text = lambda value: None if value is None else str(value)
    found = [StoredArticle(id=str(row.id), title=text(row.title) or "", published=text(row.published),
                           events=int(row.events) if row.events is not None else 0, source=text(row.source),
                           ingested=text(row.ingested)) for row in rows]
    return sorted(found, key=lambda a: a.id)


def _dataset_of(graph):
    """A dataset from a dataset, a store, a build directory, a graph file or a store location
    (``None``: :func:`default_graph`)."""
    from rdflib import Dataset

    from kgraph.rdf.files import load_graph
    from kgraph.rdf.store import GraphStore

    if graph is None:
        graph = default_graph()
    if isinstance(graph, Dataset):
        return graph, None
    if isinstance(graph, GraphStore):
        return graph.dataset, None
    location = str(graph)
    path = Path(location)
    if location.startswith(("http://", "https://")) or location == ":memory:" or (
            path.is_dir() and not (path / config.GRAPH_FILE).exists()):
        store = GraphStore(location, create=False)
        return store.dataset, store
    return load_graph(path), None


def query(graph, sparql: str, params: dict[str, str] | None = None):
    """Run SPARQL (text, a ``.rq`` path or a named query) over a dataset, a store, or a location:
    a build directory, a graph file, a store directory or a SPARQL endpoint URL (``None``:
    :func:`default_graph`).

    ``params`` bind the query's variables to literals. A named query (or a ``.rq`` file with
    ``# @param`` lines) declares its parameters: one it does not take, or a required one left out,
    raises :class:`~kgraph.errors.QueryError` naming the parameters it takes. The result remembers
    where it ran (``result.source``): :func:`show` and :func:`view` draw the slice of the graph it names.
    """
    from kgraph.sparql.run import prepare_query, run_query

    source = prepare_query(sparql, params)  # a bad query or parameter is reported before the graph is opened
    where = default_graph() if graph is None else graph
    dataset, opened = _dataset_of(where)
    try:
        result = run_query(dataset, source, params)
    finally:
        if opened is not None:
            opened.close()
    if opened is not None:  # the store is closed again: the result keeps its location, to open it again
        result.source = None if str(where) == ":memory:" else where
    return result


def export(graph, path: PathLike, fmt: str | None = None) -> Path:
    """Write a graph out: ``turtle``, ``trig``, ``nquads``, ``jsonld`` (RDF), ``graphml`` or ``csv`` (edge list).

    The format follows ``fmt`` or the file suffix. ``graph`` is read as :func:`query` reads it.
    """
    from kgraph.rdf.files import export_dataset, export_format

    fmt = export_format(path, fmt)  # an unknown suffix is refused before the graph is read
    dataset, opened = _dataset_of(graph)
    try:
        return export_dataset(dataset, Path(path), fmt)
    finally:
        if opened is not None:
            opened.close()


@dataclass
class ViewSummary:
    """What :func:`view` wrote."""

    path: Path
    nodes: int
    edges: int

    def __str__(self) -> str:
        return f"{self.nodes} nodes, {self.edges} edges written to {self.path}"


def view_path(graph: PathLike) -> Path:
    """Where the view of a graph goes when no output is given: beside the graph it shows.

    A build directory gets its ``graph.html``, a graph file the same name with ``.html``, a store
    directory ``STORE.html`` beside it. A SPARQL endpoint has no place on disk: a
    :class:`~kgraph.errors.StoreError` asks for an output file.

    >>> str(view_path("out/graph.trig"))
    'out/graph.html'
    """
    location = str(graph)
    if location.startswith(("http://", "https://")) or location == ":memory:":
        raise StoreError("E308", path=location)
    path = Path(location)
    if path.is_dir():
        if (path / config.GRAPH_FILE).exists():
            return path / config.VIEW_FILE
        return path.parent / (path.resolve().name + ".html")
    return path.with_suffix(".html")


def view(graph=None, output: PathLike | None = None, *, title: str = "kgraph", facts: bool = True,
         with_topics: bool = False, with_facts: bool = False, by_state: bool = False,
         size: str = "degree", communities: str = "auto", select=None) -> ViewSummary:
    """Write the interactive HTML view of a graph (read as :func:`query` reads it).

    The view is the actor network (:mod:`kgraph.views.network`): actors as nodes, one edge per pair and
    relation family. ``with_topics`` adds topics and places as nodes, ``with_facts`` roles and memberships,
    ``by_state`` folds people into the state their office serves, ``size`` (``degree`` or ``events``) is
    what node size shows first, ``communities`` whether the page opens with its communities collapsed
    into one node each (``collapsed``), drawn whole (``expanded``) or collapsed above 2,000 nodes
    (``auto``); either way the page can collapse and expand them. Without ``output`` the page goes
    beside the graph it shows
    (:func:`view_path`). ``facts=False`` leaves roles and memberships out altogether (panel included).
    The summary counts the nodes and edges the page draws.

    ``graph`` may also be the result of :func:`query`, or ``select`` a SPARQL result over ``graph``:
    the page then shows the slice of the graph the result names, as :func:`show` does (``output`` is
    then needed: the whole graph's view stays where it is).

    >>> import tempfile
    >>> from kgraph.model import Event
    >>> from kgraph.rdf.build import build_graph
    >>> ds = build_graph([Event(doc="d", actor="Chile", actor_type="country", relation="meets_with", object="Peru",
    ...                         object_type="country", actor_id="country:CHL", object_id="country:PER")])
    >>> result = query(ds, "SELECT ?event WHERE { ?event a <https://w3id.org/kgraph/ontology#Event> }")
    >>> view(result, Path(tempfile.mkdtemp()) / "meeting.html").nodes
    2
    """
    from kgraph.io.atomic import atomic_write_text
    from kgraph.views.html import render_page
    from kgraph.views.network import ViewOptions

    options = ViewOptions(with_topics=with_topics, with_facts=with_facts, by_state=by_state, size=size,
                          communities=communities)
    if graph is None:
        graph = default_graph()
    if output is None:
        if not isinstance(graph, (str, os.PathLike)) or select is not None:
            raise StoreError("E308", path="the graph given" if select is None else "a query's slice")
        output = view_path(graph)
    projection = _projection(graph, select, include_facts=facts)
    page, data = render_page(projection, title, options)
    path = atomic_write_text(output, page)
    return ViewSummary(path=Path(path), nodes=len(data["nodes"]), edges=len(data["edges"]))


def _projection(graph, select=None, include_facts: bool = True):
    """The event projection a view draws: a networkx projection as it is; a dataset, store or location
    projected whole, or the slice of it ``select`` names; a query result, the slice of where it ran."""
    from rdflib import Dataset, Graph

    from kgraph.errors import QueryError
    from kgraph.sparql.run import QueryResult
    from kgraph.views.graph import to_networkx
    from kgraph.views.selection import selection_graph

    if select is None and isinstance(graph, QueryResult):
        if graph.source is None:
            raise QueryError("E206")
        graph, select = graph.source, graph
    if select is None and hasattr(graph, "nodes"):
        return graph
    if isinstance(graph, Graph) and not isinstance(graph, Dataset):
        dataset, opened = graph, None  # a graph of its own, such as a CONSTRUCT's: read as it is
    else:
        dataset, opened = _dataset_of(graph)
    try:
        if select is None:
            return to_networkx(dataset, include_facts=include_facts)
        return selection_graph(dataset, select, include_facts=include_facts)
    finally:
        if opened is not None:
            opened.close()


class InlineView:
    """The interactive view as Jupyter shows it: the offline page in an isolated iframe.

    Jupyter calls :meth:`_repr_html_`; ``html`` is the whole page, for those who want to keep it.
    """

    def __init__(self, html: str, height: int = 600) -> None:
        self.html = html
        self.height = height

    def _repr_html_(self) -> str:
        import html as html_lib

        # an object of our own rather than IPython's HTML, which warns about every iframe it is given
        return (f'<iframe srcdoc="{html_lib.escape(self.html, quote=True)}" '
                f'style="width:100%;height:{self.height}px;border:0" sandbox="allow-scripts"></iframe>')


def show(graph, title: str = "kgraph", height: int = 600, *, with_topics: bool = False, with_facts: bool = False,
         by_state: bool = False, size: str = "degree", communities: str = "auto", select=None) -> InlineView:
    """Display the interactive view inline in Jupyter (an isolated iframe; no network needed).

    ``graph`` is a dataset, a networkx projection (or any subgraph of one, such as an ego network or a
    time slice), a location as :func:`query` takes it, or the result of :func:`query`; the options are
    :func:`view`'s.

    A query result draws exactly the slice of the graph it names, read from the graph the query ran
    on: a SELECT whose rows bind events (``kg:Event``, ``kg:Fact`` or ``kg:Occurrence`` IRIs) shows
    those events, each with all the articles that tell it, and their actors; one that binds only actors
    shows the events among them; a CONSTRUCT or DESCRIBE result, the events or actors its graph names.
    Every actor named is drawn, with or without events (see :mod:`kgraph.views.selection`). A result
    made elsewhere (rdflib's own, or the graph of a CONSTRUCT) goes in ``select``, with the graph it
    came from as ``graph``. An rdflib graph alone is read as a graph of its own.

    >>> from kgraph.model import Event
    >>> from kgraph.rdf.build import build_graph
    >>> ds = build_graph([Event(doc="d", actor=a, actor_type="country", relation="meets_with", object=o,
    ...                         object_type="country", actor_id=f"country:{a[:3]}", object_id=f"country:{o[:3]}")
    ...                   for a, o in (("Chile", "Peru"), ("Peru", "Bolivia"))])
    >>> result = query(ds, '''PREFIX kg: <https://w3id.org/kgraph/ontology#>
    ...     PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    ...     SELECT ?event WHERE { ?event a kg:Event ; kg:actor/rdfs:label ?actor }''', {"actor": "Chile"})
    >>> shown = show(result, title="Chile")
    >>> "Chile" in shown.html, "Bolivia" in shown.html
    (True, False)
    """
    from kgraph.views.html import render_html
    from kgraph.views.network import ViewOptions

    options = ViewOptions(with_topics=with_topics, with_facts=with_facts, by_state=by_state, size=size,
                          communities=communities)
    projection = _projection(graph, select)
    return InlineView(render_html(projection, title=title, options=options), height=height)


def train(*, steps: int | None = None, limit: int | None = None, seed: int = 0, corpus: PathLike | None = None,
          install: bool = True, output: PathLike | None = None, log: Callable[[str], None] = print):
    """Retrain the event detector on the project's sentences (``kgraph/nlp/data/train``).

    Runs spaCy's training loop on ``kgraph/nlp/detect/config.cfg`` with a fixed ``seed``; ``steps`` caps the
    updates (default: the config's), ``limit`` keeps only the first sentences. Returns a report with
    per-relation precision, recall and F1 on the held-out split; with ``install`` the weights and a
    ``meta.json`` holding the corpus hash replace the shipped ones; ``output`` keeps spaCy's own output.
    """
    from kgraph.nlp.detect.train import train_detector

    return train_detector(max_steps=steps, limit=limit, seed=seed, corpus_dir=Path(corpus) if corpus else None,
                          install=install, output=Path(output) if output else None, log=log)
