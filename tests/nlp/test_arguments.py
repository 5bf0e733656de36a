"""Argument paths: each path kind on hand-built parses of several wordings, then through the real model.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kgraph.nlp.arguments.paths import (PATH_KINDS, clause_target, complement_subject, condition_subject,
                                        control_object, object_target, path_heads, paths_for)

VOCAB = spacy.blank("en").vocab


def parse(spec: str) -> Doc:
    """A doc from 'word/HEAD/dep/POS/TAG' items, HEAD the index of the head word."""
    items = [item.split("/") for item in spec.split()]
    return Doc(VOCAB, words=[i[0] for i in items], heads=[int(i[1]) for i in items], deps=[i[2] for i in items],
               pos=[i[3] for i in items], tags=[i[4] for i in items])


@pytest.mark.parametrize("spec, trigger, expected", [
    # "Chile demanded that Peru withdraw its troops"
    ("Chile/1/nsubj/PROPN/NNP demanded/1/ROOT/VERB/VBD that/4/mark/SCONJ/IN Peru/4/nsubj/PROPN/NNP "
     "withdraw/1/ccomp/VERB/VB", 1, ["Peru"]),
    # "Norway insisted Sudan must reopen the crossing"
    ("Norway/1/nsubj/PROPN/NNP insisted/1/ROOT/VERB/VBD Sudan/4/nsubj/PROPN/NNP must/4/aux/AUX/MD "
     "reopen/1/ccomp/VERB/VB", 1, ["Sudan"]),
    # "Ghana's demand that Togo free the crew" (a clause on a noun)
    ("Ghana/2/poss/PROPN/NNP 's/0/case/PART/POS demand/2/ROOT/NOUN/NN that/5/mark/SCONJ/IN Togo/5/nsubj/PROPN/NNP "
     "free/2/acl/VERB/VB", 2, ["Togo"]),
    # "Oman insisted that the talks had ended": what is, not what should be done
    ("Oman/1/nsubj/PROPN/NNP insisted/1/ROOT/VERB/VBD that/5/mark/SCONJ/IN the/4/det/DET/DT talks/5/nsubj/NOUN/NNS "
     "ended/1/ccomp/VERB/VBD", 1, []),
])
def test_complement_subject(spec, trigger, expected):
    doc = parse(spec)
    assert [t.text for t in complement_subject(doc[trigger])] == expected


@pytest.mark.parametrize("spec, trigger, expected", [
    # "Fiji asked Samoa to host the talks"
    ("Fiji/1/nsubj/PROPN/NNP asked/1/ROOT/VERB/VBD Samoa/1/dobj/PROPN/NNP to/4/aux/PART/TO host/1/xcomp/VERB/VB",
     1, ["Samoa"]),
    # "Chad called on Niger to reopen the border"
    ("Chad/1/nsubj/PROPN/NNP called/1/ROOT/VERB/VBD on/1/prep/ADP/IN Niger/2/pobj/PROPN/NNP to/5/aux/PART/TO "
     "reopen/1/xcomp/VERB/VB", 1, ["Niger"]),
    # "Fiji asked Samoa for help": no clause to do, no control object
    ("Fiji/1/nsubj/PROPN/NNP asked/1/ROOT/VERB/VBD Samoa/1/dobj/PROPN/NNP for/1/prep/ADP/IN help/3/pobj/NOUN/NN",
     1, []),
])
def test_control_object(spec, trigger, expected):
    doc = parse(spec)
    assert [t.text for t in control_object(doc[trigger])] == expected


@pytest.mark.parametrize("spec, trigger, expected", [
    # "Baku threatened to cut ties with Tehran"
    ("Baku/1/nsubj/PROPN/NNP threatened/1/ROOT/VERB/VBD to/3/aux/PART/TO cut/1/xcomp/VERB/VB ties/3/dobj/NOUN/NNS "
     "with/3/prep/ADP/IN Tehran/5/pobj/PROPN/NNP", 1, ["Tehran", "ties"]),
    # "Seoul vowed to expel Russian diplomats": the clause's own object
    ("Seoul/1/nsubj/PROPN/NNP vowed/1/ROOT/VERB/VBD to/3/aux/PART/TO expel/1/xcomp/VERB/VB "
     "Russian/5/amod/ADJ/JJ diplomats/3/dobj/NOUN/NNS", 1, ["diplomats"]),
    # "Hanoi warned of retaliation": no clause
    ("Hanoi/1/nsubj/PROPN/NNP warned/1/ROOT/VERB/VBD of/1/prep/ADP/IN retaliation/2/pobj/NOUN/NN", 1, []),
])
def test_clause_target(spec, trigger, expected):
    doc = parse(spec)
    assert [t.text for t in clause_target(doc[trigger])] == expected


@pytest.mark.parametrize("spec, trigger, expected", [
    # "Canberra threatened new measures against Beijing"
    ("Canberra/1/nsubj/PROPN/NNP threatened/1/ROOT/VERB/VBD new/3/amod/ADJ/JJ measures/1/dobj/NOUN/NNS "
     "against/3/prep/ADP/IN Beijing/4/pobj/PROPN/NNP", 1, ["Beijing"]),
    # "Lima announced duties on Chilean fruit"
    ("Lima/1/nsubj/PROPN/NNP announced/1/ROOT/VERB/VBD duties/1/dobj/NOUN/NNS on/2/prep/ADP/IN "
     "Chilean/5/amod/ADJ/JJ fruit/3/pobj/NOUN/NN", 1, ["fruit"]),
    # "Quito announced measures in March": a date is no target
    ("Quito/1/nsubj/PROPN/NNP announced/1/ROOT/VERB/VBD measures/1/dobj/NOUN/NNS in/2/prep/ADP/IN "
     "March/3/pobj/PROPN/NNP", 1, []),
])
def test_object_target(spec, trigger, expected):
    doc = parse(spec)
    assert [t.text for t in object_target(doc[trigger])] == expected


@pytest.mark.parametrize("spec, trigger, expected", [
    # "Fiji threatened to quit unless Tonga paid"
    ("Fiji/1/nsubj/PROPN/NNP threatened/1/ROOT/VERB/VBD to/3/aux/PART/TO quit/1/xcomp/VERB/VB "
     "unless/6/mark/SCONJ/IN Tonga/6/nsubj/PROPN/NNP paid/3/advcl/VERB/VBD", 1, ["Tonga"]),
    # "Mali would leave if the junta stayed" (the clause on the deed itself)
    ("Mali/2/nsubj/PROPN/NNP would/2/aux/AUX/MD leave/2/ROOT/VERB/VB if/6/mark/SCONJ/IN the/5/det/DET/DT "
     "junta/6/nsubj/NOUN/NN stayed/2/advcl/VERB/VBD", 2, ["junta"]),
    # "Laos left when Hanoi called": a time clause is no condition
    ("Laos/1/nsubj/PROPN/NNP left/1/ROOT/VERB/VBD when/4/advmod/SCONJ/WRB Hanoi/4/nsubj/PROPN/NNP "
     "called/1/advcl/VERB/VBD", 1, []),
    # "If Benin agrees, Togo threatened to ...": a condition before the trigger is the speaker's, not the target
    ("If/2/mark/SCONJ/IN Benin/2/nsubj/PROPN/NNP agrees/4/advcl/VERB/VBZ Togo/4/nsubj/PROPN/NNP "
     "threatened/4/ROOT/VERB/VBD", 4, []),
])
def test_condition_subject(spec, trigger, expected):
    doc = parse(spec)
    assert [t.text for t in condition_subject(doc[trigger])] == expected


def test_every_listed_path_kind_exists_and_consultation_relations_have_none():
    assert paths_for("calls_for")[0] == "complement_subject"
    assert paths_for("meets_with") == ()
    assert all(kind in PATH_KINDS for relation in ("calls_for", "threatens", "sanctions") for kind in paths_for(relation))
    doc = parse("Chile/1/nsubj/PROPN/NNP demanded/1/ROOT/VERB/VBD that/4/mark/SCONJ/IN Peru/4/nsubj/PROPN/NNP "
                "withdraw/1/ccomp/VERB/VB")
    assert [[t.text for t in heads] for heads in path_heads(doc[1], "calls_for")] == [["Peru"]]


# ---- end to end, on the real model ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Morocco demanded that Algeria reopen its airspace to civilian flights.",
     ("Morocco", "calls_for", "Algeria")),
    ("The Philippine government insisted that China must halt its drills near the shoal.",
     ("Philippines", "calls_for", "China")),
    ("Azerbaijan threatened to sever diplomatic relations with France over the remarks.",
     ("Azerbaijan", "threatens", "France")),
    ("Indonesia threatened further measures against Australia on Thursday.",
     ("Indonesia", "threatens", "Australia")),
    ("Ecuador has threatened to suspend the border talks if Colombia goes ahead with the new checkpoints.",
     ("Ecuador", "threatens", "Colombia")),
    ("Uzbekistan and Tajikistan agreed upon a water-sharing accord at the border town of Khujand.",
     ("Tajikistan", "agrees_on", "water-sharing accord")),
])
def test_targets_found_through_the_paths(text, expected):
    import kgraph
    from kgraph.model import Article

    events = {(e.actor, e.relation, e.object) for e in kgraph.extract([Article(id="t", text=text)])}
    assert expected in events, events
