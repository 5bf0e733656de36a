"""What the end-to-end tests of the extraction stages share: a text of our own through ``kgraph.extract``, the
(actor, relation, object) triples of the events it gives (role facts left out), the (actor, object) pairs of one
relation, and the check that a text tells some triples and not others."""

from __future__ import annotations

from kgraph.model import Article


def run(text: str, published: str | None = "2023-05-10", title: str = ""):
    import kgraph

    return list(kgraph.extract(Article(id="t", title=title, text=text, published=published)))


def core(events):
    return {(e.actor, e.relation, e.object) for e in events if e.relation != "holds_role"}


def assert_told(text: str, expected, not_told=()) -> None:
    """The text's events include every triple of ``expected`` and none of ``not_told``."""
    found = core(run(text))
    missing, wrong = set(expected) - found, set(not_told) & found
    assert not missing and not wrong, f"missing {sorted(missing)}, told {sorted(wrong)}, found {sorted(found)}"


def pairs_told(text: str, relation: str) -> set[tuple[str, str]]:
    """The (actor, object) pairs the text's events of one relation tell."""
    return {(a, o) for a, r, o in core(run(text)) if r == relation}
