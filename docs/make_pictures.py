"""Make the README's pictures from the repository's own data, so that nobody makes them by hand.

    python docs/make_pictures.py [--out DIR]

writes into DIR (default: this folder, ``docs/``):

- ``view.png``: the interactive view of the seed build (``kgraph build seeds``), as headless Chromium shows
  it once drawn, with Ukraine clicked to open its details, every network request refused;
- ``relations.png``: China's relations over time, from the built-in stories and the notebook reports
  (the figure of ``notebooks/analyst_walkthrough.ipynb``).

Chromium comes from the system (``apt-get install chromium`` on Debian), found on the PATH as the browser
tests find it, and Playwright drives it; nothing is downloaded. Each picture is written atomically and kept
under 300 KB (the view is reduced to a palette when it would be larger).
"""

from __future__ import annotations

import argparse
import io
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MAX_BYTES = 300_000
VIEWPORT = {"width": 1440, "height": 760}


class PictureError(Exception):
    """A picture cannot be made; the message says why, in one line."""


def chromium() -> str:
    """The system's Chromium, as the browser tests find it."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise PictureError("Chromium is not installed (apt-get install chromium); the view cannot be pictured")
    return path


def small_png(data: bytes, limit: int = MAX_BYTES) -> bytes:
    """``data`` as it is when under ``limit`` bytes, else reduced to a 256-colour palette (Pillow)."""
    if len(data) <= limit:
        return data
    from PIL import Image

    image = Image.open(io.BytesIO(data)).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    if buffer.tell() > limit:
        raise PictureError(f"a picture stays over {limit // 1000} KB even with a palette ({buffer.tell()} bytes)")
    return buffer.getvalue()


def view_picture(out: Path) -> Path:
    """Build the seeds, open the view in headless Chromium with the network refused, and picture it."""
    import kgraph
    from kgraph.io.atomic import atomic_write_bytes

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        raise PictureError("playwright is not installed (pip install -e '.[dev]')") from None
    executable = chromium()
    with tempfile.TemporaryDirectory() as scratch:
        build = Path(scratch) / "kgraph-out"
        kgraph.build([ROOT / "seeds"], build, title="kgraph: the seed article")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                                 args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
            try:
                # the page's Content-Security-Policy forbids eval, which Playwright's polling uses (as in the view tests)
                page = browser.new_context(viewport=VIEWPORT, bypass_csp=True).new_page()
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                           else route.abort())
                page.goto((build / "graph.html").as_uri())
                page.wait_for_function("window.kgraphStabilized === true", timeout=60_000)
                point = page.evaluate("""label => {
                    const node = DATA.nodes.find(n => n.label === label);
                    const p = network.canvasToDOM(network.getPosition(node.id));
                    const box = document.getElementById("graph").getBoundingClientRect();
                    return { x: p.x + box.left, y: p.y + box.top };
                }""", "Ukraine")
                page.mouse.click(point["x"], point["y"])
                page.wait_for_selector("#details", state="visible")
                page.mouse.move(300, VIEWPORT["height"] - 10, steps=5)  # to an empty corner: the tooltip goes
                page.wait_for_selector("div.vis-tooltip", state="hidden")
                data = page.screenshot(type="png")
            finally:
                browser.close()
    return atomic_write_bytes(out / "view.png", small_png(data))


def relations_picture(out: Path) -> Path:
    """China's relations over time from the stories and the notebook reports, as the walkthrough draws them."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    import kgraph
    from kgraph.evaluate import builtin_gold
    from kgraph.io.atomic import atomic_write_bytes
    from kgraph.views.plots import relations_over_time

    corpus = [builtin_gold()[1], ROOT / "notebooks" / "data" / "reports.jsonl"]
    dataset = kgraph.build_graph(list(kgraph.extract(corpus)), list(kgraph.read_articles(corpus)))
    stands_for = {row["person"]: row["of"] for row in kgraph.query(dataset, "roles").rows if row["of"]}
    ax = relations_over_time(kgraph.to_networkx(dataset), "China", stands_for=stands_for,
                             title="China and its officials, 2024")
    buffer = io.BytesIO()
    ax.figure.savefig(buffer, format="png", dpi=100)
    plt.close(ax.figure)
    return atomic_write_bytes(out / "relations.png", small_png(buffer.getvalue()))


def main(argv: list[str] | None = None) -> int:
    """Make both pictures; print where they went. Exit 0, or 2 with a one-line error."""
    parser = argparse.ArgumentParser(description="Make the README's pictures (docs/view.png, docs/relations.png).")
    parser.add_argument("--out", type=Path, default=HERE, help="folder to write the pictures into (default: docs/)")
    args = parser.parse_args(argv)
    try:
        for make in (view_picture, relations_picture):
            path = make(args.out)
            print(f"written {path} ({path.stat().st_size // 1000} KB)")
    except PictureError as exc:
        print(f"make_pictures: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
