"""Event mentions: a noun phrase that tells again an event told before ("the talks", "their meeting in Geneva",
"during the call", "at the summit", "on the sidelines of the summit", "Cassis, who hosted the talks"), and the
event it refers to, whose day and place an event told at the mention takes.

:func:`event_mention` finds the mention an event is told at, :func:`own_day` the day a mention names itself
("Monday's talks", "the talks, held on Saturday", "the summit took place on Monday"), and
:class:`Referents` the event told before that a mention refers to: the last one of a fitting relation, one
that shares a party with the event told at it where there is such.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kgraph.nlp.dates.resolve import resolve_date
from kgraph.nlp.dates.sentence import attributive, date_holder, event_dates
from kgraph.nlp.syntax import SETTING_NOUNS
from kgraph.nlp.wordlists import pairs, words

__all__ = ["MENTION_NOUNS", "mention_relations", "event_mention", "own_day", "setting_day", "owners", "named", "Told",
           "Referents", "mention_key", "points_back"]

#: noun lemma -> the relations of the events it may tell again
MENTION_NOUNS = {noun: frozenset(rels.split(",")) for noun, rels in pairs("event_mention_nouns").items()}
MENTION_PREPOSITIONS = words("mention_prepositions")
HOLDING_RELATIONS = words("holding_relations")
HOLDING_VERBS = words("holding_verbs")
SHARING_MARKS = words("sharing_marks")
SETTING_PREPOSITIONS = words("setting_prepositions")
DEFINITE_DETERMINERS = words("definite_determiners")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# what an event's trigger reaches up through to the verb whose subject or time phrase is also its own: the
# clauses it sits in, and the phrases
_CLAUSE_LINKS = ("xcomp", "conj", "relcl", "acl")
_PHRASE_ROLES = ("dobj", "pobj", "prep", "attr", "compound")
# what may stand between a time phrase and the word of the trigger's clause it hangs on ("In a statement
# released after the meeting, the two agreed")
_PHRASE_LINKS = ("prep", "pobj", "acl")


def mention_relations(tok) -> frozenset[str]:
    """The relations of the events a noun may tell again (empty for other words).

    >>> import spacy
    >>> doc = spacy.blank("en")("the talks")
    >>> doc[1].lemma_, doc[1].pos_ = "talk", "NOUN"
    >>> sorted(mention_relations(doc[1]))
    ['discusses', 'hosts', 'meets_with']
    """
    if tok.pos_ not in ("NOUN", "PROPN"):
        return frozenset()
    return MENTION_NOUNS.get(tok.lemma_.lower()) or MENTION_NOUNS.get(tok.lower_) or frozenset()


def points_back(noun) -> bool:
    """Whether a noun points back: "the talks", "their meeting", "Monday's talks", "the day's meeting" (not a
    name: "the Bureau Meeting of the Assembly" is told for the first time)."""
    return noun.text.islower() and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in noun.children)


def _setting_object(noun):
    """The gathering a setting noun names: "the sidelines of the summit" -> "summit" (else None)."""
    if noun.lemma_.lower() not in SETTING_NOUNS and noun.lower_ not in SETTING_NOUNS:
        return None
    inner = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return inner[0] if inner else None


def _clause_nodes(trigger) -> list:
    """The trigger and the words above it up to its clause's verb and the verbs it is coordinated or
    controlled under, or told beside ("..., while Li urged Y"; not above another subordinate clause, a reported
    one or a parenthetical)."""
    nodes = [trigger]
    tok = trigger
    while (tok.dep_ in (*_CLAUSE_LINKS, *_PHRASE_ROLES, *SUBJECT_DEPS) or _shares_setting(tok)) \
            and tok.head.i != tok.i and len(nodes) < 8:
        tok = tok.head
        nodes.append(tok)
    return nodes


def _shares_setting(clause) -> bool:
    """Whether a clause is told beside its main clause at the same setting: "At the summit, Yoon called for X,
    while Li urged Y"."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SHARING_MARKS for c in clause.children)


def _hangs_on(prep, nodes: set[int]) -> bool:
    """Whether a prepositional phrase hangs on one of ``nodes``, directly or through another phrase."""
    tok = prep.head
    for _ in range(4):
        if tok.i in nodes:
            return True
        if tok.dep_ not in _PHRASE_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def event_mention(trigger, relation: str):
    """The noun telling an event told before that an event is told at, or None.

    - the trigger itself, pointing back: "the day's meeting with Sikorski lasted two hours";
    - a time phrase of its clause: "during the call", "at their meeting in Oslo", "in a statement released after
      the meeting", "on the sidelines of the summit" (the gathering);
    - the subject of its clause: "the talks focused on trade", "their meeting also produced a deal, which the two
      signed";
    - what a host held: "Cassis, who hosted the talks".
    """
    if mention_relations(trigger) and points_back(trigger):
        return trigger
    nodes = _clause_nodes(trigger)
    ids = {t.i for t in nodes}
    for tok in trigger.sent:
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or not _hangs_on(tok.head, ids):
            continue
        gathering = _setting_object(tok)
        if gathering is not None and (mention_relations(gathering) or gathering.ent_type_):
            return gathering
        if tok.head.lower_ in MENTION_PREPOSITIONS and mention_relations(tok) and points_back(tok):
            return tok
    for node in nodes:
        for child in node.children:
            if child.dep_ in SUBJECT_DEPS and mention_relations(child) and points_back(child):
                return child
    if relation in HOLDING_RELATIONS:
        held = [c for c in trigger.children if c.dep_ == "dobj" and mention_relations(c) and points_back(c)]
        return held[0] if held else None
    return None


def own_day(noun, anchor: dt.date | None, future: bool = False) -> str | None:
    """The day a mention names itself: a date inside its phrase ("Monday's talks", "the talks, held on
    Saturday", "the summit, which opened on Monday"), or on the verb it is the subject of ("the summit took
    place on Monday") or that holds it ("opened a two-day summit on Sunday", "held talks on Monday")."""
    span = range(noun.left_edge.i, noun.right_edge.i + 1)
    for ent in event_dates(noun.sent):
        holder = date_holder(ent)
        inside = ent.root.i in span and ent.root.i != noun.i
        on_verb = holder.pos_ in ("VERB", "AUX") and any(
            c.i == noun.i and (c.dep_ in SUBJECT_DEPS or (c.dep_ == "dobj" and holder.lemma_.lower() in HOLDING_VERBS))
            for c in holder.children)
        if inside or on_verb:
            day = resolve_date(ent.text, anchor, None if ent.root.head.i == noun.i and attributive(ent) and not future
                                                 else future)
            # ("Erdogan's Monday visit", "Monday's talks": no tense tells which Monday, so the nearest)
            if day:
                return day
    return None


def setting_day(noun, anchor: dt.date | None) -> tuple[str, object] | None:
    """The day of a deed a gathering is told as the setting of, and the verb telling it: "agreed on Monday at
    their first summit", "spoke on Friday on the sidelines of the forum" (the summit sat that day; it may have
    sat on others too, so the day dates what is later told at it, not the summit itself). None when there is
    no such deed or it names no day."""
    verb = _set_at(noun)
    if verb is None:
        return None
    for ent in event_dates(noun.sent):
        if date_holder(ent).i == verb.i:
            day = resolve_date(ent.text, anchor)
            if day:
                return day, verb
    return None


def _set_at(noun):
    """The verb a gathering sets what it tells at, through "at" or "during" ("agreed on Monday at their summit",
    "met on the sidelines of the summit" -> the verb), else None."""
    tok = noun
    if tok.head.dep_ == "prep" and tok.head.lower_ == "of" and _setting_object(tok.head.head) is not None:
        tok = tok.head.head  # "the sidelines of the summit": where the summit sets the verb
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            return tok.head.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in SETTING_PREPOSITIONS \
            and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    return None


def owners(noun) -> frozenset[str]:
    """Whose a mention says the event is, as names to match an event's parties by ("Erdogan's Monday visit" ->
    {"name:erdogan"}; see :func:`named`)."""
    return frozenset(f"name:{c.text.lower()}" for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN")


def named(*names: str) -> frozenset[str]:
    """The last word of each of an event's party names, as :func:`owners` gives them ("Recep Tayyip Erdogan" ->
    "name:erdogan")."""
    return frozenset(f"name:{name.split()[-1].lower()}" for name in names if name and name.split())


@dataclass(frozen=True)
class Told:
    """Something the article told that a mention may refer to: an event, or a mention naming its own day."""

    relations: frozenset[str]
    position: tuple[int, int]  # (0 for the headline, 1 for the body; character offset)
    day: str | None
    place: str | None = None
    parties: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()  # the words it was told by, lower-case: "summit", "g20 summit"
    planned: bool | None = None  # whether it was told as still to come (None: either)


def mention_key(noun) -> str:
    """What a mention calls the event: its lemma ("talks" -> "talk"), or a named gathering's name."""
    if not mention_relations(noun) and noun.ent_type_:
        ent = next((e for e in noun.sent.ents if e.start <= noun.i < e.end), None)
        if ent is not None:
            return ent.text.lower().removeprefix("the ")
    return noun.lemma_.lower()


class Referents:
    """What an article told, in order, for mentions to refer to.

    A mention refers to the last thing told before it that it names by the same word ("at the summit": the
    summit), else to the last one of a fitting relation; of either, to one that shares a party with the event
    told at the mention where there is one.

    >>> talks = Told(frozenset({"meets_with"}), (1, 0), "2024-03-04", "Oslo", frozenset({"A", "B"}))
    >>> later = Told(frozenset({"meets_with"}), (1, 90), "2024-03-06", None, frozenset({"C", "D"}))
    >>> summit = Told(frozenset({"hosts"}), (1, 50), "2024-03-05", None, frozenset({"K"}), frozenset({"summit"}))
    >>> told = Referents([talks, later, summit])
    >>> meeting = frozenset({"meets_with", "hosts"})
    >>> told.find(meeting, "meeting", (1, 200), frozenset({"A"})).day
    '2024-03-04'
    >>> told.find(meeting, "meeting", (1, 200), frozenset({"E"})).day
    '2024-03-06'
    >>> told.find(meeting, "summit", (1, 200), frozenset({"C"})).day
    '2024-03-05'
    >>> told.find(meeting, "meeting", (1, 50), frozenset({"C"}), shared=True) is None
    True
    """

    def __init__(self, told: list[Told]) -> None:
        self.told = sorted(told, key=lambda t: t.position)

    def find(self, relations: frozenset[str], key: str, before: tuple[int, int], parties: frozenset[str],
             shared: bool = False, planned: bool = False) -> Told | None:
        """The thing told before ``before`` that a mention of ``relations`` called ``key`` refers to, for an
        event of ``parties`` told as still to come or not (``planned``: a plan is told at a planned event, a deed
        at one that took place); only one sharing a party when ``shared``."""
        fitting = [t for t in self.told if t.position < before and (t.relations & relations or key in t.nouns)
                   and t.planned in (None, planned)]
        named = [t for t in fitting if key in t.nouns]
        for group in (named, fitting):
            with_party = [t for t in group if t.parties & parties]
            if with_party:
                return with_party[-1]
            if group and not shared:
                return group[-1]
        return None
