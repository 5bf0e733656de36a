"""Days an event's sentence points to without naming them: the event a later mention tells again ("at the
talks", "during the call", "the summit took place on Monday"), the day told last ("Earlier in the day", "later
that day", "the day's meeting"), a clause told at the same time ("just as ..."), the gathering a side meeting
was held at ("on the sidelines of the summit"). Every text is written for these tests."""

from __future__ import annotations

import pytest

from extraction import run


def dated(events, relation: str) -> dict:
    return {(e.actor, e.object): e.date for e in events if e.relation == relation}


def test_at_the_talks_is_the_last_talks_of_that_party():
    text = ("Chilean Foreign Minister Alberto van Klaveren met Argentine Foreign Minister Diana Mondino in Santiago "
            "on Monday.\n\nOn Wednesday, van Klaveren held talks with Bolivian Foreign Minister Celinda Sosa in La "
            "Paz. At the talks, van Klaveren called for a new railway to the Pacific.")
    calls = dated(run(text, published="2024-05-10"), "calls_for")
    assert set(calls.values()) == {"2024-05-08"}


def test_a_mention_that_names_its_day_dates_the_event_it_tells_again():
    text = ("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held a summit in Addis Ababa to "
            "settle a row over port access.\n\nThe summit took place on Saturday, officials said.")
    events = run(text, published="2024-05-14")
    assert dated(events, "hosts") == {("Abiy Ahmed", "summit in Addis Ababa"): "2024-05-11"}
    assert dated(events, "visits") == {("William Ruto", "Addis Ababa"): "2024-05-11"}


def test_a_plan_told_at_a_visit_is_not_dated_by_a_visit_that_took_place():
    text = ("Brazilian President Luiz Inacio Lula da Silva visited Luanda on Monday. He will also travel to "
            "Maputo. During the visit, Lula will sign a memorandum on ethanol production.")
    signs = [e for e in run(text, published="2024-05-15") if e.relation == "signs"]
    assert signs and {(e.modality, e.date) for e in signs} == {("planned", None)}


@pytest.mark.parametrize("opening", ["Earlier in the day", "Later that day", "On the same day"])
def test_a_day_told_relative_to_the_last_one(opening):
    text = ("Greek Prime Minister Kyriakos Mitsotakis met Cypriot President Nikos Christodoulides in Athens on "
            "Tuesday. Mitsotakis met Turkish President Recep Tayyip Erdogan in Ankara on Thursday. "
            f"{opening}, Mitsotakis met Turkish Vice President Cevdet Yilmaz.")
    meetings = dated(run(text, published="2024-05-14"), "meets_with")
    assert meetings[("Kyriakos Mitsotakis", "Cevdet Yilmaz")] == "2024-05-09"


def test_the_same_day_as_another_deed_is_not_the_day_told_last():
    text = ("Portugal signed a fisheries accord with Morocco on Tuesday. Spain signed a similar accord on the same "
            "day as Senegal.")
    signs = dated(run(text, published="2024-05-16"), "signs")
    assert signs.get(("Spain", "similar accord")) is None


def test_the_day_s_meeting_is_on_the_day_told_last():
    text = ("Irish Foreign Minister Micheal Martin visited Stockholm on Monday and arrived in Oslo on Tuesday. He and "
            "Norwegian Foreign Minister Espen Barth Eide discussed offshore wind at the day's meeting.")
    talks = dated(run(text, published="2024-05-16"), "discusses")
    assert talks and set(talks.values()) == {"2024-05-14"}


def test_a_day_phrase_in_a_relative_clause_belongs_to_that_clause():
    text = ("Ghana and Togo met in Accra on Monday. On Wednesday, Nigeria closed its border with Benin, a step that "
            "Cotonou criticised later that day.")
    events = run(text, published="2024-05-16")
    assert dated(events, "criticizes").get(("Benin", "step")) in (None, "2024-05-15")
    assert all(e.date != "2024-05-13" for e in events if e.actor == "Nigeria")


def test_a_deed_told_just_as_another_takes_its_day():
    text = ("Dutch Foreign Minister Caspar Veldkamp met Omani Foreign Minister Badr Albusaidi in Muscat on Monday. "
            "The meeting came just as Canada imposed sanctions on Iranian officials.")
    sanctions = dated(run(text, published="2024-05-16"), "sanctions")
    assert set(sanctions.values()) == {"2024-05-13"}


def test_a_side_meeting_takes_the_day_of_the_summit():
    text = ("Leaders of the African Union opened a two-day summit in Addis Ababa on Sunday, hosted by Ethiopian "
            "Prime Minister Abiy Ahmed.\n\nOn the sidelines of the summit, Senegalese President Bassirou Diomaye "
            "Faye met Ghanaian President John Mahama.")
    meetings = dated(run(text, published="2025-02-18"), "meets_with")
    assert meetings[("Bassirou Diomaye Faye", "John Mahama")] == "2025-02-16"


@pytest.mark.parametrize("text, published, expected", [
    # "agreed on Monday at their summit": what is told later at the summit took place that day, not on the day
    # a party arrived; the next summit is another one
    ("Mercosur leaders agreed on Monday at their summit in Montevideo to cut tariffs on farm machinery. "
     "Uruguayan President Yamandu Orsi arrived in the city on Sunday to prepare the gathering.\n\n"
     "At the summit, Orsi called for a trade pact with Japan. Paraguay will host the next summit, its foreign "
     "minister said.", "2025-07-08",
     {("calls_for", "Yamandu Orsi"): "2025-07-07", ("hosts", "Paraguay"): None}),
    # "spoke on Friday on the sidelines of the forum": the forum sat on Friday, whatever day its guest flew in
    ("Indonesian President Prabowo Subianto spoke with Australian Prime Minister Anthony Albanese on Friday on "
     "the sidelines of the forum in Lima. Prabowo had flown into the Peruvian capital on Wednesday.\n\n"
     "On the sidelines of the forum, Prabowo also criticised tariffs imposed by the United States.", "2024-11-17",
     {("criticizes", "Prabowo Subianto"): "2024-11-15"}),
    # "signed a pact on Thursday during their meeting"
    ("Nordic foreign ministers signed a pact on Arctic research on Thursday during their meeting in Reykjavik. "
     "Finnish Foreign Minister Elina Valtonen had arrived on Tuesday.\n\nDuring the meeting, Valtonen called "
     "for closer monitoring of Russian ships.", "2025-05-24",
     {("calls_for", "Elina Valtonen"): "2025-05-22"}),
])
def test_a_gathering_set_on_the_day_of_a_deed_told_at_it(text, published, expected):
    found = {(e.relation, e.actor): e.date for e in run(text, published=published)}
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # "Three days later, ...", "A week later, ...": that many days after the day told last
    ("Armenian Prime Minister Nikol Pashinyan met Georgian Prime Minister Irakli Kobakhidze in Tbilisi on Monday. "
     "Three days later, Pashinyan travelled to Paris, where he held talks with French President Emmanuel Macron.",
     "2025-04-12", {("Nikol Pashinyan", "visits", "Paris"): "2025-04-10",
                    ("Nikol Pashinyan", "meets_with", "Emmanuel Macron"): "2025-04-10"}),
    ("Sudan's army shelled positions of the Rapid Support Forces near El Fasher on Tuesday. "
     "A week later, the paramilitary group attacked the city of El Obeid.",
     "2025-06-20", {("Rapid Support Forces", "attacks", "El Obeid"): "2025-06-24"}),
    # "on Thursday, two days after X": X was two days before the day of the clause it is told against
    ("Qatar recalled its ambassador from Israel on Thursday, two days after Israeli jets struck Doha. "
     "The Gulf state also suspended its mediation.",
     "2025-09-12", {("Israel", "attacks", "Qatar"): "2025-09-09", ("Qatar", "sanctions", "Israel"): "2025-09-11"}),
    # "The protest came four days after X": four days before the day told last
    ("On Wednesday, Ghana summoned the Togolese ambassador over the closure of the border. "
     "The protest came four days after Togolese soldiers attacked Ghanaian traders near Aflao.",
     "2025-03-07", {("Togo", "attacks", "Ghana"): "2025-03-01"}),
    # "a week before X": X is a week after
    ("Ethiopia and Eritrea signed a border accord on Friday, a week before Eritrean President Isaias Afwerki "
     "visits Addis Ababa. Both governments hailed the accord.",
     "2025-03-08", {("Isaias Afwerki", "visits", "Addis Ababa"): "2025-03-14",
                    ("Ethiopia", "signs", "border accord"): "2025-03-07"}),
])
def test_a_day_counted_from_another(text, published, expected):
    found = {(e.actor, e.relation, e.object): e.date for e in run(text, published=published)}
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # a meeting told in the simple past with no time of its own is on the day the report told last; a statement
    # is not carried so
    ("Leaders of the Andean Community gathered in Lima on Friday for their first summit in six years. Peruvian "
     "President Dina Boluarte hosted Bolivian President Luis Arce and Ecuadorian President Daniel Noboa at the "
     "Government Palace. Chile condemned the summit's final statement.", "2025-06-14",
     {("Dina Boluarte", "hosts", "Luis Arce"): "2025-06-13", ("Dina Boluarte", "meets_with", "Daniel Noboa"):
      "2025-06-13", ("Chile", "criticizes", "summit's final statement"): None}),
    # nor a meeting told with a time of its own ("last week"), nor one told in the past perfect
    ("TOKYO, June 3 (Reuters) - Japan will fund two coast guard vessels for the Philippines, its foreign ministry "
     "said on Tuesday. Japanese Foreign Minister Takeshi Iwaya hosted Philippine Foreign Secretary Enrique Manalo "
     "in Tokyo, and the two ministers discussed maritime security. Last week in Manila, Iwaya met Philippine "
     "President Ferdinand Marcos. Japan and the Philippines had signed a defence pact before the talks.",
     "2025-06-03", {("Takeshi Iwaya", "hosts", "Enrique Manalo"): "2025-06-03",
                    ("Enrique Manalo", "discusses", "maritime security"): "2025-06-03",
                    ("Takeshi Iwaya", "meets_with", "Ferdinand Marcos"): None,
                    ("Japan", "signs", "defence pact"): None}),
])
def test_a_report_goes_on_telling_its_day(text, published, expected):
    found = {(e.actor, e.relation, e.object): e.date for e in run(text, published=published)}
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # a deed refused or forgone in the simple past keeps the day it would have had: the day told last
    ("Leaders of the East African Community opened a summit in Arusha on Saturday. Rwandan President Paul Kagame "
     "chose not to travel to Arusha and sent his foreign minister instead.", "2025-02-10",
     {("Paul Kagame", "visits", "Arusha"): "2025-02-08"}),
    ("Serbia and Kosovo met in Brussels on Thursday for talks on energy. Serbian President Aleksandar Vucic refused "
     "to sign the draft accord on the power grid.", "2025-02-10",
     {("Aleksandar Vucic", "signs", "draft accord on power grid"): "2025-02-06"}),
])
def test_a_deed_forgone_in_the_past_is_on_the_day_told(text, published, expected):
    found = {(e.actor, e.relation, e.object): (e.date, e.modality) for e in run(text, published=published)}
    assert {key: found.get(key, ("missing",))[0] for key in expected} == expected
    assert all(found[key][1] == "negated" for key in expected)


@pytest.mark.parametrize("text, published, expected", [
    # "X's Thursday visit": no tense tells which Thursday, so the nearest; "X's trip" told later is that visit
    ("Pakistan and India have finalised the agenda for Prime Minister Shehbaz Sharif's Thursday visit to India, "
     "Pakistani officials said on Tuesday. In the course of Sharif's trip to India, he will hold talks with Indian "
     "Prime Minister Narendra Modi.", "2025-06-10",
     {("Shehbaz Sharif", "meets_with", "Narendra Modi"): "2025-06-12",
      ("Narendra Modi", "hosts", "Shehbaz Sharif"): "2025-06-12"}),
    # told on a Wednesday, "Monday visit" is the Monday just past
    ("Kenya's foreign ministry said on Wednesday that President William Ruto's Monday visit to Ethiopia had eased a "
     "row over port access. During Ruto's trip to Ethiopia, he held talks with Ethiopian Prime Minister Abiy "
     "Ahmed.", "2025-06-11",
     {("William Ruto", "visits", "Ethiopia"): "2025-06-09",
      ("William Ruto", "meets_with", "Abiy Ahmed"): "2025-06-09"}),
])
def test_a_weekday_naming_a_visit_and_the_visit_told_again_by_its_owner(text, published, expected):
    found = {(e.actor, e.relation, e.object): e.date for e in run(text, published=published)}
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize("text, published, expected", [
    # "At the summit, X called for A, while Y urged B": Y spoke at the summit too, on its day
    ("Leaders of the Gulf Cooperation Council opened a summit in Kuwait on Sunday. At the summit, Qatar's Emir "
     "Tamim bin Hamad Al Thani called for a Gulf rail link, while Bahrain's King Hamad bin Isa Al Khalifa urged Iran "
     "to end its nuclear programme.", "2025-12-03",
     {("Hamad bin Isa Al Khalifa", "calls_for", "ending nuclear programme"): "2025-11-30"}),
    # not on the day the second speaker arrived
    ("Kenyan President William Ruto arrived in Addis Ababa on Friday. African Union leaders held their summit on "
     "Saturday. During the summit, Ghanaian President John Mahama called for debt relief, whereas Ruto urged "
     "reform of the Security Council.", "2025-02-17",
     {("William Ruto", "calls_for", "reform of Security Council"): "2025-02-15"}),
])
def test_a_clause_told_beside_another_shares_its_setting(text, published, expected):
    found = {(e.actor, e.relation, e.object): e.date for e in run(text, published=published)}
    assert {key: found.get(key, "missing") for key in expected} == expected
