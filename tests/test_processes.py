"""``--processes N``: the whole extraction in N processes gives what one process gives, in input order;
and a first load that fails part way leaves the store as it was."""

from __future__ import annotations

import pytest

import kgraph
import kgraph.nlp.extract
from kgraph.distributed import extract_in_processes
from kgraph.model import Article
from kgraph.rdf.store import GraphStore

from test_store import corpus, union


def _articles() -> list[Article]:
    texts = ["Kenya and Uganda signed a trade pact on Monday.",
             "Lithuanian Foreign Minister Gabrielius Landsbergis arrived in Kyiv on January 25.",
             "Das ist kein englischer Text, sondern ein deutscher Satz ohne Ereignisse.",
             "France criticized Russia over the strikes, the ministry said."]
    return [Article(id=f"a{i}", title="", text=texts[i % len(texts)], published="2024-01-27") for i in range(9)]


def test_processes_give_the_events_of_one_process_in_input_order():
    articles = _articles()
    one = [(a.id, events) for a, events in kgraph.nlp.extract.extract_by_article(articles)]
    two = [(a.id, events) for a, events in extract_in_processes(articles, processes=2, batch_size=2, in_flight=2)]
    assert two == one
    assert [doc for doc, _ in two] == [a.id for a in articles] and sum(len(e) for _, e in one) > 9


def test_no_articles_start_no_processes():
    assert list(extract_in_processes([], processes=2)) == []


def test_ingest_with_processes_stores_what_one_process_stores(tmp_path):
    source = corpus(tmp_path / "c.jsonl", 5)
    graphs = []
    for processes in (1, 2):
        with GraphStore(tmp_path / f"store{processes}") as store:
            summary = kgraph.ingest([source], store, n_process=processes)
            graphs.append({t for t in union(store) if "generatedAtTime" not in str(t[1])})
    assert graphs[0] == graphs[1] and summary.ingested == 5


def test_a_first_load_that_fails_part_way_leaves_the_store_as_it_was(tmp_path):
    from kgraph.rdf.nquads import ArticleEvents

    events = list(kgraph.extract(_articles()[:2]))

    def items():
        yield ArticleEvents("a0", [e for e in events if e.doc == "a0"])
        raise RuntimeError("extraction broke")

    location = tmp_path / "store"
    with GraphStore(location) as store:
        store.ensure_ontology()
        with pytest.raises(RuntimeError, match="extraction broke"):
            store.bulk_load(items())
        assert store.articles() == [] and not (tmp_path / "store.loading").exists()
        assert store.bulk_load([ArticleEvents("a1", [e for e in events if e.doc == "a1"])]) > 10
        assert [doc for doc, _ in store.articles()] == ["a1"]
