"""The registered sentence rules: every rule has a sentence of our own that only it reads, and switching the
rule off loses exactly that reading. A new rule without a sentence here fails the coverage test."""

from __future__ import annotations

import pytest

import kgraph
from kgraph.model import Article
from kgraph.nlp.events.registry import RuleRegistry
from kgraph.nlp.events.rules import SENTENCE_RULES

ONLY_THIS_RULE = {
    "memberships": ("Ghana, a longtime ECOWAS member, hosted the trade fair in Accra.",
                    ("Ghana", "member_of", "ECOWAS")),
    "copular_topics": ("Fishing quotas were the main subject of the talks between Iceland and Norway.",
                       ("Iceland", "discusses", "Fishing quotas")),
    "conditional_threats": ("Japan underlined the need to adopt further measures if North Korea keeps firing missiles.",
                            ("Japan", "threatens", "North Korea")),
    "threatened_deeds": ("Beijing has threatened to slap sanctions on Lithuanian firms.",
                         ("China", "threatens", "Lithuania")),
    "ties_cut": ("Mali downgraded its ties with France after the coup.", ("Mali", "sanctions", "France")),
    "rights_upheld": ("France reaffirmed Armenia's right to self-defence.", ("France", "supports", "Armenia's right")),
    "ultimatums": ("Benin said it would close the border crossing unless Niger released the detained officials.",
                   ("Benin", "threatens", "Niger")),
    "settlements_between": ("Qatar brokered a truce between Rwanda and Burundi in October.",
                            ("Rwanda", "agrees_on", "truce")),
    "cooperation_without_area": ("Vietnam will deepen its cooperation with the Philippines, officials said.",
                                 ("Philippines", "cooperates_on", "Vietnam-Philippines cooperation")),
    "envoys_summoned_or_recalled": ("Colombia summoned the ambassador of Ecuador over the embassy raid.",
                                    ("Colombia", "criticizes", "Ecuador")),
    "thanked_for_help": ("The Moldovan president thanked Romania for its support during the energy crisis.",
                         ("Romania", "supports", "Moldova")),
    "attendance": ("The Kenyan president will attend the summit in Addis Ababa next week.",
                   ("Kenya", "visits", "Addis Ababa")),
    "existential_needs": ("Chile's foreign minister said there is a need for a regional water agreement.",
                          ("Chile", "calls_for", "regional water agreement")),
    "money_given": ("Norway will allocate 30 million euros for Sudan, the ministry announced.",
                    ("Norway", "provides_aid_to", "Sudan")),
    "meeting_focus": ("The talks between Peru and Bolivia focused on lithium mining.",
                      ("Peru", "discusses", "lithium mining")),
    "gatherings_of_bodies": ("Delegates prepared for the coming session of the Pacific Islands Forum on May 3.",
                             ("Pacific Islands Forum", "hosts", "coming session of Pacific Islands Forum")),
}


def _events(text: str) -> set[tuple[str, str, str]]:
    return {(e.actor, e.relation, e.object) for e in kgraph.extract([Article(id="t", text=text)])}


@pytest.mark.parametrize("name", sorted(ONLY_THIS_RULE))
def test_each_rule_reads_its_construction_and_only_it(name):
    text, expected = ONLY_THIS_RULE[name]
    assert expected in _events(text)
    with SENTENCE_RULES.switched_off(name):
        assert expected not in _events(text)
    assert expected in _events(text)  # switched on again after the block


def test_every_registered_rule_has_a_sentence_and_a_summary():
    assert sorted(SENTENCE_RULES.names()) == sorted(ONLY_THIS_RULE)
    assert all(rule.doc for rule in SENTENCE_RULES)


def test_the_rules_run_in_the_order_they_were_written():
    """A sentence's events come in the order its rules run, and so does the output: the rule modules are imported
    in that order (``kgraph/nlp/events/rules/__init__.py``), which an import sorter must not change."""
    assert SENTENCE_RULES.names() == [
        "memberships", "copular_topics", "conditional_threats", "ultimatums", "settlements_between", "threatened_deeds",
        "cooperation_without_area", "ties_cut", "envoys_summoned_or_recalled", "thanked_for_help", "attendance",
        "existential_needs", "money_given", "rights_upheld", "meeting_focus", "gatherings_of_bodies"]


def test_a_registry_runs_rules_in_order_where_their_words_occur_and_refuses_a_name_twice():
    registry = RuleRegistry()
    registry.rule("second_word", when=lambda words, sent: "b" in words)(lambda sent, reader: [sent[1]])
    registry.rule("first_word")(lambda sent, reader: [sent[0]])
    assert registry.names() == ["second_word", "first_word"]
    assert registry.run(["a", "b"], None, {"a", "b"}) == ["b", "a"]
    assert registry.run(["a", "c"], None, {"a", "c"}) == ["a"]
    with registry.switched_off("first_word"):
        assert registry.run(["a", "b"], None, {"a", "b"}) == ["b"]
    with pytest.raises(ValueError, match="registered twice"):
        registry.rule("first_word")(lambda sent, reader: [])
    with pytest.raises(KeyError, match="no sentence rule named nothing"):
        with registry.switched_off("nothing"):
            pass
