"""A first load handed to Oxigraph's loader in runs (bounded memory): the same quads as in one run,
and a failure in any run leaves the old store as it was, without waiting forever on a pipe."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kgraph.errors import StoreError
from kgraph.model import Event
from kgraph.rdf import bulk
from kgraph.rdf.nquads import ArticleEvents
from kgraph.rdf.store import GraphStore


def articles(count: int, events: int = 10) -> list[ArticleEvents]:
    """``count`` articles of ``events`` events among a few actors, dated over a month."""
    out = []
    for a in range(count):
        out.append(ArticleEvents(f"doc{a}", [
            Event(doc=f"doc{a}", actor=f"Country {(a + e) % 7}", actor_type="country", relation="meets_with",
                  object=f"Person {(a * e) % 11}", object_type="person", actor_id=f"country:C{(a + e) % 7}",
                  object_id=f"person:p{(a * e) % 11}", date=f"2024-01-{1 + (a + e) % 28:02d}",
                  evidence=f"Sentence {e} of article {a}.", start=e * 40, end=e * 40 + 30)
            for e in range(events)]))
    return out


def quads(location: Path) -> set[tuple[str, str, str, str]]:
    import pyoxigraph as ox

    store = ox.Store.read_only(str(location))
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store}


def load_in_thread(location: Path, items) -> list[BaseException]:
    """Bulk load ``items`` into a new store at ``location``; what it raised. Fails the test if the load
    has not returned within a minute (a writer left waiting on a pipe nobody reads)."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            with GraphStore(location) as store:
                store.ensure_ontology()
                store.bulk_load(items)
        except BaseException as exc:  # noqa: BLE001 (what the test looks at)
            cause = exc
            while cause is not None:  # the frames of the exception and of its context hold the store open
                cause = cause.with_traceback(None).__context__
            raised.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "the load did not return"
    return raised


def test_a_load_in_many_runs_stores_what_one_run_stores(tmp_path, monkeypatch):
    corpus = articles(40)
    assert load_in_thread(tmp_path / "one", corpus) == []
    monkeypatch.setattr(bulk, "LOAD_CHUNK", 300)  # every article's quads cut into runs across articles
    assert load_in_thread(tmp_path / "runs", corpus) == []
    one, runs = quads(tmp_path / "one"), quads(tmp_path / "runs")
    assert one == runs and len(one) > 40 * 10 * 15
    with GraphStore(tmp_path / "runs") as store:
        assert len(store.articles()) == 40


def test_a_refused_quad_in_a_later_run_leaves_the_old_store_as_it_was(tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "LOAD_CHUNK", 300)
    graph = Graph(identifier=URIRef("https://w3id.org/kgraph/id/article/bad"))
    graph.add((URIRef("not-absolute"), URIRef("https://example.org/p"), Literal("x")))  # rdflib writes it, Oxigraph refuses it
    raised = load_in_thread(tmp_path / "store", articles(20) + [(graph, None)] + articles(20, events=3))
    assert len(raised) == 1 and isinstance(raised[0], StoreError)
    assert not (tmp_path / "store.loading").exists()
    with GraphStore(tmp_path / "store") as store:
        assert store.articles() == [] and store.triple_count() > 0  # the ontology, as before the load


def test_an_extraction_failing_in_a_later_run_leaves_the_old_store_as_it_was(tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "LOAD_CHUNK", 300)

    def failing():
        yield from articles(20)
        raise RuntimeError("extraction failed")

    raised = load_in_thread(tmp_path / "store", failing())
    assert len(raised) == 1 and isinstance(raised[0], RuntimeError)
    assert not (tmp_path / "store.loading").exists()
    with GraphStore(tmp_path / "store") as store:
        assert store.articles() == []


@pytest.mark.parametrize("chunk", [1, 7])
def test_runs_of_a_few_lines_load_every_quad(tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(bulk, "LOAD_CHUNK", chunk)
    assert load_in_thread(tmp_path / "store", articles(3, events=2)) == []
    with GraphStore(tmp_path / "store") as store:
        assert [doc for doc, _ in store.articles()] == ["doc0", "doc1", "doc2"]


def test_a_first_ingest_in_runs_with_forked_extraction_processes_completes(tmp_path, monkeypatch):
    """Extraction processes forked while the load runs must not hold a run open (with a pipe per run,
    they inherited its write end and the loader waited for its end forever)."""
    import kgraph

    root = Path(__file__).resolve().parent.parent
    seed = next((root / "seeds").glob("*.txt"))
    title, _, body = seed.read_text(encoding="utf-8").partition("\n")
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps({"id": f"a{i}", "title": title.strip(), "text": body.strip(),
                                          "published": "2024-01-27"}) + "\n" for i in range(6)), encoding="utf-8")
    monkeypatch.setattr(bulk, "LOAD_CHUNK", 50)
    done: list[object] = []
    thread = threading.Thread(target=lambda: done.append(kgraph.ingest([source], tmp_path / "store", n_process=2)),
                              daemon=True)
    thread.start()
    thread.join(300)
    assert not thread.is_alive(), "the load did not return"
    assert done and done[0].ingested == 6
    with GraphStore(tmp_path / "store") as store:
        assert len(store.articles()) == 6


def test_an_os_error_of_the_extraction_is_the_error_raised_not_the_loaders(tmp_path, monkeypatch):
    monkeypatch.setattr(bulk, "LOAD_CHUNK", 300)

    def failing():
        yield from articles(20)
        raise OSError("the articles' disk went away")

    raised = load_in_thread(tmp_path / "store", failing())
    assert len(raised) == 1 and "disk went away" in str(raised[0])
    assert not (tmp_path / "store.loading").exists()
