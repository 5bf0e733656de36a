"""SPARQL over a built graph: a query string, a ``.rq`` file, or a named query shipped with kgraph.

Parameters are bound as escaped literals in a ``VALUES`` block, never pasted into the query text.

>>> from rdflib import Dataset
>>> result = run_query(Dataset(), "SELECT ?x WHERE { VALUES ?x { 1 } }")
>>> result.rows
[{'x': '1'}]
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Literal
from rdflib.plugins.sparql.parser import parseQuery

from kgraph.errors import QueryError

__all__ = ["QueryResult", "Parameter", "QuerySource", "run_query", "named_queries", "load_query", "resolve_query",
           "query_parameters", "check_parameters", "prepare_query", "format_result"]


@dataclass
class QueryResult:
    """Rows of a SELECT (each a dict of strings), or the graph of a CONSTRUCT.

    In Jupyter a result shows itself as an HTML table (:func:`format_result` with ``"html"``).
    ``source`` is where the query ran (a dataset, a store, or the location :func:`kgraph.query` opened
    and closed again), so that ``kgraph.show(result)`` can draw the slice of it the result names.
    """

    columns: list[str]
    rows: list[dict[str, str | None]]
    graph: object | None = None
    raw: object | None = None
    source: object | None = field(default=None, repr=False, compare=False)

    def _repr_html_(self) -> str:
        return format_result(self, "html")


def named_queries() -> dict[str, Path]:
    """The named queries shipped in ``kgraph/sparql/queries`` (name -> file)."""
    folder = resources.files("kgraph.sparql") / "queries"
    return {Path(str(p)).stem: Path(str(p)) for p in folder.iterdir() if str(p).endswith(".rq")}


@dataclass(frozen=True)
class Parameter:
    """A parameter a query declares in its header: ``# @param NAME required|optional: what it is``."""

    name: str
    required: bool
    description: str = ""

    def __str__(self) -> str:
        return f"{self.name} ({'required' if self.required else 'optional'})"


@dataclass(frozen=True)
class QuerySource:
    """A query ready to run: where it came from, its text, and the parameters it declares.

    ``parameters`` is ``None`` when the query declares none (SPARQL text, a ``.rq`` file of your own
    without ``@param`` lines): then any variable of the query may be bound.
    """

    name: str
    text: str
    parameters: tuple[Parameter, ...] | None


_PARAM = re.compile(r"^#\s*@param\b(.*)$")
_PARAM_LINE = re.compile(r"^\s+([A-Za-z_][A-Za-z0-9_]*)\s+(required|optional)\s*:?\s*(.*)$")
_VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


def query_parameters(text: str, name: str = "query") -> tuple[Parameter, ...] | None:
    """The parameters a query's header declares, ``()`` for ``# @param none``, ``None`` without a header.

    >>> query_parameters("# @param actor required: a label\\n# @param to optional\\nSELECT ...")
    (Parameter(name='actor', required=True, description='a label'), Parameter(name='to', required=False, description=''))
    >>> query_parameters("# @param none\\nSELECT ...")
    ()
    >>> query_parameters("SELECT ?x WHERE { ?x ?p ?o }") is None
    True
    """
    declared: list[Parameter] | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        match = _PARAM.match(line.strip())
        if match is None:
            continue
        declared = declared if declared is not None else []
        rest = match.group(1)
        if rest.strip().split(":")[0].strip() == "none":
            continue
        parts = _PARAM_LINE.match(rest)
        if parts is None:
            raise QueryError("E201", reason=f"{name}: line {number}: expected '# @param NAME required|optional: "
                                            f"description', got {line.strip()!r}")
        declared.append(Parameter(parts.group(1), parts.group(2) == "required", parts.group(3).strip()))
    return None if declared is None else tuple(declared)


def describe_query(path: Path) -> str:
    """The first comment line of a ``.rq`` file (its ``@param`` lines excepted)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") and not _PARAM.match(line):
            return line.lstrip("# ").strip()
    return ""


def _looks_like_path(query: str) -> bool:
    """A single word with a suffix or a slash in it, and nothing SPARQL would need (spaces, braces)."""
    text = query.strip()
    return bool(text) and not any(c.isspace() or c in "{}" for c in text) and (
        "/" in text or "\\" in text or Path(text).suffix != "")


def load_query(query: str) -> QuerySource:
    """A named query, a ``.rq`` file (any existing path), or SPARQL text, with its declared parameters.

    >>> load_query("timeline").parameters
    (Parameter(name='actor', required=True, description="an actor's label, e.g. Dmytro Kuleba"),)
    """
    known = named_queries()
    if query in known:
        text, name = known[query].read_text(encoding="utf-8"), query
    elif _looks_like_path(query):
        path = Path(query)
        if not path.is_file():
            raise QueryError("E205", path=query, reason="no such file" if not path.exists() else "not a file")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeError) as exc:
            raise QueryError("E205", path=query, reason=getattr(exc, "strerror", None) or str(exc)) from None
        name = query
    elif any(word in query.upper() for word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")):
        text, name = query, "the SPARQL text"
    else:
        raise QueryError("E202", name=query, known=", ".join(sorted(known)))
    return QuerySource(name=name, text=text, parameters=query_parameters(text, name))


def resolve_query(query: str) -> str:
    """Turn a named query, a path to a ``.rq`` file, or SPARQL text into SPARQL text."""
    return load_query(query).text


def takes(source: QuerySource) -> str:
    """What a query accepts, for messages: ``it takes: actor (required)``, ``it takes no parameters``."""
    if source.parameters is None:
        names = sorted(set(_VARIABLE.findall(_strip_comments(source.text))))
        return "its variables are: " + ", ".join(names) if names else "it has no variables"
    if not source.parameters:
        return "it takes no parameters"
    return "it takes: " + ", ".join(str(p) for p in source.parameters)


def _strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def check_parameters(source: QuerySource, params: dict[str, str] | None) -> None:
    """Refuse a parameter the query does not take and a required one that is missing.

    >>> check_parameters(load_query("timeline"), {"actr": "Lithuania"})
    Traceback (most recent call last):
    ...
    kgraph.errors.QueryError: E204 query 'timeline' has no parameter 'actr'; it takes: actor (required)
    """
    params = params or {}
    for name in params:
        if not _NAME.match(name):
            raise QueryError("E201", reason=f"invalid parameter name {name!r}")
    if source.parameters is None:
        variables = set(_VARIABLE.findall(_strip_comments(source.text)))
        unknown = [name for name in params if name not in variables]
    else:
        unknown = [name for name in params if name not in {p.name for p in source.parameters}]
    if unknown:
        raise QueryError("E204", query=source.name, name=unknown[0], takes=takes(source))
    missing = [p.name for p in source.parameters or () if p.required and p.name not in params]
    if missing:
        raise QueryError("E203", query=source.name, name=missing[0], takes=takes(source))


def prepare_query(query: str | QuerySource, params: dict[str, str] | None = None) -> QuerySource:
    """Load a query, check that it parses and that ``params`` fit what it declares."""
    source = query if isinstance(query, QuerySource) else load_query(query)
    _check_syntax(source.text)
    check_parameters(source, params)
    return source


@lru_cache(maxsize=256)
def _check_syntax(text: str) -> None:
    """Parse once per query text: rdflib's parser takes tens of milliseconds, more than most queries."""
    try:
        parseQuery(text)
    except Exception as exc:
        raise QueryError("E201", reason=str(exc).splitlines()[0][:200]) from exc


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def bind_parameters(text: str, params: dict[str, str]) -> str:
    """Bind variables to plain literals with a ``VALUES`` block at the top of the first WHERE clause.

    Values are written as escaped SPARQL literals, so a value can never become query text. A query
    whose outer pattern has no ``WHERE`` keyword gets its parameters in the first inner
    ``SELECT ... WHERE``, so the engine starts from them there (``range.rq``, ``between.rq``).

    >>> print(bind_parameters('SELECT ?x WHERE { ?x ?p ?actor }', {"actor": 'a" } #'}))
    SELECT ?x WHERE { VALUES ?actor { "a\\" } #" } ?x ?p ?actor }
    """
    if not params:
        return text
    match = _WHERE.search(text)
    if match is None:
        raise QueryError("E201", reason="parameters need a query with a WHERE clause")
    block = ""
    for name, value in params.items():
        if not _NAME.match(name):
            raise QueryError("E201", reason=f"invalid parameter name {name!r}")
        block += f" VALUES ?{name} {{ {Literal(str(value)).n3()} }}"
    return text[:match.end()] + block + text[match.end():]


def run_query(dataset, query: str | QuerySource, params: dict[str, str] | None = None) -> QueryResult:
    """Run SPARQL over a dataset; ``params`` bind variables as plain literals (``actor=Lithuania``).

    A parameter the query does not declare, or a required one left out, is a :class:`QueryError`.
    """
    source = prepare_query(query, params)
    text = source.text
    from kgraph.sparql.native import native_store, run_native

    native = native_store(dataset)
    if native is not None:  # the embedded store: straight to pyoxigraph, values read once as strings
        try:
            columns, rows, graph, raw = run_native(native, bind_parameters(text, params or {}))
        except OSError as exc:
            raise endpoint_error(dataset, exc) from exc
        except Exception as exc:
            raise QueryError("E201", reason=str(exc).splitlines()[0][:200]) from exc
        return QueryResult(columns=columns, rows=rows, graph=graph, raw=raw, source=dataset)
    # rdflib's own engine takes bindings as initBindings (it joins them first); other engines
    # (Oxigraph, remote endpoints) get an inline VALUES block. Either way a value is only ever a literal.
    bindings = {}
    if type(dataset.store).__module__.startswith("rdflib.plugins.stores.memory"):
        bindings = {name: Literal(str(value)) for name, value in (params or {}).items()}
    else:
        text = bind_parameters(text, params or {})
    try:
        result = dataset.query(text, initBindings=bindings) if bindings else dataset.query(text)
    except OSError as exc:  # a remote endpoint that cannot be reached or answers with an HTTP error
        raise endpoint_error(dataset, exc) from exc
    except Exception as exc:
        raise QueryError("E201", reason=str(exc).splitlines()[0][:200]) from exc
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(columns=[], rows=[], graph=result.graph, raw=result, source=dataset)
    if result.type == "ASK":
        return QueryResult(columns=["ask"], rows=[{"ask": str(result.askAnswer).lower()}], raw=result,
                           source=dataset)
    columns = [str(v) for v in result.vars]
    rows = [{c: (None if row[c] is None else str(row[c])) for c in columns} for row in result]
    return QueryResult(columns=columns, rows=rows, raw=result, source=dataset)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as an aligned text table, CSV, SPARQL results JSON, an HTML table (``"html"``, every
    value escaped), or Turtle for CONSTRUCT.

    >>> print(format_result(QueryResult(columns=["actor"], rows=[{"actor": "A & <B>"}]), "html"))
    <table class="kgraph-result"><thead><tr><th>actor</th></tr></thead><tbody><tr><td>A &amp; &lt;B&gt;</td></tr></tbody></table>
    <p>1 row</p>
    """
    if result.graph is not None:
        if fmt == "html":
            return f"<pre>{html.escape(result.graph.serialize(format='turtle'))}</pre>"
        return result.graph.serialize(format="turtle")
    if fmt == "html":
        head = "".join(f"<th>{html.escape(c)}</th>" for c in result.columns)
        body = "".join("<tr>" + "".join(f"<td>{html.escape('' if row.get(c) is None else str(row[c]))}</td>"
                                        for c in result.columns) + "</tr>" for row in result.rows)
        count = f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"
        return (f'<table class="kgraph-result"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n'
                f"<p>{count}</p>")
    if fmt == "json":
        text = result.raw.serialize(format="json").decode("utf-8") if result.raw is not None else json.dumps(result.rows)
        return text.rstrip("\n") + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=result.columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in result.rows)
        return buffer.getvalue()
    cells = [[("" if row[c] is None else row[c]) for c in result.columns] for row in result.rows]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(result.columns)]
    clip = lambda text, w: text if len(text) <= w else text[: w - 1] + "…"
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(clip(v, w).ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def endpoint_error(dataset, exc: OSError):
    """The error to show for an ``OSError`` from a remote SPARQL endpoint: unreachable, or an HTTP status."""
    from urllib.error import HTTPError

    from kgraph.errors import StoreError

    store = getattr(dataset, "store", dataset)
    url = str(getattr(store, "query_endpoint", None) or getattr(store, "endpoint", None) or "the SPARQL endpoint")
    url = url.split("?")[0]
    if isinstance(exc, HTTPError):
        return StoreError("E306", path=url, status=exc.code, reason=exc.reason)
    reason = getattr(exc, "reason", None) or exc.strerror or exc
    return StoreError("E305", path=url, reason=str(reason).splitlines()[0][:200])
