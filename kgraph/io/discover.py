"""Finding article files under paths and reading each with the reader for its type."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kgraph.errors import InputError
from kgraph.io.dates import parse_published
from kgraph.io.html import read_html
from kgraph.io.plain import read_txt
from kgraph.io.records import read_json, read_jsonl
from kgraph.model import Article

__all__ = ["read_articles", "iter_files", "SUFFIXES"]

SUFFIXES = (".txt", ".json", ".jsonl", ".html", ".htm")

ErrorHandler = Callable[[InputError], None]


def iter_files(paths: Iterable[str | os.PathLike[str]], on_error: ErrorHandler | None = None) -> Iterator[Path]:
    """Yield article files: given files as they are, directories walked recursively in name order.

    Symbolic links to directories are not followed, so a link loop cannot hang the walk.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path, followlinks=False, onerror=lambda e: _report(
                    InputError("E101", path=e.filename, reason=e.strerror or "cannot list directory"), on_error)):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    if not name.lower().endswith(SUFFIXES):
                        _report(InputError("E104", path=Path(root) / name, suffix=Path(name).suffix), on_error)
                        continue
                    yield Path(root) / name
        elif path.exists():
            yield path
        elif path.is_symlink():
            _report(InputError("E101", path=path, reason="broken or looping symbolic link"), on_error)
        else:
            _report(InputError("E100", path=path), on_error)


def _report(error: InputError, on_error: ErrorHandler | None) -> None:
    if on_error is None:
        raise error
    on_error(error)


def read_articles(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
                  published: str | None = None,
                  on_error: ErrorHandler | None = None) -> Iterator[Article]:
    """Yield the articles found under ``paths``.

    ``published`` (a date in a form :mod:`kgraph.io.dates` reads) is used where a file has no
    publication date of its own.
    Problems raise :class:`~kgraph.errors.InputError`, or, when ``on_error`` is given, are
    passed to it and the file or record is skipped.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Headline\\n\\nUkraine and Lithuania agree.\\n")
    >>> [a.title for a in read_articles(folder)]
    ['Headline']
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    published = parse_published(published, "--published", field=None)
    first_seen: dict[str, str] = {}  # article id -> file it was first read from
    for path in iter_files(paths, on_error):
        try:
            for article in _read_file(path, published, on_error):
                if article.id in first_seen:
                    _report(InputError("E101", path=path, reason=f"duplicate article id {article.id!r} "
                                                                 f"(first read from {first_seen[article.id]}); skipped"),
                            on_error)
                    continue
                first_seen[article.id] = str(path)
                yield article
        except InputError as exc:
            _report(exc, on_error)


def _read_file(path: Path, published: str | None, on_error: ErrorHandler | None) -> Iterator[Article]:
    suffix = path.suffix.lower()
    if suffix == ".txt":
        yield read_txt(path, published)
    elif suffix == ".jsonl":
        yield from read_jsonl(path, published, on_error)
    elif suffix == ".json":
        yield from read_json(path, published, on_error)
    elif suffix in (".html", ".htm"):
        yield read_html(path, published)
    else:
        raise InputError("E104", path=path, suffix=suffix)
