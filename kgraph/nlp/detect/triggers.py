"""Triggers the trained detector found in a sentence, as lexicon-style entries for argument linking.

The detector says which words tell which relation; the arguments of such a word are then read through
the same dependency paths as a lexicon trigger's, with the slots ``data/detected_slots.tsv`` gives per
relation and part of speech. A word the lexicon already lists for that relation keeps its own entry.

>>> entry = detected_entry("condemns", "VERB", "criticizes", 0.9)
>>> entry.slots, entry.confidence
(('dobj', 'judged', 'over', 'for'), 0.9)
"""

from __future__ import annotations

from functools import lru_cache

from kgraph.config import data_path
from kgraph.nlp.detect.component import SPANS_KEY
from kgraph.nlp.events.lexicon import Trigger
from kgraph.nlp.wordlists import words

__all__ = ["detected_triggers", "detected_entry", "load_detected_slots", "load_detected_guards",
           "NEW_TRIGGER_MIN_SCORE"]

#: A word the lexicon does not list for a relation becomes a trigger of it only at this detector score or
#: above (the detector marks spans from 0.7, which suits its own held-out sentences; on articles a word
#: with no lexicon support needs more).
NEW_TRIGGER_MIN_SCORE = 0.8


@lru_cache(maxsize=1)
def load_detected_slots() -> dict[tuple[str, str], tuple[tuple[str, ...], str, tuple[str, ...]]]:
    """(relation, part of speech) -> (object slots, object kind, actor slots), from the data file."""
    table = {}
    for line in data_path("detected_slots.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        relation, pos, slots, kind, actor_slots, *_ = line.split("\t") + [""] * 5
        table[(relation, pos)] = (tuple(s for s in slots.split(";") if s), kind or "any",
                                  tuple(s for s in actor_slots.split(";") if s))
    return table


def detected_triggers(sent) -> dict[int, list[tuple[str, float]]]:
    """Token index of each detected trigger's head word in ``sent`` -> [(relation, score)], best first."""
    spans = sent.doc.spans.get(SPANS_KEY)
    if not spans:
        return {}
    scores = spans.attrs.get("scores")
    found: dict[int, dict[str, float]] = {}
    for k, span in enumerate(spans):
        if span.start < sent.start or span.end > sent.end:
            continue
        score = float(scores[k]) if scores is not None else 1.0
        best = found.setdefault(span.root.i, {})
        best[span.label_] = max(best.get(span.label_, 0.0), score)
    return {i: sorted(labels.items(), key=lambda kv: -kv[1]) for i, labels in found.items()}


@lru_cache(maxsize=1)
def load_detected_guards() -> dict[str, frozenset[str]]:
    """Relation -> words that may never be a detected trigger of it (``data/detected_guards.tsv``)."""
    table: dict[str, frozenset[str]] = {}
    for line in data_path("detected_guards.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            relation, lists = (line.split("\t") + [""])[:2]
            table[relation] = frozenset().union(*(words(name) for name in lists.split(";") if name))
    return table


def detected_entry(lemma: str, pos: str, relation: str, score: float) -> Trigger | None:
    """A lexicon-style entry for a detected trigger, or None where no slots are known for it or the word
    may not tell that relation (``load_detected_guards``).

    >>> detected_entry("strengthen", "VERB", "sanctions", 0.99) is None
    True
    """
    slots = load_detected_slots().get((relation, pos))
    if slots is None or score < NEW_TRIGGER_MIN_SCORE or lemma in load_detected_guards().get(relation, ()):
        return None
    objects, kind, actor_slots = slots
    return Trigger(relation, lemma, pos, objects, kind, frozenset(), actor_slots, round(score, 3))
