"""Shared fixtures: the seed article, the real pipeline, a build of the seeds, and a headless Chromium."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_events():
    import kgraph

    return list(kgraph.extract(SEEDS))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    import kgraph

    out = tmp_path_factory.mktemp("build")
    summary = kgraph.build([SEEDS], out)
    return summary, out


@pytest.fixture()
def workdir(tmp_path):
    """A temporary folder with a copy of the seeds in it."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


def chromium_path() -> str:
    """Debian's Chromium (``apt-get install chromium``), which Playwright drives; skips the test when absent."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip("Chromium is not installed (apt-get install chromium); the page cannot be opened")
    return path


@pytest.fixture(scope="module")
def browser():
    """A headless Chromium for the module's tests."""
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium_path(), headless=True,
                                    args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        yield browser
        browser.close()
