"""The events stage: the events one sentence tells, as candidates, before dates and deduplication.

Reads a parsed sentence, its segment and the article's actors (``kgraph.nlp.actors``); returns a list of
:class:`Candidate` (:func:`kgraph.nlp.events.candidates.sentence_candidates`): who did what to whom, with the
trigger word, the modality and a confidence.

- ``candidates``: the loop over a sentence's words that fires the lexicon (and the trained detector's
  triggers), then runs the registered sentence rules.
- ``lexicon``: the relation lexicon, ``data/lexicon.tsv``.
- ``registry``: sentence rules by name (``rules/`` holds the project's own, registered in the order they run).
- ``modality``: asserted, planned, negated or hoped, read off the parse around a trigger.

The reading of each trigger's actors and objects is the arguments stage (``kgraph.nlp.arguments``).
"""

from __future__ import annotations

from dataclasses import dataclass

from kgraph.nlp.actors.gazetteer import Actor

__all__ = ["Candidate"]


@dataclass(frozen=True)
class Candidate:
    """An event found in a sentence, before dates and deduplication."""

    actor: Actor
    relation: str
    object: Actor
    trigger: object  # spacy Token
    modality: str
    confidence: float
    # a word told earlier whose date is this event's when its own sentence gives none ("will be present at the
    # event" after "will sign the accord on Friday at an event in Abuja")
    date_from: object = None
