"""Modality of an event: asserted, planned, negated or hoped, read off the parse around its trigger."""

from __future__ import annotations

import re

from kgraph.nlp.syntax import in_stance_phrase, to_infinitive
from kgraph.nlp.wordlists import ordered, words

__all__ = ["asked_or_conditional", "event_modality", "governing_chain"]

PLAN_VERBS = words("plan_verbs")
HOPE_VERBS = words("hope_verbs")
NEG_VERBS = words("neg_verbs")
DENYING_VERBS = words("denying_verbs")
FUTURE_AUX = words("future_aux")
POSSIBLE_AUX = words("possible_aux")
PLAN_ADJ = words("plan_adj")
HOPED_CLAUSE_HEADS = words("hoped_clause_heads")  # what a "that" clause under them tells
HOPE_WORDS = words("hope_words")
OFFER_WORDS = words("offer_words")


def _lemma(tok) -> str:
    """The lemma, trusting the word form where the lemmatizer is known to slip ("hopes" -> "hop")."""
    lower = tok.lower_
    for base in ("hope", "plan", "refuse", "fail", "decline", "expect", "intend", "wish", "want"):
        if lower in (base, base + "s", base + "d", base + "ed", base[:-1] + "ing" if base.endswith("e") else base + "ing",
                     base + "ned", base + "ning", base + "ning"):
            return base
    return tok.lemma_.lower()


def _with_particle(tok, lemma: str) -> str:
    """A verb's lemma with its particle ("called off" -> "call off"), or the lemma alone."""
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    return f"{lemma} {particles[0]}" if particles else lemma


# "continued to transfer", "began to withdraw": the deed is under way, not planned
ASPECT_VERBS = words("aspect_verbs")


# nouns that frame a cause ("in view of X", "in response to X"): X is a fact, whatever governs the frame
CAUSE_FRAMES = words("cause_frames")


def frames_a_cause(tok) -> bool:
    """Whether ``tok`` is the noun of a cause phrase ("in view of", "in response to"), above which nothing
    governs what the phrase names."""
    return tok.lemma_.lower() in CAUSE_FRAMES and tok.dep_ == "pobj"


def governing_chain(trigger) -> list:
    """The trigger and the verbs above it in its clause (through xcomp, conj, and a light verb); a cause
    ("decided to prolong the measures in view of X's support for Y") stops the chain."""
    chain = [trigger]
    tok = trigger
    for _ in range(4):
        if tok is not trigger and frames_a_cause(tok):
            break
        to_clause = tok.dep_ == "acl" and to_infinitive(tok)
        if (to_clause or tok.dep_ in ("xcomp", "conj", "dobj", "pobj", "pcomp", "attr", "prep", "nsubj", "compound",
                                      "nsubjpass", "acomp")) and tok.head.i != tok.i:
            tok = tok.head
            chain.append(tok)
        else:
            break
    return chain


CONTRAST_WORDS = words("contrast_words")
TIME_CLAUSE_MARKS = words("time_clause_marks")  # "when X visits", "once the pact is signed"
CHARGE_NOUNS = words("charge_nouns")  # "..., a charge Kigali denies": the charge is made
#: Words by which a deed is said to be to come: "is expected to meet", "is due in Lima for talks".
DUE_WORDS = ("expected", "scheduled", "set", "due")


def _contrasts(conjunct, head) -> bool:
    """Whether ``conjunct`` stands against ``head`` as what is done instead: "did not sign the deal but
    instead signed a memorandum", "is not due to speak but rather engage in talks"."""
    if conjunct is None or conjunct.dep_ != "conj" or conjunct.head.i != head.i:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in CONTRAST_WORDS for c in conjunct.children) or any(
        c.dep_ == "cc" and c.lower_ == "but" and head.i < c.i < conjunct.i for c in head.children)


REASON_PREPOSITIONS = words("reason_prepositions")
# prepositions of what came before: "agreed to a ceasefire after talks in Malaysia" (the talks were held)
PRIOR_PREPOSITIONS = words("prior_prepositions")
RANK_WORDS = words("rank_words")


def _ranked(clause) -> bool:
    """A "to" clause that ranks whom it describes tells a deed done: "the first foreign minister to visit
    China in four years", "the only leader to attend"."""
    return clause.dep_ in ("acl", "relcl") and any(c.lower_ in RANK_WORDS or c.ent_type_ == "ORDINAL"
                                        for c in clause.head.children if c.dep_ == "amod")


# verbs that make a thing owned already anew: who will not renew its agreement will not agree again
RENEWING_VERBS = words("renewing_verbs")
CANCELLING_VERBS = words("cancelling_verbs")


def _presupposed(trigger) -> bool:
    """A nominal event owned by its actor and governed as an object ("did not condemn Russia's invasion",
    "refused to discuss China's drills", "to raise concerns about Chinese support", "rejected a UN appeal", "a
    call by Seoul was brushed aside") is told as given: a denial
    or a plan above it does not deny or plan it."""
    return trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "pobj", "nsubjpass") \
        and any((c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON")) or (c.dep_ in ("amod", "compound") and c.ent_id_)
                or (c.dep_ == "prep" and c.lower_ in ("by", "from") and any(o.ent_id_ for o in c.children))
                for c in trigger.children) \
        and trigger.head.lemma_.lower() not in RENEWING_VERBS \
        and _with_particle(trigger.head, trigger.head.lemma_.lower()) not in CANCELLING_VERBS
    # ("will not renew its agreement": not made again; "called off its planned meeting": not held)


def event_modality(trigger) -> str:
    """Classify the trigger's modality (negated > hoped > planned > asserted).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> event_modality(nlp("talks")[0])
    'asserted'
    """
    planned = hoped = negated = False
    chain = governing_chain(trigger)
    given = _presupposed(trigger)
    if in_stance_phrase(trigger) or (given and trigger.dep_ == "pobj" and trigger.head.lower_ in REASON_PREPOSITIONS):
        # "to hold Iran to account for its support for the war": the support is a given, not a plan
        chain = [trigger]  # "cancelled the talks in protest against X": the protest is made, not cancelled
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "as" and trigger.pos_ == "NOUN":
        chain = [trigger]  # "as a permanent member of the council, France can veto it": a member all the same
    elif trigger.dep_ == "pobj" and trigger.head.lower_ in PRIOR_PREPOSITIONS and not any(
            c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in trigger.head.head.children):
        chain = [trigger]  # "did not sign the deal after talks on Monday": the talks were held
    contrasted = False  # past "X did not ... but rather Y": what is denied above is not Y
    for below, tok in zip([None, *chain], chain):
        contrasted = contrasted or (given and tok is not trigger)
        lemma = _lemma(tok)
        children = list(tok.children)
        contrasted = contrasted or _contrasts(below, tok)
        for child in children:
            cl = child.lower_
            if (child.dep_ == "neg" or (child.dep_ == "det" and cl == "no")) and not contrasted:
                negated = True
            elif child.dep_ in ("aux", "auxpass"):
                if cl in FUTURE_AUX:
                    planned = True
                elif cl == "would":
                    if any(c.lemma_.lower() == "like" for c in [tok, *children]):
                        hoped = True
                    else:
                        planned = True
                elif cl in POSSIBLE_AUX:
                    planned = True
                elif cl == "to" and (tok.dep_ == "ROOT" or tok.dep_ in ("xcomp", "ccomp", "acl", "advcl", "relcl")) \
                        and not (tok.dep_ == "xcomp" and _lemma(tok.head) in ASPECT_VERBS) and not _ranked(tok):
                    planned = True  # "X to hold talks", "agreed to meet", "work to sign": not yet done
            elif child.lower_ in HOPE_WORDS:
                hoped = True
            elif child.dep_ == "amod" and cl in PLAN_ADJ:
                planned = True
        if tok.dep_ == "prep" and tok.lower_ in ("before", "until", "ahead") and tok.i != trigger.i \
                and any(t.dep_ == "pcomp" and t.head.i == tok.i for t in chain):
            planned = True  # "demanded a withdrawal before meeting Kagame": the meeting is still to come
        if tok.dep_ == "prep" and tok.lower_ == "without" and tok.i != trigger.i and not contrasted \
                and any(t.dep_ in ("pcomp", "pobj") and t.head.i == tok.i for t in chain):
            negated = True  # "signed the deal without consulting Chile": no consultation
        if tok is not trigger:
            # "rejected the mandate and demanded a withdrawal": a conjunct is no complement of the refusal
            denying = lemma in NEG_VERBS or _with_particle(tok, lemma) in NEG_VERBS
            if denying and tok.dep_ != "amod" and not contrasted \
                    and not (below.dep_ == "conj" and below.head.i == tok.i):
                negated = True
            elif lemma in HOPE_VERBS:
                hoped = True
            elif lemma in PLAN_VERBS and trigger.dep_ in ("xcomp",) and tok.i == trigger.head.i:
                planned = True
        expected = tok.lower_ in DUE_WORDS or any(c.dep_ == "acomp" and c.lower_ in DUE_WORDS for c in children)
        if expected and (trigger.dep_ == "xcomp" or (trigger.dep_ == "pobj" and trigger.head.lower_ == "for")):
            planned = True  # "is expected to meet", "is due in Lima for talks" ("for" on "is" or on "due")
    top = chain[-1]
    if top.dep_ == "ccomp" and _lemma(top.head) in DENYING_VERBS and not _taken_up_to_deny(top):
        negated = True  # "denied that its troops had attacked the villages": told as not done
    if top.dep_ in ("ccomp", "acl") and _lemma(top.head) in HOPED_CLAUSE_HEADS and not negated:
        hoped = True  # "hopes that A and B will finalize a treaty", "expressed the hope that they will meet"
    if trigger.head.lemma_.lower() in OFFER_WORDS and trigger.dep_ in ("acl", "relcl", "xcomp"):
        hoped = True  # "is in a position to provide", "stands ready to help": offered, not yet done
    planned = planned or (trigger.pos_ in ("NOUN", "PROPN") and _told_ahead(trigger)) or _time_of_a_plan(top)
    if negated:
        return "negated"
    if hoped:
        return "hoped"
    if planned:
        return "planned"
    return "asserted"


def _taken_up_to_deny(clause) -> bool:
    """A clause told first and then taken up as a charge another denies: "Kinshasa accuses Rwanda of arming the
    rebels, a charge Kigali denies" (the parser hangs the accusation under "denies"; it is made all the same)."""
    if clause.i > clause.head.i:
        return False
    between = clause.doc[clause.right_edge.i + 1: clause.head.i]
    return any(t.text == "," for t in between) and any(t.lemma_.lower() in CHARGE_NOUNS for t in between)


def _time_of_a_plan(clause) -> bool:
    """A present-tense clause that tells when a planned deed will happen is itself still to come: "will sign a
    pact when Boric visits Lima", "would be raised when he meets X" (the visit and the meeting lie ahead)."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBZ", "VBP") or clause.head.i == clause.i \
            or not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_MARKS for c in clause.children):
        return False
    return event_modality(clause.head) == "planned"


# how a date phrase that lies ahead opens: "later this year", "next week", "in the coming days"
AHEAD = re.compile(r"^(?:" + "|".join(map(re.escape, ordered("ahead"))) + r")\b", re.I)


def _told_ahead(noun) -> bool:
    """A nominal event set at a time still to come: "President Macron's meeting with Xi later this year"."""
    return any(ent.label_ == "DATE" and AHEAD.match(ent.text) and ent.root.head.i in (noun.i, *(
        c.i for c in noun.children if c.dep_ == "prep")) for ent in noun.sent.ents)


# what a party is told it must or should do is asked of it, not done by it ("Iran must cease its support")
OBLIGATION_AUXILIARIES = words("obligation_auxiliaries")
# verbs and nouns of demanding, whose that-clause holds a deed asked of its subject ("demanded that X withdraw")
MANDATING_WORDS = words("mandating_verbs") | words("demand_nouns")
DEMAND_WORDS = MANDATING_WORDS | words("demanding_speech_lemmas")
CONDITION_MARKS = words("condition_marks")
HELD_OUT_VERBS = words("held_out_verbs")


def asked_or_conditional(trigger) -> bool:
    """Whether the trigger's deed is only asked of its doer, set as a condition or held out, so that telling it is
    no event of that doer: under "must"/"should" ("Peru must withdraw its troops"), in a that-clause of demanding
    with a bare verb ("demanded that Chile cancel the sale"), in an "if"/"unless" clause ("unless Chile cancels
    the sale"), or under a verb of threatening or warning ("threatened to expel", "warned Chile would strike").
    The demand, the call or the threat around it is read by the rules for them.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Peru", "must", "withdraw", "troops"], heads=[2, 2, 2, 2],
    ...           deps=["nsubj", "aux", "ROOT", "dobj"], pos=["PROPN", "AUX", "VERB", "NOUN"])
    >>> asked_or_conditional(doc[2])
    True
    """
    for tok in governing_chain(trigger):
        children = list(tok.children)
        if any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUXILIARIES for c in children):
            return True
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children):
            return True
        # a bare verb, or after a verb of demanding one that looks like the present ("proposed that they meet")
        mandative = tok.tag_ == "VB" or (tok.tag_ == "VBP" and _lemma(tok.head) in MANDATING_WORDS)
        if tok.dep_ in ("xcomp", "ccomp") and _lemma(tok.head) in HELD_OUT_VERBS and tok.head.pos_ == "VERB":
            return True  # "threatened to expel", "warned that it would strike": held out, not done or planned
        if tok.dep_ in ("ccomp", "acl") and _lemma(tok.head) in DEMAND_WORDS and mandative \
                and not any(c.dep_ == "aux" and c.lower_ in ("to", "will", "would") for c in children):
            return True
    return False
