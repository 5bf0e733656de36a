"""SPARQL over a built graph: a query string, a ``.rq`` file, or a named query shipped with kgraph.

Parameters are bound as escaped literals in a ``VALUES`` block, never pasted into the query text.

>>> from rdflib import Dataset
>>> result = run_query(Dataset(), "SELECT ?x WHERE { VALUES ?x { 1 } }")
>>> result.rows
[{'x': '1'}]
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Literal
from rdflib.plugins.sparql.parser import parseQuery

from kgraph.errors import QueryError

__all__ = ["QueryResult", "run_query", "named_queries", "resolve_query", "format_result"]


@dataclass
class QueryResult:
    """Rows of a SELECT (each a dict of strings), or the graph of a CONSTRUCT."""

    columns: list[str]
    rows: list[dict[str, str | None]]
    graph: object | None = None
    raw: object | None = None


def named_queries() -> dict[str, Path]:
    """The named queries shipped in ``kgraph/sparql/queries`` (name -> file)."""
    folder = resources.files("kgraph.sparql") / "queries"
    return {Path(str(p)).stem: Path(str(p)) for p in folder.iterdir() if str(p).endswith(".rq")}


def describe_query(path: Path) -> str:
    """The first comment line of a ``.rq`` file."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            return line.lstrip("# ").strip()
    return ""


def resolve_query(query: str) -> str:
    """Turn a named query, a path to a ``.rq`` file, or SPARQL text into SPARQL text."""
    known = named_queries()
    if query in known:
        return known[query].read_text(encoding="utf-8")
    if query.endswith(".rq"):
        path = Path(query)
        if not path.exists():
            raise QueryError("E202", name=query, known=", ".join(sorted(known)))
        return path.read_text(encoding="utf-8")
    if not any(word in query.upper() for word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")):
        raise QueryError("E202", name=query, known=", ".join(sorted(known)))
    return query


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def bind_parameters(text: str, params: dict[str, str]) -> str:
    """Bind variables to plain literals with a ``VALUES`` block at the top of the WHERE clause.

    Values are written as escaped SPARQL literals, so a value can never become query text.

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


def run_query(dataset, query: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run SPARQL over a dataset; ``params`` bind variables as plain literals (``actor=Lithuania``)."""
    text = resolve_query(query)
    try:
        parseQuery(text)
    except Exception as exc:
        raise QueryError("E201", reason=str(exc).splitlines()[0][:200]) from None
    # rdflib's own engine takes bindings as initBindings (it joins them first); other engines
    # (Oxigraph, remote endpoints) get an inline VALUES block. Either way a value is only ever a literal.
    bindings = {}
    if type(dataset.store).__module__.startswith("rdflib.plugins.stores.memory"):
        bindings = {name: Literal(str(value)) for name, value in (params or {}).items()}
        for name in bindings:
            if not _NAME.match(name):
                raise QueryError("E201", reason=f"invalid parameter name {name!r}")
    else:
        text = bind_parameters(text, params or {})
    try:
        result = dataset.query(text, initBindings=bindings) if bindings else dataset.query(text)
    except Exception as exc:
        raise QueryError("E201", reason=str(exc).splitlines()[0][:200]) from None
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryResult(columns=[], rows=[], graph=result.graph, raw=result)
    if result.type == "ASK":
        return QueryResult(columns=["ask"], rows=[{"ask": str(result.askAnswer).lower()}], raw=result)
    columns = [str(v) for v in result.vars]
    rows = [{c: (None if row[c] is None else str(row[c])) for c in columns} for row in result]
    return QueryResult(columns=columns, rows=rows, raw=result)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result as an aligned text table, CSV, SPARQL results JSON, or Turtle for CONSTRUCT."""
    if result.graph is not None:
        return result.graph.serialize(format="turtle")
    if fmt == "json":
        return result.raw.serialize(format="json").decode("utf-8") if result.raw is not None else json.dumps(result.rows)
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
