"""Word lists kept as data in ``kgraph/nlp/data/words/``, not as constants in the code.

A list ``NAME`` is the file ``NAME.txt``: one entry a line (an entry may hold spaces: "coast guard"). A table
of pairs is ``NAME.tsv``: two columns, the key and its value, separated by a tab. Empty lines and lines
that start with ``#`` are skipped; the first comment line says what the list is. Each file is read once.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kgraph.config import data_path

__all__ = ["words", "ordered", "pairs"]

_NAME = re.compile(r"[a-z0-9_]+")


def _path(name: str, suffix: str) -> Path:
    """The data file of a list; an error naming the file when it does not exist."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"invalid word-list name {name!r}: lower-case letters, digits and '_' only, no suffix")
    path = data_path(f"words/{name}{suffix}")
    if not path.is_file():
        raise FileNotFoundError(f"no word list {name!r}: {path} does not exist")
    return path


@lru_cache(maxsize=None)
def _entries(name: str, suffix: str) -> tuple[str, ...]:
    """The entries of ``name`` + ``suffix`` in file order, without comment and empty lines."""
    lines = _path(name, suffix).read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def words(name: str) -> frozenset[str]:
    """The entries of ``data/words/NAME.txt`` as a set.

    >>> "summit" in words("meeting_nouns")
    True
    >>> words("no_such_list")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    FileNotFoundError: no word list 'no_such_list': ... does not exist
    """
    return frozenset(_entries(name, ".txt"))


def ordered(name: str) -> tuple[str, ...]:
    """The entries of ``data/words/NAME.txt`` in file order, for lists whose order counts.

    >>> ordered("weekdays")[:2]
    ('monday', 'tuesday')
    """
    return _entries(name, ".txt")


def pairs(name: str) -> dict[str, str]:
    """The rows of ``data/words/NAME.tsv`` as a dict from the first column to the second, in file order.

    >>> pairs("counterpart_roles")["Foreign Secretary"]
    'Foreign Minister'
    """
    table = {}
    for row in _entries(name, ".tsv"):
        cells = row.split("\t")
        if len(cells) != 2 or not all(cells):
            raise ValueError(f"{_path(name, '.tsv')}: a row needs two tab-separated columns, got {row!r}")
        table[cells[0]] = cells[1]
    return table
