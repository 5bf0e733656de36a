"""Parties told without a name the gazetteer knows, read from the form of the phrase alone.

Four readings, tried after the article's own names, titles and descriptions have found nothing
(``unnamed_party`` tries them in order):

* a people in the plural stands for its state: "the Palestinians", "Iraqis", "the Chinese";
* a state's forces or an unnamed group inside it stands for the state: "Chilean troops", "security
  forces in Chile", "rebels from Peru" (the state is named beside the noun, never guessed);
* a state's own body named as the subject stands for the state: "the Philippine Coast Guard accused ...";
* an organisation the tagger finds by its name but the gazetteer does not list is an organisation of
  that name ("Greenpeace", "the Kurdistan Workers' Party"), or the listed body that owns it.

The word lists are data: ``data/words/force_nouns.txt``, ``data/words/quantity_nouns.txt``,
``data/words/envoy_nouns.txt`` and ``data/words/organisation_name_stops.txt``.

>>> import spacy
>>> from spacy.tokens import Doc, Span
>>> words = ["Greenpeace", "condemned", "the", "Palestinians"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
...           pos=["PROPN", "VERB", "DET", "PROPN"], tags=["NNP", "VBD", "DT", "NNPS"])
>>> doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 3, 4, label="NORP")]
>>> unlisted_organisation(doc[0], set()).name
'Greenpeace'
>>> demonym_in_plural(doc[3], {"Palestinian": "country:PSE"})
'country:PSE'
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping
from kgraph.nlp.actors.gazetteer import Actor, Gazetteer, slugify
from kgraph.nlp.syntax import entity_of, prep_objects
from kgraph.nlp.wordlists import words

__all__ = ["city_state", "demonym_in_plural", "is_force_noun", "state_modifiers", "unlisted_organisation",
           "unnamed_party"]

#: Nouns for a state's forces or an unnamed group acting for or inside it.
FORCE_NOUNS = words("force_nouns")
#: Nouns that count or gather the people named after "of" ("scores of refugees").
QUANTITY_NOUNS = words("quantity_nouns")
#: Diplomats and envoys, who stand for the state that sends them: "the French ambassador" (not "in Paris").
ENVOY_NOUNS = words("envoy_nouns")
#: Words of an office of a state, which is no organisation of its own name.
ORGANISATION_NAME_STOPS = words("organisation_name_stops")
#: Prepositions that tie a group to the state it is in or comes from ("rebels in Chile").
STATE_PREPOSITIONS = ("in", "of", "from")


def demonym_in_plural(tok, demonyms: Mapping[str, str]) -> str | None:
    """The country id a people named as a noun stands for ("Palestinians", "the Chinese"), or None.
    ``demonyms`` maps a demonym as written ("Palestinian") to its country id.

    Only a noun in the plural or a nationality noun without a head of its own counts: "Palestinian
    officials" is read by the rules for officials, not here.
    """
    if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper():
        return None
    text = tok.text
    if tok.tag_ in ("NNPS", "NNS") and text.endswith("s") and text[:-1] in demonyms:
        return demonyms[text[:-1]]
    if text.endswith("ese") and text in demonyms and any(c.lower_ == "the" for c in tok.children):
        return demonyms[text]  # "the Chinese", "the Lebanese"
    return None


def is_force_noun(tok) -> bool:
    """Whether a noun names a state's forces or an unnamed group ("troops", "rebels", "authorities")."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in FORCE_NOUNS
                                              or tok.lemma_.lower() in FORCE_NOUNS)


def state_modifiers(tok) -> list:
    """The words beside a noun that may name the state it belongs to: its adjectives, compounds and
    possessor ("Chilean troops", "Chile's army"), and the objects of "in", "of" and "from"."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    mods += [m for c in mods if c.dep_ == "compound" for m in c.children if m.dep_ in ("amod", "compound")]
    mods += prep_objects(tok, *STATE_PREPOSITIONS)
    return [part for m in mods for part in (m, *m.conjuncts)]


def unlisted_organisation(tok, stops: Container[str] | None = None,
                          listed: Callable[[str], bool] = lambda ent_id: bool(ent_id)) -> Actor | None:
    """An organisation named by the tagger but not in the gazetteer, or None.

    The name is the entity's words without a leading "the" or a trailing "'s"; an entity with any
    word of ``stops`` (offices of a state), a listed actor inside it, or a last word in lower case
    ("the Assembly of") is not one.
    """
    span = entity_of(tok)
    if span is None or span.label_ != "ORG" or tok.ent_id_ or span.root.i != tok.i and tok.i != span.end - 1:
        return None
    stops = ORGANISATION_NAME_STOPS if stops is None else stops
    words = [t for t in span if t.lower_ not in ("the", "'s", "’s")]
    if not words or any(t.lower_ in stops or listed(t.ent_id_) for t in words) \
            or not words[-1].text[:1].isupper() or len(words[0].text) < 2:
        return None
    name = tok.doc[words[0].i: words[-1].i + 1].text
    return Actor(id=f"org:{slugify(name)}", name=name, type="organisation")


def city_state(tok, gazetteer: Gazetteer) -> list[Actor]:
    """The country of the city a proper noun names, when ``data/cities.tsv`` lists it ("Kharkiv": Ukraine)."""
    if tok.pos_ != "PROPN":
        return []
    span = entity_of(tok)
    name = " ".join(t.text for t in (span or [tok]) if t.pos_ != "DET")
    country = gazetteer.cities.get(name.lower())
    return [gazetteer.actors[country]] if country in gazetteer.actors else []


def unnamed_party(tok, resolve: Callable[[object], tuple[Actor, ...]],
                  gazetteer: Gazetteer) -> tuple[tuple[Actor, ...], float] | None:
    """The party a phrase stands for by its form alone (or, for a group in the plural told of several states,
    each of them: "the juntas in Mali and Niger"), with how sure the reading is, or None; ``resolve``
    gives the actors a word names in its article (names, titles, pronouns), tried for the words beside it.

    In order: the people a count or group is of ("dozens of Chilean sailors"); an envoy of a state named
    before it or after "of" ("the Chilean ambassador", "Peru's envoys", "the ambassador of Peru"); a people in
    the plural ("the Palestinians"); a force or group with its state or body named beside it ("Chilean troops", "the Hamas faction"); a state's body named as a subject ("the Philippine
    Coast Guard accused ..."); an unlisted organisation, or the listed one that owns it ("Russia's Africa
    Corps", "the Executive Council of the AU").
    """
    counted = prep_objects(tok, "of") if tok.lemma_.lower() in QUANTITY_NOUNS or tok.lower_ in QUANTITY_NOUNS else []
    if counted:  # "scores of Liberian refugees": the refugees
        return unnamed_party(counted[0], resolve, gazetteer)
    if tok.lemma_.lower() in ENVOY_NOUNS or tok.lower_ in ENVOY_NOUNS:
        senders = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss") and c.i < tok.i]
        senders += prep_objects(tok, "of", "from")  # "the ambassador of Peru", "envoys from Peru" (not "to" or
        # "in": where they serve)
        known = [a for c in senders for a in resolve(c) if a.type == "country"]
        if known:
            return (known[0],), 0.7
    country = demonym_in_plural(tok, gazetteer.demonyms)
    if country is not None and country in gazetteer.actors:
        return (gazetteer.actors[country],), 0.8
    if is_force_noun(tok):
        parts = state_modifiers(tok)
        if not parts and tok.dep_ == "dobj":  # "killed five civilians in Kharkiv": the parser hangs "in" on the verb
            parts = prep_objects(tok.head, "in")  # (or on where: "at a checkpoint in northern Mali")
            parts = parts or [p for o in prep_objects(tok.head, "at", "near", "on", "outside")
                              for p in prep_objects(o, "in")]
        for part in parts:
            known = [a for a in resolve(part) if a.type in ("country", "organisation")]
            known += city_state(part, gazetteer)  # "civilians in Kharkiv": Ukraine
            if not known and part.dep_ == "pobj":  # "gunmen from the Ogaden Liberation Front": a body not listed
                known = [a for a in (unlisted_organisation(part),) if a is not None]
            if known:
                if tok.tag_ == "NNS" and part.conjuncts:  # "the juntas in Mali and Burkina Faso": each state
                    return _each_state(part, resolve) or (known[0],), 0.7
                return (known[0],), 0.7
    state_words = [m for m in tok.children if m.dep_ in ("amod", "compound") and m.i < tok.i
                   and m.ent_id_.startswith("country:")]
    if tok.pos_ == "PROPN" and tok.text[:1].isupper() and len(state_words) == 1 and not tok.ent_type_ \
            and tok.dep_ in ("nsubj", "nsubjpass"):
        states = [a for a in resolve(state_words[0]) if a.type == "country"]
        return ((states[0],), 0.7) if states else None
    actor = unlisted_organisation(tok)
    if actor is None:
        return None
    owners = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, "of") + state_words
    for owner in owners:
        known = [a for a in resolve(owner) if a.type in ("country", "organisation")]
        if known:
            return (known[0],), 0.7
    return (actor,), 0.6


def _each_state(part, resolve: Callable[[object], tuple[Actor, ...]]) -> tuple[Actor, ...]:
    """The states of a word and its conjuncts, in order, each once ("Mali and Burkina Faso")."""
    found = {a.id: a for word in sorted([part, *part.conjuncts], key=lambda t: t.i)
             for a in resolve(word)[:1] if a.type == "country"}
    return tuple(found.values()) if len(found) >= 2 else ()
