"""Build, SPARQL and the HTML view over the seed build."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import RDF, URIRef

README_QUERY_MARKER = "```sparql"


def readme_query() -> str:
    text = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = text.index(README_QUERY_MARKER) + len(README_QUERY_MARKER)
    return text[start:text.index("```", start)]


def test_build_writes_events_graph_and_view(seed_build):
    summary, out = seed_build
    assert summary.articles == 1 and summary.events > 10 and summary.triples > 100
    for name in ("events.jsonl", "graph.trig", "graph.html"):
        assert (out / name).stat().st_size > 0


def test_readme_sparql_returns_lithuania_cooperates_on_drone_production(seed_build):
    import kgraph

    _, out = seed_build
    rows = kgraph.query(out, readme_query()).rows
    assert any(r["actor"] == "Lithuania" and "drone production" in r["topic"] for r in rows), rows


def test_named_query_binds_parameters_as_literals(seed_build):
    import kgraph

    _, out = seed_build
    assert [r["actor"] for r in kgraph.query(out, "cooperation", {"actor": "Lithuania"}).rows] == ["Lithuania"]
    # an injection attempt is only a string that matches nothing
    hostile = 'Lithuania" } UNION { ?s ?p ?o } #'
    assert kgraph.query(out, "cooperation", {"actor": hostile}).rows == []


def test_direct_edges_agree_with_event_nodes(seed_build):
    from kgraph.rdf.ontology import KG
    from kgraph.rdf.files import load_graph

    _, out = seed_build
    ds = load_graph(out)
    for event in ds.subjects(RDF.type, KG.Event):
        modality = ds.value(event, KG.modality)
        edge = (ds.value(event, KG.actor), ds.value(event, KG.relation), ds.value(event, KG.object))
        assert (edge in ds) == (modality != KG.Negated)


def test_graph_round_trips_through_trig(seed_build, tmp_path):
    from rdflib.compare import isomorphic

    from kgraph.rdf.files import load_graph, save_graph

    _, out = seed_build
    first = load_graph(out)
    save_graph(first, tmp_path / "again.trig")
    second = load_graph(tmp_path / "again.trig")
    for graph in first.graphs():
        assert isomorphic(graph, second.graph(graph.identifier))


def test_iris_are_stable_across_builds(seed_build, tmp_path):
    import kgraph

    _, out = seed_build
    kgraph.build([Path(__file__).resolve().parent.parent / "seeds"], tmp_path)
    subjects = lambda p: {s for s in kgraph.load_graph(p).subjects() if isinstance(s, URIRef)}
    assert subjects(out) == subjects(tmp_path)


def test_view_is_self_contained_and_escapes_text(seed_build):
    _, out = seed_build
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert not re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "<link" not in html
    assert "vis.Network" in html and "Gabrielius Landsbergis" in html


def test_hostile_article_text_is_escaped_in_the_view(tmp_path):
    import kgraph

    article = tmp_path / "hostile.json"
    article.write_text('{"id": "x1", "title": "t", "published": "2024-01-27", "text": '
                       '"Ukraine signed a memorandum on <script>alert(1)</script> energy with Poland. '
                       'Poland discussed <img src=x onerror=alert(2)> trade."}', encoding="utf-8")
    kgraph.build([article], tmp_path / "out")
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "\\u003cscript\\u003ealert(1)" in html  # the text is kept, as data


def test_networkx_projection_matches_the_events(seed_build, seed_events):
    import kgraph

    _, out = seed_build
    g = kgraph.to_networkx(kgraph.load_graph(out))
    labels = {d["label"] for _, d in g.nodes(data=True)}
    assert {"Lithuania", "Ukraine", "Dmytro Kuleba", "Kyiv"} <= labels
    assert g.number_of_edges() == len(seed_events)


def test_query_parameters_are_checked_by_the_library_too(seed_build):
    import pytest

    import kgraph
    from kgraph.errors import QueryError

    _, out = seed_build
    with pytest.raises(QueryError, match="needs parameter 'actor'"):
        kgraph.query(out, "timeline")
    with pytest.raises(QueryError, match="has no parameter 'country'; it takes: actor"):
        kgraph.query(out, "timeline", {"country": "Lithuania"})
    assert kgraph.query(out, "timeline", {"actor": "Lithuania"}).rows


def test_show_gives_jupyter_an_isolated_iframe_without_a_warning(seed_build, recwarn):
    import html

    import kgraph

    _, out = seed_build
    shown = kgraph.show(out, title="Seeds", height=420)
    page = shown._repr_html_()
    assert page.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in page and "height:420px" in page
    assert "<script" not in page.split('srcdoc="', 1)[1].split('"', 1)[0]    # the page is escaped inside srcdoc
    assert html.unescape(page.split('srcdoc="', 1)[1].split('"', 1)[0]) == shown.html
    assert "Lithuania" in shown.html and "<title>Seeds</title>" in shown.html
    assert not [w for w in recwarn if "IFrame" in str(w.message)]
