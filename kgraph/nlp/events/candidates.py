"""Candidate events of one sentence: the lexicon's triggers (and the trained detector's), then the sentence rules.

For every word whose lemma (or phrasal verb, or two-word noun) the lexicon lists, or that the detector marks,
the argument reader (``kgraph.nlp.arguments.reader``) finds who acted and the objects the lexicon's slots name;
one :class:`~kgraph.nlp.events.Candidate` is made per actor and object. Then the registered sentence rules
(``kgraph.nlp.events.rules``) whose words occur read the constructions no single trigger tells.
"""

from __future__ import annotations

from functools import lru_cache

from kgraph.nlp.actors.gazetteer import Actor
from kgraph.nlp.actors.mentions import BODY_NOUNS, ArticleActors
from kgraph.nlp.actors.titles import COUNTERPART_NOUNS
from kgraph.nlp.arguments.parse import (_compound, _is_passive, _joined, _lemma, _meeting_of_purpose, _meeting_partners,
                                        _phrasal, _pos, _topic, _venues)
from kgraph.nlp.arguments.paths import condition_clauses
from kgraph.nlp.arguments.reader import AID_NOUNS, ATTACK_NOUNS, RECEIVING_VERBS, SentenceRules
from kgraph.nlp.arguments.topics import AGREEMENT_NOUNS
from kgraph.nlp.arguments.slots import slot_tokens
from kgraph.nlp.detect.triggers import detected_entry, detected_triggers
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.lexicon import Trigger, load_lexicon
from kgraph.nlp.events.modality import asked_or_conditional, event_modality
from kgraph.nlp.events.passed_over import RECIPROCAL_FIGHTING_VERBS, _withdrawn_object, passed_over
from kgraph.nlp.events.rules import SENTENCE_RULES
from kgraph.nlp.events.rules.common import _as_states
from kgraph.nlp.events.rules.ties import _closed_borders
from kgraph.nlp.events.rules.threats import MEASURE_NOUNS, RESPONSE_VERBS, _hostile, _plain_response
from kgraph.nlp.segments import Segment
from kgraph.nlp.syntax import MEETING_NOUNS, prep_objects
from kgraph.nlp.wordlists import words
from kgraph.vocabulary import RELATIONS

__all__ = ["sentence_candidates"]

UNDOING_VERBS = words("undoing_verbs")
WITHHOLDING_VERBS = words("withholding_verbs")
#: Verbs under which a measure or aid named as the object is not done: lifted, ended, withheld or forbidden.
NOT_DONE_VERBS = UNDOING_VERBS | WITHHOLDING_VERBS
ACCEPTANCE_VERBS = words("acceptance_verbs")
HOSTILE_DEED_VERBS = words("hostile_deed_verbs")
#: Relations that tell the asking or the threatening itself, whose trigger may stand in the asked deed's clause.
TOLD_OF_ASKED_DEEDS = {"calls_for", "threatens", "holds_role", "member_of"}


def _home(actor: Actor) -> str:
    """The state or body an actor belongs to: itself for a country or organisation, else its affiliation
    (for a place, its country)."""
    if actor.type in ("country", "organisation"):
        return actor.id
    return actor.affiliation or actor.country or ""


def _at_home(relation: str, actor: Actor, obj: Actor, trigger_pos: str) -> bool:
    """A visit to one's own country, or a reception of one's own compatriot, is no diplomatic event:
    "the first Greek minister in years to visit the neighbouring country" is no visit to Greece, and the list
    "visits of Tuggar, Defence Minister Badaru and ..." is no meeting among Nigerian officials."""
    home = _home(actor)
    if not home:
        return False
    if relation == "visits":
        return obj.type == "country" and obj.id == home  # (arriving in a city at home stays a trip)
    listed = trigger_pos == "NOUN" or "country" in (actor.type, obj.type)
    if relation == "hosts" or (relation == "meets_with" and listed):
        return obj.type in ("person", "country") and _home(obj) == home
    return False


def _the_one_at_home(actors: list[Actor], place: Actor) -> Actor | None:
    """Of parties told together in a place, the only one whose country it is (None unless exactly one is,
    and every party's country is known)."""
    country = _home(place)
    homes = [_home(a) for a in actors]
    at_home = [a for a, home in zip(actors, homes) if home == country]
    return at_home[0] if country and len(at_home) == 1 and all(homes) else None



ATTACK_WORDS = ATTACK_NOUNS | words("attack_words")


# nouns of seeking something, whose "to" clause is sought now: "Sweden's bid to join NATO"
BID_NOUNS = words("bid_nouns")


APPLYING_VERBS = words("applying_verbs")


def _undoes_a_measure(tok) -> bool:
    """A verb that lifts, eases, cuts, withholds or forbids measures or aid named as its object ("lifted the
    sanctions", "would prohibit all aid")."""
    return tok.lemma_.lower() in NOT_DONE_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MEASURE_NOUNS | AID_NOUNS for c in tok.children)


@lru_cache(maxsize=1)
def _trigger_words() -> frozenset[str]:
    """The first and last words of every lexicon trigger (and the verbs of weighing a matter a meeting is held
    for), to pass over other words quickly."""
    return frozenset(w for lemma, _ in load_lexicon() for w in (lemma.split()[0], lemma.split()[-1])) \
        | DELIBERATION_VERBS


def _welcomed_into_a_body(verb) -> bool:
    """"Welcomed the Nordic country into the alliance", "welcomed Timor-Leste to ASEAN": a party welcomed into a
    body's ranks is backed in joining it, not received as a guest."""
    return _lemma(verb) == "welcome" and any(c.dep_ == "dobj" for c in verb.children) and any(
        o.ent_type_ == "ORG" or o.lemma_.lower() in BODY_NOUNS for o in prep_objects(verb, "into", "to"))


#: Verbs of weighing a matter, which tell a discussion as a meeting's aim ("met to weigh a joint reply").
DELIBERATION_VERBS = words("deliberation_verbs")
#: Where what is weighed stands: "to assess the truce", "to look at ways", "to deliberate on the budget".
DELIBERATED_SLOTS = ("dobj", "on", "at", "over", "into")


def _deliberated(tok, pos: str) -> list[Trigger]:
    """A verb of weighing a matter that a meeting was held for, read as discussing it: "met in Oslo on Friday to
    weigh a joint reply" (both parties discuss the reply); nothing elsewhere ("is considering sanctions")."""
    if pos != "VERB" or _lemma(tok) not in DELIBERATION_VERBS or _meeting_of_purpose(tok) is None:
        return []
    return [Trigger("discusses", _lemma(tok), "VERB", DELIBERATED_SLOTS, "topic", frozenset())]


def sentence_candidates(sent, segment: Segment, ctx: ArticleActors, deeds_told: list[tuple[str, tuple[Actor, ...], str]]
                        ) -> tuple[list[Candidate], list[tuple[str, tuple[Actor, ...]]]]:
    """All events the lexicon rules find in one sentence, and the attacks it tells, (word, who struck), for
    "condemned the attack" in a later sentence (``deeds_told`` are those the sentences before told)."""
    lexicon = load_lexicon()
    rules = SentenceRules(ctx, segment, deeds_told)
    found: list[Candidate] = []
    words: set[str] = set()  # lemmas and forms, so that a sentence rule runs only where its words are
    keys = _trigger_words()
    detected = detected_triggers(sent)
    for tok in sent:
        lemma, lower = tok.lemma_.lower(), tok.lower_
        words.add(lemma)
        words.add(lower)
        if lemma not in keys and lower not in keys and lemma[:-1] not in keys and tok.i not in detected:
            continue  # no lexicon entry can start or end with this word, and the detector saw no trigger
        pos = _pos(tok)
        if pos is None:
            continue
        if pos == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") \
                and tok.head.lemma_.lower() in NOT_DONE_VERBS:
            continue  # "lifted the sanctions on Syria", "ended the war", "banned aid": what is undone is not done
        if pos == "NOUN" and tok.dep_ == "dobj" and lemma in MEETING_NOUNS and tok.head.pos_ == "VERB":
            for person_id, state in rules.sides_of_meeting(tok):  # (before its parties are read, so that they
                ctx.affiliate(person_id, state)  # carry their states)
        fired_actor_kind = False
        groups = []  # noted once all the token's entries have run: one entry's result is no antecedent for the next
        for entry in _entries(tok, pos, lexicon, detected):
            if passed_over(entry, tok, pos, lexicon):
                continue
            made, group, fired = _entry_candidates(tok, pos, entry, rules, fired_actor_kind)
            found += made
            if group is not None:
                groups.append(group)
            fired_actor_kind = fired_actor_kind or fired
        for group, meeting in groups:
            ctx.remember_group(segment, tok.i, group, meeting=meeting)
    found += SENTENCE_RULES.run(sent, rules, words)  # the registered sentence rules whose words occur
    # a deed asked of a party or set as a condition is no deed of that party ("demanded that Peru withdraw")
    found = [c for c in found if c.relation in TOLD_OF_ASKED_DEEDS or not asked_or_conditional(c.trigger)]
    told = words & ATTACK_WORDS or any(c.relation in TOLD_RELATIONS for c in found)
    return found, _deeds_told(sent, found, rules) if told else []


def _entries(tok, pos: str, lexicon, detected) -> list[Trigger]:
    """The lexicon entries of a word (as a two-word noun, a phrasal verb, or its lemma), else those the detector
    gives a word the lexicon does not list at all ("lifted the sanctions" and "froze aid" are marked too, but
    nothing is done)."""
    entries = [*(lexicon.get((_compound(tok), pos), ()) if pos == "NOUN" else ()),
               *(lexicon.get((_phrasal(tok), pos), ()) or lexicon.get((_lemma(tok), pos), ()))]
    if pos == "VERB" and _welcomed_into_a_body(tok):  # "welcomed Sweden into the alliance": backing its entry,
        return [Trigger("supports", _lemma(tok), "VERB", ("dobj",), "actor", frozenset())]  # no guest received
    entries = [e for e in entries if not e.heads or _heads_fit(tok, e)]  # ("opened fire": no summit opened)
    weighed = _deliberated(tok, pos)  # (as a meeting's aim, whatever is weighed: "met to review gas supplies")
    entries = [e for e in entries if e.relation != "discusses"] + weighed if weighed else entries
    if not entries and not _undoes_a_measure(tok) and not _closed_borders(tok):  # (borders closed: ties_cut)
        entries = [entry for relation, score in detected.get(tok.i, ()) if not (
            relation == "threatens" and (_plain_response(tok) or _conditional_response(tok)))
                   for entry in (detected_entry(_lemma(tok), pos, relation, score),) if entry is not None]
    return entries


def _heads_fit(tok, entry: Trigger) -> bool:
    """Whether a word's slots hold a head the entry allows ("opened the summit" for hosting; not "opened fire")."""
    return any(h.lemma_.lower() in entry.heads or h.lower_ in entry.heads
               for h in slot_tokens(tok, entry.slots) for h in (h, *h.conjuncts))


CALL_PURPOSE_VERBS = words("call_purpose_verbs")


def _call_made(verb, callers: list[Actor], certainty: float, rules: SentenceRules) -> list[Candidate]:
    """A party called up to talk ("called the Somali president to discuss the drought", "called him to
    congratulate him"): a meeting of caller and called, who discuss what the call was for."""
    purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in CALL_PURPOSE_VERBS]
    called_heads = [c for c in verb.children if c.dep_ == "dobj"]
    if not purposes or not called_heads or not callers:
        return []
    called, called_certainty = rules.refs(called_heads)
    called = [a for a in called if a.type in ("person", "country", "organisation")]
    modality = event_modality(verb)
    confidence = round(0.75 * min(certainty, called_certainty), 2)
    found = [Candidate(a, "meets_with", b, verb, modality, confidence) for a in callers for b in called if a.id != b.id]
    if found and purposes[0].lemma_.lower() == "discuss":
        objects = [c for c in purposes[0].children if c.dep_ == "dobj"]
        topics = [o for t in objects for o, _ in rules._object(t, "topic")]
        found += [Candidate(p, "discusses", t, verb, modality, confidence) for p in [*callers, *called] for t in topics
                  if t.type == "topic"]
    return found


#: Words of being ready, under which a hostile deed is held out as a threat ("ready to impose sanctions").
READY_FOR_DEEDS = ("ready", "prepared")


def _held_ready(tok) -> bool:
    """Whether a hostile deed is held out by a word of readiness above it: "stands ready to take further
    measures", "is prepared to impose sanctions", "ready to use force" (a threat, not a deed planned)."""
    for _ in range(4):
        if tok.lemma_.lower() in READY_FOR_DEEDS and tok.pos_ == "ADJ":
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


#: Calls made in person, whose receiver hosts the caller ("received a courtesy call from X").
CALLS_IN_PERSON = ("courtesy", "visit")
#: Verbs by which a call from someone is received ("received a call", "took a phone call").
CALL_TAKING_VERBS = RECEIVING_VERBS | {"take", "get"}


def _call_received(noun, rules: SentenceRules) -> list[Candidate]:
    """A call or visit received from someone: "President Hassan received a courtesy call from Jaishankar" (the
    receiver meets the caller; a courtesy call or a visit is also hosted), "took a phone call from X"."""
    verb = noun.head
    if noun.dep_ != "dobj" or _pos(verb) != "VERB" or _lemma(verb) not in CALL_TAKING_VERBS:
        return []
    callers, certainty = rules.refs(prep_objects(noun, "from"))
    receivers, receiver_certainty = rules.verb_subject(verb)
    modality = event_modality(verb)
    confidence = round(0.8 * min(certainty, receiver_certainty), 2)
    in_person = noun.lemma_.lower() == "visit" or any(c.lower_ in CALLS_IN_PERSON for c in noun.children)
    return [Candidate(r, relation, c, noun, modality, confidence)
            for r in receivers for c in callers if r.id != c.id
            for relation in (("meets_with", "hosts") if in_person else ("meets_with",))]


@lru_cache(maxsize=None)
def _trigger_nouns(relation: str) -> frozenset[str]:
    """The nouns the lexicon lists as triggers of a relation."""
    return frozenset(lemma for (lemma, pos), entries in load_lexicon().items() if pos == "NOUN"
                     for e in entries if e.relation == relation)


def _conditional_response(verb) -> bool:
    """A response held out on a condition ("would respond with force if ..."): the conditional-threat rule reads
    it, with the party the condition is on."""
    return verb.lemma_.lower() in RESPONSE_VERBS and bool(condition_clauses(verb, reach=0))


def _inviters(visit) -> list:
    """Who a visit is paid at the invitation of, on the visit or on the verb that carries it: "visited Astana at
    the invitation of President Tokayev", "paid a visit to Oman at the invitation of the sultan"."""
    holders = [visit] + ([visit.head] if visit.dep_ == "dobj" else [])
    return [p for h in holders for o in prep_objects(h, "at", "on", "upon") if o.lemma_.lower() == "invitation"
            for p in prep_objects(o, "of", "from")]


def _entry_candidates(tok, pos: str, entry: Trigger, rules: SentenceRules, fired_actor_kind: bool
                      ) -> tuple[list[Candidate], tuple[tuple[Actor, ...], bool] | None, bool]:
    """The candidates one lexicon entry of a word gives; the parties it tells acting together, with whether they
    met (None for no group); and whether an entry whose object is an actor fired (``fired_actor_kind`` says
    whether one did before, for this word)."""
    found: list[Candidate] = []
    actors, certainty = rules.trigger_actors(tok, entry)
    certainty *= entry.confidence
    objects, _ = rules.objects(tok, entry)
    if entry.relation == "attacks" and not objects and len(actors) >= 2 and pos == "VERB" \
            and tok.lemma_.lower() in RECIPROCAL_FIGHTING_VERBS \
            and not any(c.dep_ == "dobj" or c.lower_ in ("together", "jointly", "alongside") for c in tok.children):
        # ("teamed up to fight fires", "fought together": they fought something else, side by side)
        # "Indian and Chinese soldiers clashed": each party fought the other
        modality = event_modality(tok)
        found += [Candidate(a, "attacks", b, tok, modality, round(0.8 * certainty, 2))
                  for a in actors for b in actors if a.id != b.id]
        return found, None, False
    if not objects and entry.object_kind in ("actor", "any") and entry.slots not in (("judged",), ("cost",)):
        objects = rules.path_objects(tok, entry.relation)  # (a judgement that names nothing judged tells none,
        # nor does raising anything but a cost: "raised the issue with X")
    if entry.relation == "calls_for" and not any(o.type == "topic" for o, _ in objects):
        # the party asked and what it is asked to do, both: "pressed China to lift its ban" (China, and lifting
        # the ban); with no other party named as asked, the deed alone ("demanded that its partners refuse")
        deed = rules.asked_deed(tok)
        objects = deed + [(o, c) for o, c in objects if o not in actors] if deed else objects
    if entry.relation == "meets_with" and not objects and len(actors) >= 2 \
            and tok.lemma_.lower() not in ("visit", "broker", "mediate", "negotiate") \
            and not any(c.dep_ == "dobj" for c in tok.children):
        # "A and B met": they met each other ("A and B welcomed the decision" and "visits of A and B" not);
        # "A, B and C met": each pair
        modality = event_modality(tok)
        found += [Candidate(a, "meets_with", b, tok, modality, round(0.85 * certainty, 2))
                  for k, a in enumerate(actors) for b in actors[k + 1:]]
        return found, (tuple(actors), True), False
    if entry.relation == "calls_for" and pos == "VERB" and _lemma(tok) == "call":
        called = _call_made(tok, actors, certainty, rules)
        if called:  # "Kenya called Somalia's president to discuss the drought": a call, no appeal
            return called, None, False
    if entry.relation == "meets_with" and pos == "NOUN" and not actors:
        received = _call_received(tok, rules)
        if received:  # "received a courtesy call from X": the receiver met X (and hosted X, in person)
            return received, None, False
    if not actors or not objects:
        return [], None, False
    if entry.object_kind == "topic" and all(o.type != "topic" for o, _ in objects) and fired_actor_kind:
        return [], None, False
    modality = event_modality(tok)
    meeting = _meeting_of_purpose(tok) if entry.relation == "discusses" else None
    talked: list[tuple[Actor, Actor]] = []
    if entry.relation in JOINT_RELATIONS:  # who works, agrees or signs with a partner: the partner too
        actors = _with_partners(actors, tok, rules)
    if entry.relation == "agrees_on" and len(actors) < 2 and tok.lemma_.lower() in JOINT_DECISION_VERBS:
        return [], None, False  # "Russia decided to expel ...": one party's decision, agreed with no one
    if entry.relation == "agrees_on" and len(actors) < 2 and _told_otherwise(tok):
        return [], None, False  # "vowed to continue attacks" threatens; "pledged to send aid" is aid, planned
    if meeting is not None:  # what a meeting was held to discuss, all its parties discussed, when it was held
        partners, _ = rules.refs(_meeting_partners(meeting))
        actors = _joined(actors, partners)
        modality = event_modality(meeting)
    elif entry.relation == "discusses":  # "discussed the port deal with Samia Suluhu Hassan", "held talks with X
        partners = _discussion_partners(tok, rules)  # on Y": the partner discussed it too (not where one side
        if _lemma(tok) not in ONE_SIDED_DISCUSSION_VERBS:  # "raised the issue with X")
            talked = [(a, p) for a in actors for p in partners if a.id != p.id and a not in partners
                      and (_pos(tok) == "VERB" or _lemma(tok) in MEETING_NOUNS)
                      and (a.type == "person") == (p.type == "person")]
            if not partners and _pos(tok) == "VERB":  # "A and B discussed X", "exchanged views on X": they talked
                talked = [(a, b) for k, a in enumerate(actors) for b in actors[k + 1:]
                          if (a.type == "person") == (b.type == "person")
                          and a.type in ("person", "country", "organisation")
                          and _home(a) and _home(b) and _home(a) != _home(b)]
            actors = _joined(actors, partners)
        objects = [(_without_partner(o, partners, tok), c) for o, c in objects]
    if entry.relation == "hosts" and len(actors) >= 2:
        actors, guests, venue = _host_at_home(actors, tok, rules)
        found += [Candidate(g, "visits", venue, tok, modality, round(0.6 * certainty, 2)) for g in guests]
    if entry.relation == "visits" and len(actors) >= 2 and len(objects) == 1:
        host = _the_one_at_home(actors, objects[0][0])
        if host is not None:  # "A and B signed deals during a visit to B's capital": B received A
            actors = [a for a in actors if a.id != host.id]
            found += [Candidate(host, "hosts", a, tok, modality, round(0.6 * certainty, 2)) for a in actors]
    if entry.relation == "visits":  # "paid a visit to Kazakhstan at the invitation of President Tokayev"
        inviters, _ = rules.refs(_inviters(tok))
        for a in actors:  # (a state's visit is hosted by the inviter's state)
            hosts = inviters if a.type == "person" else _as_states(inviters, rules)
            found += [Candidate(h, "hosts", a, tok, modality, round(0.6 * certainty, 2)) for h in hosts
                      if h.id != a.id and (h.type == "person") == (a.type == "person")]
    relation, modality = _relation_as_told(tok, entry, actors, objects, modality)
    if relation == "signs" and modality == "asserted" and pos == "VERB":  # people who sign together met to sign
        people = [a for a in actors if a.type == "person"]  # "Japarov and Rahmon signed a treaty in Bishkek"
        talked += [(a, b) for k, a in enumerate(people) for b in people[k + 1:] if _home(a) != _home(b)]
    # who discussed a matter with another talked with them: "discussed the deal with X by phone"
    found += [Candidate(a, "meets_with", p, tok, modality, round(0.6 * certainty, 2)) for a, p in talked]
    # a light verb's object that is the relation's own noun names nothing ("played host to X": not "hosts host")
    objects = [(o, c) for o, c in objects if o.type != "topic" or o.name.lower() not in _trigger_nouns(relation)]
    base = 0.85 if pos == "VERB" else 0.7
    for actor in actors:
        for obj, obj_certainty in objects:
            if actor.id == obj.id or (entry.relation == "member_of" and (
                    obj.type != "organisation" or actor.type not in ("country", "organisation"))) \
                    or (relation == "seeks_membership_in" and obj.type != "organisation") \
                    or _at_home(entry.relation, actor, obj, pos):
                continue
            found.append(Candidate(actor, relation, obj, tok, modality,
                                   round(base * min(certainty, obj_certainty), 2)))
            if relation == "sanctions" and _lemma(tok) == "suspend" and actor.type == "organisation" \
                    and obj.type == "country" and any(c.dep_ == "dobj" and c.ent_id_ == obj.id for c in tok.children):
                # "the AU suspended Gabon": a body suspends its own member (not "suspended aid to Niger")
                found.append(Candidate(obj, "member_of", actor, tok, "asserted", round(0.6 * certainty, 2)))
            if entry.object_kind == "organisation" and relation == "rejects" and modality != "asserted" \
                    and actor.type in ("country", "organisation"):
                # "has no plans to leave the bloc", "will quit the WHO": a member still
                found.append(Candidate(actor, "member_of", obj, tok, "asserted", round(0.6 * certainty, 2)))
    if entry.relation == "meets_with":
        group = ((*actors, *(o for o, _ in objects)), True)
    elif len(actors) >= 2:
        group = (tuple(actors), False)
    else:
        group = None
    return found, group, entry.object_kind == "actor"


def _relation_as_told(tok, entry: Trigger, actors: list[Actor], objects: list[tuple[Actor, float]],
                      modality: str) -> tuple[str, str]:
    """The entry's relation and the modality, as the words around the trigger tell them: a courtesy call is a
    meeting, becoming a member is seeking membership, having joined is membership, a bid to join is made now,
    and acceptance denied is a rejection."""
    relation = entry.relation
    if relation == "calls_for" and tok.lemma_.lower() == "call" and actors and objects \
            and all(a.type == "person" for a in actors) and all(o.type == "person" for o, _ in objects) \
            and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        relation = "meets_with"  # "President Murmu will call on the visiting President": a courtesy call
    if relation == "member_of" and _becoming(tok) and modality != "asserted":
        relation = "seeks_membership_in"  # "hopes to become a member of NATO": not one yet
    if relation == "seeks_membership_in" and modality == "asserted" and _lemma(tok) in ("join", "enter") \
            and tok.tag_ in ("VBD", "VBN") and tok.dep_ in ("ROOT", "conj", "ccomp", "advcl", "relcl") \
            and not _is_passive(tok) and all(o.type == "organisation" for o, _ in objects):
        relation = "member_of"  # "Finland joined NATO in 2023": a member since, as one who became a member
    if relation == "seeks_membership_in" and modality == "planned" and (
            (tok.dep_ == "acl" and tok.head.lemma_.lower() in BID_NOUNS)
            or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in APPLYING_VERBS and not any(
                c.dep_ == "aux" and c.lower_ in ("will", "shall", "would") for c in tok.head.children))):
        modality = "asserted"  # "Sweden's bid to join NATO", "applied to join": the seeking is made
    if relation in ("sanctions", "attacks") and modality in ("planned", "hoped") and _held_ready(tok):
        relation, modality = "threatens", "asserted"  # "stands ready to take further measures against X"
    if modality == "negated" and _lemma(tok) in ACCEPTANCE_VERBS and relation in ("agrees_on", "supports"):
        relation, modality = "rejects", "asserted"  # "would not accept any foreign troops": a rejection, told now
    return relation, modality


#: Deeds a later "the decision", "the measures" or "the attack" may refer back to (``data/words/told_deed_nouns.tsv``).
TOLD_RELATIONS = ("attacks", "sanctions", "threatens", "rejects")


def _deeds_told(sent, found: list[Candidate], rules: SentenceRules) -> list[tuple[str, tuple[Actor, ...], str]]:
    """Who did which hostile deed, by the word that told it, for "condemned the attack" or "called the decision
    a provocation" in a later sentence: the attacks, sanctions, threats and rejections found (done or planned),
    and attacks told with their doer but no target ("its weekend drone attack")."""
    told: dict[tuple[int, str], tuple[str, dict[str, Actor]]] = {}
    for c in found:
        if c.relation in TOLD_RELATIONS and c.modality in ("asserted", "planned") \
                and c.actor.type in ("country", "organisation", "group"):
            told.setdefault((c.trigger.i, c.relation), (c.trigger.lemma_.lower(), {}))[1][c.actor.id] = c.actor
    for tok in sent:
        if tok.lemma_.lower() in ATTACK_NOUNS and tok.pos_ == "NOUN" and (tok.i, "attacks") not in told:
            doers = [a for a, _ in rules.doer(tok) if a.type in ("country", "organisation", "group")]
            if doers:
                told[(tok.i, "attacks")] = (tok.lemma_.lower(), {a.id: a for a in doers})
    return [(lemma, tuple(actors.values()), relation)
            for (_, relation), (lemma, actors) in sorted(told.items(), key=lambda item: item[0][0])]


def _host_at_home(actors: list[Actor], trigger, rules: SentenceRules) -> tuple[list, list, Actor | None]:
    """Of parties said to hold a meeting together in a place, the one at home hosts and the others visit:
    "Albanese and Modi held the annual summit in Sydney" (Albanese hosts, Modi visits Sydney). Unchanged
    (and no guests) unless exactly one party is of the place's country."""
    venues = [p for holder in [trigger, *(o for o in trigger.children if o.dep_ == "dobj")]
              for p in _venues(holder)]
    place = rules.ctx.place(venues[0]) if venues else None
    host = _the_one_at_home(actors, place) if place is not None else None
    if host is None:
        return actors, [], None
    return [host], [a for a in actors if a is not host], place


JOINT_RELATIONS = {"cooperates_on", "agrees_on", "signs"}


PROMISE_VERBS = words("promise_verbs")
ONE_SIDED_DISCUSSION_VERBS = words("one_sided_discussion_verbs")
JOINT_DECISION_VERBS = words("joint_decision_verbs")


def _aimed_against(deed) -> bool:
    """A deed done "against" someone: "to strengthen its forces against hostile moves" is no cooperation."""
    return any(c.dep_ == "prep" and c.lower_ == "against" for h in (deed, *deed.children) for c in h.children)


def _told_otherwise(promise) -> bool:
    """Whether a party's lone promise is told by another event than an agreement: the promised deed is hostile
    (a threat), a refusal ("vowed not to return the islands"), said of others ("vowed that anyone who attacks
    would face a response") or an event of its own ("pledged to send troops" is aid, planned). Otherwise a lone
    promise states an intent to cooperate, an agreement in CAMEO's sense: "Peru promised to reopen its consulate",
    "Mali is willing to release the soldiers"."""
    if promise.lemma_.lower() not in PROMISE_VERBS:
        return False
    if any(c.dep_ == "ccomp" for c in promise.children):
        return True
    deeds = [d for c in promise.children if c.dep_ in ("xcomp", "prep")
             for d in ([c] if c.dep_ == "xcomp" else [p for p in c.children if p.dep_ == "pcomp"])]
    return any(_not_cooperation(d) for d in deeds + [c for d in deeds for c in d.conjuncts])


def _not_cooperation(deed) -> bool:
    """A promised deed that is no intent to cooperate: hostile, a response, refused, aimed against someone, or a
    deed the lexicon tells as an event of its own (by its verb or its object)."""
    if _hostile(deed) or deed.lemma_.lower() in RESPONSE_VERBS | HOSTILE_DEED_VERBS \
            or _phrasal(deed) in HOSTILE_DEED_VERBS or _aimed_against(deed) \
            or any(c.dep_ == "neg" for c in deed.children):
        return True
    if _pos(deed) != "VERB":
        return False
    lexicon = load_lexicon()
    readings = lexicon.get((_phrasal(deed), "VERB"), ()) or lexicon.get((_lemma(deed), "VERB"), ())
    readings = [e for e in readings if not e.heads or _heads_fit(deed, e)]  # ("to open up the economy": no summit)
    if any(not _withdrawn_object(e, deed) and RELATIONS[e.relation].kind == "event" for e in readings):
        return True
    # "pledged to send aid": the object is the event; not where the deed undoes it ("to lift the ban")
    return deed.lemma_.lower() not in UNDOING_VERBS and any(
        lexicon.get((_lemma(o), "NOUN")) for o in deed.children if o.dep_ == "dobj")


def _becoming(noun) -> bool:
    """Whether a noun is what its subject becomes: "to become a member of NATO"."""
    return noun.dep_ in ("attr", "oprd", "dobj") and noun.head.lemma_.lower() == "become"


def _with_partners(actors: list[Actor], trigger, rules: SentenceRules) -> list[Actor]:
    """The actors of joint work and the partners named with "with" or "alongside": "Norway will work with
    Jordan and the WFP to deliver aid", "cooperation with Uganda in agriculture"."""
    held = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")
                       and c.lemma_.lower() in AGREEMENT_NOUNS)]
    partners, _ = rules.refs([p for h in held for p in prep_objects(h, "with", "alongside")])  # "signed a pact with X"
    # "a memorandum between Germany and Kazakhstan was signed by their leaders": the states are parties too
    parties, _ = rules.refs([p for h in held[1:] for p in prep_objects(h, "between")])
    partners += [p for p in parties if p.type in ("country", "organisation") and actors]
    return _joined(actors, [p for p in partners if p.type in ("country", "organisation", "person")])


def _discussion_partners(trigger, rules: SentenceRules) -> list[Actor]:
    """Whom a party discussed something with: "with" on the verb or on the talks ("held talks with X on Y",
    "discussed Y with X"), or a person "with" whom the topic noun is hung ("discussed the project with Ishiba").
    """
    heads = _meeting_partners(trigger) if _pos(trigger) == "NOUN" and _lemma(trigger) in MEETING_NOUNS \
        else prep_objects(trigger, "with")
    discussed = [d for d in trigger.children if d.dep_ == "dobj"] if _pos(trigger) == "VERB" \
        else prep_objects(trigger, "on", "about", "over")  # ("talks on a rail link with his Lao counterpart")
    heads += [p for d in discussed for t in d.subtree if _through_nouns(t, d) for p in prep_objects(t, "with")
              if p.ent_type_ == "PERSON" or p.lemma_.lower() in COUNTERPART_NOUNS][:1]  # (however deep the parser
    # hangs it on the matter's nouns: "discussed prospects for a ceasefire in Sudan with Ethiopian Prime Minister
    # Abiy Ahmed"; not inside a clause: "a bridge linking A with B")
    heads = [trigger.head if h.lower_ in ("whom", "which") and trigger.dep_ == "relcl" else h for h in heads]
    partners, _ = rules.refs(heads)  # ("received by Abdullah, with whom he discussed ...": Abdullah)
    return [p for p in partners if p.type in ("country", "organisation", "person")]


def _through_nouns(tok, top) -> bool:
    """Whether ``tok`` hangs on ``top`` through nouns and prepositions only (no verb between)."""
    while tok.i != top.i:
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _without_partner(topic: Actor, partners: list[Actor], trigger=None) -> Actor:
    """A topic without the person it was discussed with: "project with Shigeru Ishiba" -> "project", "rail link
    with his Lao counterpart" -> "rail link"."""
    for partner in partners:
        cut = topic.name.find(f" with {partner.name}")
        if topic.type == "topic" and partner.type == "person" and cut > 0:
            return _topic(topic.name[:cut])
    cut = topic.name.find(" with ")
    if topic.type == "topic" and partners and cut > 0 and trigger is not None:
        counterpart = [t for t in trigger.subtree if t.lemma_.lower() in COUNTERPART_NOUNS and t.head.lower_ == "with"]
        if counterpart:
            return _topic(topic.name[:cut])
    return topic
