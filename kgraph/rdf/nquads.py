"""An article's events written straight as N-Quads lines, the triples :func:`~kgraph.rdf.build.article_graphs`
builds, without an rdflib graph in between (for the bulk loader, :mod:`kgraph.rdf.bulk`).

Building rdflib graphs took half of a first load: every triple became three term objects, hashed
into the graph's indexes, and each term was turned back into text. Here each event's triples are
formatted once as text, with the text of the terms that repeat (actors, days, relations, dates)
made once per load; the few triples describing the article itself still go through rdflib.
``tests/test_nquads.py`` checks that the two give the same quads.

>>> from kgraph.model import Event
>>> ev = Event(doc="d1", actor="Lithuania", actor_type="country", relation="visits", object="Kyiv",
...            object_type="place", actor_id="country:LTU", object_id="place:kyiv", date="2024-01-25")
>>> lines, nodes, reports = NQuadsWriter().article(ArticleEvents("d1", [ev]))
>>> sum(1 for line in lines if "#visits>" in line), len(reports)
(2, 1)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS, TIME

from kgraph.model import Article, Event
from kgraph.rdf.corroborate import Key, Report
from kgraph.rdf.ontology import KG, relation_property
from kgraph.rdf.uris import actor_iri, article_iri, event_iri, time_iri
from kgraph.vocabulary import RELATIONS

__all__ = ["ArticleEvents", "NQuadsWriter", "literal"]

#: Most node descriptions remembered as written; past it the memory is cleared (a line written twice
#: is stored once: the loader keeps each quad once).
NODES_REMEMBERED = 2_000_000


@dataclass
class ArticleEvents:
    """One article's events, as a first ingest hands them to the store (``ingested``: an ISO timestamp)."""

    doc: str
    events: list[Event]
    article: Article | None = None
    ingested: str | None = None
    iri: URIRef = field(init=False)

    def __post_init__(self) -> None:
        self.iri = article_iri(self.doc)

    def graphs(self) -> tuple[Graph, Graph]:
        """The same triples as rdflib graphs (:func:`~kgraph.rdf.build.article_graphs`)."""
        from kgraph.rdf.build import article_graphs

        return article_graphs(self.doc, self.events, self.article, ingested=self.ingested)


def literal(text: str) -> str:
    """A plain literal as N-Triples writes it.

    >>> print(literal('say "hi"\\n'))
    "say \\"hi\\"\\n"
    """
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _cached(make: Callable[[str], str]) -> Callable[[str], str]:
    memory: dict = {}

    def get(key):
        text = memory.get(key)
        if text is None:
            if len(memory) > 200_000:
                memory.clear()
            text = memory[key] = make(key)
        return text
    return get


_TYPE, _LABEL, _ALT = RDF.type.n3(), RDFS.label.n3(), SKOS.altLabel.n3()
_ACTOR, _OBJECT, _RELATION, _MODALITY = KG.actor.n3(), KG.object.n3(), KG.relation.n3(), KG.modality.n3()
_DERIVED, _CONFIDENCE, _DATE, _TIME = PROV.wasDerivedFrom.n3(), KG.confidence.n3(), KG.date.n3(), KG.time.n3()
_MODALITY_IRI = {"asserted": KG.Asserted, "planned": KG.Planned, "negated": KG.Negated, "hoped": KG.Hoped}
_MODALITY_TEXT = {name: iri.n3() for name, iri in _MODALITY_IRI.items()}
_IDENTIFIER, _ISO, _CODE, _ROLE_TITLE, _ROLE_OF = (KG.identifier.n3(), KG.isoCode.n3(), KG.code.n3(), KG.roleTitle.n3(),
                                                   KG.roleOf.n3())
_LOCATION, _CAMEO, _PLOVER, _EVIDENCE = KG.location.n3(), KG.cameoRoot.n3(), KG.ploverCategory.n3(), KG.evidence.n3()
_START, _END, _SECTION = KG.evidenceStart.n3(), KG.evidenceEnd.n3(), KG.evidenceSection.n3()
_EVENT, _FACT, _INSTANT, _IN_DATE = KG.Event.n3(), KG.Fact.n3(), TIME.Instant.n3(), TIME.inXSDDate.n3()
_INTEGER = XSD.integer.n3()


class NQuadsWriter:
    """Turns :class:`ArticleEvents` into N-Quads lines; remembers the node descriptions it wrote."""

    def __init__(self) -> None:
        from kgraph.rdf.build import ACTOR_CLASSES, NODES_GRAPH

        self.nodes_graph = f" {NODES_GRAPH.n3()} .\n"
        self.written: set[str] = set()
        self._classes = {kind: cls.n3() for kind, cls in ACTOR_CLASSES.items()}
        self.iri = _cached(lambda ident: actor_iri(ident).n3())
        self.day = _cached(lambda date: time_iri(date).n3())
        self.date = _cached(lambda date: Literal(date, datatype=XSD.date).n3())
        self.date_text = _cached(lambda date: str(Literal(date, datatype=XSD.date)))
        self.confidence = _cached(lambda value: Literal(Decimal(str(value)), datatype=XSD.decimal).n3())
        self.relation = _cached(lambda name: relation_property(name).n3())

    def _node(self, out: list[str], subject: str, predicate: str, obj: str) -> None:
        line = f"{subject} {predicate} {obj}{self.nodes_graph}"
        if line not in self.written:
            if len(self.written) > NODES_REMEMBERED:
                self.written.clear()
            self.written.add(line)
            out.append(line)

    def _describe(self, out: list[str], identifier: str, name: str, node_type: str) -> str:
        node = self.iri(identifier)
        self._node(out, node, _TYPE, self._classes.get(node_type, self._classes["topic"]))
        self._node(out, node, _LABEL, literal(name))
        self._node(out, node, _IDENTIFIER, literal(identifier))
        kind, _, code = identifier.partition(":")
        if kind == "country":
            self._node(out, node, _ISO, literal(code))
        elif kind == "user":
            self._node(out, node, _CODE, literal(code))
        return node

    def article(self, item: ArticleEvents) -> tuple[list[str], list[str], dict[Key, list[Report]]]:
        """The lines of the article's graph, the new lines of the nodes graph, and its statements by key
        (for corroboration, as :func:`~kgraph.rdf.corroborate.graph_reports` reads them)."""
        from kgraph.rdf.build import _describe_article

        head = Graph()
        _describe_article(head, item.article, item.doc, item.iri)
        head.add((item.iri, KG.eventCount, Literal(len(item.events), datatype=XSD.integer)))
        if item.ingested:
            head.add((item.iri, PROV.generatedAtTime, Literal(item.ingested, datatype=XSD.dateTime)))
        graph = f" {item.iri.n3()} .\n"
        lines = [f"{s.n3()} {p.n3()} {o.n3()}{graph}" for s, p, o in head]
        nodes: list[str] = []
        reports: dict[Key, list[Report]] = {}
        seen: set[str] = set()
        for event in item.events:
            self._event(event, item.iri, graph, lines, nodes, reports, seen)
        return list(dict.fromkeys(lines)), nodes, reports

    def _event(self, event: Event, article: URIRef, graph: str, lines: list[str], nodes: list[str],
               reports: dict[Key, list[Report]], seen: set[str]) -> None:
        from kgraph.rdf.build import _node_id

        relation = RELATIONS[event.relation]
        actor_id = _node_id(event.actor, event.actor_id, event.actor_type)
        object_id = _node_id(event.object, event.object_id, event.object_type)
        actor = self._describe(nodes, actor_id, event.actor, event.actor_type)
        obj = self._describe(nodes, object_id, event.object, event.object_type)
        for node, key in ((actor, "actor_forms"), (obj, "object_forms")):
            for form in event.extra.get(key, ()):
                self._node(nodes, node, _ALT, literal(form))
        if event.object_type == "role":
            self._node(nodes, obj, _ROLE_TITLE, literal(event.extra.get("role") or event.object))
            affiliation = event.extra.get("affiliation_id")
            if affiliation:
                kind = "organisation" if affiliation.startswith("org:") else "country"
                place = self._describe(nodes, affiliation, event.extra.get("affiliation") or affiliation, kind)
                self._node(nodes, obj, _ROLE_OF, place)
        node_iri = event_iri(event.doc, actor_id, event.relation, object_id, event.date, event.modality, event.start)
        node = f"<{node_iri}>"
        prop, modality = self.relation(event.relation), _MODALITY_IRI[event.modality]
        add = lines.append
        add(f"{node} {_TYPE} {_FACT if relation.kind == 'fact' else _EVENT}{graph}")
        add(f"{node} {_ACTOR} {actor}{graph}")
        add(f"{node} {_OBJECT} {obj}{graph}")
        add(f"{node} {_RELATION} {prop}{graph}")
        add(f"{node} {_MODALITY} {_MODALITY_TEXT[event.modality]}{graph}")
        add(f"{node} {_DERIVED} <{article}>{graph}")
        add(f"{node} {_CONFIDENCE} {self.confidence(event.confidence)}{graph}")
        if event.date:
            day = self.day(event.date)
            add(f"{node} {_DATE} {self.date(event.date)}{graph}")
            add(f"{node} {_TIME} {day}{graph}")
            self._node(nodes, day, _TYPE, _INSTANT)
            self._node(nodes, day, _IN_DATE, self.date(event.date))
        self._details(event, node, graph, lines, nodes, relation)
        if event.modality != "negated":  # a direct edge states the relation; a negated event must not
            add(f"{actor} {prop} {obj}{graph}")
        if node not in seen:  # the same statement twice in one article: one node, as in a graph, one report
            seen.add(node)
            key = (URIRef(actor[1:-1]), URIRef(prop[1:-1]), URIRef(obj[1:-1]), modality)
            date = self.date_text(event.date) if event.date else None
            reports.setdefault(key, []).append(Report(date, str(article), str(node_iri)))

    def _details(self, event: Event, node: str, graph: str, lines: list[str], nodes: list[str], relation) -> None:
        add = lines.append
        if event.location:
            from kgraph.rdf.build import _node_id

            place = self._describe(nodes, _node_id(event.location, None, "place"), event.location, "place")
            add(f"{node} {_LOCATION} {place}{graph}")
        if relation.cameo:
            add(f"{node} {_CAMEO} {literal(relation.cameo)}{graph}")
        if relation.plover:
            add(f"{node} {_PLOVER} {literal(relation.plover)}{graph}")
        if event.evidence:
            add(f"{node} {_EVIDENCE} {literal(event.evidence)}{graph}")
        if event.start is not None:
            add(f'{node} {_START} "{event.start}"^^{_INTEGER}{graph}')
            add(f'{node} {_END} "{event.end}"^^{_INTEGER}{graph}')
            add(f"{node} {_SECTION} {literal(event.section)}{graph}")
