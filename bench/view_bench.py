"""How long the HTML view takes to stabilise in Chromium, and how big it is: 2,000 nodes beside 200."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from bench.corpus import synthetic_events


def measure(nodes: int, folder: Path, browser) -> dict:
    import kgraph
    from kgraph.views.html import write_html

    dataset = kgraph.build_graph(synthetic_events(nodes))
    graph = kgraph.to_networkx(dataset)
    t0 = time.perf_counter()
    path = write_html(graph, folder / f"view-{nodes}.html")
    render = time.perf_counter() - t0
    page = browser.new_context(bypass_csp=True).new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    t0 = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.kgraphStabilized === true", timeout=300_000, polling=50)
    stabilise = time.perf_counter() - t0
    page.fill("#search", "Node 1")
    t0 = time.perf_counter()
    page.fill("#search", "")
    refresh = time.perf_counter() - t0
    page.close()
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "render_s": render,
            "stabilise_s": stabilise, "search_refresh_s": refresh, "size_mb": path.stat().st_size / 1e6}


def run() -> list[dict]:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("view benchmark needs Chromium: apt-get install chromium")
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        for nodes in (200, 2000):
            rows.append(measure(nodes, Path(tmp), browser))
        browser.close()
    small, big = rows
    print("\nHTML view in headless Chromium")
    print(f"{'nodes':>6} {'edges':>6} {'render s':>9} {'stabilise s':>12} {'search s':>9} {'size MB':>8}")
    for r in rows:
        print(f"{r['nodes']:6d} {r['edges']:6d} {r['render_s']:9.2f} {r['stabilise_s']:12.2f} "
              f"{r['search_refresh_s']:9.3f} {r['size_mb']:8.2f}")
    print(f"ratio 2000/200: stabilise x{big['stabilise_s'] / small['stabilise_s']:.1f}, "
          f"size x{big['size_mb'] / small['size_mb']:.2f}")
    return rows


if __name__ == "__main__":
    run()
