"""The HTML view in headless Chromium at 200, 2,000 and 10,000 nodes: time to settle, file size, filtering.

The graphs are synthetic (``bench.corpus.synthetic_events``); each size is the number of nodes the
default view (the actor network) draws. One more row draws every node of the 2,000-node input, topics
included, as the view before the actor network did. Targets: 2,000 nodes settle in under 3 s, 10,000
open in under 10 s and stay responsive (a date-range step redrawn in well under a second).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from bench.corpus import synthetic_events, synthetic_projection

SIZES = (200, 2000, 10000)
TARGETS = {2000: 3.0, 10000: 10.0}

# One step of the date range, timed in the page until the next frame has been drawn.
_STEP = """async () => {
  const slider = document.getElementById("date-from");
  const t0 = performance.now();
  slider.value = Math.floor(slider.max / 2);
  slider.dispatchEvent(new Event("input"));
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  return (performance.now() - t0) / 1000;
}"""


def measure(nodes: int, folder: Path, browser, with_topics: bool = False) -> dict:
    from kgraph.views.html import render_page
    from kgraph.views.network import ViewOptions

    inputs = nodes if with_topics else round(nodes * 4 / 3)  # a quarter of the synthetic nodes are topics
    graph = synthetic_projection(synthetic_events(inputs))
    t0 = time.perf_counter()
    page_text, data = render_page(graph, options=ViewOptions(with_topics=with_topics))
    render = time.perf_counter() - t0
    path = folder / f"view-{nodes}-{with_topics}.html"
    path.write_text(page_text, encoding="utf-8")
    page = browser.new_context(bypass_csp=True).new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    t0 = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.kgraphStabilized === true", timeout=300_000, polling=50)
    settle = time.perf_counter() - t0
    step = page.evaluate(_STEP)
    page.fill("#search", "Node 1")
    t0 = time.perf_counter()
    page.fill("#search", "")
    refresh = time.perf_counter() - t0
    page.close()
    return {"nodes": len(data["nodes"]), "edges": len(data["edges"]), "events": len(data["events"]),
            "topics": with_topics, "render_s": render, "settle_s": settle, "date_step_s": step,
            "search_refresh_s": refresh, "size_mb": path.stat().st_size / 1e6,
            "target_s": TARGETS.get(nodes) if not with_topics else None}


def run() -> list[dict]:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("view benchmark needs Chromium: apt-get install chromium")
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        for nodes in SIZES:
            rows.append(measure(nodes, Path(tmp), browser))
        rows.append(measure(2000, Path(tmp), browser, with_topics=True))
        browser.close()
    print("\nHTML view in headless Chromium (settle: page opened to first drawing with labels chosen)")
    print(f"{'nodes':>6} {'edges':>6} {'events':>7} {'topics':>6} {'python s':>9} {'settle s':>9} {'target':>7} "
          f"{'date step s':>12} {'search s':>9} {'size MB':>8}")
    for r in rows:
        target = f"<{r['target_s']:.0f} s" if r["target_s"] else "-"
        print(f"{r['nodes']:6d} {r['edges']:6d} {r['events']:7d} {'yes' if r['topics'] else 'no':>6} "
              f"{r['render_s']:9.2f} {r['settle_s']:9.2f} {target:>7} {r['date_step_s']:12.3f} "
              f"{r['search_refresh_s']:9.3f} {r['size_mb']:8.2f}")
    small, middle, big = rows[:3]
    print(f"ratio 2000/200: settle x{middle['settle_s'] / small['settle_s']:.1f}, "
          f"size x{middle['size_mb'] / small['size_mb']:.2f}; "
          f"10000/2000: settle x{big['settle_s'] / middle['settle_s']:.1f}, "
          f"size x{big['size_mb'] / middle['size_mb']:.2f}")
    return rows


if __name__ == "__main__":
    run()
