"""Lexicon entries that do not apply where their word stands: known misreadings of a trigger, each told by the words
around it ("struck a deal" is no strike, "gave a lunch for X" no aid, "withdrew its troops from Lebanon" no
rejection, "denounced X as an assault" no attack). ``passed_over`` is asked once per entry of a word, before its
arguments are read (``kgraph.nlp.events.candidates``).

>>> import spacy
>>> from kgraph.nlp.events.lexicon import Trigger
>>> nlp = spacy.blank("en")
>>> doc = nlp("Kenya sent a letter")
>>> for t, dep, head, pos in zip(doc, ("nsubj", "ROOT", "det", "dobj"), (1, 1, 3, 1), ("PROPN", "VERB", "DET", "NOUN")):
...     t.dep_, t.head, t.pos_, t.lemma_ = dep, doc[head], pos, t.lower_
>>> passed_over(Trigger("provides_aid_to", "send", "VERB", ("to",), "actor", frozenset()), doc[1], "VERB", {})
True
"""

from __future__ import annotations

from kgraph.nlp.actors.parties import ENVOY_NOUNS
from kgraph.nlp.arguments.parse import _lemma, _pos, held_call
from kgraph.nlp.arguments.slots import SUMMARY_NOUNS, _judged_heads
from kgraph.nlp.arguments.topics import AGREEMENT_NOUNS
from kgraph.nlp.events.lexicon import Trigger, load_lexicon
from kgraph.nlp.events.rules.meetings import MEAL_NOUNS, _guests_of_meal
from kgraph.nlp.syntax import prep_objects
from kgraph.nlp.wordlists import words

__all__ = ["passed_over", "RECIPROCAL_FIGHTING_VERBS"]

RECIPROCAL_FIGHTING_VERBS = words("reciprocal_fighting_verbs")
# verbs of asking others for support: "rallied support for", "sought aid"
SEEKING_VERBS = words("seeking_verbs")
# what is sent or extended that is no aid: "sent a letter to", "extended an invitation to", "sent an envoy to"
MESSAGE_NOUNS = words("message_nouns")
#: What a state grants that is a concession or a status, no aid ("granted free movement").
CONCESSION_NOUNS = words("concession_nouns")
WELCOMED_NOT_BACKED = words("welcomed_not_backed")  # "welcomed his guest": a reception, no support


def _withdrawn_object(entry: Trigger, verb) -> bool:
    """A rejection told by leaving ("withdrew from the treaty") that is no rejection where the verb takes an object:
    "withdrew its troops from Lebanon" rejects nothing."""
    return entry.relation == "rejects" and entry.slots == ("from",) and any(c.dep_ == "dobj" for c in verb.children)


def _disputed_topic(tok) -> bool:
    """Whether a verb or noun of fighting has what the parties quarrel about ("clashed over the budget",
    "a clash about fishing rights"): neither a time ("over the weekend") nor a place ("fought over the town")."""
    return any(o.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC") and o.pos_ != "PROPN"
               for o in prep_objects(tok, "over", "about"))


def _helped_deed(verb) -> bool:
    """Whether "help" names what one party is helped to do or with ("helped Peru rebuild its ports", "will help
    Ghana with vaccines"), as aid does; helping two or more parties do something together is mediation ("helped
    the parties hold a dialogue", "helped Rwanda and Congo reach a truce")."""
    helped = [c for c in verb.children if c.dep_ == "dobj"]
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
    helped += [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    if any(h.tag_ in ("NNS", "NNPS") or h.conjuncts for h in helped):
        return False
    return bool(clauses) or any(prep_objects(h, "with") for h in (verb, *helped))


def _a_verdict(noun) -> bool:
    """Whether a noun is what a critic calls something, not a deed told: "denounced the sanctions as an assault on
    its sovereignty", "condemned the vote as an attack on democracy" (but "described the raid as a strike on X"
    tells the strike)."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else \
        noun.head if noun.dep_ in ("oprd", "attr") else None
    return verb is not None and _pos(verb) == "VERB" and any(
        e.relation == "criticizes" and "judged" not in e.slots for e in load_lexicon().get((_lemma(verb), "VERB"), ()))


def passed_over(entry: Trigger, tok, pos: str, lexicon) -> bool:
    """Whether a lexicon entry (or the detector's) does not apply to the word where it stands."""
    if entry.relation == "supports" and _purpose_of_aid(tok, lexicon):
        return True  # "provide aid to support Nepal" is aid, told once
    if entry.relation in ("supports", "provides_aid_to") and pos == "NOUN" and tok.dep_ == "dobj" \
            and tok.head.lemma_.lower() in SEEKING_VERBS:
        return True  # "sought to shore up support for Kyiv": support asked of others, not given
    if pos == "VERB" and _withdrawn_object(entry, tok):
        return True
    if entry.relation == "provides_aid_to" and pos == "VERB" and tok.dep_ in ("ccomp", "xcomp") \
            and tok.head.lemma_.lower() == "help":
        return True  # "is helping Mozambique build a port": the helper gives aid, the helped party gives none
    if entry.relation == "provides_aid_to" and pos == "VERB" and _lemma(tok) == "help" and not _helped_deed(tok):
        return True  # "is helping us on the way to membership": backing, no aid named
    if entry.relation == "attacks" and _lemma(tok) in RECIPROCAL_FIGHTING_VERBS and _disputed_topic(tok):
        return True  # "Paris and Berlin clashed over the budget": a quarrel in words, no fighting
    if entry.relation == "rejects" and pos == "VERB" and any(
            "judged" in e.slots for e in lexicon.get((_lemma(tok), pos), ())) and _judged_heads(tok):
        return True  # "dismissed the claims as a stunt": judged, a criticism told by the verb's "judged" reading
    if entry.relation in ("meets_with", "hosts", "visits") and pos == "VERB" and (
            (tok.dep_ == "relcl" and tok.head.lemma_.lower() in SUMMARY_NOUNS)
            or any(c.dep_ == "dobj" and c.lemma_.lower() in SUMMARY_NOUNS for c in tok.children)):
        return True  # "..., a decision Kenya welcomed": a deed judged, no guest received
    if entry.relation == "supports" and pos == "VERB" and _lemma(tok) == "welcome" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in WELCOMED_NOT_BACKED for c in tok.children):
        return True  # "welcomed his guest", "would welcome the opportunity to host": a reception or a wish
    if entry.relation == "calls_for" and pos == "VERB" and _lemma(tok) == "order" and any(
            c.dep_ == "dobj" and c.lower_ in ENVOY_NOUNS for c in tok.children):
        return True  # "ordered two French diplomats to leave": an expulsion (a sanction), no appeal
    if entry.relation == "attacks" and pos == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS for c in tok.children):
        return True  # "struck a deal on power supplies": an agreement reached, no strike
    if entry.relation == "attacks" and pos == "NOUN" and _a_verdict(tok):
        return True  # "denounced the sanctions as an assault on its sovereignty", "called it an attack on
        # democracy": what a deed is called, no attack told
    if entry.relation == "calls_for" and pos == "NOUN" and held_call(tok):
        return True  # "held a call with X to review gas supplies": a conversation, whose aim is no appeal
    if entry.relation in ("provides_aid_to", "hosts") and pos == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in MEAL_NOUNS and _guests_of_meal(c) for c in tok.children):
        return True  # "gave a lunch for his counterpart": the meals_given rule hosts the guest; no aid
    if entry.relation == "provides_aid_to" and pos == "VERB" and _lemma(tok) == "grant" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in CONCESSION_NOUNS for c in tok.children):
        return True  # "to grant each other's citizens free movement": a concession, no aid
    if entry.relation == "provides_aid_to" and pos == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS for c in tok.children):
        return True  # "sent a letter to Khamenei", "extend an invitation to Ukraine": words, no aid
    return False


def _purpose_of_aid(tok, lexicon) -> bool:
    """A verb of support that only says what aid is for: "provide assistance to support X"."""
    if tok.dep_ not in ("advcl", "xcomp") or tok.head.i == tok.i:
        return False
    return any(e.relation == "provides_aid_to" for e in lexicon.get((_lemma(tok.head), "VERB"), ()))
