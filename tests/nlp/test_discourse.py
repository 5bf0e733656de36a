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


def test_an_event_told_twice_is_one_event_with_both_sentences():
    text = ("Finnish Foreign Minister Elina Valtonen met Estonian Foreign Minister Margus Tsahkna on Tuesday.\n\n"
            "Valtonen held talks with Tsahkna in Tallinn, where the two discussed ferry links.")
    meetings = [e for e in run(text, published="2024-05-16") if e.relation == "meets_with"]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert (meeting.date, meeting.location) == ("2024-05-14", "Tallinn")  # the day of one telling, the place of the other
    assert text[meeting.start:meeting.end] == meeting.evidence
    [again] = meeting.also_told
    assert text[again.start:again.end] == again.evidence and again.evidence.startswith("Valtonen held talks")


def test_a_second_telling_survives_the_jsonl_round_trip(tmp_path):
    from kgraph.api import read_events, write_events

    text = ("Finnish Foreign Minister Elina Valtonen met Estonian Foreign Minister Margus Tsahkna on Tuesday.\n\n"
            "Valtonen held talks with Tsahkna in Tallinn, where the two discussed ferry links.")
    events = run(text, published="2024-05-16")
    write_events(events, tmp_path / "events.jsonl")
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert sum('"also_told"' in line for line in lines) == sum(bool(e.also_told) for e in events) >= 1
    assert [e.also_told for e in read_events(tmp_path / "events.jsonl")] == [e.also_told for e in events]


def test_events_told_on_two_days_stay_two_events():
    text = ("Peruvian Foreign Minister Elmer Schialer met Chilean Foreign Minister Alberto van Klaveren on Monday. "
            "Schialer met van Klaveren again on Thursday.")
    meetings = sorted(e.date for e in run(text, published="2025-03-08") if e.relation == "meets_with")
    assert meetings == ["2025-03-03", "2025-03-06"]


def test_an_old_events_file_without_second_tellings_still_reads(tmp_path):
    from kgraph.api import read_events

    path = tmp_path / "events.jsonl"
    path.write_text('{"doc": "d", "actor": "Peru", "actor_type": "country", "relation": "signs", "object": "pact", '
                    '"object_type": "topic", "evidence": "Peru signed the pact.", "start": 0, "end": 21}\n')
    [event] = read_events(path)
    assert event.also_told == () and "also_told" not in event.as_dict()


def test_who_meets_in_a_listed_city_of_another_country_visits_it_and_the_one_at_home_hosts():
    events = core(run("Tanzanian President Samia Suluhu Hassan met Zambian President Hakainde Hichilema in Arusha "
                      "on Thursday."))
    assert ("Hakainde Hichilema", "visits", "Arusha") in events
    assert ("Samia Suluhu Hassan", "hosts", "Hakainde Hichilema") in events
    assert not any(e[0] == "Samia Suluhu Hassan" and e[1] == "visits" for e in events)  # at home


def test_an_official_of_a_body_meeting_in_a_city_is_not_said_to_travel():
    events = core(run("Peru's trade minister held talks in Geneva with WTO Director-General Ngozi Okonjo-Iweala."))
    assert not any(e[0] == "Ngozi Okonjo-Iweala" and e[1] == "visits" for e in events)


def test_a_where_clause_places_the_event_it_holds():
    events = run("On Monday Kenyan Foreign Minister Musalia Mudavadi flew to Muscat, where he held talks with "
                 "Omani Foreign Minister Badr Albusaidi on a truce in Yemen.")
    placed = {e.location for e in events if e.relation in ("meets_with", "discusses")}
    assert placed == {"Muscat"}


def test_talks_the_day_after_an_arrival_are_talks_of_that_visit():
    events = run("Kenyan President William Ruto began a two-day visit to Kampala on Friday. Kenya and Uganda agreed on "
                 "Saturday to extend their oil pipeline, after Ruto held talks with Ugandan President Yoweri Museveni.",
                 published="2025-03-16")
    hosts = {(e.actor, e.object, e.date) for e in events if e.relation == "hosts"}
    assert ("Yoweri Museveni", "William Ruto", "2025-03-15") in hosts
