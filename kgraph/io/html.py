"""HTML articles: main text, title and date taken out with trafilatura (no scripts run, nothing fetched)."""

from __future__ import annotations

from pathlib import Path

from kgraph.errors import InputError
from kgraph.io.decode import read_text
from kgraph.model import Article

__all__ = ["read_html"]


def read_html(path: Path, published: str | None = None) -> Article:
    """Read one ``.html`` page and keep its main text (boilerplate, scripts and menus dropped)."""
    import trafilatura  # heavy import, only needed for HTML

    markup = read_text(path)
    result = trafilatura.bare_extraction(markup, include_comments=False, include_tables=False,
                                         with_metadata=True, favor_precision=True)
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputError("E101", path=path, reason="no article text found in the HTML")
    title = (getattr(result, "title", None) or "").strip()
    date = getattr(result, "date", None) or None
    if date and (published is None):
        published = str(date)[:10]
    url = getattr(result, "url", None) or None
    return Article(id=path.stem, title=title, text=text.strip() + "\n", published=published,
                   url=url, path=str(path))
