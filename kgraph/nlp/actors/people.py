"""The people an article names, with their offices and the states or bodies they serve: the first pass.

Every name the recogniser tags as a person (or a titled name it took for a body) becomes one person of the
article; "Lula" and "Luiz Inácio Lula da Silva" are one, and so are "Borrel" and "Josep Borrell". Offices are
read around each name (``kgraph.nlp.actors.titles``); an office told without a name ("NATO Secretary General")
completes the person who holds it.
"""

from __future__ import annotations

import dataclasses
import difflib
import re

from kgraph.nlp.actors.gazetteer import Actor, Gazetteer, slugify
from kgraph.nlp.actors.names import NAME_PARTICLES
from kgraph.nlp.actors.titles import COUNTERPART_ROLES, HONORIFICS, TITLE_PREFIXES, OfficeReading
from kgraph.nlp.segments import Segment
from kgraph.nlp.wordlists import words

__all__ = ["ArticlePeople"]

# verbs a headline in title case writes after a name, which the NER may take into it
HEADLINE_VERBS = words("headline_verbs")
# words no personal name holds (but "Theresa May" or "Will" may be names): prepositions, conjunctions, articles
FUNCTION_WORDS = words("function_words")
_NAME = re.compile(r"^[^\W\d_][\w.'’\- ]*$")


def _honorific_start(ent) -> bool:
    """An entity opening with a title of address ("The Hon Scott Morrison", "Sheikh Tamim"), not "the Gaza Strip"."""
    words = [t.lower_.rstrip(".") for t in ent[:2]]
    if words[0] in ("the", "his", "her"):
        words = words[1:]
    return bool(words) and words[0] in TITLE_PREFIXES - {"the", "his", "her"}


class ArticlePeople(OfficeReading):
    """The people of one article and their offices, indexed by surname."""

    def __init__(self, gazetteer: Gazetteer, segments: list[Segment]) -> None:
        super().__init__(gazetteer, segments)
        self.people: dict[str, Actor] = {}  # person id -> actor (with role once known)
        self.by_surname: dict[str, str] = {}
        self._looked_up: dict[str, str | None] = {}  # word -> person guessed for it (see _surname_id)
        self.role_mentions: list[tuple[str, str]] = []  # (role, affiliation id) seen without a name
        self.role_evidence: dict[str, tuple[Segment, object]] = {}  # person id -> (segment, sentence)
        # offices told of a person besides the first ("who is deputy prime minister and finance minister"):
        # (surname, role, affiliation id, segment, sentence); the surname finds the person once all are merged
        self.more_roles: list[tuple[str, str, str, Segment, object]] = []
        for segment in sorted(segments, key=lambda s: s.section == "title"):  # the body tells offices best
            self._collect_people(segment)
        self._fill_affiliations()

    def _collect_people(self, segment: Segment) -> None:
        for ent in segment.doc.ents:
            if ent.ent_id_ or not (ent.label_ == "PERSON" or (ent.label_ in ("ORG", "NORP", "GPE")
                                                            and _honorific_start(ent))
                                   or self._name_under_title(ent)):
                continue  # "The Hon Scott Morrison" is often tagged ORG
            tokens = [t for t in ent if t.text.lower().rstrip(".") not in HONORIFICS | TITLE_PREFIXES
                      and t.text not in ("'s", "’s")]
            tokens = [t for t in tokens if not t.is_punct or t.text in (".", "'", "-")]
            while tokens and tokens[-1].text in ("MP", "MEP", "MP.", "AO", "QC", "KC"):
                tokens = tokens[:-1]
            while len(tokens) > 2 and segment.section == "title" and tokens[-1].lower_ in HEADLINE_VERBS:
                tokens = tokens[:-1]  # "Wang Yi Holds Talks with ...": a headline's verb in title case
            name = "".join(t.text_with_ws for t in tokens).strip().replace(" .", ".").replace(" - ", "-")
            if not tokens or not _NAME.match(name) or not any(p[:1].isupper() for p in name.split()[-1].split("-")) \
                    or any(t.lower_ in FUNCTION_WORDS for t in tokens):
                continue  # "Meets With" in a headline in title case is no name
            role, affiliation = self._role_before(segment, ent)
            if not role:
                role, affiliation = self._role_after(ent)
            elif not affiliation:  # "Ambassador X, Ambassador of the Arab Republic of Egypt": the same office's
                after, served = self._role_after(ent)
                affiliation = served if after in ("", role) else ""
            if not role and ent.root.dep_ == "appos":
                role, affiliation = self._role_of_title_head(ent)
            if not role:  # "... their Philippine counterparts, Enrique Manalo and Gilberto Teodoro"
                other, served = self._respective_counterpart(ent)
                if other is not None and other.role:
                    role, affiliation = COUNTERPART_ROLES.get(other.role, other.role), served
            if not affiliation:
                affiliation = self._affiliation_after(ent) or self.gaz.role_country.get(role, "") \
                    or (self._conjoined_affiliation(ent) if role else "")
            told = [(r, a or affiliation) for r, a in self._roles_predicated(ent)]
            if told and not role:
                (role, affiliation), told = told[0], told[1:]
            surname = name.split()[-1].lower().replace("’", "'")
            self.more_roles += [(surname, r, a, segment, ent.sent) for r, a in told if r != role]
            if len(tokens) == 1 and not role and tokens[-1].lower_ not in self.by_surname \
                    and not any(t.dep_ in ("nsubj", "nsubjpass", "poss") for t in ent) \
                    and not (ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in HONORIFICS):
                continue  # a lone capitalised word tagged PERSON is as often a town ("visited Gdansk")
            person = self._add_person(name, role, affiliation)
            if role and person.id not in self.role_evidence:
                self.role_evidence[person.id] = (segment, ent.sent)

    def _named_person(self, word: str) -> Actor | None:
        """The article's person indexed under exactly this lower-case word (no allowance for spelling)."""
        found = self.by_surname.get(word)
        return self.people[found] if found else None

    def person_by_surname(self, word: str) -> Actor | None:
        """The article's person with this surname, allowing for one slip of spelling in a long name
        ("Borrel" for Josep Borrell, "Shoukri" for Sameh Shoukry)."""
        found = self._surname_id(word)
        return self.people.get(found) if found else None

    def _surname_id(self, word: str) -> str | None:
        word = word.lower().removesuffix("'s").removesuffix("’s")
        if word in self.by_surname:
            return self.by_surname[word]
        if word not in self._looked_up:  # the slower guesses, once per word until another name is indexed
            self._looked_up[word] = self._guessed_id(word)
        return self._looked_up[word]

    def _guessed_id(self, word: str) -> str | None:
        """A person for a word that is no indexed surname: a close spelling of one, or a given name only one
        person has."""
        if len(word) >= 6:  # "Borrel" for Borrell
            close = [k for k in difflib.get_close_matches(word, list(self.by_surname), n=2, cutoff=0.85)
                     if k[0] == word[0]]
            if len({self.by_surname[k] for k in close}) == 1:
                return self.by_surname[close[0]]
        # a given name used alone ("Abiy" for Abiy Ahmed), or a family name written first ("Xi" for Xi Jinping),
        # when one person has it
        if len(word) >= 2 and word not in NAME_PARTICLES:
            given = {p.id for p in self.people.values() if len(p.name.split()) >= 2
                     and p.name.split()[0].lower() == word}
            if len(given) == 1:
                return given.pop()
        return None

    def _register_name(self, surname: str, full_name: str, person_id: str) -> None:
        """Index a surname (with either apostrophe: "o'brien", "o’brien"), for a hyphenated one each of its
        parts (tokens split at hyphens), and the names inside a long full name ("Lula")."""
        self._looked_up.clear()
        for form in {surname, surname.replace("'", "’")}:
            self.by_surname[form] = person_id
            for part in form.split("-"):
                if len(part) > 2:
                    self.by_surname.setdefault(part, person_id)
        for inner in self._inner_names(full_name):
            self.by_surname.setdefault(inner, person_id)

    @staticmethod
    def _inner_names(name: str) -> list[str]:
        """Names inside a long full name that the text may use alone: "Lula" in "Luiz Inácio Lula da Silva"."""
        words = name.split()
        if len(words) < 3:
            return []
        return [w.lower() for w in words[1:-1] if len(w) > 2 and w[:1].isupper() and w.lower() not in NAME_PARTICLES]

    def _add_person(self, name: str, role: str, affiliation: str) -> Actor:
        name = name.replace("’", "'")  # one spelling of "O'Brien" whatever the text's apostrophe
        surname = name.split()[-1].lower()
        known_id = self.by_surname.get(surname) or (self._surname_id(surname) if len(name.split()) == 1 else None)
        if not known_id:  # "Lula" met first, then "Luiz Inácio Lula da Silva"
            known_id = next((self.by_surname[w] for w in self._inner_names(name) if w in self.by_surname
                             and len(self.people[self.by_surname[w]].name.split()) == 1), None)
        if known_id:
            known = self.people[known_id]
            full = name if len(name.split()) > len(known.name.split()) else known.name
            merged = Actor(id=known.id if full == known.name else f"person:{slugify(full)}", name=full,
                           type="person", role=known.role or role, affiliation=known.affiliation or affiliation)
            if merged.id != known.id:
                del self.people[known_id]
                if known_id in self.role_evidence:
                    self.role_evidence[merged.id] = self.role_evidence.pop(known_id)
                for key, person_id in list(self.by_surname.items()):
                    if person_id == known_id:
                        self.by_surname[key] = merged.id
            self.people[merged.id] = merged
            self._register_name(surname, full, merged.id)
            return merged
        actor = Actor(id=f"person:{slugify(name)}", name=name, type="person", role=role, affiliation=affiliation)
        self.people[actor.id] = actor
        self._register_name(surname, name, actor.id)
        return actor

    def affiliate(self, person_id: str, affiliation: str) -> None:
        """Take in the state or body a person of the article serves, as a later stage reads it (the sides of a
        meeting named by two states, an official met on a visit): only for a person whose own is not known."""
        known = self.people.get(person_id)
        if known is not None and not known.affiliation:
            self.people[person_id] = dataclasses.replace(known, affiliation=affiliation)

    def _sentences_naming(self) -> dict[str, set[tuple[int, int]]]:
        """The sentences (segment, start) in which each name the NER tags as a person stands."""
        found: dict[str, set[tuple[int, int]]] = {}
        for segment in self.segments:
            for ent in segment.doc.ents:
                if ent.label_ == "PERSON":
                    found.setdefault(ent.text, set()).add((segment.index, ent.sent.start))
        return found

    def _fill_affiliations(self) -> None:
        """A role seen with an affiliation but no name ("NATO Secretary General") completes a person; so does
        an office named with no holder ("The President of Russia said") when the article names one
        person of unknown office and country, and no other holder for it."""
        offices: list[tuple[str, str, Segment, object]] = []
        mention_sentences: dict[tuple[str, str], set[tuple[int, int]]] = {}
        for segment in self.segments:
            text = segment.text
            for tok in segment.doc:
                actor = self._gazetteer_actor(tok)
                if actor is None or actor.type not in ("country", "organisation"):
                    continue
                after = text[tok.idx + len(tok.text):tok.idx + len(tok.text) + 40].lower().lstrip("'s ")
                role = self.gaz.office_after(after)  # ("the U.S. foreign ministers" names no one office-holder)
                doc = segment.doc
                if role and not any(doc[j].ent_type_ == "PERSON" or (j > tok.i + 1 and j < tok.i + 5
                                                                     and doc[j].tag_ == "POS")
                                    for j in range(tok.i + 1, min(tok.i + 6, len(doc)))):
                    # "Philippine Defense Secretary Gilberto Teodoro" is his office, no one else's, and
                    # "Brazilian President's adviser" names no office-holder
                    self.role_mentions.append((role, actor.id))
                    mention_sentences.setdefault((role, actor.id), set()).add((segment.index, tok.sent.start))
                office = self.gaz.office_before(text[max(0, tok.idx - 40):tok.idx]) if actor.type == "country" else None
                if office:
                    offices.append((office, actor.id, segment, tok.sent))  # "The President of Russia said"
        named_in = self._sentences_naming()
        for pid, person in list(self.people.items()):
            if person.role and not person.affiliation:
                # (not an office told in a sentence that names the person apart: "the Uzbek president paid a visit
                # at the invitation of President Tokayev" are two presidents)
                matches = {aff for role, aff in self.role_mentions if role == person.role
                           and not mention_sentences.get((role, aff), set()) & named_in.get(person.name, set())}
                if len(matches) == 1:
                    self.people[pid] = Actor(id=person.id, name=person.name, type="person", role=person.role,
                                             affiliation=matches.pop())
        unknown = [p for p in self.people.values() if not p.role and not p.affiliation]
        held = {p.affiliation for p in self.people.values()}
        vacant = {(role, aff): (segment, sent) for role, aff, segment, sent in offices if aff not in held}
        if len(unknown) == 1 and len(vacant) == 1:
            (role, aff), evidence = vacant.popitem()
            person = unknown[0]
            self.people[person.id] = Actor(id=person.id, name=person.name, type="person", role=role, affiliation=aff)
            self.role_evidence[person.id] = evidence
