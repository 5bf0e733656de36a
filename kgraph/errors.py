"""Errors users can see: one class per kind of failure, each with a code and a one-line message.

Only the CLI catches these and prints them; the library raises them with context.

>>> err = InputError("E101", path="a.txt", reason="file is empty")
>>> str(err)
'E101 a.txt: file is empty'
"""

from __future__ import annotations

__all__ = ["KgraphError", "InputError", "QueryError", "StoreError", "MESSAGES"]

MESSAGES = {
    "E100": "{path}: no such file or directory",
    "E101": "{path}: {reason}",
    "E102": "{path}: line {line}: {reason}",
    "E103": "{path}: not valid {encoding} text ({reason})",
    "E104": "{path}: unsupported file type {suffix!r} (expected .txt, .json, .jsonl or .html)",
    "E105": "{path}: no usable article found",
    "E201": "invalid SPARQL query: {reason}",
    "E202": "unknown named query {name!r}; known: {known}",
    "E203": "query {query!r} needs parameter {name!r} (-p {name}=VALUE); {takes}",
    "E204": "query {query!r} has no parameter {name!r}; {takes}",
    "E205": "{path}: {reason}",
    "E206": "this query result does not know the graph it ran on: give that graph, as show(graph, select=result)",
    "E301": "{path}: cannot read graph: {reason}",
    "E302": "{path}: no built graph or store here (run 'kgraph build' or 'kgraph ingest' first)",
    "E303": "{path}: store cannot be used: {reason}",
    "E304": "{path}: store is in use by another process (close it, or wait until it finishes)",
    "E305": "{path}: the SPARQL endpoint cannot be reached ({reason})",
    "E306": "{path}: the SPARQL endpoint answered HTTP {status} {reason}",
    "E307": "no store ({store}) or build ({build}) here: run 'kgraph ingest' or 'kgraph build' first, or give --graph",
    "E308": "{path}: a view needs a file to go to: give -o FILE",
    "E309": "{path}: {problem}; accepted suffixes: {accepted} (or give the format with -f)",
}


class KgraphError(Exception):
    """Base class: a coded, one-line message meant for the user."""

    def __init__(self, code: str, **context: object) -> None:
        self.code = code
        self.context = context
        template = MESSAGES.get(code, "{reason}")
        try:
            message = template.format(**context)
        except (KeyError, IndexError):
            message = f"{template} {context}"
        super().__init__(f"{code} {message}")


class InputError(KgraphError):
    """An input file or record cannot be read as an article."""


class QueryError(KgraphError):
    """A SPARQL query or its parameters are invalid."""


class StoreError(KgraphError):
    """A graph on disk cannot be read or written."""
