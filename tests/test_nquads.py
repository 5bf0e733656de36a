"""The N-Quads a first load writes straight from events are the quads of the rdflib graphs built from
them (:func:`kgraph.rdf.build.article_graphs`), and the statements corroboration reads are the same."""

from __future__ import annotations

from rdflib import Dataset

from kgraph.model import Article, Event
from kgraph.rdf.build import NODES_GRAPH, article_graphs
from kgraph.rdf.corroborate import graph_reports
from kgraph.rdf.nquads import ArticleEvents, NQuadsWriter


def _varied(doc: str) -> list[Event]:
    base = dict(doc=doc, actor="Ann \"the\" Able", actor_type="person", actor_id="person:a", modality="asserted",
                confidence=0.75, evidence="Line one\nand a \\ backslash, «quotes».", start=3, end=40)
    return [
        Event(relation="meets_with", object="Cland", object_type="country", object_id="country:CCC",
              date="2024-01-27", location="Vilnius", extra={"actor_forms": ["Ms Able"], "object_forms": ["Clandish"]},
              **base),
        Event(relation="meets_with", object="Cland", object_type="country", object_id="country:CCC",
              date="2024-01-27", location="Riga", **{**base, "confidence": 1.0}),  # the same statement again
        Event(relation="sanctions", object="Dland", object_type="country", object_id="country:DDD", date=None,
              **{**base, "modality": "negated", "start": None, "end": None, "evidence": ""}),
        Event(relation="holds_role", object="Foreign Minister of Cland", object_type="role", object_id="role:fm-ccc",
              extra={"role": "Foreign Minister", "affiliation_id": "country:CCC", "affiliation": "Cland"}, **base),
        Event(relation="member_of", object="The Union", object_type="organisation", object_id=None,
              **{**base, "actor_id": "user:X1", "actor_type": "country", "modality": "planned", "confidence": 0.5}),
        Event(relation="cooperates_on", object="drone production", object_type="topic", object_id=None,
              date="2024-02-29", **{**base, "modality": "hoped", "section": "title"}),
    ]


def _quads(lines: list[str]) -> set:
    dataset = Dataset()
    dataset.parse(data="".join(lines), format="nquads")
    return {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in dataset.quads()}


def test_the_lines_are_the_quads_of_the_graphs():
    article = Article(id="d/1 x", title="A title", text="Text.", published="2024-01-28",
                      url="https://example.org/a?b=1", source="Wire")
    item = ArticleEvents("d/1 x", _varied("d/1 x"), article, ingested="2024-03-01T10:00:00+00:00")
    lines, nodes, reports = NQuadsWriter().article(item)
    graph, node_graph = article_graphs("d/1 x", item.events, article, ingested=item.ingested)
    expected = {(s, p, o, graph.identifier) for s, p, o in graph} | {(s, p, o, NODES_GRAPH) for s, p, o in node_graph}
    assert _quads(lines + nodes) == expected and len(expected) > 60
    assert {k: sorted(v) for k, v in reports.items()} == {k: sorted(v) for k, v in graph_reports(graph).items()}


def test_node_descriptions_are_written_once_per_load():
    writer = NQuadsWriter()
    _, first, _ = writer.article(ArticleEvents("a", _varied("a")))
    lines, again, _ = writer.article(ArticleEvents("b", _varied("b")))
    assert first and again == [] and len(lines) > 20
