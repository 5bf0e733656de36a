"""Small readings of the dependency parse that the rules, the topics and the actor resolution share."""

from __future__ import annotations

__all__ = ["prep_objects"]


def prep_objects(tok, *words: str) -> list:
    """The objects of the prepositions ``words`` (of any preposition when none is given) that hang on
    ``tok``, in order.

    >>> import spacy
    >>> doc = spacy.blank("en")("talks between Chile and Peru")
    >>> for t, dep, head in zip(doc, ("ROOT", "prep", "pobj", "cc", "conj"), (0, 0, 1, 2, 2)):
    ...     t.dep_, t.head = dep, doc[head]
    >>> [t.text for t in prep_objects(doc[0], "between", "among")]
    ['Chile']
    >>> [t.text for t in prep_objects(doc[0])]
    ['Chile']
    """
    return [p for c in tok.children if c.dep_ == "prep" and (not words or c.lower_ in words)
            for p in c.children if p.dep_ == "pobj"]
