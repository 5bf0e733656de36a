"""Whom pronouns stand for: "he", "she", "it", "its", "their", "they", "we" in a statement, "him" after an
envoy, told by the clause around them and the article before them ("Kenya said it would ...": Kenya; "thanked
Algeria for its support": Algeria's; "He met ...": the person the sentence before was about).

:class:`ArticlePronouns` is mixed into :class:`~kgraph.nlp.actors.mentions.ArticleActors`, whose ``resolve``
asks it for a pronoun's reading (``_resolve_pronoun``) and whose tables (the timeline of actors named, the
article's people and groups) it reads.

>>> "they" in PLURAL_PRONOUNS and "he" in PERSON_PRONOUNS
True
"""

from __future__ import annotations

import bisect
from functools import cached_property

from kgraph.nlp.actors.gazetteer import Actor
from kgraph.nlp.actors.groups import Reference
from kgraph.nlp.segments import Segment
from kgraph.nlp.syntax import prep_objects
from kgraph.nlp.wordlists import words

__all__ = ["ArticlePronouns", "PERSON_PRONOUNS", "PLURAL_PRONOUNS", "REPORTING_LEMMAS", "GOVERNMENT_BODY_NOUNS"]

PERSON_PRONOUNS = words("person_pronouns")
SPEAKER_PRONOUNS = words("speaker_pronouns")
GROUP_PRONOUNS = words("group_pronouns")
STATEMENT_NOUNS = words("statement_nouns")
# a state's bodies that speak for it: "South Africa's foreign ministry said it had summoned ..."
GOVERNMENT_BODY_NOUNS = words("government_body_nouns")
PLURAL_PRONOUNS = words("plural_pronouns")
CREDITING_VERBS = words("crediting_verbs")  # "thanked Algeria for its support": its is Algeria's
MEASURE_NOUNS = words("measure_nouns")  # "measures against Iran over its ...": its is Iran's
# verbs of saying: their subject speaks the quotes of a paragraph, and a date on them dates the saying
REPORTING_LEMMAS = words("reporting_lemmas")
PARTY_OBJECT_VERBS = words("party_object_verbs")


class ArticlePronouns:
    """Pronoun readings of one article (a mixin of ``ArticleActors``)."""

    def _clause_owner(self, tok, segment: Segment) -> Reference:
        """Whom "its" or "their" stands for: the subject of the nearest clause above it that has one of its
        own ("Kenya welcomed its policy", "Kenya and Uganda renewed their pledge")."""
        for verb in tok.ancestors:
            judged = self._judged_party(verb, tok, segment)
            if judged is not None:  # "thanked Algeria for its support": Algeria's
                return judged
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not (c.left_edge.i <= tok.i <= c.right_edge.i)]
            if verb.pos_ not in ("VERB", "AUX") or not subjects:
                continue
            if subjects[0].pos_ == "PRON":
                return Reference(())
            actors = [a for t in [subjects[0], *subjects[0].conjuncts] for a in self.resolve(t, segment).actors]
            if tok.lower_ == "its":
                actors = actors[:1] if len(actors) == 1 and actors[0].type in ("country", "organisation") else []
            elif len(actors) < 2:
                actors = []
            return Reference(tuple(actors), 0.7)
        return Reference(())

    def _judged_party(self, verb, tok, segment: Segment) -> Reference | None:
        """The party a verb thanks, praises or blames "for" a deed of "its" own: "thanked Algeria for its
        support", "blamed Russia for its strikes" (its: the party judged, not the one who judges)."""
        if verb.pos_ != "VERB":
            return None
        phrase = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "over")
                       and c.left_edge.i <= tok.i <= c.right_edge.i), None)
        judged = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.lemma_.lower() not in CREDITING_VERBS:  # "prepared sanctions against Iran over its attack": Iran's
            judged = [t for o in judged if o.lemma_.lower() in MEASURE_NOUNS for t in prep_objects(o, "against", "on")]
        if phrase is None or not judged:
            return None
        actors = self.resolve(judged[0], segment).actors
        return Reference(actors[:1], 0.7) if len(actors) == 1 and actors[0].type in ("country", "organisation") \
            else None

    def _resolve_pronoun(self, lower: str, pos, segment: Segment, tok) -> Reference:
        if lower in ("its", "their") and tok.dep_ == "poss":
            owner = self._clause_owner(tok, segment)
            if owner.actors:
                return owner
        if lower == "it" and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl":
            state = self._state_subject_above(tok.head.head, segment)
            if state is not None:  # "broke off ties with Israel, which it accused of ...": the one who broke
                return Reference((state,), 0.6)
        if lower == "it" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "advcl":
            named = self._party_named_above(tok, segment)
            if named is not None:  # "... countermeasures against Finland after it joined NATO": Finland
                return Reference((named,), 0.6)
        party_object = lower == "it" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in PARTY_OBJECT_VERBS
        if lower in ("it", "its") and not party_object:  # "Canada said it will provide aid": the state that said
            for clause in tok.ancestors:  # it (not "said they were quitting the bloc, accusing it of ...")
                if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_LEMMAS:
                    speech = clause.head  # "The G7 condemned X and said it would ...": the subject of both
                    while speech.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in speech.children):
                        speech = speech.head
                    for subj in (c for c in speech.children if c.dep_ == "nsubj"):
                        ref = self.resolve(subj, segment) if subj.pos_ != "PRON" else Reference(())
                        if not ref.actors and subj.lemma_.lower() in GOVERNMENT_BODY_NOUNS:  # "the ministry said
                            ref = next((r for c in subj.children if c.dep_ in ("poss", "amod", "compound")  # it"
                                        for r in [self.resolve(c, segment)] if r.actors), ref)
                        if ref.actors and ref.actors[0].type in ("country", "organisation"):
                            return Reference(ref.actors[:1], 0.8)
                    break
        if party_object:
            state = self._last(pos, {"country", "organisation"}, exclude=self._own_subjects(tok.head, segment))
            return Reference((state,), 0.6) if state else Reference(())  # "..., accusing it of ...": a party
        if lower in PERSON_PRONOUNS:
            if tok.dep_ in ("nsubj", "nsubjpass"):
                person = self._subject_pronoun(tok, segment)
            else:  # "Trudeau welcomed him": not the subject of its own clause
                own = {a.id for s in tok.head.children if s.dep_ in ("nsubj", "nsubjpass") and s.pos_ != "PRON"
                       for a in self.resolve(s, segment).actors} if tok.dep_ in ("dobj", "dative") else set()
                person = self._last(pos, {"person"}, exclude=own)
            return Reference((person,), 0.7) if person else Reference(())
        if lower in GROUP_PRONOUNS and not segment.in_quote(tok) and self.statement_voice is not None:
            return Reference((self.statement_voice,), 0.6)  # "we" of a statement issued by a body
        if segment.in_quote(tok) and segment.speaker:
            speaker = segment.speaker[0]
            if lower in SPEAKER_PRONOUNS:
                return Reference((speaker,), 0.7)
            if lower in GROUP_PRONOUNS:
                affiliation = self.gaz.actors.get(speaker.affiliation) if speaker.type == "person" else None
                return Reference((affiliation or speaker,), 0.6)
        if lower in PLURAL_PRONOUNS:
            group = self.last_group(pos)
            return Reference(group, 0.6) if group else Reference(())
        return Reference(())

    @cached_property
    def statement_voice(self) -> Actor | None:
        """The body that speaks as "we" outside quotes: the issuer of a statement named in the headline or
        the first sentence ("G7 Foreign Ministers' Statement on ...", "Statement by the Council of the EU"),
        else the organisation that is the subject of the first sentence ("The G7 foreign ministers condemn").
        None for an article with neither."""
        ordered = sorted(self.segments, key=lambda s: s.index)
        title = next((next(iter(s.doc.sents), None) for s in ordered if s.section == "title"), None)
        first = next((next(iter(s.doc.sents), None) for s in ordered if s.section == "body"), None)
        for sent in (s for s in (title, first) if s is not None):
            for noun in (t for t in sent if t.lemma_.lower() in STATEMENT_NOUNS):
                issuers = [t for t in noun.subtree if t.i < noun.i] + [
                    t for p in prep_objects(noun, "by", "of") for t in p.subtree]
                for tok in issuers:
                    actor = self._gazetteer_actor(tok) if tok.ent_id_ else None
                    if actor is not None and actor.type == "organisation":
                        return actor
        if first is not None:
            for subject in (c for c in first.root.children if c.dep_ == "nsubj"):
                mods = [t for t in subject.subtree if t.ent_id_]
                actor = self._gazetteer_actor(mods[0]) if mods else None
                if actor is not None and actor.type == "organisation":
                    return actor
        return None

    def _named_since(self, person: Actor, pos: tuple[int, int], start: int) -> bool:
        """Whether ``person`` was mentioned in the sentence of ``pos`` before it (from token ``start``)."""
        i = bisect.bisect_left(self._keys, pos)
        return any(key >= (pos[0], start) and actor.id == person.id for key, actor in self._timeline[:i])

    def _own_subjects(self, verb, segment: Segment) -> set[str]:
        """The actors the subject of a verb's clause names, climbing from a participle or conjoined verb to the
        verb whose subject it shares ("Ghana shut ..., accusing it": Ghana)."""
        found: set[str] = set()
        for _ in range(3):
            subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")
                        and (s.pos_ != "PRON" or s.lower_ in PLURAL_PRONOUNS)]  # ("they were quitting the bloc,
            subjects += [c for s in subjects for c in s.conjuncts]  # accusing it": those they stand for)
            found |= {a.id for s in subjects for a in self.resolve(s, segment).actors}
            if subjects and verb.dep_ != "ccomp":
                break
            if verb.dep_ not in ("advcl", "conj", "xcomp", "ccomp") or verb.head.i == verb.i:
                break  # (a reported clause's subject is the reporter's side too: "A and B said they ...")
            verb = verb.head
        return found

    def _subject_pronoun(self, tok, segment: Segment, depth: int = 0) -> Actor | None:
        """Whom "he" or "she" as a subject stands for: the last person named before it in its own sentence,
        else the person the sentence before was about (see :meth:`_previous_subject`), else the last
        person named."""
        pos = (segment.index, tok.i)
        person = self._last(pos, {"person"})
        if person and tok.head.dep_ == "relcl" and person.id in self._ids(tok.head.head, segment):
            # "received by King Abdullah, with whom he discussed ...": he is not the one the clause is about
            return self._subject_of_main_clause(tok.head.head, segment, depth) \
                or self._last(pos, {"person"}, exclude={person.id})
        if person and self._named_since(person, pos, tok.sent.start):
            return person
        official = self._official_above(tok, segment)
        if official is not None:  # "The Chilean foreign minister flew to Lima, where he met ...": Chile
            return official
        return self._previous_subject(tok, segment, depth) or person

    def _state_subject_above(self, noun, segment: Segment) -> Actor | None:
        """The state or body that is the subject of the clause a noun hangs in, when it is not the noun's own."""
        own = self._ids(noun, segment)
        for subject in _subjects_before(noun):
            found = [a for a in self.resolve(subject, segment).actors if a.type in ("country", "organisation")]
            if found and found[0].id not in own:
                return found[0]
        return None

    def _party_named_above(self, tok, segment: Segment) -> Actor | None:
        """The state or body named last after the verb of the clause a subordinate clause hangs on, for "it" as
        that clause's subject: "would take countermeasures against Finland after it joined NATO"."""
        clause, main = tok.head, tok.head.head
        found = None
        for t in tok.doc[main.i + 1: clause.left_edge.i]:
            actors = self.resolve(t, segment).actors if t.ent_id_ else ()
            if actors and actors[0].type in ("country", "organisation"):
                found = actors[0]
        return found

    def _ids(self, tok, segment: Segment) -> set[str]:
        return {a.id for a in self.resolve(tok, segment).actors}

    def _subject_of_main_clause(self, noun, segment: Segment, depth: int) -> Actor | None:
        """The person who is the subject of the clause a noun hangs in ("He was received by X, ...": he)."""
        subjects = _subjects_before(noun)
        if not subjects or depth > 2:
            return None
        if subjects[0].lower_ in PERSON_PRONOUNS:
            return self._subject_pronoun(subjects[0], segment, depth + 1)
        found = [a for a in self.resolve(subjects[0], segment).actors if a.type == "person"]
        return found[0] if found else None

    def _official_state(self, subject, segment: Segment) -> Actor | None:
        """The state of an office holder told by title alone ("the Chilean foreign minister", "Peru's
        president"), or None for anything else."""
        if subject.pos_ not in ("NOUN", "PROPN") or subject.lemma_.lower() not in self._title_words:
            return None
        actors = self.resolve(subject, segment).actors
        return actors[0] if len(actors) == 1 and actors[0].type == "country" else None

    def _official_above(self, tok, segment: Segment) -> Actor | None:
        """For a subject pronoun in a clause that hangs on another ("..., where he met X", "... and said he
        would"), the state of an unnamed office holder who is the subject of a clause above it."""
        clause = tok.head
        while clause.dep_ != "ROOT" and clause.head.i != clause.i:
            clause = clause.head
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
            if subjects:
                return self._official_state(subjects[0], segment)
        return None

    def _previous_subject(self, tok, segment: Segment, depth: int = 0) -> Actor | None:
        """The person who is the subject of the sentence before (across a paragraph break), following
        subject pronouns back: in "Milei will travel ... hosted by his ally Abascal. Then he is scheduled
        to ...", "he" is Milei, not the last person named. None when that subject is no person."""
        doc = tok.doc
        if tok.sent.start > 0:
            prev_segment, prev = segment, doc[tok.sent.start - 1].sent
        else:
            earlier = [s for s in self.segments if s.index == segment.index - 1 and s.section == segment.section]
            if not earlier or not len(earlier[0].doc):
                return None
            prev_segment, prev = earlier[0], list(earlier[0].doc.sents)[-1]
        clause = prev.root
        if clause.lemma_.lower() in REPORTING_LEMMAS:  # "X will travel to Cairo, the ministry said. He ...": X
            clause = next((c for c in clause.children if c.dep_ == "ccomp"), clause)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return None
        subject = subjects[0]
        if subject.pos_ == "PRON":
            if subject.lower_ not in PERSON_PRONOUNS or depth >= 6:
                return None
            return self._subject_pronoun(subject, prev_segment, depth + 1)
        actors = self.resolve(subject, prev_segment).actors
        if len(actors) == 1 and actors[0].type == "person":
            return actors[0]
        return self._official_state(subject, prev_segment)  # "The Chilean foreign minister arrived ... He met"


def _subjects_before(noun) -> list:
    """The subjects, told before the noun, of the clause the noun hangs in ("He was received by X, ...": He)."""
    clause = noun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i]
