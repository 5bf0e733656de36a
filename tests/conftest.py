"""Shared fixtures: the seed article, the real pipeline, and a build of the seeds."""

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
