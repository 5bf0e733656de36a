"""Facts rather than events in time: the offices people hold (``holds_role``) and memberships, which carry no
date. Every sentence is written for these tests."""

from __future__ import annotations

from extraction import run


def test_membership_facts_carry_no_date():
    events = run("NATO member Hungary delayed the vote on Monday.")
    assert [e.date for e in events if e.relation == "member_of"] == [None]


def test_a_leader_holds_no_office():
    assert not [e for e in run("Germany's far-right leader Alice Weidel spoke in Graz.") if e.relation == "holds_role"]
