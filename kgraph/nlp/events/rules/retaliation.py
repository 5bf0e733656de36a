"""Measures answered: sanctions or tariffs that a party condemns or retaliates against are measures against that
party, by the party that took them ("Russia barred 200 Britons in retaliation for new sanctions from London":
the United Kingdom sanctions Russia; "China retaliated against new US tariffs": the United States sanctions
China). Only where the measures name who took them and not whom they hit."""

from __future__ import annotations

from kgraph.nlp.arguments.reader import PARTY_TYPES, SentenceRules
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.events.registry import sentence_rule
from kgraph.nlp.syntax import prep_objects
from kgraph.nlp.wordlists import words

__all__ = ["ANSWERED_MEASURE_NOUNS", "ANSWERING_WORDS"]

ANSWERED_MEASURE_NOUNS = words("answered_measure_nouns")
ANSWERING_WORDS = words("answering_words")


def _answering_word(noun):
    """The word by which the measures are answered: the verb or noun they hang on, straight or through a
    preposition ("condemned the sanctions", "retaliated against the tariffs", "in retaliation for the
    sanctions"), or None."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if head is None or head.i == noun.i:
        return None
    return head if head.lemma_.lower() in ANSWERING_WORDS else None


def _answering_party(word, rules: SentenceRules):
    """The party answering: the subject of the answering verb, or of the verb the answering noun hangs on ("in
    retaliation for ..." on "barred")."""
    verb = word
    while not (verb.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)) \
            and verb.head.i != verb.i:  # (up to the clause that names its doer: not "entering" in "barred
        verb = verb.head  # Britons from entering ... in retaliation for ...")
    if verb.pos_ != "VERB":
        return [], 0.0
    return rules.verb_subject(verb)


@sentence_rule("measures_answered", when=lambda words, sent: bool(words & ANSWERED_MEASURE_NOUNS
                                                                 and words & ANSWERING_WORDS))
def _measures_answered(sent, rules: SentenceRules) -> list[Candidate]:
    """Measures a party answers, told with who took them and not whom they hit, hit the answering party."""
    out = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ANSWERED_MEASURE_NOUNS \
                or prep_objects(noun, "on", "against"):
            continue
        word = _answering_word(noun)
        if word is None:
            continue
        takers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i]
        takers += prep_objects(noun, "from", "by")
        imposers = [a for a in rules.refs(takers)[0] if a.type in ("country", "organisation")]
        hit, certainty = _answering_party(word, rules)
        hit = [a for a in hit if a.type in PARTY_TYPES]
        modality = event_modality(noun) if noun.dep_ == "dobj" else "asserted"
        out += [Candidate(i, "sanctions", h, noun, modality, round(0.6 * certainty, 2)) for i in imposers
                for h in hit if i.id != h.id and (h.type == "country" or (
                    h.type in ("organisation", "person") and i.id != h.affiliation))]
    return out
