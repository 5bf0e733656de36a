"""Facts rather than events in time: the offices people hold (``holds_role``) and memberships, which carry no
date. Every sentence is written for these tests."""

from __future__ import annotations

from extraction import run


def test_membership_facts_carry_no_date():
    events = run("NATO member Hungary delayed the vote on Monday.")
    assert [e.date for e in events if e.relation == "member_of"] == [None]


def test_a_leader_holds_no_office():
    assert not [e for e in run("Germany's far-right leader Alice Weidel spoke in Graz.") if e.relation == "holds_role"]


def test_a_second_office_in_apposition_and_the_membership_of_a_state_whose_leader_chairs_a_body():
    text = "Senegalese President Bassirou Diomaye Faye, the current ECOWAS chairman, opened the summit in Dakar."
    facts = {(e.actor, e.relation, e.object) for e in run(text) if e.relation in ("holds_role", "member_of")}
    assert ("Bassirou Diomaye Faye", "holds_role", "President of Senegal") in facts
    assert ("Bassirou Diomaye Faye", "holds_role", "Chairman of ECOWAS") in facts
    assert ("Senegal", "member_of", "ECOWAS") in facts


def test_a_chair_without_a_state_office_makes_no_member():
    text = "Moussa Faki, the chairperson of the African Union Commission, spoke in Addis Ababa."
    assert not [e for e in run(text) if e.relation == "member_of"]


def test_a_name_before_its_title_in_apposition_is_a_person_holding_it():
    text = "Mahmoud Ali Youssouf, Chairperson of the AU Commission, condemned the raid on Mopti on Sunday."
    found = {(e.actor, e.relation) for e in run(text)}
    assert ("Mahmoud Ali Youssouf", "holds_role") in found and ("Mahmoud Ali Youssouf", "criticizes") in found
