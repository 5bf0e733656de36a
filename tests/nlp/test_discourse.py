"""What an article as a whole tells: who meets in a foreign capital visited it, the visitor met by someone of
the country visited is hosted by them, an official met on a visit serves the country visited, a visit to a
country told beside one to its capital is one visit. Every text is written for these tests."""

from __future__ import annotations

from extraction import core, run


def test_receiver_of_a_visit_hosts_the_visitor():
    events = run("Chilean Foreign Minister Alberto van Klaveren arrived in Lima on Monday. "
                 "He held talks with Peruvian Foreign Minister Javier Gonzalez-Olaechea.")
    assert ("Javier Gonzalez-Olaechea", "hosts", "Alberto van Klaveren") in core(events)


def test_meeting_in_a_foreign_capital_is_a_visit():
    events = run("Kenyan Foreign Minister Musalia Mudavadi held talks with Ethiopian Foreign Minister "
                 "Taye Atske Selassie in Addis Ababa on Tuesday.")
    visits = {(e.actor, e.object, e.date) for e in events if e.relation == "visits"}
    assert ("Musalia Mudavadi", "Addis Ababa", "2023-05-09") in visits
    assert not any(actor == "Taye Atske Selassie" for actor, _, _ in visits)


def test_a_visit_to_a_country_told_beside_one_to_its_capital_is_one_visit():
    events = run("Spanish Foreign Minister Jose Manuel Albares will visit Rabat on Thursday. This will be Albares's "
                 "first visit to Morocco since taking up his post.", published="2025-02-03")
    visits = {(e.object, e.date) for e in events if e.relation == "visits"}
    assert visits == {("Rabat", "2025-02-06")}


def test_an_official_met_on_a_visit_serves_the_country_visited():
    text = ("Irish Foreign Minister Micheal Martin visited Ghana on Tuesday, where he met Foreign Minister Samuel "
            "Ablakwa and President John Mahama.")
    events = run(text, published="2025-03-05")
    roles = {(e.actor, e.object) for e in events if e.relation == "holds_role"}
    assert ("Samuel Ablakwa", "Foreign Minister of Ghana") in roles
    assert ("John Mahama", "President of Ghana") in roles
    assert ("Samuel Ablakwa", "hosts", "Micheal Martin") in core(events)


def test_states_meeting_in_a_capital_visit_it_and_are_hosted():
    found = core(run("Kenya and Uganda met in Kampala on Monday.", published="2024-06-05"))
    assert ("Kenya", "visits", "Kampala") in found
    assert ("Uganda", "hosts", "Kenya") in found
    assert ("Uganda", "visits", "Kampala") not in found


def test_a_state_visitor_s_hosts_of_no_stated_country_are_the_visited_country_s():
    text = ("The President of Ghana, H.E. Mr. John Dramani Mahama, is on a State Visit to India from 15-17 March "
            "2025. During the visit, President Mahama will hold talks with Prime Minister Shri Narendra Modi.")
    events = run(text, published="2025-03-16")
    roles = {(e.actor, e.object) for e in events if e.relation == "holds_role"}
    assert ("Narendra Modi", "Prime Minister of India") in roles  # (and "Shri" is no part of the name)
    assert {e.date for e in events if e.relation == "visits"} == {"2025-03-15"}


def test_a_country_visited_later_gives_no_country_to_an_official_met_before():
    text = ("Panama will leave the programme, President Jose Raul Mulino said after meeting U.S. Secretary of State "
            "Marco Rubio. Rubio later flew to Costa Rica.")
    roles = {(e.actor, e.object) for e in run(text) if e.relation == "holds_role"}
    assert ("Jose Raul Mulino", "President of Costa Rica") not in roles
