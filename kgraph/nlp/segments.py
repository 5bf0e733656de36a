"""An article cut into segments: the headline and each paragraph, parsed, with where each starts.

:func:`article_segments` gives the texts to parse (a dateline such as "Tokyo, Jan. 10 (Jiji Press)--" is a
segment of its own, so that it never opens the first sentence); a :class:`Segment` is one of them once
parsed. The actor stage fills in each segment's quotes and speaker (``kgraph.nlp.actors.mentions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kgraph.model import Article
from kgraph.nlp.actors.gazetteer import Actor
from kgraph.nlp.syntax import doc_text

__all__ = ["Segment", "article_segments"]


@dataclass
class Segment:
    """A parsed paragraph (or the headline) and where it starts in its source text."""

    doc: object  # spacy Doc
    index: int
    offset: int
    section: str  # "title" or "body"
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    speaker: list[Actor] = field(default_factory=list)

    def in_quote(self, token) -> bool:
        return any(a <= token.idx < b for a, b in self.quote_spans)

    @property
    def text(self) -> str:
        """The paragraph's text."""
        return doc_text(self.doc)


def article_segments(article: Article) -> list[tuple[str, str, int]]:
    """The headline and each paragraph (a non-empty line) as ``(text, section, offset)``.

    >>> article_segments(Article(id="x", title="Head", text="One.\\n\\nTwo."))
    [('Head', 'title', 0), ('One.', 'body', 0), ('Two.', 'body', 6)]
    >>> [t for t, _, _ in article_segments(Article(id="x", text="Luanda — Talks began."))]
    ['Luanda —', 'Talks began.']
    >>> [t for t, _, _ in article_segments(Article(id="x", text="GITEGA, Burundi (AA) - Talks began."))]
    ['GITEGA, Burundi (AA) -', 'Talks began.']
    >>> [t for t, _, _ in article_segments(Article(id="x", text="Lusaka, March 4, 2025 — Talks began."))]
    ['Lusaka, March 4, 2025 —', 'Talks began.']
    """
    parts = []
    if article.title.strip():
        parts.append((article.title.strip(), "title", article.title.index(article.title.strip())))
    offset = 0
    for line in article.text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            dateline = _DATELINE.match(stripped)
            if dateline and dateline.end() < len(stripped):
                # "Tokyo, Jan. 10 (Jiji Press)--" is about the report, not part of the first sentence
                parts.append((stripped[:dateline.end()].rstrip(), "body", start))
                rest = stripped[dateline.end():]
                parts.append((rest, "body", start + dateline.end()))
            else:
                parts.append((stripped, "body", start))
        offset += len(line) + 1
    return parts

_DATELINE = re.compile(r"^[A-Z][\w.’' ]{1,30}(?:, [\w.’' ]{1,25}){0,2}(?: \([^)]{1,40}\))?\s*(?:--|—|–)\s*"
                       # with a plain hyphen only after a place and date or agency, or a city in capitals:
                       # "ADDIS ABABA, Aug 22 (Reuters) - ", "VIENTIANE - " (not "Kenya - Uganda talks")
                       # "Riyadh, September 11, 2024 - ", "Nairobi, 3 May 2024 - "
                       r"|^(?:[A-Z][\w.’' ]{1,30}(?:, (?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?"
                       r"|\d{1,2} [A-Z][a-z]{2,8}\.?(?: \d{4})?)(?: \([^)]{1,40}\))?"
                       r"|(?:, [A-Z][\w.’' ]{1,25})? \([^)]{1,40}\))"  # "KIGALI, Rwanda (AA) - "
                       r"|[A-Z][A-Z.’' ]{2,30}) - ")
