"""Demands told as reported speech: a speaker who says another party must or should do something asks it of
them ("Ghana said Togo must reopen the crossing", "the envoy stressed that both sides should stop the
shelling"). The speaker's own obligations ("Chile said it must act") are none."""

from __future__ import annotations

from kgraph.nlp.arguments.reader import SentenceRules
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.events.registry import sentence_rule
from kgraph.nlp.events.rules.common import _toward
from kgraph.nlp.wordlists import words

OBLIGATION_AUXILIARIES = words("obligation_auxiliaries")
DEMANDING_SPEECH_LEMMAS = words("demanding_speech_lemmas")


def _obliged_clauses(verb) -> list:
    """The that-clauses of a verb of saying that say what should be done: "must return", "should stop"."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
            and any(a.dep_ == "aux" and a.lower_ in OBLIGATION_AUXILIARIES for a in c.children)]


@sentence_rule("demands_in_speech",
               when=lambda words, sent: bool(words & OBLIGATION_AUXILIARIES and words & DEMANDING_SPEECH_LEMMAS))
def _demands_in_speech(sent, rules: SentenceRules) -> list[Candidate]:
    """Who says another party must or should act calls on that party: "X said that Y must withdraw" gives X
    calls_for Y (negated when the saying is: "X did not say Y must ...")."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEMANDING_SPEECH_LEMMAS:
            continue
        clauses = _obliged_clauses(verb)
        if not clauses:
            continue
        speakers, certainty = rules.verb_subject(verb)
        asked, _ = rules.refs([s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")])
        modality = "negated" if event_modality(verb) == "negated" else "asserted"
        out += _toward(speakers, "calls_for", asked, verb, modality, round(0.7 * certainty, 2))
    return out
