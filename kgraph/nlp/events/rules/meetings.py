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


AGENDA_NOUNS = words("agenda_nouns")
TAKING_UP_VERBS = words("taking_up_verbs")


def _on_the_agenda(noun) -> bool:
    """Whether an agenda noun is told as a meeting's: "the topics discussed", "issues on the agenda", "the
    agenda" itself."""
    return noun.lemma_.lower() == "agenda" or any(
        c.dep_ == "acl" and c.lemma_.lower() in TAKING_UP_VERBS for c in noun.children) or any(
        o.lemma_.lower() == "agenda" for o in prep_objects(noun, "on"))


@sentence_rule("topics_listed", when=lambda words, sent: bool(words & AGENDA_NOUNS))
def _topics_listed(sent, rules: SentenceRules) -> list[Candidate]:
    """The matters a meeting's agenda is said to include were discussed by its parties (the last meeting told):
    "The topics discussed included lithium and water", "Issues on the agenda included trade", "Among the
    subjects raised were X and Y"."""
    out = []
    for noun in sent:
        if noun.lemma_.lower() not in AGENDA_NOUNS or noun.pos_ != "NOUN" or not _on_the_agenda(noun):
            continue
        verb = noun.head if noun.dep_ in ("nsubj", "pobj") else None
        if verb is not None and noun.dep_ == "pobj" and verb.lower_ == "among":
            verb = verb.head  # "Among the subjects discussed were X and Y"
            topics = [c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i != noun.i]
        elif verb is not None and verb.lemma_.lower() in ("include", "cover", "be"):
            topics = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        else:
            continue
        if topics:
            out += _discussed_at(noun, topics, verb, rules.segment, rules.ctx, rules)
    return out
