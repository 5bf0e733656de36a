"""Extraction on a real Dask LocalCluster gives what one process gives, into a real Oxigraph server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kgraph
from kgraph.rdf.store import GraphStore

from test_store import corpus, oxigraph_server, union  # noqa: F401 (fixture)

distributed = pytest.importorskip("distributed", reason="Dask is an extra (pip install -e '.[dask]' or '.[dev]')")


def without_ingest_time(graph):
    from rdflib import URIRef

    stamp = URIRef("http://www.w3.org/ns/prov#generatedAtTime")
    return {t for t in graph if t[1] != stamp}


def test_two_dask_workers_equal_one_process(tmp_path, oxigraph_server):
    source = corpus(tmp_path / "c.jsonl", 6)
    gold_articles = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "articles.jsonl"
    sources = [source] + ([gold_articles] if gold_articles.exists() else [])
    with GraphStore() as local:
        kgraph.ingest(sources, local)
        expected = without_ingest_time(union(local))
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        summary = kgraph.ingest(sources, oxigraph_server, scheduler=cluster.scheduler_address)
        assert len(cluster.scheduler.workers) == 2
    finally:
        cluster.close()
    with GraphStore(oxigraph_server) as remote:
        assert without_ingest_time(union(remote)) == expected
    assert summary.ingested >= 6


def test_local_workers_option_gives_the_same_events(tmp_path):
    source = corpus(tmp_path / "c.jsonl", 4)
    single = sorted(json.dumps(e.as_dict(), sort_keys=True) for e in kgraph.extract(source))
    spread = sorted(json.dumps(e.as_dict(), sort_keys=True) for e in kgraph.extract(source, workers=2))
    assert spread == single and single
