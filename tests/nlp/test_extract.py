"""The orchestration of extraction: a text that is not English gives no events, an article the rules fail on
is skipped and named, and an event's place is the one its own clause names. Every text is written for these
tests."""

from __future__ import annotations

import pytest

from extraction import run
from kgraph.model import Article


def test_non_english_text_gives_no_events(caplog):
    text = ("Die Außenministerin Chiles traf sich am Dienstag mit ihrem peruanischen Amtskollegen in Lima. "
            "Die beiden Minister sprachen über die Fischerei im Pazifik und über den Handel mit Kupfer.")
    assert run(text) == []
    assert "English" in caplog.text


@pytest.mark.parametrize("text, english", [
    ("Venezuelan navy vessels fired warning shots at Guyanese fishing boats.", True),  # terse, few function words
    ("El gobierno de España firmó un acuerdo con Marruecos para la cooperación en el Sahel.", False),
    ("Le ministre des Affaires étrangères a signé un accord avec le Maroc sur la pêche.", False),
])
def test_short_texts_are_told_english_by_their_function_words(text, english, caplog):
    events = run(text)
    assert bool(events) is english
    assert ("English" in caplog.text) is not english


def test_an_article_the_rules_fail_on_is_skipped_and_named(monkeypatch, caplog):
    import kgraph
    import kgraph.nlp.extract as extract_module

    real = extract_module.sentence_candidates

    def failing(sent, segment, ctx, deeds_told):
        if "Oslo" in sent.text:
            raise ValueError("a fault in a rule")
        return real(sent, segment, ctx, deeds_told)

    monkeypatch.setattr(extract_module, "sentence_candidates", failing)
    articles = [Article(id="bad", title="", text="Norway hosted talks in Oslo.", published="2024-01-10"),
                Article(id="good", title="", text="Spain signed the agreement.", published="2024-01-10")]
    events = list(kgraph.extract(articles))
    assert [(e.doc, e.relation) for e in events] == [("good", "signs")]
    assert "bad: events could not be extracted (ValueError: a fault in a rule)" in caplog.text


def test_a_place_in_a_relative_clause_is_not_where_the_main_event_happens():
    text = ("Slovak Prime Minister Robert Fico, who met Xi Jinping in Beijing last week, will travel to Washington "
            "on Thursday to meet Donald Trump.")
    places = {e.object: e.location for e in run(text, published="2024-07-11") if e.relation == "meets_with"}
    assert places["Xi Jinping"] == "Beijing"
    assert places["Donald Trump"] != "Beijing"
