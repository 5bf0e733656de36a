"""JSON and JSON Lines articles: records ``{id, title, text, published, url, source}``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kgraph.config import MAX_RECORD_CHARS
from kgraph.errors import InputError
from kgraph.io.dates import parse_published
from kgraph.io.decode import read_text
from kgraph.model import Article

__all__ = ["read_json", "read_jsonl", "record_to_article"]


def record_to_article(record: Any, path: Path, where: str, published: str | None = None) -> Article:
    """Validate one JSON record and turn it into an :class:`Article`.

    >>> record_to_article({"id": "a", "text": "Body."}, Path("x.jsonl"), "line 1").id
    'a'
    """
    if not isinstance(record, dict):
        raise InputError("E101", path=f"{path}: {where}", reason="record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        reason = "record has no 'text'" if text is None else "record 'text' is empty or not a string"
        raise InputError("E101", path=f"{path}: {where}", reason=reason)
    if len(text) > MAX_RECORD_CHARS:
        raise InputError("E101", path=f"{path}: {where}",
                         reason=f"record text is {len(text)} characters, over the limit of {MAX_RECORD_CHARS}")
    title = record.get("title") or ""
    if not isinstance(title, str):
        title = str(title)
    ident = record.get("id")
    ident = str(ident) if ident not in (None, "") else f"{path.stem}-{where.split()[-1]}"
    stamp = next((record[k] for k in ("published", "date", "published_at", "pubdate") if record.get(k)), None)
    date = parse_published(stamp, f"{path}: {where}") or published
    return Article(
        id=ident, title=title.strip(), text=text.replace("\r\n", "\n"), published=date,
        url=record.get("url") or None, source=record.get("source") or None, path=str(path),
    )


def read_jsonl(path: Path, published: str | None = None, on_error=None) -> Iterator[Article]:
    """Yield the articles of a JSON Lines file; a bad line goes to ``on_error`` (or raises)."""
    for number, line in enumerate(read_text(path).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError("E102", path=path, line=number, reason=f"malformed JSON ({exc.msg})") from None
            yield record_to_article(record, path, f"line {number}", published)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)


def read_json(path: Path, published: str | None = None, on_error=None) -> Iterator[Article]:
    """Yield the articles of a JSON file holding one record or a list of records."""
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise InputError("E102", path=path, line=exc.lineno, reason=f"malformed JSON ({exc.msg})") from None
    records = data if isinstance(data, list) else [data]
    for index, record in enumerate(records, start=1):
        try:
            yield record_to_article(record, path, f"record {index}", published)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
