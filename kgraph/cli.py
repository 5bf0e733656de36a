"""The ``kgraph`` command: a thin layer that parses options, calls the API, and prints.

Exit codes: 0 all went well; 1 some inputs were skipped (each reported on stderr);
2 nothing usable, or a usage error.
"""

from __future__ import annotations

import logging
import sys
import traceback

import click

from kgraph import api
from kgraph.errors import InputError, KgraphError

__all__ = ["main", "cli"]

EXIT_OK, EXIT_SKIPPED, EXIT_UNUSABLE = 0, 1, 2


#: What a skipped input was, for the summary line: (code or None, words in the reason, singular, plural).
#: The first row that fits names it; each problem is also printed on its own line as it happens.
_SKIP_KINDS = [
    ("E100", "", "missing file", "missing files"),
    ("E104", "", "file of an unsupported type", "files of an unsupported type"),
    ("E103", "", "file that cannot be decoded", "files that cannot be decoded"),
    ("E102", "malformed JSON", "input of malformed JSON", "inputs of malformed JSON"),
    (None, "file is empty", "empty file", "empty files"),
    (None, "binary file", "binary file", "binary files"),
    (None, "over the limit", "input over the size limit", "inputs over the size limit"),
    (None, "permission denied", "unreadable file", "unreadable files"),
    (None, "record has no 'text'", "record without text", "records without text"),
    (None, "record 'text' is empty or not a string", "record whose text is empty or not a string",
     "records whose text is empty or not a string"),
    (None, "record is not a JSON object", "record that is not a JSON object", "records that are not JSON objects"),
    (None, "'published' is not a date", "record with an unreadable publication date",
     "records with unreadable publication dates"),
    (None, "duplicate article id", "article with a duplicate id", "articles with duplicate ids"),
    (None, "symbolic link", "broken or looping link", "broken or looping links"),
    (None, "no article text found", "HTML page without article text", "HTML pages without article text"),
]


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def skip_kind(error: InputError) -> tuple[str, str]:
    """The singular and plural noun for what ``error`` made kgraph skip, e.g. ``("empty file", "empty files")``.

    >>> skip_kind(InputError("E101", path="a.txt", reason="file is empty"))
    ('empty file', 'empty files')
    >>> skip_kind(InputError("E102", path="a.jsonl", line=3, reason="malformed JSON (Expecting value)"))
    ('line of malformed JSON', 'lines of malformed JSON')
    """
    reason = str(error.context.get("reason") or "")
    for code, words, singular, plural in _SKIP_KINDS:
        if (code is None or error.code == code) and words in reason:
            if code == "E102" and "line" in error.context and str(error.context.get("path", "")).endswith(".jsonl"):
                return "line of malformed JSON", "lines of malformed JSON"
            return singular, plural
    return "input skipped for another reason", "inputs skipped for other reasons"


class Problems:
    """Collects skipped inputs and prints each as one line on stderr, then a summary sentence by kind."""

    def __init__(self, strict: bool = False) -> None:
        self.messages: list[str] = []
        self.kinds: dict[tuple[str, str], int] = {}
        self.strict = strict

    def __call__(self, error: InputError) -> None:
        if self.strict:
            raise error
        self.messages.append(str(error))
        kind = skip_kind(error)
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        click.echo(f"kgraph: skipped: {error}", err=True)

    def summary(self, read: int) -> str:
        """One sentence: ``kgraph: 2 articles read, 3 inputs skipped: 2 empty files and 1 binary file.``"""
        head = f"kgraph: {_plural(read, 'article', 'articles')} read"
        if not self.messages:
            return head + "."
        head += f", {_plural(len(self.messages), 'input', 'inputs')} skipped"
        parts = [_plural(count, *kind) for kind, count in sorted(self.kinds.items(), key=lambda kv: -kv[1])]
        why = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        return f"{head}: {why}."


def _fail(message: str, code: int = EXIT_UNUSABLE) -> None:
    click.echo(f"kgraph: error: {message}", err=True)
    sys.exit(code)


def _params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--param")
        params[name.strip()] = value
    return params


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kgraph")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """kgraph: diplomatic news into a temporal knowledge graph."""
    ctx.obj = {"debug": debug}
    logging.basicConfig(format="kgraph: warning: %(message)s", level=logging.WARNING)


def _run(ctx: click.Context, func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except KgraphError as exc:
        if ctx.obj.get("debug"):
            raise
        _fail(str(exc))
    except (OSError, UnicodeError) as exc:
        if ctx.obj.get("debug"):
            raise
        _fail(f"{getattr(exc, 'filename', '') or ''} {exc.__class__.__name__}: {exc}".strip())


def _check_published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--published`` read at once (before any file or store is touched), as an ISO date."""
    from kgraph.io.dates import parse_published

    try:
        return parse_published(value, "--published", field=None)
    except InputError as exc:
        _fail(str(exc))


_published = click.option("--published", metavar="DATE", callback=_check_published,
                          help="Publication date for articles whose metadata has none: 2024-10-25, 2024/10/25, "
                               "'October 25, 2024', '25 October 2024' or RFC 2822 "
                               "('Fri, 25 Oct 2024 08:30:00 GMT').")
_actors = click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
                       help="TSV of extra actors (code, name, kind, aliases separated by ';'). Repeatable.")
_strict = click.option("--strict", is_flag=True, help="Stop at the first bad file or record.")


def _scale(func):
    """Options that choose where extraction runs."""
    func = click.option("--scheduler", metavar="tcp://HOST:PORT",
                        help="Send extraction to a running Dask cluster.")(func)
    func = click.option("--workers", type=click.IntRange(0, 512), default=0, show_default=True,
                        help="Extract on a local Dask cluster of this many worker processes (0: no Dask).")(func)
    func = click.option("--processes", type=click.IntRange(1, 512), default=1, show_default=True,
                        help="Extraction processes in this machine, each running the whole extraction.")(func)
    return func


def _inputs(func):
    """The options every command that reads articles takes."""
    for option in (_scale, _strict, _actors, _published):
        func = option(func)
    return func


class ProgressBar:
    """A progress bar with articles/s on a terminal; nothing when stderr is not a terminal."""

    def __init__(self, label: str) -> None:
        self.bar = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(desc=label, unit=" articles", file=sys.stderr, leave=False)

    def __call__(self, article, events: int) -> None:
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write events here (default: stdout).")
@_inputs
@click.pass_context
def extract_cmd(ctx, paths, output, published, actors, strict, processes, workers, scheduler):
    """Extract events from articles (txt, json, jsonl, html; files or directories) as JSON Lines."""
    problems = Problems(strict)
    read = []
    bar = ProgressBar("extract")

    def counted(stream):
        for article in stream:
            read.append(article.id)
            bar(article, 0)
            yield article

    articles = counted(api.read_articles(list(paths), published=published, on_error=problems))
    events = api.extract(articles, actors=actors, n_process=processes, workers=workers, scheduler=scheduler)
    # events stream out as they come, so a corpus larger than memory goes through
    if output:
        count = _run(ctx, api.write_events, events, output)
        click.echo(f"{count} events written to {output}", err=True)
    else:
        _run(ctx, lambda: [click.echo(api.events_to_jsonl([event]), nl=False) for event in events])
    bar.close()
    _finish(problems, usable=bool(read), read=len(read))


def _finish(problems: Problems, usable: bool, read: int) -> None:
    if problems.messages:
        click.echo(problems.summary(read), err=True)
        sys.exit(EXIT_SKIPPED if usable else EXIT_UNUSABLE)


@cli.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", default=api.DEFAULT_BUILD, show_default=True, type=click.Path(file_okay=False),
              help="Directory for events.jsonl, graph.trig and graph.html.")
@_inputs
@click.pass_context
def build_cmd(ctx, paths, out, published, actors, strict, processes, workers, scheduler):
    """Extract events and write them with the RDF graph and the HTML view into a directory."""
    problems = Problems(strict)
    bar = ProgressBar("build")
    summary = _run(ctx, api.build, list(paths), out, published=published, actors=actors, on_error=problems,
                   progress=bar, n_process=processes, workers=workers, scheduler=scheduler)
    bar.close()
    if summary.articles == 0:
        _fail("no usable article found in " + ", ".join(paths))
    click.echo(str(summary))
    _finish(problems, usable=True, read=summary.articles)


_GRAPH_HELP = ("Where the graph is: a build directory or graph file (.trig, .ttl, .nq, .jsonld), a store "
               "directory, or a SPARQL endpoint URL (http://HOST:PORT).")
_GRAPH_DEFAULT = f"{api.DEFAULT_STORE}, or {api.DEFAULT_BUILD} when there is no store"


@cli.command("query")
@click.argument("sparql", required=False)
@click.option("--graph", "--store", "graph", default=None, show_default=_GRAPH_DEFAULT, type=str, help=_GRAPH_HELP)
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query parameter to a literal, e.g. actor=Lithuania (--list shows each query's). "
                   "Repeatable.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format (CONSTRUCT queries print Turtle).")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries with their parameters and exit.")
@click.pass_context
def query_cmd(ctx, sparql, graph, params, fmt, list_queries):
    """Run SPARQL (text, a .rq file or a named query) over a built graph."""
    from kgraph.sparql.run import describe_query, format_result, load_query, named_queries

    if list_queries:
        for name, path in sorted(named_queries().items()):
            click.echo(f"{name:16s} {describe_query(path)}")
            for param in load_query(name).parameters or ():
                click.echo(f"{'':16s} -p {param.name + '=...':12s} {'required' if param.required else 'optional'}: "
                           f"{param.description}".rstrip(": "))
        return
    if not sparql:
        raise click.UsageError("give a query (SPARQL text, a .rq file or a named query), or --list")
    result = _run(ctx, api.query, graph, sparql, _params(params))
    click.echo(format_result(result, fmt), nl=False)


@cli.command("view")
@click.option("--graph", "--store", "graph", default=None, show_default=_GRAPH_DEFAULT, type=str, help=_GRAPH_HELP)
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Where to write the HTML view (default: beside the graph; required for an endpoint).")
@click.option("--title", default="kgraph", show_default=True, help="Title shown in the page.")
@click.option("--no-facts", is_flag=True, help="Leave out roles and memberships, from the details panel too.")
@click.option("--with-topics", is_flag=True, help="Show topics and places as nodes (default: in the details).")
@click.option("--with-facts", is_flag=True, help="Show roles and memberships as nodes and edges.")
@click.option("--by-state", is_flag=True, help="Fold people into the state or organisation whose office they hold.")
@click.option("--size", type=click.Choice(["degree", "events"]), default="degree", show_default=True,
              help="What node size shows at first (the page has a switch).")
@click.option("--communities", type=click.Choice(["auto", "collapsed", "expanded"]), default="auto",
              show_default=True, help="Open with communities collapsed into one node each, or drawn whole "
              "(auto: collapsed above 2,000 nodes; the page has buttons for both).")
@click.pass_context
def view_cmd(ctx, graph, output, title, no_facts, with_topics, with_facts, by_state, size, communities):
    """Write the interactive HTML view of a built graph (self-contained, works offline): actors as nodes,
    one edge per pair and relation family, coloured from cooperation to conflict."""
    summary = _run(ctx, api.view, graph, output, title=title, facts=not no_facts, with_topics=with_topics,
                   with_facts=with_facts, by_state=by_state, size=size, communities=communities)
    click.echo(str(summary))


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", default=api.DEFAULT_STORE, show_default=True,
              help="A store directory (created if missing), or a SPARQL endpoint URL (http://HOST:PORT).")
@click.option("--force", is_flag=True, help="Ingest again even articles whose content has not changed.")
@_inputs
@click.pass_context
def ingest_cmd(ctx, paths, store, force, published, actors, strict, processes, workers, scheduler):
    """Add articles to a persistent store: one named graph per article, replaced when it changes."""
    problems = Problems(strict)
    bar = ProgressBar("ingest")
    summary = _run(ctx, api.ingest, list(paths), store, published=published, actors=actors, on_error=problems,
                   force=force, progress=bar, n_process=processes, workers=workers, scheduler=scheduler)
    bar.close()
    click.echo(str(summary))
    if summary.read == 0 and problems.messages:
        _fail("no usable article found in " + ", ".join(paths))
    _finish(problems, usable=True, read=summary.read)


@cli.command("delete")
@click.argument("ids", nargs=-1, required=True)
@click.option("--store", default=api.DEFAULT_STORE, show_default=True, help="The store to delete from.")
@click.pass_context
def delete_cmd(ctx, ids, store):
    """Remove articles (by id) and every fact only they stated."""
    removed = _run(ctx, api.delete, list(ids), store)
    for doc in ids:
        click.echo(f"{'deleted' if doc in removed else 'not found'}  {doc}")
    if len(removed) < len(ids):
        sys.exit(EXIT_SKIPPED)


@cli.command("articles")
@click.argument("graph", required=False, metavar="[STORE]")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--ids", "ids_only", is_flag=True, help="Print only the ids, one a line (to feed 'kgraph delete').")
@click.pass_context
def articles_cmd(ctx, graph, fmt, ids_only):
    """List the articles in a store or build: id, published, events, title.

    STORE is a store directory, a build directory or graph file, or a SPARQL endpoint URL (default:
    kgraph-data, or kgraph-out when there is no store).
    """
    import dataclasses
    import json

    from kgraph.sparql.run import QueryResult, format_result

    found = _run(ctx, api.articles, graph)
    if ids_only:
        for article in found:
            click.echo(article.id)
    elif fmt == "json":
        click.echo(json.dumps([dataclasses.asdict(a) for a in found], ensure_ascii=False, indent=1))
    else:
        columns = ["id", "published", "events", "title"]
        rows = [{"id": a.id, "published": a.published, "events": str(a.events), "title": a.title} for a in found]
        click.echo(format_result(QueryResult(columns=columns, rows=rows), fmt), nl=False)


@cli.command("export")
@click.option("--graph", "--store", "graph", default=None, show_default=_GRAPH_DEFAULT, type=str, help=_GRAPH_HELP)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("-f", "--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "jsonld", "graphml", "csv"]),
              help="Output format (default: from the file suffix: .ttl, .trig, .nq, .jsonld, .graphml, .csv).")
@click.pass_context
def export_cmd(ctx, graph, output, fmt):
    """Export a graph: Turtle, TriG, N-Quads, JSON-LD, GraphML, or a CSV edge list."""
    path = _run(ctx, api.export, graph, output, fmt)
    click.echo(f"written {path}")


@cli.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False))
@click.argument("articles", nargs=-1)
@click.option("--docs", help="Score only these document ids (comma-separated).")
@click.option("--save", type=click.Path(dir_okay=False), help="Also write the predicted events here (JSON Lines).")
@_actors
@click.pass_context
def eval_cmd(ctx, gold, articles, docs, save, actors):
    """Extract from ARTICLES and score the events against GOLD events (strict, lenient, dates).

    With neither, score the gold set that ships with kgraph (16 stories written for the project)."""
    import json

    from kgraph.evaluate import builtin_gold, evaluate

    if gold is None:
        click.echo(f"kgraph: scoring the built-in gold set ({builtin_gold()[0].parent})", err=True)
    problems = Problems()
    result = _run(ctx, evaluate, gold, articles, docs=docs.split(",") if docs else None, actors=actors,
                  on_error=problems)
    if result.read == 0:
        _fail("no usable article found in " + ", ".join(map(str, result.articles)))
    if save:
        _run(ctx, api.atomic_write_text, save,
             "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in result.predictions))
    click.echo(str(result), nl=False)
    _finish(problems, usable=True, read=result.read)


@cli.command("train")
@click.option("--steps", type=click.IntRange(1), help="Stop after this many updates (default: the config's).")
@click.option("--limit", type=click.IntRange(1), help="Train on the first N sentences only (a quick check).")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed of the training loop.")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False),
              help="Folder of training sentences (*.jsonl) instead of the shipped corpus.")
@click.option("--no-install", is_flag=True, help="Report the scores but keep the shipped weights.")
@click.option("--output", type=click.Path(file_okay=False),
              help="Keep spaCy's training output (model-best, model-last) in this folder.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the score table, not spaCy's training log.")
@click.pass_context
def train_cmd(ctx, steps, limit, seed, corpus, no_install, output, quiet):
    """Retrain the event detector and print per-relation P/R/F1 on the held-out split."""
    from kgraph.nlp.detect.train import format_report

    log = (lambda line: None) if quiet else (lambda line: click.echo(line, err=True))
    report = _run(ctx, api.train, steps=steps, limit=limit, seed=seed, corpus=corpus, install=not no_install,
                  output=output, log=log)
    click.echo(format_report(report))


def _debugging() -> bool:
    """Whether ``--debug`` was given (before the command name, where the group option goes)."""
    return "--debug" in sys.argv[1:]


def main() -> None:
    """Entry point of the ``kgraph`` command."""
    try:
        cli.main(standalone_mode=False, prog_name="kgraph")
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_UNUSABLE)
    except click.exceptions.Abort:
        click.echo("kgraph: aborted", err=True)
        sys.exit(EXIT_UNUSABLE)
    except KgraphError as exc:
        if _debugging():
            traceback.print_exc()
        click.echo(f"kgraph: error: {exc}", err=True)
        sys.exit(EXIT_UNUSABLE)
    except KeyboardInterrupt:
        click.echo("kgraph: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: one line, the traceback only with --debug
        if _debugging():
            raise
        click.echo(f"kgraph: internal error: {exc.__class__.__name__}: {exc} (run with --debug for details)", err=True)
        sys.exit(EXIT_UNUSABLE)
    sys.exit(EXIT_OK)
