"""Meetings told without a trigger of their own: what talks focused on was discussed ("the talks focused on
trade"), a body's own session is hosted by the body ("the coming session of the European Council"), and a
gathering held in a place by the place's state ("a summit in Abuja")."""

from __future__ import annotations

from kgraph.nlp.arguments.parse import SUBJECT_DEPS, _topic, _venues
from kgraph.nlp.arguments.reader import SentenceRules
from kgraph.nlp.arguments.topics import topic_text
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.lexicon import load_lexicon
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.events.registry import sentence_rule
from kgraph.nlp.events.rules.attendance import ATTENDING_VERBS
from kgraph.nlp.events.rules.common import _as_states, _body, _discussed_at, _home
from kgraph.nlp.syntax import MEETING_NOUNS, TALK_NOUNS, prep_objects
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
        meetings = [m for m in meetings if m.lemma_.lower() in TALK_NOUNS]
        if meetings and topics:
            out += _discussed_at(meetings[0], topics, word, segment, ctx, rules)
    return out


#: Verbs by which a matter leads a meeting's business: "water sharing dominated the talks", "trade topped the
#: agenda".
LEADING_VERBS = words("leading_verbs")
#: Where a matter stands when a meeting takes it up: "trade was on the agenda".
AGENDA_PLACES = ("agenda",)


@sentence_rule("agenda_items", when=lambda words, sent: bool(words & (LEADING_VERBS | set(AGENDA_PLACES) | {"up"})))
def _agenda_items(sent, rules: SentenceRules) -> list[Candidate]:
    """Matters said to be on a meeting's agenda, or to lead it, were discussed by its parties (named on the
    meeting, else the last meeting told up to the sentence's end): "Hydropower exports were on the agenda",
    "with tariffs on the agenda", "expects migration to be on the agenda", "water sharing dominated the talks",
    "climate finance also came up"."""
    out = []
    for word in sent:
        meeting, topics = None, []
        if word.lemma_.lower() in AGENDA_PLACES and word.dep_ == "pobj" and word.head.lower_ == "on":
            holder = word.head.head
            if holder.pos_ in ("VERB", "AUX"):  # "were on the agenda", "put tariffs on the agenda"
                topics = [c for c in holder.children if c.dep_ == "dobj"] or [
                    c for c in holder.children if c.dep_ in SUBJECT_DEPS]
            elif holder.pos_ in ("NOUN", "PROPN") and holder.lemma_.lower() not in AGENDA_NOUNS | MEETING_NOUNS:
                topics = [holder]  # "with tariffs on the agenda"
        elif word.pos_ == "VERB" and word.lemma_.lower() == "come" and any(
                c.dep_ == "prt" and c.lower_ == "up" for c in word.children):
            topics = [c for c in word.children if c.dep_ in SUBJECT_DEPS]  # "climate finance had also come up"
        elif word.pos_ == "VERB" and word.lemma_.lower() in LEADING_VERBS:
            led = [c for c in word.children if c.dep_ == "dobj" and (c.lemma_.lower() in AGENDA_PLACES or (
                c.lemma_.lower() in TALK_NOUNS))]
            if led:
                meeting = led[0] if led[0].lemma_.lower() in MEETING_NOUNS else None
                topics = [c for c in word.children if c.dep_ in SUBJECT_DEPS]
        topics = [t for t in topics if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in AGENDA_NOUNS]
        if topics:
            out += _discussed_at(meeting, topics, word, rules.segment, rules.ctx, rules, whole_sentence=True)
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


#: Gatherings whose host state is the state they are held in: "a summit in Abuja", "talks in Istanbul".
HOSTED_GATHERINGS = words("hosted_gatherings")
GATHERING_VERBS = words("gathering_verbs")  # "gathered in Vilnius for a summit": the venue is the summit's


@sentence_rule("gatherings_in_places", when=lambda words, sent: bool(words & HOSTED_GATHERINGS))
def _gatherings_in_places(sent, rules: SentenceRules) -> list[Candidate]:
    """A summit, meeting or round of talks held in a place is hosted by the place's state: "an extraordinary
    summit in Abuja next month" (Nigeria hosts it, planned), "two days of talks in Istanbul" (Türkiye). Not where
    the sentence names who hosted the gathering ("Tokayev hosted the gathering in Astana")."""
    out = []
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in HOSTED_GATHERINGS or _host_named(noun):
            continue
        venues = _venues(noun) or [v for o in prep_objects(noun, "of") for v in _venues(o)] or (
            _venues(noun.head) if noun.dep_ in ("nsubjpass", "nsubj", "dobj") and noun.head.lemma_.lower()
            in HOLDING_VERBS else []) or (_venues(noun.head.head) if noun.dep_ == "pobj" and noun.head.lower_ == "of"
                                          else []) or (  # "a meeting of its ministers in Jeddah", "days of talks in X"
            _venues(noun.head.head) if noun.dep_ == "pobj" and noun.head.lower_ == "for"
            and noun.head.head.lemma_.lower() in GATHERING_VERBS else [])  # "gathered in Vilnius for a summit"
        place = rules.ctx.place(venues[0]) if venues else None
        country = place.country if place is not None and place.type == "place" else \
            place.id if place is not None and place.type == "country" else ""
        if not country:
            continue
        holder = _holder_at_home(noun, country, rules)
        if holder is not None and _hosting_read_by_lexicon(noun):
            continue  # "Abiy Ahmed and Ruto held a summit in Addis Ababa": the lexicon's hosts event
        words = [t for t in noun.doc[noun.left_edge.i: noun.i + 1] if t.dep_ not in ("det", "poss", "case")
                 and t.ent_type_ not in ("DATE", "TIME", "ORDINAL", "CARDINAL")]
        name = "".join(t.text + (t.whitespace_ if t.i < noun.i else "") for t in words).strip()  # "follow-up meeting"
        host = holder or rules.ctx.gaz.actor(country)
        out.append(Candidate(host, "hosts", _topic(name), noun, _held_as_told(noun), 0.5))
    return out


def _held_as_told(noun) -> str:
    """Whether a gathering is held, to be held, or not: as the words around it tell, but a party's staying away
    ("Argentina's president will not attend the summit in Asuncion next week") leaves it to be held."""
    modality = event_modality(noun)
    attended = noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ATTENDING_VERBS else None
    if modality == "negated" and attended is not None and any(c.dep_ == "neg" for c in attended.children):
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in attended.children)
        return "planned" if future else "asserted"
    return modality


def _hosting_read_by_lexicon(noun) -> bool:
    """Whether the lexicon reads the verb that takes the gathering as hosting it ("held a summit")."""
    entries = load_lexicon().get((noun.head.lemma_.lower(), "VERB"), ())
    return any(e.relation == "hosts" and (not e.heads or noun.lemma_.lower() in e.heads) for e in entries)


def _holder_at_home(noun, country: str, rules: SentenceRules):
    """The party of the place's state among those who hold the gathering, who hosts it: "Abiy Ahmed and Ruto held
    a summit in Addis Ababa" (Abiy Ahmed), "the two sides will hold a meeting in Damascus" (Syria)."""
    if noun.dep_ != "dobj":
        return None
    holders, _ = rules.verb_subject(noun.head)
    return next((h for h in holders if _home(h) == country), None)


#: Verbs by which a gathering takes place ("the summit will be held in Granada").
HOLDING_VERBS = words("holding_verbs")


def _host_named(noun) -> bool:
    """Whether the sentence names who holds the gathering: "hosted the gathering", "the talks hosted by Qatar"."""
    holder = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    return (holder is not None and holder.lemma_.lower() in ("host", "chair", "organise", "organize", "convene")) \
        or any(c.dep_ == "acl" and c.lemma_.lower() == "host" for c in noun.children) \
        or any(c.dep_ == "poss" and c.lower_ != "their" for c in noun.children)  # ("their annual summit in
    # Jakarta" is the participants', whom no host is told among)


#: Meals and receptions given for a guest, whose giver hosts the guest.
MEAL_NOUNS = words("meal_nouns")
#: Verbs by which a meal is given: "hosted a banquet", "gave a lunch", "threw a dinner".
MEAL_GIVING_VERBS = words("meal_giving_verbs")


def _guests_of_meal(meal) -> list:
    """Whom a meal is given for: "a banquet for the visiting president", "a dinner in honour of the emperor"."""
    holders = [meal] + ([meal.head] if meal.dep_ == "dobj" else [])  # (or on the verb: "gave a lunch for X")
    return [p for h in holders for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "for"
            for p in c.children if p.dep_ == "pobj"] + [
        p for h in holders for o in prep_objects(h, "in") if o.lemma_.lower() in ("honour", "honor")
        for p in prep_objects(o, "of")]


@sentence_rule("meals_given", when=lambda words, sent: bool(words & MEAL_NOUNS))
def _meals_given(sent, rules: SentenceRules) -> list[Candidate]:
    """Who gives a meal or a reception for a guest hosts the guest and meets them: "the Kenyan leader hosted a state
    banquet for the visiting Ghanaian president", "gave a lunch in honour of his Sudanese counterpart"."""
    out = []
    for meal in sent:
        if meal.lemma_.lower() not in MEAL_NOUNS or meal.dep_ != "dobj" \
                or meal.head.lemma_.lower() not in MEAL_GIVING_VERBS:
            continue
        guests, certainty = rules.refs(_guests_of_meal(meal))
        givers, giver_certainty = rules.verb_subject(meal.head)
        if givers and all(g.type != "person" for g in givers):  # "the French president gave a dinner for Modi":
            guests = _as_states(guests, rules)  # India
        modality = event_modality(meal.head)
        confidence = round(0.6 * min(certainty, giver_certainty), 2)
        out += [Candidate(g, relation, guest, meal, modality, confidence) for g in givers for guest in guests
                if g.id != guest.id and (g.type == "person") == (guest.type == "person")
                for relation in ("hosts", "meets_with")]
    return out
