"""The persistent store: idempotent ingest, replacement, deletion, crashes, locking, exports, shapes."""

from __future__ import annotations

import csv
import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.compare import isomorphic

import kgraph
from kgraph.rdf.ontology import KG
from kgraph.rdf.store import GraphStore
from kgraph.rdf.uris import actor_iri

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt"))
LITHUANIA = actor_iri("country:LTU")


def corpus(path: Path, count: int, prefix: str = "a") -> Path:
    """``count`` copies of the seed article with distinct ids, as JSON Lines."""
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            handle.write(json.dumps({"id": f"{prefix}{i}", "title": title.strip(), "text": body.strip(),
                                     "published": "2024-01-27"}) + "\n")
    return path


def union(store: GraphStore) -> Graph:
    graph = Graph()
    for s, p, o in store.dataset.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"):
        graph.add((s, p, o))
    return graph


@pytest.fixture(params=["memory", "oxigraph"])
def store(request, tmp_path):
    location = ":memory:" if request.param == "memory" else tmp_path / "store"
    with GraphStore(location) as opened:
        yield opened


def test_ingest_twice_changes_nothing(store, tmp_path):
    first = kgraph.ingest([SEED], store)
    before = union(store)
    second = kgraph.ingest([SEED], store)
    assert (first.ingested, second.ingested, second.unchanged) == (1, 0, 1)
    assert isomorphic(before, union(store))


def test_forced_ingest_gives_the_same_events(store):
    kgraph.ingest([SEED], store)
    events = lambda: {(s, o) for s, o in union(store).subject_objects(KG.actor)}
    before = events()
    kgraph.ingest([SEED], store, force=True)
    assert events() == before and before


def test_changed_article_replaces_its_graph(store, tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "n1", "text": "Poland and Chile signed a trade agreement."}) + "\n")
    kgraph.ingest([path], store)
    assert (actor_iri("country:CHL"), None, None) in union(store)
    path.write_text(json.dumps({"id": "n1", "text": "Poland and Peru signed a trade agreement."}) + "\n")
    summary = kgraph.ingest([path], store)
    graph = union(store)
    assert summary.ingested == 1
    assert (actor_iri("country:PER"), None, None) in graph and (actor_iri("country:CHL"), None, None) not in graph


def test_shared_actor_is_one_node_and_survives_partial_delete(store, tmp_path):
    kgraph.ingest([corpus(tmp_path / "two.jsonl", 2)], store)
    assert len(set(union(store).subjects(KG.isoCode, None))) == len(
        {str(o) for o in union(store).objects(None, KG.isoCode)})
    assert kgraph.delete(["a0"], store) == ["a0"]
    assert (LITHUANIA, None, None) in union(store)
    assert kgraph.delete(["a1", "missing"], store) == ["a1"]
    graph = union(store)
    assert (LITHUANIA, None, None) not in graph and not list(graph.subjects(RDF.type, KG.Event))


def test_direct_edges_agree_with_event_nodes_in_the_store(store):
    kgraph.ingest([SEED], store)
    graph = union(store)
    for event in graph.subjects(RDF.type, KG.Event):
        edge = (graph.value(event, KG.actor), graph.value(event, KG.relation), graph.value(event, KG.object))
        assert (edge in graph) == (graph.value(event, KG.modality) != KG.Negated)


def test_shacl_shapes_hold(store):
    pyshacl = pytest.importorskip("pyshacl", reason="pyshacl is a dev dependency (pip install -e '.[dev]')")
    kgraph.ingest([SEED], store)
    shapes = Graph().parse(ROOT / "kgraph" / "shapes.ttl")
    ontology = Graph().parse(ROOT / "ontology.ttl")
    conforms, _, report = pyshacl.validate(union(store), shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report


def test_shapes_catch_a_broken_event():
    pyshacl = pytest.importorskip("pyshacl", reason="pyshacl is a dev dependency (pip install -e '.[dev]')")
    data = Graph()
    event = URIRef("https://w3id.org/kgraph/id/event/x/1")
    data.add((event, RDF.type, KG.Event))  # no actor, object, relation or modality
    shapes = Graph().parse(ROOT / "kgraph" / "shapes.ttl")
    conforms, _, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=Graph().parse(ROOT / "ontology.ttl"))
    assert not conforms


@pytest.mark.parametrize("fmt, reader", [
    ("turtle", lambda p: len(Graph().parse(p, format="turtle"))),
    ("trig", lambda p: len(kgraph.load_graph(p))),
    ("nquads", lambda p: len(kgraph.load_graph(p))),
    ("jsonld", lambda p: len(kgraph.load_graph(p))),
    ("graphml", lambda p: __import__("networkx").read_graphml(p).number_of_edges()),
    ("csv", lambda p: len(list(csv.DictReader(p.open(encoding="utf-8"))))),
])
def test_exports_read_back(store, tmp_path, fmt, reader):
    kgraph.ingest([SEED], store)
    suffix = {"turtle": ".ttl", "trig": ".trig", "nquads": ".nq", "jsonld": ".jsonld", "graphml": ".graphml",
              "csv": ".csv"}[fmt]
    path = kgraph.export(store, tmp_path / f"out{suffix}")
    occurrences = len(set(union(store).subjects(RDF.type, KG.Occurrence)))  # an edge per event, however often told
    count = reader(path)
    assert occurrences > 0
    if fmt in ("graphml", "csv"):
        assert count == occurrences
    else:
        assert count >= 100


def test_parameters_are_literals_in_the_store(store):
    kgraph.ingest([SEED], store)
    assert kgraph.query(store, "cooperation", {"actor": "Lithuania"}).rows
    assert kgraph.query(store, "cooperation", {"actor": 'x" } ; DROP ALL ; SELECT * { "'}).rows == []
    assert store.articles()


DRIVER = """
import sys, kgraph
kgraph.ingest([sys.argv[1]], sys.argv[2], progress=lambda a, n: print("committed", a.id, flush=True))
"""


def committed_articles(location: Path) -> dict[str, int]:
    """Articles in the store with their event count, each checked complete against its kg:eventCount."""
    with GraphStore(location) as store:
        found = {}
        for doc, state in store.articles():
            graph = store.graph_of(URIRef(state["iri"]))
            declared = int(graph.value(URIRef(state["iri"]), KG.eventCount))
            actual = len(list(graph.subjects(KG.actor, None)))
            assert actual == declared, f"{doc} is incomplete: {actual} of {declared} events"
            found[doc] = actual
        return found


def test_sigkill_mid_ingest_leaves_only_whole_articles(tmp_path):
    """Into a store that holds articles, each article is its own transaction."""
    location = tmp_path / "store"
    kgraph.ingest([corpus(tmp_path / "first.jsonl", 2, prefix="f")], location)  # the first load, in bulk
    source = corpus(tmp_path / "many.jsonl", 40)
    stop_after = random.Random().randint(3, 25)
    child = subprocess.Popen([sys.executable, "-c", DRIVER, source, location], stdout=subprocess.PIPE, text=True)
    seen = []
    for line in child.stdout:
        seen.append(line.split()[1])
        if len(seen) == stop_after:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    stored = committed_articles(location)
    stored = {doc: n for doc, n in stored.items() if not doc.startswith("f")}
    assert set(seen) <= set(stored) and len(stored) <= len(seen) + 1
    assert len(set(stored.values())) == 1  # every article is the same text: the same number of events
    assert corroboration_agrees(location, len(stored) + 2)
    summary = kgraph.ingest([source], location)
    assert summary.unchanged == len(stored) and summary.ingested == 40 - len(stored)
    assert len(committed_articles(location)) == 42
    assert corroboration_agrees(location, 42)


def test_sigkill_during_a_first_load_leaves_all_or_nothing(tmp_path):
    """A first ingest goes through the bulk loader: killed at any moment, the store holds every
    article or none, and the next ingest completes it."""
    source = corpus(tmp_path / "many.jsonl", 30)
    location = tmp_path / "store"
    child = subprocess.Popen([sys.executable, "-c", DRIVER, source, location], stdout=subprocess.PIPE, text=True)
    time.sleep(random.Random().uniform(2.0, 12.0))
    child.send_signal(signal.SIGKILL)
    reported = [line.split()[1] for line in child.communicate(timeout=60)[0].splitlines()]
    stored = committed_articles(location) if location.exists() else {}
    assert len(stored) in (0, 30) and len(reported) <= len(stored)
    summary = kgraph.ingest([source], location)
    assert summary.unchanged == len(stored) and summary.ingested == 30 - len(stored)
    assert len(committed_articles(location)) == 30
    assert corroboration_agrees(location, 30)


def test_a_first_load_cut_before_it_was_complete_is_undone_and_a_complete_one_is_put_in_place(tmp_path):
    """A first load builds a new store beside the old one; what a crash left is settled at the next opening."""
    from kgraph.rdf.build import ONTOLOGY_GRAPH, article_graphs
    from kgraph.rdf.bulk import load_beside

    location = tmp_path / "store"
    with GraphStore(location) as store:
        store.ensure_ontology()
    loading = tmp_path / "store.loading"
    loading.mkdir()
    (loading / "000001.sst").write_bytes(b"half written")
    with GraphStore(location) as store:  # not complete: removed, the old store untouched
        assert not loading.exists() and store.articles() == [] and store.has_graph(ONTOLOGY_GRAPH)
        events = list(kgraph.extract([SEED]))
        load_beside(store.dataset.store._inner, location, [article_graphs("s1", events)])
    assert (loading / "kgraph-load-complete").exists()  # killed here: complete but not yet in place
    with GraphStore(location) as store:
        assert [doc for doc, _ in store.articles()] == ["s1"] and store.has_graph(ONTOLOGY_GRAPH)
    assert not loading.exists() and not (tmp_path / "store.discarded").exists()


def test_a_bulk_first_load_stores_what_one_article_at_a_time_stores(tmp_path):
    source = corpus(tmp_path / "three.jsonl", 3)
    (tmp_path / "again.jsonl").write_text(source.read_text().splitlines()[0] + "\n")
    graphs = []
    for bulk, name in ((True, "bulk"), (False, "one")):
        with GraphStore(tmp_path / name) as store:
            kgraph.ingest([source, tmp_path / "again.jsonl"], store, bulk=bulk)  # a0 twice: the second replaces
            strip = lambda g: {t for t in g if t[1] != URIRef("http://www.w3.org/ns/prov#generatedAtTime")}
            graphs.append(strip(union(store)))
    assert graphs[0] == graphs[1] and len(graphs[0]) > 100


def corroboration_agrees(location: Path, articles: int) -> bool:
    """The occurrences in the store are those its statements give, computed afresh (none half written),
    and as the articles all tell the same events, each is told by every article."""
    from kgraph.rdf.corroborate import (CORROBORATION_GRAPH, activity_triples, all_reports_query, occurrence_triples,
                                        rows_to_reports)

    with GraphStore(location) as store:
        stored = set(store.graph_of(CORROBORATION_GRAPH))
        occurring = occurrence_triples(rows_to_reports(store.dataset.query(all_reports_query())))
        fresh = set(occurring + activity_triples(occurring))  # the occurrences and each actor's count of them
        counts = {int(o) for o in store.graph_of(CORROBORATION_GRAPH).objects(None, KG.sourceCount)}
    return stored == fresh and counts == {articles}


HOLDER = """
import sys, time
from kgraph.rdf.store import GraphStore
store = GraphStore(sys.argv[1])
print("open", flush=True)
time.sleep(30)
"""


def test_second_process_gets_store_in_use(tmp_path):
    location = tmp_path / "store"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, location], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        result = subprocess.run([sys.executable, "-m", "kgraph", "ingest", SEED, "--store", location],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 2 and "store is in use" in result.stderr and "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture()
def oxigraph_server(tmp_path):
    import shutil
    import socket
    import urllib.request

    binary = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(binary).exists():
        pytest.skip("the oxigraph server is not installed (pip install -e '.[dev]' provides it)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([binary, "serve", "--location", tmp_path / "server", "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield url
    server.terminate()
    server.wait(timeout=10)


def test_remote_sparql_server_store(oxigraph_server, tmp_path):
    first = kgraph.ingest([SEED], oxigraph_server)
    again = kgraph.ingest([SEED], oxigraph_server)
    assert (first.ingested, again.unchanged) == (1, 1) and first.triples == again.triples
    rows = kgraph.query(oxigraph_server, "meetings").rows
    assert any(r["actor"] == "Dmytro Kuleba" and r["other"] == "Gabrielius Landsbergis" for r in rows)
    assert kgraph.query(oxigraph_server, "cooperation", {"actor": 'Lithuania" } UNION { ?s ?p ?o } #'}).rows == []
    # the remote store holds what a local in-memory ingest holds
    with GraphStore() as local:
        kgraph.ingest([SEED], local)
        with GraphStore(oxigraph_server) as remote:
            strip = lambda g: {t for t in g if t[1] != URIRef("http://www.w3.org/ns/prov#generatedAtTime")}
            assert strip(union(remote)) == strip(union(local))
    assert kgraph.delete(["000_9076c857b04ab897"], oxigraph_server)
    assert kgraph.query(oxigraph_server, "meetings").rows == []


def test_named_queries_answer_the_same_on_every_store(tmp_path):
    from kgraph.sparql.run import named_queries

    params = {"cooperation": {"actor": "Lithuania"}, "agreements": {"actor": "Lithuania"},
              "timeline": {"actor": "Gabrielius Landsbergis"},
              "between": {"actor": "Gabrielius Landsbergis", "other": "Dmytro Kuleba"},
              "range": {"from": "2024-01-01", "to": "2024-12-31"},
              "evidence": {"actor": "Gabrielius Landsbergis", "relation": "visits", "object": "Kyiv"}}
    answers = []
    for location in (":memory:", tmp_path / "store"):
        with GraphStore(location) as store:
            kgraph.ingest([corpus(tmp_path / "two.jsonl", 2)], store)
            answers.append({name: sorted((tuple(sorted((k, v or "") for k, v in r.items())) for r in
                                          kgraph.query(store, name, params.get(name, {})).rows))
                            for name in named_queries()})
    assert answers[0] == answers[1]
    assert all(answers[0][name] for name in named_queries()), {n: len(r) for n, r in answers[0].items()}


def test_actors_keep_the_names_articles_used(store):
    from rdflib.namespace import SKOS

    kgraph.ingest([SEED], store)
    graph = union(store)
    assert str(graph.value(LITHUANIA, RDFS.label)) == "Lithuania"
    assert "Lithuanian" in {str(o) for o in graph.objects(LITHUANIA, SKOS.altLabel)}
    assert str(graph.value(LITHUANIA, KG.isoCode)) == "LTU"


def test_a_group_party_and_a_new_body_are_stored_and_the_shapes_hold(store, tmp_path):
    pyshacl = pytest.importorskip("pyshacl", reason="pyshacl is a dev dependency (pip install -e '.[dev]')")
    article = tmp_path / "talks.txt"
    article.write_text("Argentine President Javier Milei held talks with hotel chain executives in Las Vegas.\n"
                       "He will attend a meeting at the Milken Institute on Friday.\n", encoding="utf-8")
    kgraph.ingest([article], store, published="2025-09-05")
    graph = union(store)
    assert list(graph.subjects(RDF.type, KG.Group))
    assert "Milken Institute" in {str(graph.value(s, RDFS.label)) for s in graph.subjects(RDF.type, KG.Organisation)}
    shapes = Graph().parse(ROOT / "kgraph" / "shapes.ttl")
    ontology = Graph().parse(ROOT / "ontology.ttl")
    conforms, _, report = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report


def test_articles_lists_what_the_store_holds(store, tmp_path):
    assert kgraph.articles(store) == []
    kgraph.ingest([corpus(tmp_path / "two.jsonl", 2, prefix="doc")], store)
    found = kgraph.articles(store)
    assert [a.id for a in found] == ["doc0", "doc1"]
    graph = union(store)  # the statements of the two articles, not the occurrences that merge them
    events = len(set(graph.subjects(RDF.type, KG.Event)) | set(graph.subjects(RDF.type, KG.Fact))) // 2
    assert {(a.published, a.events) for a in found} == {("2024-01-27", events)} and events > 10
    assert found[0].title.startswith("Ukraine, Lithuania") and found[0].ingested
    kgraph.delete(["doc0"], store)
    assert [a.id for a in kgraph.articles(store)] == ["doc1"]


def test_deprecations_raised_from_kgraph_fail_the_tests_and_rdflibs_own_stay_quiet():
    import warnings

    from rdflib import Dataset

    with pytest.raises(DeprecationWarning):  # as if a kgraph module called a deprecated API
        exec("import warnings; warnings.warn('an old call', DeprecationWarning)", {"__name__": "kgraph.example"})
    with pytest.raises(DeprecationWarning, match="Dataset.contexts is deprecated"):
        exec("from rdflib import Dataset; list(Dataset().contexts())", {"__name__": "kgraph.example"})
    with warnings.catch_warnings(record=True) as seen:
        dataset = Dataset()
        dataset.graph(URIRef("https://example.org/g")).add((URIRef("https://example.org/a"), RDFS.label,
                                                            URIRef("https://example.org/b")))
        dataset.serialize(format="trig")  # rdflib's serializer calls its own deprecated Dataset.contexts
    assert [str(w.message) for w in seen] == []
