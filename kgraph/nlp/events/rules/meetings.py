"""Meetings told without a trigger of their own: what talks focused on was discussed ("the talks focused on
trade"), and a body's own session is hosted by the body ("the coming session of the European Council")."""

from __future__ import annotations

from kgraph.nlp.arguments.parse import SUBJECT_DEPS, _topic
from kgraph.nlp.arguments.reader import SentenceRules
from kgraph.nlp.arguments.topics import topic_text
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.events.registry import sentence_rule
from kgraph.nlp.events.rules.common import _body, _discussed_at
from kgraph.nlp.syntax import MEETING_NOUNS, prep_objects
from kgraph.nlp.wordlists import words

FOCUS_WORDS = words("focus_words")


COVERING_VERBS = words("covering_verbs")


@sentence_rule("meeting_focus")
def _meeting_focus(sent, rules: SentenceRules) -> list[Candidate]:
    """What talks focused on or covered was discussed: "the talks focused on trade", "the meeting ran for
    three hours with its whole focus on winding down hostilities", "the meeting covered trade and refugees"."""
    segment, ctx = rules.segment, rules.ctx
    out = []
    for word in sent:
        covering = word.pos_ == "VERB" and word.lemma_.lower() in COVERING_VERBS
        if word.lemma_.lower() not in FOCUS_WORDS and not covering:
            continue
        topics = [p for c in word.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "around")
                  for p in c.children if p.dep_ in ("pobj", "pcomp")]  # a thing, or a deed: "on easing tensions"
        if covering:
            topics = [c for c in word.children if c.dep_ == "dobj"]
        if word.pos_ == "VERB":
            holder = word
        elif word.dep_ == "pobj" and word.head.lower_ in ("with", "on"):
            holder = word.head.head  # "talks with a focus on", "ran on ... with its focus on"
        else:
            continue
        if holder.pos_ == "NOUN":
            meetings = [holder]
        else:
            meetings = [c for c in holder.children if c.dep_ in SUBJECT_DEPS]
        meetings = [m for m in meetings if m.lemma_.lower() in MEETING_NOUNS and m.lemma_.lower() != "visit"]
        if meetings and topics:
            out += _discussed_at(meetings[0], topics, word, segment, ctx, rules)
    return out


GATHERING_NOUNS = words("gathering_nouns")
CONVENING_VERBS = words("convening_verbs")


@sentence_rule("gatherings_of_bodies")
def _gatherings_of_bodies(sent, rules: SentenceRules) -> list[Candidate]:
    """A body's own meeting is hosted by the body: "the coming session of the European Council",
    "the Ordinary Session of the Executive Council of the African Union", "a forum at the Brookings Institution".
    Not when the text names who holds it ("Kenya hosted a summit of the African Union")."""
    out = []
    for noun in sent:
        if noun.lemma_.lower() not in GATHERING_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in CONVENING_VERBS:
            continue
        bodies = [a for o in prep_objects(noun, "of", "at") if not o.conjuncts for a in _body(o, rules)]
        if len(bodies) != 1:
            continue
        text = topic_text(noun)
        modality = event_modality(noun)  # a meeting hoped for is still a meeting planned
        if text:
            out.append(Candidate(bodies[0], "hosts", _topic(text),
                                 noun, "planned" if modality == "hoped" else modality, 0.5))
    return out
