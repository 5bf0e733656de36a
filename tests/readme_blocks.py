"""The README's fenced examples, and a folder in which to run its shell lines as a user of a fresh clone would.

The shell lines call ``.venv/bin/kgraph``, ``.venv/bin/python`` and ``.venv/bin/jupyter``; :func:`user_folder`
makes a folder with the seeds and the notebooks in it and a ``.venv/bin`` whose commands run this checkout's
code with the interpreter running the tests, so a line runs exactly as written.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


@dataclass(frozen=True)
class Block:
    """One fenced block: its language tag (empty when it has none), its text and the README line it starts on."""

    lang: str
    text: str
    line: int


def fenced_blocks(text: str | None = None) -> list[Block]:
    """Every fenced block of the README (or of ``text``), in order."""
    text = README.read_text(encoding="utf-8") if text is None else text
    found = []
    for match in re.finditer(r"^```([\w-]*)\n(.*?)^```\s*$", text, re.S | re.M):
        found.append(Block(match.group(1), match.group(2), text.count("\n", 0, match.start()) + 1))
    return found


def shell_lines(block: Block) -> list[str]:
    """The commands of a shell block, one a line (a trailing backslash continues a line; comments dropped)."""
    lines, current = [], ""
    for raw in block.text.splitlines():
        current += raw.rstrip()
        if current.endswith("\\"):
            current = current[:-1] + " "
            continue
        if current.strip() and not current.lstrip().startswith("#"):
            lines.append(current.strip())
        current = ""
    return lines


def _wrapper(path: Path, command: list[str]) -> None:
    quoted = " ".join(f"'{part}'" for part in command)
    path.write_text(f'#!/bin/sh\nexport PYTHONPATH="{ROOT}${{PYTHONPATH:+:$PYTHONPATH}}"\nexec {quoted} "$@"\n',
                    encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def user_folder(folder: Path, jupyter_options: list[str] = ()) -> Path:
    """``folder`` laid out as a checkout after the install line: ``seeds/``, ``notebooks/``, ``.venv/bin/``.

    ``jupyter_options`` are added after the arguments a README line gives ``jupyter`` (a port, a token, no
    browser: what a test needs and a user does not type).
    """
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copytree(ROOT / "notebooks", folder / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    bin_dir = folder / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    _wrapper(bin_dir / "python", [sys.executable])
    _wrapper(bin_dir / "kgraph", [sys.executable, "-m", "kgraph"])
    jupyter = Path(sys.executable).parent / "jupyter"
    if jupyter.exists():
        path = bin_dir / "jupyter"
        _wrapper(path, [str(jupyter)])
        text = path.read_text(encoding="utf-8").rstrip("\n")
        path.write_text(text + "".join(f" '{option}'" for option in jupyter_options) + "\n", encoding="utf-8")
    return folder


def user_environment(folder: Path) -> dict[str, str]:
    """The environment a README line runs in: this one, with Jupyter's and IPython's own files kept in ``folder``."""
    env = dict(os.environ)
    for name, sub in (("JUPYTER_CONFIG_DIR", "jupyter-config"), ("JUPYTER_RUNTIME_DIR", "jupyter-runtime"),
                      ("JUPYTERLAB_SETTINGS_DIR", "lab-settings"), ("JUPYTERLAB_WORKSPACES_DIR", "lab-workspaces"),
                      ("IPYTHONDIR", "ipython")):
        env[name] = str(folder / ".home" / sub)
    return env
