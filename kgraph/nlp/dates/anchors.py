"""Days an event's sentence points to without naming them: the day the article told last ("Earlier in the day,
...", "later that day", "on the same day", "the day's meeting", "At the time, ..."), some days after it ("The
next day", "Two days later"), some days before or after the day of another clause ("on Thursday, two days after
jets struck Doha"), and the day of a clause told as happening at the same time ("just as the EU ministers met").

:func:`same_day_phrase` finds a phrase of the first kind that belongs to an event's clause, :func:`same_time_partner`
the clause told at the same time, and :class:`DaysTold` the day the article told last before a point.
"""

from __future__ import annotations

import bisect
import re

from kgraph.nlp.wordlists import ordered, pairs

__all__ = ["same_day_phrase", "in_other_clause", "next_day_phrase", "days_later_phrase", "offset_clause", "where_host",
           "told_relative", "same_time_partner", "DaysTold", "DAY_COUNTS"]

SAME_DAY_PHRASES = ordered("same_day_phrases")
LOOK_BACK_OPENINGS = ordered("look_back_openings")
SAME_TIME_MARKS = ordered("same_time_marks")
_PHRASE = re.compile(r"(?<![\w'’])(" + "|".join(re.escape(p) for p in SAME_DAY_PHRASES) + r")(?![\w])(?! as\b)")
NEXT_DAY_PHRASES = ordered("next_day_phrases")
_NEXT = re.compile(r"(?<![\w'’])(" + "|".join(re.escape(p) for p in NEXT_DAY_PHRASES)
                   + r")(?![\w])(?! (?:as|of|that|the)\b)")
_CLAUSES = ("relcl", "advcl", "ccomp", "acl", "parataxis")
DAY_COUNTS = {w: int(n) for w, n in pairs("day_counts").items()}
DAY_UNITS = {w: int(n) for w, n in pairs("day_units").items()}
OFFSET_MARKS = {w: int(n) for w, n in pairs("offset_marks").items()}
_COUNT = r"(?:" + "|".join(re.escape(w) for w in sorted(DAY_COUNTS, key=len, reverse=True)) + r"|\d{1,2})"
_UNIT = r"(?:" + "|".join(re.escape(w) for w in sorted(DAY_UNITS, key=len, reverse=True)) + r")"
# "two days later", "a week later": that many days after the day told last
_LATER = re.compile(rf"(?<![\w'’])({_COUNT}) ({_UNIT}) later(?![\w])(?! (?:than|that)\b)")
_SPAN = re.compile(rf"({_COUNT}) ({_UNIT})")


def _span_days(text: str) -> int | None:
    """The days a counted span gives ("two days" -> 2, "a week" -> 7), or None."""
    found = _SPAN.fullmatch(" ".join(text.lower().split()))
    if found is None:
        return None
    count = DAY_COUNTS.get(found.group(1)) or int(found.group(1))
    return count * DAY_UNITS[found.group(2)]


def in_other_clause(tok, trigger) -> bool:
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
        if span is not None and len(span) and not in_other_clause(span.root, trigger):
            return start
    if lower.lstrip().startswith(LOOK_BACK_OPENINGS):
        return sent.start_char
    return None


def told_relative(text: str) -> bool:
    """Whether a date phrase is told relative to a day the article told before ("the following day", "later that
    day"), not to the publication date."""
    lower = text.lower().strip()
    return bool(_NEXT.fullmatch(lower) or _PHRASE.fullmatch(lower))


def days_later_phrase(sent, trigger) -> tuple[int, int] | None:
    """Where in the document a phrase setting the trigger's clause some days after the day told last begins, and
    how many days: "The next day, he flew to Quito" (1), "Two days later, jets struck the port" (2), "A week
    later, the two met again" (7).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Two", "days", "later", ",", "jets", "struck", "Aden", "."]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 5, 5, 5, 5, 5, 5],
    ...           pos=["NUM", "NOUN", "ADV", "PUNCT", "NOUN", "VERB", "PROPN", "PUNCT"],
    ...           deps=["nummod", "npadvmod", "advmod", "punct", "nsubj", "ROOT", "dobj", "punct"])
    >>> days_later_phrase(doc[:], doc[5])
    (0, 2)
    """
    start = next_day_phrase(sent, trigger)
    if start is not None:
        return start, 1
    lower = sent.text.lower()
    for found in _LATER.finditer(lower):
        start = sent.start_char + found.start()
        span = sent.doc.char_span(start, sent.start_char + found.end(), alignment_mode="expand")
        if span is not None and len(span) and _verb_of(span.root).i == _verb_of(trigger).i:
            days = _span_days(f"{found.group(1)} {found.group(2)}")
            if days:
                return start, days
    return None


def where_host(trigger):
    """The verb of the clause whose place a "where" clause holding the trigger tells more of ("Three days later,
    he travelled to Paris, where he held talks": travelled), or None."""
    for clause in (trigger, *trigger.ancestors):
        if clause.dep_ in ("relcl", "advcl") and any(c.lower_ == "where" for c in clause.children if c.i < clause.i):
            verb = _verb_of(clause.head)
            return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


def offset_clause(trigger) -> tuple[object, int] | None:
    """The verb of the clause a counted span after or before which the trigger's clause is told, and the days
    from that verb's day to the trigger's: "Qatar recalled its envoy on Thursday, two days after jets struck
    Doha" (struck: recalled, -2), "the announcement came three days after Iran fired missiles" (fired: came,
    -3), "a week before the vote" (+7). None when the trigger's clause is told so of no other.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Qatar", "protested", "two", "days", "after", "jets", "struck", "Doha"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 6, 6, 6, 1, 6],
    ...           pos=["PROPN", "VERB", "NUM", "NOUN", "SCONJ", "NOUN", "VERB", "PROPN"],
    ...           deps=["nsubj", "ROOT", "nummod", "npadvmod", "mark", "nsubj", "advcl", "dobj"])
    >>> verb, days = offset_clause(doc[6])
    >>> verb.text, days
    ('protested', -2)
    """
    for node in [trigger, *trigger.ancestors]:
        if node.dep_ in ("advcl", "pobj"):
            mark = node.head if node.dep_ == "pobj" else next(
                (c for c in node.children if c.dep_ == "mark" and c.lower_ in OFFSET_MARKS), None)
            if mark is None or mark.lower_ not in OFFSET_MARKS:
                if node.dep_ == "advcl":
                    return None
                continue
            holder = mark if node.dep_ == "pobj" else node
            spans = [c for c in holder.children if c.dep_ == "npadvmod"]
            days = _span_days(" ".join(t.text for t in spans[0].subtree)) if spans else None
            verb = mark.head if node.dep_ == "pobj" else node.head
            if days and verb.pos_ in ("VERB", "AUX"):
                return verb, OFFSET_MARKS[mark.lower_] * days
            if node.dep_ == "advcl":
                return None
        elif node.dep_ in ("relcl", "acl", "ccomp", "parataxis"):
            return None  # "a week after an attack that Yerevan blamed on Baku": the blame is a deed of its own
    return None


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
