"""The README's pictures come from docs/make_pictures.py: run it into a temporary folder and look at what it wrote."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "make_pictures.py"
PICTURES = {"view.png": ((800, 500), (2400, 1600)), "relations.png": ((600, 250), (2000, 1400))}


def png_header(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header, after checking it is one."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])


def distinct_colours(data: bytes) -> int:
    """How many colours a PNG uses (Pillow, which matplotlib brings), up to 10,000."""
    import io

    from PIL import Image

    found = Image.open(io.BytesIO(data)).convert("RGB").getcolors(maxcolors=10_000)
    return 10_000 if found is None else len(found)


def check_picture(name: str, data: bytes) -> None:
    (min_w, min_h), (max_w, max_h) = PICTURES[name]
    width, height = png_header(data)
    assert min_w <= width <= max_w and min_h <= height <= max_h, (name, width, height)
    assert 5_000 < len(data) < 300_000, (name, len(data))
    assert distinct_colours(data) > 20, f"{name} is nearly blank"


def test_the_script_makes_both_pictures_into_a_folder(tmp_path):
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        pytest.skip("Chromium is not installed (apt-get install chromium); the view cannot be pictured")
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")
    result = subprocess.run([sys.executable, SCRIPT, "--out", tmp_path], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(PICTURES)      # nothing else, no temporary files
    for name in PICTURES:
        assert f"written {tmp_path / name}" in result.stdout
        check_picture(name, (tmp_path / name).read_bytes())


def test_the_readme_shows_the_committed_pictures_and_names_the_script():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"!\[[^\]]+\]\((docs/[\w.-]+\.png)\)", readme)
    assert sorted(shown) == sorted(f"docs/{name}" for name in PICTURES)
    for name in PICTURES:
        check_picture(name, (ROOT / "docs" / name).read_bytes())
    assert "docs/make_pictures.py" in readme


def test_a_picture_too_large_is_reduced_to_a_palette():
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import make_pictures
    finally:
        sys.path.remove(str(SCRIPT.parent))
    data = (ROOT / "docs" / "view.png").read_bytes()
    smaller = make_pictures.small_png(data, limit=len(data) - 1)
    assert len(smaller) < len(data) and png_header(smaller) == png_header(data)
    assert make_pictures.small_png(data) is data
