"""Events to RDF: one named graph per article, an event node per event, and a direct edge.

This module never imports spaCy: it reads :class:`~kgraph.model.Event` records only.

>>> from kgraph.model import Event
>>> ev = Event(doc="d1", actor="Lithuania", actor_type="country", relation="cooperates_on",
...            object="drone production", object_type="topic", actor_id="country:LTU",
...            object_id="topic:drone-production", cameo="05", plover="COOPERATE")
>>> ds = build_graph([ev])
>>> (actor_iri("country:LTU"), KG.cooperatesOn, actor_iri("topic:drone-production")) in ds.graph(article_iri("d1"))
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS, TIME

from kgraph import __version__
from kgraph.config import MODEL_NAME, ontology_path
from kgraph.model import Article, Event
from kgraph.rdf.ontology import KG, relation_property
from kgraph.rdf.uris import actor_iri, article_iri, event_iri, time_iri
from kgraph.vocabulary import RELATIONS

__all__ = ["build_graph", "add_article", "article_graphs", "content_hash", "add_ontology", "NODES_GRAPH", "bind_prefixes", "ACTOR_CLASSES", "ONTOLOGY_GRAPH"]

#: Name of the graph that holds the ontology inside every built dataset, so queries can use its labels.
ONTOLOGY_GRAPH = URIRef("https://w3id.org/kgraph/ontology")
#: Name of the graph that describes shared nodes (actors, places, topics, roles, days) once for all
#: articles: a node's label is stated once, however many articles mention it.
NODES_GRAPH = URIRef("https://w3id.org/kgraph/id/graph/nodes")

ACTOR_CLASSES = {
    "country": KG.Country, "organisation": KG.Organisation, "person": KG.Person, "group": KG.Group,
    "place": KG.Place, "topic": KG.Topic, "role": KG.Role,
}
MODALITY = {"asserted": KG.Asserted, "planned": KG.Planned, "negated": KG.Negated, "hoped": KG.Hoped}
ID = Namespace("https://w3id.org/kgraph/id/")


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the prefixes used in output files and queries."""
    for prefix, ns in (("kg", KG._NS), ("id", ID), ("prov", PROV), ("skos", SKOS), ("dcterms", DCTERMS),
                       ("time", TIME), ("xsd", XSD), ("rdfs", RDFS)):
        graph.bind(prefix, ns)
    return graph


def _node_id(name: str, identifier: str | None, node_type: str) -> str:
    if identifier:
        return identifier
    from kgraph.rdf.uris import safe_segment
    return f"{node_type}:{safe_segment(name.lower())}"


def _describe_node(graph: Graph, identifier: str, name: str, node_type: str) -> URIRef:
    node = actor_iri(identifier)
    graph.add((node, RDF.type, ACTOR_CLASSES.get(node_type, KG.Topic)))
    graph.add((node, RDFS.label, Literal(name)))
    graph.add((node, KG.identifier, Literal(identifier)))
    kind, _, code = identifier.partition(":")
    if kind == "country":
        graph.add((node, KG.isoCode, Literal(code)))
    elif kind == "user":
        graph.add((node, KG.code, Literal(code)))
    return node


def _add_event(graph: Graph, nodes: Graph, event: Event, article: URIRef) -> URIRef:
    relation = RELATIONS[event.relation]
    actor_id = _node_id(event.actor, event.actor_id, event.actor_type)
    object_id = _node_id(event.object, event.object_id, event.object_type)
    actor = _describe_node(nodes, actor_id, event.actor, event.actor_type)
    obj = _describe_node(nodes, object_id, event.object, event.object_type)
    for node, key in ((actor, "actor_forms"), (obj, "object_forms")):
        for form in event.extra.get(key, ()):
            nodes.add((node, SKOS.altLabel, Literal(form)))
    if event.object_type == "role":
        nodes.add((obj, KG.roleTitle, Literal(event.extra.get("role") or event.object)))
        affiliation = event.extra.get("affiliation_id")
        if affiliation:
            nodes.add((obj, KG.roleOf, _describe_node(nodes, affiliation, event.extra.get("affiliation") or affiliation,
                                                      "organisation" if affiliation.startswith("org:") else "country")))
    node = event_iri(event.doc, actor_id, event.relation, object_id, event.date, event.modality, event.start)
    graph.add((node, RDF.type, KG.Fact if relation.kind == "fact" else KG.Event))
    graph.add((node, KG.actor, actor))
    graph.add((node, KG.object, obj))
    graph.add((node, KG.relation, relation_property(event.relation)))
    graph.add((node, KG.modality, MODALITY[event.modality]))
    graph.add((node, PROV.wasDerivedFrom, article))
    graph.add((node, KG.confidence, Literal(Decimal(str(event.confidence)), datatype=XSD.decimal)))
    if event.date:
        graph.add((node, KG.date, Literal(event.date, datatype=XSD.date)))
        day = time_iri(event.date)
        graph.add((node, KG.time, day))
        nodes.add((day, RDF.type, TIME.Instant))
        nodes.add((day, TIME.inXSDDate, Literal(event.date, datatype=XSD.date)))
    if event.location:
        place = _describe_node(nodes, _node_id(event.location, None, "place"), event.location, "place")
        graph.add((node, KG.location, place))
    if relation.cameo:
        graph.add((node, KG.cameoRoot, Literal(relation.cameo)))
    if relation.plover:
        graph.add((node, KG.ploverCategory, Literal(relation.plover)))
    if event.evidence:
        graph.add((node, KG.evidence, Literal(event.evidence)))
    if event.start is not None:
        graph.add((node, KG.evidenceStart, Literal(event.start, datatype=XSD.integer)))
        graph.add((node, KG.evidenceEnd, Literal(event.end, datatype=XSD.integer)))
        graph.add((node, KG.evidenceSection, Literal(event.section)))
    if event.modality != "negated":  # a direct edge states the relation; a negated event must not
        graph.add((actor, relation_property(event.relation), obj))
    return node


def content_hash(article: Article) -> str:
    """A digest of what an article says and where it is from: unchanged articles are not ingested again.

    >>> len(content_hash(Article(id="a", text="x")))
    64
    """
    parts = (article.title, article.text, article.published or "", article.url or "", article.source or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _describe_article(graph: Graph, article: Article | None, doc: str, node: URIRef) -> None:
    graph.add((node, RDF.type, KG.Article))
    graph.add((node, KG.identifier, Literal(doc)))
    graph.add((node, KG.kgraphVersion, Literal(__version__)))
    graph.add((node, KG.model, Literal(MODEL_NAME)))
    if article is None:
        return
    graph.add((node, KG.contentHash, Literal(content_hash(article))))
    if article.title:
        graph.add((node, DCTERMS.title, Literal(article.title)))
    if article.published:
        graph.add((node, DCTERMS.issued, Literal(article.published, datatype=XSD.date)))
    if article.url:
        graph.add((node, PROV.hadPrimarySource, URIRef(article.url) if "://" in article.url else Literal(article.url)))
    if article.source:
        graph.add((node, KG.source, Literal(article.source)))


def article_graphs(doc: str, events: Iterable[Event], article: Article | None = None,
                   ingested: str | None = None) -> tuple[Graph, Graph]:
    """The named graph of one article (its provenance, events and direct edges), and the
    descriptions of the nodes it touches (to merge into :data:`NODES_GRAPH`).

    ``ingested`` (an ISO timestamp) is recorded as ``prov:generatedAtTime`` when given.
    """
    node = article_iri(doc)
    graph = Graph(identifier=node)
    nodes = Graph(identifier=NODES_GRAPH)
    _describe_article(graph, article, doc, node)
    count = 0
    for event in events:
        _add_event(graph, nodes, event, node)
        count += 1
    graph.add((node, KG.eventCount, Literal(count, datatype=XSD.integer)))
    if ingested:
        graph.add((node, PROV.generatedAtTime, Literal(ingested, datatype=XSD.dateTime)))
    return graph, nodes


#: Removes node descriptions no article refers to any more (after a delete or a replacement).
COLLECT_ORPHANS = f"""DELETE {{ GRAPH <{NODES_GRAPH}> {{ ?n ?p ?o }} }}
WHERE {{
  GRAPH <{NODES_GRAPH}> {{ ?n ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?q ?n }} FILTER (?g != <{NODES_GRAPH}>) }}
  FILTER NOT EXISTS {{ GRAPH <{NODES_GRAPH}> {{ ?role <{KG.roleOf}> ?n }} }}
}}"""
# twice: the second pass takes the countries of roles that the first pass removed
COLLECT_ORPHANS = f"{COLLECT_ORPHANS} ;\n{COLLECT_ORPHANS}"


def add_article(dataset: Dataset, doc: str, events: Iterable[Event], article: Article | None = None,
                corroborate: bool = True) -> URIRef:
    """Replace the named graph of one article in an in-memory dataset; returns the graph's IRI.

    With ``corroborate`` the occurrences of the keys the article had and has are computed again
    (:mod:`kgraph.rdf.corroborate`); :func:`build_graph` computes them all once instead.
    """
    from kgraph.rdf.corroborate import graph_reports, refresh_dataset

    graph, nodes = article_graphs(doc, events, article)
    old = dataset.graph(graph.identifier)
    existed = len(old) > 0
    keys = set(graph_reports(old)) | set(graph_reports(graph)) if corroborate else set()
    dataset.remove_graph(old)
    target, shared = dataset.graph(graph.identifier), dataset.graph(NODES_GRAPH)
    for triple in graph:
        target.add(triple)
    for triple in nodes:
        shared.add(triple)
    if keys:
        refresh_dataset(dataset, keys)
    if existed:
        dataset.update(COLLECT_ORPHANS)
    return graph.identifier


def add_ontology(dataset: Dataset) -> None:
    """Load ``ontology.ttl`` into its own named graph of the dataset (once)."""
    graph = dataset.graph(ONTOLOGY_GRAPH)
    if len(graph) == 0:
        graph.parse(ontology_path(), format="turtle")


def build_graph(events: Iterable[Event], articles: Iterable[Article] = (), dataset: Dataset | None = None) -> Dataset:
    """Build (or extend) an RDF dataset: one named graph per article holding its events, and the
    graph of occurrences that corroborates them across articles (:mod:`kgraph.rdf.corroborate`).

    Articles without events still get their provenance recorded.
    """
    from kgraph.rdf.corroborate import refresh_dataset

    dataset = dataset if dataset is not None else Dataset(default_union=True)
    bind_prefixes(dataset)
    add_ontology(dataset)
    by_doc: dict[str, list[Event]] = {}
    for event in events:
        by_doc.setdefault(event.doc, []).append(event)
    known = {a.id: a for a in articles}
    for doc in list(known) + [d for d in by_doc if d not in known]:
        add_article(dataset, doc, by_doc.get(doc, []), known.get(doc), corroborate=False)
    refresh_dataset(dataset)
    return dataset


def today() -> str:
    return dt.date.today().isoformat()
