"""Relation rules over the dependency parse, driven by the lexicon in ``data/lexicon.tsv``.

For every token whose lemma is a trigger, the rule finds who acted (subject, agent of a
passive, possessor or "between X and Y" of a noun, the subject of a light verb) and the
object (the slots the lexicon names), expands coordination, and yields one
:class:`Candidate` per actor and object.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from kgraph.nlp.rule_registry import SENTENCE_RULES, sentence_rule
from kgraph.nlp.actors.parties import demonym_in_plural, is_force_noun, state_modifiers, unlisted_organisation
from kgraph.nlp.arguments import condition_clauses, path_heads
from kgraph.nlp.detect.triggers import detected_entry, detected_triggers
from kgraph.nlp.actors.gazetteer import Actor, slugify
from kgraph.nlp.lexicon import Trigger, load_lexicon
from kgraph.nlp.actors.mentions import GOVERNMENT_BODY_NOUNS, ArticleActors, Reference
from kgraph.nlp.actors.titles import COUNTERPART_NOUNS
from kgraph.nlp.segments import Segment
from kgraph.nlp.modality import CAUSE_FRAMES, event_modality, governing_chain
from kgraph.nlp.syntax import SETTING_NOUNS, preposition_variants, entity_of, in_stance_phrase, prefixed_word, prep_objects, to_infinitive
from kgraph.nlp.topics import ABSTRACT_NOUNS, AGREEMENT_NOUNS, list_topic, purpose_object, topic_text
from kgraph.nlp.wordlists import ordered, words
from kgraph.vocabulary import RELATIONS

__all__ = ["Candidate", "sentence_candidates"]

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
INSTITUTION_NOUNS = GOVERNMENT_BODY_NOUNS | words("institution_nouns")
# what a state owns or is made of, which stands for the state when it is struck or sanctioned: "fired at Philippine
# boats", "measures against Iranian entities", "sanctions on six companies in Iran and China"
TARGET_NOUNS = words("target_nouns")
TARGETED_RELATIONS = {"sanctions", "attacks"}
UNDOING_VERBS = words("undoing_verbs")
# prepositions that set a deed in time beside another: "retaliated after an attack on its troops"
TIME_PREPOSITIONS = words("time_prepositions")
TOPIC_NOUNS = words("topic_nouns")
MEETING_NOUNS = words("meeting_nouns")
# verbs whose object is asked to do the deed of the "to" clause: "urged Sudan to agree on a truce"
OBJECT_CONTROL_VERBS = words("object_control_verbs")
DEMAND_NOUNS = words("demand_nouns")
PARTY_WORDS = words("party_words")
WRAPPER_NOUNS = words("wrapper_nouns")


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


HONORIFIC_HEADS = words("honorific_heads")


def _honoured(tok):
    """The person an honorific stands before: "His Highness Prince Faisal, Minister of ..." -> Faisal."""
    if tok.lower_ in HONORIFIC_HEADS:
        return next((c for c in tok.children if c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON"), tok)
    return tok


def _main_verb(verb):
    """The verb of the clause an infinitive hangs under: "agreed to back X's bid to join" -> "agreed"."""
    while verb.dep_ in ("acl", "xcomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        above = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj", "attr") else verb.head
        if above.pos_ == "ADP":
            above = above.head
        if above.pos_ not in ("VERB", "AUX") or above.i == verb.i:
            break
        verb = above
    return verb


def _topic(text: str) -> Actor:
    """The topic actor for a phrase: "trade" -> topic:trade."""
    return Actor(id=f"topic:{slugify(text)}", name=text, type="topic")


def _pos(tok) -> str | None:
    if _gerund_as_noun(tok):
        return "NOUN"  # "Fighting between A and B has flared"
    if tok.pos_ in ("VERB", "AUX"):
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) and tok.dep_ == "ROOT":
            return "VERB"  # a verb mis-tagged after capitals: "We, the G20 Ministers, condemn ..."
        return "NOUN"
    return None


def _gerund_as_noun(tok) -> bool:
    """A verb's -ing form standing as a noun, with a "between" phrase: "fighting between A and B"."""
    return tok.tag_ == "VBG" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)


def _lemma(tok) -> str:
    if _gerund_as_noun(tok):
        return tok.lower_
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma.endswith("s") and len(lemma) > 4:
        return lemma[:-1]
    return lemma


def _body_of_membership(tok):
    """"applied for NATO membership", "membership of the WTO": the body is the object."""
    if tok.lemma_.lower() not in ("membership", "accession"):
        return tok
    bodies = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod") and c.ent_id_]
    bodies += prep_objects(tok, "in", "of", "to")
    return bodies[0] if bodies else tok


def _phrasal(tok) -> str:
    """A verb with its particle, as the lexicon lists phrasal verbs: "called off" -> "call off"."""
    particles = [c.lower_ for c in _particles(tok)]
    return f"{_lemma(tok)} {particles[0]}" if particles else _lemma(tok)


def _compound(tok) -> str:
    """A noun with the word just before it, as the lexicon lists two-word nouns: "courtesy call"."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.head.i != tok.i or before.dep_ not in ("amod", "compound"):
        return ""
    return f"{before.lemma_.lower()} {_lemma(tok)}"


def _particles(tok) -> list:
    """The particle of a phrasal verb, also when parsed as a preposition: "pulled out of the deal"."""
    return [c for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ == "together"
                                                           and c.i == tok.i + 1) or (
        c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in ("out", "off", "away", "back")
        and any(g.dep_ == "prep" for g in c.children))]


def _coordinated(tok) -> list:
    """The token and its conjuncts, plus appositions that are other countries ("Chile, Peru agree").

    A conjunct of another kind (a verb joined to a noun) is a slip of the parser and is left out, and so is
    a country that only opens the next name in the list ("Ecuador's Noboa and Peru Prime Minister Arana").
    """
    kind = _pos(tok)
    out = [tok, *(c for c in tok.conjuncts if (_pos(c) == kind or kind is None) and not _of_list_slip(tok, c))]
    out += _conjunct_hung_above(tok) if len(out) == 1 else []
    for child in tok.children:
        if child.dep_ == "appos" and child.ent_id_ and tok.ent_id_ and child.ent_id_ != tok.ent_id_:
            out.extend([child, *child.conjuncts])
        elif child.dep_ in ("nmod", "compound") and child.i < tok.i:
            # "President Ruto and President Samia Suluhu Hassan" parsed as one name (the first name may hang
            # further down, on the second one's title)
            out.extend(t for t in child.subtree if t.ent_type_ == "PERSON" and any(c.dep_ == "cc" for c in t.children)
                       and all(a.dep_ in ("nmod", "compound") for a in [t, *t.ancestors] if a.i < tok.i))
        elif child.dep_ == "appos" and child.ent_type_ == "PERSON":
            # "President Gabriel Boric and Prime Minister Ana Silva": the second name hangs on the first
            out.extend(c for c in child.conjuncts if c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
    if tok.ent_type_ == "PERSON":  # "Donald Tusk of Poland and Petr Fiala of Czechia": the second name
        out.extend(c for p in prep_objects(tok, "of") for c in p.conjuncts  # hangs on the first one's country
                   if c.ent_type_ == "PERSON" and c.i > tok.i)
    return [t for t in out if not _opens_a_name(t, out)]


def _conjunct_hung_above(tok) -> list:
    """A noun the parser joined to a word above instead of to ``tok`` just before it: "held talks on the
    port corridor and the situation in Somalia" ("situation" parsed as a conjunct of "talks" or "held")."""
    doc = tok.doc
    after = tok.right_edge.i + 1
    if tok.pos_ not in ("NOUN", "PROPN") or after + 1 >= len(doc) or doc[after].dep_ != "cc":
        return []
    for above in list(tok.ancestors)[:3]:
        found = [c for c in above.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                 and c.left_edge.i == after + 1]
        if found:
            return found
    return []


def _of_list_slip(tok, conjunct) -> bool:
    """A state the parser joined to a plural noun instead of to the state after its "of": "the Foreign
    Ministers of Brazil and the Republic of Korea" (the ministers are not Korea)."""
    return tok.tag_ in ("NNS", "NNPS") and conjunct.ent_type_ == "GPE" and tok.ent_type_ != "GPE" \
        and any(p.ent_type_ == "GPE" for p in prep_objects(tok, "of"))


def _agreement_after(actor_token):
    """What is signed when the parser made an actor the object: the agreement named just after it ("the
    Russia — and Belarus-backed transit accord"). None when no agreement follows."""
    doc = actor_token.doc
    for tok in doc[actor_token.i + 1: min(actor_token.sent.end, actor_token.i + 9)]:
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in AGREEMENT_NOUNS:
            return tok
    return None


def _recipient(verb, item):
    """Who receives what a verb gives: "offered support to the people of X", "offered them aid"."""
    for holder in (verb, item):
        for child in holder.children:
            if child.dep_ in ("dative", "prep") and child.lower_ == "to":
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    return pobj
            elif child.dep_ == "dative" and child.pos_ in ("NOUN", "PROPN", "PRON"):
                return child
    return None


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


def _plural_antecedent(pronoun):
    """What "them" stands for: the nearest plural noun phrase before it, in its sentence or the one
    before ("host the negotiations ... called them off"; "stands with the Syrian people and supports them";
    "met with Sandu and Popsoi ... told them"). None when there is none."""
    doc = pronoun.doc
    sent_start = pronoun.sent.start
    floor = doc[sent_start - 1].sent.start if sent_start > 0 else 0
    for tok in reversed(doc[floor:pronoun.i]):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
            continue
        if tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children):
            return tok
    return None


def _opens_a_name(tok, listed) -> bool:
    """"Peru" in "Peru Prime Minister Eduardo Arana" when the parser listed both words as conjuncts."""
    if not tok.ent_id_:
        return False
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and doc[i].ent_id_ == tok.ent_id_:
        i += 1
    possessive = i < len(doc) and doc[i].text in ("'s", "’s")  # "Ecuador's Daniel Noboa"
    i += possessive
    while i < len(doc) and doc[i].pos_ == "PROPN" and not doc[i].ent_id_:
        if any(t.i == i for t in listed) and (doc[i].ent_type_ == "PERSON" or (possessive and not doc[i].ent_type_)):
            return True
        i += 1
    return False


# verbs that take a stance on someone's deed: who welcomes or condemns "the signing" did not sign
STANCE_VERBS = words("stance_verbs")
# who blocks a deed does not do it: "Hungary vetoed a package of aid for Kyiv" (but "cancelled the visit in
# protest" protests)
BLOCKING_VERBS = words("blocking_verbs")
# verbs that credit or reproach someone for a deed they take as done: "thanked Kenya for hosting the talks"
# ("accused Chad of backing the rebels" only alleges the deed)
CREDITING_VERBS = words("crediting_verbs")
# nouns a kind of aid or measure is bundled in: "an aid package for Ukraine", "a loan programme for Kenya"
CONTAINER_NOUNS = words("container_nouns")
# texts issued or adopted in someone's name, whose "-ing" clause tells what they do: "a resolution calling for"
DOCUMENT_NOUNS = words("document_nouns")
# verbs of asking others for support: "rallied support for", "sought aid"
SEEKING_VERBS = words("seeking_verbs")
# what is sent or extended that is no aid: "sent a letter to", "extended an invitation to", "sent an envoy to"
MESSAGE_NOUNS = words("message_nouns")
# nouns of a strike told before, whose condemnation blames who struck: "condemned the attack"
ATTACK_NOUNS = words("attack_nouns")
ATTACK_WORDS = ATTACK_NOUNS | words("attack_words")
# a member's standing in a body, whose suspension sanctions the member: "suspended the participation of Niger"
STANDING_NOUNS = words("standing_nouns")
# nouns of seeking something, whose "to" clause is sought now: "Sweden's bid to join NATO"
BID_NOUNS = words("bid_nouns")
# verbs of helping others' talks along: "play a role in promoting peace talks" (the talks are not the helper's)
FACILITATING_VERBS = words("facilitating_verbs")
APPLYING_VERBS = words("applying_verbs")
# verbs whose object does the deed they help with: "supports France in hosting the conference"
HELPING_VERBS = words("helping_verbs")
PRESS_WORDS = words("press_words")  # a press conference or news briefing is no diplomatic meeting
MANNER_NOUNS = words("manner_nouns")


def _object_after_manner(verb) -> list:
    """The object the parser hung on a manner phrase: "condemns in the strongest terms the bombing"
    (parsed as an apposition or a second object of "terms")."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "with")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in MANNER_NOUNS):
            inner = [c for c in pobj.children if c.dep_ in ("appos", "dobj", "npadvmod") and c.i > pobj.i]
            if inner:
                return inner[:1]
    return []


def _misread_person_object(verb) -> list:
    """A person the parser did not take for the object of a verb, when no object is found: "received today in
    Riyadh His Excellency X" (X read as an adverb of the verb, or as set beside Riyadh)."""
    after = [c for c in verb.children if c.i > verb.i]
    found = [c for c in after if c.dep_ == "npadvmod" and c.ent_type_ == "PERSON"]
    found = found or [a for p in after if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                      for a in o.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    return found[:1]


def _aim_clauses(trigger) -> list:
    """The "to" clauses that say what a word is for: "cooperation to fight smuggling"."""
    verbs = list(trigger.children)
    if _pos(trigger) == "NOUN":  # the parser hung the clause that follows the noun on the verb
        verbs += [c for c in trigger.head.head.children if c.left_edge.i == trigger.right_edge.i + 1]
    return [c for c in verbs if c.dep_ in ("acl", "xcomp", "advcl") and c.pos_ == "VERB"
            and to_infinitive(c)]


STANCE_RELATIONS = {"supports", "criticizes", "rejects"}
# steps in the life of an agreement: a stance on "the signing of the deal" is a stance on the deal
AGREEMENT_STEPS = words("agreement_steps")


def _agreement_in_process(tok):
    """The agreement a step of it names ("the expected signing of the fisheries accord"), else the word."""
    if tok.lemma_.lower() in AGREEMENT_STEPS or tok.lower_ in AGREEMENT_STEPS:
        inner = prep_objects(tok, "of", "into")
        if inner and inner[0].lemma_.lower() in AGREEMENT_NOUNS:
            return inner[0]
    return tok


def _titled_person_after_demonym(tok):
    """The person a demonym opens when the parser made the demonym the head: "Angolan head of State Paulo
    Cunha received ..." (parsed as "Angolan", with "head of State Paulo Cunha" in apposition)."""
    if tok.ent_type_ != "NORP":
        return tok
    for appos in (c for c in tok.children if c.dep_ == "appos" and c.i == tok.i + 1):
        names = [t for t in appos.subtree if t.ent_type_ == "PERSON" and (t.i + 1 == len(t.doc) or
                                                                          t.doc[t.i + 1].ent_type_ != "PERSON")]
        if names:
            return names[-1]
    return tok


# people an event can take as a party without naming anyone: "talks with union leaders"
PEOPLE_NOUNS = words("people_nouns")


def _people_group(tok) -> list[tuple[Actor, float]]:
    """Unnamed people as a group actor ("mining company executives", "a trade delegation"), or nothing."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in PEOPLE_NOUNS \
            or (tok.tag_ != "NNS" and tok.lemma_ != "delegation"):
        return []
    possessed = {t.i for c in tok.children if c.dep_ == "poss" for t in c.subtree}
    words = [t.text for t in tok.subtree if t.i <= tok.i and t.i not in possessed
             and t.dep_ not in ("det", "predet", "nummod", "punct", "case")]
    for owner in prep_objects(tok, "of")[:1]:  # "members of the farming community"
        words += ["of", *(t.text for t in owner.subtree if t.i <= owner.i and t.dep_ not in ("det", "punct"))]
    text = " ".join(words)
    return [(Actor(id=f"group:{slugify(text)}", name=text, type="group"), 0.7)]


def _companions(tok) -> list:
    """Who acts along with the subject: "Kenya, along with Uganda, condemned ..." -> Uganda; in a headline
    "Japan, Philippines sign pact" -> Japan (the parser takes the first name for a modifier of the verb)."""
    listed = {p.i for r in tok.children if r.dep_ == "relcl" for p in _listed_along(r)}
    found = [p for c in tok.children if c.dep_ in ("prep", "advmod") and c.lower_ in ("along", "together")
             for p in prep_objects(c, "with") if p.i not in listed]
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok.pos_ in ("VERB", "AUX") else None
    loose = {c.i: c for c in tok.children if c.dep_ in ("npadvmod", "dep") and c.ent_type_ in ("GPE", "ORG", "NORP")}
    i = subject.left_edge.i - 2 if subject is not None else -1
    while i in loose and tok.doc[i + 1].lower_ == ",":  # "Japan, US, Philippines sign ..."
        found.append(loose[i])
        i = loose[i].left_edge.i - 2
    return found


MEETING_VERBS = words("meeting_verbs")
RECEIVING_VERBS = words("receiving_verbs")
GATHERING_VERBS = RECEIVING_VERBS | words("gathering_verbs")


def _meeting_of_purpose(tok):
    """The meeting a "to" clause says the aim of: "met Ruto on Friday to discuss trade", "held talks
    with X to discuss Y", "agreed to meet with X to discuss Y". None when the clause is no such aim."""
    if tok.dep_ not in ("advcl", "acl", "xcomp") or not to_infinitive(tok):
        return None
    head = tok.head
    if head.pos_ == "VERB" and head.lemma_.lower() in MEETING_VERBS:
        return head
    if head.pos_ == "NOUN" and head.lemma_.lower() in MEETING_NOUNS and head.lemma_.lower() != "visit":
        return head
    return None


def _meeting_partners(meeting) -> list:
    """Whom a meeting is with: "met (with) X", "talks with X" (also when the parser hung "with" on the light
    verb of "held talks with X")."""
    if meeting.pos_ == "VERB":
        met = [c for c in meeting.children if c.dep_ == "dobj" and c.lemma_.lower() not in MEETING_NOUNS]
        if met:  # as the lexicon reads "meet": the object first, else "with"
            return met
    holders = [meeting] + ([meeting.head] if meeting.dep_ == "dobj" else [])
    return [p for h in holders for p in prep_objects(h, "with")]


def _for_or_against(tok) -> bool:
    """"pro-Turkish statements", "anti-Western policy": a stance towards the state, not its deed."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("pro", "anti")


NAMING_VERBS = words("naming_verbs")


def _what_it_is_called(tok):
    """The thing named in "against what it called pro-Turkish statements": the statements."""
    if tok.dep_ in ("pcomp", "pobj") and tok.lemma_.lower() in NAMING_VERBS:
        named = [c for c in tok.children if c.dep_ in ("oprd", "dobj") and c.pos_ != "PRON"]
        if named:
            return named[0]
    return tok


RELATIVE_PRONOUNS = ordered("relative_pronouns")


def _antecedent(subjects: list, verb) -> list:
    """A relative pronoun stands for the noun its clause hangs on: "ASEAN, which includes Laos", "a bloc
    to which Zambia belongs"; a description set beside a name stands for the name ("SADC, a bloc")."""
    if subjects and subjects[0].lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        noun = verb.head
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.ent_id_:
            return [noun.head]
        return [noun]
    return subjects


LISTING_VERBS = words("listing_verbs")


PLACE_NOUNS = words("place_nouns")


def _place_inside(tok):
    """The place a common noun introduces: "the towns of Kumasi and Tamale" -> Kumasi."""
    if tok.lemma_.lower() in PLACE_NOUNS and not tok.ent_type_:
        named = [p for p in prep_objects(tok, "of") if p.ent_type_ in ("GPE", "LOC", "FAC")]
        if named:
            return named[0]
    return tok


def _listed_along(verb) -> list:
    """Who a list goes on to name after its clause: "ASEAN, which includes Thailand, along with Laos"."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in LISTING_VERBS:
        return []
    after = [c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "along"
             and c.i == verb.right_edge.i + 2 and verb.doc[c.i - 1].is_punct]
    return [p for c in after for p in prep_objects(c, "with")]


def _agents(verb) -> list:
    """Who a passive names as the doer: "was blocked by Hungary" -> Hungary."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _is_participle_modifier(verb) -> bool:
    """A past participle that modifies a noun: "the deal signed by", "Iran-backed militias"."""
    return verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and verb.head.i != verb.i


class SentenceRules:
    """Applies the lexicon to one sentence of one article."""

    def __init__(self, ctx: ArticleActors, segment: Segment) -> None:
        self.ctx = ctx
        self.segment = segment

    # ---- actors -------------------------------------------------------------------------
    def refs(self, heads) -> tuple[list[Actor], float]:
        actors: list[Actor] = []
        seen: set[str] = set()
        certainty = 1.0
        for head in heads:
            for tok in _coordinated(head):
                tok = _titled_person_after_demonym(tok)
                ref = self.actor_ref(tok)
                for actor in ref.actors:
                    if actor.id not in seen:
                        seen.add(actor.id)
                        actors.append(actor)
                if ref.actors:
                    certainty = min(certainty, ref.certainty)
        return actors, certainty

    def actor_ref(self, tok) -> Reference:
        """The actors a head names, else the state behind an institution it names, else a party told
        without a known name (``parties``)."""
        ref = self.ctx.resolve(tok, self.segment)
        if not ref.actors:
            ref = self._institution(tok)
        return ref if ref.actors else self._unnamed_party(tok)

    def _unnamed_party(self, tok) -> Reference:
        """"The Palestinians", "security forces in Chile", "Greenpeace": see ``kgraph.nlp.actors.parties``."""
        country = demonym_in_plural(tok, self.ctx.gaz.demonyms)
        if country is not None and country in self.ctx.gaz.actors:
            return Reference((self.ctx.gaz.actors[country],), 0.8)
        if is_force_noun(tok):
            for part in state_modifiers(tok):
                actors = [a for a in self.ctx.resolve(part, self.segment).actors
                          if a.type in ("country", "organisation")]  # "Chilean troops", "the Hamas faction"
                if actors:
                    return Reference((actors[0],), 0.7)
        actor = unlisted_organisation(tok)
        if actor is None:
            return Reference(())
        owners = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, "of")
        for owner in owners:  # "Russia's Africa Corps", "whose Africa Corps", "the Executive Council of the AU"
            known = [a for a in self.ctx.resolve(owner, self.segment).actors if a.type in ("country", "organisation")]
            if known:
                return Reference((known[0],), 0.7)
        return Reference((actor,), 0.6)

    def _institution(self, tok) -> Reference:
        """"The Turkish Foreign Ministry", "Ghana's presidency": the state behind an institution."""
        if tok.lemma_.lower() not in INSTITUTION_NOUNS and tok.lower_ not in INSTITUTION_NOUNS:
            return Reference(())
        candidates = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        candidates += prep_objects(tok, "of")
        for child in candidates:
            ref = self.ctx.resolve(child, self.segment)
            served = self.ctx.gaz.actors.get(ref.actors[0].affiliation) if child.dep_ == "poss" and ref.actors \
                and ref.actors[0].type == "person" and ref.actors[0].affiliation else None
            if served is not None:  # "Diop said his government rejected ...": the state he serves
                return Reference((served,), ref.certainty * 0.8)
            if ref.actors and ref.actors[0].type in ("country", "organisation"):
                more = [a for c in child.conjuncts for a in self.ctx.resolve(c, self.segment).actors[:1]
                        if a.type == ref.actors[0].type]  # "Egyptian and Qatari mediators"
                return Reference((ref.actors[0], *more), 0.8)
        return Reference(())

    def verb_subject(self, verb, depth: int = 0) -> tuple[list[Actor], float]:
        if depth > 4:
            return [], 0.0
        if _is_passive(verb):
            agents = _agents(verb)
            if agents:
                return self.refs(agents)
        subjects = [_honoured(c) for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            subjects = _antecedent(subjects, verb)
            return self.refs(subjects + [p for holder in (verb, *subjects) for p in _companions(holder)])
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp") and verb.head.i != verb.i:
            head = verb.head
            raised = [c for c in head.children if c.dep_ == "nsubjpass"] if verb.dep_ == "xcomp" else []
            if raised and not any(c.dep_ == "agent" for c in head.children):
                return self.refs(_antecedent(raised, head))  # "Sheinbaum is expected to travel"
            if verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb) and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS for c in head.children):
                return [], 0.0  # "rejected calls from the opposition to send missiles": the callers' deed, not done
            invitees = [c for c in head.children if c.dep_ == "dobj"] if head.lemma_.lower() == "invite" else []
            if verb.dep_ == "xcomp" and invitees:  # "Sisi invited Erdogan to attend the summit": Erdogan would
                actors, certainty = self.refs(invitees)
                return actors, certainty * 0.8
            if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL_VERBS \
                    and (any(c.dep_ == "dobj" for c in head.children) or prep_objects(head, "on", "upon")):
                return [], 0.0  # "urged Sudan to agree on a truce": only asked of Sudan, and not done by the urger
            if head.pos_ in ("VERB", "AUX"):
                return self.verb_subject(head, depth + 1)  # "Kenya wants to help", "agreed to meet"
            if head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd", "xcomp") and head.head.pos_ in ("VERB", "AUX"):
                return self.verb_subject(head.head, depth + 1)  # "Japan stands ready to help"
            owners = [c for c in head.head.children if c.dep_ == "poss"] if head.lower_ == "of" else []
            if verb.dep_ == "pcomp" and owners and head.head.pos_ == "NOUN":
                return self.refs(owners)  # "their line of deepening cooperation": theirs
            governing = head.head.lemma_.lower()
            others = [c for c in head.head.children if c.dep_ == "dobj"] if verb.dep_ == "pcomp" else []
            if others and ((head.lower_ in ("for", "of") and governing in CREDITING_VERBS)
                           or (head.lower_ == "in" and governing in HELPING_VERBS)):
                # "thanked Kenya for hosting the talks", "supports France in hosting the conference": they did it
                actors, certainty = self.refs(others)
                return actors, certainty * 0.8
            if others and head.lower_ == "in" and governing == "join":  # "Japan joined the US in condemning X":
                actors, certainty = self.verb_subject(head.head, depth + 1)  # both did
                more, _ = self.refs(others)
                return _joined(actors, more), certainty * 0.9
            if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.pos_ in ("VERB", "AUX") \
                    and head.lower_ not in ("of", "for", "from", "against", "with", "on", "about", "over"):
                # "looks forward to hosting", "after meeting X" (not "accused Chad of backing the rebels")
                return self.verb_subject(head.head, depth + 1)
        if verb.dep_ in ("acl", "relcl") and to_infinitive(verb):
            # "Canada is in a position to provide", "took the decision to send": the holder of the noun
            noun = verb.head
            owners = [c for c in noun.children if c.dep_ == "poss"]
            if owners and noun.pos_ == "NOUN":  # "approved Sweden's bid to join NATO": Sweden would join
                return self.refs(owners)
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "attr") else None
            if governor is not None and governor.pos_ in ("VERB", "AUX") and governor.i != verb.i \
                    and governor.lemma_.lower() not in STANCE_VERBS:  # who discussed "efforts to push" did not push
                return self.verb_subject(governor, depth + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in DOCUMENT_NOUNS:
            return self._issuer(verb.head, depth)  # "adopted a resolution calling for a truce": the adopter calls
        if verb.dep_ == "relcl":
            return self.refs([verb.head])
        if _is_participle_modifier(verb):
            # "the summit hosted by France", "Iran-backed militias": the agent or the name before the hyphen
            agents = _agents(verb)
            agents = agents or [c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                                and c.i < verb.i]
            return self.refs(agents) if agents else ([], 0.0)
        return [], 0.0

    def _issuer(self, document, depth: int) -> tuple[list[Actor], float]:
        """Who issues or adopts a statement or resolution: its owner ("the G7's statement"), else the subject of
        the verb it is the object of ("adopted a resolution"), else the agent of a passive ("was adopted by")."""
        owners = [c for c in document.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.ent_id_)]
        if owners:
            return self.refs(owners)
        governor = document.head
        if document.dep_ in ("dobj", "nsubjpass") and governor.pos_ in ("VERB", "AUX") and \
                governor.lemma_.lower() not in STANCE_VERBS | BLOCKING_VERBS:
            actors, certainty = self.verb_subject(governor, depth + 1)
            return actors, certainty * 0.9
        return [], 0.0

    def noun_actors(self, noun, of_is_actor: bool = False, poss_is_object: bool = False) -> tuple[list[Actor], float]:
        """Who acts in a nominal event: "Moldova's accession", "talks between A and B", "a visit by X";
        with ``of_is_actor`` also "the visit of President X" (where "of" does not give the object); with
        ``poss_is_object`` the owner is the object ("NATO's newest member")."""
        found: list[Actor] = []
        certainty = 1.0
        actor_preps = ("between", "by", "among") + (("of",) if of_is_actor else ())
        children = list(noun.children)
        if of_is_actor:  # "visits to Accra this May of X": the parser hangs "of" on the date
            children += [c for d in children if d.ent_type_ in ("DATE", "TIME") for c in d.children
                         if c.dep_ == "prep" and c.lower_ == "of"]
        for child in children:
            if (child.dep_ == "poss" and not poss_is_object) or (
                    child.dep_ in ("amod", "compound", "nmod", "npadvmod") and child.ent_id_):
                actors, cert = self.refs([child])
                found += [a for a in actors if a.type != "place"]
                certainty = min(certainty, cert) if actors else certainty
            elif child.dep_ == "prep" and child.lower_ in actor_preps:
                objs = [p for p in child.children if p.dep_ == "pobj"]
                actors, cert = self.refs(objs)
                found += actors
                certainty = min(certainty, cert) if actors else certainty
        # "Chilean-Peruvian cooperation": demonyms joined by a hyphen
        for left in noun.lefts:
            if left.dep_ not in ("amod", "compound", "nmod"):
                continue
            for tok in [left, *(c for c in left.children if c.dep_ in ("amod", "compound"))]:
                if tok.ent_id_ and tok.ent_type_ in ("NORP", "GPE"):
                    ref = self.ctx.resolve(tok, self.segment)
                    found += [a for a in ref.actors if a.type == "country"]
        if not found:  # the parser hung "between" on a place: "a meeting in Accra between A and B"
            for child in noun.children:
                if child.dep_ != "prep":
                    continue
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    inner = prep_objects(pobj, "between", "among")
                    actors, cert = self.refs(inner)
                    if len(actors) >= 2:
                        found += actors
                        certainty = min(certainty, cert * 0.9)
        if not found and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            owners = [c for c in noun.head.head.children if c.dep_ == "poss"]  # "Russia's war of aggression"
            actors, cert = self.refs(owners) if owners else ([], 0.0)
            found += [a for a in actors if a.type != "place"]
            certainty = min(certainty, cert) if actors else certainty
        unique = list({a.id: a for a in found}.values())
        named_by = {c.dep_ for c in noun.children if c.dep_ in ("poss", "prep")}
        if unique and not named_by and all(a.type == "country" for a in unique) and noun.dep_ == "dobj" \
                and noun.head.pos_ == "VERB":  # "A and B held the Japan-Philippines Ministerial Meeting with C":
            people, cert = self.verb_subject(noun.head)  # the people told holding it, not the states it is named by
            if people and all(a.type == "person" for a in people):
                return people, cert * 0.9
        if unique:
            return unique, certainty
        # a light verb: "held talks with", "reached an agreement on"; "Estonia, as a member of"
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in CONTAINER_NOUNS:  # "announced an aid package"
            noun = noun.head
        head = noun.head
        if noun.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and head.pos_ in ("VERB", "AUX") \
                and head.lemma_.lower() not in STANCE_VERBS \
                and not (head.lemma_.lower() in FACILITATING_VERBS and noun.lemma_.lower() in MEETING_NOUNS):
            actors, cert = self.verb_subject(head)
            return actors, cert * 0.9
        if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "addition" \
                and head.head.head.lower_ == "in" and head.head.head.head.pos_ in ("VERB", "AUX"):
            actors, cert = self.verb_subject(head.head.head.head)  # "in addition to X, A and B vowed to ..."
            return actors, cert * 0.8
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            governor = head.head
            if head.lower_ == "for" and governor.pos_ == "VERB" and noun.lemma_.lower() in MEETING_NOUNS \
                    and governor.lemma_.lower() in GATHERING_VERBS:
                # "hosted Y for talks on Z", "travelled to Kyiv for talks with X": host, guest and partner talk
                actors, cert = self.verb_subject(governor)
                receives = governor.lemma_.lower() in RECEIVING_VERBS
                guests = [c for c in governor.children if c.dep_ == "dobj"] if receives else []
                more, _ = self.refs(guests + prep_objects(noun, "with"))
                return _joined(actors, more), cert * 0.8
            if governor.pos_ in ("VERB", "AUX") and head.lower_ not in ("of", "to", "for", "about", "over",
                                                                           "regarding", "concerning") \
                    and not (head.lower_ in TIME_PREPOSITIONS and noun.lemma_.lower() not in MEETING_NOUNS):
                # (what the subject did "after an attack on X" need not be its own: only its talks are)
                if head.lower_ in TIME_PREPOSITIONS or noun.lemma_.lower() in MEETING_NOUNS:
                    governor = _main_verb(governor)  # "agreed to back X's bid to join NATO after a meeting with
                    # Y", "signed deals covering trade during a visit": the parser hangs it on "join", "covering"
                actors, cert = self.verb_subject(governor)
                return actors, cert * 0.8
            if head.lower_ == "as" and governor.pos_ in ("PROPN", "NOUN"):
                return self.refs([governor])
            if in_stance_phrase(noun) and governor.pos_ == "NOUN":
                actors, cert = self.noun_actors(governor)  # "Kenya's efforts in favour of the deal"
                return actors, cert * 0.9
            if head.lower_ in ("in", "of") and governor.dep_ in ("dobj", "attr") and governor.head.pos_ == "VERB" \
                    and governor.head.lemma_.lower() not in STANCE_VERBS \
                    and not (head.lower_ == "of" and governor.head.lemma_.lower() in BLOCKING_VERBS):
                # "pledged 300 million kronor in aid to X" (but who welcomes "the resumption of talks" did not talk)
                actors, cert = self.verb_subject(governor.head)
                return actors, cert * 0.8
        return [], 0.0

    def sides_of_meeting(self, meeting) -> None:
        """In a meeting named by two states ("A held the Japan-Philippines Ministerial Meeting with B"), people
        of no known country on one side serve the named state that the other side's people do not."""
        states = self.refs([w for w in meeting.subtree if w.i < meeting.i and w.ent_id_.startswith("country:")])[0]
        states = list({a.id: a for a in states}.values())
        if len(states) != 2:
            return
        hosts = self.verb_subject(meeting.head)[0]
        guests = self.refs(prep_objects(meeting.head, "with") + prep_objects(meeting, "with"))[0]
        if not hosts or not guests or not all(a.type == "person" for a in hosts + guests):
            return
        named = {s.id for s in states}
        for side, other in ((hosts, guests), (guests, hosts)):
            theirs = {self.ctx.people[a.id].affiliation if a.id in self.ctx.people else a.affiliation
                      for a in other} - {""}
            if len(theirs) != 1 or not theirs < named:
                continue
            for people, state in ((side, (named - theirs).pop()), (other, next(iter(theirs)))):
                for person in people:
                    known = self.ctx.people.get(person.id)
                    if known is not None and not known.affiliation:
                        self.ctx.people[person.id] = dataclasses.replace(known, affiliation=state)
            return

    def trigger_actors(self, trigger, entry: Trigger) -> tuple[list[Actor], float]:
        if entry.actor_slots:
            heads = self._slot_tokens(trigger, entry.actor_slots)
            return self.refs(heads) if heads else ([], 0.0)
        if _pos(trigger) == "VERB":
            if _is_passive(trigger) and not any(c.dep_ == "agent" for c in trigger.children) \
                    and entry.relation not in ("discusses", "agrees_on"):
                return [], 0.0  # "was blocked" says nothing of who blocked it
            actors, certainty = self.verb_subject(trigger)
            if not actors and entry.relation == "attacks":  # "Chinese coast guard vessels fired at ..."
                found = [f for s in trigger.children if s.dep_ == "nsubj" for f in self.state_behind(s)]
                return [a for a, _ in found], min((c for _, c in found), default=0.0)
            return actors, certainty
        return self.noun_actors(trigger, of_is_actor="of" not in entry.slots and entry.relation in OF_ACTOR_RELATIONS,
                                poss_is_object="poss" in entry.slots)

    # ---- objects ------------------------------------------------------------------------
    def _slot_tokens(self, trigger, slots) -> list:
        variants = preposition_variants()  # "agreed upon" fills the slot "on"
        for slot in slots:
            found = []
            if slot == "dobj":
                if _is_passive(trigger):
                    found = _antecedent([c for c in trigger.children if c.dep_ == "nsubjpass"], trigger)
                    if not found and trigger.dep_ == "conj":  # "X arrived and was greeted by Y": X
                        found = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                elif _is_participle_modifier(trigger):
                    found = [trigger.head]
                else:
                    found = [c for c in trigger.children if c.dep_ in ("dobj", "attr")] \
                        or _object_after_manner(trigger) or _misread_person_object(trigger)
                    found = _antecedent(found, trigger)  # "an accusation that Khartoum denies"
                    if found:
                        found += _listed_along(trigger)
            elif slot in ("xcomp", "ccomp"):
                found = [c for c in trigger.children if c.dep_ == slot]
                found = list({w.i: w for w in map(prefixed_word, found)}.values())  # "to re-establish ties"
                found = [w for w in found if w.text != "-"]
            elif slot in ("dative", "poss"):
                found = [c for c in trigger.children if c.dep_ == slot]
            elif slot == "purpose":  # "provide assistance to support the Government of Nepal"
                aims = [c for c in trigger.children if c.dep_ in ("xcomp", "advcl") and
                        c.lemma_.lower() in ("support", "help", "assist", "aid", "benefit")]
                found = [o for c in aims for o in c.children if o.dep_ == "dobj"]
                found = found or [s for c in aims for d in c.children if d.dep_ in ("ccomp", "xcomp")
                                  for s in d.children if s.dep_ == "nsubj"]  # "to help Nigeria tackle X"
            elif slot == "judged":  # "described Paris's moves as counterproductive", "called it illegal"
                after = [t for t in trigger.subtree if t.i > trigger.i]
                if any(t.lemma_.lower() in NEGATIVE_JUDGEMENTS for t in after):
                    found = [c for c in trigger.children if c.dep_ == "dobj"] or [
                        s for c in trigger.children if c.dep_ in ("ccomp", "oprd", "xcomp")
                        for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
                    # "actions in the South China Sea, which Austin called dangerous": what is judged is no place
                    found = [t.head.head if t.ent_type_ in ("GPE", "LOC") and t.dep_ == "pobj"
                             and t.head.head.pos_ == "NOUN" else t for t in _antecedent(found, trigger)]
            elif slot == "aim":  # "cooperation to fight smuggling"
                found = _aim_clauses(trigger)
            elif slot == "jointly":  # "working with Nepal to decide ...", "work together on an agreement"
                partnered = any((c.dep_ == "prep" and c.lower_ in ("with", "alongside")) or (
                    c.dep_ == "advmod" and c.lower_ in ("together", "jointly", "closely")) for c in trigger.children)
                found = (prep_objects(trigger, "on", "towards", "toward") or _aim_clauses(trigger)) if partnered else []
            elif slot == "behalf":  # "signed the treaty for Peru", "on behalf of Chile"
                holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
                found = [p for h in holders for p in prep_objects(h, "for") if p.ent_type_ in ("GPE", "ORG", "NORP")]
                found += [o for h in holders for b in prep_objects(h, "on") if b.lower_ == "behalf"
                          for o in prep_objects(b, "of")]
            elif slot == "cost":  # "raise the costs to Iran", "raise the price for the regime"
                costs = [d for d in trigger.children if d.dep_ == "dobj" and d.lemma_.lower() in ("cost", "price")]
                holders = [*costs, trigger] if costs else []  # the parser may hang "to Iran" on the verb
                found = [p for h in holders for p in prep_objects(h, "to", "for", "on")]
            elif slot == "in_of":  # "spoke in favour of the deal", "in firm support of the communique"
                found = prep_objects(trigger, "of") if trigger.dep_ == "pobj" and trigger.head.lower_ == "in" else []
            elif slot == "subject":  # "ASEAN, which includes Laos" -> ASEAN
                found = _antecedent([c for c in trigger.children if c.dep_ == "nsubj"], trigger)
            elif slot == "cause":  # "measures in view of Myanmar's conduct" / "in response to Iran's arms sales"
                holders = [trigger]
                above = trigger
                while _pos(trigger) == "NOUN" and above.head.i != above.i and len(holders) < 4:
                    above = above.head  # "adopted a package of measures, in view of X's war": up to the verb
                    if above.pos_ != "ADP":
                        holders.append(above)
                    if above.pos_ in ("VERB", "AUX"):
                        break
                for holder in holders:
                    for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in ("in", "for")):
                        for frame in (c for c in prep.children if c.lemma_.lower() in CAUSE_FRAMES):
                            found += [o for p in prep_objects(frame)
                                      for o in [*(c for c in p.children if c.dep_ == "poss"), p]]
                    if found:
                        break
            elif slot.startswith("governor:"):
                dep = slot.split(":", 1)[1]
                verb = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
                while verb is not None and (verb.dep_ in ("xcomp", "conj") or (
                        verb.dep_ == "advcl" and verb.tag_ == "VBG")) and not any(
                        c.dep_ == dep for c in verb.children):  # "agreed to open accession talks with X", "held
                    verb = verb.head  # talks with Guterres, drawing criticism from Kyiv"
                found = [c for c in verb.children if c.dep_ == dep] if verb is not None else []
            elif slot == "from" and _pos(trigger) == "VERB" and any(c.dep_ == "dobj" for c in trigger.children):
                found = []  # "withdraw its troops from Ukraine": where the thing moved comes from, no object
            else:
                preps = [c for holder in [trigger, *_particles(trigger)] for c in holder.children
                         if c.dep_ in ("prep", "dative", "prt") and slot in (c.lower_, variants.get(c.lower_))]
                if not preps and _pos(trigger) == "NOUN" and (trigger.dep_ in ("dobj", "attr") or (
                        trigger.dep_ == "compound" and trigger.head.lemma_.lower() in CONTAINER_NOUNS)):
                    # "announced an aid package for Ukraine": the goal hangs on the noun the trigger names
                    preps = [c for c in trigger.head.children if c.dep_ == "prep"
                             and slot in (c.lower_, variants.get(c.lower_))]
                found = [p for prep in preps for p in prep.children if p.dep_ in ("pobj", "pcomp")
                         and p.ent_type_ not in ("DATE", "TIME") and p.lower_ != "behalf"
                         and p.lemma_.lower() not in SETTING_NOUNS  # "agreement on the sidelines of the summit"
                         and p.pos_ not in ("ADV", "ADJ")]  # "support for as long as it takes"
                # ("agreed on Friday to ...", "signed the agreement on behalf of X": neither is a topic)
                if not found and any(p.dep_ == "prt" for p in preps):  # "call on X" read as a particle and
                    found = [c for c in trigger.children if c.dep_ == "dobj"]  # an object
                found = _antecedent(found, trigger)  # "the bloc to which Uganda belongs"
                if not found and _pos(trigger) == "VERB" and slot in ("to", "at", "against"):
                    # the parser hung the goal on the thing sent: "contribute ten million kroner to Sudan"
                    found = [p for d in trigger.children if d.dep_ == "dobj" for p in prep_objects(d, slot)
                             if _place_inside(p).ent_type_ in ("GPE", "NORP", "ORG", "PERSON")]
            if found:
                return found
        return []

    def objects(self, trigger, entry: Trigger) -> tuple[list[tuple[Actor, float]], str]:
        if entry.slots == ("doer",):  # "paid a courtesy call on X": X received the one who paid it
            actors, certainty = self.noun_actors(trigger)
            return [(a, certainty) for a in actors], ""
        heads = self._slot_tokens(trigger, entry.slots)
        out: list[tuple[Actor, float]] = []
        for head in heads:
            head = _what_it_is_called(head)
            if entry.relation == "sanctions" and head.lemma_.lower() in STANDING_NOUNS:
                head = next(iter(prep_objects(head, "of")), head)  # "suspended the participation of Niger"
            if entry.relation == "sanctions" and head.lemma_.lower() in ENVOY_NOUNS | {"attache", "attaché"}:
                sender = [c for c in head.children if c.dep_ == "poss" and c.ent_id_]  # "expelled Russia's
                head = sender[0] if sender else head  # defence attache": Russia
            if entry.object_kind == "place":
                head = _place_inside(head)  # "the cities of A and B": both
            doers = [d for t in _coordinated(head) for d in self.doer(t)] if entry.relation in BLAME_RELATIONS else []
            if doers:  # "described Paris's moves as counterproductive" blames France
                out.extend(doers)
                continue
            if head.lemma_.lower() in ABSTRACT_NOUNS and entry.object_kind in ("topic", "any"):
                head = purpose_object(head.head, [head]) or head  # "discussed efforts to push for X and Y"
                if head.pos_ == "VERB":  # "supported efforts to end the war": the ending
                    out += self._deed_topic([head])
                    continue
            if head.dep_ in ("xcomp", "ccomp", "pcomp") and head.pos_ in ("VERB", "AUX"):
                # "urged the junta to end the violence and to engage in dialogue": each deed
                deeds = [head] + ([c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
                                  if head.dep_ == "xcomp" else [])
                for deed in deeds:
                    out += self._deed_topic([deed])
                continue
            if head.ent_id_ and RELATIONS[entry.relation].object == "agreement":
                head = _agreement_after(head)  # "declined to sign the Russia — and Belarus-backed transit accord"
                if head is None:
                    continue
            if entry.relation == "provides_aid_to" and not entry.heads and head.dep_ == "dobj" \
                    and head.lemma_.lower() in AID_NOUNS:
                # "provide a grant of INR 500 million for the port": the aid is no recipient; what it is for may be
                inner = prep_objects(head, "for", "to") or prep_objects(trigger, "for") or [
                    p for o in prep_objects(head, "of") for p in prep_objects(o, "for", "to")]  # "of $5m for X"
                if not inner:
                    continue
                head = inner[0]
            if entry.relation in STANCE_RELATIONS:
                head = _agreement_in_process(head)  # "welcomed the signing of the deal": the deal
            listed = list_topic(head, namer=self.person_name) if entry.object_kind in ("topic", "any") \
                and not entry.heads and head.lemma_.lower() not in WRAPPER_NOUNS else None
            if listed:  # "agreed on a time and location of the summit": one topic
                out.append((_topic(listed), 0.8))
                continue
            for tok in _coordinated(head):
                if entry.heads and tok.lemma_.lower() not in entry.heads and tok.lower_ not in entry.heads:
                    continue
                if entry.heads and any(c.dep_ in ("compound", "amod") and c.lower_ in PRESS_WORDS
                                       for c in tok.children):
                    continue  # "hold a joint press conference" is no summit
                if entry.relation == "provides_aid_to" and entry.heads:
                    recipient = _recipient(trigger, tok)  # "offered support to the people of X": X, not support
                    if recipient is not None and self.actor_ref(recipient).actors:
                        tok = recipient
                if entry.relation == "seeks_membership_in":
                    tok = _body_of_membership(tok)
                doer = self.doer(tok) if entry.relation in BLAME_RELATIONS else []
                if entry.relation in TARGETED_RELATIONS and not any(
                        a.type in ("country", "organisation") for a in self.actor_ref(tok).actors):
                    doer = self.state_behind(tok)  # "imposed sanctions on Russian banks", "the X air base in Qatar"
                # "Iran-backed militias" supports "militias": the trigger is no part of its own object
                skip = trigger if _is_participle_modifier(trigger) and trigger.head.i == tok.i else None
                out.extend(doer or self._object(tok, entry.object_kind, skip))
        return out, ""

    def path_objects(self, trigger, relation: str) -> list[tuple[Actor, float]]:
        """The party an event is aimed at, by the argument paths its relation lists (``argument_paths.tsv``),
        for a trigger whose own slots named none: the first path that names a state, body or person."""
        for heads in path_heads(trigger, relation):
            found = [(actor, certainty * 0.9) for head in heads for tok in _coordinated(head)
                     for actor, certainty in self._object(tok, "actor") if actor.type in PARTY_TYPES]
            if found:
                return found
        return []

    def state_behind(self, tok) -> list[tuple[Actor, float]]:
        """The states whose firms, people or things a word names ("Iranian entities", "Philippine boats",
        "companies in Iran and China"), or nothing."""
        if tok.lemma_.lower() not in TARGET_NOUNS and tok.lower_ not in TARGET_NOUNS:
            return []
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        owners += [o for c in owners if c.dep_ == "compound" for o in c.children if o.dep_ in ("amod", "compound")]
        owners += prep_objects(tok, "in", "from")
        for owned in prep_objects(tok, "of"):  # "imports of U.S. goods", "officers of Russia's GRU"
            owners += [owned, *(c for c in owned.children if c.dep_ in ("poss", "amod", "compound", "nmod"))]
        if not owners and tok.dep_ == "dobj":  # the parser hangs "in Armenia" on the verb
            owners = prep_objects(tok.head, "in")
        found: list[tuple[Actor, float]] = []
        for owner in owners:
            for part in (owner, *owner.conjuncts):
                ref = self.ctx.resolve(part, self.segment)
                found += [(a, ref.certainty * 0.9) for a in ref.actors[:1]
                          if a.type in ("country", "organisation", "group")]
        return list({a.id: (a, c) for a, c in found}.values())

    def person_name(self, tok) -> str | None:
        """The name of the person or people a word inside a topic stands for ("his counterpart", "Noboa")."""
        if not (tok.ent_type_ == "PERSON" or tok.pos_ in ("PRON", "PROPN") or tok.lemma_.lower() in COUNTERPART_NOUNS):
            return None
        actors = self.ctx.resolve(tok, self.segment).actors
        if actors and all(a.type == "person" for a in actors):
            return " and ".join(a.name for a in actors)
        return None

    def doer(self, tok) -> list[tuple[Actor, float]]:
        """Who did the deed that is blamed: "condemned Mali's raid" / "an attack by Osgiliath soldiers" -> the actor."""
        if tok.ent_id_ or tok.pos_ == "PRON" or tok.ent_type_ == "PERSON":  # (a named person is no deed)
            return []
        heads = [c for c in tok.children if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.ent_id_
                                                                  and not _for_or_against(c))]
        heads += prep_objects(tok, "by")
        heads += [a for c in tok.children if c.dep_ == "acl" for a in _agents(c)]  # "statements made by X"
        found = []
        for head in heads:
            ref = self.actor_ref(head)
            found += [(a, ref.certainty * 0.9) for a in ref.actors if a.type in ("country", "organisation", "person")]
        if not found and tok.lemma_.lower() in ATTACK_NOUNS and not heads and not list(tok.rights) \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in tok.children):
            # "Russian drones struck Kyiv. Germany condemned the attack": who struck, told by the same word
            # if it was ("its drone attack ... Israel's strike ... condemned the attack": its), else last
            told = self.ctx.attacks_told
            same = [actors for lemma, actors in told if lemma == tok.lemma_.lower()]
            found = [(a, 0.6) for a in (same[-1] if same else told[-1][1] if told else ())]
        return found

    def _deed_topic(self, deeds: list) -> list[tuple[Actor, float]]:
        """The first deed of a clause as a topic ("resuming talks"), or nothing."""
        text = topic_text(deeds[0], clause=True, namer=self.person_name) if deeds else ""
        return [(_topic(text), 0.8)] if text else []

    def _object(self, tok, kind: str, skip=None) -> list[tuple[Actor, float]]:
        for _ in range(2):  # "the urgency of a ceasefire", "views on developments in the dispute"
            appos = [c for c in tok.children if c.dep_ == "appos"]
            if tok.lemma_.lower() in ("agenda", "issue", "issues", "topic", "topics") and appos and kind != "actor":
                tok = appos[0]  # "an old agenda - Mali's return to ECOWAS"
                continue
            if tok.lemma_.lower() in DEMAND_NOUNS and kind in ("topic", "any"):
                # "rejected calls for sanctions", "rejected calls from the opposition to send missiles"
                inner = prep_objects(tok, "for")
                if inner and not inner[0].ent_type_:
                    tok = inner[0]
                    continue
                found = self._deed_topic([c for c in tok.children if c.dep_ == "acl" and to_infinitive(c)]
                                         + _aim_clauses(tok))
                if found:
                    return found
            if tok.lemma_.lower() in WRAPPER_NOUNS and kind in ("topic", "any"):
                inner = prep_objects(tok, "of", "on", "for", "about", "in")
                if inner and inner[0].lemma_.lower() in PARTY_WORDS and prep_objects(tok, "to"):
                    inner = prep_objects(tok, "to")  # "the need for both parties to dialogue" -> dialogue
                inner = inner or [p for a in tok.children if a.dep_ == "acl"  # "challenges associated with X"
                                  for p in prep_objects(a)]
                if inner and inner[0].conjuncts:  # "the matter of the railway link, visas and ...": each
                    return [found for part in (inner[0], *inner[0].conjuncts)
                            for found in self._object(part, kind, skip)]
                if inner:
                    tok = inner[0]
                    continue
                deeds = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                         for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"]
                deeds += [c for c in tok.children if c.dep_ == "acl" and to_infinitive(c)]  # "the need to act"
                deeds += _for_clauses(tok)  # "the need for the two sides to resume talks"
                found = self._deed_topic(deeds)  # "stressed the importance of keeping up the dialogue"
                if found:
                    return found
        if tok.pos_ == "PRON" and tok.lower_ == "them":
            antecedent = _plural_antecedent(tok)  # "the negotiations ... Denmark called them off"
            if antecedent is not None:
                return self._object(antecedent, kind, skip)
        if tok.ent_type_ in ("DATE", "TIME") or (tok.pos_ == "PRON" and kind == "topic") or _is_sum(tok):
            return []  # (a sum of money is no topic: who "provided 28 billion euros" gave to someone)
        if in_stance_phrase(tok) and kind != "actor":
            return []  # "efforts in favour of the deal": the phrase is a stance, not what is worked on
        if kind == "place":
            tok = _place_inside(tok)
            place = self.ctx.place(tok) or self._compound_place(tok)
            if place is not None:
                return [(place, 1.0)]
            ref = self.ctx.resolve(tok, self.segment)  # a state or body, never a person: "flew to Accra and met X"
            return [(a, ref.certainty) for a in ref.actors if a.type != "person"]
        ref = self.actor_ref(tok) if kind in ("actor", "any") else Reference(())
        if ref.actors:
            return [(a, ref.certainty) for a in ref.actors]
        group = _people_group(tok) if kind in ("actor", "any") else []
        if group:
            return group  # "will host the two mediators in Tallinn": people, not a topic
        if kind == "actor":
            return []
        if kind == "topic" and (tok.ent_type_ == "PERSON" or self.ctx.is_plural_title(tok) or any(
                a.type == "person" for a in self.ctx.resolve(tok, self.segment).actors)):
            return []  # a person is no topic: "welcomed the Prime Minister" is a reception, not support
        text = topic_text(tok, skip=skip, namer=self.person_name)
        if not text:
            return []
        return [(_topic(text + _setting(tok)), 0.9)]

    def _compound_place(self, tok) -> Actor | None:
        parts = [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")]
        if parts:
            name = " ".join([*(p.text for p in parts), tok.text])
            return Actor(id=f"place:{slugify(name)}", name=name, type="place")
        return None


BLAME_RELATIONS = {"criticizes"}
OF_ACTOR_RELATIONS = {"visits", "meets_with"}  # "the visit of President X to Y", "a meeting of the foreign ministers"
# what calling something one of these says: criticism ("called the decision unacceptable")
NEGATIVE_JUDGEMENTS = words("negative_judgements")


# nouns of a state of affairs, which the place after them belongs to even where the parser hangs it on the verb
SITUATION_NOUNS = words("situation_nouns")


def _setting(noun) -> str:
    """" in <place>" when the place written right after a situation noun was hung on the verb: "discussed the
    war in Gaza" (not "met the minister in Paris"), else ""."""
    after = noun.right_edge.i + 1
    if noun.lemma_.lower() not in SITUATION_NOUNS or noun.dep_ != "dobj" or prep_objects(noun, "in") \
            or after + 1 >= len(noun.doc):
        return ""
    prep, place = noun.doc[after], noun.doc[after + 1]
    if prep.lower_ == "in" and prep.head.i == noun.head.i and place.ent_type_ in ("GPE", "LOC"):
        ent = entity_of(place)
        return " in " + (ent.text if ent is not None else place.text)
    return ""


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
AID_NOUNS = words("aid_nouns")
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


def _joined(actors: list[Actor], more: list[Actor]) -> list[Actor]:
    """``actors`` and then those of ``more`` not among them yet, each once."""
    return list({a.id: a for a in [*actors, *more]}.values())


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


PARTY_TYPES = ("country", "organisation", "group", "person")


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


ENVOY_NOUNS = words("envoy_nouns")
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


def _venues(event) -> list:
    """The places an event noun or verb is said to be held in or at."""
    return [p for p in prep_objects(event, "in", "at") if p.ent_type_ in ("GPE", "LOC", "FAC")]


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


CURRENCY_NOUNS = words("currency_nouns")
# verbs whose object is money that does not go from the subject to someone
NOT_GIVING_VERBS = words("not_giving_verbs")


def _sums(sent) -> list:
    """The heads of sums of money in a sentence: "$750,000" (an entity), "20 million euros"."""
    return [t for t in sent if _is_sum(t)]


def _is_sum(tok) -> bool:
    """The head of a sum of money: of a money entity ("$750,000"), or a currency with a number ("20 million euros")."""
    if tok.ent_type_ == "MONEY":
        ent = entity_of(tok)
        return ent is not None and ent.root.i == tok.i
    return tok.lemma_.lower() in CURRENCY_NOUNS and tok.pos_ == "NOUN" and any(
        c.dep_ in ("nummod", "compound") and c.like_num for c in tok.children)


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


def _for_clauses(noun) -> list:
    """The "for ... to" clauses under a noun: "a need for the two sides to resume talks"."""
    return [c for c in noun.children if c.dep_ in ("advcl", "acl", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)]


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
