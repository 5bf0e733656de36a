"""Later ingests write in a thread beside extraction: in order, each article reported once committed,
and a failure on either side leaves exactly the reported articles stored."""

from __future__ import annotations

import pytest

from kgraph.api import IngestSummary, _write_beside
from kgraph.model import Article, Event
from kgraph.rdf.store import GraphStore


def pairs(count: int, fail_after: int | None = None):
    """``count`` articles of two events each, as extraction yields them; raises after ``fail_after``."""
    for i in range(count):
        if fail_after is not None and i == fail_after:
            raise RuntimeError("extraction failed")
        article = Article(id=f"w{i}", title="", text=f"Text {i}.", published="2024-01-27")
        yield article, [Event(doc=f"w{i}", actor="Kenya", actor_type="country", relation="meets_with",
                              object="Uganda", object_type="country", actor_id="country:KEN",
                              object_id="country:UGA", date="2024-01-27", evidence=f"Sentence {i}.",
                              start=0, end=10 + e) for e in range(2)]


@pytest.mark.parametrize("size", [1, 3])
def test_articles_are_written_in_order_and_reported_once_committed(tmp_path, size):
    seen: list[tuple[str, int, list[str]]] = []
    with GraphStore(tmp_path / "store") as store:
        store.ensure_ontology()

        def progress(article: Article, events: int) -> None:  # runs after the commit: the article is there
            seen.append((article.id, events, [doc for doc, _ in store.articles()]))

        summary = IngestSummary()
        _write_beside(store, pairs(7), size, summary, progress)
        assert [doc for doc, _ in store.articles()] == [f"w{i}" for i in range(7)]
    assert [s[0] for s in seen] == [f"w{i}" for i in range(7)]
    assert all(doc in stored for doc, _, stored in seen) and {s[1] for s in seen} == {2}
    assert summary.ingested == 7 and summary.events == 14


def test_an_extraction_failing_part_way_leaves_exactly_the_reported_articles(tmp_path):
    reported: list[str] = []
    with GraphStore(tmp_path / "store") as store:
        store.ensure_ontology()
        with pytest.raises(RuntimeError):
            _write_beside(store, pairs(10, fail_after=5), 1, IngestSummary(), lambda a, n: reported.append(a.id))
        assert [doc for doc, _ in store.articles()] == reported == [f"w{i}" for i in range(5)]


def test_a_failing_write_is_raised_and_nothing_after_it_is_written(tmp_path):
    bad = Event(doc="bad", actor="Kenya", actor_type="country", relation="no_such_relation", object="Uganda",
                object_type="country")

    def extracted():
        yield from pairs(3)
        yield Article(id="bad", title="", text="t"), [bad]  # its triples cannot be written
        yield from ((Article(id=f"x{i}", title="", text="t"), []) for i in range(3))

    reported: list[str] = []
    with GraphStore(tmp_path / "store") as store:
        store.ensure_ontology()
        with pytest.raises(KeyError):
            _write_beside(store, extracted(), 1, IngestSummary(), lambda a, n: reported.append(a.id))
        assert [doc for doc, _ in store.articles()] == reported == ["w0", "w1", "w2"]
