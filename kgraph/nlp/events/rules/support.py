"""What a party calls for, gives or upholds, told without a trigger verb of the lexicon: "there is a need for
Y" (a call), a sum of money given to someone (aid), "reaffirmed Somalia's right to self-defence" (support)."""

from __future__ import annotations

from kgraph.nlp.arguments.parse import CURRENCY_NOUNS, _for_clauses, _is_sum, _topic
from kgraph.nlp.arguments.reader import AID_NOUNS, SentenceRules
from kgraph.nlp.arguments.topics import topic_text
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.lexicon import Trigger
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.events.registry import sentence_rule
from kgraph.nlp.events.rules.common import _body
from kgraph.nlp.syntax import prep_objects, to_infinitive
from kgraph.nlp.wordlists import words

NEED_NOUNS = words("need_nouns")
NEED_CALL = Trigger("calls_for", "need", "NOUN", ("for",), "any", frozenset())


@sentence_rule("existential_needs", when=lambda words, sent: bool(words & NEED_NOUNS))
def _existential_needs(sent, rules: SentenceRules) -> list[Candidate]:
    """"X said there is a need for Y": the speaker calls for Y ("there is no need for Y": negated)."""
    out = []
    for noun in sent:
        verb = noun.head
        if noun.lemma_.lower() not in NEED_NOUNS or noun.dep_ != "attr" or verb.lemma_ != "be" \
                or not any(c.dep_ == "expl" for c in verb.children):
            continue
        actors, certainty = rules.verb_subject(verb)
        objects, _ = rules.objects(noun, NEED_CALL)
        # "a need for the two to work on X"
        objects += [topic for clause in _for_clauses(noun) for topic in rules._deed_topic([clause])]
        modality = event_modality(noun)
        out += [Candidate(actor, "calls_for", obj, noun, modality, round(0.7 * min(certainty, obj_certainty), 2))
                for actor in actors for obj, obj_certainty in objects if actor.id != obj.id]
    return out


# verbs whose object is money that does not go from the subject to someone
NOT_GIVING_VERBS = words("not_giving_verbs")


def _sums(sent) -> list:
    """The heads of sums of money in a sentence: "$750,000" (an entity), "20 million euros"."""
    return [t for t in sent if _is_sum(t)]


@sentence_rule("money_given",
               when=lambda words, sent: bool(words & CURRENCY_NOUNS) or any(e.label_ == "MONEY" for e in sent.ents))
def _money_given(sent, rules: SentenceRules) -> list[Candidate]:
    """A sum given to someone is aid to them: "announced a first €300,000 to the Red Cross", "will
    allocate 20 million euros for Somalia", "the Prime Minister's pledge of $2 million to UNICEF"."""
    out = []
    for money in _sums(sent):
        if money.dep_ == "dobj" and money.head.pos_ == "VERB":
            holder = money.head
            if holder.lemma_.lower() in NOT_GIVING_VERBS:
                continue
            actors, certainty = rules.verb_subject(holder)
        elif money.dep_ == "pobj" and money.head.lower_ == "of" and money.head.head.pos_ == "NOUN":
            holder = money.head.head  # "the announcement of $2 million to ..."
            actors, certainty = rules.noun_actors(holder)
        else:
            continue
        # (a receiver may be a body no list knows, as the recogniser found it)
        receivers = [r for t in prep_objects(money, "to", "for") + prep_objects(holder, "to", "for")
                     for r in (rules.refs([t])[0] or _body(t, rules))
                     if r.type in ("country", "organisation", "group", "place")]
        modality = event_modality(holder)
        out += [Candidate(actor, "provides_aid_to", receiver, holder, modality, round(0.75 * certainty, 2))
                for actor in actors for receiver in receivers if actor.id != receiver.id]
    return out


RIGHT_NOUNS = words("right_nouns")
# verbs by which a speaker upholds a right: "agreed that Benin has the right to ...", "reaffirmed Somalia's right"
UPHOLDING_VERBS = words("upholding_verbs")
REFLEXIVES = words("reflexives")


@sentence_rule("rights_upheld", when=lambda words, sent: bool(words & RIGHT_NOUNS))
def _rights_upheld(sent, rules: SentenceRules) -> list[Candidate]:
    """Who upholds a party's right supports it: "agreed that Benin has the right to defend itself" and
    "reaffirmed Somalia's right to self-defence" -> support of "<party>'s right to ..."."""
    out = []
    for noun in sent:
        if noun.lemma_.lower() not in RIGHT_NOUNS or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "attr"):
            continue
        if noun.head.lemma_ == "have":  # "that Benin has the right to ..."
            holders = [c for c in noun.head.children if c.dep_ == "nsubj"]
            speech = noun.head.head if noun.head.dep_ == "ccomp" else None
        else:  # "reaffirmed Somalia's right to ...", "recognised the right of Somalia to ..."
            holders = [c for c in noun.children if c.dep_ == "poss"] or prep_objects(noun, "of")
            speech = noun.head
        if speech is None or speech.lemma_.lower() not in UPHOLDING_VERBS or not holders \
                or any(c.lower_ == "no" for c in noun.children):  # "has no right to ..." upholds nothing
            continue
        parties, _ = rules.refs(holders)
        if len(parties) != 1 or parties[0].type not in ("country", "organisation", "group", "person"):
            continue
        aim = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and to_infinitive(c)), None)
        if aim is not None and aim.lemma_.lower() == "take":  # "the right to take steps to defend itself"
            aim = next((c for c in aim.subtree if c.i > aim.i and c.pos_ == "VERB" and to_infinitive(c)), aim)
        goal = prep_objects(noun, "to")
        objects = [c for c in aim.children if c.dep_ == "dobj"] if aim is not None else []
        if aim is not None and aim.lemma_.lower() == "defend" and any(c.lower_ in REFLEXIVES for c in objects):
            what = "self-defence"  # the set phrase "the right to defend itself"
        elif aim is not None:
            what = " ".join([aim.lemma_.lower(), *(topic_text(o) for o in objects[:1])]).strip()
        else:
            what = topic_text(goal[0]) if goal else ""
        text = f"{parties[0].name}'s right" + (f" to {what}" if what else "")
        actors, certainty = rules.verb_subject(speech)
        modality = event_modality(noun.head if noun.head.lemma_ == "have" else speech)
        out += [Candidate(actor, "supports", _topic(text), noun, modality, round(0.7 * certainty, 2))
                for actor in actors if actor.id != parties[0].id]
    return out


BACKING_NOUNS = words("backing_nouns")
WINNING_VERBS = words("winning_verbs")


@sentence_rule("backing_received", when=lambda words, sent: bool(words & BACKING_NOUNS))
def _backing_received(sent, rules: SentenceRules) -> list[Candidate]:
    """Backing a party wins or is given comes from the other: "the plan won the endorsement of Forum leaders"
    (the Forum supports the plan), "Niger's rulers were given public backing by Mali and Burkina Faso" (each
    supports them), "secured the support of Brazil"."""
    out = []
    for noun in sent:
        if noun.lemma_.lower() not in BACKING_NOUNS or noun.pos_ != "NOUN" or noun.dep_ != "dobj":
            continue
        verb = noun.head
        if verb.lemma_.lower() in WINNING_VERBS and not any(c.dep_ == "auxpass" for c in verb.children):
            backers = prep_objects(noun, "of", "from") + prep_objects(verb, "from")
            backed = [c for c in verb.children if c.dep_ == "nsubj"]
        elif verb.lemma_.lower() == "give" and any(c.dep_ == "auxpass" for c in verb.children):
            backers = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            backed = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            continue
        supporters, certainty = rules.refs(backers)
        if not supporters or not backed:
            continue
        parties, _ = rules.refs(backed)
        objects = parties or [_topic(text) for text in [topic_text(backed[0])] if text]
        modality = event_modality(verb)
        out += [Candidate(s, "supports", o, noun, modality, round(0.6 * certainty, 2))
                for s in supporters for o in objects if s.id != o.id]
    return out


#: Things that are aid when a state gets them from another (with the aid nouns and sums of money).
SUPPLIED_NOUNS = words("supplied_nouns") | AID_NOUNS
#: Verbs of receiving something from another.
GETTING_VERBS = words("getting_verbs")


@sentence_rule("aid_received", when=lambda words, sent: bool(words & GETTING_VERBS))
def _aid_received(sent, rules: SentenceRules) -> list[Candidate]:
    """Aid a party receives from another is the other's aid to it: "Sri Lanka received a 300 million dollar loan
    from the Asian Development Bank", "Fiji will receive two patrol boats from Australia" (not "received a
    delegation from" or "a letter from", which are no aid)."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in GETTING_VERBS:
            continue
        things = [c for c in verb.children if c.dep_ == "dobj" and (
            c.lemma_.lower() in SUPPLIED_NOUNS or c.lower_ in SUPPLIED_NOUNS or _is_sum(c))]
        if not things:
            continue
        givers, certainty = rules.refs(prep_objects(verb, "from")
                                       + [p for t in things for p in prep_objects(t, "from")])
        receivers, receiver_certainty = rules.verb_subject(verb)
        out += [Candidate(g, "provides_aid_to", r, verb, event_modality(verb),
                          round(0.65 * min(certainty, receiver_certainty), 2))
                for g in givers for r in receivers if g.id != r.id
                and g.type in ("country", "organisation") and r.type in ("country", "organisation", "person")]
    return out
