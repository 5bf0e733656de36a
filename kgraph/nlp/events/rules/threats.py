"""Threats and settlements: measures or force held out on a condition ("would retaliate if ...", "would pull its
troops out unless ..."), deeds threatened outright ("threatened to impose sanctions on Ankara"), and a
settlement made between two parties, which each of them agrees on ("brokered a truce between A and B")."""

from __future__ import annotations

from kgraph.nlp.actors.pronouns import REPORTING_LEMMAS
from kgraph.nlp.arguments.parse import _lemma, _phrasal, _topic
from kgraph.nlp.arguments.paths import SPEAKER_PRONOUNS, condition_clauses
from kgraph.nlp.arguments.reader import AID_NOUNS, PARTY_TYPES, SentenceRules
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.lexicon import load_lexicon
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.events.registry import sentence_rule
from kgraph.nlp.events.rules.common import _toward
from kgraph.nlp.syntax import prep_objects
from kgraph.nlp.wordlists import words

MEASURE_NOUNS = words("measure_nouns")
TIE_NOUNS = words("tie_nouns")
STEPPED_UP = words("stepped_up")
CONDITION_MARKS = words("condition_marks")
# "would retaliate if ...", "would respond firmly if ...": a threat (a plain "would respond if asked" is none)
RESPONSE_VERBS = words("response_verbs")
FORCEFUL = words("forceful")
UNDOING_VERBS = words("undoing_verbs")
VOWING_VERBS = words("vowing_verbs")  # "vowed to respond with overwhelming force": a response promised
THREAT_IDIOMS = frozenset(tuple(entry.split(" ", 1)) for entry in words("threat_idioms"))


@sentence_rule("conditional_threats",
               when=lambda words, sent: bool(words & CONDITION_MARKS and words & (MEASURE_NOUNS | RESPONSE_VERBS)))
def _conditional_threats(sent, rules: SentenceRules) -> list[Candidate]:
    """Further measures held out on a condition are a threat to whoever the condition is on: "underlined the
    need to adopt further measures if Mali keeps refusing", "warned of new sanctions unless Belarus stops"."""
    out = []
    for noun in sent:
        if _forceful_response_promised(noun):
            verb = noun  # "warned that it would react strongly if Bogota kept up its provocations"
        elif noun.lower_ not in MEASURE_NOUNS or not (
                noun.lower_.startswith("consequence") or any(c.dep_ == "amod" and c.lower_ in STEPPED_UP
                                                            for c in noun.children)):
            continue
        else:
            verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            continue
        holders = [verb, *verb.ancestors][:3]
        conditions = [c for h in holders for c in h.children if c.dep_ == "advcl"
                      and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)]
        targets, _ = rules.refs([s for c in conditions[:1] for s in c.children if s.dep_ in ("nsubj", "nsubjpass")])
        if conditions and not targets:  # "would take overwhelming action against the US if the drills go ahead"
            targets, _ = rules.refs(prep_objects(noun, "against", "on") + prep_objects(verb, "against"))
        if not targets:
            continue
        actors, certainty = rules.verb_subject(verb)
        modality = "negated" if event_modality(verb) == "negated" else "asserted"  # the warning itself is made
        out += [Candidate(actor, "threatens", target, noun, modality, round(0.7 * certainty, 2))
                for actor in actors for target in targets
                if actor.id != target.id and target.type in ("country", "organisation", "person")]
    return out


#: Words that make what a response answers a hypothetical deed: "would respond firmly to any attempt by X".
HYPOTHETICAL_DETERMINERS = words("hypothetical_determiners")


@sentence_rule("responses_to_any", when=lambda words, sent: bool(words & HYPOTHETICAL_DETERMINERS
                                                                  and words & (RESPONSE_VERBS | {"response"})))
def _responses_to_any(sent, rules: SentenceRules) -> list[Candidate]:
    """A forceful response promised to any deed of a party threatens that party: "the army would respond firmly
    to any attempt by the Philippines to ...", "vowed a crushing response to any aggression by Guyana" (a plain
    "would respond to any request" is none)."""
    out = []
    for tok in sent:
        if _forceful_response_promised(tok):
            verb = tok
        elif tok.lower_ == "response" and tok.dep_ == "dobj" and (
                any(c.lower_ in FORCEFUL for c in tok.children) or any(c.dep_ == "amod" and c.lower_ in STEPPED_UP
                                                                       for c in tok.children)):
            verb = tok.head  # "vowed a crushing response to ..."
        elif _response_met_with(tok) is not None:  # "said any Indian strike would be met with a firm response":
            deed = _response_met_with(tok)  # the sayer threatens the striker
            targets = [a for c in deed.children if c.dep_ in ("amod", "compound", "poss") and c.i < deed.i
                       for a in rules.refs([c])[0]] + rules.refs(prep_objects(deed, "by", "from"))[0]
            speech = deed.head.head if deed.head.dep_ == "ccomp" else None
            actors, certainty = rules.verb_subject(speech) if speech is not None else ([], 0.0)
            out += [Candidate(actor, "threatens", target, tok, "asserted", round(0.7 * certainty, 2))
                    for actor in actors for target in targets
                    if actor.id != target.id and target.type in ("country", "organisation", "person")]
            continue
        else:
            continue
        deeds = [d for d in prep_objects(tok, "to") or prep_objects(tok.head, "to") if any(
            c.lower_ in HYPOTHETICAL_DETERMINERS for c in d.children)]  # (the parser may hang "to" on the verb)
        targets, _ = rules.refs([p for d in deeds for p in prep_objects(d, "by", "from")])
        actors, certainty = rules.verb_subject(verb)
        out += [Candidate(actor, "threatens", target, tok, "asserted", round(0.7 * certainty, 2))
                for actor in actors for target in targets
                if actor.id != target.id and target.type in ("country", "organisation", "person")]
    return out


#: Relations whose deed, announced for the future on a condition, is a threat ("would impose a ban if ...").
HOSTILE_RELATIONS = ("sanctions", "attacks", "rejects", "threatens")


def _forceful(verb) -> bool:
    """Whether a response is told as forceful: "react strongly", "respond with force", "answer with all its
    might"."""
    return any(c.lower_ in FORCEFUL for c in verb.children) \
        or any(o.lower_ in FORCEFUL for o in prep_objects(verb, "with"))


def _forceful_response_promised(verb) -> bool:
    """A response that "will" or "would" come, or is vowed, and is told as forceful: "would retaliate", "will
    respond firmly", "vowed to respond with overwhelming force"."""
    promised = any(a.lower_ in ("would", "will") for a in verb.children if a.dep_ == "aux") or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in VOWING_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children))
    return verb.pos_ == "VERB" and verb.lemma_.lower() in RESPONSE_VERBS and promised and not _plain_response(verb)


def _response_met_with(noun):
    """"Any Indian strike would be met with a firm response": the deed answered (the subject of "met"), when the
    response is forceful and the deed hypothetical, else None."""
    if noun.lower_ != "response" or noun.dep_ != "pobj" or noun.head.lower_ != "with" or not any(
            c.lower_ in FORCEFUL or (c.dep_ == "amod" and c.lower_ in STEPPED_UP) for c in noun.children):
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in ("meet", "answer", "greet"):
        return None
    deeds = [c for c in verb.children if c.dep_ == "nsubjpass"
             and any(d.lower_ in HYPOTHETICAL_DETERMINERS for d in c.children)]
    return deeds[0] if deeds else None


def _plain_response(verb) -> bool:
    """"would respond if asked": an answer offered, no threat (unlike "would retaliate", "react strongly")."""
    return verb.lemma_.lower() in RESPONSE_VERBS and verb.lemma_.lower() != "retaliate" and not _forceful(verb)


def _hostile(verb) -> bool:
    """Whether a verb, or the noun it takes as object, is a lexicon trigger of a hostile relation (not when the
    verb undoes it: "to lift the ban")."""
    if verb.lemma_.lower() in UNDOING_VERBS:
        return False
    lexicon = load_lexicon()
    readings = [*lexicon.get((_phrasal(verb), "VERB"), ()), *lexicon.get((_lemma(verb), "VERB"), ())]
    readings += [e for c in verb.children if c.dep_ == "dobj" for e in lexicon.get((_lemma(c), "NOUN"), ())]
    return any(e.relation in HOSTILE_RELATIONS for e in readings)


@sentence_rule("ultimatums", when=lambda words, sent: bool(words & CONDITION_MARKS))
def _ultimatums(sent, rules: SentenceRules) -> list[Candidate]:
    """A deed announced for the future on a condition is a threat to the party the condition is on: "would
    pull its troops out unless the junta holds elections", "will impose a curfew if the protesters return".
    With "unless" any future deed counts; with "if" only a hostile one (sanctions, force, refusal)."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall")
                                          for a in verb.children):
            continue
        if any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in a.children)
               for a in (verb, *verb.ancestors)):
            continue  # the deed is itself inside a condition
        conditions = condition_clauses(verb, reach=0)
        if not conditions or not (any(m.lower_ == "unless" for c in conditions for m in c.children
                                      if m.dep_ == "mark") or _hostile(verb)):
            continue
        subjects = [s for c in conditions[:1] for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        targets, _ = rules.refs(subjects)
        targets = targets or [a for s in subjects for a, _ in rules.state_behind(s, any_noun=True)] \
            or _owner_of_object(verb, rules)  # "boycott Algeria's elections unless the president ...": Algeria
        actors, certainty = rules.verb_subject(verb)
        out += _toward(actors, "threatens", targets, verb, "asserted", round(0.6 * certainty, 2))
    return out


def _owner_of_object(verb, rules: SentenceRules) -> list:
    """The state that owns what a deed is done to: "boycott Algeria's elections" -> Algeria."""
    owners = [c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "poss"]
    return [a for a in rules.refs(owners)[0] if a.type in ("country", "organisation")]


SETTLEMENT_NOUNS = words("settlement_nouns")
# verbs by which a settlement is made or comes to be (not "called for a ceasefire between A and B")
SETTLING_VERBS = words("settling_verbs")


@sentence_rule("settlements_between", when=lambda words, sent: "between" in words and bool(words & SETTLEMENT_NOUNS))
def _settlements_between(sent, rules: SentenceRules) -> list[Candidate]:
    """The parties of a settlement made between them agreed on it: "Qatar brokered a ceasefire between Israel
    and Hamas", "a truce between A and B took effect" (each of A and B agrees on the truce)."""
    out = []
    for noun in sent:
        if noun.lemma_.lower() not in SETTLEMENT_NOUNS or noun.pos_ != "NOUN" \
                or noun.head.lemma_.lower() not in SETTLING_VERBS or noun.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            continue
        parties, certainty = rules.refs(prep_objects(noun, "between"))
        if len(parties) < 2:
            continue
        topic = _topic(" ".join(t.lower_ if t.pos_ != "PROPN" else t.text for t in noun.subtree
                                if t.i <= noun.i and t.dep_ not in ("det", "poss", "punct")))
        modality = event_modality(noun.head)
        out += [Candidate(p, "agrees_on", topic, noun, modality, round(0.6 * certainty, 2))
                for p in parties if p.type in PARTY_TYPES]
    return out


WARNING_VERBS = words("warning_verbs")
FACING_VERBS = words("facing_verbs")


def _own_deeds(verb) -> list:
    """The deeds a party holds out as its own under a verb of warning: its "to" clause ("threatened to expel"), or
    a that-clause told of itself in the future ("warned that it would retaliate", "vowed it would respond")."""
    deeds = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        future = any(a.dep_ == "aux" and a.lower_ in ("will", "would", "shall", "could", "might")
                     for a in clause.children)  # ("warned that it could cut the aid it gives to Cairo")
        own = any(s.dep_ == "nsubj" and s.lower_ in SPEAKER_PRONOUNS for s in clause.children)
        if future and own:
            deeds.append(clause)
    return deeds


def _held_out(deed, lemma: str) -> bool:
    """Whether a deed under a verb of warning is one held out against someone: any deed "threatened", else a
    hostile one, a forceful response, or measures taken ("warned it would take countermeasures")."""
    return lemma == "threaten" or _hostile(deed) or _support_withdrawn(deed) or (
        deed.lemma_.lower() in RESPONSE_VERBS and not _plain_response(deed)) or any(
        c.dep_ == "dobj" and c.lower_ in MEASURE_NOUNS for c in deed.children)


#: Verbs of cutting or withholding, which held out against the aid or ties a party gets threaten it.
CUTTING_VERBS = words("cutting_verbs")


def _support_withdrawn(deed) -> bool:
    """A deed of cutting or withholding the aid or ties another gets: "could cut the security assistance it gives
    to Bogota", "would suspend all aid to Niger"."""
    return deed.lemma_.lower() in CUTTING_VERBS and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in AID_NOUNS or c.lemma_.lower() in TIE_NOUNS) for c in deed.children)


def _given_to(noun) -> list:
    """Whom a thing is given to, after "to" on it, on the verb that holds it or in a clause on it: "aid to Niger",
    "suspend aid to Niger", "the aid it gives to Cairo"."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "relcl")] + ([noun.head] if noun.dep_ == "dobj" else [])
    return [p for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj"]


@sentence_rule("threatened_deeds", when=lambda words, sent: bool(words & WARNING_VERBS))
def _threatened_deeds(sent, rules: SentenceRules) -> list[Candidate]:
    """Who threatens, warns or vows to act against someone threatens them: "Washington threatened to impose
    sanctions on Ankara", "warned that it would take countermeasures against Seoul", "vowed to retaliate against
    Kyiv" (with "warn" and "vow", only a hostile deed or a forceful response counts), "warned that Peru would face
    consequences"."""
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in WARNING_VERBS or verb.pos_ != "VERB":
            continue
        deeds = [d for d in _own_deeds(verb) if _held_out(d, lemma)]
        heads = [h for d in deeds for h in [*(c for c in d.children if c.dep_ == "dobj"), d]]
        aimed = [p for h in heads for p in prep_objects(h, "on", "against", "upon", "at")]
        aimed += [p for d in deeds if d.lemma_.lower() in RESPONSE_VERBS for p in prep_objects(d, "to")]
        aimed += [c for d in deeds for c in d.children if c.dep_ == "dobj" and c.lower_ not in MEASURE_NOUNS
                  and not _support_withdrawn(d)]
        aimed += [p for d in deeds if _support_withdrawn(d) for c in d.children if c.dep_ == "dobj"
                  for p in _given_to(c)]  # "could cut the aid it gives to Cairo": Egypt
        # "warned that Peru would face consequences": the party told it will bear them
        aimed += [n for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in FACING_VERBS
                  for n in c.children if n.dep_ == "nsubj" and n.lower_ not in SPEAKER_PRONOUNS]
        targets = [t for a in aimed
                   for t in rules.refs([a])[0] or [a for a, _ in rules.state_behind(a, any_noun=True)]]
        actors, certainty = rules.verb_subject(verb)
        out += _toward(actors, "threatens", targets, verb, event_modality(verb), round(0.75 * certainty, 2))
    return out


#: What a deed or a force would be held to be that makes it a target of the speaker ("legitimate targets").
HOSTILE_VERDICT_NOUNS = words("hostile_verdict_nouns")
#: Verbs of holding something to be what it is called: "would be treated as a declaration of war".
DEEMING_VERBS = words("deeming_verbs")


@sentence_rule("hostile_verdicts", when=lambda words, sent: bool(words & HOSTILE_VERDICT_NOUNS))
def _hostile_verdicts(sent, rules: SentenceRules) -> list[Candidate]:
    """A party that says another's forces or deeds would be targets, or an act of war, threatens that other party:
    "Turkey said any Greek warships entering the zone would be legitimate targets", "warned that any intervention by
    ECOWAS would be treated as a declaration of war" (the one whose forces or deed it is, named on them)."""
    out = []
    for clause in sent:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in DEEMING_VERBS \
                or not any(a.dep_ == "aux" and a.lower_ in ("would", "will", "could") for a in clause.children):
            continue
        verdicts = [c for c in clause.children if c.dep_ in ("attr", "oprd")] + prep_objects(clause, "as")
        if not any(t.lemma_.lower() in HOSTILE_VERDICT_NOUNS for v in verdicts for t in v.subtree):
            continue
        judged = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(c.lower_ in HYPOTHETICAL_DETERMINERS for j in judged for c in j.children):
            continue  # only what any such deed or force would be ("any Greek warships"), not a verdict on one told
        owners = [p for j in judged for p in prep_objects(j, "by", "from")] + [
            p for j in judged for o in prep_objects(j, "on", "against") for p in prep_objects(o, "by")]
        targets = [t for t in rules.refs(owners)[0]] if owners else []
        targets = targets or [a for j in judged for a, _ in rules.state_behind(j, any_noun=True)]
        actors, certainty = rules.verb_subject(clause.head)
        out += _toward(actors, "threatens", targets, clause, "asserted", round(0.7 * certainty, 2))
    return out


def _idiom_of_harm(verb) -> bool:
    """Whether a verb with its object tells harm to come to its subject: "would pay a heavy price", "would face
    serious consequences", "is playing with fire" (``data/words/threat_idioms.txt``)."""
    lemma = verb.lemma_.lower()
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    objects += [f"with {o.lemma_.lower()}" for o in prep_objects(verb, "with")]
    return any((lemma, o) in THREAT_IDIOMS for o in objects)


@sentence_rule("harm_foretold", when=lambda words, sent: bool(words & {verb for verb, _ in THREAT_IDIOMS}))
def _harm_foretold(sent, rules: SentenceRules) -> list[Candidate]:
    """Harm a party says another will suffer is a threat to it: "China said Taiwan's leader would pay a heavy
    price", "Russia told Moldova it was playing with fire" (the sayer threatens the one who will pay)."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or not _idiom_of_harm(verb) or verb.dep_ != "ccomp":
            continue
        speech = verb.head
        if speech.lemma_.lower() not in REPORTING_LEMMAS:  # "said", "told", "warned"
            continue
        sayers, certainty = rules.verb_subject(speech)
        told = [c for c in speech.children if c.dep_ in ("dobj", "dative")]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if told and all(c.pos_ == "PRON" for c in subjects):  # "told Moldova it was playing with fire": the one told
            sufferers, _ = rules.refs(told)
        else:
            sufferers, _ = rules.refs(subjects)
        out += [Candidate(s, "threatens", t, verb, "asserted", round(0.6 * certainty, 2)) for s in sayers
                for t in sufferers if s.id != t.id and t.type in ("country", "organisation", "person")
                and (s.type != "person" or s.affiliation != t.id)]
    return out
