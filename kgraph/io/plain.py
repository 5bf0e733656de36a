"""Plain-text articles: the first non-empty line is the title, the rest the body."""

from __future__ import annotations

from pathlib import Path

from kgraph.config import MAX_RECORD_CHARS
from kgraph.errors import InputError
from kgraph.io.decode import read_text
from kgraph.model import Article

__all__ = ["read_txt", "split_title"]


# a headline is short and closes with no full stop; a first line that is a paragraph opens the body
HEADLINE_MAX_WORDS = 25


def split_title(text: str) -> tuple[str, str]:
    """Split text into (headline, body): the first non-empty line is the headline when it reads as one
    (short, no closing full stop), else the title is empty and all of the text is the body.

    >>> split_title("\\nHeadline\\n\\nBody one.\\n")
    ('Headline', 'Body one.\\n')
    >>> split_title("Tokyo, May 10 -- The minister will visit Manila next week.\\nMore.\\n")[0]
    ''
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip():
            headline = line.strip()
            if len(headline.split()) > HEADLINE_MAX_WORDS or headline.endswith("."):
                return "", "\n".join(lines[i:]).lstrip("\n")
            body = "\n".join(lines[i + 1:]).lstrip("\n")
            return headline, body
    return "", ""


def read_txt(path: Path, published: str | None = None) -> Article:
    """Read one ``.txt`` article; its id is the file name without suffix."""
    title, body = split_title(read_text(path))
    if not body.strip():
        body, title = title, ""
    if not body.strip():
        raise InputError("E101", path=path, reason="file is empty")
    if len(body) > MAX_RECORD_CHARS:
        raise InputError("E101", path=path, reason=f"text is {len(body)} characters, over the limit of {MAX_RECORD_CHARS}")
    return Article(id=path.stem, title=title, text=body, published=published, path=str(path))
