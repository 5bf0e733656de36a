"""Days an event's sentence points to without naming them: the day the article told last ("Earlier in the day,
...", "later that day", "on the same day", "the day's meeting", "At the time, ..."), and the day of a clause
told as happening at the same time ("just as the EU ministers met").

:func:`same_day_phrase` finds a phrase of the first kind that belongs to an event's clause, :func:`same_time_partner`
the clause told at the same time, and :class:`DaysTold` the day the article told last before a point.
"""

from __future__ import annotations

import bisect
import re

from kgraph.nlp.wordlists import ordered

__all__ = ["same_day_phrase", "next_day_phrase", "told_relative", "same_time_partner", "DaysTold"]

SAME_DAY_PHRASES = ordered("same_day_phrases")
LOOK_BACK_OPENINGS = ordered("look_back_openings")
SAME_TIME_MARKS = ordered("same_time_marks")
_PHRASE = re.compile(r"(?<![\w'’])(" + "|".join(re.escape(p) for p in SAME_DAY_PHRASES) + r")(?![\w])(?! as\b)")
NEXT_DAY_PHRASES = ordered("next_day_phrases")
_NEXT = re.compile(r"(?<![\w'’])(" + "|".join(re.escape(p) for p in NEXT_DAY_PHRASES)
                   + r")(?![\w])(?! (?:as|of|that|the)\b)")
_CLAUSES = ("relcl", "advcl", "ccomp", "acl", "parataxis")


def _in_other_clause(tok, trigger) -> bool:
    """Whether ``tok`` sits in a clause of its own that does not hold ``trigger`` ("a move that Beijing
    condemned later that day" is not the day of the move)."""
    for node in [tok, *tok.ancestors]:
        if node.i == trigger.i:
            return False
        if node.dep_ in _CLAUSES and not node.left_edge.i <= trigger.i <= node.right_edge.i:
            return True
    return False


def same_day_phrase(sent, trigger) -> int | None:
    """Where in the document (a character offset) a phrase setting the trigger's clause on the day told last
    begins: "Earlier in the day, he met ...", "the day's meeting ... focused on", "At the time, ..." (only
    opening the sentence). None when the sentence has none for the trigger; "the same day as X" is X's day,
    not one told before.

    >>> import spacy
    >>> doc = spacy.blank("en")("Later that day, Rutte flew to Ankara.")
    >>> same_day_phrase(doc[:], doc[5])
    0
    >>> same_day_phrase(spacy.blank("en")("Rutte flew on the same day as Scholz.")[:], doc[5]) is None
    True
    """
    lower = sent.text.lower()
    for found in _PHRASE.finditer(lower):
        start = sent.start_char + found.start()
        span = sent.doc.char_span(start, sent.start_char + found.end(), alignment_mode="expand")
        if span is not None and len(span) and not _in_other_clause(span.root, trigger):
            return start
    if lower.lstrip().startswith(LOOK_BACK_OPENINGS):
        return sent.start_char
    return None


def told_relative(text: str) -> bool:
    """Whether a date phrase is told relative to a day the article told before ("the following day", "later that
    day"), not to the publication date."""
    lower = text.lower().strip()
    return bool(_NEXT.fullmatch(lower) or _PHRASE.fullmatch(lower))


def next_day_phrase(sent, trigger) -> int | None:
    """Where in the document a phrase setting the trigger's clause on the day after the day told last begins: "The
    next day, he flew to Quito", "will be in Doha the following day" (not "the day after the vote": that day is
    the vote's).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["The", "next", "day", ",", "Rutte", "flew", "to", "Ankara", "."]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 5, 5, 5, 5, 5, 6, 5],
    ...           pos=["DET", "ADJ", "NOUN", "PUNCT", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
    ...           deps=["det", "amod", "npadvmod", "punct", "nsubj", "ROOT", "prep", "pobj", "punct"])
    >>> next_day_phrase(doc[:], doc[5])
    0
    """
    lower = sent.text.lower()
    for found in _NEXT.finditer(lower):
        start = sent.start_char + found.start()
        span = sent.doc.char_span(start, sent.start_char + found.end(), alignment_mode="expand")
        if span is not None and len(span) and _verb_of(span.root).i == _verb_of(trigger).i:
            return start
    return None


def _verb_of(tok):
    """The verb a word belongs to: itself, or the nearest verb above it (the word itself when there is none)."""
    for node in (tok, *tok.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            return node
    return tok


def _marked(clause) -> bool:
    """Whether a subordinate clause opens with a mark of the same time: "just as the ministers met"."""
    opening = " ".join(t.lower_ for t in clause.doc[clause.left_edge.i: clause.i + 1])
    return opening.startswith(SAME_TIME_MARKS)


def same_time_partner(trigger):
    """The verb of the clause told as happening at the same time as the trigger's, or None: the main verb for
    a trigger in a "just as" clause, the "just as" clause's verb for a trigger in the main clause."""
    for node in [trigger, *trigger.ancestors]:
        if node.dep_ == "advcl":
            return node.head if _marked(node) else None
        for child in node.children:
            if child.dep_ == "advcl" and child.i != trigger.i and _marked(child) \
                    and not child.left_edge.i <= trigger.i <= child.right_edge.i:
                return child
        if node.dep_ in ("relcl", "ccomp", "parataxis"):
            return None
    return None


class DaysTold:
    """The days an article told, by where it told them, to find the day told last before a point.

    >>> told = DaysTold()
    >>> told.add(10, "2024-05-06"); told.add(80, "2024-05-08")
    >>> told.last_before(50), told.last_before(100), told.last_before(5)
    ('2024-05-06', '2024-05-08', None)
    """

    def __init__(self) -> None:
        self._points: list[tuple[int, str]] = []

    def add(self, position: int, day: str) -> None:
        """Note that the body told ``day`` at ``position`` (a character offset)."""
        bisect.insort(self._points, (position, day))

    def copy(self) -> "DaysTold":
        """Another list of the same days, to add to apart."""
        other = DaysTold()
        other._points = list(self._points)
        return other

    def last_before(self, position: int) -> str | None:
        """The day told last before ``position`` (None when none was)."""
        index = bisect.bisect_left(self._points, (position, ""))
        return self._points[index - 1][1] if index else None
