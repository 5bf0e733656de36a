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
