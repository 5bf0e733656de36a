"""Parties told without a known name (``kgraph.nlp.actors.parties``) and threats held out on a condition: each
reading on hand-built parses, then through the real model. Every sentence is written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kgraph.nlp.actors.parties import demonym_in_plural, is_force_noun, state_modifiers, unlisted_organisation

VOCAB = spacy.blank("en").vocab
DEMONYMS = {"Palestinian": "country:PSE", "Iraqi": "country:IRQ", "Chinese": "country:CHN"}


def parse(spec: str, ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A doc from 'word/HEAD/dep/POS/TAG' items, HEAD the index of the head word; ``ents`` (start, end, label)."""
    items = [item.split("/") for item in spec.split()]
    doc = Doc(VOCAB, words=[i[0] for i in items], heads=[int(i[1]) for i in items], deps=[i[2] for i in items],
              pos=[i[3] for i in items], tags=[i[4] for i in items])
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.mark.parametrize("spec, index, expected", [
    ("Iraqis/1/nsubj/PROPN/NNPS voted/1/ROOT/VERB/VBD", 0, "country:IRQ"),
    ("the/1/det/DET/DT Palestinians/2/nsubj/PROPN/NNPS protested/2/ROOT/VERB/VBD", 1, "country:PSE"),
    ("the/1/det/DET/DT Chinese/2/nsubj/PROPN/NNP replied/2/ROOT/VERB/VBD", 1, "country:CHN"),
    ("Iraqi/1/amod/ADJ/JJ farmers/2/nsubj/NOUN/NNS protested/2/ROOT/VERB/VBD", 0, None),  # an adjective
    ("Chinese/1/nsubj/PROPN/NNP replied/1/ROOT/VERB/VBD", 0, None),  # no article: may be a language
    ("Kurds/1/nsubj/PROPN/NNPS marched/1/ROOT/VERB/VBD", 0, None),  # no state of that name
])
def test_demonym_in_plural(spec, index, expected):
    assert demonym_in_plural(parse(spec)[index], DEMONYMS) == expected


def test_force_nouns_and_the_words_that_name_their_state():
    # "security forces in Chad and Niger attacked"
    doc = parse("security/1/compound/NOUN/NN forces/4/nsubj/NOUN/NNS in/1/prep/ADP/IN Chad/2/pobj/PROPN/NNP "
                "attacked/4/ROOT/VERB/VBD")
    assert is_force_noun(doc[1]) and not is_force_noun(doc[3]) and not is_force_noun(doc[4])
    assert [t.text for t in state_modifiers(doc[1])] == ["security", "Chad"]
    # "Sudanese and Chadian troops": both adjectives, through the coordination
    doc = parse("Sudanese/3/amod/ADJ/JJ and/0/cc/CCONJ/CC Chadian/0/conj/ADJ/JJ troops/3/ROOT/NOUN/NNS")
    assert [t.text for t in state_modifiers(doc[3])] == ["Sudanese", "Chadian"]


@pytest.mark.parametrize("spec, ents, index, expected", [
    # "the Ogaden Liberation Front said"
    ("the/3/det/DET/DT Ogaden/3/compound/PROPN/NNP Liberation/3/compound/PROPN/NNP Front/4/nsubj/PROPN/NNP "
     "said/4/ROOT/VERB/VBD", ((0, 4, "ORG"),), 3, "Ogaden Liberation Front"),
    # "the Defence Ministry said": an office of a state, read elsewhere
    ("the/2/det/DET/DT Defence/2/compound/PROPN/NNP Ministry/3/nsubj/PROPN/NNP said/3/ROOT/VERB/VBD",
     ((0, 3, "ORG"),), 2, None),
    # a name cut short by the tagger ("the Assembly of")
    ("the/1/det/DET/DT Assembly/3/nsubj/PROPN/NNP of/1/prep/ADP/IN met/3/ROOT/VERB/VBD",
     ((0, 3, "ORG"),), 1, None),
    # a person is no organisation
    ("Ama/1/compound/PROPN/NNP Owusu/2/nsubj/PROPN/NNP said/2/ROOT/VERB/VBD", ((0, 2, "PERSON"),), 1, None),
])
def test_unlisted_organisation(spec, ents, index, expected):
    actor = unlisted_organisation(parse(spec, ents)[index])
    assert (actor.name if actor is not None else None) == expected
    if actor is not None:
        assert actor.type == "organisation" and actor.id == "org:ogaden-liberation-front"


# ---- end to end, on the real model ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Palestinians condemned the new settlement plan approved by Israel.", ("Palestine", "criticizes", "Israel")),
    ("Security forces in Guinea attacked the border post near Kambia.", ("Guinea", "attacks", "border post")),
    ("Rebels in Mozambique accused Rwanda of arming the militias.", ("Mozambique", "criticizes", "Rwanda")),
    ("The Ogaden National Liberation Front condemned Ethiopia on Sunday.",
     ("Ogaden National Liberation Front", "criticizes", "Ethiopia")),
    ("Canada imposed sanctions on the Houthi rebel movement on Monday.", ("Canada", "sanctions", "Houthis")),
])
def test_parties_without_a_known_name(text, expected):
    import kgraph
    from kgraph.model import Article

    events = {(e.actor, e.relation, e.object) for e in kgraph.extract([Article(id="t", text=text)])}
    assert expected in events, events


@pytest.mark.parametrize("text, expected", [
    ("Kenya said it would pull its troops out of Somalia unless Mogadishu paid the soldiers.",
     {("Kenya", "threatens", "Somalia")}),
    ("The EU will impose a travel ban on the junta's leaders if Niger expels the observers.",
     {("European Union", "threatens", "Niger")}),
    ("Norway will host the next round if Colombia agrees.", set()),  # a friendly deed on a condition
    ("Peru said that if Chile resumed the tests, it would be forced to respond.", set()),  # no hostile deed named
])
def test_deeds_held_out_on_a_condition_are_threats(text, expected):
    import kgraph
    from kgraph.model import Article

    threats = {(e.actor, e.relation, e.object) for e in kgraph.extract([Article(id="t", text=text)])
               if e.relation == "threatens"}
    assert threats == expected
