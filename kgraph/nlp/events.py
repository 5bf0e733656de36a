"""Relation rules over the dependency parse, driven by the lexicon in ``data/lexicon.tsv``.

For every token whose lemma is a trigger, the rule finds who acted (subject, agent of a
passive, possessor or "between X and Y" of a noun, the subject of a light verb) and the
object (the slots the lexicon names), expands coordination, and yields one
:class:`Candidate` per actor and object.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kgraph.nlp.actors.gazetteer import Actor, slugify
from kgraph.nlp.actors.mentions import ArticleActors
from kgraph.nlp.arguments.parse import (CURRENCY_NOUNS, SUBJECT_DEPS, _aim_clauses, _compound, _coordinated,
                                        _for_clauses, _is_sum, _lemma, _meeting_of_purpose, _meeting_partners,
                                        _phrasal, _pos, _venues)
from kgraph.nlp.arguments.paths import condition_clauses
from kgraph.nlp.arguments.reader import (AID_NOUNS, ATTACK_NOUNS, CREDITING_VERBS, ENVOY_NOUNS, PARTY_TYPES,
                                         SentenceRules, _joined, _topic)
from kgraph.nlp.arguments.topics import AGREEMENT_NOUNS, topic_text
from kgraph.nlp.detect.triggers import detected_entry, detected_triggers
from kgraph.nlp.lexicon import Trigger, load_lexicon
from kgraph.nlp.modality import event_modality, governing_chain
from kgraph.nlp.rule_registry import SENTENCE_RULES, sentence_rule
from kgraph.nlp.segments import Segment
from kgraph.nlp.syntax import MEETING_NOUNS, entity_of, prep_objects, to_infinitive
from kgraph.nlp.wordlists import words

__all__ = ["Candidate", "sentence_candidates"]


UNDOING_VERBS = words("undoing_verbs")
TOPIC_NOUNS = words("topic_nouns")


@dataclass(frozen=True)
class Candidate:
    """An event found in a sentence, before dates and deduplication."""

    actor: Actor
    relation: str
    object: Actor
    trigger: object  # spacy Token
    modality: str
    confidence: float
    # a word told earlier whose date is this event's when its own sentence gives none ("will be present at the
    # event" after "will sign the accord on Friday at an event in Abuja")
    date_from: object = None


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


# verbs of asking others for support: "rallied support for", "sought aid"
SEEKING_VERBS = words("seeking_verbs")
# what is sent or extended that is no aid: "sent a letter to", "extended an invitation to", "sent an envoy to"
MESSAGE_NOUNS = words("message_nouns")


ATTACK_WORDS = ATTACK_NOUNS | words("attack_words")


# nouns of seeking something, whose "to" clause is sought now: "Sweden's bid to join NATO"
BID_NOUNS = words("bid_nouns")


APPLYING_VERBS = words("applying_verbs")


@lru_cache(maxsize=1)
def _undoes_a_measure(tok) -> bool:
    """A verb that lifts, eases or cuts measures or aid named as its object ("lifted the sanctions")."""
    return tok.lemma_.lower() in UNDOING_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in MEASURE_NOUNS | AID_NOUNS for c in tok.children)


def _trigger_words() -> frozenset[str]:
    """The first and last words of every lexicon trigger, to pass over other words quickly."""
    return frozenset(w for lemma, _ in load_lexicon() for w in (lemma.split()[0], lemma.split()[-1]))


def sentence_candidates(sent, segment: Segment, ctx: ArticleActors) -> list[Candidate]:
    """All events the lexicon rules find in one sentence."""
    lexicon = load_lexicon()
    rules = SentenceRules(ctx, segment)
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
        if pos == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in UNDOING_VERBS:
            continue  # "lifted the sanctions on Syria", "ended the war": what is undone is not done
        if pos == "NOUN" and tok.dep_ == "dobj" and lemma in MEETING_NOUNS and tok.head.pos_ == "VERB":
            rules.sides_of_meeting(tok)  # (before its parties are read, so that they carry their states)
        entries = [*(lexicon.get((_compound(tok), pos), ()) if pos == "NOUN" else ()),
                   *(lexicon.get((_phrasal(tok), pos), ()) or lexicon.get((_lemma(tok), pos), ()))]
        if not entries and not _undoes_a_measure(tok):
            # a word the lexicon does not list at all, which the detector marks ("lifted the sanctions" and
            # "froze aid" are marked too, but nothing is done)
            entries = [entry for relation, score in detected.get(tok.i, ()) if not (
                relation == "threatens" and _plain_response(tok))
                       for entry in (detected_entry(_lemma(tok), pos, relation, score),) if entry is not None]
        fired_actor_kind = False
        groups = []  # noted once all the token's entries have run: one entry's result is no antecedent for the next
        for entry in entries:
            if entry.relation == "supports" and _purpose_of_aid(tok, lexicon):
                continue  # "provide aid to support Nepal" is aid, told once
            if entry.relation in ("supports", "provides_aid_to") and pos == "NOUN" and tok.dep_ == "dobj" \
                    and tok.head.lemma_.lower() in SEEKING_VERBS:
                continue  # "sought to shore up support for Kyiv": support asked of others, not given
            if entry.relation == "provides_aid_to" and pos == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in MESSAGE_NOUNS for c in tok.children):
                continue  # "sent a letter to Khamenei", "extend an invitation to Ukraine": words, no aid
            actors, certainty = rules.trigger_actors(tok, entry)
            certainty *= entry.confidence
            objects, _ = rules.objects(tok, entry)
            if not objects and entry.object_kind in ("actor", "any"):
                objects = rules.path_objects(tok, entry.relation)
            if entry.relation == "meets_with" and not objects and len(actors) >= 2 \
                    and tok.lemma_.lower() not in ("visit", "broker", "mediate") \
                    and not any(c.dep_ == "dobj" for c in tok.children):
                # "A and B met": they met each other ("A and B welcomed the decision" and "visits of A and B" not);
                # "A, B and C met": each pair
                modality = event_modality(tok)
                found += [Candidate(a, "meets_with", b, tok, modality, round(0.85 * certainty, 2))
                          for k, a in enumerate(actors) for b in actors[k + 1:]]
                groups.append((tuple(actors), True))
                continue
            if not actors or not objects:
                continue
            if entry.object_kind == "topic" and all(o.type != "topic" for o, _ in objects) and fired_actor_kind:
                continue
            modality = event_modality(tok)
            meeting = _meeting_of_purpose(tok) if entry.relation == "discusses" else None
            if entry.relation in JOINT_RELATIONS:  # who works, agrees or signs with a partner: the partner too
                actors = _with_partners(actors, tok, rules)
            if entry.relation == "agrees_on" and tok.lemma_.lower() in PROMISE_VERBS and len(actors) < 2:
                continue  # "the Houthi leader vowed to continue attacks": a promise, agreed with no one
            if meeting is not None:  # what a meeting was held to discuss, all its parties discussed, when it was held
                partners, _ = rules.refs(_meeting_partners(meeting))
                actors = _joined(actors, partners)
                modality = event_modality(meeting)
            if entry.relation == "hosts" and len(actors) >= 2:
                actors, guests, venue = _host_at_home(actors, tok, rules)
                found += [Candidate(g, "visits", venue, tok, modality, round(0.6 * certainty, 2)) for g in guests]
            if entry.relation == "visits" and len(actors) >= 2 and len(objects) == 1:
                host = _the_one_at_home(actors, objects[0][0])
                if host is not None:  # "A and B signed deals during a visit to B's capital": B received A
                    actors = [a for a in actors if a.id != host.id]
                    found += [Candidate(host, "hosts", a, tok, modality, round(0.6 * certainty, 2)) for a in actors]
            relation = entry.relation
            if relation == "calls_for" and tok.lemma_.lower() == "call" and actors and objects \
                    and all(a.type == "person" for a in actors) and all(o.type == "person" for o, _ in objects) \
                    and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                relation = "meets_with"  # "President Murmu will call on the visiting President": a courtesy call
            if relation == "member_of" and _becoming(tok) and modality != "asserted":
                relation = "seeks_membership_in"  # "hopes to become a member of NATO": not one yet
            if relation == "seeks_membership_in" and modality == "planned" and (
                    (tok.dep_ == "acl" and tok.head.lemma_.lower() in BID_NOUNS)
                    or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in APPLYING_VERBS and not any(
                        c.dep_ == "aux" and c.lower_ in ("will", "shall", "would") for c in tok.head.children))):
                modality = "asserted"  # "Sweden's bid to join NATO", "applied to join": the seeking is made
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
            if entry.object_kind == "actor":
                fired_actor_kind = True
            if entry.relation == "meets_with":
                groups.append(((*actors, *(o for o, _ in objects)), True))
            elif len(actors) >= 2:
                groups.append((tuple(actors), False))
        for group, meeting in groups:
            ctx.remember_group(segment, tok.i, group, meeting=meeting)
    found += SENTENCE_RULES.run(sent, rules, words)  # the registered sentence rules whose words occur
    if words & ATTACK_WORDS:
        _remember_attackers(sent, found, rules)
    return found


def _remember_attackers(sent, found: list[Candidate], rules: SentenceRules) -> None:
    """Note who struck, by the word that told it, for "condemned the attack" in a later sentence: the
    attacks found, and attacks told with their doer but no target ("its weekend drone attack")."""
    told: dict[int, tuple[str, dict[str, Actor]]] = {}
    for c in found:
        if c.relation == "attacks" and c.modality == "asserted" \
                and c.actor.type in ("country", "organisation", "group"):
            told.setdefault(c.trigger.i, (c.trigger.lemma_.lower(), {}))[1][c.actor.id] = c.actor
    for tok in sent:
        if tok.lemma_.lower() in ATTACK_NOUNS and tok.pos_ == "NOUN" and tok.i not in told:
            doers = [a for a, _ in rules.doer(tok) if a.type in ("country", "organisation", "group")]
            if doers:
                told[tok.i] = (tok.lemma_.lower(), {a.id: a for a in doers})
    for i in sorted(told):
        lemma, actors = told[i]
        rules.ctx.attacks_told.append((lemma, tuple(actors.values())))


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


PROMISE_VERBS = words("promise_verbs")  # agreement only when two or more make the promise


def _becoming(noun) -> bool:
    """Whether a noun is what its subject becomes: "to become a member of NATO"."""
    return noun.dep_ in ("attr", "oprd", "dobj") and noun.head.lemma_.lower() == "become"


def _with_partners(actors: list[Actor], trigger, rules: SentenceRules) -> list[Actor]:
    """The actors of joint work and the partners named with "with" or "alongside": "Norway will work with
    Jordan and the WFP to deliver aid", "cooperation with Uganda in agriculture"."""
    held = [trigger, *(c for c in trigger.children if c.dep_ == "dobj" and c.lemma_.lower() in AGREEMENT_NOUNS)]
    partners, _ = rules.refs([p for h in held for p in prep_objects(h, "with", "alongside")])  # "signed a pact with X"
    return _joined(actors, [p for p in partners if p.type in ("country", "organisation", "person")])


@sentence_rule("memberships")
def _memberships(sent, rules: SentenceRules) -> list[Candidate]:
    """Membership told in passing by a noun phrase, not a verb.

    "NATO member Türkiye", "Chile, the newest Pacific Alliance member", "EU member states Poland and Hungary",
    "the G20 foreign ministers of Brazil, India and Mexico" -> each country is a member of the body.
    Lists after the noun are read from the text, as the parser often breaks them.
    """
    segment, ctx = rules.segment, rules.ctx
    out = []

    def body_before(noun) -> Actor | None:
        """The organisation named just before the noun ("the newest SADC member", "G20 Foreign Ministers")."""
        for tok in reversed(sent.doc[max(sent.start, noun.i - 3): noun.i]):
            actor = ctx.resolve(tok, segment).actors[:1] if tok.ent_id_ else ()
            if actor and actor[0].type == "organisation":
                return actor[0]
            if tok.ent_id_ or tok.pos_ not in ("PROPN", "ADJ", "NOUN", "PART"):
                break
        return None

    def add(members, body, noun, certainty):
        for member in members:
            if member.type in ("country", "organisation") and member.id != body.id:
                out.append(Candidate(member, "member_of", body, noun, "asserted", certainty))

    for noun in sent:
        lower = noun.lower_
        if lower in ("member", "members", "ally", "allies"):
            body = body_before(noun)
            if body is None:
                continue
            after = noun.i + 1
            if after < sent.end and sent.doc[after].lower_ in ("state", "states", "country", "countries", "nations"):
                after += 1
            members = _actor_list(sent, after, ctx, segment)
            if not members and noun.dep_ == "appos":  # "Chile, the newest Pacific Alliance member"
                members = list(rules.refs([noun.head])[0])
            if not members and noun.dep_ == "attr" and noun.head.lemma_ == "be":  # "Hungary is the only NATO
                members = list(rules.refs([c for c in noun.head.children if c.dep_ == "nsubj"])[0])  # member"
            add(members, body, noun, 0.7)
        elif ctx.is_plural_title(noun) and noun.i + 1 < sent.end \
                and sent.doc[noun.i + 1].lower_ == "of":
            body = body_before(noun)
            if body is not None:
                add(_actor_list(sent, noun.i + 2, ctx, segment), body, noun, 0.6)
    return out


def _actor_list(sent, start: int, ctx: ArticleActors, segment: Segment) -> list[Actor]:
    """The countries and organisations listed from ``start``: "Brazil, India, the United Arab Emirates and Iran"."""
    found: list[Actor] = []
    i = start
    while i < sent.end:
        tok = sent.doc[i]
        if tok.ent_id_:
            ent = entity_of(tok, sent.ents)
            actor = ctx.resolve(tok, segment).actors[:1]
            if actor and actor[0].id not in {a.id for a in found}:
                found.append(actor[0])
            i = ent.end if ent is not None else i + 1
            continue
        if tok.lower_ not in (",", "and", "the"):
            break
        i += 1
    return found


def _purpose_of_aid(tok, lexicon) -> bool:
    """A verb of support that only says what aid is for: "provide assistance to support X"."""
    if tok.dep_ not in ("advcl", "xcomp") or tok.head.i == tok.i:
        return False
    return any(e.relation == "provides_aid_to" for e in lexicon.get((_lemma(tok.head), "VERB"), ()))


@sentence_rule("copular_topics", when=lambda words, sent: bool(words & TOPIC_NOUNS))
def _copular_topics(sent, rules: SentenceRules) -> list[Candidate]:
    """"X was the main subject of talks between A and B" / "the subject of the talks was X" -> discusses."""
    segment, ctx = rules.segment, rules.ctx
    out = []
    for verb in sent:
        if verb.lemma_ != "be":
            continue
        subj = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        attr = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
        if not subj or not attr:
            continue
        for topic_side, other_side in ((subj[0], attr[0]), (attr[0], subj[0])):
            if topic_side.lemma_.lower() not in TOPIC_NOUNS:
                continue
            meeting = [p for c in topic_side.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.lemma_.lower() in MEETING_NOUNS]
            if meeting:
                out += _discussed_at(meeting[0], [other_side], verb, segment, ctx, rules)
                break
    return out


MEASURE_NOUNS = words("measure_nouns")
STEPPED_UP = words("stepped_up")
CONDITION_MARKS = words("condition_marks")
# "would retaliate if ...", "would respond firmly if ...": a threat (a plain "would respond if asked" is none)
RESPONSE_VERBS = words("response_verbs")
FORCEFUL = words("forceful")


@sentence_rule("conditional_threats",
               when=lambda words, sent: bool(words & CONDITION_MARKS and words & (MEASURE_NOUNS | RESPONSE_VERBS)))
def _conditional_threats(sent, rules: SentenceRules) -> list[Candidate]:
    """Further measures held out on a condition are a threat to whoever the condition is on: "underlined the
    need to adopt further measures if Mali keeps refusing", "warned of new sanctions unless Belarus stops"."""
    out = []
    for noun in sent:
        if noun.lemma_.lower() in RESPONSE_VERBS and noun.pos_ == "VERB" and any(
                a.lower_ in ("would", "will") for a in noun.children if a.dep_ == "aux") and (
                noun.lemma_.lower() == "retaliate" or any(c.lower_ in FORCEFUL for c in noun.children)):
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
        if not targets:
            continue
        actors, certainty = rules.verb_subject(verb)
        modality = "negated" if event_modality(verb) == "negated" else "asserted"  # the warning itself is made
        out += [Candidate(actor, "threatens", target, noun, modality, round(0.7 * certainty, 2))
                for actor in actors for target in targets
                if actor.id != target.id and target.type in ("country", "organisation", "person")]
    return out


#: Relations whose deed, announced for the future on a condition, is a threat ("would impose a ban if ...").
HOSTILE_RELATIONS = ("sanctions", "attacks", "rejects", "threatens")


def _plain_response(verb) -> bool:
    """"would respond if asked": an answer offered, no threat (unlike "would retaliate", "react strongly")."""
    return verb.lemma_.lower() in RESPONSE_VERBS and verb.lemma_.lower() != "retaliate" \
        and not any(c.lower_ in FORCEFUL for c in verb.children)


def _hostile(verb) -> bool:
    """Whether a verb, or the noun it takes as object, is a lexicon trigger of a hostile relation."""
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
        targets, _ = rules.refs([s for c in conditions[:1] for s in c.children if s.dep_ in ("nsubj", "nsubjpass")])
        actors, certainty = rules.verb_subject(verb)
        out += _toward(actors, "threatens", targets, verb, "asserted", round(0.6 * certainty, 2))
    return out


SETTLEMENT_NOUNS = words("settlement_nouns")
# verbs by which a settlement is made or comes to be (not "called for a ceasefire between A and B")
SETTLING_VERBS = words("settling_verbs")


def _toward(actors: list[Actor], relation: str, targets: list[Actor], trigger, modality: str,
            confidence: float) -> list[Candidate]:
    """One event from each actor to each party among ``targets`` (each once, none to itself)."""
    return [Candidate(actor, relation, target, trigger, modality, confidence)
            for actor in actors for target in _joined([], targets)
            if actor.id != target.id and target.type in PARTY_TYPES]


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


@sentence_rule("threatened_deeds", when=lambda words, sent: "threaten" in words)
def _threatened_deeds(sent, rules: SentenceRules) -> list[Candidate]:
    """Who threatens to act against someone threatens them: "Washington threatened to impose sanctions on
    Ankara", "threatened to expel the ambassador of Mali"."""
    out = []
    for verb in sent:
        if verb.lemma_.lower() != "threaten" or verb.pos_ != "VERB":
            continue
        deeds = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        heads = [h for d in deeds for h in [*(c for c in d.children if c.dep_ == "dobj"), d]]
        aimed = [p for h in heads for p in prep_objects(h, "on", "against", "upon")]
        aimed += [c for d in deeds for c in d.children if c.dep_ == "dobj"]
        targets = [t for a in aimed for t in rules.refs([a])[0] or [a for a, _ in rules.state_behind(a)]]
        actors, certainty = rules.verb_subject(verb)
        out += _toward(actors, "threatens", targets, verb, event_modality(verb), round(0.75 * certainty, 2))
    return out


COOPERATION_NOUNS = words("cooperation_nouns")
COOPERATION_WORDS = COOPERATION_NOUNS | words("cooperation_words")
FOSTERING_VERBS = words("fostering_verbs")
AREA_PREPS = words("area_preps")
GENERIC_COOPERATION_WORDS = words("generic_cooperation_words")


@sentence_rule("cooperation_without_area", when=lambda words, sent: bool(words & COOPERATION_WORDS))
def _cooperation_without_area(sent, rules: SentenceRules) -> list[Candidate]:
    """Cooperation fostered between parties with no area named is cooperation of those parties: "agreed to
    strengthen bilateral cooperation", "will deepen its cooperation with Uganda", "will cooperate with X"."""
    out = []
    for tok in sent:
        noun = tok.lemma_.lower() in COOPERATION_NOUNS and _pos(tok) == "NOUN"
        if not noun and not (tok.lemma_.lower() == "cooperate" and tok.pos_ == "VERB"):
            continue
        if prep_objects(tok, *AREA_PREPS) or _aim_clauses(tok) or any(
                c.dep_ == "prep" and c.lower_ in AREA_PREPS and any(g.dep_ == "pcomp" for g in c.children)
                for c in tok.children):
            continue  # the lexicon reads the area: "cooperation in agriculture", "cooperate in curbing X"
        if noun:
            verb = tok.head
            fostered = {verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.conjuncts)} & FOSTERING_VERBS
            if tok.dep_ not in ("dobj", "nsubjpass") or not fostered:
                continue
            parties, certainty = rules.noun_actors(tok)
        else:
            parties, certainty = rules.verb_subject(tok)
        partners, _ = rules.refs(prep_objects(tok, "with", "between", "among"))
        parties = list({a.id: a for a in [*parties, *partners]
                        if a.type in ("country", "organisation", "person")}.values())
        if len(parties) < 2:
            continue
        words = [t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "poss", "punct")] \
            if noun else []
        text = " ".join(words)
        if set(words) <= GENERIC_COOPERATION_WORDS:  # "bilateral cooperation with X": name it by its parties,
            states = [rules.ctx.gaz.actors.get(p.affiliation, p) if p.type == "person" else p for p in parties]
            text = "-".join(dict.fromkeys(a.name for a in states)) + " cooperation"  # people by their states
        topic = _topic(text)
        modality = event_modality(tok)
        out += [Candidate(p, "cooperates_on", topic, tok, modality, round(0.6 * certainty, 2)) for p in parties]
    return out


TIE_NOUNS = words("tie_nouns")
CUTTING_VERBS = words("cutting_verbs")


@sentence_rule("ties_cut", when=lambda words, sent: bool(words & TIE_NOUNS and words & CUTTING_VERBS))
def _ties_cut(sent, rules: SentenceRules) -> list[Candidate]:
    """Who cuts or downgrades ties with a state sanctions it: "Riyadh cut ties with Tehran in 2016",
    "Niger severed diplomatic relations with Ukraine"."""
    out = []
    for verb in sent:
        if verb.lemma_.lower() not in CUTTING_VERBS or verb.pos_ != "VERB":
            continue
        ties = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in TIE_NOUNS]
        if not ties:
            continue
        others, _ = rules.refs(prep_objects(ties[0], "with") or prep_objects(verb, "with"))
        actors, certainty = rules.verb_subject(verb)
        modality = event_modality(verb)
        out += _toward(actors, "sanctions", others, verb, modality, round(0.8 * certainty, 2))
    return out


ENVOY_VERBS = words("envoy_verbs")


@sentence_rule("envoys_summoned_or_recalled",
               when=lambda words, sent: bool(words & ENVOY_NOUNS and words & ENVOY_VERBS) or "grata" in words)
def _envoys_summoned_or_recalled(sent, rules: SentenceRules) -> list[Candidate]:
    """Diplomatic protest and the downgrading of relations: who summons a state's envoy criticizes the
    state ("Israel summoned Brazil's ambassador"); who recalls its own envoy from a state, or declares
    someone persona non grata, sanctions them ("Brazil recalled its ambassador to Israel")."""
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] or [  # "declared X persona non grata"
            s for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp") for s in c.children if s.dep_ == "nsubj"]
        envoy = next((t for o in objects[:1] for t in o.subtree if t.lemma_.lower() in ENVOY_NOUNS), None)
        if lemma == "declare" and any(t.lower_ == "grata" for t in verb.subtree):
            relation = "sanctions"  # "declared Lula persona non grata", "... the Venezuelan ambassador ..."
            targets = _envoy_state(envoy) if envoy is not None else objects
        elif lemma in ENVOY_VERBS and envoy is not None:
            if lemma == "summon":
                relation = "criticizes"
                targets = _envoy_state(envoy) + [c for c in envoy.children if c.dep_ == "appos"]
            else:
                relation = "sanctions"
                targets = prep_objects(envoy, "to", "in", "from") + prep_objects(verb, "from")
        else:
            continue
        found = []
        for target in targets:
            for actor in rules.refs([target])[0]:
                if actor.type == "place" and actor.country:  # "its ambassador in Paris": France
                    actor = rules.ctx.gaz.actors.get(actor.country, actor)
                if actor.type == "person" and relation == "criticizes" and actor.affiliation:
                    actor = rules.ctx.gaz.actors.get(actor.affiliation, actor)  # the envoy's state
                found.append(actor)
        actors, certainty = rules.verb_subject(verb)
        modality = event_modality(verb)
        out += _toward(actors, relation, found, verb, modality, round(0.7 * certainty, 2))
    return out


@sentence_rule("thanked_for_help",
               when=lambda words, sent: bool(words & CREDITING_VERBS and words & (AID_NOUNS | {"support"})))
def _thanked_for_help(sent, rules: SentenceRules) -> list[Candidate]:
    """Who is thanked for its support or aid gave it to the thanker's state: "Sandu thanked Romania for its
    support" (Romania supports Moldova), "Zelensky thanked Germany for its military assistance"."""
    out = []
    for verb in sent:
        if verb.lemma_.lower() not in CREDITING_VERBS or verb.pos_ != "VERB":
            continue
        helps = [p for p in prep_objects(verb, "for") if p.lemma_.lower() in AID_NOUNS | {"support"}]
        givers, certainty = rules.refs([c for c in verb.children if c.dep_ == "dobj"])
        thankers, _ = rules.verb_subject(verb)
        states = [rules.ctx.gaz.actors.get(t.affiliation) if t.type == "person" else t for t in thankers]
        for help_noun in helps[:1]:
            relation = "supports" if help_noun.lemma_.lower() == "support" else "provides_aid_to"
            out += [Candidate(giver, relation, state, help_noun, event_modality(verb), round(0.6 * certainty, 2))
                    for giver in givers for state in states if state is not None and state.id != giver.id
                    and giver.type in ("country", "organisation")]
    return out


def _envoy_state(envoy) -> list:
    """The words naming whose envoy it is: "Russia's ambassador", "the Chinese chargé d'affaires", "the
    ambassador of Iran"."""
    head = envoy.head if envoy.dep_ == "compound" else envoy  # "charge d'affaires"
    return [c for h in (envoy, head) for c in h.children if c.dep_ in ("poss", "amod", "compound", "nmod")
            and c.ent_id_] + prep_objects(envoy, "of")


ATTENDING_VERBS = words("attending_verbs")
PRESENCE_WORDS = words("presence_words")
REPRESENTING_VERBS = words("representing_verbs")  # who represents someone at an event attends it
ATTENDANCE_WORDS = ATTENDING_VERBS | PRESENCE_WORDS | REPRESENTING_VERBS | words("attendance_words")


@sentence_rule("attendance", when=lambda words, sent: bool(words & ATTENDANCE_WORDS))
def _attendance(sent, rules: SentenceRules) -> list[Candidate]:
    """Who attends an event held in a place visits the place: "will attend the summit in Addis Ababa", "will
    be present at the opening ceremony in Dakar"."""
    out = []
    for tok in sent:
        if tok.lemma_.lower() in ATTENDING_VERBS and tok.pos_ == "VERB":
            verb, events = tok, [c for c in tok.children if c.dep_ == "dobj"]
        elif tok.lemma_.lower() in REPRESENTING_VERBS and tok.pos_ == "VERB":
            verb, events = tok, prep_objects(tok, "at")  # "X will represent Kenya at the summit in Y"
        elif tok.lower_ in PRESENCE_WORDS and tok.dep_ == "acomp" and tok.head.lemma_ == "be":
            verb = tok.head
            events = prep_objects(verb, "at") + prep_objects(tok, "at")
        elif tok.lower_ == "there" and tok.dep_ == "advmod" and tok.head.lemma_ == "be":
            verb, events = tok.head, []  # "are expected to be there"
        else:
            continue
        venues = [p for holder in [verb, *events, *(o for e in events for o in prep_objects(e, "of"))]
                  for p in _venues(holder)]  # (also "a meeting of defence ministers in Brussels")
        if not venues and tok.lower_ == "there":
            venues = _last_place_told(verb, rules)  # "Noboa and Arce are expected to be there"
        told = None
        if not venues and events and any(d.lower_ in ("the", "this", "that") for d in events[0].children):
            told = _event_told_before(events[0], rules)  # "will be present at the event", told of before
            venues = _venues(told) if told is not None else []
        places = [place for venue in venues[:1] for t in _coordinated(venue) for place in [rules.ctx.place(t)]
                  if place is not None]
        if not places:
            continue
        actors, certainty = rules.verb_subject(verb)
        modality = event_modality(verb)
        out += [Candidate(actor, "visits", place, verb, modality, round(0.75 * certainty, 2), date_from=told)
                for actor in actors if actor.type in ("person", "country", "organisation") for place in places]
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


def _last_place_told(tok, rules: SentenceRules) -> list:
    """The place "there" stands for: the last country or city the text named before it, in the sentence
    or before ("In Italy, ... Noboa is expected to be there"); a venue ("at the Palazzo") is passed over."""
    before = [t for t in tok.sent if t.i < tok.i]
    for sent in [before, *_sentences_before(tok, rules)]:
        for t in reversed(list(sent)):
            if t.ent_type_ in ("GPE", "LOC") and t.ent_id_ and t.dep_ == "pobj" and t.head.lower_ in ("in", "to", "at"):
                return [t]
    return []


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


FOCUS_WORDS = words("focus_words")


@sentence_rule("meeting_focus")
def _meeting_focus(sent, rules: SentenceRules) -> list[Candidate]:
    """What talks focused on was discussed: "the talks focused on trade", "the meeting ran for three hours
    with its whole focus on winding down hostilities"."""
    segment, ctx = rules.segment, rules.ctx
    out = []
    for word in sent:
        if word.lemma_.lower() not in FOCUS_WORDS:
            continue
        topics = [p for c in word.children if c.dep_ == "prep" and c.lower_ in ("on", "upon", "around")
                  for p in c.children if p.dep_ in ("pobj", "pcomp")]  # a thing, or a deed: "on easing tensions"
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
        meetings = [m for m in meetings if m.lemma_.lower() in MEETING_NOUNS and m.lemma_.lower() != "visit"]
        if meetings and topics:
            out += _discussed_at(meetings[0], topics, word, segment, ctx, rules)
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


def _body(tok, rules: SentenceRules) -> list[Actor]:
    """The organisation a word names: a known one, or a named body the recogniser found ("the Brookings
    Institution")."""
    known = [a for a in rules.actor_ref(tok).actors if a.type == "organisation"]
    known = known or [a for inner in prep_objects(tok, "of") for a in rules.actor_ref(inner).actors
                      if a.type == "organisation"]  # "the Executive Council of the African Union"
    if known or tok.ent_type_ != "ORG" or tok.ent_id_:
        return known[:1]
    ent = entity_of(tok, tok.sent.ents)
    name = ent.text.removeprefix("the ").removeprefix("The ") if ent is not None else ""
    return [Actor(id=f"org:{slugify(name)}", name=name, type="organisation")] if name else []


def _discussed_at(meeting, topic_heads: list, trigger, segment: Segment, ctx: ArticleActors,
                  rules: SentenceRules) -> list[Candidate]:
    """One discusses event per party to ``meeting`` (named on it, else the last meeting told) and topic."""
    actors, certainty = rules.noun_actors(meeting)
    if not actors:
        actors = list(ctx.last_group((segment.index, trigger.i), meeting=True))
        certainty = 0.6
    objects = []
    for head in topic_heads:
        for tok in _coordinated(head):
            if tok.dep_ == "csubj" or tok.pos_ in ("VERB", "AUX"):
                text = topic_text(tok, clause=True)
                objects += [text] if text else []
            else:
                objects += [obj.name for obj, _ in rules._object(tok, "topic") if obj.type == "topic"]
    return [Candidate(actor, "discusses", _topic(text),
                      trigger, event_modality(trigger), round(0.6 * certainty, 2))
            for actor in actors for text in dict.fromkeys(objects)]


def trigger_chain(trigger) -> list:
    """Tokens whose attachments count as the trigger's own (for dates and places)."""
    return governing_chain(trigger)
