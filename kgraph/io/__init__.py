"""Reading articles from disk (txt, json/jsonl, html) and writing files atomically."""

from kgraph.io.atomic import atomic_write_text
from kgraph.io.discover import read_articles

__all__ = ["read_articles", "atomic_write_text"]
