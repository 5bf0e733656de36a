"""The notebooks: each runs top to bottom with a real kernel and every cell shows what it computed; the
README's command opens the first in JupyterLab, where it runs and draws."""

from __future__ import annotations

import ast
import base64
import html
import json
import os
import re
import signal
import socket
import struct
import subprocess
import time
import tomllib
import urllib.request
from pathlib import Path

import pytest

from readme_blocks import ROOT, fenced_blocks, shell_lines, user_environment, user_folder

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
EXPLORE, WALKTHROUGH = "explore.ipynb", "analyst_walkthrough.ipynb"


@pytest.fixture(scope="session")
def executed(tmp_path_factory):
    """A function giving a notebook (by file name) after a real kernel ran it, in a copy of the checkout so
    that what it writes stays out of the repository; each notebook runs once a session."""
    nbformat = pytest.importorskip("nbformat", reason="notebook tools not installed (pip install -e '.[dev]')")
    nbclient = pytest.importorskip("nbclient", reason="notebook tools not installed (pip install -e '.[dev]')")
    checkout = user_folder(tmp_path_factory.mktemp("notebooks") / "checkout")
    done = {}

    def run(name: str):
        if name not in done:
            path = checkout / "notebooks" / name
            notebook = nbformat.read(path, as_version=4)
            assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), \
                "commit notebooks with outputs stripped"
            client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                             resources={"metadata": {"path": str(path.parent)}})
            client.execute()
            done[name] = notebook
        return done[name]

    return run


def tagged(notebook, tag: str):
    """The one code cell carrying ``tag`` in its metadata."""
    cells = [c for c in notebook.cells if c.cell_type == "code" and tag in c.metadata.get("tags", [])]
    assert len(cells) == 1, f"expected one cell tagged {tag!r}, found {len(cells)}"
    return cells[0]


def text_of(cell) -> str:
    """What a cell printed and returned, as text."""
    parts = []
    for output in cell.outputs:
        if output.output_type == "stream":
            parts.append(output.text)
        elif "data" in output:
            parts.append(output.data.get("text/plain", ""))
    return "\n".join(parts)


def png_size(output) -> tuple[int, int]:
    """Width and height of an ``image/png`` output (from its header), after checking it is a PNG."""
    data = base64.b64decode(output.data["image/png"])
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 2_000
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_notebook_runs_and_every_cell_shows_its_output(executed, name):
    notebook = executed(name)
    for cell in (c for c in notebook.cells if c.cell_type == "code"):
        kinds = [o.output_type for o in cell.outputs]
        assert kinds, f"cell {cell.id} shows nothing:\n{cell.source}"
        assert "error" not in kinds, f"cell {cell.id} failed:\n{cell.source}"
        warnings = [o.text for o in cell.outputs if o.output_type == "stream" and o.name == "stderr"]
        assert not warnings, f"cell {cell.id} printed on stderr: {warnings}"


def test_explore_draws_its_plot_inline_and_names_the_seed_actors(executed):
    notebook = executed(EXPLORE)
    images = [o for o in tagged(notebook, "plot").outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1, "the plot cell must show its figure (inline backend), not only create it"
    width, height = png_size(images[0])
    assert width > 300 and height > 200
    assert any("Lithuania" in text_of(c) for c in notebook.cells if c.cell_type == "code")


def test_explore_shows_the_slice_a_query_returned(executed):
    """The cell that shows a query's result draws Lithuania's events and their actors, not the whole graph."""
    notebook = executed(EXPLORE)
    shown = [o.data["text/html"] for o in tagged(notebook, "query-view").outputs if "text/html" in o.get("data", {})]
    assert len(shown) == 1 and shown[0].startswith("<iframe srcdoc=")
    page = html.unescape(shown[0].split('srcdoc="', 1)[1].split('"', 1)[0])
    data = json.loads(re.search(r"const DATA = (\{.*?\});\n", page, re.S).group(1))
    assert {node["label"] for node in data["nodes"]} == {"Lithuania", "Ukraine"}
    assert {event["al"] for event in data["events"]} == {"Lithuania"} and len(data["events"]) > 1


def image_of(cell) -> tuple[int, int]:
    """The size of the one PNG figure a cell shows."""
    images = [o for o in cell.outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1, f"cell {cell.metadata.get('tags')} shows {len(images)} figures"
    return png_size(images[0])


def html_rows(markup: str) -> list[list[str]]:
    """The body rows of an HTML table, as lists of cell texts."""
    body = markup.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [[html.unescape(cell) for cell in re.findall(r"<td>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", body)]


def corroborated_by_hand() -> set[tuple[str, str, str, frozenset]]:
    """Asserted events that more than one article of the walkthrough's corpus tells, counted here from the
    extracted events themselves (a relation that goes both ways counted once per pair)."""
    import kgraph
    from kgraph.evaluate import builtin_gold
    from kgraph.vocabulary import RELATIONS

    told: dict[tuple[str, str, str], set[str]] = {}
    for event in kgraph.extract([builtin_gold()[1], ROOT / "notebooks" / "data" / "reports.jsonl"]):
        if event.modality != "asserted" or event.relation in ("holds_role", "member_of"):
            continue
        actor, obj = event.actor, event.object
        if RELATIONS[event.relation].symmetric and obj < actor:
            actor, obj = obj, actor
        told.setdefault((actor, event.relation, obj), set()).add(event.doc)
    return {(a, r, o, frozenset(docs)) for (a, r, o), docs in told.items() if len(docs) > 1}


def test_walkthrough_ingests_the_corpus_and_finds_chinas_officials(executed):
    notebook = executed(WALKTHROUGH)
    assert "20 read, 20 ingested" in text_of(tagged(notebook, "ingest"))
    listing = text_of(tagged(notebook, "articles")).splitlines()
    assert [line.split()[0] for line in listing] == sorted([f"s{i:02d}" for i in range(1, 17)] +
                                                           [f"n{i:02d}" for i in range(1, 5)])
    officials = text_of(tagged(notebook, "officials"))
    assert "'person': 'Xi Jinping'" in officials and "'person': 'Li Qiang'" in officials
    assert officials.count("'of': 'China'") == officials.count("'person'")


def test_walkthrough_plots_chinas_relations_over_time_and_lists_them(executed):
    notebook = executed(WALKTHROUGH)
    width, height = image_of(tagged(notebook, "relations-plot"))
    assert width > 600 and height > 250
    lines = text_of(tagged(notebook, "relations-table")).splitlines()
    dates = [line.split()[0].strip("()") for line in lines]
    assert dates == sorted(dates) and dates[0].startswith("2024-05") and dates[-1].startswith("2024-11")
    meetings = [line for line in lines if "Xi Jinping" in line and "Vladimir Putin" in line]
    assert meetings and {line.split()[-1] for line in meetings} <= {"s07", "n02"}   # told by both
    assert any("Joe Biden" in line and line.split()[-1] == "n04" for line in lines)


def test_walkthrough_corroborated_events_are_those_told_by_more_than_one_article(executed):
    notebook = executed(WALKTHROUGH)
    shown = [o.data["text/html"] for o in tagged(notebook, "corroborated").outputs if "text/html" in o.get("data", {})]
    assert len(shown) == 1 and '<table class="kgraph-result">' in shown[0]
    rows = html_rows(shown[0])
    table = {(actor, relation, obj, frozenset(articles.split(", "))) for actor, relation, obj, reports, articles, _ in rows}
    assert all(int(row[3]) == len(row[4].split(", ")) > 1 for row in rows)
    assert table == corroborated_by_hand()
    assert ("Vladimir Putin", "meets_with", "Xi Jinping", frozenset({"s07", "n02"})) in table
    assert ("Philippines", "criticizes", "China", frozenset({"s05", "n03"})) in table


def test_walkthrough_answers_a_query_as_rows_and_as_a_bar_chart(executed):
    from kgraph.vocabulary import RELATIONS

    notebook = executed(WALKTHROUGH)
    rows = [ast.literal_eval(line) for line in text_of(tagged(notebook, "category-table")).splitlines() if line]
    categories = {relation.plover for relation in RELATIONS.values() if relation.plover}
    assert rows and all(row["category"] in categories for row in rows)
    counts = [int(row["events"]) for row in rows]
    assert counts == sorted(counts, reverse=True) and rows[0]["category"] == "CONSULT"
    assert all(int(row["articles"]) <= int(row["events"]) for row in rows)
    assert {"ACCUSE", "AGREE"} <= {row["category"] for row in rows}
    width, height = image_of(tagged(notebook, "category-plot"))
    assert width > 400 and height > 150
    view = [o.data["text/html"] for o in tagged(notebook, "view").outputs if "text/html" in o.get("data", {})]
    assert len(view) == 1 and view[0].startswith("<iframe") and "Xi Jinping" in html.unescape(view[0])


def readme_jupyter_line() -> str:
    lines = [line for block in fenced_blocks() if block.lang == "sh" for line in shell_lines(block)
             if " lab " in f" {line} " and "jupyter" in line]
    assert len(lines) == 1, "the README gives one command that opens the notebook"
    return lines[0]


def test_readme_says_how_to_open_the_notebook_and_the_dev_install_brings_jupyterlab():
    assert readme_jupyter_line() == ".venv/bin/jupyter lab notebooks/explore.ipynb"
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]["dev"]
    assert any(re.match(r"jupyterlab\b", requirement) for requirement in dev)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert all(f"notebooks/{path.name}" in readme for path in NOTEBOOKS)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_readme_command_opens_the_notebook_in_jupyterlab_where_it_runs_and_draws(browser, tmp_path):
    pytest.importorskip("jupyterlab", reason="JupyterLab is not installed (pip install -e '.[dev]')")
    port, token = free_port(), "kgraph-test"
    options = ["--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate", "--LabApp.news_url=None"]
    if os.geteuid() == 0:
        options.append("--allow-root")
    folder = user_folder(tmp_path / "checkout", jupyter_options=options)
    env = user_environment(folder)
    server = subprocess.Popen(["bash", "-c", readme_jupyter_line()], cwd=folder, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        # the page the server would have opened in a browser: the notebook's own address
        deadline, url = time.monotonic() + 90, None
        while url is None:
            assert server.poll() is None and time.monotonic() < deadline, "JupyterLab did not start"
            for page_file in Path(env["JUPYTER_RUNTIME_DIR"]).glob("jpserver-file-to-run-*-open.html"):
                found = re.search(r'url=([^"]+)"', page_file.read_text(encoding="utf-8"))
                url = found.group(1) if found else None
            time.sleep(0.2)
        assert "/lab/tree/explore.ipynb" in url
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=10).read()

        page = browser.new_page(viewport={"width": 1280, "height": 900})
        elsewhere = []
        page.route("**/*", lambda route: route.continue_()
                   if route.request.url.startswith((f"http://127.0.0.1:{port}/", f"ws://127.0.0.1:{port}/", "data:"))
                   else (elsewhere.append(route.request.url), route.abort()))
        page.goto(url)
        page.locator(".jp-NotebookPanel h1", has_text="Exploring the seed article").wait_for(timeout=60_000)
        # cells run before the kernel is connected are dropped, as a user would see: wait for it
        page.locator(".jp-StatusBar-Widget", has_text="Idle").first.wait_for(timeout=90_000)
        page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
        page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
        page.wait_for_selector(".jp-NotebookPanel .jp-RenderedImage img", timeout=180_000)
        page.wait_for_selector(".jp-NotebookPanel .jp-OutputArea-output iframe", timeout=60_000)
        image = page.locator(".jp-NotebookPanel .jp-RenderedImage img").first
        assert image.evaluate("img => img.naturalWidth") > 300
        assert page.locator(".jp-NotebookPanel [data-mime-type='application/vnd.jupyter.stderr']").count() == 0
        assert elsewhere == []
        page.close()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.communicate()
