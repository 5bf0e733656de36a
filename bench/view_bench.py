"""The HTML view in headless Chromium at 200, 2,000 and 10,000 nodes: time to settle, file size, filtering,
and with communities collapsed or expanded.

The graphs are synthetic (``bench.corpus.synthetic_events``); each size is the number of nodes the
default view (the actor network) draws. At 2,000 and 10,000 nodes the page is opened both ways, with its
communities collapsed into one node each and expanded (the default collapses above 2,000 nodes); a
collapsed page is timed expanding its largest community and then every community. One more row draws
every node of the 2,000-node input, topics included, as the view before the actor network did.
Targets: 2,000 nodes settle in under 3 s, 10,000 open in under 10 s and stay responsive (a date-range
step redrawn in well under a second).

A screenshot of each size's default page (200, 2,000 and 10,000 nodes), taken once it has settled, is
kept in :data:`ARTIFACTS` (``bench-artifacts/``, not tracked) and its place printed.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from bench.corpus import synthetic_events, synthetic_projection

#: (nodes, communities) of the rows; ``auto`` opens 200 and 2,000 nodes expanded, 10,000 collapsed.
ROWS = ((200, "auto"), (2000, "auto"), (2000, "collapsed"), (10000, "auto"), (10000, "expanded"))
TARGETS = {2000: 3.0, 10000: 10.0}
#: Where the screenshots go: beside the repository's tracked files, ignored by git.
ARTIFACTS = Path(__file__).resolve().parent.parent / "bench-artifacts"

# Something done in the page, timed until the next frame has been drawn.
_TIMED = """async () => {
  const t0 = performance.now();
  ACTION;
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  return (performance.now() - t0) / 1000;
}"""
# One step of the date range.
_STEP = _TIMED.replace("ACTION", """const slider = document.getElementById("date-from");
  slider.value = Math.floor(slider.max / 2);
  slider.dispatchEvent(new Event("input"))""")
_EXPAND_ONE = _TIMED.replace("ACTION", "expand(0)")  # the largest community
_EXPAND_ALL = _TIMED.replace("ACTION", 'document.getElementById("expand-all").click()')


def screenshot(page, path: Path) -> Path:
    """A PNG of the page as drawn once it has settled (two frames after, so the last drawing is in it)."""
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path))
    return path


def measure(nodes: int, folder: Path, browser, with_topics: bool = False, communities: str = "auto",
            graph=None, shot: Path | None = None) -> dict:
    from kgraph.views.html import render_page
    from kgraph.views.network import ViewOptions

    if graph is None:
        inputs = nodes if with_topics else round(nodes * 4 / 3)  # a quarter of the synthetic nodes are topics
        graph = synthetic_projection(synthetic_events(inputs))
    t0 = time.perf_counter()
    page_text, data = render_page(graph, options=ViewOptions(with_topics=with_topics, communities=communities))
    render = time.perf_counter() - t0
    path = folder / f"view-{nodes}-{with_topics}-{communities}.html"
    path.write_text(page_text, encoding="utf-8")
    page = browser.new_context(bypass_csp=True).new_page()
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    t0 = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.kgraphStabilized === true", timeout=300_000, polling=50)
    settle = time.perf_counter() - t0
    picture = screenshot(page, shot) if shot is not None else None
    step = page.evaluate(_STEP)
    page.fill("#search", "Node 1")
    t0 = time.perf_counter()
    page.fill("#search", "")
    refresh = time.perf_counter() - t0
    drawn = page.evaluate("window.kgraphView.nodes")
    collapsed = data["collapsed"] and bool(data["communities"])
    expand_one = page.evaluate(_EXPAND_ONE) if collapsed else None
    expand_all = page.evaluate(_EXPAND_ALL) if collapsed else None
    page.close()
    return {"nodes": len(data["nodes"]), "edges": len(data["edges"]), "events": len(data["events"]),
            "topics": with_topics, "render_s": render, "settle_s": settle, "date_step_s": step,
            "search_refresh_s": refresh, "size_mb": path.stat().st_size / 1e6, "collapsed": collapsed,
            "communities": len(data["communities"]), "drawn": drawn, "largest": len(data["communities"][0]["members"])
            if data["communities"] else 0, "expand_one_s": expand_one, "expand_all_s": expand_all,
            "target_s": TARGETS.get(nodes) if not with_topics else None, "screenshot": picture}


def run(artifacts: Path = ARTIFACTS) -> list[dict]:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("view benchmark needs Chromium: apt-get install chromium")
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        graphs: dict = {}
        for nodes, communities in ROWS:
            if nodes not in graphs:
                graphs[nodes] = synthetic_projection(synthetic_events(round(nodes * 4 / 3)))
            shot = artifacts / f"view-{nodes}.png" if communities == "auto" else None  # each size's default page
            rows.append(measure(nodes, Path(tmp), browser, communities=communities, graph=graphs[nodes], shot=shot))
        rows.append(measure(2000, Path(tmp), browser, with_topics=True))
        browser.close()
    _print(rows)
    shots = [r for r in rows if r["screenshot"] is not None]
    print(f"\nscreenshots of the default page, once settled, in {artifacts}:")
    for r in shots:
        print(f"  {r['nodes']:6d} nodes  {r['screenshot']}")
    return rows


def _print(rows: list[dict]) -> None:
    print("\nHTML view in headless Chromium (settle: page opened to first drawing with labels chosen; "
          "drawn: nodes on the first view; expand: the largest community, then all, from collapsed)")
    print(f"{'nodes':>6} {'edges':>6} {'topics':>6} {'opens':>9} {'drawn':>6} {'python s':>9} {'settle s':>9} "
          f"{'target':>7} {'date step s':>12} {'search s':>9} {'expand 1 s':>11} {'expand all s':>13} {'size MB':>8}")
    for r in rows:
        target = f"<{r['target_s']:.0f} s" if r["target_s"] else "-"
        one = f"{r['expand_one_s']:.3f} ({r['largest']})" if r["collapsed"] else "-"
        every = f"{r['expand_all_s']:.2f}" if r["collapsed"] else "-"
        print(f"{r['nodes']:6d} {r['edges']:6d} {'yes' if r['topics'] else 'no':>6} "
              f"{'collapsed' if r['collapsed'] else 'expanded':>9} {r['drawn']:6d} "
              f"{r['render_s']:9.2f} {r['settle_s']:9.2f} {target:>7} {r['date_step_s']:12.3f} "
              f"{r['search_refresh_s']:9.3f} {one:>11} {every:>13} {r['size_mb']:8.2f}")
    small, middle, big, whole = rows[0], rows[1], rows[3], rows[4]
    print(f"ratio 2000/200: settle x{middle['settle_s'] / small['settle_s']:.1f}, "
          f"size x{middle['size_mb'] / small['size_mb']:.2f}; "
          f"10000/2000 (both expanded): settle x{whole['settle_s'] / middle['settle_s']:.1f}, "
          f"size x{whole['size_mb'] / middle['size_mb']:.2f}")
    print(f"10000 collapsed / expanded: settle x{big['settle_s'] / whole['settle_s']:.2f}, "
          f"date step x{big['date_step_s'] / whole['date_step_s']:.2f}")


def targets(rows: list[dict]) -> list[tuple[str, str, str, bool]]:
    """``(what, measured, target, met)`` rows for the summary table: the default page of each size with a
    target, and its date step."""
    found = []
    for r in rows:
        if r["target_s"] is None or (r["nodes"] > 2000) != r["collapsed"]:  # the default opening only
            continue
        how = "collapsed" if r["collapsed"] else "expanded"
        found.append((f"view of {r['nodes']:,} nodes ({how}) settles", f"{r['settle_s']:.2f} s",
                      f"< {r['target_s']:.0f} s", r["settle_s"] < r["target_s"]))
        found.append(("  one date step redrawn", f"{r['date_step_s']:.3f} s", "< 1 s", r["date_step_s"] < 1.0))
    return found


if __name__ == "__main__":
    run()
