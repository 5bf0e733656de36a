"""Small readings of the dependency parse that the rules, the topics and the actor resolution share."""

from __future__ import annotations

from functools import lru_cache

from kgraph.nlp.wordlists import pairs, words

__all__ = ["prep_objects", "in_stance_phrase", "to_infinitive", "entity_of", "doc_text", "STANCE_PHRASE_NOUNS",
           "SETTING_NOUNS", "MEETING_NOUNS", "TALK_NOUNS", "STANCE_VERBS", "TIME_PREPOSITIONS", "preposition_variants"]

# nouns of a stance phrase "in ...": "in favour of", "in support of", "in protest against", "in response to"
STANCE_PHRASE_NOUNS = words("stance_phrase_nouns")

# nouns of a phrase that sets where an event took place, no part of what it was about: "on the sidelines of the
# summit", "on the margins of the UN General Assembly", "on the occasion of the anniversary"
SETTING_NOUNS = words("setting_nouns")

# nouns of a meeting, and verbs of taking a stance on someone's deed: the argument reader, the rules and the
# dating of events all ask whether a trigger is one
MEETING_NOUNS = words("meeting_nouns")
#: Meeting nouns of talks held, whose aim, matters and partners a clause may tell ("held talks to explore X"); a
#: visit is no such talk.
TALK_NOUNS = MEETING_NOUNS - {"visit"}
# verbs that take a stance on someone's deed: who welcomes or condemns "the signing" did not sign
STANCE_VERBS = words("stance_verbs")
# prepositions that set a deed in time beside another: "retaliated after an attack on its troops"
TIME_PREPOSITIONS = words("time_prepositions")


def prep_objects(tok, *words: str) -> list:
    """The objects of the prepositions ``words`` (of any preposition when none is given) that hang on
    ``tok``, in order.

    >>> import spacy
    >>> doc = spacy.blank("en")("talks between Chile and Peru")
    >>> for t, dep, head in zip(doc, ("ROOT", "prep", "pobj", "cc", "conj"), (0, 0, 1, 2, 2)):
    ...     t.dep_, t.head = dep, doc[head]
    >>> [t.text for t in prep_objects(doc[0], "between", "among")]
    ['Chile']
    >>> [t.text for t in prep_objects(doc[0])]
    ['Chile']
    """
    variants = preposition_variants()
    return [p for c in tok.children if c.dep_ == "prep" and (not words or c.lower_ in words
                                                            or variants.get(c.lower_) in words)
            for p in c.children if p.dep_ == "pobj"]


@lru_cache(maxsize=1)
def preposition_variants() -> dict[str, str]:
    """Prepositions read as another ("agreed upon" as "agreed on"): ``data/words/preposition_variants.tsv``.

    >>> preposition_variants()["upon"]
    'on'
    """
    return pairs("preposition_variants")


def in_stance_phrase(tok) -> bool:
    """Whether ``tok`` heads a stance phrase: "in favour (of)", "in protest (against)", "in response (to)".

    >>> import spacy
    >>> doc = spacy.blank("en")("in protest")
    >>> doc[1].dep_, doc[1].head, doc[1].lemma_ = "pobj", doc[0], "protest"
    >>> in_stance_phrase(doc[1]), in_stance_phrase(doc[0])
    (True, False)
    """
    return tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.lemma_.lower() in STANCE_PHRASE_NOUNS


def to_infinitive(verb) -> bool:
    """A verb with "to" before it: "to fight", "to discuss".

    >>> import spacy
    >>> doc = spacy.blank("en")("to fight")
    >>> doc[0].dep_, doc[0].head = "aux", doc[1]
    >>> to_infinitive(doc[1]), to_infinitive(doc[0])
    (True, False)
    """
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def entity_of(tok, ents=None):
    """The entity span (of ``ents``, by default the document's) that ``tok`` is in, or None.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> doc = spacy.blank("en")("in Addis Ababa today")
    >>> doc.ents = [Span(doc, 1, 3, label="GPE")]
    >>> entity_of(doc[2]).text, entity_of(doc[0])
    ('Addis Ababa', None)
    """
    return next((e for e in (tok.doc.ents if ents is None else ents) if e.start <= tok.i < e.end), None)


# prefixes the tokenizer splits off with their hyphen: "re-establish" -> "re", "-", "establish"
HYPHEN_PREFIXES = words("hyphen_prefixes")


def prefixed_word(tok):
    """The word a split-off prefix belongs to ("re" of "re-establish" -> "establish"), else ``tok``.

    >>> import spacy
    >>> doc = spacy.blank("en")("agreed to re-establish ties")
    >>> prefixed_word(doc[2]).text
    'establish'
    """
    doc = tok.doc
    if tok.lower_ in HYPHEN_PREFIXES and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" \
            and not tok.whitespace_ and not doc[tok.i + 1].whitespace_:
        return doc[tok.i + 2]
    return tok


def prefix_of(tok) -> str:
    """The split-off prefix written before a word with a hyphen ("re-" of "re-establish"), or ""."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and prefixed_word(doc[tok.i - 2]).i == tok.i:
        return doc[tok.i - 2].lower_ + "-"
    return ""


def doc_text(doc) -> str:
    """A parsed text's words as one string, kept with the document: spaCy builds ``Doc.text`` anew on each call.

    >>> import spacy
    >>> doc = spacy.blank("en")("Kenya and Uganda met.")
    >>> doc_text(doc), doc.user_data["kgraph_text"]
    ('Kenya and Uganda met.', 'Kenya and Uganda met.')
    """
    text = doc.user_data.get("kgraph_text")
    if text is None:
        text = doc.user_data["kgraph_text"] = doc.text
    return text
