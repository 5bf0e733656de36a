"""What the end-to-end tests of the extraction stages share: a text of our own through ``kgraph.extract``, and
the (actor, relation, object) triples of the events it gives (role facts left out)."""

from __future__ import annotations

from kgraph.model import Article


def run(text: str, published: str | None = "2023-05-10", title: str = ""):
    import kgraph

    return list(kgraph.extract(Article(id="t", title=title, text=text, published=published)))


def core(events):
    return {(e.actor, e.relation, e.object) for e in events if e.relation != "holds_role"}
