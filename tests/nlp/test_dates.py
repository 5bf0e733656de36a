"""The dates stage: the day an event took place, from its own sentence (the phrase attached to its trigger, not
a dateline's, not a span's bound) or lent by the article around it (a meeting's day to what was done at it, "At
the time, ..."), resolved against the publication date, or against the dateline's day where the article has no
publication date or was published a day or two after it. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import kgraph
from extraction import run
from kgraph.model import Article
from kgraph.nlp.dates.dateline import article_anchor, dateline_day


@pytest.mark.parametrize("sentence, date", [
    ("Italy signed the treaty on Monday.", "2023-05-08"),
    ("Italy signed the treaty yesterday.", "2023-05-09"),
    ("Italy will sign the treaty on Friday.", "2023-05-12"),
    ("Italy signed the treaty on March 3.", "2023-03-03"),
    ("Italy signed the treaty last week.", None),
    # a length of time names no day ("within 30 days" is a deadline; "3 days ago" one day)
    ("Italy will sign the treaty within 30 days.", None),
    ("Italy will sign the treaty in 45 days.", None),
    ("Italy signed the treaty 3 days ago.", "2023-05-07"),
])
def test_dates(sentence, date):
    events = [e for e in run(sentence) if e.relation == "signs"]
    assert events and events[0].date == date


def test_the_same_day_after_a_deadline_is_the_day_told_before_it():
    text = ("Chad and Sudan signed a border accord on Friday. The two sides will open a joint post within 30 days. "
            "Later the same day, Chadian President Mahamat Deby praised Qatar for brokering the deal.")
    praised = [e for e in run(text, published="2024-03-09") if e.relation == "supports"]
    assert praised and {e.date for e in praised} == {"2024-03-08"}


def test_weekday_fixes_the_year_without_publication_date():
    events = run("Greece and Cyprus signed a deal on Friday, March 15.", published=None)
    assert {e.date for e in events if e.relation == "signs"} == {"2024-03-15"}


def test_no_publication_date_leaves_relative_dates_empty():
    events = run("Greece signed a deal on Monday.", published=None)
    assert [e.date for e in events if e.relation == "signs"] == [None]


def test_dateline_date_is_not_an_event_date():
    events = run("Oslo, May 9 (Agency)--Norwegian Foreign Minister Espen Eide will visit Rome to hold talks.",
                 published="2023-05-09")
    assert [e.date for e in events if e.relation == "visits"] == [None]


def test_date_closing_a_reported_clause_belongs_to_it():
    events = run("Ghanaian Foreign Minister Samuel Ablakwa will visit Lome to meet his Togolese counterpart, "
                 "Robert Dussey, on Monday, officials in both capitals said Thursday.")
    assert {(e.relation, e.date) for e in events if e.relation == "visits"} == {("visits", "2023-05-15")}


def test_what_the_parties_to_a_dated_call_said_takes_its_date():
    events = run("Cyril Ramaphosa held a phone call with William Ruto on Monday. "
                 "Both leaders called for a ceasefire in Sudan.")
    calls = {(e.actor, e.date) for e in events if e.relation == "calls_for"}
    assert calls == {("Cyril Ramaphosa", "2023-05-08"), ("William Ruto", "2023-05-08")}


def test_failed_meeting_takes_the_date_of_the_clause_it_hangs_on():
    events = run("Ghanaian President John Mahama arrived. The summit collapsed on Wednesday, "
                 "with John Mahama and Bola Tinubu failing to meet.")
    meetings = [e for e in events if e.relation == "meets_with"]
    assert [(m.date, m.modality) for m in meetings] == [("2023-05-10", "negated")]  # published that Wednesday


def test_what_is_discussed_at_talks_takes_the_date_of_the_talks_not_of_a_visit():
    events = run("Polish Foreign Minister Radoslaw Sikorski arrived in Vilnius on Monday and visited Kaunas on "
                 "Tuesday. On Wednesday, Sikorski held talks with Lithuanian Foreign Minister Kestutis Budrys. "
                 "The two ministers discussed energy security.")
    dates = {e.actor: e.date for e in events if e.relation == "discusses"}
    assert dates == {"Radoslaw Sikorski": "2023-05-10", "Kestutis Budrys": "2023-05-10"}


def test_at_the_time_takes_the_day_just_told():
    events = run("On March 3, Kenya hosted the regional summit. At the time, Kenya called for a ceasefire in Sudan.")
    assert {e.date for e in events if e.relation == "calls_for"} == {"2023-03-03"}


def test_who_signs_for_a_state_signs_with_it_and_one_document_is_signed_on_one_day():
    events = run("Peru and Chile signed a treaty on fisheries on Monday. Foreign Minister Ana Lopez signed the "
                 "treaty for Peru and Jose Ruiz signed the treaty on behalf of Chile.")
    found = {(e.actor, e.relation, e.object, e.date) for e in events}
    assert ("Ana Lopez", "signs", "treaty", "2023-05-08") in found
    assert ("Jose Ruiz", "signs", "treaty", "2023-05-08") in found
    assert not [e for e in events if e.relation == "signs" and (e.date is None or "Peru" in e.object)]


@pytest.mark.parametrize("sentence, date", [
    # a date that bounds a span dates no event
    ("Italy imposed sanctions on Sudan until 28 February 2025.", None),
    ("Italy imposed sanctions on Sudan on Monday until 28 February 2025.", "2023-05-08"),
])
def test_a_date_that_bounds_a_span_dates_no_event(sentence, date):
    events = [e for e in run(sentence) if e.relation == "sanctions"]
    assert events and events[0].date == date


@pytest.mark.parametrize("text, published, date", [
    # a stance taken now on a past deed is not dated by the deed's day
    ("Norway and Denmark strongly condemn the attack on the embassy in Kabul on 3 March.", "2023-03-05", None),
    ("Sweden condemned the attack on the embassy on Friday.", "2023-03-05", "2023-03-03"),
    ("The African Union condemned the missile strike of 3 March.", "2023-03-05", None),
])
def test_a_stance_is_not_dated_by_the_deed_it_judges(text, published, date):
    dates = {e.date for e in run(text, published=published) if e.relation == "criticizes"}
    assert dates == {date}


@pytest.mark.parametrize("text, published, expected, unwanted", [
    # a news agency dateline with a plain hyphen is no part of the first sentence
    ("ABUJA, May 2 (Reuters) - Nigeria and Ghana signed a trade pact.", "2024-05-02",
     ("Ghana", "signs", "trade pact", None), ("Ghana", "signs", "trade pact", "2024-05-02")),
    # nor is a place, its country and an agency: the first sentence parses as written
    ("LUSAKA, Zambia (AA) - Zambia, a landlocked state, said on Tuesday it has suspended power exports to "
     "Namibia.", "2024-03-06", ("Zambia", "sanctions", "Namibia", "2024-03-05"), None),
    # a deed told as just done, reported on a day, was done by that day (a planned one is not dated so)
    ("Togo said on Monday it has recalled its ambassador to Benin.", "2024-03-06",
     ("Togo", "sanctions", "Benin", "2024-03-04"), None),
    # a body written as another organisation's own is that organisation's organ
    ("The African Union's Peace and Security Council suspended Gabon on Thursday.", "2023-09-01",
     ("African Union", "sanctions", "Gabon", "2023-08-31"),
     ("United Nations Security Council", "sanctions", "Gabon", "2023-08-31")),
    # "for as long as it takes" is no object
    ("Japan will continue to provide support to Ukraine for as long as it takes.", "2024-01-10",
     ("Japan", "provides_aid_to", "Ukraine", None), ("Japan", "supports", "long", None)),
    # the cause of measures adopted as a package names their target; the cause keeps no day of the decision
    ("The Council today approved a fresh set of restrictive measures, in view of Belarus's ongoing "
     "support for the war.", "2024-06-24", ("Council of the European Union", "sanctions", "Belarus", "2024-06-24"),
     None),
    # a sum or grant given is no recipient; what it is for is
    ("Norway will provide a grant of 20 million kroner for the rebuilding of schools in Gaza.", "2024-01-10",
     ("Norway", "provides_aid_to", "rebuilding of schools", None), ("Norway", "provides_aid_to", "grant", None)),
])
def test_datelines_organs_causes_and_grants(text, published, expected, unwanted):
    found = {(e.actor, e.relation, e.object, e.date) for e in run(text, published=published)}
    assert expected in found
    assert unwanted not in found


def test_a_war_of_aggression_is_the_owner_s_and_not_of_the_day_of_the_decision():
    text = ("The Council today approved a further round of restrictive measures, in view of Russia's ongoing war "
            "of aggression against Ukraine.")
    attacks = [(e.actor, e.object, e.date) for e in run(text, published="2024-06-24") if e.relation == "attacks"]
    assert attacks == [("Russia", "Ukraine", None)]


def test_a_plan_is_not_dated_by_the_day_it_was_agreed():
    text = "Ghana and Togo agreed on Wednesday to cooperate in policing the border."
    events = [e for e in run(text, published="2024-03-08") if e.relation == "cooperates_on"]
    assert {(e.object, e.date, e.modality) for e in events} == {("policing border", None, "planned")}
    assert len(events) == 2  # no second, nameless "Ghana-Togo cooperation"


def test_what_two_discussed_is_dated_by_their_one_meeting():
    text = ("Indian Foreign Minister S. Jaishankar met Australian Foreign Minister Penny Wong on Tuesday. The two "
            "ministers discussed maritime security. On Monday, Jaishankar spoke by phone with Saudi Foreign Minister "
            "Faisal bin Farhan.")
    dates = {(e.actor, e.date) for e in run(text, published="2024-09-25") if e.relation == "discusses"}
    assert dates == {("S. Jaishankar", "2024-09-24"), ("Penny Wong", "2024-09-24")}


def test_a_day_lent_from_another_sentence_is_dropped_where_the_sentence_names_another_year():
    text = ("Kenyan President William Ruto arrived in Ethiopia on Tuesday. Ruto last visited Ethiopia in 2019, when he "
            "met Ethiopian Prime Minister Abiy Ahmed.")
    meetings = [e.date for e in run(text, published="2024-02-14") if e.relation == "meets_with"]
    assert meetings == [None]


def test_a_sentence_s_own_day_stays_beside_a_year_it_names():
    events = run("On Monday, Kenya and Uganda discussed the 2019 accord.", published="2024-01-10")
    assert {e.date for e in events if e.relation == "discusses"} == {"2024-01-08"}


def test_an_event_told_as_later_takes_no_day_from_the_meetings_before():
    text = ("Spanish Foreign Minister Jose Manuel Albares met Moroccan Foreign Minister Nasser Bourita on Monday. "
            "Albares later flew to Algiers, where he met Algerian President Abdelmadjid Tebboune.")
    events = run(text, published="2024-02-14")
    assert {e.object: e.date for e in events if e.relation == "visits"} == {"Algiers": None}
    assert {e.object: e.date for e in events if e.relation == "meets_with"} == {
        "Nasser Bourita": "2024-02-12", "Abdelmadjid Tebboune": None}


def test_a_day_in_a_relative_clause_dates_that_clause_only():
    text = ("Estonian Prime Minister Kristen Michal traveled to Kyiv from Poland, where he met Polish Prime Minister "
            "Donald Tusk in Warsaw on Thursday.")
    dates = {(e.relation, e.object): e.date for e in run(text, published="2025-03-08")
             if e.relation in ("visits", "meets_with")}
    assert dates[("visits", "Kyiv")] is None
    assert dates[("meets_with", "Donald Tusk")] == "2025-03-06"


def test_a_meeting_in_a_relative_clause_leaves_the_main_clause_undated():
    text = "Indonesian Foreign Minister Sugiono met Anwar Ibrahim, who arrived in Jakarta on Monday."
    dates = {e.relation: e.date for e in run(text, published="2025-03-08") if e.relation in ("visits", "meets_with")}
    assert dates == {"visits": "2025-03-03", "meets_with": None}


def test_the_blamed_deed_is_not_dated_by_the_day_of_what_followed_it():
    events = run("Armenia closed its border on Friday, a week after a deadly attack on pilgrims that Yerevan blamed "
                 "on Baku.", published="2025-05-12")
    assert [e.date for e in events if e.relation == "criticizes"] == [None]


def test_a_span_of_days_starts_on_its_first():
    from kgraph.nlp.dates.resolve import resolve_date
    import datetime as dt

    assert resolve_date("15-17 December 2024", dt.date(2024, 12, 16)) == "2024-12-15"
    assert resolve_date("17 December 2024", dt.date(2024, 12, 16)) == "2024-12-17"


def test_a_dateline_anchors_an_article_without_publication_date():
    text = "Lusaka, 14 March 2024 - Zambia and Malawi signed an accord on power trade on Wednesday."
    signs = {(e.actor, e.date) for e in run(text, published=None) if e.relation == "signs"}
    assert signs == {("Zambia", "2024-03-13"), ("Malawi", "2024-03-13")}


def test_a_dateline_without_a_year_anchors_with_the_year_of_today():
    today = dt.date.today()
    day = dateline_day("KYIV, Jan 12 (Reuters) - ...", None)
    assert day.month == 1 and day.day == 12 and day <= today and day.year >= today.year - 1
    events = run("KYIV, Jan 12 (Reuters) - Ukraine and Poland signed a grain accord on Friday.", published=None)
    friday = day - dt.timedelta(days=(day.weekday() - 4) % 7)
    assert {e.date for e in events if e.relation == "signs"} == {friday.isoformat()}


@pytest.mark.parametrize("published, body, anchor", [
    ("2024-01-13", "KYIV, Jan 12 (Reuters) - ...", "2024-01-12"),  # written the day before it was published
    ("2024-03-01", "KYIV, Jan 12 (Reuters) - ...", "2024-03-01"),  # a dateline far off: the publication date
    ("2025-01-02", "LIMA, Dec 31 (AFP) - ...", "2024-12-31"),  # the year of the nearest such day
    ("2024-01-13", "Kyiv said on Friday ...", "2024-01-13"),  # no dateline
    (None, "Tokyo, Jan. 10, 2025 (Jiji Press)--Japan said ...", "2025-01-10"),
    (None, "BRUSSELS, Belgium (AFP) - ...", None),  # a dateline without a date
])
def test_article_anchor(published, body, anchor):
    found = article_anchor(dt.date.fromisoformat(published) if published else None, body, [body])
    assert (found.isoformat() if found else None) == anchor


@pytest.mark.parametrize("text, expected", [
    ("Today President Lula spoke by phone with Chancellor Scholz.", "2024-06-12"),
    ("Yesterday the Kenyan and Ugandan presidents met in Kampala.", "2024-06-11"),
    ("Tomorrow Chile will sign the accord with Peru.", "2024-06-13"),
])
def test_a_day_word_opening_a_sentence_dates_the_event(text, expected):
    """The model misses a capitalised "Today" or "Yesterday" that opens a sentence; the ruler tags it, and it is
    no part of a title that follows ("Today President Lula")."""
    events = kgraph.extract([Article(id="t", text=text, published="2024-06-12")])
    assert {e.date for e in events if e.relation not in ("holds_role", "member_of")} == {expected}
    assert not any("Today" in e.object or "Yesterday" in e.object for e in events)


@pytest.mark.parametrize("text, expected", [
    ("Colombian President Gustavo Petro visited Panama City on Monday. The next day he flew to San Jose.",
     {"Panama City": "2024-06-10", "San Jose": "2024-06-11"}),
    ("Indonesian President Prabowo Subianto will visit Tokyo on June 20 and will travel to Seoul the following day.",
     {"Tokyo": "2024-06-20", "Seoul": "2024-06-21"}),
])
def test_the_next_day_is_the_day_after_the_day_told_last(text, expected):
    events = kgraph.extract([Article(id="t", text=text, published="2024-06-12")])
    assert {e.object: e.date for e in events if e.relation == "visits"} == expected


@pytest.mark.parametrize("text, expected", [
    ("The Fijian prime minister called on Indian Prime Minister Narendra Modi this afternoon.", "2024-06-12"),
    ("Senegalese President Bassirou Diomaye Faye flew to Bamako on Monday evening.", "2024-06-10"),
    ("Kenyan President William Ruto welcomed Ghanaian President John Mahama with a guard of honour on Tuesday "
     "morning.", "2024-06-11"),
])
def test_a_time_of_day_names_its_day(text, expected):
    """"this afternoon" (which the model calls a time), "Monday evening", and a reception's "on Tuesday morning"
    hung by the parser on the guard of honour: the day each names."""
    events = kgraph.extract([Article(id="t", text=text, published="2024-06-12")])
    assert {e.date for e in events if e.relation not in ("holds_role", "member_of")} == {expected}


def test_the_day_two_states_agreed_dates_what_their_people_did_with_no_day_of_their_own():
    text = ("Chile and Bolivia agreed on Tuesday to reopen the Tambo Quemado crossing. "
            "Chilean Foreign Minister Alberto van Klaveren and his Bolivian counterpart discussed lithium exports.")
    events = kgraph.extract([Article(id="t", text=text, published="2024-06-12")])
    assert {e.date for e in events if e.relation == "discusses"} == {"2024-06-11"}


@pytest.mark.parametrize("text, published, expected", [
    # two places joined by a slash, and a plain hyphen: the dateline's day is the report's, not the protest's
    ("HANOI/MANILA, Nov 14 (Reuters) - Vietnam has lodged a protest against the Philippines over the seizure of "
     "a fishing boat, a Vietnamese spokeswoman said on Wednesday. Manila said the boat had entered its waters.",
     "2024-11-14", ("Vietnam", "criticizes", "Philippines", "2024-11-13")),
    # an agency's bracket closed by a full stop before the hyphen
    ("Quito, Ecuador, Feb 21 (EFE).- Ecuador has lodged a formal complaint against Colombia over new import "
     "tariffs, the trade ministry said on Tuesday. Bogota has yet to reply.",
     "2024-02-21", ("Ecuador", "criticizes", "Colombia", "2024-02-20")),
])
def test_a_wire_dateline_with_a_hyphen_dates_no_event(text, published, expected):
    found = {(e.actor, e.relation, e.object, e.date) for e in run(text, published=published)}
    assert expected in found


@pytest.mark.parametrize("text, published, expected", [
    # a gathering "scheduled for Saturday" that the trigger is set at is ahead, and its day is not the refusal's
    ("Malawi's President Lazarus Chakwera refused an invitation to meet Zambian President Hakainde Hichilema at a "
     "summit scheduled for Saturday, citing floods at home. Lusaka voiced regret.", "2025-02-12",
     {("Lazarus Chakwera", "meets_with", "Hakainde Hichilema"): "2025-02-15",
      ("Lazarus Chakwera", "rejects", "invitation"): None}),
    # "talks ..., set for Wednesday" are the talks' own day, before the day of the journey to them
    ("Late on Monday, Polish Foreign Minister Radoslaw Sikorski flew to Kyiv for talks with Ukrainian President "
     "Volodymyr Zelenskiy, set for Wednesday. He also visited Lviv.", "2025-02-04",
     {("Radoslaw Sikorski", "meets_with", "Volodymyr Zelenskiy"): "2025-02-05",
      ("Radoslaw Sikorski", "visits", "Kyiv"): "2025-02-03"}),
])
def test_the_day_a_gathering_is_set_for(text, published, expected):
    found = {(e.actor, e.relation, e.object): e.date for e in run(text, published=published)}
    assert {key: found.get(key, "missing") for key in expected} == expected


def test_a_gathering_set_for_a_day_that_is_told_as_past_was_on_the_day_before():
    from kgraph.nlp.dates.sentence import sentence_date
    from kgraph.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    nlp = nlp[0] if isinstance(nlp, tuple) else nlp
    doc = nlp("Peru's president reached Quito on Monday. A meeting with the trade minister, planned for Monday "
              "evening, did not take place.")
    sent = list(doc.sents)[-1]
    meeting = next(t for t in sent if t.lower_ == "meeting")
    assert sentence_date(sent, meeting, dt.date(2025, 10, 8), future=False) == "2025-10-06"


@pytest.mark.parametrize("text, published, expected", [
    # a deed coordinated after a dated one, with no day of its own, took place that day (the parser may hang the
    # day on a noun of the first deed: "at an emergency summit on Sunday")
    ("Ministers of the Arab League suspended Sudan's membership at an emergency summit on Sunday and called for "
     "an immediate truce in Khartoum. Sudan's army rejected the decision.", "2025-06-12",
     {("Arab League", "calls_for", "immediate truce in Khartoum"): "2025-06-08"}),
    ("The European Union imposed sanctions on three Russian banks in its latest package on Monday and warned "
     "Moscow of further steps. The Kremlin dismissed the measures.", "2025-06-14",
     {("European Union", "threatens", "Russia"): "2025-06-09"}),
    # but not one told in another tense: a plan is not of the day of the deed before it
    ("Ghana and Togo signed a border accord on Monday and will hold talks on trade. Both capitals praised the "
     "accord.", "2025-06-14", {("Ghana", "discusses", "trade"): None}),
])
def test_a_coordinated_deed_takes_the_day_of_the_one_before(text, published, expected):
    found = {(e.actor, e.relation, e.object): e.date for e in run(text, published=published)}
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # a visit told as lasting several days keeps its arrival day, but lends it to nothing done on the visit
    ("Zambian President Hakainde Hichilema flew into Lilongwe on Sunday evening for a three-day state visit. "
     "Malawi and Zambia agreed on Monday to build a new rail link between their capitals, officials said after "
     "Hichilema met Malawian President Lazarus Chakwera. Hichilema and Chakwera discussed fuel imports.",
     "2025-05-13", {("Hakainde Hichilema", "visits", "Lilongwe"): "2025-05-11",
                    ("Hakainde Hichilema", "meets_with", "Lazarus Chakwera"): "2025-05-12",
                    ("Hakainde Hichilema", "discusses", "fuel imports"): "2025-05-12"}),
    ("Kenyan President William Ruto began a two-day visit to Kampala on Friday. Ruto and Ugandan President "
     "Yoweri Museveni discussed the extension of their oil pipeline.", "2025-03-16",
     {("William Ruto", "visits", "Kampala"): "2025-03-14",
      ("William Ruto", "discusses", "extension of oil pipeline"): None}),
])
def test_a_stay_of_several_days_lends_its_first_day_to_nothing(text, published, expected):
    found = {(e.actor, e.relation, e.object): e.date for e in run(text, published=published)}
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # a date naming the day of a noun in the object ("over a March 3 incident", "over Dublin's Tuesday decision")
    # is that noun's day, not the deed's
    ("Chile expelled two Peruvian diplomats over a March 3 incident at the border post of Chacalluta. Lima called "
     "the move hasty.", "2025-03-20", {("Chile", "sanctions", "Peru"): None}),
    ("Israel recalled its ambassador to Ireland over Dublin's Tuesday decision to recognise a Palestinian state. "
     "Irish ministers voiced regret.", "2025-05-30", {("Israel", "sanctions", "Ireland"): None}),
    # but a gathering's day is the day of what is done at it
    ("Rwanda and Burundi signed a border pact at Monday's summit in Kigali. Both leaders praised the talks.",
     "2025-05-28", {("Rwanda", "signs", "border pact"): "2025-05-26"}),
])
def test_the_day_of_a_noun_in_the_object_is_not_the_deed_s(text, published, expected):
    found = {(e.actor, e.relation, e.object): e.date for e in run(text, published=published)}
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # a deed coordinated under "has ...": told as just done as well, so done by the day it was reported
    ("Lithuania has tightened checks at its border crossings and expelled two Belarusian diplomats, Foreign "
     "Minister Kestutis Budrys told reporters on Thursday. Minsk called the step hostile.", "2025-05-17",
     {("Lithuania", "sanctions", "Belarus"): "2025-05-15"}),
    ("Canada has tightened its visa rules and imposed sanctions on Haiti's former president Michel Martelly, the "
     "foreign ministry said on Monday. Port-au-Prince made no comment.", "2025-05-14",
     {("Canada", "sanctions", "Michel Martelly"): "2025-05-12"}),
])
def test_a_deed_coordinated_under_a_present_perfect_is_just_done(text, published, expected):
    found = {(e.actor, e.relation, e.object): e.date for e in run(text, published=published)}
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # a deed named as the cause of another ("because of", "due to") keeps no day of the deed it caused
    ("On Friday, Latvia expelled three Russian diplomats because of the invasion of Ukraine by Vladimir Putin. "
     "Moscow promised a response.", "2022-03-19",
     {("Latvia", "sanctions", "Russia"): "2022-03-18", ("Vladimir Putin", "attacks", "Ukraine"): None}),
    ("Poland summoned the Russian ambassador on Monday due to Russia's drone strikes on Lviv. The Kremlin "
     "dismissed the protest.", "2025-06-11",
     {("Poland", "criticizes", "Russia"): "2025-06-09", ("Russia", "attacks", "Lviv"): None}),
    ("Lithuania closed two border crossings with Belarus on Tuesday owing to the attack on its border guards by "
     "Belarusian soldiers. Minsk denied the account.", "2025-06-11",
     {("Belarus", "attacks", "Lithuania"): None}),
])
def test_a_cause_keeps_no_day_of_what_it_caused(text, published, expected):
    found = {(e.actor, e.relation, e.object): e.date for e in run(text, published=published)}
    assert {key: found.get(key, "missing") for key in expected} == expected
