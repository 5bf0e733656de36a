"""Person names the entity recogniser gets wrong, repaired after ``ner``.

The small English model joins two names across a verb ("Vucic blamed Kurti"), lets a place take a
first name ("Israel Katz", "Santiago Peña"), drops given names it does not know ("Samia Suluhu
Hassan" tagged as "Hassan") and cuts names at particles ("Ursula von" + "der Leyen"). It takes a name
after a title, or in a list of people, for a body ("President Edgars Rinkevics", "Viktor Orban of
Hungary and Giorgia Meloni of Italy"), and a lone surname for a place ("Bayramov"). The
``kgraph_repair_names`` component mends these cases.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.nlp.wordlists import words

__all__ = ["split_joined_names", "NameRepair", "NAME_REPAIR_FACTORY"]

#: The spaCy factory of the component, registered when this module is imported.
NAME_REPAIR_FACTORY = "kgraph_repair_names"

# lower-case words that belong inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva"
NAME_PARTICLES = words("name_particles")


def _splits_a_name(tok) -> bool:
    """A token that cannot sit inside a person's name: a verb, a conjunction, a comma, a lower-case word."""
    if tok.lower_ in NAME_PARTICLES or tok.text in (".", "-", "'", "’"):
        return False
    return tok.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "ADP", "PUNCT") or (tok.is_alpha and tok.text.islower())


# places that are also given names: "Israel Katz", "Santiago Peña", "Sofia Gatica", "Chad Wolf"
PLACE_GIVEN_NAMES = words("place_given_names")

NOT_SURNAMES = words("not_surnames")


def _given_name_place(doc: Doc, ent: Span) -> bool:
    """A one-word place followed by a capitalised name that nothing else claims: a person's first name."""
    if len(ent) != 1 or ent.text.lower() not in PLACE_GIVEN_NAMES or ent.end >= len(doc):
        return False
    surname = doc[ent.end]
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    return (surname.pos_ == "PROPN" and surname.text[:1].isupper() and surname.is_alpha
            and surname.ent_type_ in ("", "PERSON") and not surname.ent_id_
            and surname.lower_ not in NOT_SURNAMES and (after is None or after.pos_ != "PROPN"))


def _name_breaks(ent: Span) -> list:
    """Tokens inside an entity that show it runs across two names: any break in a PERSON entity, and a
    finite verb in an entity of another kind ("Aliyev accused Pashinyan" tagged as a law)."""
    if len(ent) < 3 or ent.ent_id_:
        return []
    if ent.label_ == "PERSON":
        return [t for t in ent[1:-1] if _splits_a_name(t)]
    if ent[0].text[:1].isupper() and ent[-1].text[:1].isupper():
        return [t for t in ent[1:-1] if t.tag_ in ("VBD", "VBZ", "VBP")]
    return []


def split_joined_names(doc: Doc, title_words: frozenset[str] = frozenset()) -> Doc:
    """Split a PERSON entity the NER ran across two names ("Vucic blamed Kurti", "Marine Le Pen and Viktor
    Orban"), give back the first name a place took from a person ("Israel Katz", "Santiago Peña"), and
    the given names the NER left out ("Samia Suluhu Hassan" tagged as "Hassan"; ``title_words`` stop it).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Vucic blamed Kurti today")
    >>> doc.ents = [Span(doc, 0, 3, label="PERSON")]
    >>> for token, pos in zip(doc, ("PROPN", "VERB", "PROPN", "NOUN")):
    ...     token.pos_ = pos
    >>> [e.text for e in split_joined_names(doc).ents]
    ['Vucic', 'Kurti']
    """
    changed = False
    ents = []
    taken = -1
    for ent in doc.ents:
        if ent.start < taken:
            continue  # the surname of a name just rebuilt
        if _given_name_place(doc, ent):
            end = ent.end + 1
            while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I":
                end += 1
            ents.append(Span(doc, ent.start, end, label="PERSON"))
            taken = end
            changed = True
            continue
        if ents and ents[-1].end == ent.start and ents[-1].label_ == ent.label_ == "PERSON" \
                and not ents[-1].ent_id_ and not ent.ent_id_:
            ents[-1] = Span(doc, ents[-1].start, ent.end, label="PERSON")  # "Samia Suluhu" + "Hassan"
            changed = True
            continue
        listed_end = _name_in_a_list_of_people(doc, ent, ents)
        if listed_end or _name_taken_for_a_body(doc, ent, title_words):
            # "President Edgars Rinkevics" tagged ORG; "... and Gustavo Petro of Colombia" tagged "Gustavo Petro of"
            ent = Span(doc, ent.start, listed_end or ent.end, label="PERSON")
            changed = True
        inner = _name_breaks(ent)
        if not inner:
            start = _given_names_before(doc, ent, title_words, max(taken, ents[-1].end if ents else 0))
            end = _surname_after(doc, ent)
            if start < ent.start or end > ent.end:
                changed = True
                ent = Span(doc, start, end, label="PERSON")
                taken = max(taken, end)
            ents.append(ent)
            continue
        changed = True
        start = ent.start
        for cut in [*(t.i for t in inner), ent.end]:
            piece = doc[start:cut]
            if len(piece) and all(t.text[:1].isupper() or t.lower_ in NAME_PARTICLES for t in piece) \
                    and piece[0].text[:1].isupper():
                ents.append(Span(doc, start, cut, label="PERSON"))
            start = cut + 1
    titled = _names_after_titles(doc, title_words)
    titled += [n for n in _names_after_countries(doc, title_words) if not any(t.start == n.start for t in titled)]
    if titled:
        ents = [e for e in ents if not any(e.start < t.end and t.start < e.end for t in titled)] + titled
        changed = True
    alone = _surnames_alone(doc, ents)
    if alone:
        ents = [e for e in ents if not any(e.start <= s.start < e.end for s in alone)] + alone
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


# entity kinds the NER gives a lone surname it does not know ("Bayramov" as a place)
SURNAME_MISTAKES = {"GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}


def _name_key(text: str) -> str:
    return text.replace("’", "'").lower()


def _surnames_alone(doc: Doc, ents: list[Span]) -> list[Span]:
    """A surname on its own, of a person named in full elsewhere in the text, that the NER left untagged
    or took for a place or an organisation ("O’Brien met ..." after "James O’Brien")."""
    surnames = {_name_key(e[-1].text) for e in ents
                if e.label_ == "PERSON" and len(e) >= 2 and len(e[-1].text) > 2 and e[-1].text[:1].isupper()}
    if not surnames:
        return []
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    found = []
    for tok in doc:
        if _name_key(tok.text) not in surnames or not tok.text[:1].isupper():
            continue
        ent = owner.get(tok.i)
        if ent is None or (len(ent) == 1 and ent.label_ in SURNAME_MISTAKES and not ent.ent_id_):
            found.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return found


def _given_names_before(doc: Doc, ent: Span, title_words: frozenset[str], floor: int) -> int:
    """Where a PERSON entity really starts: capitalised proper nouns before it that no entity claims and
    that are no title ("Samia Suluhu" before "Hassan"; not "President" before "Ruto")."""
    start = ent.start
    if ent.label_ != "PERSON" or ent.ent_id_:
        return start
    while start - 1 >= floor and ent.start - start < 3:
        prev = doc[start - 1]
        if (not _bare_proper_noun(prev) or prev.lower_ in title_words or prev.lower_.removesuffix("s") in title_words
                or prev.dep_ not in ("compound", "flat")):
            break
        start -= 1
    return start


# titles written straight before a name: "Chancellor Scholz", "Minister Jaishankar", "Mr Tshisekedi"
TITLES_BEFORE_NAMES = words("titles_before_names")
REGNAL_NUMBERS = words("regnal_numbers")
NOT_NAMES = words("not_names")


def _title_before_names(tok) -> bool:
    """A title written straight before a name, or before a list of names in the plural ("Presidents")."""
    word = tok.lower_.rstrip(".")
    return word in TITLES_BEFORE_NAMES or (word.endswith("s") and word[:-1] in TITLES_BEFORE_NAMES)


def _names_after_titles(doc: Doc, title_words: frozenset[str]) -> list[Span]:
    """Names the NER left untagged after a title: "received Chancellor Scholz", "Mr Antonio said"."""
    found = []
    i = 1
    while i < len(doc):
        title, tok = doc[i - 1], doc[i]
        if title.lower_.rstrip(".") in TITLES_BEFORE_NAMES and title.text[:1].isupper() \
                and tok.lower_ in ("of", "for"):
            name = _name_after_long_title(doc, i, title_words)
            if name is not None:
                found.append(name)
                i = name.end
                continue
        if (_title_before_names(title) and title.text[:1].isupper() and _untagged_name(tok)
                and tok.lower_ not in title_words):  # (or a title in the plural: "Presidents Petro and Noboa")
            end = i + 1
            while end < len(doc) and _untagged_name(doc[end]) and doc[end - 1].head.i == end:
                end += 1
            if end < len(doc) and doc[end].text in REGNAL_NUMBERS:
                end += 1  # "King Abdullah II", "King Charles III"
            if doc[end - 1].lower_ not in title_words and title.head.i in range(i, end):
                found.append(Span(doc, i, end, label="PERSON"))
            i = end
            continue
        i += 1
    return found


LONG_TITLE_LINKS = words("long_title_links")


def _name_after_long_title(doc: Doc, i: int, title_words: frozenset[str]) -> Span | None:
    """An untagged name after a title that runs on from ``doc[i]`` ("of", "for"): "Minister of Foreign
    Affairs and Trade Kitlang Kabua". The title runs over capitalised office words and links; the name is
    the proper nouns after it, joined as one phrase. None when no such name follows."""
    end = i
    while end < min(len(doc), i + 10) and (doc[end].lower_ in LONG_TITLE_LINKS or (
            doc[end].lower_ in title_words and doc[end].text[:1].isupper())):
        end += 1
    if end == i or doc[end - 1].lower_ in LONG_TITLE_LINKS:
        return None
    start = end
    while end < len(doc) and _untagged_name(doc[end]) and doc[end].lower_ not in title_words:
        end += 1
    if end - start < 2 or any(doc[k].head.i != end - 1 for k in range(start, end - 1)):
        return None  # a given name and a surname, as one phrase
    return Span(doc, start, end, label="PERSON")


# words of bodies, forces and places that follow a country's possessive as no personal name does
INSTITUTION_WORDS = words("institution_words")


def _names_after_countries(doc: Doc, title_words: frozenset[str]) -> list[Span]:
    """Names the NER left untagged straight after a country, in a sentence that names an office before it: "the
    ministers of Foreign Affairs of Congo (DRC) Christophe Pen'Apala and from Rwanda Vicent Biruta"; and a
    given name and a surname after a country's possessive: "Argentina's Javier Milei and Uruguay's Yamandú Orsi"."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP") or not ent.ent_id_:
            continue
        start = ent.end
        if start + 2 < len(doc) and doc[start].text == "(" and doc[start + 2].text == ")":
            start += 3  # "Congo (DRC) Christophe ..."
        possessive = start < len(doc) and doc[start].text in ("'s", "’s")
        start += possessive
        end = start
        # after a possessive, also a name the NER took for a body ("Chile's Camila Rojas" tagged ORG)
        while end < len(doc) and end - start < 3 and doc[end].lower_ not in title_words and (_name_word(doc[end]) or (
                possessive and _capitalised_proper_noun(doc[end]) and doc[end].ent_type_ in SURNAME_MISTAKES
                and not doc[end].ent_id_)):
            end += 1
        if end - start < 2 or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue
        titled = any(t.lemma_.lower() in TITLES_BEFORE_NAMES for t in doc[ent.sent.start:ent.start])
        if titled and not possessive or possessive and not any(
                t.lower_ in INSTITUTION_WORDS or t.lower_ in NOT_NAMES for t in doc[start:end]):
            found.append(Span(doc, start, end, label="PERSON"))
    return found


def _name_word(tok) -> bool:
    """A capitalised word that no entity claims and that can be part of a name ("Pen'Apala")."""
    return _capitalised_proper_noun(tok, marks=True) and not tok.ent_type_ and tok.lower_ not in NOT_NAMES


def _name_taken_for_a_body(doc: Doc, ent: Span, title_words: frozenset[str]) -> bool:
    """An entity of another kind straight after a title that the entity's words hang on, made only of
    capitalised proper nouns that are no title and no body: a person's name ("President Edgars Rinkevics"
    tagged as an organisation)."""
    if ent.label_ not in SURNAME_MISTAKES or ent.ent_id_ or ent.start == 0 or len(ent) > 4:
        return False
    title = doc[ent.start - 1]
    if title.lower_ == "general" and ent.start >= 3 and doc[ent.start - 2].text == "-":
        title = doc[ent.start - 3]  # "GCC Secretary-General Jasem Mohamed Albudaiwi" tagged as a body
    return (title.lower_.rstrip(".") in TITLES_BEFORE_NAMES and title.text[:1].isupper()
            and (title.head.i in range(ent.start, ent.end) or doc[ent.start - 1].head.i in range(ent.start, ent.end))
            and all(_capitalised_proper_noun(t) and t.lower_ not in title_words and t.lower_ not in NOT_NAMES
                    for t in ent))


def _name_in_a_list_of_people(doc: Doc, ent: Span, before: list[Span]) -> int:
    """Where the name ends, for an entity of another kind built like the person listed before it: "Robert
    Fico of Slovakia and Petr Fiala of Czechia" (Fiala tagged as an organisation, or as "Fiala of");
    0 when it is no such name."""
    end = ent.end - 1 if ent[-1].lower_ == "of" else ent.end
    while end == ent.end and end < len(doc) and end - ent.start < 3 and _bare_proper_noun(doc[end]):
        end += 1  # "Giorgia" tagged as a place, "Meloni" left untagged
    if ent.label_ not in SURNAME_MISTAKES or ent.ent_id_ or not 2 <= end - ent.start <= 3 or ent.start < 4:
        return 0
    if not all(_capitalised_proper_noun(t) for t in doc[ent.start:end]):
        return 0
    if doc[ent.start - 1].lower_ not in ("and", ",") or end + 1 >= len(doc) or doc[end].lower_ != "of" \
            or not doc[end + 1].ent_id_:
        return 0
    # before the "and": "<PERSON> of <known place>"
    i = ent.start - 2
    while i >= 0 and (doc[i].ent_id_ or doc[i].lower_ == "the"):
        i -= 1
    return end if i >= 1 and doc[i].lower_ == "of" and any(p.label_ == "PERSON" and p.end == i for p in before) else 0


def _capitalised_proper_noun(tok, marks: bool = False) -> bool:
    """A proper noun of letters (with ``marks`` also apostrophes and hyphens inside: "Pen'Apala"),
    capitalised and no acronym."""
    text = tok.text
    letters = text.replace("'", "").replace("’", "").replace("-", "") if marks else text
    return tok.pos_ == "PROPN" and letters.isalpha() and text[:1].isupper() and not text.isupper()


def _bare_proper_noun(tok) -> bool:
    """A capitalised proper noun (not an acronym) that no entity claims."""
    return _capitalised_proper_noun(tok) and not tok.ent_type_


def _untagged_name(tok) -> bool:
    return _bare_proper_noun(tok) and tok.lower_ not in NOT_NAMES


def _surname_after(doc: Doc, ent: Span) -> int:
    """Where a PERSON entity really ends: the surname the entity's words hang on ("Marine Le" + "Pen"), or
    the rest of a hyphenated name ("Choi Sang" + "-mok")."""
    if ent.label_ != "PERSON" or ent.ent_id_ or ent.end >= len(doc):
        return ent.end
    nxt = doc[ent.end]
    if nxt.text == "-" and not ent[-1].whitespace_ and not nxt.whitespace_ and ent.end + 1 < len(doc) \
            and doc[ent.end + 1].is_alpha and not doc[ent.end + 1].ent_type_:
        return ent.end + 2  # "Choi Sang" + "-mok"
    if _bare_proper_noun(nxt) and ent[-1].head.i == nxt.i and ent[-1].dep_ in ("compound", "flat"):
        return ent.end + 1
    end = ent.end  # "Ursula von" + "der" + "Leyen" (tagged as a place)
    while end < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].ent_type_ in ("", "PERSON"):
        end += 1
    if end < len(doc) and (ent[-1].lower_ in NAME_PARTICLES or end > ent.end) and _surname_word(doc, end):
        return end + 1
    return ent.end


def _surname_word(doc: Doc, i: int) -> bool:
    """A capitalised word that can close a name after a particle: untagged, or a one-word entity of
    another kind that no gazetteer entry claims ("Leyen" tagged as a place)."""
    tok = doc[i]
    if not (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()) or tok.ent_id_:
        return False
    if not tok.ent_type_:
        return True
    return tok.ent_iob_ == "B" and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")


class NameRepair:
    """The pipeline component; ``title_words`` are words of titles that never start a name."""

    def __init__(self, title_words: frozenset[str]) -> None:
        self.title_words = title_words

    def __call__(self, doc: Doc) -> Doc:
        return split_joined_names(doc, self.title_words)


@Language.factory(NAME_REPAIR_FACTORY, default_config={"title_words": []})
def make_name_repair(nlp: Language, name: str, title_words: list[str]) -> NameRepair:
    return NameRepair(frozenset(w.lower() for w in title_words))
