"""Who is meant: actors behind names, demonyms, capitals, titles, descriptions and pronouns.

One :class:`ArticleActors` is built per article. A first pass (:class:`~kgraph.nlp.actors.people.ArticlePeople`)
collects the people named in it with their roles ("Ukrainian Foreign Minister Dmytro Kuleba"); then a
timeline of the actors named, in order, is kept, and :meth:`ArticleActors.resolve` maps any noun-phrase head
to the actors it refers to, using what came before it: "Kuleba", "he", "the minister" and "his Lithuanian
counterpart" resolve within the article. The speaker of each paragraph's quotes is found here too.
"""

from __future__ import annotations

import bisect
import re

from kgraph.nlp.actors.gazetteer import Actor, Gazetteer, slugify
from kgraph.nlp.actors.groups import COUNT_WORDS, PERSON_GROUP_HEADS, STATE_NOUNS, ArticleGroups, Reference
from kgraph.nlp.actors.people import ArticlePeople
from kgraph.nlp.actors.pronouns import GOVERNMENT_BODY_NOUNS, REPORTING_LEMMAS, ArticlePronouns
from kgraph.nlp.actors.titles import COUNTERPART_NOUNS
from kgraph.nlp.segments import Segment
from kgraph.nlp.syntax import entity_of, prep_objects
from kgraph.nlp.wordlists import pairs, words

__all__ = ["ArticleActors", "Reference", "quote_spans", "GOVERNMENT_BODY_NOUNS", "REPORTING_LEMMAS"]

BODY_NOUNS = words("body_nouns")
GROUP_HEADS = words("group_heads")
POPULATION_NOUNS = words("population_nouns")
# words for an official of a country whatever their office: "the Angolan statesman", "his Iraqi counterpart"
ANY_OFFICIAL_NOUNS = words("any_official_nouns")
# words for an official that a demonym before them ties to the officials of that country: "the Turkish president"
OFFICIAL_NOUNS = words("official_nouns") | ANY_OFFICIAL_NOUNS
RELATIONAL_STATE_NOUNS = words("relational_state_nouns")
ARMED_GROUP_NOUNS = words("armed_group_nouns")
THEIR_PEOPLE_NOUNS = words("their_people_nouns")
MOTION_VERBS = words("motion_verbs")  # "visited Brussels", "left Brussels": the place
ACTING_PLACES = {place.lower(): f"org:{org}" for place, org in pairs("acting_places").items()}
# prepositions whose object is where something is or goes, never who acts ("in Brussels", "to Brussels")
PLACE_PREPOSITIONS = words("place_prepositions")

_QUOTES = re.compile(r"[\"“”]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside double quotes (straight or curly), paired in order.

    >>> quote_spans('He said "yes, we will" today.')
    [(8, 22)]
    """
    marks = [m.start() for m in _QUOTES.finditer(text)]
    spans = [(marks[i], marks[i + 1] + 1) for i in range(0, len(marks) - 1, 2)]
    if len(marks) % 2 and marks:  # an opening quote whose paragraph runs on
        spans.append((marks[-1], len(text)))
    return spans


class ArticleActors(ArticlePronouns, ArticleGroups, ArticlePeople):
    """Actor resolution within one article."""

    def __init__(self, gazetteer: Gazetteer, segments: list[Segment]) -> None:
        for segment in segments:
            segment.quote_spans = quote_spans(segment.text)
        super().__init__(gazetteer, segments)  # the people named and their offices (the first pass)
        self._timeline: list[tuple[tuple[int, int], Actor]] = []
        self.groups: list[tuple[tuple[int, int], tuple[Actor, ...], bool]] = []
        # parties named together ("Oman and Kuwait"), for "their ministers" or "the two" when no deed joined them
        self.coordinations: list[tuple[tuple[int, int], tuple[Actor, ...]]] = []
        self.surface_forms: dict[str, set[str]] = {}  # actor id -> names the article used for it
        for segment in segments:
            self._collect_timeline(segment)
        self._timeline.sort(key=lambda item: item[0])
        self._keys = [pos for pos, _ in self._timeline]
        for segment in segments:
            segment.speaker = self._find_speaker(segment)

    def _collect_timeline(self, segment: Segment) -> None:
        named: dict[int, Actor] = {}  # head token of each name -> its actor
        for ent in segment.doc.ents:
            actor = self._entity_actor(ent[-1] if ent[-1].text not in ("'s", "’s") else ent[0])
            if actor is not None:
                named[ent.root.i] = actor
                self._timeline.append(((segment.index, ent.start), actor))
                form = " ".join(t.text for t in ent if t.text not in ("'s", "’s", "’", "'"))
                form = form.removeprefix("the ").removeprefix("The ").strip()
                if form and form != actor.name and not ent.ent_id_.startswith("capital:"):
                    self.surface_forms.setdefault(actor.id, set()).add(form)
        for tok in segment.doc:  # surnames the NER missed ("Landsbergis arrived")
            person = self.person_by_surname(tok.text) if tok.ent_iob_ == "O" and tok.pos_ == "PROPN" else None
            if person is not None:
                self._timeline.append(((segment.index, tok.i), person))
        self._collect_coordinations(segment, named)

    def _last(self, pos: tuple[int, int], types: set[str], within: frozenset[str] | None = None,
              exclude: set[str] = frozenset(), named: str = "") -> Actor | None:
        """The last actor of these types told before ``pos`` (only those in ``within``, none in ``exclude``; with
        ``named``, only one whose name has that word: "the forum" is the Pacific Islands Forum)."""
        i = bisect.bisect_left(self._keys, pos)
        for _, actor in reversed(self._timeline[:i]):
            if actor.type in types and actor.id not in exclude and (within is None or actor.id in within) \
                    and (not named or named in actor.name.lower().split()):
                return self.people.get(actor.id, actor)
        return None

    def last_organisation(self, segment: Segment, token_index: int) -> Actor | None:
        """The organisation told last before a token: the body that bare "members" or "the bloc" belong to."""
        return self._last((segment.index, token_index), {"organisation"})

    def _entity_actor(self, tok) -> Actor | None:
        actor = self._gazetteer_actor(tok)
        if actor is not None:
            return actor
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN":  # the NER may call a known surname ORG
            return self.person_by_surname(tok.text)
        if tok.pos_ in ("NOUN", "VERB") and tok.text[:1].isupper():
            return self._named_person(tok.lower_)  # a surname the tagger took for a word ("O’Brien")
        return None

    def place(self, tok) -> Actor | None:
        """The place a token names: a city (kept as a place in its country) or a country."""
        if tok.lemma_.lower() == "capital":  # "the Ukrainian capital, Kyiv" / "the Ukrainian capital"
            for child in tok.children:
                actor = self._gazetteer_actor(child)
                if actor is not None and actor.type == "country" and self.gaz.capital_of.get(actor.id):
                    name = self.gaz.capital_of[actor.id]
                    return Actor(id=f"place:{slugify(name)}", name=name, type="place", country=actor.id)
        if tok.ent_id_.startswith("capital:"):
            country = tok.ent_id_.removeprefix("capital:")
            span = entity_of(tok)
            name = span.text if span is not None and span.ent_id_ == tok.ent_id_ else tok.text  # "Addis Ababa"
            return Actor(id=f"place:{slugify(name)}", name=name, type="place", country=country)
        actor = self._gazetteer_actor(tok)
        if actor is not None:
            return actor
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            span = entity_of(tok)
            words = [t.text for t in (span or [tok]) if t.pos_ != "DET" and t.text not in ("'s", "’s")]
            if tok.lemma_.lower() in ("region", "city", "province", "oblast", "district") and span is not None:
                words.append(tok.text)
            name = " ".join(words)
            if tok.ent_type_ == "FAC" and name.lower() not in self.gaz.cities:
                return None  # a building not listed ("the Merdeka Palace", "the Great Hall") is no place visited
            return self._city(name)
        if tok.pos_ == "PROPN" and self.person_by_surname(tok.text) is None and tok.text[:1].isupper():
            # the NER often mistakes a town for a person ("visited Gdansk"); a destination is a place
            span = entity_of(tok)
            words = [c.text for c in tok.lefts if c.dep_ == "compound" and c.text[:1].isupper()] + [tok.text]
            name = span.text if span is not None and span.label_ == "PERSON" else " ".join(words)
            return self._city(name)  # "NATO Headquarters"
        return None

    def _city(self, name: str) -> Actor:
        """A place of that name, in its country when ``data/cities.tsv`` lists a city of the name ("Kharkiv")."""
        country = self.gaz.cities.get(name.lower(), "")
        return Actor(id=f"place:{slugify(name)}", name=name, type="place", country=country)

    def _body_of_acting_place(self, tok) -> Actor | None:
        """The body a place's name stands for where it acts ("accused Brussels of ...": the European Union), or
        None (not a listed place, or where it is a place: "in Brussels", "visited Brussels")."""
        body = ACTING_PLACES.get(tok.lower_) if tok.ent_type_ in ("GPE", "LOC", "ORG") else None
        if body is None or body not in self.gaz.actors:
            return None
        role = tok
        while role.dep_ == "conj" and role.head.i != role.i:  # "Washington and Brussels"
            role = role.head
        acting = role.dep_ in ("nsubj", "nsubjpass", "poss") or (
            role.dep_ == "dobj" and role.head.lemma_.lower() not in MOTION_VERBS) or (
            role.dep_ == "pobj" and role.head.lower_ not in PLACE_PREPOSITIONS and role.head.dep_ in ("agent", "prep"))
        return self.gaz.actors[body] if acting else None

    def resolve(self, tok, segment: Segment) -> Reference:
        """The actors a noun-phrase head refers to (empty when it names no actor)."""
        pos = (segment.index, tok.i)
        lower = tok.lower_
        body = self._body_of_acting_place(tok)
        if body is not None:
            return Reference((body,), 0.8)
        actor = self._entity_actor(tok)
        if actor is not None and actor.type == "organisation" and lower in BODY_NOUNS and _bare_body_word(tok):
            # "the Union" is the European Union's alias, but after the African Union is named, the AU
            span = entity_of(tok)
            start = (segment.index, span.start if span is not None else tok.i)
            actor = self._last(start, {"organisation"}, named=lower) or actor
        if actor is not None:
            return Reference((self.people.get(actor.id, actor),), 1.0)
        person = self._named_person(lower) if tok.ent_type_ == "PERSON" and tok.ent_iob_ != "O" else None
        if person is not None:
            return Reference((person,), 1.0)
        if tok.pos_ == "PRON":
            for appos in (c for c in tok.children if c.dep_ == "appos"):  # "We, the G7 foreign ministers, ..."
                ref = self.resolve(appos, segment)
                if ref.actors:
                    return ref
            return self._resolve_pronoun(lower, pos, segment, tok)
        if tok.pos_ in ("NOUN", "PROPN", "NUM", "ADJ"):
            for child in tok.children:  # "President Barack Obama", "his counterpart, Cho"
                person = self._named_person(child.lower_) if child.dep_ in ("appos", "compound", "flat") else None
                if person is not None:
                    return Reference((person,), 1.0)
            if tok.lemma_.lower() in self._title_words:
                # "Prime Minister of the Republic of Fiji Sitiveni Rabuka": the name closes the phrase
                for inner in list(tok.subtree)[:14]:
                    person = self._named_person(inner.lower_) if inner.i > tok.i and inner.ent_type_ == "PERSON" else None
                    if person is not None:
                        return Reference((person,), 0.9)
                closing = self._name_closing_title(tok)
                if closing is not None:
                    return Reference((closing,), 0.9)
            return self._resolve_description(tok, pos, segment)
        return Reference(())

    def _name_closing_title(self, tok) -> Actor | None:
        """The known person whose name follows a title in the text, whatever the parse made of it:
        "talks with Prime Minister of the Republic of Fiji Sitiveni Rabuka"."""
        sent_end = tok.sent.end
        for inner in tok.doc[tok.i + 1: min(sent_end, tok.i + 12)]:
            person = self._named_person(inner.lower_) if inner.pos_ == "PROPN" else None
            if person is not None:
                nxt = inner.doc[inner.i + 1] if inner.i + 1 < sent_end else None
                if nxt is None or nxt.pos_ != "PROPN":
                    return person
            if inner.pos_ not in ("PROPN", "DET") and inner.lower_ not in ("of", "for", "and", "-", "&") \
                    and inner.lemma_.lower() not in self._title_words:
                return None
        return None

    def _resolve_description(self, tok, pos, segment: Segment) -> Reference:
        lemma = tok.lemma_.lower()
        if tok.tag_ == "NNP" and lemma.endswith("s") and lemma[:-1] in self._title_words:
            lemma = lemma[:-1]  # "The Foreign Ministers of ..." tagged as a name
        mods, owners, bodies, demonym_ids = self._description_parts(tok)
        if lemma in THEIR_PEOPLE_NOUNS and tok.tag_ == "NNS" and any(
                c.dep_ == "poss" and c.lower_ == "their" for c in tok.children):  # "their ministers met": the
            group = self.last_group(pos)  # parties last told together
            return Reference(group, 0.6) if group else Reference(())
        # "the two", "both sides", "the two leaders"
        if lemma in GROUP_HEADS or tok.lower_ in GROUP_HEADS:
            has_number = any(c.lower_ in ("both", *COUNT_WORDS) for c in tok.children) \
                or tok.lower_ in ("two", "both", "pair", "duo")  # "the pair discussed ...": two told before
            definite_people = lemma in PERSON_GROUP_HEADS and tok.tag_ == "NNS" and any(
                c.lower_ == "the" for c in tok.children) and all(
                c.dep_ in ("det", "advmod") for c in tok.children) and (
                self.last_group(pos, kind="person") or self.last_group(pos, kind="state"))  # (or their states)
            # (plain "the leaders" are the people last told acting together; "the foreign ministers" are read below)
            if has_number or tok.lower_ in ("sides", "parties") or definite_people:
                return self._resolve_group(tok, lemma, pos, demonym_ids, has_number)
        if lemma in COUNTERPART_NOUNS:
            appos = [c for c in tok.children if c.dep_ == "appos"]
            if appos:
                ref = self.resolve(appos[0], segment)
                if ref.actors:
                    return ref
        # (but "the G7 Foreign Ministers of Canada, ..." are the G7)
        if demonym_ids and lemma in OFFICIAL_NOUNS and not (bodies and self.is_plural_title(tok)):
            return self._people_of(demonym_ids, lemma, tok)
        if self.is_plural_title(tok) and bodies:
            # "the G7 foreign ministers", "EU leaders": a body's officials speaking together are the body
            return Reference(bodies[:1], 0.7)
        if tok.tag_ in ("NNS", "NNPS") and lemma in self._title_words:
            # "the foreign ministers": everyone in the article with that title
            title = " ".join([c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")] + [lemma])
            people = [p for p in self.people.values() if title in p.role.lower()]
            if len(people) >= 2:  # of them, those last told acting together, if two or more were
                return Reference(self._last_of_group(pos, people) or tuple(people), 0.6)
        # "the minister", "the Turkish president", "the Secretary General"
        if lemma in self._title_words or lemma in COUNTERPART_NOUNS:
            ref = self._resolve_office_holder(tok, lemma, pos, segment, demonym_ids)
            if ref is not None:
                return ref
        # "the Baltic country", "the country"
        if lemma in STATE_NOUNS:  # "neighbouring country (Rwanda)": the name set beside it
            for appos in (c for c in tok.children if c.dep_ == "appos"):
                actor = self._gazetteer_actor(appos)
                if actor is not None and actor.type == "country":
                    return Reference((actor,), 1.0)
        if lemma in STATE_NOUNS | POPULATION_NOUNS:  # "the Government of Indonesia", "the people of Mali"
            for owner in owners + mods:
                actor = self._gazetteer_actor(owner)
                if actor is not None and actor.type == "country" and lemma in POPULATION_NOUNS:
                    return Reference((self._population(tok, owner, actor),), 0.9)
                if actor is not None and actor.type == "country":
                    if tok.tag_ == "NNS" and owner.dep_ == "pobj" and owner.conjuncts:  # "the governments of
                        return Reference(self._countries_of([owner, *owner.conjuncts]) or (actor,), 0.9)  # A and B"
                    return Reference((actor,), 0.9)
        if tok.text in ("Council", "Commission") and not mods and not any(c.dep_ == "det" for c in tok.children):
            body = self._main_body(tok)  # "Council decides to suspend ...": the council of the communique
            if body is not None:
                return Reference((body,), 0.7)
        if lemma in BODY_NOUNS and any(c.lower_ in ("the", "this", "that") for c in tok.children) \
                and not any(m.pos_ == "PROPN" and not m.ent_id_ for m in mods):
            # "the bloc", "the alliance", "the Iran-backed group"; "the forum": the last body of that word, if any
            body = self._last(pos, {"organisation"}, named=lemma) or self._last(pos, {"organisation"})
            if body is not None:
                return Reference((body,), 0.6)
        if lemma in ARMED_GROUP_NOUNS or tok.lower_ in ARMED_GROUP_NOUNS:
            group = self._armed_group_told(tok, pos, mods + owners)
            if group is not None:
                return Reference((group,), 0.6)
        owners_of = [c for c in tok.children if c.dep_ == "poss" and (c.pos_ == "PRON" or c.tag_ == "WP$")]
        if lemma in STATE_NOUNS and lemma not in RELATIONAL_STATE_NOUNS and owners_of \
                and owners_of[0].lower_ in ("his", "her", "whose"):  # "Rabuka defended his country's partnership":
            owner = owners_of[0]  # Fiji; "Ruto, whose country chairs the EAC": Kenya
            if owner.lower_ == "whose":
                clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
                owner = clause.head if clause is not None else owner
            owned_by = self.resolve(owner, segment).actors
            served = [self.gaz.actors[a.affiliation] for a in owned_by[:1]
                      if a.type == "person" and a.affiliation in self.gaz.actors]
            if served and served[0].type == "country":
                return Reference((served[0],), 0.7)
        if lemma in RELATIONAL_STATE_NOUNS and owners_of:  # "donated tanks to its neighbour": not the owner
            owned_by = self.resolve(owners_of[0], segment).actors
            exclude = {a.id for a in owned_by} | {a.affiliation for a in owned_by if a.affiliation}
            country = self._last(pos, {"country"}, exclude=exclude) if owned_by else None
            if country is not None:
                return Reference((country,), 0.5)
        # "the Calenardhon government": a name we do not know is not the last country mentioned
        unknown_name = any(m.pos_ == "PROPN" and not m.ent_id_ and m.lower_ not in self.gaz.regions for m in mods)
        if lemma in STATE_NOUNS and any(c.lower_ in ("the", "this", "that") for c in tok.children) and not unknown_name:
            within = None
            for mod in mods:
                region = self.gaz.regions.get(mod.lower_)
                if region:
                    within = region
            country = self._last(pos, {"country"}, within, exclude=self._doers_states(tok, segment))
            if country is not None:
                return Reference((country,), 0.6 if within else 0.5)
        return Reference(())

    def _countries_of(self, words: list) -> tuple[Actor, ...]:
        """The countries these words name, in order, each once."""
        found = {a.id: a for w in sorted(words, key=lambda t: t.i) for a in [self._gazetteer_actor(w)]
                 if a is not None and a.type == "country"}
        return tuple(found.values())

    def _doers_states(self, tok, segment: Segment) -> set[str]:
        """For a description that is the object of a verb, the subject's own state and the subject: "Croatian
        Prime Minister X welcomed the Balkan country" is no other Balkan country than Croatia's neighbours."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
        if verb is None or verb.pos_ != "VERB":
            return set()
        doers = [a for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                 for a in self.resolve(c, segment).actors]
        return {a.id for a in doers} | {a.affiliation for a in doers if a.affiliation}

    def _armed_group_told(self, tok, pos, named_beside: list) -> Actor | None:
        """"The militants", "the rebel group": the armed group last named before (None when the phrase names
        its own group or state, "Sudanese rebels", or is no definite description)."""
        if named_beside or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in tok.children):
            return None
        return self._last(pos, {"organisation"}, within=self.gaz.armed_groups)

    def _description_parts(self, tok) -> tuple[list, list, list[Actor], list[str]]:
        """What the words of a description name: its modifiers, its "of" phrases, the bodies and the countries
        among them ("the G7 foreign ministers", "the President of Russia", "the Turkish president")."""
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        owners = prep_objects(tok, "of")  # "the President of Russia"
        bodies = [a for m in mods for a in [self._gazetteer_actor(m)] if a is not None and a.type == "organisation"]
        if self.is_plural_title(tok) or tok.lower_ == "leaders":  # "the leaders of the G7": the G7
            bodies += [a for o in owners for m in (o, *(c for c in o.children if c.dep_ in ("nmod", "compound")))
                       for a in [self._gazetteer_actor(m)] if a is not None and a.type == "organisation"]
        if owners and self.is_plural_title(tok) and not bodies:  # "the Foreign Ministers of Egypt, Saudi Arabia
            owners += [c for c in tok.conjuncts if c.ent_type_ == "GPE" and c.i > tok.i]  # and the UAE": all
        demonym_ids = []
        for mod in mods + owners:
            for m in [mod, *mod.conjuncts]:
                actor = self._gazetteer_actor(m)
                if actor is not None and actor.type == "country":
                    demonym_ids.append(actor.id)
        return mods, owners, bodies, demonym_ids

    def _resolve_office_holder(self, tok, lemma: str, pos, segment: Segment,
                               demonym_ids: list[str]) -> Reference | None:
        """"The minister", "the Turkish president", "his counterpart": the person of the article who holds the
        office, last named before (None when there is none)."""
        if lemma in COUNTERPART_NOUNS:
            appos = [c for c in tok.children if c.dep_ == "appos"]
            if appos:
                return self.resolve(appos[0], segment)
        candidates = [p for p in self.people.values()
                      if lemma in p.role.lower() or lemma in COUNTERPART_NOUNS]
        title = " ".join([c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod") and not c.ent_id_]
                         + [lemma])  # "the Prime Minister" is not the Foreign Minister
        candidates = [p for p in candidates if title in p.role.lower()] or candidates
        if demonym_ids:
            candidates = [p for p in candidates if p.affiliation in demonym_ids]
        subject = self._named_clause_subject(tok)  # "Jaishankar held talks with the visiting minister": another
        candidates = [p for p in candidates if subject is None or p.id != subject.id]
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.dep_ == "conj"
        if candidates and definite or demonym_ids:
            ids = {p.id for p in candidates}
            person = self._last(pos, {"person"}, frozenset(ids)) if ids else None
            if person is None and len(candidates) == 1:
                person = candidates[0]
            if person is not None:
                return Reference((person,), 0.7)
        return None

    def _named_clause_subject(self, tok) -> Actor | None:
        """The person named as the subject of the clause a word stands in, when the word is not in that subject
        itself (a description there never means the subject: "X met the minister" is not X)."""
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and tok not in list(c.subtree)]
        for subject in subjects:
            actor = self._entity_actor(subject)
            if actor is None and subject.ent_type_ == "PERSON":
                actor = self._named_person(subject.lower_)
            if actor is not None and actor.type == "person":
                return self.people.get(actor.id, actor)
        return None

    @staticmethod
    def _population(tok, owner, country: Actor) -> Actor:
        """The people of a country as a group of their own, not the state: "the Palestinian people",
        "the people of Mali" (the group keeps the country it belongs to)."""
        span = entity_of(owner)
        named = span.text.removeprefix("the ") if span is not None else owner.text
        name = f"{tok.text} of {named}" if owner.i > tok.i else f"{named} {tok.text}"
        return Actor(id=f"group:{slugify(name)}", name=name, type="group", country=country.id)

    def _people_of(self, affiliations: list[str], lemma: str, tok) -> Reference:
        if tok.tag_ in ("NNS", "NNPS") and len(set(affiliations)) == 1 \
                and lemma in ANY_OFFICIAL_NOUNS and not any(c.dep_ == "appos" for c in tok.children) \
                and not (tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text == ","
                         and tok.doc[tok.i + 2].ent_type_ == "PERSON"):
            # "talks with Chinese leaders": China, not one leader told (unless they are named beside)
            return Reference((self.gaz.actors[affiliations[0]],), 0.6)
        found = []
        for aff in affiliations:
            people = [p for p in self.people.values() if p.affiliation == aff and
                      (lemma in p.role.lower() or lemma in ANY_OFFICIAL_NOUNS)]
            if len(people) >= 1:
                found.append(people[0])
            else:
                found.append(self.gaz.actors[aff])
        return Reference(tuple(found), 0.6)

    def _find_speaker(self, segment: Segment) -> list[Actor]:
        """The actor a paragraph's quotes are attributed to: subject of "said", "added", "told"."""
        if not segment.quote_spans:
            return []
        for tok in segment.doc:
            if tok.lemma_.lower() in REPORTING_LEMMAS and not segment.in_quote(tok):
                for child in tok.children:
                    if child.dep_ in ("nsubj", "nsubjpass") and not segment.in_quote(child):
                        ref = self.resolve(child, segment)
                        if ref.actors:
                            return list(ref.actors)
        return []


def _bare_body_word(tok) -> bool:
    """Whether a word names a body only by "the" and itself ("the Union"), not by a name of its own ("the
    Eurasian Economic Union")."""
    span = entity_of(tok)
    words = [t for t in (span if span is not None else [tok]) if t.lower_ != "the"]
    return len(words) == 1 and any(c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)
