"""The seed article end to end, with the real English model."""

from __future__ import annotations

import pytest


def triples(events):
    return {(e.actor, e.relation, e.object, e.date) for e in events}


def has(events, actor, relation, object_words, date="any"):
    for e in events:
        if e.actor == actor and e.relation == relation and all(w in e.object.lower() for w in object_words):
            if date == "any" or e.date == date:
                return True
    return False


def test_lithuania_cooperates_on_drone_production(seed_events):
    assert has(seed_events, "Lithuania", "cooperates_on", ["drone", "production"])


@pytest.mark.parametrize("actor", ["Ukraine", "Lithuania"])
def test_both_agree_on_joint_drone_production_dated(seed_events, actor):
    assert has(seed_events, actor, "agrees_on", ["production", "drone"], "2024-01-27")


def test_kuleba_meets_landsbergis_on_the_27th(seed_events):
    meetings = {(e.actor, e.object, e.date) for e in seed_events if e.relation == "meets_with"}
    assert ("Dmytro Kuleba", "Gabrielius Landsbergis", "2024-01-27") in meetings or \
           ("Gabrielius Landsbergis", "Dmytro Kuleba", "2024-01-27") in meetings


def test_landsbergis_visits_kyiv_on_the_25th(seed_events):
    assert ("Gabrielius Landsbergis", "visits", "Kyiv", "2024-01-25") in triples(seed_events)


def test_names_are_normalised(seed_events):
    actors = {e.actor for e in seed_events} | {e.object for e in seed_events}
    assert "Lithuanian" not in actors
    assert not any("Baltic" in a for a in actors)
    # "the Baltic country" pays for the shelter: it must come out as Lithuania
    aid = [e for e in seed_events if e.relation == "provides_aid_to"]
    assert aid and {e.actor for e in aid} == {"Lithuania"}


def test_roles_of_the_ministers(seed_events):
    roles = {(e.actor, e.object) for e in seed_events if e.relation == "holds_role"}
    assert ("Dmytro Kuleba", "Foreign Minister of Ukraine") in roles
    assert ("Gabrielius Landsbergis", "Foreign Minister of Lithuania") in roles


def test_every_event_has_the_contract_keys_and_valid_values(seed_events):
    from kgraph.model import EVENT_KEYS, MODALITIES
    from kgraph.vocabulary import RELATIONS

    assert seed_events
    for event in seed_events:
        data = event.as_dict()
        assert list(data)[: len(EVENT_KEYS)] == list(EVENT_KEYS)
        assert event.relation in RELATIONS
        assert event.modality in MODALITIES
        assert event.cameo == RELATIONS[event.relation].cameo
        assert 0 < event.confidence <= 1


def test_evidence_offsets_point_into_the_text(seed_events):
    from kgraph.io import read_articles

    from conftest import SEEDS

    article = next(iter(read_articles(SEEDS)))
    for event in seed_events:
        source = article.title if event.section == "title" else article.text
        assert source[event.start:event.end] == event.evidence


def test_planned_and_asserted_modalities(seed_events):
    shelter = [e for e in seed_events if e.relation == "provides_aid_to"]
    assert shelter[0].modality == "planned"  # "a shelter will be built"
    visit = [e for e in seed_events if e.relation == "visits" and e.object == "Kyiv"]
    assert visit[0].modality == "asserted"
