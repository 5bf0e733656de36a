"""Who acts and at whom or what, for a trigger word: the actors and objects of one event, read off the parse.

:class:`SentenceRules` reads one sentence of one article. For a trigger it finds who acted (the subject, the
agent of a passive, the possessor or "between X and Y" of a noun, the subject of a light verb, the holder of a
"to" clause) and the object (the slots the lexicon names, else the relation's argument paths), expands
coordination, and resolves each head through the article's actors (``kgraph.nlp.actors``): to actors, or to a
topic phrase (``kgraph.nlp.arguments.topics``).
"""

from __future__ import annotations

from kgraph.nlp.actors.gazetteer import Actor, slugify
from kgraph.nlp.actors.mentions import GOVERNMENT_BODY_NOUNS, ArticleActors, Reference
from kgraph.nlp.actors.parties import ENVOY_NOUNS, city_state, unnamed_party
from kgraph.nlp.actors.titles import COUNTERPART_NOUNS
from kgraph.nlp.arguments.parse import (_agents, _agreement_after, _agreement_in_process, _aim_clauses, _antecedent,
                                        _body_of_membership, _companions, _coordinated, _for_clauses, _for_or_against,
                                        _honoured, _is_participle_modifier, _is_passive, _is_sum, _joined, _main_verb,
                                        _people_group, _place_inside, _plural_antecedent, _pos, _recipient, _setting,
                                        _titled_person_after_demonym, _topic, _venues, _what_it_is_called, held_call)
from kgraph.nlp.arguments.paths import mandative_clauses, path_heads, reported_speaker
from kgraph.nlp.arguments.slots import CONTAINER_NOUNS, slot_tokens
from kgraph.nlp.arguments.topics import ABSTRACT_NOUNS, list_topic, purpose_object, topic_text
from kgraph.nlp.events.lexicon import Trigger
from kgraph.nlp.segments import Segment
from kgraph.nlp.syntax import (MEETING_NOUNS, STANCE_VERBS, TIME_PREPOSITIONS, in_stance_phrase, prep_objects,
                               to_infinitive)
from kgraph.nlp.wordlists import pairs, words
from kgraph.vocabulary import RELATIONS

__all__ = ["SentenceRules"]

INSTITUTION_NOUNS = GOVERNMENT_BODY_NOUNS | words("institution_nouns")
# what a state owns or is made of, which stands for the state when it is struck or sanctioned: "fired at Philippine
# boats", "measures against Iranian entities", "sanctions on six companies in Iran and China"
TARGET_NOUNS = words("target_nouns")
TARGETED_RELATIONS = {"sanctions", "attacks"}
# verbs whose object is asked to do the deed of the "to" clause: "urged Sudan to agree on a truce"
OBJECT_CONTROL_VERBS = words("object_control_verbs")
DEMAND_NOUNS = words("demand_nouns")
PARTY_WORDS = words("party_words")
WRAPPER_NOUNS = words("wrapper_nouns")
STATE_ATTRIBUTE_NOUNS = words("state_attribute_nouns")
VOICING_VERBS = words("voicing_verbs")  # "reaffirmed India's support": the speaker voices the stance
# who blocks a deed does not do it: "Hungary vetoed a package of aid for Kyiv" (but "cancelled the visit in
# protest" protests)
BLOCKING_VERBS = words("blocking_verbs")
# verbs that credit or reproach someone for a deed they take as done: "thanked Kenya for hosting the talks"
# ("accused Chad of backing the rebels" only alleges the deed)
CREDITING_VERBS = words("crediting_verbs")
# texts issued or adopted in someone's name, whose "-ing" clause tells what they do: "a resolution calling for"
DOCUMENT_NOUNS = words("document_nouns")
# nouns of a strike told before, whose condemnation blames who struck: "condemned the attack"
ATTACK_NOUNS = words("attack_nouns")
UNNAMED_ATTACKER_NOUNS = words("unnamed_attacker_nouns")
# a member's standing in a body, whose suspension sanctions the member: "suspended the participation of Niger"
STANDING_NOUNS = words("standing_nouns")
# verbs of helping others' talks along: "play a role in promoting peace talks" (the talks are not the helper's)
FACILITATING_VERBS = words("facilitating_verbs")
# verbs whose object does the deed they help with: "supports France in hosting the conference"
HELPING_VERBS = words("helping_verbs")
PRESS_WORDS = words("press_words")  # a press conference or news briefing is no diplomatic meeting
STANCE_RELATIONS = {"supports", "criticizes", "rejects"}
RECEIVING_VERBS = words("receiving_verbs")
CHANCE_NOUNS = words("chance_nouns")  # "would welcome the opportunity to host": the welcomer would host
GATHERING_VERBS = RECEIVING_VERBS | words("gathering_verbs")
BLAME_RELATIONS = {"criticizes"}
# "the visit of President X to Y", "a meeting of the foreign ministers", "the support of the United States for Y"
OF_ACTOR_RELATIONS = {"visits", "meets_with", "supports"}
PARTY_TYPES = ("country", "organisation", "group", "person")
#: People a state sends, who stand for the state named after "from": "officials from Ecuador".
SENT_FROM_NOUNS = words("sent_from_nouns")
EXCHANGED_LIGHT_NOUNS = words("exchanged_light_nouns")  # "exchanged views": the talk itself
ARRIVAL_WORDS = words("arrival_words")  # "is due in Lima for talks"
AID_NOUNS = words("aid_nouns")
#: Nouns that refer back to a deed told before, with the relations of the deeds they may name ("the decision").
TOLD_DEED_NOUNS = {noun: frozenset(kinds.split(";")) for noun, kinds in pairs("told_deed_nouns").items()}


def _described_party(noun) -> list:
    """The party a noun phrase set beside it describes: its head where it is in apposition ("Hungary, a member of
    the EU"), or the other subject of its verb where the parser took it for a second one ("Ghana and Togo, both
    members of ECOWAS, signed")."""
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return [noun.head]
    if noun.dep_ == "nsubj":
        return [c for c in noun.head.children if c.dep_ == "nsubj" and c.i < noun.i and c.pos_ == "PROPN"]
    return []


def _doer_of_participle(subject):
    """The name a participle subject hangs on, where the parser took "The Red Cross operating in Iraq said" for
    a clause of its own: the Red Cross, not "operating"."""
    if subject.tag_ == "VBG" and subject.dep_ == "nsubj":
        named = [c for c in subject.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
        if named:
            return named[0]
    return subject


def _doer_named(noun) -> bool:
    """Whether a nominal event names who does it by "by", or a demand by "from" ("demands from the rebels"), so
    that the subject of the verb it hangs on is not its doer."""
    preps = ("by", "from") if noun.lemma_.lower() in DEMAND_NOUNS else ("by",)
    return bool(prep_objects(noun, *preps))


def _unnamed_attackers(tok) -> list[tuple[Actor, float]]:
    """Armed people left unnamed, as a group actor for the attack they make ("Gunmen", "suspected jihadists",
    "Islamist militants"), when no state or body is named beside them; else nothing."""
    if tok.pos_ != "NOUN" or not {tok.lemma_.lower(), tok.lower_} & UNNAMED_ATTACKER_NOUNS:
        return []
    if any(c.ent_type_ or c.dep_ == "poss" for c in tok.children) or prep_objects(tok, "of", "from"):
        return []  # "Houthi rebels", "fighters of the group": named, read by the names
    words = [t.text if t.ent_type_ else t.lower_ for t in tok.subtree
             if t.i <= tok.i and t.dep_ in ("amod", "compound") or t.i == tok.i]
    text = " ".join(words)
    return [(Actor(id=f"group:{slugify(text)}", name=text, type="group"), 0.6)]


class SentenceRules:
    """Applies the lexicon to one sentence of one article.

    ``deeds_told`` are the hostile deeds the sentences before told, (word, who did it, relation), for "condemned
    the attack" or "called the decision a provocation" (see :meth:`doer`): the candidate loop returns each
    sentence's, and the caller passes them on.
    """

    def __init__(self, ctx: ArticleActors, segment: Segment,
                 deeds_told: list[tuple[str, tuple[Actor, ...], str]]) -> None:
        self.ctx = ctx
        self.segment = segment
        self.deeds_told = deeds_told

    # ---- actors -------------------------------------------------------------------------
    def refs(self, heads) -> tuple[list[Actor], float]:
        actors: list[Actor] = []
        seen: set[str] = set()
        certainty = 1.0
        for head in heads:
            for tok in _coordinated(head):
                tok = _titled_person_after_demonym(tok)
                ref = self._named_in_apposition(tok) if tok.pos_ == "NOUN" else Reference(())
                ref = ref if ref.actors else self.actor_ref(tok)  # "NATO allies Norway and Denmark": the parties
                # named beside a common noun, not the body it names
                for actor in ref.actors:
                    if actor.id not in seen:
                        seen.add(actor.id)
                        actors.append(actor)
                if ref.actors:
                    certainty = min(certainty, ref.certainty)
        return actors, certainty

    def _named_in_apposition(self, noun) -> Reference:
        """The parties an apposition names beside a common noun: "NATO allies Norway and Denmark", "the two
        neighbours, Chad and Niger"."""
        named = [a for c in noun.children if c.dep_ == "appos" for t in _coordinated(c)
                 for a in self.actor_ref(t).actors]
        named = self._listed_as_included(noun) or named
        if any(a.type == "person" for a in named):  # "ministers, among them Norway's X": the people, not their
            named = [a for a in named if a.type == "person"]  # states told as whose they are
        return Reference(tuple(dict.fromkeys(named)), 0.8) if named else Reference(())

    def _listed_as_included(self, noun) -> list[Actor]:
        """The parties a plural noun is said to include, read from the text as the parser often breaks such
        lists: "foreign ministers of the EU, among them France's X and Poland's Y, met ..."."""
        doc, sent_end = noun.doc, noun.sent.end
        # the comma right after the noun's own phrase ("ministers of the EU ,"), not one further on
        i = max([noun.i] + [c.right_edge.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]) + 1
        if noun.tag_ not in ("NNS", "NNPS") or i + 2 >= sent_end or doc[i].text != ",":
            return []
        opener = doc[i + 1].lower_
        if not (opener == "including" or (opener == "among" and doc[i + 2].lower_ == "them")):
            return []
        found: list[Actor] = []
        for tok in doc[i + 2: sent_end]:
            if tok.text in (",", ";", ")") or tok.pos_ in ("VERB", "AUX"):
                break
            if tok.ent_id_ or tok.ent_type_ == "PERSON":
                found += [a for a in self.actor_ref(tok).actors if a not in found]
        return found

    def actor_ref(self, tok) -> Reference:
        """The actors a head names, else the state behind an institution it names, else a party told
        without a known name (``parties``)."""
        ref = self.ctx.resolve(tok, self.segment)
        if not ref.actors:
            ref = self._institution(tok)
        if not ref.actors:  # "The International Labor Office (ILO)": a name the gazetteer spells otherwise, and
            ref = self._bracketed_short_name(tok)  # the short name it is known by
        if not ref.actors and tok.pos_ == "PRON":
            speaker = reported_speaker(tok)  # "the rebel group said they would ...": the speaker, however named
            found = self.actor_ref(speaker) if speaker is not None else ref
            ref = Reference(found.actors, found.certainty * 0.9)
        if not ref.actors and tok.pos_ == "PRON" and tok.lower_ in ("him", "her", "them"):
            ref = self._envoy_before(tok)  # "expelled a Russian diplomat, accusing him of spying": Russia
        return ref if ref.actors else self._unnamed_party(tok)

    def _envoy_before(self, pronoun) -> Reference:
        """The state of an unnamed envoy told earlier in the sentence, for a pronoun that refers back to them."""
        for noun in reversed([t for t in pronoun.sent if t.i < pronoun.i and t.lemma_.lower() in ENVOY_NOUNS]):
            found = self._unnamed_party(noun)
            if found.actors:
                return Reference(found.actors, found.certainty * 0.8)
        return Reference(())

    def _bracketed_short_name(self, tok) -> Reference:
        """The state or body a name's bracketed short form names ("... Office (ILO)"), or nothing."""
        for short in (c for c in tok.children if c.dep_ == "appos" and c.i > 0 and tok.doc[c.i - 1].text == "("):
            ref = self.ctx.resolve(short, self.segment)
            if ref.actors and ref.actors[0].type in ("organisation", "country"):
                return Reference(ref.actors[:1], ref.certainty * 0.9)
        return Reference(())

    def _unnamed_party(self, tok) -> Reference:
        """"The Palestinians", "security forces in Chile", "Greenpeace": see ``kgraph.nlp.actors.parties``."""
        found = unnamed_party(tok, lambda t: self.ctx.resolve(t, self.segment).actors, self.ctx.gaz)
        return Reference(found[0], found[1]) if found else Reference(())

    def _institution(self, tok) -> Reference:
        """"The Turkish Foreign Ministry", "Ghana's presidency": the state behind an institution."""
        sent_from = tok.lemma_.lower() in SENT_FROM_NOUNS and bool(prep_objects(tok, "from"))  # "envoys from A,
        if tok.lemma_.lower() not in INSTITUTION_NOUNS and tok.lower_ not in INSTITUTION_NOUNS and not sent_from:
            return Reference(())  # B and C": every state
        candidates = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        candidates += prep_objects(tok, "of")
        if tok.lemma_.lower() in SENT_FROM_NOUNS:  # "officials from Ecuador", as "officials of Ecuador"
            candidates += prep_objects(tok, "from")
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

    def present_subject(self, verb) -> tuple[list[Actor], float]:
        """Who is said to be somewhere: the subject, or the one expected ("X is expected in Lima")."""
        if verb.lower_ in ARRIVAL_WORDS and _is_passive(verb):
            return self.refs([c for c in verb.children if c.dep_ == "nsubjpass"])
        return self.verb_subject(verb)

    def verb_subject(self, verb, depth: int = 0) -> tuple[list[Actor], float]:
        if depth > 4:
            return [], 0.0
        if _is_passive(verb):
            agents = _agents(verb)
            if agents:
                return self.refs(agents)
        subjects = [_honoured(_doer_of_participle(c)) for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            subjects = _antecedent(subjects, verb)
            return self.refs(subjects + [p for holder in (verb, *subjects) for p in _companions(holder)])
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp") and verb.head.i != verb.i:
            above = self._subject_above(verb, depth)
            if above is not None:
                return above
        if verb.dep_ in ("acl", "relcl") and to_infinitive(verb):
            # "Canada is in a position to provide", "took the decision to send": the holder of the noun
            noun = verb.head
            owners = [c for c in noun.children if c.dep_ == "poss"] or prep_objects(noun, "of", "by", "from")
            if owners and noun.pos_ == "NOUN":  # "approved Sweden's bid to join NATO": Sweden would join; "the
                # right of Russian troops to fire": the troops would fire
                return self.refs(owners)
            governor = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "attr") else None
            if governor is not None and governor.pos_ in ("VERB", "AUX") and governor.i != verb.i \
                    and (governor.lemma_.lower() not in STANCE_VERBS or noun.lemma_.lower() in CHANCE_NOUNS):
                # who discussed "efforts to push" did not push; who "would welcome the chance to host" would host
                return self.verb_subject(governor, depth + 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in DOCUMENT_NOUNS:
            return self._issuer(verb.head, depth)  # "adopted a resolution calling for a truce": the adopter calls
        if verb.dep_ == "relcl":
            return self.refs([verb.head])
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("PROPN", "NOUN"):
            return self.refs([verb.head])  # "Ruto, speaking in Addis Ababa after signing ...": Ruto speaks
        if _is_participle_modifier(verb):
            # "the summit hosted by France", "Iran-backed militias": the agent or the name before the hyphen
            agents = _agents(verb)
            agents = agents or [c for c in verb.children if c.dep_ in ("npadvmod", "compound", "nmod", "amod")
                                and c.i < verb.i]
            return self.refs(agents) if agents else ([], 0.0)
        return [], 0.0

    def _subject_above(self, verb, depth: int) -> tuple[list[Actor], float] | None:
        """The subject a clause with none of its own takes from the word it hangs on ("Kenya wants to help",
        "Sisi invited Erdogan to attend", "thanked Kenya for hosting"); ([], 0.0) where the deed is only asked
        or called for; None where the word above gives none."""
        head = verb.head
        raised = [c for c in head.children if c.dep_ == "nsubjpass"] if verb.dep_ == "xcomp" else []
        if raised and not any(c.dep_ == "agent" for c in head.children):
            return self.refs(_antecedent(raised, head))  # "Sheinbaum is expected to travel"
        if verb.dep_ in ("xcomp", "advcl") and to_infinitive(verb) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS and not held_call(c) for c in head.children):
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
        return None

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
        received = noun.lemma_.lower() in MEETING_NOUNS  # "took a call from X": X made it, and the receiver met X
        actor_preps = ("between", "by", "among") + (() if received else ("from",)) \
            + (("of",) if of_is_actor else ())  # (a call received is read apart); "a request from X": X's
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
        if _doer_named(noun):
            return [], 0.0  # "accepted demands from the rebels", "a raid by gunmen": a doer is told, not a party
        return self._governing_actors(noun)

    def _governing_actors(self, noun) -> tuple[list[Actor], float]:
        """Who acts in a nominal event that names no actor of its own: the subject of the verb or phrase it hangs
        on ("held talks with", "reached an agreement on", "Estonia, as a member of", "after a meeting with")."""
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in CONTAINER_NOUNS:  # "announced an aid package"
            noun = noun.head
        head = noun.head
        described = _described_party(noun)
        if described:  # "Ghana and Togo, both members of ECOWAS, signed ...": the parties it describes
            actors, cert = self.refs(described)
            if actors:
                return actors, cert * 0.9
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
            travels = governor.pos_ == "VERB" and governor.lemma_.lower() in GATHERING_VERBS
            present = (governor.lemma_ == "be" or governor.lower_ in ARRIVAL_WORDS) and bool(
                _venues(governor) or [v for c in governor.children if c.dep_ == "acomp" and c.lower_ in ARRIVAL_WORDS
                                      for v in _venues(c)])  # "is due in Lima on Monday for talks": "in" on "due"
            if head.lower_ == "for" and noun.lemma_.lower() in MEETING_NOUNS and (travels or present):
                # "hosted Y for talks on Z", "travelled to Kyiv for talks with X", "will be in Lima for talks with X":
                # host, guest and partner talk
                actors, cert = self.present_subject(governor)
                receives = travels and governor.lemma_.lower() in RECEIVING_VERBS
                guests = [c for c in governor.children if c.dep_ == "dobj"] if receives else []
                more, _ = self.refs(guests + prep_objects(noun, "with"))
                return _joined(actors, more), cert * 0.8
            if noun.lemma_.lower() in ATTACK_NOUNS and _is_passive(governor):
                return [], 0.0  # "eight people were killed in the raids, Kabul said": who raided is not told
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

    def sides_of_meeting(self, meeting) -> list[tuple[str, str]]:
        """In a meeting named by two states ("A held the Japan-Philippines Ministerial Meeting with B"), people
        of no known country on one side serve the named state that the other side's people do not: (person id,
        state id) for each, for the actor stage to take in (``ArticleActors.affiliate``)."""
        states = self.refs([w for w in meeting.subtree if w.i < meeting.i and w.ent_id_.startswith("country:")])[0]
        states = list({a.id: a for a in states}.values())
        if len(states) != 2:
            return []
        hosts = self.verb_subject(meeting.head)[0]
        guests = self.refs(prep_objects(meeting.head, "with") + prep_objects(meeting, "with"))[0]
        if not hosts or not guests or not all(a.type == "person" for a in hosts + guests):
            return []
        named = {s.id for s in states}
        for side, other in ((hosts, guests), (guests, hosts)):
            theirs = {self.ctx.people[a.id].affiliation if a.id in self.ctx.people else a.affiliation
                      for a in other} - {""}
            if len(theirs) != 1 or not theirs < named:
                continue
            found = []
            for people, state in ((side, (named - theirs).pop()), (other, next(iter(theirs)))):
                for person in people:
                    known = self.ctx.people.get(person.id)
                    if known is not None and not known.affiliation:
                        found.append((person.id, state))
            return found
        return []

    def trigger_actors(self, trigger, entry: Trigger) -> tuple[list[Actor], float]:
        if entry.actor_slots:
            heads = slot_tokens(trigger, entry.actor_slots)
            return self.refs(heads) if heads else ([], 0.0)
        if _pos(trigger) == "VERB":
            if _is_passive(trigger) and not any(c.dep_ == "agent" for c in trigger.children) \
                    and entry.relation not in ("discusses", "agrees_on"):
                return [], 0.0  # "was blocked" says nothing of who blocked it
            actors, certainty = self.verb_subject(trigger)
            if not actors and entry.relation == "attacks":  # "Chinese coast guard vessels fired at ..."
                subjects = [s for s in trigger.children if s.dep_ == "nsubj"]
                found = [f for s in subjects for f in self.state_behind(s)]
                # "Russian shelling killed ...", "an airstrike by Israel wounded ...": who made the attack
                found = found or [f for s in subjects if s.lemma_.lower() in ATTACK_NOUNS for f in self.doer(s)]
                found = found or [f for s in subjects for f in _unnamed_attackers(s)]  # "Gunmen killed ..."
                return [a for a, _ in found], min((c for _, c in found), default=0.0)
            return actors, certainty
        in_phrase = trigger.dep_ == "pobj" and trigger.head.lower_ == "in"  # "in support of X": X is supported
        actors, certainty = self.noun_actors(trigger, of_is_actor="of" not in entry.slots and not in_phrase
                                             and entry.relation in OF_ACTOR_RELATIONS,
                                             poss_is_object="poss" in entry.slots)
        return self._speaker_for_state(trigger, actors, certainty)

    def _speaker_for_state(self, noun, actors: list[Actor], certainty: float) -> tuple[list[Actor], float]:
        """A stance a person voices in the name of their state is theirs: "Jaishankar reaffirmed India's support
        for the Maldives" (Jaishankar supports the Maldives), as the text names a person doing it."""
        if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or not actors \
                or not any(c.dep_ == "poss" for c in noun.children) or noun.head.lemma_.lower() not in VOICING_VERBS:
            return actors, certainty
        speakers, speaker_certainty = self.verb_subject(noun.head)
        states = {a.id for a in actors}
        if speakers and all(p.type == "person" and p.affiliation in states for p in speakers):
            return speakers, min(certainty, speaker_certainty)
        return actors, certainty

    # ---- objects -------------------------------------------------------------------------

    def objects(self, trigger, entry: Trigger) -> tuple[list[tuple[Actor, float]], str]:
        if entry.slots == ("doer",):  # "paid a courtesy call on X": X received the one who paid it
            actors, certainty = self.noun_actors(trigger)
            return [(a, certainty) for a in actors], ""
        heads = slot_tokens(trigger, entry.slots)
        if entry.relation == "attacks" and trigger.pos_ == "NOUN":  # "an offensive in Nagorno-Karabakh" (a named
            heads = [h for h in heads if not (h.head.lower_ == "in" and h.pos_ != "PROPN")]  # place; not "in the east")
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
            states = self._state_of_attribute(head) if entry.object_kind in ("any", "actor") else []
            if states:  # "support for the security and stability of Iraq": Iraq
                out.extend(states)
                continue
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
                    # "imposed sanctions on Russian banks", "the X air base in Qatar"; what is struck, whatever it
                    # is, belongs to the state named on it ("killing two Chinese engineers", "hit a Greek tanker")
                    doer = self.state_behind(tok, any_noun=entry.relation == "attacks")
                if entry.relation == "provides_aid_to" and tok.pos_ == "NOUN" and not self.actor_ref(tok).actors:
                    # "will fund extra French police patrols": the project is of a state, which the aid goes to
                    doer = [(a, c) for a, c in self._owners_found(
                        [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i], False)
                        if a.type == "country"]
                # "Iran-backed militias" supports "militias": the trigger is no part of its own object
                skip = trigger if _is_participle_modifier(trigger) and trigger.head.i == tok.i else None
                kind = "actor" if entry.object_kind == "organisation" else entry.object_kind
                out.extend(doer or self._object(tok, kind, skip))
        if entry.object_kind == "organisation":  # "left the bloc" (not "left Kyiv")
            out = [(a, c) for a, c in out if a.type == "organisation"]
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

    def state_behind(self, tok, any_noun: bool = False) -> list[tuple[Actor, float]]:
        """The states whose firms, people or things a word names ("Iranian entities", "Philippine boats",
        "companies in Iran and China"), or nothing; only for the nouns of ``data/words/target_nouns.txt`` unless
        ``any_noun``."""
        if not any_noun and tok.lemma_.lower() not in TARGET_NOUNS and tok.lower_ not in TARGET_NOUNS:
            return []
        if tok.pos_ not in ("NOUN", "PROPN"):
            return []
        owners = [c for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod")]
        owners += [o for c in owners if c.dep_ == "compound" for o in c.children if o.dep_ in ("amod", "compound")]
        owners += prep_objects(tok, "in", "inside", "from")
        for owned in prep_objects(tok, "of"):  # "imports of U.S. goods", "officers of Russia's GRU"
            owners += [owned, *(c for c in owned.children if c.dep_ in ("poss", "amod", "compound", "nmod"))]
        found = self._owners_found(owners, any_noun)
        if not found and tok.dep_ == "dobj":  # the parser hangs "in Armenia" on the verb
            found = self._owners_found(prep_objects(tok.head, "in", "inside"), any_noun)
        return found

    def _owners_found(self, owners: list, any_noun: bool) -> list[tuple[Actor, float]]:
        """The states, bodies or groups (or, for what is struck, cities) that words beside a thing name."""
        found: list[tuple[Actor, float]] = []
        for owner in owners:
            for part in (owner, *owner.conjuncts):
                ref = self.ctx.resolve(part, self.segment)
                found += [(a, ref.certainty * 0.9) for a in ref.actors[:1]
                          if a.type in ("country", "organisation", "group")]
                states = [] if ref.actors else city_state(part, self.ctx.gaz)
                if states:  # "a mosque in El Fasher": the city struck (a measure on a city's firms: its state)
                    place = self.ctx.place(part) if any_noun else None
                    found += [(place, 0.8)] if place is not None else [(a, 0.8) for a in states]
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
        heads += [g for c in tok.children if c.dep_ == "compound" and not c.ent_id_ for g in c.children
                  if g.dep_ in ("amod", "compound", "nmod") and g.ent_id_ and not _for_or_against(g)]  # "Turkish
        # drone strikes": the name before the noun that classifies the deed
        heads += prep_objects(tok, "by")
        heads += [a for c in tok.children if c.dep_ == "acl" for a in _agents(c)]  # "statements made by X"
        found = []
        for head in heads:
            ref = self.actor_ref(head)
            found += [(a, ref.certainty * 0.9) for a in ref.actors if a.type in ("country", "organisation", "person")]
        lemma = tok.lemma_.lower()
        kinds = {"attacks"} if lemma in ATTACK_NOUNS else TOLD_DEED_NOUNS.get(lemma, TOLD_DEED_NOUNS.get(tok.lower_))
        own_content = any(r.dep_ in ("prep", "acl", "relcl", "appos") and r.lower_ != "as"  # "the attack on X"
                          for r in tok.rights)  # (not "called the measures as unfair")
        if not found and kinds and not heads and not own_content \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in tok.children):
            # "Russian drones struck Kyiv. Germany condemned the attack": who struck, told by the same word
            # if it was ("its drone attack ... Israel's strike ... condemned the attack": its), else last;
            # "Estonia expelled a Russian diplomat. Moscow called the decision a provocation": Estonia
            told = [(word, actors) for word, actors, relation in self.deeds_told if relation in kinds]
            same = [actors for word, actors in told if word == lemma]
            found = [(a, 0.6) for a in (same[-1] if same else told[-1][1] if told else ())]
        return found

    def asked_deed(self, trigger) -> list[tuple[Actor, float]]:
        """What a demand asks, as a topic: its that-clause of what should be done ("demanded that its partners
        refuse to recognise the republic"), else its "to" clause ("pressed China to lift its ban", "called for
        Togo to reopen the crossing")."""
        clauses = mandative_clauses(trigger) or [
            c for c in trigger.children if c.dep_ in ("xcomp", "advcl", "ccomp") and c.pos_ in ("VERB", "AUX")
            and to_infinitive(c)]
        text = topic_text(clauses[0], clause=True, namer=self.person_name, deed=True) if clauses else ""
        return [(_topic(text), 0.7)] if text else []

    def _deed_topic(self, deeds: list) -> list[tuple[Actor, float]]:
        """The first deed of a clause as a topic ("resuming talks"), or nothing."""
        text = topic_text(deeds[0], clause=True, namer=self.person_name) if deeds else ""
        return [(_topic(text), 0.8)] if text else []

    def _state_of_attribute(self, tok) -> list[tuple[Actor, float]]:
        """The state whose security, sovereignty or integrity a phrase names ("the security and stability of
        Iraq", "Kazakhstan's sovereignty"), or nothing."""
        if tok.lemma_.lower() not in STATE_ATTRIBUTE_NOUNS:
            return []
        owners = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, "of")
        owners += [o for c in tok.conjuncts for o in prep_objects(c, "of")]  # "the security and stability of X"
        found = [(a, 0.8) for o in owners for a in self.actor_ref(o).actors[:1] if a.type == "country"]
        return list({a.id: (a, c) for a, c in found}.values())

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
                if not inner and tok.dep_ == "dobj":  # "shared their views on X": the parser hangs "on" on the verb
                    inner = prep_objects(tok.head, "on", "about", "over")
                if inner and inner[0].conjuncts:  # "the matter of the railway link, visas and ...": each
                    return [found for part in (inner[0], *inner[0].conjuncts)
                            for found in self._object(part, kind, skip)]
                if inner:
                    tok = inner[0]
                    continue
                if tok.lower_ in EXCHANGED_LIGHT_NOUNS:  # "exchanged views over lunch": the talk, no matter named
                    return []
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
        if kind == "topic" and (tok.ent_type_ == "PERSON" or self.ctx.is_title(tok) or any(
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
