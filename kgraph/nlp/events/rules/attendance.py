"""Who attends an event held in a place visits the place: "will attend the summit in Addis Ababa", "will be
present at the event" (the event told before, with its place), "are expected to be there"."""

from __future__ import annotations

from kgraph.nlp.actors.gazetteer import Actor
from kgraph.nlp.arguments.parse import _antecedent, _coordinated, _is_passive, _joined, _venues
from kgraph.nlp.arguments.reader import ARRIVAL_WORDS, SentenceRules
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.events.registry import sentence_rule
from kgraph.nlp.events.rules.common import _at_home, _home
from kgraph.nlp.syntax import MEETING_NOUNS, prep_objects
from kgraph.nlp.wordlists import words

ATTENDING_VERBS = words("attending_verbs")
#: Nouns of gatherings a later "were present" may be at.
GATHERINGS = MEETING_NOUNS | words("gathering_nouns")
PRESENCE_WORDS = words("presence_words")
REPRESENTING_VERBS = words("representing_verbs")  # who represents someone at an event attends it
ATTENDANCE_WORDS = ATTENDING_VERBS | PRESENCE_WORDS | REPRESENTING_VERBS | ARRIVAL_WORDS | words("attendance_words") \
    | {"be"}


@sentence_rule("attendance", when=lambda words, sent: bool(words & ATTENDANCE_WORDS))
def _attendance(sent, rules: SentenceRules) -> list[Candidate]:
    """Who attends an event held in a place visits the place: "will attend the summit in Addis Ababa", "will
    be present at the opening ceremony in Dakar"."""
    out = []
    for tok in sent:
        if tok.lemma_.lower() in ATTENDING_VERBS and tok.pos_ == "VERB":
            verb, events = tok, [c for c in tok.children if c.dep_ == "dobj"]
            if not events and _is_passive(tok):  # "the gathering, which was attended by Putin": the gathering
                events = _antecedent([c for c in tok.children if c.dep_ == "nsubjpass"], tok)
        elif tok.lemma_.lower() in REPRESENTING_VERBS and tok.pos_ == "VERB":
            verb, events = tok, prep_objects(tok, "at")  # "X will represent Kenya at the summit in Y"
        elif tok.lower_ in PRESENCE_WORDS and tok.dep_ == "acomp" and tok.head.lemma_ == "be":
            verb = tok.head
            events = prep_objects(verb, "at") + prep_objects(tok, "at")
        elif tok.lower_ == "there" and tok.dep_ == "advmod" and tok.head.lemma_ == "be":
            verb, events = tok.head, []  # "are expected to be there"
        elif _said_to_be_in_a_place(tok):
            out += _presence(tok, rules)  # "is due in Lima next week", "will be in Accra on Friday"
            continue
        else:
            continue
        venues = [p for holder in [verb, *events, *(o for e in events for o in prep_objects(e, "of"))]
                  for p in _venues(holder)]  # (also "a meeting of defence ministers in Brussels")
        told = None
        if not venues and (tok.lower_ == "there" or tok.lower_ in PRESENCE_WORDS and not events):
            venues = _last_place_told(verb, rules)  # "Noboa and Arce are expected to be there", "were present"
            told = _gathering_told_before(verb, rules)  # (its day is theirs)
        if not venues and events and any(d.lower_ in ("the", "this", "that") for d in events[0].children):
            told = _event_told_before(events[0], rules)  # "will be present at the event", told of before
            venues = _venues(told) if told is not None else []
        places = [place for venue in venues[:1] for t in _coordinated(venue) for place in [rules.ctx.place(t)]
                  if place is not None] or [p for e in events[:1] for p in [_host_state(e, rules)] if p is not None]
        if not places:
            continue
        actors, certainty = rules.verb_subject(verb)
        actors = [a for a in actors if not any(_at_home(a, p) for p in places)]  # (no visit to one's own state)
        modality = event_modality(verb)
        out += [Candidate(actor, "visits", place, verb, modality, round(0.75 * certainty, 2), date_from=told)
                for actor in actors if actor.type in ("person", "country", "organisation") for place in places]
    return out


def _host_state(event, rules: SentenceRules):
    """The state of whoever hosted an event with no place told: "Tokayev hosted the gathering" -> Kazakhstan."""
    if event.dep_ != "dobj" or event.head.lemma_.lower() != "host":
        return None
    return _home_state(rules.verb_subject(event.head)[0], rules)


def _home_state(hosts: list[Actor], rules: SentenceRules) -> Actor | None:
    """The one state the hosts serve or are, or None."""
    homes = {_home(h) for h in hosts} - {""}
    return rules.ctx.gaz.actor(homes.pop()) if len(homes) == 1 else None


def _said_to_be_in_a_place(tok) -> bool:
    """"Is due in Lima", "is expected in Accra", "will be in Warsaw": a copula (or "expected") with a place after
    "in", said of a subject (not "there is", not a description: "the talks will be in Geneva" names no visitor)."""
    if tok.lower_ in ARRIVAL_WORDS and tok.dep_ in ("acomp", "ROOT", "ccomp", "conj") and (
            tok.lemma_ == "expect" and tok.tag_ == "VBN" or tok.dep_ == "acomp"):
        holders = [tok, tok.head]
    elif tok.lemma_ == "be" and tok.dep_ in ("ROOT", "ccomp", "conj") \
            and not any(c.dep_ in ("attr", "acomp", "expl") for c in tok.children):
        holders = [tok]
    else:
        return False
    return any(_venues(h) for h in holders)


def _presence(tok, rules: SentenceRules) -> list[Candidate]:
    """A person said to be in a place of another state visits it (a person only: "Chile is in South America" is
    no trip)."""
    verb = tok.head if tok.dep_ == "acomp" else tok
    places = [rules.ctx.place(p) for h in (tok, verb) for p in _venues(h)][:1]
    actors, certainty = rules.present_subject(verb)
    out = []
    for place in (p for p in places if p is not None):
        for actor in actors:
            if actor.type != "person" or not actor.affiliation or _at_home(actor, place):
                continue
            modality = event_modality(tok)
            if tok.lower_ in ARRIVAL_WORDS and modality == "asserted":
                modality = "planned"  # "is due in Lima": still to come
            out.append(Candidate(actor, "visits", place, verb, modality, round(0.7 * certainty, 2)))
    return out


def _sentences_before(tok, rules: SentenceRules) -> list:
    """The article's sentences before the one ``tok`` is in, nearest first (this paragraph's, then earlier ones)."""
    here = [s for s in tok.doc.sents if s.end <= tok.sent.start]
    earlier = [s for seg in rules.ctx.segments if seg.section == rules.segment.section
               and seg.index < rules.segment.index for s in seg.doc.sents]
    return list(reversed(earlier + here))


def _event_told_before(event, rules: SentenceRules):
    """The earlier mention, with its place, of an event named again ("the event" after "an event in
    Abuja"), or None."""
    lemma = event.lemma_.lower()
    for sent in _sentences_before(event, rules):
        for tok in sent:
            if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN" and _venues(tok):
                return tok
    return None


def _gathering_told_before(tok, rules: SentenceRules):
    """The last gathering told with its place before a word ("a summit in Asuncion"), whose day those present
    there share, or None."""
    for sent in _sentences_before(tok, rules):
        for word in reversed(list(sent)):
            if word.pos_ == "NOUN" and word.lemma_.lower() in GATHERINGS and _venues(word):
                return word
    return None


def _last_place_told(tok, rules: SentenceRules) -> list:
    """The place "there" stands for: the last country or city the text named before it, in the sentence
    or before ("In Italy, ... Noboa is expected to be there"); a venue ("at the Palazzo") is passed over."""
    before = [t for t in tok.sent if t.i < tok.i]
    for sent in [before, *_sentences_before(tok, rules)]:
        for t in reversed(list(sent)):
            if t.ent_type_ in ("GPE", "LOC") and t.ent_id_ and t.dep_ == "pobj" and t.head.lower_ in ("in", "to", "at"):
                return [t]
    return []


#: Verbs of deeds done in person, whose doers are where the deed is done: "signed the deal in Washington".
DEEDS_IN_PERSON = words("deeds_in_person")
#: Prepositions of the setting a deed is done in, whose object may carry the place: "over dinner in Lima".
DEED_SETTING_PREPOSITIONS = words("deed_setting_prepositions")


#: Verbs of talking a matter over, whose "in" phrase after the matter is often the matter's own ("discussed the
#: situation in Gaza"): their place counts only before the matter, or in the passive.
TALKING_VERBS = words("talking_verbs")
LIGHT_OBJECTS = words("exchanged_light_nouns")  # "exchanged views": no matter


def _own_venues(verb) -> list:
    """The places a deed is done in: "signed the deal in Washington", "was discussed in Muscat by A and B", "met in
    Lima to discuss trade" (not "discussed the situation in Gaza", where the place is the matter's)."""
    venues = _venues(verb)
    if verb.lemma_.lower() not in TALKING_VERBS:
        return venues
    if _is_passive(verb):  # "X and the situation in Gaza were discussed in Muscat": after the verb
        return [v for v in venues if v.i > verb.i]
    matters = [c.i for c in verb.children if c.i > verb.i and ((c.dep_ == "dobj" and c.lower_ not in LIGHT_OBJECTS)
                                                               or (c.dep_ == "prep" and c.lower_ in ("on", "about")))]
    return [v for v in venues if not matters or v.i < min(matters)]


@sentence_rule("deeds_abroad", when=lambda words, sent: bool(words & DEEDS_IN_PERSON))
def _deeds_abroad(sent, rules: SentenceRules) -> list[Candidate]:
    """Parties who sign, agree, pledge, speak or talk something over in a place of another state visit it: "the
    Rwandan and Congolese ministers signed a peace deal in Washington" (each visits Washington); someone at home
    does not, and where exactly one of the parties doing it together is at home, that one hosts the others ("Peru's
    and Chile's ministers exchanged views over dinner in Lima": Chile's visits Lima, Peru's hosts him)."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEEDS_IN_PERSON:
            continue
        settings = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS]  # "held
        settings += [p for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for c in h.children
                     if c.dep_ == "prep" and c.lower_ in DEED_SETTING_PREPOSITIONS  # talks in Lima", "over dinner in
                     for p in c.children if p.dep_ == "pobj"]  # Lima", "exchanged views over lunch in Lima"
        venues = _own_venues(verb) or [v for setting in settings for v in _venues(setting)]
        places = [p for v in venues[:1] for p in [rules.ctx.place(v)] if p is not None]
        if not places:
            continue
        actors, certainty = rules.verb_subject(verb)
        partners, _ = rules.refs(prep_objects(verb, "with"))
        parties = [a for a in _joined(actors, partners) if _home(a).startswith("country:")]  # (a body's official
        # has no home state to be away from: "the GCC's secretary-general said in Riyadh")
        modality = event_modality(verb)
        place = places[0]
        away = [a for a in parties if not _at_home(a, place)]
        out += [Candidate(a, "visits", place, verb, modality, round(0.6 * certainty, 2)) for a in away]
        at_home = [a for a in parties if _at_home(a, place)]
        if len(at_home) == 1 and away:
            out += [Candidate(at_home[0], "hosts", a, verb, modality, round(0.55 * certainty, 2)) for a in away
                    if (a.type == "person") == (at_home[0].type == "person")]
    return out


#: Verbs of receiving a guest: the guest comes to the host's country.
RECEPTION_VERBS = words("reception_verbs")


@sentence_rule("receptions", when=lambda words, sent: bool(words & RECEPTION_VERBS))
def _receptions(sent, rules: SentenceRules) -> list[Candidate]:
    """A guest received by a host of another state, with no place told, visits the host's state: "Kenyan
    President Ruto received Ugandan President Museveni on Monday" (Museveni visits Kenya). Where the sentence
    names the place, the lexicon and the venue rules read it instead."""
    out = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEPTION_VERBS or any(
                rules.ctx.place(v) is not None for v in _venues(verb) + prep_objects(verb, "to", "at", "in")):
            continue  # (a place named is read by the lexicon and the venue rules; a building names none)
        hosts, certainty = rules.verb_subject(verb)
        state = _home_state(hosts, rules)
        if state is None:
            continue
        guests, _ = rules.refs([c for c in verb.children if c.dep_ == "dobj"])
        modality = event_modality(verb)
        out += [Candidate(g, "visits", state, verb, modality, round(0.55 * certainty, 2)) for g in guests
                if g.type == "person" and g.affiliation and not _at_home(g, state)]
    return out
