"""The HTML view in a real headless Chromium with every network request blocked."""

from __future__ import annotations

from pathlib import Path


ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def open_view(browser, path: Path):
    # bypass_csp lets the test harness poll the page; it also means the escaping alone must stop the payloads
    page = browser.new_context(bypass_csp=True).new_page()
    requests, errors = [], []
    page.route("**/*", lambda route: (requests.append(route.request.url),
                                      route.continue_() if route.request.url.startswith("file:") else route.abort()))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.wait_for_function("window.kgraphView !== undefined", timeout=20_000)
    return page, requests, errors


def test_view_loads_offline_and_shows_the_whole_graph(browser, seed_build):
    import kgraph

    _, out = seed_build
    projection = kgraph.to_networkx(kgraph.load_graph(out))
    page, requests, errors = open_view(browser, out / "graph.html")
    counts = page.evaluate("window.kgraphView")
    assert counts["totalNodes"] == projection.number_of_nodes()
    assert counts["totalEdges"] == projection.number_of_edges()
    assert counts["nodes"] == projection.number_of_nodes() and counts["edges"] == projection.number_of_edges()
    assert errors == []
    assert all(url.startswith("file:") for url in requests), requests
    ARTIFACTS.mkdir(exist_ok=True)
    page.wait_for_function("window.kgraphStabilized === true", timeout=30_000)
    page.screenshot(path=str(ARTIFACTS / "seed-view.png"))


def test_filters_and_search_change_what_is_visible(browser, seed_build):
    _, out = seed_build
    page, _, _ = open_view(browser, out / "graph.html")
    full = page.evaluate("window.kgraphView.edges")
    page.uncheck("input.relation-filter[value=holds_role]")
    assert page.evaluate("window.kgraphView.edges") < full
    page.fill("#search", "Kyiv")
    shown = page.evaluate("window.kgraphView")
    assert 1 < shown["nodes"] < shown["totalNodes"]


def test_hostile_text_is_shown_not_run(browser, tmp_path):
    import kgraph

    article = tmp_path / "hostile.json"
    article.write_text('{"id": "x1", "published": "2024-01-27", "text": "Ukraine signed a memorandum on '
                       '<img src=x onerror=\\"window.pwned=1\\"> energy with Poland. '
                       'Poland condemned the <script>window.pwned=2</script> attack."}', encoding="utf-8")
    kgraph.build([article], tmp_path / "out")
    page, _, errors = open_view(browser, tmp_path / "out" / "graph.html")
    assert page.evaluate("window.pwned === undefined")
    assert page.evaluate("window.kgraphView.totalEdges") > 0


def test_corroborated_edges_are_thicker_and_their_tooltip_lists_the_sources(browser, tmp_path):
    """Three reports of one meeting (hand-built, tests/data/corroboration) are one edge, thicker than an
    edge told once, and hovering it shows every article that tells it."""
    import kgraph
    from kgraph.rdf.build import build_graph
    from kgraph.views.html import edge_width

    data = Path(__file__).resolve().parent / "data" / "corroboration"
    dataset = build_graph(kgraph.read_events(data / "events.jsonl"), list(kgraph.read_articles([data / "articles.jsonl"])))
    path = kgraph.write_html(kgraph.to_networkx(dataset), tmp_path / "corroborated.html")
    page, requests, errors = open_view(browser, path)
    page.wait_for_function("window.kgraphStabilized === true", timeout=30_000)
    drawn = page.evaluate("""Object.values(network.body.edges).map(e => ({
        id: e.id, width: e.options.width, label: e.options.label, title: e.options.title }))""")
    widths = sorted((edge["width"], edge["label"]) for edge in drawn)
    assert widths == [(1, "meets_with 2024-11-16"), (edge_width(2), "meets_with (2 sources)"),
                      (edge_width(3), "meets_with 2024-11-16 (3 sources)")]
    # the undated edge runs beside the summit's: hide it, then hover the summit's edge where vis draws it
    page.uncheck("#undated")
    summit = next(edge["id"] for edge in drawn if edge["width"] == edge_width(3))
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
    assert "told by 3 articles" in text
    for line in ("afp-3 (AFP, 2024-11-17, https://afp.example/apec-lima)", "ap-7 (AP, 2024-11-16",
                 "reuters-1 (Reuters, 2024-11-16"):
        assert line in text, text
    assert errors == [] and all(url.startswith("file:") for url in requests)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "corroborated-view.png"))
