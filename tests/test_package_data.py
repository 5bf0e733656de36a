"""Every data file in the package is declared as package data, so an install (not only a checkout) has it."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_in_the_package_is_package_data():
    package = ROOT / "kgraph"
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["kgraph"]
    declared = {path for pattern in patterns for path in package.glob(pattern) if path.is_file()}
    data = {path for path in package.rglob("*") if path.is_file() and path.suffix not in (".py", ".pyc")
            and "__pycache__" not in path.parts}
    assert data - declared == set(), sorted(str(p.relative_to(package)) for p in data - declared)
    assert package / "data" / "eval" / "gold.jsonl" in declared and package / "data" / "eval" / "articles.jsonl" in declared
