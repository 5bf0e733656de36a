"""Who is meant: actors behind names, demonyms, capitals, titles, descriptions and pronouns.

One :class:`ArticleActors` is built per article. A first pass collects the people named in
it with their roles ("Ukrainian Foreign Minister Dmytro Kuleba"); :meth:`ArticleActors.resolve`
then maps any noun-phrase head to the actors it refers to, using what came before it:
"Kuleba", "he", "the minister" and "his Lithuanian counterpart" resolve within the article.
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field
from functools import cached_property

from kgraph.nlp.gazetteer import Actor, Gazetteer, slugify
from kgraph.nlp.names import NAME_PARTICLES
from kgraph.nlp.syntax import doc_text, entity_of, prep_objects
from kgraph.nlp.wordlists import pairs, words

__all__ = ["ArticleActors", "Segment", "Reference"]

PERSON_PRONOUNS = words("person_pronouns")
SPEAKER_PRONOUNS = words("speaker_pronouns")
GROUP_PRONOUNS = words("group_pronouns")
MILITARY_RANKS = words("military_ranks")
STATEMENT_NOUNS = words("statement_nouns")
# a state's bodies that speak for it: "South Africa's foreign ministry said it had summoned ..."
GOVERNMENT_BODY_NOUNS = words("government_body_nouns")
# verbs a headline in title case writes after a name, which the NER may take into it
HEADLINE_VERBS = words("headline_verbs")
COUNT_WORDS = {w: int(n) for w, n in pairs("count_words").items()}
# the EU bodies a bare "the Commission" or "the Council" names by default
EU_BARE_BODIES = {"org:EC", "org:CONSILIUM"}
BODY_NOUNS = words("body_nouns")
PLURAL_PRONOUNS = words("plural_pronouns")
GROUP_HEADS = words("group_heads")
OFFICE_GROUP_HEADS = words("office_group_heads")  # "the ministers": holders of the office
PERSON_GROUP_HEADS = words("person_group_heads")
STATE_GROUP_HEADS = words("state_group_heads")
POPULATION_NOUNS = words("population_nouns")
# words for an official of a country whatever their office: "the Angolan statesman", "his Iraqi counterpart"
ANY_OFFICIAL_NOUNS = words("any_official_nouns")
# words for an official that a demonym before them ties to the officials of that country: "the Turkish president"
OFFICIAL_NOUNS = words("official_nouns") | ANY_OFFICIAL_NOUNS
# bodies of a movement whose national societies are named by a country before them ("the Kenyan Red Cross")
NATIONAL_SOCIETY_BODIES = {"org:RED_CROSS"}
STATE_NOUNS = words("state_nouns")
COUNTERPART_NOUNS = words("counterpart_nouns")
TITLE_PREFIXES = words("title_prefixes")
# a national title's counterpart abroad holds the generic office ("his Chinese counterpart" of India's EAM)
COUNTERPART_ROLES = pairs("counterpart_roles")
# verbs of saying: their subject speaks the quotes of a paragraph, and a date on them dates the saying
REPORTING_LEMMAS = words("reporting_lemmas")
ORGANISATION_WORDS = words("organisation_words")
# words no personal name holds (but "Theresa May" or "Will" may be names): prepositions, conjunctions, articles
FUNCTION_WORDS = words("function_words")
_NAME = re.compile(r"^[^\W\d_][\w.'’\- ]*$")
# verbs that tell an office: "who is minister", "was elected as mayor", "serves as envoy"
ROLE_VERBS = words("role_verbs")
HONORIFICS = words("honorifics")


def _joins_title_words(doc, i: int) -> bool:
    """"for" or "and" between two capitalised words of one title: "Envoy for Compact Negotiations",
    "Minister of Foreign Affairs and Trade" (not "... of the Marshall Islands and Assistant Secretary")."""
    if doc[i].lower_ not in ("for", "and", "&") or i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    return (before.text[:1].isupper() and after.text[:1].isupper() and not before.ent_id_
            and before.ent_type_ != "PERSON" and not after.ent_id_
            and after.lower_.rstrip(".") not in TITLE_PREFIXES)  # "... Affairs and His Excellency Mr. X"


def _honorific_start(ent) -> bool:
    """An entity opening with a title of address ("The Hon Scott Morrison", "Sheikh Tamim"), not "the Gaza Strip"."""
    words = [t.lower_.rstrip(".") for t in ent[:2]]
    if words[0] in ("the", "his", "her"):
        words = words[1:]
    return bool(words) and words[0] in TITLE_PREFIXES - {"the", "his", "her"}


@dataclass
class Segment:
    """A parsed paragraph (or the headline) and where it starts in its source text."""

    doc: object  # spacy Doc
    index: int
    offset: int
    section: str  # "title" or "body"
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    speaker: list[Actor] = field(default_factory=list)

    def in_quote(self, token) -> bool:
        return any(a <= token.idx < b for a, b in self.quote_spans)

    @property
    def text(self) -> str:
        """The paragraph's text."""
        return doc_text(self.doc)


@dataclass(frozen=True)
class Reference:
    """Actors a phrase refers to, and how directly (1.0 a name, lower for pronouns and descriptions)."""

    actors: tuple[Actor, ...]
    certainty: float = 1.0


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


class ArticleActors:
    """Actor resolution within one article."""

    def __init__(self, gazetteer: Gazetteer, segments: list[Segment]) -> None:
        self.gaz = gazetteer
        self.segments = segments
        self.people: dict[str, Actor] = {}  # person id -> actor (with role once known)
        self.by_surname: dict[str, str] = {}
        self._looked_up: dict[str, str | None] = {}  # word -> person guessed for it (see _surname_id)
        self.role_mentions: list[tuple[str, str]] = []  # (role, affiliation id) seen without a name
        self.role_evidence: dict[str, tuple[Segment, object]] = {}  # person id -> (segment, sentence)
        # offices told of a person besides the first ("who is deputy prime minister and finance minister"):
        # (surname, role, affiliation id, segment, sentence); the surname finds the person once all are merged
        self.more_roles: list[tuple[str, str, str, Segment, object]] = []
        self._timeline: list[tuple[tuple[int, int], Actor]] = []
        self.groups: list[tuple[tuple[int, int], tuple[Actor, ...], bool]] = []
        self.attacks_told: list[tuple[str, tuple[Actor, ...]]] = []  # (word, who struck), for "condemned the attack"
        self._title_words = {title.split()[-1] for title in gazetteer.roles}
        self.surface_forms: dict[str, set[str]] = {}  # actor id -> names the article used for it
        for segment in segments:
            segment.quote_spans = quote_spans(segment.text)
        for segment in sorted(segments, key=lambda s: s.section == "title"):  # the body tells offices best
            self._collect_people(segment)
        self._fill_affiliations()
        for segment in segments:
            self._collect_timeline(segment)
        self._timeline.sort(key=lambda item: item[0])
        self._keys = [pos for pos, _ in self._timeline]
        for segment in segments:
            segment.speaker = self._find_speaker(segment)

    # ---- first pass: people and their roles ---------------------------------------------
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

    def _roles_predicated(self, ent) -> list[tuple[str, str]]:
        """Offices said of a name in a clause: "Choi, who is deputy prime minister and finance minister",
        "Inamine was re-elected as Nago mayor", "Kuleba is Ukraine's foreign minister", each with the
        country or body it serves ("" when the clause names none). Former offices are left out.

        >>> from kgraph.nlp.pipeline import load_pipeline
        >>> nlp, gaz = load_pipeline()
        >>> doc = nlp("He met Amina Wanjiru, who is deputy prime minister and trade minister.")
        >>> actors = ArticleActors(gaz, [Segment(doc, 0, 0, "body")])
        >>> actors._roles_predicated(next(e for e in doc.ents if e.label_ == "PERSON"))
        [('Deputy Prime Minister', ''), ('Trade Minister', '')]
        """
        root = ent.root
        clauses = [c for h in ([root, root.head] if root.dep_ == "appos" else [root]) for c in h.children
                   if c.dep_ == "relcl" and any(s.lower_ == "who" and s.dep_ in ("nsubj", "nsubjpass")
                                                 for s in c.children)]
        if root.dep_ in ("nsubj", "nsubjpass"):
            clauses.append(root.head)
            if root.head.pos_ == "AUX" and root.head.dep_.startswith("aux"):
                clauses.append(root.head.head)  # the parser may hang the subject on "was" of "was elected"
        found = []
        for verb in clauses:
            if verb.i + 2 < len(verb.doc) and verb.doc[verb.i + 1].text == "-" and verb.nbor(2).head == verb:
                verb = verb.nbor(2)  # "re-elected" parsed as "re" with "elected" under it
            if verb.lemma_.lower() not in ROLE_VERBS:
                continue
            titles = [c for c in verb.children if c.dep_ in ("attr", "oprd")]  # "is minister", "was named minister"
            titles += [o for o in prep_objects(verb, "as")]
            for title in [t for head in titles for t in (head, *head.conjuncts)]:
                # "deputy prime minister and trade minister" parsed as one title with the first inside it
                inner = [c for c in title.lefts if c.lemma_.lower() in self._title_words
                         and any(g.dep_ == "cc" for g in c.children)]
                phrases = [(c, c.left_edge.i) for c in inner] + [(title, inner[-1].right_edge.i + 1 if inner
                                                                   else title.left_edge.i)]
                for head, start in phrases:
                    role = self._role_phrase(head, start)
                    if role[0] and role not in found:
                        found.append(role)
        return found

    def _role_phrase(self, title, start: int | None = None) -> tuple[str, str]:
        """The office a title noun and the words before it (from ``start``) name, and whom it serves:
        "deputy prime minister", "Ukraine's foreign minister", "Nago mayor" or "the mayor of Nago" (a
        place the gazetteer does not know stays in the office's name: "Mayor of Nago")."""
        if title.lemma_.lower() not in self._title_words:
            return "", ""
        start = title.left_edge.i if start is None else start
        words = [t for t in title.doc[start: title.i + 1] if not (t.is_punct or t.pos_ == "DET")]
        while words and words[0].pos_ == "CCONJ":
            words = words[1:]
        if any(t.lower_ in ("former", "ex", "late") for t in words):
            return "", ""
        role = self._match_role(" ".join(t.lower_ for t in words))
        affiliation = self._first_served(words + prep_objects(title, "of"))
        place = self._office_seat(title, words)
        if role and place and not affiliation:
            role = f"{role} of {place}"
        return role, affiliation

    @staticmethod
    def _office_seat(title, words=()) -> str:
        """A place or body the gazetteer does not know that a title's words or its "of" name ("Nago
        mayor", "mayor of Nago", "Governor of the Bank of Ghana"): such an office is named with its
        seat. "" when there is none."""
        local = [t for t in [*words, *prep_objects(title, "of")]
                 if t.ent_type_ in ("GPE", "LOC", "ORG", "FAC") and not t.ent_id_]
        if not local:
            return ""
        place = entity_of(local[0])
        return place.text.removeprefix("the ") if place is not None else local[0].text

    def _role_of_title_head(self, ent) -> tuple[str, str]:
        """"The Chairperson of the African Union Commission, Moussa Faki Mahamat": the title the name stands beside."""
        head = ent.root.head
        if head.lemma_.lower() not in self._title_words or head.i > ent.start:
            return "", ""
        words = [t for t in ent.doc[head.left_edge.i: ent.start] if not t.is_punct]
        role = self._match_role(" ".join(t.lower_ for t in words if t.i <= head.i))
        return role, self._first_served(words)

    def _first_served(self, tokens) -> str:
        """The id of the first country or organisation among ``tokens`` ("" when there is none): whom an
        office serves."""
        return next((a.id for t in tokens for a in [self._gazetteer_actor(t)]
                     if a is not None and a.type in ("country", "organisation")), "")

    def _name_under_title(self, ent) -> bool:
        """A name the NER called an organisation, set in apposition to a title:
        "The Chairperson of the Commission, Moussa Faki Mahamat, condemns" (not "the Council, ...")."""
        if ent.label_ not in ("ORG", "GPE", "NORP") or not 2 <= len(ent) <= 4:
            return False
        if any((not t.text[:1].isupper() and t.text != "-") or t.lower_ in ORGANISATION_WORDS or t.ent_id_
               for t in ent):
            return False
        head = ent.root.head
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        return (ent.root.dep_ == "appos" and head.lemma_.lower() in self._title_words) or (
            ent.label_ == "ORG" and before is not None and before.text[:1].isupper()
            and before.lower_ in self._title_words and any("-" in t.text or t.text == "-" for t in ent))
        # ("Kazakh President Kassym-Jomart Tokayev", a hyphenated given name, is often tagged ORG)

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

    def _role_before(self, segment: Segment, ent) -> tuple[str, str]:
        """Role and affiliation written before a name: "Rwanda's President", "his Lithuanian counterpart"."""
        doc = ent.doc
        left = []
        i = ent.start - 1
        while i >= 0 and ent.start - i <= 10:
            tok = doc[i]
            if tok.is_sent_end and i != ent.start - 1:
                break
            if tok.text == "," and i == ent.start - 1 and i > 0 and (
                    doc[i - 1].lemma_.lower() in COUNTERPART_NOUNS or doc[i - 1].lower_ in self._title_words):
                i -= 1  # "his South Korean counterpart, Cho Tae-yul"
                continue
            inside_title = _joins_title_words(doc, i)
            if tok.dep_ == "pobj" and tok.head.i == i - 1 and tok.head.lower_ not in ("of", "under") \
                    and tok.ent_type_ in ("GPE", "LOC", "FAC"):
                break  # "received today in Riyadh His Excellency Ambassador X": the place is no part of the title
            if (tok.text in (",", ";", ":", "(", ")", "“", "”", '"') or tok.pos_ in ("AUX", "CCONJ", "SCONJ")
                    or (tok.pos_ == "VERB" and tok.dep_ != "amod")  # "acting president" is a title
                    or (tok.pos_ == "ADP" and tok.lower_ != "of" and not (  # "Treasury Under Secretary"
                        tok.lower_ == "under" and doc[i + 1].lower_ == "secretary"))) and not inside_title:
                break
            left.insert(0, tok)
            i -= 1
        if left and left[-1].lower_ in ("former", "ex", "late") or any(
                t.lower_ in ("former", "ex-", "late") and t.i >= ent.start - 4 for t in left):
            return "", ""  # "former Prime Minister X" holds no office now
        # honorific titles that the NER put inside the entity ("President Obama")
        inner = [t for t in ent if t.text.lower() in HONORIFICS]
        words = left + inner
        text = " ".join(t.lower_ for t in words)
        role = self._written_title(left, self._match_role(text))
        affiliation = ""
        served = []
        for tok in words:  # the nearest country or organisation before the name wins
            actor = self._gazetteer_actor(tok)
            if actor is not None and actor.type in ("country", "organisation"):
                affiliation = actor.id
                served.append(actor)
        if any(w in role.lower() for w in ("ambassador", "envoy", "representative")):
            # "Israel's U.N. Ambassador": an envoy serves the state that sends them, not the body they are sent to
            affiliation = next((a.id for a in served if a.type == "country"), affiliation)
        if not role:
            role = self._shared_plural_title(ent)
        if not role and any(t.lemma_.lower() in COUNTERPART_NOUNS for t in left):
            other = self._respective_counterpart(ent)[0] or self._last_person_before(segment, ent.start)
            role = COUNTERPART_ROLES.get(other.role, other.role) if other else self._title_in_sentence(ent)
        return role, affiliation

    def _shared_plural_title(self, ent) -> str:
        """The office a title in the plural gives each name listed after it: "Prime Ministers Viktor Orban
        of Hungary and Giorgia Meloni of Italy" (Meloni is Prime Minister too)."""
        doc = ent.doc
        i = ent.start - 1
        if i < 0 or doc[i].lower_ not in ("and", ","):
            return ""
        while i >= 0 and i > ent.start - 30:
            tok = doc[i]
            if tok.lower_ in ("and", ",", "of", "the") or tok.ent_id_ or tok.ent_type_ == "PERSON":
                i -= 1
                continue
            break
        if i < 0 or not (self.is_plural_title(doc[i]) and doc[i].text[:1].isupper()):
            return ""
        words = [t.lower_ for t in doc[max(0, i - 3): i]] + [doc[i].lower_[:-1]]
        for start in range(len(words)):
            title = " ".join(words[start:])
            if title in self.gaz.roles:
                return self.gaz.roles[title]
        return ""

    def _written_title(self, left: list, role: str) -> str:
        """The title as written when it says more than the known office it contains:
        "Special Presidential Envoy for Compact Negotiations" (known: Envoy), "Minister of Foreign
        Affairs and Trade". Countries and honorifics before it are not part of it."""
        words = []
        for tok in reversed(left):
            inner_the = tok.lower_ == "the" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "of" and words \
                and words[0].text[:1].isupper()  # "Director of the Office of the Central Foreign Affairs Commission"
            if (tok.ent_id_ or tok.ent_type_ == "PERSON" or tok.lower_.rstrip(".") in TITLE_PREFIXES - {"senator"}) \
                    and not inner_the:
                break
            if not (tok.text[:1].isupper() or tok.lower_ in ("of", "for", "and", "-") or inner_the):
                break
            words.insert(0, tok)
        cut = next((k + 1 for k in range(len(words) - 2, 0, -1) if words[k].lower_ == "of"
                    and words[k + 1].lower_ in self._title_words
                    and not any(w.lower_ in self._title_words for w in words[:k])), 0)
        words = words[cut:]  # "Readout of Secretary Austin's Meeting": the title starts after "of"
        joint = next((k for k in range(len(words) - 1, 0, -1) if words[k].lower_ == "and"
                      and self._match_role(" ".join(w.lower_ for w in words[k + 1:]))), None)
        if joint is not None:  # "Member of the Political Bureau ... and Foreign Minister Wang Yi": the last office
            words = words[joint + 1:]
        while words and words[0].lower_ in ("of", "for", "and", "-"):
            words = words[1:]
        while len(words) > 2 and words[-1].lower_ in MILITARY_RANKS and words[-2].lower_ not in self._title_words:
            words = words[:-1]  # "Chairman of the Joint Chiefs of Staff General Mark Milley": the rank is apart
        written = " ".join(t.text for t in words).replace(" - ", "-")
        own = {w for w in written.lower().split() if w not in ("of", "for", "and", "the")}
        known = {w for w in role.lower().split() if w not in ("of", "for", "and", "the")}
        if own & self._title_words and len(own - known) > 0 and (not role or known <= own):
            return written
        return role

    def _title_in_sentence(self, ent) -> str:
        """The office named earlier in the sentence: "The Turkish president will meet his Iraqi counterpart X"."""
        for tok in reversed(list(ent.sent[: ent.start - ent.sent.start])):
            if tok.lemma_.lower() in self._title_words and tok.pos_ in ("NOUN", "PROPN"):
                words = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod")] + [tok.lemma_.lower()]
                role = self._match_role(" ".join(words))
                if role:
                    return COUNTERPART_ROLES.get(role, role)
        return ""

    def _match_role(self, text: str) -> str:
        return self.gaz.role_in(text.replace(" - ", "-"))  # "secretary - general" as tokens are joined

    def _role_after(self, ent) -> tuple[str, str]:
        """A title in apposition after the name: "Wang Yi, Foreign Minister of China," / "Scott Morrison MP, Prime Minister"."""
        doc = ent.doc
        i = ent.end
        while i < len(doc) and doc[i].text in ("MP", "MEP", "AO", "QC", "Jr", "Jr."):
            i += 1
        if i >= len(doc) or doc[i].text != ",":
            return "", ""
        words = []
        for tok in doc[i + 1: i + 14]:
            if tok.text in (",", ";", "(", ")", ".") or tok.pos_ in ("VERB", "AUX"):
                break
            words.append(tok)
        lead = []  # "Edmon Marukian, an Armenian ambassador-at-large", "the U.S. assistant secretary of state":
        while words and (words[0].lower_ in ("a", "an", "the", "'s", "’s")  # article, demonym or country
                         or (words[0].ent_type_ in ("NORP", "GPE") and words[0].ent_id_)):  # before the title
            lead.append(words.pop(0))
        text = " ".join(t.lower_ for t in words)
        best = max((title for title in self.gaz.roles if text.startswith(title + " ") or text == title
                    or text.startswith("the " + title)), key=len, default="")
        if not best:
            return "", ""
        affiliation = self._first_served(words + lead)
        title = words[len(best.split()) - 1] if len(words) >= len(best.split()) else None
        place = self._office_seat(title) if title is not None and not affiliation else ""
        return (f"{self.gaz.roles[best]} of {place}" if place else self.gaz.roles[best]), affiliation

    def _conjoined_affiliation(self, ent) -> str:
        """The country of the official a titled name is joined to by "and", where its own title names none:
        "Australian Foreign Minister Penny Wong and Defence Minister Richard Marles" (Marles is Australian)."""
        doc = ent.doc
        i = ent.start - 1
        while i > 0 and doc[i].text[:1].isupper() and not doc[i].ent_id_ and doc[i].ent_type_ != "PERSON":
            i -= 1  # back over the title ("Defence Minister"); a country named in it is its own
        if i < 1 or doc[i].lower_ != "and" or doc[i - 1].ent_type_ != "PERSON" or i == ent.start - 1:
            return ""
        other = self._named_person(doc[i - 1].lower_)
        return other.affiliation if other is not None and other.role else ""

    def _affiliation_after(self, ent) -> str:
        doc = ent.doc
        if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
            return self._first_served(doc[ent.end + 1: ent.end + 5])
        return ""

    def _respective_counterpart(self, ent) -> tuple[Actor | None, str]:
        """Whose counterpart a name listed after a plural "counterparts" is, taken in order, and the country
        written before the word: in "A and B signed with their Philippine counterparts, C and D", C is A's
        counterpart and D is B's, both of the Philippines."""
        sent = ent.sent
        names = [e for e in ent.doc.ents if e.label_ == "PERSON" and e.start >= sent.start and e.end <= sent.end]
        word = next((t for t in reversed(sent.doc[sent.start: ent.start]) if t.lower_ in ("counterparts",
                                                                                       "colleagues")), None)
        if word is None:
            return None, ""
        listed = []
        for name in (n for n in names if n.start > word.i):
            between = sent.doc[(listed[-1].end if listed else word.i + 1): name.start]
            if any(t.lower_ not in (",", "and") for t in between):
                break
            listed.append(name)
        if ent not in listed:
            return None, ""
        before = [self._named_person(n[-1].lower_) for n in names if n.end <= word.i]
        before = [p for p in before if p is not None][-len(listed):]
        if len(before) != len(listed):
            return None, ""
        served = [a for a in map(self._gazetteer_actor, sent.doc[max(sent.start, word.i - 3): word.i])
                  if a is not None and a.type == "country"]
        return before[listed.index(ent)], served[-1].id if served else ""

    def _last_person_before(self, segment: Segment, token_index: int) -> Actor | None:
        for ent in reversed([e for e in segment.doc.ents if e.end <= token_index and e.label_ == "PERSON"]):
            person = self._named_person(ent[-1].text.lower().removesuffix("'s"))
            if person is not None:
                return person
        return None

    def _fill_affiliations(self) -> None:
        """A role seen with an affiliation but no name ("NATO Secretary General") completes a person; so does
        an office named with no holder ("The President of Russia said") when the article names one
        person of unknown office and country, and no other holder for it."""
        offices: list[tuple[str, str, Segment, object]] = []
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
                office = self.gaz.office_before(text[max(0, tok.idx - 40):tok.idx]) if actor.type == "country" else None
                if office:
                    offices.append((office, actor.id, segment, tok.sent))  # "The President of Russia said"
        for pid, person in list(self.people.items()):
            if person.role and not person.affiliation:
                matches = {aff for role, aff in self.role_mentions if role == person.role}
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

    # ---- the timeline of mentions, for salience -----------------------------------------
    def _collect_timeline(self, segment: Segment) -> None:
        for ent in segment.doc.ents:
            actor = self._entity_actor(ent[-1] if ent[-1].text not in ("'s", "’s") else ent[0])
            if actor is not None:
                self._timeline.append(((segment.index, ent.start), actor))
                form = " ".join(t.text for t in ent if t.text not in ("'s", "’s", "’", "'"))
                form = form.removeprefix("the ").removeprefix("The ").strip()
                if form and form != actor.name and not ent.ent_id_.startswith("capital:"):
                    self.surface_forms.setdefault(actor.id, set()).add(form)
        for tok in segment.doc:  # surnames the NER missed ("Landsbergis arrived")
            person = self.person_by_surname(tok.text) if tok.ent_iob_ == "O" and tok.pos_ == "PROPN" else None
            if person is not None:
                self._timeline.append(((segment.index, tok.i), person))

    def remember_group(self, segment: Segment, token_index: int, actors: tuple[Actor, ...],
                       meeting: bool = False) -> None:
        """Note a pair or group acting together, for later "the two", "both sides" or "they"."""
        unique = tuple({a.id: a for a in actors}.values())
        if len(unique) >= 2:
            self.groups.append(((segment.index, token_index), unique, meeting))

    def _last(self, pos: tuple[int, int], types: set[str], within: frozenset[str] | None = None,
              exclude: set[str] = frozenset()) -> Actor | None:
        i = bisect.bisect_left(self._keys, pos)
        for _, actor in reversed(self._timeline[:i]):
            if actor.type in types and actor.id not in exclude and (within is None or actor.id in within):
                return self.people.get(actor.id, actor)
        return None

    def last_group(self, pos: tuple[int, int], meeting: bool = False, kind: str = "") -> tuple[Actor, ...]:
        """The last group seen before ``pos``: only meeting parties when ``meeting``; only people
        (``kind="person"``) or only states and organisations (``kind="state"``) when asked."""
        def fits(group: tuple[Actor, ...]) -> bool:
            if kind == "person":
                return all(a.type == "person" for a in group)
            if kind == "state":
                return all(a.type in ("country", "organisation") for a in group)
            return True
        earlier = [g for p, g, m in self.groups if p <= pos and (m or not meeting) and fits(g)]
        return earlier[-1] if earlier else ()

    def _last_holders(self, pos: tuple[int, int], lemma: str) -> tuple[Actor, ...]:
        """The last people told acting together who all hold an office of this name ("the ministers" are
        not a Secretary of State and a top diplomat who met since)."""
        for p, group, _ in reversed(self.groups):
            people = [self.people.get(a.id, a) for a in group]
            if p <= pos and all(a.type == "person" and lemma in a.role.lower() for a in people):
                return tuple(people)
        return ()

    def _last_of_group(self, pos: tuple[int, int], people: list[Actor]) -> tuple[Actor, ...]:
        """Of these people, the two or more last told acting together before ``pos`` (empty if none were)."""
        ids = {p.id for p in people}
        for p, group, _ in reversed(self.groups):
            members = tuple(self.people[a.id] for a in group if a.id in ids)
            if p <= pos and len(members) >= 2:
                return members
        return ()

    # ---- resolving a phrase ------------------------------------------------------------
    def _gazetteer_actor(self, tok) -> Actor | None:
        ent_id = tok.ent_id_
        if ent_id.startswith("capital:"):
            return self.gaz.actors.get(ent_id.removeprefix("capital:"))
        if ent_id in NATIONAL_SOCIETY_BODIES:
            return self._national_society(tok) or self.gaz.actors.get(ent_id)
        if ent_id:
            actor = self.gaz.actors.get(ent_id)
            if ent_id in EU_BARE_BODIES and not self._tells_of_europe and (entity_of(tok).text.lower().removeprefix(
                    "the ") in ("commission", "council")):
                return self._main_body(tok) or actor  # "the Commission" of an African Union communique is the AU's
            if actor is not None and actor.type == "organisation":
                return self._owning_body(tok, ent_id) or actor
            return actor
        return None

    @cached_property
    def _tells_of_europe(self) -> bool:
        """Whether the article names Europe or the EU, so that a bare "the Commission" may be the EU's."""
        return any(re.search(r"\bEU\b|Europe", seg.text) for seg in self.segments)

    def _main_body(self, tok) -> Actor | None:
        """The organisation named most often before this word (of those as often, the last named), if any."""
        index = next((seg.index for seg in self.segments if seg.doc is tok.doc), 0)
        named: dict[str, tuple[int, int, int]] = {}  # organisation id -> (names told before, where the last was)
        for segment in self.segments[: index + 1]:  # (read off the text: this runs before the timeline is built)
            for ent in segment.doc.ents:
                actor = self.gaz.actors.get(ent.ent_id_)
                if (segment.index < index or ent.end <= tok.i) and actor is not None and actor.type == "organisation" \
                        and actor.id not in EU_BARE_BODIES:
                    named[actor.id] = (named.get(actor.id, (0,))[0] + 1, segment.index, ent.start)
        best = max(named, key=named.get, default=None)
        return self.gaz.actors[best] if best else None

    def _owning_body(self, tok, ent_id: str) -> Actor | None:
        """The organisation a named body belongs to, written as its owner: "the African Union's Peace and
        Security Council" is the African Union's organ, not the UN Security Council (None if no owner)."""
        doc = tok.doc
        i = tok.i
        while i > 0 and doc[i].ent_iob_ == "I" and doc[i - 1].ent_id_ == ent_id:
            i -= 1  # to the start of the body's name (this runs for every organisation word, so no search)
        i -= 1
        while i > 0 and not doc[i].ent_id_ and (doc[i].text[:1].isupper() or doc[i].lower_ == "and") \
                and doc[i].lower_ not in ("'s", "’s"):
            i -= 1  # "Peace and"
        owner_id = doc[i - 1].ent_id_ if i > 0 and doc[i].lower_ in ("'s", "’s") else self._owner_after(tok, ent_id)
        if not owner_id or owner_id == ent_id or ent_id.startswith(owner_id):  # (the UN's Security Council is so)
            return None
        owner = self.gaz.actors.get(owner_id)
        return owner if owner is not None and owner.type == "organisation" else None

    @staticmethod
    def _owner_after(tok, ent_id: str) -> str:
        """The organisation named in "of the X" just after a body's name ("the Peace and Security Council of the
        African Union"), or ""."""
        doc = tok.doc
        j = tok.i
        while j < len(doc) and doc[j].ent_id_ == ent_id:
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ == "of":
            j += 2 if doc[j + 1].lower_ == "the" else 1
            return doc[j].ent_id_ if j < len(doc) and doc[j].ent_id_.startswith("org:") else ""
        return ""

    def _national_society(self, tok) -> Actor | None:
        """A country's own society of a movement, not the movement's international body: "the Indonesian Red
        Cross" (None when no country is named just before it)."""
        span = entity_of(tok)
        start = span.start if span is not None and span.ent_id_ == tok.ent_id_ else tok.i
        before = tok.doc[start - 1] if start > 0 else None
        if before is None or not before.ent_id_.startswith("country:"):
            return None
        name = " ".join(t.text for t in tok.doc[before.i: span.end if span is not None else tok.i + 1])
        return Actor(id=f"org:{slugify(name)}", name=name, type="organisation")

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
            return Actor(id=f"place:{slugify(name)}", name=name, type="place")
        if tok.pos_ == "PROPN" and self.person_by_surname(tok.text) is None and tok.text[:1].isupper():
            # the NER often mistakes a town for a person ("visited Gdansk"); a destination is a place
            span = entity_of(tok)
            words = [c.text for c in tok.lefts if c.dep_ == "compound" and c.text[:1].isupper()] + [tok.text]
            name = span.text if span is not None and span.label_ == "PERSON" else " ".join(words)
            return Actor(id=f"place:{slugify(name)}", name=name, type="place")  # "NATO Headquarters"
        return None

    def resolve(self, tok, segment: Segment) -> Reference:
        """The actors a noun-phrase head refers to (empty when it names no actor)."""
        pos = (segment.index, tok.i)
        lower = tok.lower_
        actor = self._entity_actor(tok)
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
                # "President of the United States of America Barack Obama": the name closes the phrase
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
        "with President of the United States of America Barack Obama"."""
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

    def _clause_owner(self, tok, segment: Segment) -> Reference:
        """Whom "its" or "their" stands for: the subject of the nearest clause above it that has one of its
        own ("Kenya welcomed its policy", "Kenya and Uganda renewed their pledge")."""
        for verb in tok.ancestors:
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

    def _resolve_pronoun(self, lower: str, pos, segment: Segment, tok) -> Reference:
        if lower in ("its", "their") and tok.dep_ == "poss":
            owner = self._clause_owner(tok, segment)
            if owner.actors:
                return owner
        if lower in ("it", "its"):  # "Canada said it will provide aid": the state that said it
            for clause in tok.ancestors:
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

    def _subject_pronoun(self, tok, segment: Segment, depth: int = 0) -> Actor | None:
        """Whom "he" or "she" as a subject stands for: the last person named before it in its own sentence,
        else the person the sentence before was about (see :meth:`_previous_subject`), else the last
        person named."""
        pos = (segment.index, tok.i)
        person = self._last(pos, {"person"})
        if person and self._named_since(person, pos, tok.sent.start):
            return person
        return self._previous_subject(tok, segment, depth) or person

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
        return actors[0] if len(actors) == 1 and actors[0].type == "person" else None

    def _resolve_description(self, tok, pos, segment: Segment) -> Reference:
        lemma = tok.lemma_.lower()
        if tok.tag_ == "NNP" and lemma.endswith("s") and lemma[:-1] in self._title_words:
            lemma = lemma[:-1]  # "The Foreign Ministers of ..." tagged as a name
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
        # "the two", "both sides", "the two leaders"
        if lemma in GROUP_HEADS or tok.lower_ in GROUP_HEADS:
            has_number = any(c.lower_ in ("both", *COUNT_WORDS) for c in tok.children) or tok.lower_ in ("two", "both")
            definite_people = lemma in PERSON_GROUP_HEADS and tok.tag_ == "NNS" and any(
                c.lower_ == "the" for c in tok.children) and all(
                c.dep_ in ("det", "advmod") for c in tok.children) and (
                self.last_group(pos, kind="person") or self.last_group(pos, kind="state"))  # (or their states)
            # (plain "the leaders" are the people last told acting together; "the foreign ministers" are read below)
            if has_number or tok.lower_ in ("sides", "parties") or definite_people:
                if lemma in ("institution", "organisation", "organization", "bloc"):
                    found = self._last_n(pos, {"organisation"}, 2)
                    return Reference(found, 0.6) if found else Reference(())
                if demonym_ids and lemma in ("minister", "leader", "president"):
                    return self._people_of(demonym_ids, lemma, tok)
                kind = ("person" if lemma in PERSON_GROUP_HEADS else
                        "state" if lemma in STATE_GROUP_HEADS else "")
                group = self._last_holders(pos, lemma) if lemma in OFFICE_GROUP_HEADS else ()
                count = next((COUNT_WORDS[c.lower_] for c in tok.children if c.lower_ in COUNT_WORDS), 0)
                if count > 2 and len(group) != count:  # "the four ministers": the last four told acting together
                    sized = [g for p, g, _ in reversed(self.groups) if p <= pos and len(g) == count]
                    group = next((g for g in sized if all(
                        a.type == "person" if kind == "person" else
                        a.type in ("country", "organisation") if kind == "state" else True for a in g)), ())
                    if not group and sized and lemma in STATE_NOUNS:  # "the three countries" of three leaders
                        group = self._states_of(sized[0])
                    if not group:
                        return Reference(())  # ("four South American countries" told of no four before)
                if not group and lemma in OFFICE_GROUP_HEADS and not has_number:
                    holders = [p for p in self.people.values() if lemma in p.role.lower()]  # "the ministers" are
                    if len(holders) >= 2:  # the ministers told, not others who met since
                        group = self._last_of_group(pos, holders) or tuple(holders)
                group = group or self.last_group(pos, kind=kind)
                if not group:  # "the three countries" after three ministers are theirs, never the people
                    group = self._states_of(self.last_group(pos)) if lemma in STATE_NOUNS else self.last_group(pos)
                return Reference(group, 0.6) if group else Reference(())
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
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.dep_ == "conj"
            if candidates and definite or demonym_ids:
                ids = {p.id for p in candidates}
                person = self._last(pos, {"person"}, frozenset(ids)) if ids else None
                if person is None and len(candidates) == 1:
                    person = candidates[0]
                if person is not None:
                    return Reference((person,), 0.7)
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
                    return Reference((actor,), 0.9)
        if tok.text in ("Council", "Commission") and not mods and not any(c.dep_ == "det" for c in tok.children):
            body = self._main_body(tok)  # "Council decides to suspend ...": the council of the communique
            if body is not None:
                return Reference((body,), 0.7)
        if lemma in BODY_NOUNS and any(c.lower_ in ("the", "this") for c in tok.children) \
                and not any(m.pos_ == "PROPN" and not m.ent_id_ for m in mods):
            body = self._last(pos, {"organisation"})  # "the bloc", "the alliance", "the Iran-backed group"
            if body is not None:
                return Reference((body,), 0.6)
        # "the Calenardhon government": a name we do not know is not the last country mentioned
        unknown_name = any(m.pos_ == "PROPN" and not m.ent_id_ and m.lower_ not in self.gaz.regions for m in mods)
        if lemma in STATE_NOUNS and any(c.lower_ in ("the", "this") for c in tok.children) and not unknown_name:
            within = None
            for mod in mods:
                region = self.gaz.regions.get(mod.lower_)
                if region:
                    within = region
            country = self._last(pos, {"country"}, within)
            if country is not None:
                return Reference((country,), 0.6 if within else 0.5)
        return Reference(())

    @staticmethod
    def _population(tok, owner, country: Actor) -> Actor:
        """The people of a country as a group of their own, not the state: "the Palestinian people",
        "the people of Mali" (the group keeps the country it belongs to)."""
        span = entity_of(owner)
        named = span.text.removeprefix("the ") if span is not None else owner.text
        name = f"{tok.text} of {named}" if owner.i > tok.i else f"{named} {tok.text}"
        return Actor(id=f"group:{slugify(name)}", name=name, type="group", country=country.id)

    def _states_of(self, group: tuple[Actor, ...]) -> tuple[Actor, ...]:
        """The states of a group's members (a person's affiliation, else the member itself); empty when
        any member has none."""
        states = [self.gaz.actors.get(a.affiliation) if a.type == "person" else a for a in group]
        if not states or not all(states):
            return ()
        return tuple({a.id: a for a in states}.values())

    def is_plural_title(self, tok) -> bool:
        """A title in the plural ("ministers", "presidents"): officials of a body or of several states."""
        return tok.lower_.endswith("s") and tok.lower_[:-1] in self._title_words

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

    def _last_n(self, pos, types: set[str], n: int) -> tuple[Actor, ...]:
        i = bisect.bisect_left(self._keys, pos)
        found: list[Actor] = []
        for _, actor in reversed(self._timeline[:i]):
            if actor.type in types and actor.id not in {a.id for a in found}:
                found.append(actor)
                if len(found) == n:
                    break
        return tuple(reversed(found))

    # ---- reported speech ----------------------------------------------------------------
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
