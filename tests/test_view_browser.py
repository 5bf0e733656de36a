"""The HTML view in a real headless Chromium with every network request blocked."""

from __future__ import annotations

from pathlib import Path


ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ACTORS = ("country", "organisation", "person", "group")


def open_view(browser, path: Path, settled: bool = False):
    # bypass_csp lets the test harness poll the page; it also means the escaping alone must stop the payloads
    page = browser.new_context(bypass_csp=True).new_page()
    requests, errors = [], []
    page.route("**/*", lambda route: (requests.append(route.request.url),
                                      route.continue_() if route.request.url.startswith("file:") else route.abort()))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.wait_for_function("window.kgraphView !== undefined", timeout=20_000)
    if settled:
        page.wait_for_function("window.kgraphStabilized === true", timeout=30_000)
    return page, requests, errors


def screen_point(page, node_id: str) -> dict:
    """Where the page draws a node, in the window's pixels."""
    return page.evaluate("""id => {
        const p = network.canvasToDOM(network.getPosition(id));
        const box = document.getElementById("graph").getBoundingClientRect();
        return { x: p.x + box.left, y: p.y + box.top };
    }""", node_id)


def visible_edges(page) -> int:
    """How many edges the page says it shows, checked against what vis-network draws."""
    said = page.evaluate("window.kgraphView.edges")
    assert page.evaluate("network.body.edgeIndices.length") == said
    return said


def node_id(page, label: str) -> str:
    return page.evaluate("label => DATA.nodes.find(n => n.label === label).id", label)


def hand_built_view(tmp_path, rows, **options) -> Path:
    """A view of events made here: ``(actor, relation, object, date)``, all countries, one article each."""
    import kgraph
    from kgraph.model import Event
    from kgraph.rdf.build import build_graph
    from kgraph.views.network import ViewOptions
    from kgraph.vocabulary import RELATIONS

    events = [Event(doc=f"d{i}", actor=a, actor_type="country", relation=rel, object=o, object_type="country",
                    actor_id=f"country:{a[:12]}", object_id=f"country:{o[:12]}", date=date,
                    plover=RELATIONS[rel].plover, evidence=f"{a} {rel} {o} <b>on</b> {date}.", confidence=0.8)
              for i, (a, rel, o, date) in enumerate(rows)]
    return kgraph.write_html(kgraph.to_networkx(build_graph(events)), tmp_path / "view.html",
                             options=ViewOptions(**options))


def expected_edges(projection) -> set:
    """Distinct (pair, relation family) among the events between two actors: the default view's edges."""
    return {(frozenset((a, b)), data["plover"] or data["relation"]) for a, b, data in projection.edges(data=True)
            if data["relation"] not in ("holds_role", "member_of") and a != b
            and projection.nodes[a]["type"] in ACTORS and projection.nodes[b]["type"] in ACTORS}


def test_default_view_is_the_actor_network(browser, seed_build):
    """No topic, place or role nodes; one edge per pair and relation family among the shown events; actors
    with no partner only on request."""
    import kgraph

    _, out = seed_build
    projection = kgraph.to_networkx(kgraph.load_graph(out))
    page, requests, errors = open_view(browser, out / "graph.html", settled=True)
    counts = page.evaluate("window.kgraphView")
    kinds = page.evaluate("DATA.nodeInfo.map(n => n.kind)")
    assert set(kinds) <= set(ACTORS) and "topic" not in kinds and "role" not in kinds
    actors = [n for n, d in projection.nodes(data=True) if d["type"] in ACTORS]
    expected = expected_edges(projection)
    partnered = {n for pair, _ in expected for n in pair}
    assert counts["totalNodes"] == len(actors) and counts["nodes"] == len(partnered) < len(actors)
    assert counts["totalEdges"] == len(expected) == counts["edges"]
    drawn = page.evaluate("DATA.edges.map((e, i) => [e.from, e.to, DATA.edgeInfo[i].family])")
    assert {(frozenset((a, b)), f) for a, b, f in drawn} == expected
    assert page.evaluate("network.body.nodeIndices.length") == len(partnered)
    page.check("#loners")  # actors without a partner (Denmark, the European Council) when asked for
    assert page.evaluate("window.kgraphView.nodes") == len(actors) == page.evaluate("network.body.nodeIndices.length")
    assert errors == []
    assert all(url.startswith("file:") for url in requests), requests
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed-view.png"))


def test_topics_and_facts_come_back_as_nodes_when_asked(browser, seed_build, tmp_path):
    import kgraph

    _, out = seed_build
    summary = kgraph.view(out, tmp_path / "full.html", with_topics=True, with_facts=True)
    page, _, errors = open_view(browser, summary.path)
    kinds = set(page.evaluate("DATA.nodeInfo.map(n => n.kind)"))
    assert {"topic", "role"} <= kinds
    assert page.evaluate("window.kgraphView.totalNodes") == summary.nodes
    assert errors == []


def test_clicking_a_node_shows_its_timeline_and_evidence(browser, seed_build):
    import kgraph

    _, out = seed_build
    projection = kgraph.to_networkx(kgraph.load_graph(out))
    ukraine = next(n for n, d in projection.nodes(data=True) if d["label"] == "Ukraine")
    told = [d for a, b, d in projection.edges(data=True) if ukraine in (a, b)]
    page, _, errors = open_view(browser, out / "graph.html", settled=True)
    assert page.is_hidden("#details")
    point = screen_point(page, node_id(page, "Ukraine"))
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#details", state="visible")
    panel = page.inner_text("#details")
    assert "Ukraine" in panel and "identifier: " + ukraine in panel and "type: country" in panel
    assert page.evaluate("window.kgraphPanel") == {"kind": "node", "id": ukraine, "rows": len(told)}
    for data in told:
        assert data["relation"] in panel and data["evidence"][:60] in panel
    dated = sorted(d["date"] for d in told if d["date"])
    assert dated and panel.index(dated[0]) <= panel.index(dated[-1])  # the timeline runs in date order
    assert errors == []


def test_clicking_an_edge_lists_its_events(browser, tmp_path):
    path = hand_built_view(tmp_path, [("Aland", "meets_with", "Borduria", "2024-01-05"),
                                      ("Borduria", "visits", "Aland", "2024-02-11"),
                                      ("Aland", "criticizes", "Borduria", "2024-03-01")])
    page, _, errors = open_view(browser, path, settled=True)
    assert page.evaluate("window.kgraphView.totalEdges") == 2  # CONSULT (two events) and ACCUSE
    consult = page.evaluate("DATA.edges[DATA.edgeInfo.findIndex(e => e.family === 'CONSULT')].id")
    point = page.evaluate("""id => {
        const p = network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.3));
        const box = document.getElementById("graph").getBoundingClientRect();
        return { x: p.x + box.left, y: p.y + box.top };
    }""", consult)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#details", state="visible")
    panel = page.inner_text("#details")
    assert page.evaluate("window.kgraphPanel.rows") == 2
    assert "2024-01-05" in panel and "2024-02-11" in panel and "criticizes" not in panel
    assert "Aland meets_with Borduria <b>on</b> 2024-01-05." in panel
    assert errors == []


def test_date_slider_and_play_change_the_visible_edges(browser, tmp_path):
    path = hand_built_view(tmp_path, [("Aland", "meets_with", "Borduria", "2024-01-05"),
                                      ("Aland", "criticizes", "Carpania", "2024-02-10"),
                                      ("Borduria", "agrees_on", "Carpania", "2024-03-01"),
                                      ("Aland", "sanctions", "Borduria", None)])
    page, _, errors = open_view(browser, path, settled=True)
    assert visible_edges(page) == 4
    page.uncheck("#undated")
    assert visible_edges(page) == 3
    page.focus("#date-from")
    page.keyboard.press("ArrowRight")
    assert visible_edges(page) == 2
    page.click("#play")
    page.wait_for_function("window.kgraphView.month === '2024-01'", timeout=5_000)
    assert visible_edges(page) == 1
    page.wait_for_function("window.kgraphView.month === '2024-03'", timeout=10_000)
    assert visible_edges(page) == 1
    page.check("#undated")
    assert visible_edges(page) == 2
    assert errors == []


def test_filters_search_and_size_switch(browser, seed_build):
    _, out = seed_build
    page, _, _ = open_view(browser, out / "graph.html", settled=True)
    full = page.evaluate("window.kgraphView.edges")
    page.uncheck("input.family-filter[value=CONSULT]")
    assert page.evaluate("window.kgraphView.edges") < full
    page.check("input.family-filter[value=CONSULT]")
    sizes = lambda: page.evaluate("nodes.map(n => n.size)")
    by_degree = sizes()
    page.select_option("#size", "events")
    assert sizes() != by_degree
    page.fill("#search", "Kuleba")
    shown = page.evaluate("window.kgraphView")
    assert 1 < shown["nodes"] < shown["totalNodes"]


def test_hostile_actor_name_stays_text(browser, tmp_path):
    payload = "<img src=x onerror=window.pwned=1>"
    path = hand_built_view(tmp_path, [(payload, "criticizes", "Poland", "2024-01-27"),
                                      ("Poland", "meets_with", "<script>window.pwned=2</script>", None)])
    page, _, errors = open_view(browser, path, settled=True)
    point = screen_point(page, node_id(page, payload))
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#details", state="visible")
    assert payload in page.inner_text("#details")
    page.fill("#search", "script")
    assert page.evaluate("window.pwned === undefined")
    assert page.evaluate("document.querySelectorAll('#details img, #side img, #details script').length") == 0


def test_hostile_text_is_shown_not_run(browser, tmp_path):
    import kgraph

    article = tmp_path / "hostile.json"
    article.write_text('{"id": "x1", "published": "2024-01-27", "text": "Ukraine signed a memorandum on '
                       '<img src=x onerror=\\"window.pwned=1\\"> energy with Poland. '
                       'Poland condemned the <script>window.pwned=2</script> attack."}', encoding="utf-8")
    kgraph.build([article], tmp_path / "out")
    page, _, errors = open_view(browser, tmp_path / "out" / "graph.html")
    assert page.evaluate("window.pwned === undefined")
    assert page.evaluate("window.kgraphView.totalNodes") > 0


def test_corroborated_edges_are_thicker_and_their_tooltip_lists_the_sources(browser, tmp_path):
    """Hand-built reports (tests/data/corroboration): Biden and Xi met once told by three articles and once,
    undated, by two; their edge is thicker than Biden and Boluarte's, told once, and hovering it shows
    every article that tells it."""
    import kgraph
    from kgraph.rdf.build import build_graph
    from kgraph.views.html import edge_width

    data = Path(__file__).resolve().parent / "data" / "corroboration"
    dataset = build_graph(kgraph.read_events(data / "events.jsonl"), list(kgraph.read_articles([data / "articles.jsonl"])))
    path = kgraph.write_html(kgraph.to_networkx(dataset), tmp_path / "corroborated.html")
    page, requests, errors = open_view(browser, path, settled=True)
    drawn = page.evaluate("""Object.values(network.body.edges).map(e => ({
        id: e.id, width: e.options.width, title: e.options.title }))""")
    assert sorted(edge["width"] for edge in drawn) == [edge_width(1), edge_width(5)]
    summit = next(edge["id"] for edge in drawn if edge["width"] == edge_width(5))
    point = page.evaluate("""id => {
        const edge = network.body.edges[id];
        const p = edge.edgeType.getPoint(0.5);
        const dom = network.canvasToDOM(p);
        const box = document.getElementById("graph").getBoundingClientRect();
        return { x: dom.x + box.left, y: dom.y + box.top };
    }""", summit)
    page.mouse.move(point["x"] - 40, point["y"] - 40)
    page.mouse.move(point["x"], point["y"], steps=5)
    tooltip = page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
    text = tooltip.inner_text()
    assert "CONSULT, 2 events (meets_with \u00d72)" in text and "told by 5 articles" in text
    assert "2024-11-16: Joe Biden meets_with Xi Jinping (asserted), told by 3 articles:" in text
    for line in ("afp-3 (AFP, 2024-11-17, https://afp.example/apec-lima)", "ap-7 (AP, 2024-11-16",
                 "reuters-1 (Reuters, 2024-11-16", "dw-2", "bbc-5"):
        assert line in text, text
    assert errors == [] and all(url.startswith("file:") for url in requests)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "corroborated-view.png"))
