"""Offices written around a name: before it ("Rwanda's President"), after it ("Wang Yi, Foreign Minister of
China"), above it ("The Chairperson of the Commission, Moussa Faki Mahamat"), in a clause ("who is deputy prime
minister"), shared by a list ("Prime Ministers A of Hungary and B of Italy") or a counterpart's.

:class:`OfficeReading` is the part of the people pass (:class:`~kgraph.nlp.actors.people.ArticlePeople`) that
reads titles; it looks people up in the article's index of names (``_named_person``) for counterparts.
"""

from __future__ import annotations

from kgraph.nlp.actors.gazetteer import Actor, Gazetteer
from kgraph.nlp.actors.lookup import ArticleLookup
from kgraph.nlp.segments import Segment
from kgraph.nlp.syntax import entity_of, prep_objects
from kgraph.nlp.wordlists import pairs, words

__all__ = ["OfficeReading", "COUNTERPART_NOUNS", "HONORIFICS", "TITLE_PREFIXES"]

MILITARY_RANKS = words("military_ranks")
COUNTERPART_NOUNS = words("counterpart_nouns")
OFFICE_HOLDER_NOUNS = words("office_holder_nouns")
TITLE_PREFIXES = words("title_prefixes")
# a national title's counterpart abroad holds the generic office ("his Chinese counterpart" of India's EAM)
COUNTERPART_ROLES = pairs("counterpart_roles")
#: The office of a body's head ("UN chief X": Secretary-General of the United Nations), and the short titles
#: that name it.
BODY_HEADS = pairs("body_heads")
SHORT_HEAD_TITLES = ("chief", "head", "boss")
ORGANISATION_WORDS = words("organisation_words")
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


class OfficeReading(ArticleLookup):
    """Reads the offices written around the names of one article, and whom each office serves."""

    def __init__(self, gazetteer: Gazetteer, segments: list[Segment]) -> None:
        super().__init__(gazetteer, segments)
        self._title_words = {title.split()[-1] for title in gazetteer.roles}

    def _roles_predicated(self, ent) -> list[tuple[str, str]]:
        """Offices said of a name in a clause: "Choi, who is deputy prime minister and finance minister",
        "Inamine was re-elected as Nago mayor", "Kuleba is Ukraine's foreign minister", each with the
        country or body it serves ("" when the clause names none). Former offices are left out.

        >>> from kgraph.nlp.actors.mentions import ArticleActors
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
        for title in (c for c in root.children if c.dep_ == "appos" and c.i > root.i):
            role = self._role_phrase(title)  # "Bola Tinubu, the current ECOWAS chairman": a second office
            if role[0] and role[1] and role not in found:
                found.append(role)
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
        """A name the NER called an organisation, set in apposition to a title, before or after it:
        "The Chairperson of the Commission, Moussa Faki Mahamat, condemns", "Mahmoud Ali Youssouf, Chairperson of
        the Commission, said" (not "the Council, ...")."""
        if ent.label_ not in ("ORG", "GPE", "NORP") or not 2 <= len(ent) <= 4:
            return False
        if any((not t.text[:1].isupper() and t.text != "-") or t.lower_ in ORGANISATION_WORDS or t.ent_id_
               for t in ent):
            return False
        head = ent.root.head
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if any(c.dep_ == "appos" and c.i > ent.root.i and c.lemma_.lower() in self._title_words
               and prep_objects(c, "of") for c in ent.root.children):
            return True  # "Mahmoud Ali Youssouf, Chairperson of the AU Commission, warned ..."
        return (ent.root.dep_ == "appos" and head.lemma_.lower() in self._title_words) or (
            ent.label_ == "ORG" and before is not None and before.text[:1].isupper()
            and before.lower_ in self._title_words and any("-" in t.text or t.text == "-" for t in ent))

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
            if tok.ent_type_ in ("DATE", "TIME"):
                break  # "Today President Obama talked ...": the day is no part of the title
            if tok.dep_ == "pobj" and tok.head.i == i - 1 and tok.head.lower_ not in ("of", "under") \
                    and tok.ent_type_ in ("GPE", "LOC", "FAC"):
                break  # "received today in Riyadh His Excellency Ambassador X": the place is no part of the title
            if (tok.text in (",", ";", ":", "(", ")", "“", "”", '"') or tok.pos_ in ("AUX", "CCONJ", "SCONJ")
                    or (tok.pos_ == "VERB" and tok.dep_ != "amod")  # "acting president" is a title
                    or (tok.pos_ == "ADP" and tok.lower_ != "of" and not (  # "Treasury Under Secretary"
                        tok.lower_ == "under" and doc[i + 1].lower_ == "secretary"))) and not inside_title \
                    and not (tok.ent_id_ and tok.pos_ == "VERB"):  # ("IAEA chief X": a body's name mistagged)
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
        if not role and left and left[-1].lower_ in SHORT_HEAD_TITLES and affiliation in BODY_HEADS:
            role = BODY_HEADS[affiliation]  # "UN chief António Guterres": the body's Secretary-General
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

    def is_plural_title(self, tok) -> bool:
        """A title in the plural ("ministers", "presidents"): officials of a body or of several states."""
        return tok.lower_.endswith("s") and tok.lower_[:-1] in self._title_words

    def is_title(self, tok) -> bool:
        """A noun naming a person by office, singular or plural ("the Ukrainian president", "ministers"), not
        a word that only stands in titles ("trade" of "Minister for Trade")."""
        return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in OFFICE_HOLDER_NOUNS
                                                 or tok.lower_.removesuffix("s") in OFFICE_HOLDER_NOUNS)
