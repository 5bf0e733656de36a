"""The spaCy pipeline: the English model plus a gazetteer entity ruler placed before ``ner``."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kgraph.config import MODEL_NAME
from kgraph.nlp.gazetteer import Gazetteer, load_gazetteer

__all__ = ["load_pipeline", "add_gazetteer_ruler", "split_joined_names", "MODEL_NAME"]

# lower-case words that belong inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva"
NAME_PARTICLES = {"de", "da", "do", "dos", "das", "di", "du", "del", "della", "van", "von", "der", "den", "ter",
                  "ten", "zu", "bin", "ibn", "bint", "al", "el", "la", "le", "y", "e", "abu", "ould", "ben", "st."}


def _splits_a_name(tok) -> bool:
    """A token that cannot sit inside a person's name: a verb, a conjunction, a comma, a lower-case word."""
    if tok.lower_ in NAME_PARTICLES or tok.text in (".", "-", "'", "’"):
        return False
    return tok.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "ADP", "PUNCT") or (tok.is_alpha and tok.text.islower())


# places that are also given names: "Israel Katz", "Santiago Peña", "Sofia Gatica", "Chad Wolf"
PLACE_GIVEN_NAMES = {"israel", "santiago", "sofia", "victoria", "chad", "jordan", "georgia", "paris", "lima",
                     "india", "kenya", "florence", "sydney", "austin", "madison", "salvador", "dakota"}

NOT_SURNAMES = {"agreement", "accord", "accords", "club", "declaration", "summit", "process", "conference",
                "principles", "charter", "convention", "protocol", "talks", "forum", "format", "group", "airport",
                "university", "street", "square", "city", "region", "government", "times", "post", "street"}


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


@Language.component("kgraph_split_names")
def split_joined_names(doc: Doc) -> Doc:
    """Split a PERSON entity the NER ran across two names ("Vucic blamed Kurti", "Marine Le Pen and Viktor
    Orban"), and give back the first name a place took from a person ("Israel Katz", "Santiago Peña").

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
        inner = _name_breaks(ent)
        if not inner:
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
    if changed:
        doc.ents = ents
    return doc


def add_gazetteer_ruler(nlp, gazetteer: Gazetteer):
    """Add an ``entity_ruler`` (before ``ner`` when present) that tags every known surface form.

    Each match carries the actor id as ``ent_id_`` (``country:LTU``, ``capital:country:UKR``).

    >>> import spacy
    >>> nlp = add_gazetteer_ruler(spacy.blank("en"), load_gazetteer())
    >>> [(e.text, e.label_, e.ent_id_) for e in nlp("Vilnius and the EU").ents]
    [('Vilnius', 'GPE', 'capital:country:LTU'), ('EU', 'ORG', 'org:EU')]
    """
    options = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="kgraph_gazetteer", config={"phrase_matcher_attr": "ORTH"}, **options)
    patterns = []
    for surface, (label, actor_id) in gazetteer.surface_forms().items():
        patterns.append({"label": label, "pattern": surface, "id": actor_id})
        if "'" in surface:  # "People’s Republic of China" as typeset
            patterns.append({"label": label, "pattern": surface.replace("'", "’"), "id": actor_id})
        if surface.startswith("the "):  # "the Council" opening a sentence
            patterns.append({"label": label, "pattern": "The" + surface[3:], "id": actor_id})
        if surface.upper() != surface and surface[:1].islower() is False and " " in surface:
            patterns.append({"label": label, "pattern": surface.upper(), "id": actor_id})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)
    return nlp


def _split_dashes(nlp) -> None:
    """Split "--" and a closing bracket glued to a word, as in datelines: "(Jiji Press)--Japanese"."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"--", r"(?<=[\)\]])(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=4)
def load_pipeline(actor_files: tuple[str, ...] = ()):
    """Load the English model once per set of user actor files, with the gazetteer ruler added."""
    import importlib

    model = importlib.import_module(MODEL_NAME)
    nlp = model.load()
    _split_dashes(nlp)
    gazetteer = load_gazetteer(actor_files)
    add_gazetteer_ruler(nlp, gazetteer)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("kgraph_split_names", after="ner")
    nlp.meta.setdefault("kgraph", {})
    return nlp, gazetteer
