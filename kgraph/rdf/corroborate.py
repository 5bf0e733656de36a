"""Corroboration across articles: one occurrence per real event, however many articles tell it.

Each article's named graph keeps its own statements (``kg:Event``, ``kg:Fact``): what that article
says, with its evidence. The shared graph :data:`CORROBORATION_GRAPH` holds, for every real event,
one ``kg:Occurrence`` that links the statements telling it (``kg:report``), names every article as a
source (``prov:wasDerivedFrom``) and counts them (``kg:sourceCount``).

The rule, the same one ``ontology.ttl`` and the README state:

- statements are told of the same occurrence when they have the same actor, relation, object and
  modality, and their days fall in one window: every undated statement of that key is one
  occurrence; the dated ones are cut into windows of two days, the first starting on the earliest
  day, the next on the earliest day after the first window, and so on. Reports one day apart are one
  occurrence; a chain of daily reports (the 1st, 2nd and 3rd) makes two (1st-2nd, 3rd), never one
  that grows without end;
- an occurrence's IRI is a hash of the key and the first day of its window (``undated`` for the
  undated ones), so it depends on which statements exist, never on the order they came in;
- its ``kg:date`` is the day most of its statements give (the earliest among equals).

Whenever an article is added, replaced or removed, the occurrences of every key its statements
have are computed again from the statements that remain, in the same transaction as the article.

>>> reports = [Report("2024-01-28", "b", "s2"), Report("2024-01-27", "a", "s1"), Report(None, "c", "s3"),
...            Report("2024-01-29", "d", "s4")]
>>> [(anchor, [r.statement for r in group]) for anchor, group in windows(reports)]
[('2024-01-27', ['s1', 's2']), ('2024-01-29', ['s4']), ('undated', ['s3'])]
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kgraph.config import BASE_IRI
from kgraph.rdf.ontology import KG

__all__ = ["CORROBORATION_GRAPH", "Key", "Report", "windows", "occurrence_iri", "occurrence_triples", "occurrences",
           "graph_reports", "dataset_reports", "refresh_dataset", "keys_query", "reports_query",
           "all_reports_query", "rows_to_reports", "occurrence_candidates", "replace_update", "chunks", "CHUNK",
           "FACT_RELATIONS", "activity_triples", "activity_update", "refresh_activity"]

#: Name of the shared graph holding the occurrences (derived: computed again from the article graphs).
CORROBORATION_GRAPH = URIRef(f"{BASE_IRI}graph/corroboration")

#: What must agree for two statements to tell one occurrence: actor, relation, object and modality IRIs.
Key = tuple[URIRef, URIRef, URIRef, URIRef]

_STATEMENT_CLASSES = (KG.Event, KG.Fact)
_PREFIXES = "PREFIX kg: <https://w3id.org/kgraph/ontology#>\n"


@dataclass(frozen=True, order=True)
class Report:
    """One statement as corroboration sees it: its day (ISO, or ``None``), article and own IRI."""

    date: str | None
    article: str
    statement: str


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def windows(reports: Iterable[Report]) -> list[tuple[str, list[Report]]]:
    """The statements of one key cut into occurrences: ``(anchor, reports)`` with the anchor the first
    day of the window (or ``"undated"``), in anchor order, reports sorted. See the module docstring."""
    dated: list[tuple[dt.date, Report]] = []
    odd: dict[str, list[Report]] = {}
    undated: list[Report] = []
    for report in reports:
        day = _day(report.date) if report.date else None
        if report.date is None:
            undated.append(report)
        elif day is None:  # not a day: an occurrence of its own, never merged
            odd.setdefault(report.date, []).append(report)
        else:
            dated.append((day, report))
    dated.sort()
    groups: list[tuple[str, list[Report]]] = []
    start: dt.date | None = None
    for day, report in dated:
        if start is None or (day - start).days > 1:
            start = day
            groups.append((day.isoformat(), []))
        groups[-1][1].append(report)
    groups += [(value, sorted(found)) for value, found in sorted(odd.items())]
    if undated:
        groups.append(("undated", sorted(undated)))
    return [(anchor, sorted(found)) for anchor, found in groups]


def occurrence_iri(key: Key, anchor: str) -> URIRef:
    """IRI of the occurrence of ``key`` whose window starts on ``anchor`` (a day, or ``"undated"``).

    >>> k = (URIRef("a"), URIRef("r"), URIRef("o"), URIRef("m"))
    >>> occurrence_iri(k, "2024-01-27") == occurrence_iri(k, "2024-01-27") != occurrence_iri(k, "undated")
    True
    """
    digest = hashlib.sha256("\x1f".join((*map(str, key), anchor)).encode("utf-8")).hexdigest()[:20]
    return URIRef(f"{BASE_IRI}occurrence/{digest}")


def occurrence_triples(reports: Mapping[Key, Iterable[Report]]) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
    """The triples of the occurrence nodes of these keys (to go into :data:`CORROBORATION_GRAPH`)."""
    triples: list[tuple[URIRef, URIRef, URIRef | Literal]] = []
    add = triples.append
    a, occurrence, p_actor, p_relation, p_object = RDF.type, KG.Occurrence, KG.actor, KG.relation, KG.object
    p_modality, p_date, p_source, p_count, p_report = KG.modality, KG.date, PROV.wasDerivedFrom, KG.sourceCount, KG.report
    for key, found in reports.items():
        actor, relation, obj, modality = key
        for anchor, group in windows(found):
            node = occurrence_iri(key, anchor)
            add((node, a, occurrence))
            add((node, p_actor, actor))
            add((node, p_relation, relation))
            add((node, p_object, obj))
            add((node, p_modality, modality))
            days = Counter(r.date for r in group if r.date)
            if days:
                best = max(days.values())
                add((node, p_date, _date_literal(min(d for d, n in days.items() if n == best))))
            articles = sorted({r.article for r in group})
            for article in articles:
                add((node, p_source, URIRef(article)))
            add((node, p_count, _integer_literal(len(articles))))
            for statement in sorted({r.statement for r in group}):
                add((node, p_report, URIRef(statement)))
    return triples


@lru_cache(maxsize=100_000)
def _date_literal(day: str) -> Literal:
    return Literal(day, datatype=XSD.date)


@lru_cache(maxsize=10_000)
def _integer_literal(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def occurrences(reports: Mapping[Key, Iterable[Report]]) -> Graph:
    """The occurrence nodes of these keys as a graph named :data:`CORROBORATION_GRAPH`."""
    graph = Graph(identifier=CORROBORATION_GRAPH)
    for triple in occurrence_triples(reports):
        graph.add(triple)
    return graph


def _fact_relations() -> frozenset[URIRef]:
    from kgraph.rdf.ontology import relation_property
    from kgraph.vocabulary import RELATIONS

    return frozenset(relation_property(name) for name, relation in RELATIONS.items() if relation.kind == "fact")


#: The relation properties of standing facts (roles, memberships): their occurrences count as no activity.
FACT_RELATIONS = _fact_relations()


def activity_triples(triples: Iterable[tuple]) -> list[tuple[URIRef, URIRef, Literal]]:
    """``(actor, kg:occurrenceCount, n)`` for each actor of these occurrence triples (all of a store's,
    from :func:`occurrence_triples`): the occurrences of events, not facts, it is the actor of.

    >>> occ = [(URIRef("o1"), KG.actor, URIRef("a")), (URIRef("o1"), KG.relation, KG.meetsWith),
    ...        (URIRef("o2"), KG.actor, URIRef("a")), (URIRef("o2"), KG.relation, KG.holdsRole)]
    >>> [(str(a), int(n)) for a, _, n in activity_triples(occ)]
    [('a', 1)]
    """
    actors: dict[URIRef, URIRef] = {}
    facts: set[URIRef] = set()
    p_actor, p_relation, p_count = KG.actor, KG.relation, KG.occurrenceCount
    for s, p, o in triples:
        if p is p_actor or p == p_actor:
            actors[s] = o
        elif (p is p_relation or p == p_relation) and o in FACT_RELATIONS:
            facts.add(s)
    counts = Counter(actor for occ, actor in actors.items() if occ not in facts)
    return [(actor, p_count, _integer_literal(n)) for actor, n in sorted(counts.items())]


def refresh_activity(dataset: Dataset, actors: Iterable[URIRef] | None = None) -> None:
    """Count again, in an in-memory rdflib dataset, the occurrences of these actors (``None``: all)."""
    target = dataset.graph(CORROBORATION_GRAPH)
    wanted = set(target.subjects(KG.occurrenceCount, None)) if actors is None else set(actors)
    if actors is None:
        wanted |= set(target.objects(None, KG.actor))
    for actor in wanted:
        target.remove((actor, KG.occurrenceCount, None))
        count = sum(1 for occ in target.subjects(KG.actor, actor)
                    if target.value(occ, KG.relation) not in FACT_RELATIONS)
        if count:
            target.add((actor, KG.occurrenceCount, _integer_literal(count)))


def _add(found: dict[Key, list[Report]], key: Key, report: Report) -> None:
    found.setdefault(key, []).append(report)


def _statement(graph: Graph, node: URIRef, article: URIRef) -> tuple[Key, Report] | None:
    parts = tuple(graph.value(node, p) for p in (KG.actor, KG.relation, KG.object, KG.modality))
    if any(p is None for p in parts):
        return None
    date = graph.value(node, KG.date)
    return parts, Report(None if date is None else str(date), str(article), str(node))  # type: ignore[return-value]


def graph_reports(graph: Graph, found: dict[Key, list[Report]] | None = None) -> dict[Key, list[Report]]:
    """The statements of one article's graph (an rdflib ``Graph`` named by the article), by key."""
    found = {} if found is None else found
    for cls in _STATEMENT_CLASSES:
        for node in graph.subjects(RDF.type, cls):
            item = _statement(graph, node, graph.value(node, PROV.wasDerivedFrom) or graph.identifier)
            if item is not None:
                _add(found, *item)
    return found


def dataset_reports(dataset: Dataset, keys: Iterable[Key] | None = None) -> dict[Key, list[Report]]:
    """The statements of an in-memory rdflib dataset with these keys (``None``: every key), by key.

    Reads through rdflib's indexes (no SPARQL), from every article graph.
    """
    from kgraph.rdf.build import NODES_GRAPH, ONTOLOGY_GRAPH

    found: dict[Key, list[Report]] = {}
    if keys is None:
        for graph in dataset.graphs():
            if graph.identifier not in (NODES_GRAPH, ONTOLOGY_GRAPH, CORROBORATION_GRAPH):
                graph_reports(graph, found)
        return found
    wanted = set(keys)
    skip = {NODES_GRAPH, ONTOLOGY_GRAPH, CORROBORATION_GRAPH}
    for actor in {key[0] for key in wanted}:
        for node, _, _, context in dataset.quads((None, KG.actor, actor, None)):
            name = getattr(context, "identifier", context)
            if name in skip:
                continue
            graph = dataset.graph(name)
            if not any((node, RDF.type, cls) in graph for cls in _STATEMENT_CLASSES):
                continue
            item = _statement(graph, node, graph.value(node, PROV.wasDerivedFrom) or name)
            if item is not None and item[0] in wanted:
                _add(found, *item)
    return found


def refresh_dataset(dataset: Dataset, keys: Iterable[Key] | None = None) -> None:
    """Compute again, in an in-memory rdflib dataset, the occurrences of these keys (``None``: all)."""
    target = dataset.graph(CORROBORATION_GRAPH)
    if keys is None:
        target.remove((None, None, None))
        wanted = None
    else:
        wanted = set(keys)
        stale = set()
        for actor, relation, obj, modality in wanted:
            for node in target.subjects(KG.actor, actor):
                if (node, KG.relation, relation) in target and (node, KG.object, obj) in target \
                        and (node, KG.modality, modality) in target:
                    stale.add(node)
        for node in stale:
            target.remove((node, None, None))
    for triple in occurrence_triples(dataset_reports(dataset, wanted)):
        target.add(triple)
    refresh_activity(dataset, None if wanted is None else {key[0] for key in wanted})
    if len(target) == 0:
        dataset.remove_graph(target)


# ---- SPARQL, for stores that are not in this process's memory (Oxigraph, remote endpoints) -------------

def _values(keys: Iterable[Key]) -> str:
    return " ".join(f"({' '.join(term.n3() for term in key)})" for key in sorted(keys))


#: Most branches one query or update operation gets; more are split over several (a long UNION is slow to plan).
CHUNK = 100


def chunks(items: list, size: int = CHUNK) -> list[list]:
    """``items`` in runs of at most ``size``.

    >>> chunks([1, 2, 3], 2)
    [[1, 2], [3]]
    """
    return [items[i:i + size] for i in range(0, len(items), size)]


def _union(branches: Iterable[str]) -> str:
    return "\n  UNION ".join(f"{{ {b} }}" for b in branches)


def keys_query(graphs: Iterable[URIRef]) -> str:
    """SPARQL: the keys and days of the statements in these named graphs, as rows ``?a ?r ?o ?m ?date``.

    Each graph is a constant of its own branch, so the store reads that graph through its index.
    """
    branches = (f"GRAPH {URIRef(g).n3()} {{ ?s kg:actor ?a ; kg:relation ?r ; kg:object ?o ; kg:modality ?m . "
                f"OPTIONAL {{ ?s kg:date ?date }} }}" for g in sorted(graphs))
    return f"{_PREFIXES}SELECT DISTINCT ?a ?r ?o ?m ?date WHERE {{\n  {_union(branches)}\n}}"


def reports_query(keys: Iterable[Key], exclude: Iterable[URIRef] = ()) -> str:
    """SPARQL: the statements with these keys in every article graph but ``exclude`` (the graphs about to
    be replaced or dropped), as rows ``?s ?g ?date ?a ?r ?o ?m`` for :func:`rows_to_reports`.

    One branch per key with the key's IRIs as constants: the store finds each through its indexes
    (a ``VALUES`` table joined to the pattern is read as a scan of every statement by some engines).
    """
    skip = ", ".join(URIRef(g).n3() for g in sorted({CORROBORATION_GRAPH, *exclude}))
    branches = []
    for a, r, o, m in sorted(set(keys)):
        branches.append(f"GRAPH ?g {{ ?s kg:object {o.n3()} ; kg:actor {a.n3()} ; kg:relation {r.n3()} ; "
                        f"kg:modality {m.n3()} . OPTIONAL {{ ?s kg:date ?date }} }} "
                        f"BIND ({a.n3()} AS ?a) BIND ({r.n3()} AS ?r) BIND ({o.n3()} AS ?o) BIND ({m.n3()} AS ?m) "
                        f"FILTER (?g NOT IN ({skip}))")
    return f"{_PREFIXES}SELECT ?s ?g ?date ?a ?r ?o ?m WHERE {{\n  {_union(branches)}\n}}"


def all_reports_query() -> str:
    """SPARQL: every statement of every article graph, as rows for :func:`rows_to_reports`."""
    return (f"{_PREFIXES}SELECT ?s ?g ?date ?a ?r ?o ?m WHERE {{\n"
            f"  GRAPH ?g {{ ?s kg:actor ?a ; kg:relation ?r ; kg:object ?o ; kg:modality ?m ; a ?class .\n"
            f"    VALUES ?class {{ kg:Event kg:Fact }} OPTIONAL {{ ?s kg:date ?date }} }}\n"
            f"  FILTER (?g != {CORROBORATION_GRAPH.n3()}) }}")


def rows_to_reports(rows: Iterable, found: dict[Key, list[Report]] | None = None) -> dict[Key, list[Report]]:
    """Rows of :func:`reports_query` or :func:`all_reports_query`, by key."""
    found = {} if found is None else found
    for row in rows:
        key = (row.a, row.r, row.o, row.m)
        _add(found, key, Report(None if row.date is None else str(row.date), str(row.g), str(row.s)))
    return found


def occurrence_candidates(reports: Mapping[Key, Iterable[Report]]) -> set[URIRef]:
    """Every occurrence IRI these statements could have given rise to, whatever else was stored: one per
    key and day they give (a window starts on one of its days), and one per key for the undated."""
    found = set()
    for key, group in reports.items():
        for report in group:
            found.add(occurrence_iri(key, report.date or "undated"))
    return found


def activity_update(actors: Iterable[URIRef] | None) -> str:
    """SPARQL Update: count again the occurrences these actors are the actor of (``None``: every actor), after
    the occurrences were brought up to date in the same request (see :func:`activity_triples`).

    One branch per actor, its IRI a constant, so each is read through the index.
    """
    graph = CORROBORATION_GRAPH.n3()
    facts = ", ".join(r.n3() for r in sorted(FACT_RELATIONS))
    count, actor, relation = KG.occurrenceCount.n3(), KG.actor.n3(), KG.relation.n3()
    if actors is None:
        return (f"DELETE {{ GRAPH {graph} {{ ?a {count} ?n }} }} WHERE {{ GRAPH {graph} {{ ?a {count} ?n }} }} ;\n"
                f"INSERT {{ GRAPH {graph} {{ ?a {count} ?n }} }} WHERE {{ SELECT ?a (COUNT(DISTINCT ?occ) AS ?n) "
                f"WHERE {{ GRAPH {graph} {{ ?occ {actor} ?a ; {relation} ?r }} FILTER (?r NOT IN ({facts})) }} GROUP BY ?a }}")
    parts = []
    for chunk in chunks(sorted(set(actors))):
        old = _union(f"{a.n3()} {count} ?n BIND ({a.n3()} AS ?a)" for a in chunk)
        new = _union(f"GRAPH {graph} {{ ?occ {actor} {a.n3()} ; {relation} ?r }} BIND ({a.n3()} AS ?a)" for a in chunk)
        parts.append(f"DELETE {{ GRAPH {graph} {{ ?a {count} ?n }} }} WHERE {{ GRAPH {graph} {{\n  {old}\n}} }}")
        parts.append(f"INSERT {{ GRAPH {graph} {{ ?a {count} ?n }} }} WHERE {{ SELECT ?a (COUNT(DISTINCT ?occ) AS ?n) "
                     f"WHERE {{\n  {new}\n  FILTER (?r NOT IN ({facts})) }} GROUP BY ?a }}")
    return " ;\n".join(parts)


def replace_update(stale: Iterable[URIRef] | None, fresh: list[tuple[URIRef, URIRef, URIRef | Literal]]) -> str:
    """SPARQL Update: remove the occurrences ``stale`` (``None``: all of them) and insert the triples ``fresh``
    (from :func:`occurrence_triples`).

    ``stale`` may name occurrences that do not exist (see :func:`occurrence_candidates`).
    """
    graph = CORROBORATION_GRAPH.n3()
    parts = []
    if stale is None:
        parts.append(f"DROP SILENT GRAPH {graph}")
    elif stale:
        # one branch per occurrence, its IRI a constant: read through the index, not by a scan of the graph
        for chunk in chunks(sorted(stale)):
            branches = (f"{n.n3()} ?p ?v BIND ({n.n3()} AS ?n)" for n in chunk)
            parts.append(f"DELETE {{ GRAPH {graph} {{ ?n ?p ?v }} }} WHERE {{ GRAPH {graph} {{\n  {_union(branches)}\n}} }}")
    if fresh:
        lines = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in fresh)
        parts.append(f"INSERT DATA {{ GRAPH {graph} {{\n{lines}\n}} }}")
    return " ;\n".join(parts)
