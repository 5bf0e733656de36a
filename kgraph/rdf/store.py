"""The knowledge graph store: one named graph per article, replaced atomically.

Three kinds behind one interface, chosen by location:

- ``None`` or ``":memory:"``: rdflib's in-memory store (tests, small jobs);
- a directory: a persistent embedded Oxigraph store (rdflib plugin ``Oxigraph``);
- ``http(s)://...``: any SPARQL 1.1 Query/Update endpoint (rdflib ``SPARQLUpdateStore``); the
  query endpoint is ``URL/query`` and the update endpoint ``URL/update``, as Oxigraph serves them.

Each article's graph is written in one SPARQL update (drop, then insert), which the store applies
as one transaction: a crash leaves the article as it was before, never half written. The same
update computes again the occurrences of the keys the article had and has (the corroboration across
articles, :mod:`kgraph.rdf.corroborate`), so they always agree with the articles stored. The first
articles of an empty embedded store can go through Oxigraph's bulk loader instead, all or none
(:meth:`GraphStore.bulk_load`, :mod:`kgraph.rdf.bulk`).

>>> from kgraph.model import Event
>>> store = GraphStore()
>>> ev = Event(doc="d1", actor="Lithuania", actor_type="country", relation="visits", object="Kyiv",
...            object_type="place", actor_id="country:LTU", object_id="place:kyiv")
>>> store.put_article(*article_graphs("d1", [ev]))
>>> [doc for doc, _ in store.articles()]
['d1']
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from kgraph.errors import StoreError
from kgraph.rdf.ontology import KG
from kgraph.rdf.build import (COLLECT_ORPHANS, NODES_GRAPH, ONTOLOGY_GRAPH, add_ontology, article_graphs,
                              bind_prefixes)
from kgraph.rdf.corroborate import (CORROBORATION_GRAPH, Key, Report, activity_triples, activity_update,
                                    all_reports_query, chunks, graph_reports, keys_query, occurrence_candidates,
                                    occurrence_triples, refresh_activity, refresh_dataset, replace_update,
                                    reports_query, rows_to_reports)

__all__ = ["GraphStore", "open_store", "article_graphs", "FLUSH_EVERY"]

#: Articles written between two flushes of the embedded store's in-memory write buffer.
FLUSH_EVERY = 100

_ARTICLES = """
PREFIX kg: <https://w3id.org/kgraph/ontology#>
SELECT ?g ?id ?hash ?version ?model WHERE {
  GRAPH ?g { ?g a kg:Article ; kg:identifier ?id .
             OPTIONAL { ?g kg:contentHash ?hash } OPTIONAL { ?g kg:kgraphVersion ?version }
             OPTIONAL { ?g kg:model ?model } }
}
"""


class GraphStore:
    """A store of article graphs; see the module docstring for the kinds of location."""

    def __init__(self, location: str | Path | None = None, create: bool = True) -> None:
        self.location = str(location) if location is not None else ":memory:"
        if self.location == ":memory:":
            self.kind = "memory"
            self.dataset = Dataset(default_union=True)
        elif self.location.startswith(("http://", "https://")):
            self.kind = "sparql"
            self.dataset = self._open_remote(self.location.rstrip("/"))
        else:
            self.kind = "oxigraph"
            self.dataset = self._open_oxigraph(Path(self.location), create)
        bind_prefixes(self.dataset)
        self._written = 0

    # ---- opening -------------------------------------------------------------------------
    @staticmethod
    def _open_oxigraph(path: Path, create: bool) -> Dataset:
        from kgraph.rdf import bulk

        bulk.settle(path)  # a first load a crash interrupted: finished if it was complete, else undone
        if path.is_file():
            raise StoreError("E303", path=path, reason="is a file, not a store directory")
        if not path.exists() and not create:
            raise StoreError("E302", path=path)
        dataset = Dataset(store="Oxigraph", default_union=True)
        try:
            dataset.open(str(path), create=not path.exists())
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower() or "resource temporarily unavailable" in message.lower():
                raise StoreError("E304", path=path) from None
            raise StoreError("E303", path=path, reason=message.splitlines()[0][:200]) from None
        return dataset

    @staticmethod
    def _open_remote(url: str) -> Dataset:
        from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

        # Oxigraph answers queries over the union of named graphs with this flag (other servers ignore it)
        store = SPARQLUpdateStore(query_endpoint=f"{url}/query?union-default-graph",
                                  update_endpoint=f"{url}/update", method="POST_FORM", autocommit=True)
        dataset = Dataset(store=store, default_union=True)
        try:  # fail here, with a message about the endpoint, rather than at the first query
            dataset.query("ASK { }")
        except OSError as exc:
            from kgraph.sparql.run import endpoint_error

            raise endpoint_error(dataset, exc) from exc
        return dataset

    # ---- writing -------------------------------------------------------------------------
    def put_article(self, graph: Graph, nodes: Graph | None = None) -> None:
        """Replace the named graph ``graph.identifier`` with ``graph`` and merge ``nodes`` (the
        descriptions of the actors, places and topics it mentions) into the shared nodes graph,
        in one transaction."""
        self.put_articles([(graph, nodes)])

    def put_articles(self, items: list) -> None:
        """Replace several article graphs in one transaction (one request to a remote endpoint).

        Each article is a pair of graphs from :func:`article_graphs` or an
        :class:`~kgraph.rdf.nquads.ArticleEvents` (written as text straight from its events, the
        same triples). Nodes that a replaced article alone mentioned are removed.
        """
        if self.kind == "memory":
            self._put_in_memory([item.graphs() if hasattr(item, "graphs") else item for item in items])
            return
        from kgraph.rdf.nquads import NQuadsWriter

        writer = NQuadsWriter()  # one per transaction: every node description goes with its articles
        new: dict[Key, list[Report]] = {}
        written, parts = [], []
        for item in items:
            iri, data = self._insert_data(item, writer, new)
            written.append(iri)
            parts += [f"DROP SILENT GRAPH <{iri}>", f"INSERT DATA {{ {data} }}"]
        replaced = [iri for iri in written if self.has_graph(iri)]
        corroboration = self._corroboration(new, replaced, written)
        if corroboration:
            parts.append(corroboration)
        if replaced:
            parts.append(COLLECT_ORPHANS)
        self._update(" ;\n".join(parts))
        self._written += len(items)
        if self.kind == "oxigraph" and self._written >= FLUSH_EVERY:
            # Oxigraph keeps recent writes in memory until flushed: without this, memory grows with the corpus
            self.dataset.store._inner.flush()
            self._written = 0

    @staticmethod
    def _insert_data(item, writer, new: dict[Key, list[Report]]) -> tuple[URIRef, str]:
        """An article's IRI and the body of the ``INSERT DATA`` that writes it; its statements go to ``new``."""
        if hasattr(item, "graphs"):
            lines, nodes, found = writer.article(item)
            for key, told in found.items():
                new.setdefault(key, []).extend(told)
            tail, shared = f" {item.iri.n3()} .\n", writer.nodes_graph
            triples = "".join(line[:-len(tail)] + " .\n" for line in lines)
            data = f"GRAPH <{item.iri}> {{\n{triples}\n}}"
            if nodes:
                data += f"\nGRAPH <{NODES_GRAPH}> {{\n{''.join(n[:-len(shared)] + ' .' + chr(10) for n in nodes)}\n}}"
            return item.iri, data
        graph, nodes = item
        graph_reports(graph, new)
        data = f"GRAPH <{graph.identifier}> {{\n{graph.serialize(format='nt')}\n}}"
        if nodes is not None and len(nodes):
            data += f"\nGRAPH <{NODES_GRAPH}> {{\n{nodes.serialize(format='nt')}\n}}"
        return graph.identifier, data

    def _put_in_memory(self, pairs: list[tuple[Graph, Graph | None]]) -> None:
        replaced = [graph.identifier for graph, _ in pairs if self.has_graph(graph.identifier)]
        new: dict[Key, list[Report]] = {}
        for graph, _ in pairs:
            graph_reports(graph, new)
        keys = set(new)
        for graph, nodes in pairs:
            old = self.dataset.graph(graph.identifier)
            keys |= set(graph_reports(old))
            self.dataset.remove_graph(old)
            target = self.dataset.graph(graph.identifier)
            for triple in graph:
                target.add(triple)
            shared = self.dataset.graph(NODES_GRAPH)
            for triple in nodes or ():
                shared.add(triple)
        refresh_dataset(self.dataset, keys)
        if replaced:
            self.dataset.update(COLLECT_ORPHANS)

    def bulk_load(self, items: Iterable, timings: dict[str, float] | None = None) -> int:
        """Write the first articles of an empty embedded store with Oxigraph's bulk loader into a new
        store that then replaces it (:mod:`kgraph.rdf.bulk`): all of them or, after a crash, none.
        Each article is an :class:`~kgraph.rdf.nquads.ArticleEvents` or a pair of graphs from
        :func:`article_graphs`. Returns the quads written.

        Other stores, and a store that already holds articles, get :meth:`put_articles` one
        article at a time instead. An article given twice is written again after the load.
        ``timings`` gets where the time went (see :func:`kgraph.rdf.bulk.load_beside`).
        """
        if self.kind != "oxigraph" or self.articles():
            return sum(self._put_item(item) for item in items)
        from kgraph.rdf import bulk

        path = Path(self.location)
        try:
            quads, later = bulk.load_beside(self.dataset.store._inner, path, items, timings)
        except (OSError, SyntaxError, ValueError) as exc:  # the store, or data Oxigraph refuses: left as it was
            raise StoreError("E303", path=self.location, reason=str(exc).splitlines()[0][:200]) from None
        self.close()
        bulk.swap_in(path)
        self.dataset = self._open_oxigraph(path, create=False)
        bind_prefixes(self.dataset)
        return quads + sum(self._put_item(item) for item in later)

    def _put_item(self, item) -> int:
        """Write one article given to :meth:`bulk_load` in a transaction of its own; returns its triples."""
        graph, nodes = item.graphs() if hasattr(item, "graphs") else item
        self.put_article(graph, nodes)
        return len(graph) + len(nodes or ())

    def delete_article(self, iri: URIRef) -> bool:
        """Remove an article's graph (its events, and nodes that appear in no other article); the
        occurrences it told lose it as a source, and go when no other article tells them."""
        if not self.has_article(iri):
            return False
        if self.kind == "memory":
            old = self.dataset.graph(iri)
            keys = set(graph_reports(old))
            self.dataset.remove_graph(old)
            refresh_dataset(self.dataset, keys)
            self.dataset.update(COLLECT_ORPHANS)
        else:
            parts = [f"DROP SILENT GRAPH <{iri}>", self._corroboration({}, [iri], [iri]), COLLECT_ORPHANS]
            self._update(" ;\n".join(p for p in parts if p))
        return True

    def _corroboration(self, new: dict[Key, list[Report]], replaced: list[URIRef], written: list[URIRef]) -> str:
        """The SPARQL update that brings the occurrences of the keys touched up to date: those of the
        statements ``new`` brings and of those the ``replaced`` graphs held, from every statement that
        remains outside the ``written`` graphs, plus ``new``. Read before the write, applied with it."""
        old: dict[Key, list[Report]] = {}  # what the replaced graphs said: their keys and days
        for graphs in chunks(sorted(replaced)):
            for row in self._select(keys_query(graphs)):
                old.setdefault((row.a, row.r, row.o, row.m), []).append(
                    Report(None if row.date is None else str(row.date), "", ""))
        keys = set(new) | set(old)
        if not keys:
            return ""
        found = {key: list(reports) for key, reports in new.items()}
        remaining: dict[Key, list[Report]] = {}
        for some in chunks(sorted(keys)):
            rows_to_reports(self._select(reports_query(some, exclude=written)), remaining)
        for key, reports in remaining.items():
            found.setdefault(key, []).extend(reports)
        # the occurrences of these keys as they are now stored came from the remaining and the replaced statements
        stale = occurrence_candidates(remaining) | occurrence_candidates(old)
        return replace_update(stale, occurrence_triples(found)) + " ;\n" + activity_update({key[0] for key in keys})

    def ensure_corroboration(self) -> bool:
        """Compute every occurrence when the store has statements but no corroboration graph (a store
        written before corroboration existed); returns whether it did."""
        if self.has_graph(CORROBORATION_GRAPH):
            self._ensure_activity()
            return False
        if self.kind == "memory":
            refresh_dataset(self.dataset)
            return self.has_graph(CORROBORATION_GRAPH)
        fresh = occurrence_triples(rows_to_reports(self._select(all_reports_query())))
        if not fresh:
            return False
        self._update(replace_update(None, fresh + activity_triples(fresh)))
        return True

    def _ensure_activity(self) -> None:
        """Count the occurrences of every actor when a store has occurrences but no counts (written before
        ``kg:occurrenceCount`` existed, which ``active-actors`` reads)."""
        graph = f"GRAPH <{CORROBORATION_GRAPH}>"
        count, occurrence = KG.occurrenceCount.n3(), KG.Occurrence.n3()
        if self.dataset.query(f"ASK {{ {graph} {{ ?a {count} ?n }} }}").askAnswer:
            return
        if not self.dataset.query(f"ASK {{ {graph} {{ ?o a {occurrence} }} }}").askAnswer:
            return
        if self.kind == "memory":
            refresh_activity(self.dataset)
        else:
            self._update(activity_update(None))

    def _select(self, query: str) -> list:
        try:
            return list(self.dataset.query(query))
        except OSError as exc:
            if self.kind == "sparql":
                from kgraph.sparql.run import endpoint_error

                raise endpoint_error(self.dataset, exc) from exc
            raise StoreError("E303", path=self.location, reason=str(exc).splitlines()[0][:200]) from None

    def ensure_ontology(self) -> None:
        """Keep the ontology as a named graph of the store, so queries can use its labels."""
        if not self.has_graph(ONTOLOGY_GRAPH):
            if self.kind == "memory":
                add_ontology(self.dataset)
            else:
                from kgraph.config import ontology_path
                ontology = Graph().parse(ontology_path(), format="turtle")
                self._update(f"INSERT DATA {{ GRAPH <{ONTOLOGY_GRAPH}> {{\n{ontology.serialize(format='nt')}\n}} }}")

    def _update(self, update: str) -> None:
        try:
            if self.kind == "oxigraph":
                self.dataset.store._inner.update(update)  # one transaction in Oxigraph
            else:
                self.dataset.store.update(update)
        except OSError as exc:
            if self.kind == "sparql":
                from kgraph.sparql.run import endpoint_error

                raise endpoint_error(self.dataset, exc) from exc
            raise StoreError("E303", path=self.location, reason=str(exc).splitlines()[0][:200]) from None

    # ---- reading -------------------------------------------------------------------------
    def has_graph(self, iri: URIRef) -> bool:
        return bool(self.dataset.query(f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}").askAnswer)

    def has_article(self, iri: URIRef) -> bool:
        return iri not in (NODES_GRAPH, ONTOLOGY_GRAPH, CORROBORATION_GRAPH) and self.has_graph(iri)

    def articles(self) -> list[tuple[str, dict[str, str | None]]]:
        """``(id, {"iri", "hash", "version", "model"})`` for every article stored, by id."""
        rows = []
        for row in self.dataset.query(_ARTICLES):
            rows.append((str(row.id), {"iri": str(row.g), "hash": _text(row.hash), "version": _text(row.version),
                                       "model": _text(row.model)}))
        return sorted(rows)

    def triple_count(self) -> int:
        result = self.dataset.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(result))[0])

    def graph_of(self, iri: URIRef) -> Graph:
        """A copy of one named graph."""
        graph = Graph(identifier=iri)
        for s, p, o in self.dataset.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"):
            graph.add((s, p, o))
        return graph

    def close(self) -> None:
        """Flush and release the store (for Oxigraph, its lock on the directory)."""
        if self.kind == "oxigraph" and getattr(self.dataset.store, "_store", None) is not None:
            import gc

            self.dataset.store._store.flush()
            self.dataset.close()
            gc.collect()  # the lock goes with the last reference to the underlying store

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _text(value) -> str | None:
    return None if value is None else str(value)


def open_store(location: str | Path | None = None, create: bool = True) -> GraphStore:
    """Open a store (memory, a directory, or an ``http(s)://`` SPARQL endpoint)."""
    return GraphStore(location, create=create)
