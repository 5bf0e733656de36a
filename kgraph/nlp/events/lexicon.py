"""The relation lexicon (``data/lexicon.tsv``): which words trigger which relation, and where the object is.

>>> entries = load_lexicon()
>>> [e.relation for e in entries[("agree", "VERB")]]
['agrees_on']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kgraph.config import data_path

__all__ = ["Trigger", "load_lexicon"]


@dataclass(frozen=True)
class Trigger:
    """One lexicon row: ``lemma`` (as ``pos``) triggers ``relation``; objects are found in ``slots``."""

    relation: str
    lemma: str
    pos: str  # VERB or NOUN
    slots: tuple[str, ...]
    object_kind: str  # actor, organisation, place, topic, any
    heads: frozenset[str]
    actor_slots: tuple[str, ...] = ()  # empty: the grammatical subject
    confidence: float = 1.0  # below 1 for a trigger the trained detector found, by its score


@lru_cache(maxsize=1)
def load_lexicon() -> dict[tuple[str, str], list[Trigger]]:
    """Lexicon rows keyed by (lemma, part of speech)."""
    table: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    for line in data_path("lexicon.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        relation, lemma, pos, slots, kind, heads, actor_slots, *_ = (line.split("\t") + [""] * 7)
        entry = Trigger(relation, lemma, pos, tuple(s for s in slots.split(";") if s), kind or "any",
                        frozenset(h for h in heads.split(";") if h),
                        tuple(s for s in actor_slots.split(";") if s))
        table[(lemma, pos)].append(entry)
    return dict(table)
