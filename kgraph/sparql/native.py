"""Queries straight on the embedded Oxigraph store, without rdflib in between.

rdflib's Oxigraph plugin turns every value of every row into an rdflib term before kgraph turns it
into a string; for a query of a few milliseconds that conversion costs more than the query. Here
the query goes to ``pyoxigraph.Store.query`` over the union of the named graphs and each value is
read as a string once. Other stores (rdflib's memory store, SPARQL endpoints) keep the rdflib path.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["native_store", "run_native", "NativeResult"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def native_store(dataset: Any):
    """The ``pyoxigraph.Store`` behind an rdflib dataset opened on the embedded store, else ``None``."""
    store = getattr(dataset, "store", None)
    if type(store).__module__.startswith("oxrdflib"):
        return getattr(store, "_inner", None)
    return None


class NativeResult:
    """What a query answered, kept as pyoxigraph terms so it can be written as SPARQL results JSON."""

    def __init__(self, kind: str, variables: list[str], solutions: list[tuple], answer: bool | None = None) -> None:
        self.type = kind
        self.variables = variables
        self.solutions = solutions
        self.askAnswer = answer

    def serialize(self, format: str = "json") -> bytes:  # noqa: A002 - the name rdflib's results use
        """SPARQL 1.1 query results JSON (the only format asked of a result here)."""
        if format != "json":
            raise ValueError(f"unsupported results format {format!r}")
        if self.type == "ASK":
            return json.dumps({"head": {}, "boolean": bool(self.askAnswer)}).encode("utf-8")
        bindings = [{name: _json_term(term) for name, term in zip(self.variables, row) if term is not None}
                    for row in self.solutions]
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}}).encode("utf-8")


def _json_term(term) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value not in (_XSD_STRING, _RDF_LANG_STRING):
        out["datatype"] = term.datatype.value
    return out


def run_native(store, text: str):
    """Run SPARQL text on a ``pyoxigraph.Store`` (default graph: the union of the named graphs).

    Returns ``(columns, rows, graph, raw)`` as :class:`~kgraph.sparql.run.QueryResult` takes them;
    raises what pyoxigraph raises (``SyntaxError`` for a bad query, ``OSError`` from the store).
    """
    import pyoxigraph as ox

    result = store.query(text, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [{"ask": str(bool(result)).lower()}], None, NativeResult("ASK", [], [], bool(result))
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        solutions = [tuple(solution) for solution in result]
        rows = [{c: (None if t is None else t.value) for c, t in zip(columns, row)} for row in solutions]
        return columns, rows, None, NativeResult("SELECT", columns, solutions)
    from oxrdflib._converter import from_ox
    from rdflib import Graph

    graph = Graph()
    for triple in result:
        graph.add(from_ox(triple))
    return [], [], graph, None
