"""The actor stage: person names the recogniser gets wrong, people and their offices, pronouns and descriptions
("the minister", "the two sides"), bodies and capitals, and parties told without a known name (those readings
first on hand-built parses). Every sentence is written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from extraction import core, run
from kgraph.model import Article
from kgraph.nlp.actors.parties import demonym_in_plural, is_force_noun, state_modifiers, unlisted_organisation

VOCAB = spacy.blank("en").vocab
DEMONYMS = {"Palestinian": "country:PSE", "Iraqi": "country:IRQ", "Chinese": "country:CHN"}


def parse(spec: str, ents: tuple[tuple[int, int, str], ...] = ()) -> Doc:
    """A doc from 'word/HEAD/dep/POS/TAG' items, HEAD the index of the head word; ``ents`` (start, end, label)."""
    items = [item.split("/") for item in spec.split()]
    doc = Doc(VOCAB, words=[i[0] for i in items], heads=[int(i[1]) for i in items], deps=[i[2] for i in items],
              pos=[i[3] for i in items], tags=[i[4] for i in items])
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.mark.parametrize("spec, index, expected", [
    ("Iraqis/1/nsubj/PROPN/NNPS voted/1/ROOT/VERB/VBD", 0, "country:IRQ"),
    ("the/1/det/DET/DT Palestinians/2/nsubj/PROPN/NNPS protested/2/ROOT/VERB/VBD", 1, "country:PSE"),
    ("the/1/det/DET/DT Chinese/2/nsubj/PROPN/NNP replied/2/ROOT/VERB/VBD", 1, "country:CHN"),
    ("Iraqi/1/amod/ADJ/JJ farmers/2/nsubj/NOUN/NNS protested/2/ROOT/VERB/VBD", 0, None),  # an adjective
    ("Chinese/1/nsubj/PROPN/NNP replied/1/ROOT/VERB/VBD", 0, None),  # no article: may be a language
    ("Kurds/1/nsubj/PROPN/NNPS marched/1/ROOT/VERB/VBD", 0, None),  # no state of that name
])
def test_demonym_in_plural(spec, index, expected):
    assert demonym_in_plural(parse(spec)[index], DEMONYMS) == expected


def test_force_nouns_and_the_words_that_name_their_state():
    # "security forces in Chad and Niger attacked"
    doc = parse("security/1/compound/NOUN/NN forces/4/nsubj/NOUN/NNS in/1/prep/ADP/IN Chad/2/pobj/PROPN/NNP "
                "attacked/4/ROOT/VERB/VBD")
    assert is_force_noun(doc[1]) and not is_force_noun(doc[3]) and not is_force_noun(doc[4])
    assert [t.text for t in state_modifiers(doc[1])] == ["security", "Chad"]
    # "Sudanese and Chadian troops": both adjectives, through the coordination
    doc = parse("Sudanese/3/amod/ADJ/JJ and/0/cc/CCONJ/CC Chadian/0/conj/ADJ/JJ troops/3/ROOT/NOUN/NNS")
    assert [t.text for t in state_modifiers(doc[3])] == ["Sudanese", "Chadian"]


@pytest.mark.parametrize("spec, ents, index, expected", [
    # "the Ogaden Liberation Front said"
    ("the/3/det/DET/DT Ogaden/3/compound/PROPN/NNP Liberation/3/compound/PROPN/NNP Front/4/nsubj/PROPN/NNP "
     "said/4/ROOT/VERB/VBD", ((0, 4, "ORG"),), 3, "Ogaden Liberation Front"),
    # "the Defence Ministry said": an office of a state, read elsewhere
    ("the/2/det/DET/DT Defence/2/compound/PROPN/NNP Ministry/3/nsubj/PROPN/NNP said/3/ROOT/VERB/VBD",
     ((0, 3, "ORG"),), 2, None),
    # a name cut short by the tagger ("the Assembly of")
    ("the/1/det/DET/DT Assembly/3/nsubj/PROPN/NNP of/1/prep/ADP/IN met/3/ROOT/VERB/VBD",
     ((0, 3, "ORG"),), 1, None),
    # a person is no organisation
    ("Ama/1/compound/PROPN/NNP Owusu/2/nsubj/PROPN/NNP said/2/ROOT/VERB/VBD", ((0, 2, "PERSON"),), 1, None),
])
def test_unlisted_organisation(spec, ents, index, expected):
    actor = unlisted_organisation(parse(spec, ents)[index])
    assert (actor.name if actor is not None else None) == expected
    if actor is not None:
        assert actor.type == "organisation" and actor.id == "org:ogaden-liberation-front"


@pytest.mark.parametrize("text, expected", [
    ("The Palestinians condemned the new settlement plan approved by Israel.", ("Palestine", "criticizes", "Israel")),
    ("Security forces in Guinea attacked the border post near Kambia.", ("Guinea", "attacks", "border post")),
    ("Rebels in Mozambique accused Rwanda of arming the militias.", ("Mozambique", "criticizes", "Rwanda")),
    ("The Ogaden National Liberation Front condemned Ethiopia on Sunday.",
     ("Ogaden National Liberation Front", "criticizes", "Ethiopia")),
    ("Canada imposed sanctions on the Houthi rebel movement on Monday.", ("Canada", "sanctions", "Houthis")),
    ("The Indonesian Maritime Security Agency accused Vietnam of poaching in the Natuna waters.",
     ("Indonesia", "criticizes", "Vietnam")),
    ("Gunmen in Mali ambushed Senegalese peacekeepers near Gao.", ("Mali", "attacks", "Senegal")),
    ("Eritrean troops shelled Ethiopian villagers near the border town of Zalambessa.",
     ("Eritrea", "attacks", "Ethiopia")),
    # the people a count or group is of, and people named by their trade or office with their state
    ("Militias in Libya have tortured hundreds of Sudanese migrants, the agency said.", ("Libya", "attacks", "Sudan")),
    ("Gangs in Haiti abducted a group of Canadian journalists on Tuesday.", ("Haiti", "attacks", "Canada")),
    ("Ecuador threatened to expel the Mexican ambassador over the asylum case.", ("Ecuador", "threatens", "Mexico")),
    # people in a city the cities table knows stand for its state; an attack made by a state's shelling or strike
    ("A Pakistani air strike killed six people in Khost, the Taliban said.", ("Pakistan", "attacks", "Afghanistan")),
    ("Russian artillery fire killed two civilians in Kherson on Friday.", ("Russia", "attacks", "Ukraine")),
    # fighters of a body the gazetteer does not list; what is struck belongs to the state named on it
    ("Fighters from the Ogaden Liberation Front raided a depot, killing three Somali guards.",
     ("Ogaden Liberation Front", "attacks", "Somalia")),
    ("Houthi forces hit a Liberian cargo ship off Yemen on Sunday.", ("Houthis", "attacks", "Liberia")),
])
def test_parties_without_a_known_name(text, expected):
    import kgraph
    from kgraph.model import Article

    events = {(e.actor, e.relation, e.object) for e in kgraph.extract([Article(id="t", text=text)])}
    assert expected in events, events



# ---- sentences through the real model: names, offices, pronouns and descriptions -----------------------

def test_capital_as_actor_means_the_country():
    assert ("Russia", "criticizes", "decision") in core(run("Moscow condemned the decision."))


def test_capital_as_place_stays_a_place():
    events = run("Austrian Foreign Minister Karl Weber arrived in Vienna.")
    assert ("Karl Weber", "visits", "Vienna") in core(events)
    assert [e.object_type for e in events if e.relation == "visits"] == ["place"]


def test_pronoun_and_surname_resolve_to_the_person():
    events = run("Estonian Foreign Minister Margus Tsahkna held talks with Polish Foreign Minister "
                 "Radoslaw Sikorski. Tsahkna later visited Gdansk. On Friday, he visited Warsaw.")
    visits = {(e.actor, e.object) for e in events if e.relation == "visits"}
    assert ("Margus Tsahkna", "Gdansk") in visits and ("Margus Tsahkna", "Warsaw") in visits


def test_the_sides_are_the_states_and_the_leaders_are_the_people():
    events = run("Ghanaian President Nana Akufo-Addo met Togolese President Faure Gnassingbe. "
                 "Ghana and Togo signed a border accord. The two sides agreed to boost trade. "
                 "The two leaders discussed security.")
    agreed = {e.actor for e in events if e.relation == "agrees_on"}
    discussed = {e.actor for e in events if e.relation == "discusses"}
    assert agreed == {"Ghana", "Togo"} and discussed == {"Nana Akufo-Addo", "Faure Gnassingbe"}


@pytest.mark.parametrize("text, expected", [
    # parties named together, with no deed joining them before: "their envoys", "the two sides"
    ("Chile and Bolivia reopened a border crossing on Monday after their envoys met in Lima.",
     {("Chile", "meets_with", "Bolivia"), ("Chile", "visits", "Lima"), ("Bolivia", "visits", "Lima")}),
    ("Uruguay and Paraguay lowered tariffs on river freight once the two sides had met in Brasilia.",
     {("Uruguay", "meets_with", "Paraguay"), ("Uruguay", "visits", "Brasilia")}),
    ("Malaysia and Indonesia both export palm oil. Their negotiators will meet in Singapore next month.",
     {("Malaysia", "meets_with", "Indonesia")}),
    # "the two leaders" are the last two people named, though no meeting joined them yet
    ("Senegalese President Bassirou Faye wrote to Gambian President Adama Barrow. The two leaders met in "
     "Banjul a week later.",
     {("Bassirou Faye", "meets_with", "Adama Barrow"), ("Bassirou Faye", "visits", "Banjul"),
      ("Adama Barrow", "hosts", "Bassirou Faye")}),
])
def test_groups_named_together_or_last_named_are_the_parties_of_a_later_deed(text, expected):
    assert expected <= core(run(text))


@pytest.mark.parametrize("text, expected", [
    ("The juntas in Guinea and Mali condemned the ECOWAS sanctions on Monday.",
     {("Guinea", "criticizes", "ECOWAS"), ("Mali", "criticizes", "ECOWAS")}),
    ("The governments of Ecuador and Colombia rebuked Venezuela on Friday.",
     {("Ecuador", "criticizes", "Venezuela"), ("Colombia", "criticizes", "Venezuela")}),
    ("The authorities in Benin and Togo expelled two Nigerien diplomats.",
     {("Benin", "sanctions", "Niger"), ("Togo", "sanctions", "Niger")}),
    ("Guinea's military rulers accused France of meddling.", {("Guinea", "criticizes", "France")}),
])
def test_a_state_s_rulers_stand_for_it_and_those_of_several_states_for_each(text, expected):
    assert expected <= core(run(text))


@pytest.mark.parametrize("text, expected, not_told", [
    ("Papua New Guinea Prime Minister James Marape defended his country's security cooperation with Australia on Monday.",
     ("Papua New Guinea", "cooperates_on"), ("James Marape", "cooperates_on")),
    ("Barbadian Prime Minister Mia Mottley said her country would back the Caribbean candidate.",
     ("Barbados", "supports"), ("Mia Mottley", "supports")),
    ("Zambian President Hakainde Hichilema, whose country chairs the Southern African Development Community, "
     "called for calm.", ("Zambia", "member_of"), ("Hakainde Hichilema", "member_of")),
])
def test_his_or_her_country_is_the_state_the_person_serves(text, expected, not_told):
    pairs = {(a, r) for a, r, o in core(run(text))}
    assert expected in pairs and not_told not in pairs, pairs


@pytest.mark.parametrize("text, expected", [
    ("Presidents Gustavo Petro of Colombia and Daniel Noboa of Ecuador signed a border accord in Quito on Monday.",
     {("Gustavo Petro", "holds_role", "President of Colombia"), ("Daniel Noboa", "holds_role", "President of Ecuador"),
      ("Gustavo Petro", "signs", "border accord")}),
    ("Foreign Ministers Mauro Vieira of Brazil and Diana Mondino of Argentina met in Brasilia on Monday.",
     {("Mauro Vieira", "holds_role", "Foreign Minister of Brazil"), ("Mauro Vieira", "meets_with", "Diana Mondino")}),
])
def test_a_title_in_the_plural_before_a_list_of_names(text, expected):
    found = {(e.actor, e.relation, e.object) for e in run(text)}
    assert expected <= found, found


@pytest.mark.parametrize("text, expected, not_told", [
    # where it acts, Brussels is the European Union; where something happens or someone goes, the city
    ("Serbian President Aleksandar Vucic accused Brussels of double standards on Tuesday.",
     {("Aleksandar Vucic", "criticizes", "European Union")}, set()),
    ("Brussels imposed fresh sanctions on Belarus on Wednesday.", {("European Union", "sanctions", "Belarus")}, set()),
    ("Moldovan President Maia Sandu visited Brussels on Monday.", {("Maia Sandu", "visits", "Brussels")},
     {("Maia Sandu", "visits", "European Union")}),
])
def test_a_place_that_acts_is_the_body_seated_there(text, expected, not_told):
    found = core(run(text))
    assert expected <= found and not (not_told & found), found


@pytest.mark.parametrize("text, expected, not_told", [
    # "its" in the cause of measures against a party is that party's, not the one who takes them
    ("Australia imposed sanctions on Iran over its attacks on shipping in the Red Sea.",
     ("Iran", "attacks", "shipping in Red Sea"), ("Australia", "attacks", "shipping in Red Sea")),
    ("The African Union agreed to prepare measures against Rwanda over its attacks on Congolese towns.",
     ("Rwanda", "attacks", "Democratic Republic of the Congo"),
     ("African Union", "attacks", "Democratic Republic of the Congo")),
])
def test_its_in_the_cause_of_measures_is_the_target_s(text, expected, not_told):
    found = core(run(text))
    assert expected in found and not_told not in found, found


def test_it_accused_by_parties_named_together_is_none_of_them():
    # "they" are Chad, Sudan and Libya; "it" is the body they leave, not the first of them
    found = core(run("Chad, Sudan and Libya said on Monday that they were leaving the regional bloc, accusing it of "
                     "bias."))
    assert not {(a, o) for a, r, o in found if r == "criticizes"} & {
        (a, o) for a in ("Chad", "Sudan", "Libya") for o in ("Chad", "Sudan", "Libya")}


def test_a_group_joined_by_a_deed_wins_over_parties_named_together_later():
    # the sides are Kenya and Tanzania, who met, not the two bodies named in passing after them
    found = core(run("Kenya and Tanzania agreed on Monday to build a joint railway. Kenya asked the World Bank "
                     "and the African Development Bank for loans. The two sides will meet again in Arusha."))
    assert ("Kenya", "meets_with", "Tanzania") in found
    assert not any(t[0] == "World Bank" and t[1] == "meets_with" for t in found)


def test_user_actor_dictionary_adds_actors_with_their_codes(tmp_path):
    import kgraph

    actors = tmp_path / "actors.tsv"
    actors.write_text("code\tname\tkind\taliases\nARN\tArnor\tcountry\tnorth kingdom\nGON\tGondor\tcountry\t\n")
    article = Article(id="u", title="", published="2024-05-01",
                      text="The North Kingdom signed a treaty with Gondor. Gondorian troops attacked Osgiliath.")
    events = list(kgraph.extract(article, actors=[actors]))
    ids = {(e.actor_id, e.relation) for e in events}
    assert ("user:ARN", "signs") in ids and ("user:GON", "attacks") in ids


@pytest.mark.parametrize("text, person, role", [
    ("On Tuesday, Ms. Elena Duarte, Foreign Minister of the Republic of Chile, received Mr. Tanaka.",
     "Elena Duarte", "Foreign Minister of Chile"),
    ("The Hon Sarah Mitchell MP, Minister for Defence\nNew Zealand will send engineers to Tonga.", "Sarah Mitchell",
     "Defence Minister"),
    ("Nairobi — Kenyan President William Ruto met the envoy.", "William Ruto", "President of Kenya"),
])
def test_roles_written_after_names_and_under_titles(text, person, role):
    roles = {(e.actor, e.object) for e in run(text) if e.relation == "holds_role"}
    assert (person, role) in roles


def test_name_after_a_long_title_is_found_even_when_the_parse_breaks():
    events = run("On Tuesday Gabriel Boric held a phone conversation with President of the Republic of Colombia "
                 "Gustavo Petro at the request of the Colombian side.",
                 title="Phone call with Colombian President Gustavo Petro")
    assert ("Gabriel Boric", "meets_with", "Gustavo Petro") in core(events)


def test_unknown_named_government_is_not_the_last_country():
    events = run("Sweden signed a treaty. The Zembla government condemned the decision.")
    assert not any(e.relation == "criticizes" and e.actor == "Sweden" for e in events)


def test_government_of_a_country_is_that_country_and_aid_purpose_is_not_support():
    events = core(run("Ireland said it will provide 3 million euros in relief to support the Government of Nepal."))
    assert ("Ireland", "provides_aid_to", "Nepal") in events
    assert ("Ireland", "supports", "Nepal") not in events


def test_counterpart_of_a_national_title_holds_the_generic_office():
    events = run("External Affairs Minister Subrahmanyam Jaishankar met his Ghanaian counterpart Samuel Ablakwa "
                 "in Accra on Tuesday.")
    roles = {(e.actor, e.object) for e in events if e.relation == "holds_role"}
    assert ("Samuel Ablakwa", "Foreign Minister of Ghana") in roles
    assert ("Subrahmanyam Jaishankar", "External Affairs Minister of India") in roles
    assert ("Subrahmanyam Jaishankar", "visits", "Accra") in core(events)


def test_plural_title_after_a_country_names_no_office_holder():
    events = run("Foreign Minister Ana Costa will meet the Brazilian foreign ministers next week.",
                 title="Portugal, Brazil foreign ministers to meet")
    roles = {(e.actor, e.object) for e in events if e.relation == "holds_role"}
    assert ("Ana Costa", "Foreign Minister of Brazil") not in roles


def test_a_place_opening_with_the_is_not_a_person():
    events = run("Jordanian Foreign Minister Ayman Safadi arrived in the Gaza Strip. She discussed the water crisis.")
    assert not any(e.actor == "Gaza Strip" for e in events)


@pytest.mark.parametrize("sentence, expected", [
    # the NER ran one entity across two names
    ("Aliyev accused Pashinyan of sabotage.", ("Aliyev", "criticizes", "Pashinyan")),
    # a place that is also a first name
    ("Israel Katz met Santiago Abascal in Madrid.", ("Israel Katz", "meets_with", "Santiago Abascal")),
])
def test_names_the_entity_recogniser_joins_or_cuts(sentence, expected):
    assert expected in core(run(sentence))


def test_two_names_joined_by_and_are_two_people():
    from kgraph.nlp.pipeline import load_pipeline

    nlp, _ = load_pipeline()
    doc = nlp("Andrej Babis and Robert Fico attended the rally.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Andrej Babis", "PERSON"), ("Robert Fico", "PERSON")]


def test_surname_with_a_slip_of_spelling_is_the_same_person():
    events = run("Finnish Foreign Minister Elina Valtonen arrived in Tallinn. The dialogue will continue in June, "
                 "Valtonnen said, when she will host the envoys in Helsinki.")
    assert ("Elina Valtonen", "hosts", "envoys") in core(events)
    assert not any(e.actor == "Valtonnen" for e in events)


@pytest.mark.parametrize("sentence, name", [
    ("Kenyan President William Ruto called his Tanzanian counterpart Samia Suluhu Hassan.", "Samia Suluhu Hassan"),
    ("The convention drew Germany's far-right leader Alice Weidel.", "Alice Weidel"),
])
def test_given_names_and_surnames_the_recogniser_left_out(sentence, name):
    from kgraph.nlp.pipeline import load_pipeline

    nlp, _ = load_pipeline()
    assert name in [e.text for e in nlp(sentence).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("sentence, expected", [
    ("President Macron received Chancellor Scholz at the Elysee Palace.", ("Macron", "hosts", "Scholz")),
    ("Georgia submitted its application for EU membership.", ("Georgia", "seeks_membership_in", "European Union")),
])
def test_untagged_name_after_a_title_and_applications(sentence, expected):
    assert expected in core(run(sentence))


def test_counterpart_takes_the_office_named_earlier_in_the_sentence():
    events = run("The Kenyan president will also meet with his Ghanaian counterpart John Mahama.")
    assert ("John Mahama", "holds_role", "President of Ghana") in {(e.actor, e.relation, e.object) for e in events}


@pytest.mark.parametrize("text, person, role", [
    ("Special Presidential Envoy for Climate Affairs Maria Ortega signed the memorandum.",
     "Maria Ortega", "Special Presidential Envoy for Climate Affairs"),
    ("First Deputy Prime Minister Yulia Svyrydenko visited Washington.", "Yulia Svyrydenko", "First Deputy Prime Minister"),
    ("Deputy Prime Minister Choi Sang-mok met the delegation.", "Choi Sang-mok", "Deputy Prime Minister"),
    ("Moldovan Foreign Minister Mihai Popsoi spoke. Victor Chirila, a Moldovan ambassador-at-large, "
     "told public radio that the talks will continue.", "Victor Chirila", "Ambassador of Moldova"),
])
def test_titles_as_written_hyphenated_names_and_titles_after_an_article(text, person, role):
    assert (person, "holds_role", role) in {(e.actor, e.relation, e.object) for e in run(text)}


def test_a_former_office_is_not_held():
    events = run("Former Prime Minister Boris Johnson visited Kyiv.")
    assert ("Boris Johnson", "visits", "Kyiv") in core(events)
    assert not [e for e in events if e.relation == "holds_role"]


@pytest.mark.parametrize("text, expected", [
    ("Irish envoy Sean O’Connell spoke on Monday. O’Connell met with Kenyan President William Ruto in Nairobi.",
     ("Sean O'Connell", "meets_with", "William Ruto")),
    ("Uzbek Foreign Minister Bakhtiyor Saidov arrived in Riga. Latvian President Edgars Rinkevics received Saidov.",
     ("Edgars Rinkevics", "hosts", "Bakhtiyor Saidov")),
])
def test_a_lone_surname_of_a_person_named_in_full_is_that_person(text, expected):
    assert expected in core(run(text))


@pytest.mark.parametrize("text, expected, unwanted", [
    # a name with particles that the recogniser cut ("Ursula von" + "der" + "Leyen" as a place)
    ("German Chancellor Olaf Scholz and Commission chief Ursula von der Leyen visited Kyiv on Monday.",
     ("Ursula von der Leyen", "visits", "Kyiv"), None),
    # "South American" is a region, not the United States
    ("Portugal and three South American countries signed a declaration on fisheries.",
     ("Portugal", "signs", "declaration on fisheries"), ("United States", "signs", "declaration on fisheries")),
    # who welcomes a signing did not sign
    ("Mexico celebrated the signing of the customs accord on Tuesday.",
     ("Mexico", "supports", "customs accord"), ("Mexico", "signs", "customs accord")),
    # a short name used alone and the full name are one person
    ("Colombia's Petro arrived in Rome on Monday. President Gustavo Petro met the Italian premier.",
     ("Gustavo Petro", "visits", "Rome"), ("Petro", "visits", "Rome")),
    # a surname in another paragraph that the tagger took for a noun, and the apostrophe spelled one way
    ("Ireland named Sean O’Connell, the Irish special envoy to the region.\n\n"
     "O’Connell met with Kenyan President William Ruto in Nairobi.",
     ("Sean O'Connell", "meets_with", "William Ruto"), ("Sean O’Connell", "meets_with", "William Ruto")),
])
def test_names_with_particles_short_names_regions_and_stances(text, expected, unwanted):
    found = core(run(text))
    assert expected in found
    assert unwanted not in found


def test_title_after_a_country_in_apposition_and_a_visit_planned_elsewhere_makes_no_host():
    events = run("Morocco cancelled the talks because of remarks by Anne Keller, the German minister of state. "
                 "Keller will visit Rabat next month. Keller met Moroccan Foreign Minister Nasser Bourita.")
    roles = {(e.actor, e.object) for e in events if e.relation == "holds_role"}
    assert ("Anne Keller", "Minister of State of Germany") in roles
    assert ("Anne Keller", "meets_with", "Nasser Bourita") in core(events)
    assert not [e for e in events if e.relation == "hosts"]  # the visit is planned, the meeting was held


@pytest.mark.parametrize("text, person, role", [
    # a title in the plural gives each listed name the office (the second name tagged as a body or not)
    ("Presidents Gabriel Boric of Chile and Gustavo Petro of Colombia met in Quito.", "Gustavo Petro",
     "President of Colombia"),
    ("Prime Ministers Donald Tusk of Poland and Petr Fiala of the Czech Republic arrived on Tuesday.", "Petr Fiala",
     "Prime Minister of Czech Republic"),
    # a title after the name wins over one that belongs to the name before it
    ("His Excellency Dr. Omar Khalil, Minister of Finance and His Excellency Mr. Lars Nilsson, "
     "Ambassador of Sweden to Jordan, signed the loan agreement.", "Lars Nilsson", "Ambassador of Sweden"),
])
def test_titles_shared_by_a_list_and_titles_after_a_second_name(text, person, role):
    roles = {(e.actor, e.object) for e in run(text) if e.relation == "holds_role"}
    assert (person, role) in roles


@pytest.mark.parametrize("text, expected, unwanted", [
    # a subject pronoun goes on with the subject of the sentence before, not the last person named
    ("Ecuadorian President Daniel Noboa will fly to Lisbon, where he will join a conference organised by his friend "
     "Luis Montenegro.\n\nAfterwards he is due to travel to Paris.", ("Daniel Noboa", "visits", "Paris"),
     ("Luis Montenegro", "visits", "Paris")),
    # ... unless a person is named before it in its own sentence
    ("Chilean President Gabriel Boric met Spanish Prime Minister Pedro Sanchez. Sanchez said he will travel to Rome.",
     ("Pedro Sanchez", "visits", "Rome"), ("Gabriel Boric", "visits", "Rome")),
])
def test_a_subject_pronoun_goes_on_with_the_last_subject(text, expected, unwanted):
    found = core(run(text))
    assert expected in found
    assert unwanted not in found


@pytest.mark.parametrize("text, expected", [
    # the parser made the demonym the subject and hung the titled name on it
    ("Huambo — Angolan head of State Paulo Cunha received Sunday the foreign ministers of Gabon and Congo.",
     ("Paulo Cunha", "hosts", "Gabon")),
    # names the tagger missed right after the country of an office named before them
    ("President John Mahama received the ministers of Trade of Niger Seydou Asman.",
     ("John Mahama", "meets_with", "Seydou Asman")),
])
def test_titled_names_the_parser_or_the_tagger_missed(text, expected):
    assert expected in core(run(text))


@pytest.mark.parametrize("text, expected, unwanted", [
    # the one person of unknown office holds the office named without a holder
    ("On Thursday Emmanuel Macron spoke by phone with Indian Prime Minister Narendra Modi. The President of France "
     "condemned the attack.", ("Emmanuel Macron", "holds_role", "President of France"),
     ("France", "criticizes", "attack")),
    # ... not when two people could hold it
    ("Emmanuel Macron and Jean-Noel Barrot met Indian Prime Minister Narendra Modi. The President of France condemned "
     "the attack.", None, ("Jean-Noel Barrot", "holds_role", "President of France")),
])
def test_an_office_named_without_a_holder(text, expected, unwanted):
    found = {(e.actor, e.relation, e.object) for e in run(text)}
    assert expected is None or expected in found
    assert unwanted not in found


def test_plural_title_means_those_last_told_together():
    # "the foreign ministers" are the two received, not also the host's own minister who sat in
    found = core(run("Ghanaian President John Mahama received Canadian Foreign Minister Anita Anand and Indian Foreign "
                     "Minister Subrahmanyam Jaishankar on Thursday. Foreign Minister Samuel Ablakwa sat in on the "
                     "meeting. Mahama welcomed the foreign ministers to Ghana."))
    assert {("Anita Anand", "visits", "Ghana"), ("Subrahmanyam Jaishankar", "visits", "Ghana")} <= found
    assert not {e for e in found if "Samuel Ablakwa" in (e[0], e[2])}


@pytest.mark.parametrize("text, person, role", [
    # a name the tagger missed after a title that runs on ("of ... and ...")
    ("Minister of Industry and Commerce Rania Saleh signed the memorandum.", "Rania Saleh",
     "Minister of Industry and Commerce"),
    ("Minister of Finance Olu Verheijen signed the memorandum.", "Olu Verheijen", "Minister of Finance"),
])
def test_name_after_a_long_title(text, person, role):
    events = run(text)
    assert (person, "holds_role", role) in {(e.actor, e.relation, e.object) for e in events}
    assert (person, "signs", "memorandum") in core(events)


def test_a_headline_in_title_case_makes_no_person_of_its_verb():
    events = run("Accra — Ghanaian President John Mahama received on Tuesday the trade minister of Togo, "
                 "Rose Kayi Mivedor.", title="Ghanaian President Meets With Togolese Trade Minister")
    assert not [e for e in events if "With" in e.actor or "With" in e.object]
    assert ("John Mahama", "meets_with", "Rose Kayi Mivedor") in core(events)


def test_the_countries_of_ministers_named_together():
    found = core(run("Kenyan President William Ruto met Ugandan President Yoweri Museveni and Tanzanian President "
                     "Samia Suluhu Hassan in Arusha. Ruto said the three countries will strengthen cooperation."))
    assert ("Tanzania", "cooperates_on", "Kenya-Uganda-Tanzania cooperation") in found
    assert not [a for a, relation, _ in found if relation == "cooperates_on" and a == "Yoweri Museveni"]


def test_names_that_are_also_common_words_stay_names():
    found = core(run("British Prime Minister Theresa May met Will Hurd in London."))
    assert ("Theresa May", "meets_with", "Will Hurd") in found


@pytest.mark.parametrize("text, expected", [
    # offices told in a relative clause, several at once, each with the country of the title before the name
    ("He will meet Peru's acting president, Carlos Medina, who is deputy prime minister and energy and mines "
     "minister.", {("Carlos Medina", "Acting President of Peru"), ("Carlos Medina", "Deputy Prime Minister of Peru")}),
    # an office given by election or appointment
    ("Pedro Alvarado was appointed foreign minister of Peru last year.", {("Pedro Alvarado", "Foreign Minister of Peru")}),
    ("Hana Novak was re-elected as mayor on Sunday.", {("Hana Novak", "Mayor")}),
    # a local office keeps its place, whether written before the title or after "of"
    ("Tomas Berg, the mayor of Kiruna, opposed the mine.", {("Tomas Berg", "Mayor of Kiruna")}),
    ("Akira Tanaka was elected as Sapporo mayor in June.", {("Akira Tanaka", "Mayor of Sapporo")}),
    # a participle before the title is part of it
    ("He met Brazil's acting president, Carla Souza, in Lima.", {("Carla Souza", "Acting President of Brazil")}),
    ("EU foreign policy chief Maria Lind said on Monday that the talks with Georgia had stalled.",
     {("Maria Lind", "Foreign Policy Chief of European Union")}),
])
def test_offices_told_in_a_clause(text, expected):
    roles = {(e.actor, e.object) for e in run(text) if e.relation == "holds_role"}
    assert expected <= roles


def test_a_former_office_told_in_a_clause_is_no_office():
    text = "Jonas Berg, who is a former foreign minister, criticized the plan."
    assert not [e for e in run(text) if e.relation == "holds_role"]


def test_a_country_people_keep_their_own_name():
    found = core(run("Kenya will send aid to the people of Mali affected by the drought."))
    assert ("Kenya", "provides_aid_to", "people of Mali") in found


def test_a_title_with_its_words_names_its_holder():
    text = ("Prime Minister Jonas Gahr Store met Foreign Minister Espen Barth Eide in Oslo. The Prime Minister "
            "condemned the attack on the embassy.")
    assert {e.actor for e in run(text) if e.relation == "criticizes"} == {"Jonas Gahr Store"}


@pytest.mark.parametrize("text, expected", [
    # the fighters of an armed group are the group
    ("Al-Shabaab militants attacked a police post in Garissa on Wednesday.", ("al-Shabaab", "attacks", "Garissa")),  # the city struck
    # a given name used alone is the one person who has it
    ("Ethiopian Prime Minister Abiy Ahmed arrived in Nairobi on Thursday. President William Ruto hosted Abiy at "
     "State House.", ("William Ruto", "hosts", "Abiy Ahmed")),
    # a second topic the parser joined to the verb
    ("Kenya and Ethiopia held bilateral talks on the port corridor and the situation in Somalia.",
     ("Kenya", "discusses", "situation in Somalia")),
])
def test_fighters_given_names_and_topics_hung_on_the_verb(text, expected):
    assert expected in core(run(text))


@pytest.mark.parametrize("text, expected", [
    # a hyphenated title
    ("United Nations Secretary-General Antonio Guterres attended the summit in Kazan.",
     ("Antonio Guterres", "holds_role", "Secretary General of United Nations")),
    # a deed after a preposition stays in the topic
    ("India and China endorsed an agreement on patrolling the disputed border.",
     ("India", "supports", "agreement on patrolling disputed border")),
])
def test_hyphenated_titles_and_deeds_in_topics(text, expected):
    assert expected in {(e.actor, e.relation, e.object) for e in run(text)}


def test_a_headline_word_before_a_title_is_no_office():
    events = run("Secretary of Defense Lloyd J. Austin III hosted Philippine Secretary of National Defense Gilberto "
                 "Teodoro at the Pentagon today.",
                 title="Readout of Secretary Austin's Meeting With Philippine Secretary of National Defense Gilberto Teodoro")
    roles = {(e.actor, e.object) for e in events if e.relation == "holds_role"}
    assert ("Lloyd J. Austin III", "Secretary of Defense of United States") in roles
    assert not any("Readout" in role for _, role in roles)


@pytest.mark.parametrize("text, expected, unwanted", [
    # "he" after a reported sentence is the subject of what was reported, not the last person named
    ("Antony Blinken will travel to Cairo next week to meet Egyptian President Abdel Fattah al-Sisi, the State "
     "Department said. He is also expected to visit Israel.",
     ("Antony Blinken", "visits", "Israel"), ("Abdel Fattah al-Sisi", "visits", "Israel")),
    # "the leaders of more than 20 countries" are not the pair told before
    ("Indian Prime Minister Narendra Modi and Chinese President Xi Jinping held talks in Kazan. The two leaders "
     "endorsed an agreement. Vladimir Putin welcomed the leaders of more than 20 countries.",
     None, ("Vladimir Putin", "hosts", "Xi Jinping")),
])
def test_he_after_reported_speech_and_leaders_of_many(text, expected, unwanted):
    found = core(run(text))
    assert expected is None or expected in found
    assert unwanted not in found


def test_counterparts_listed_in_order_hold_the_offices_of_those_they_answer():
    text = ("German Foreign Minister Annalena Baerbock and Defence Minister Boris Pistorius met their French "
            "counterparts, Catherine Colonna and Sebastien Lecornu, in Paris.")
    roles = {(e.actor, e.object) for e in run(text) if e.relation == "holds_role"}
    assert ("Catherine Colonna", "Foreign Minister of France") in roles
    assert ("Sebastien Lecornu", "Defence Minister of France") in roles


def test_the_ministers_are_the_last_ministers_told_acting_together():
    text = ("Malaysian Foreign Minister Mohamad Hasan met Vietnamese Foreign Minister Bui Thanh Son on Monday. "
            "Indian top diplomat Subrahmanyam Jaishankar and Secretary of State Antony Blinken will meet on "
            "Thursday. The ministers also condemned the attack.")
    critics = {e.actor for e in run(text) if e.relation == "criticizes"}
    assert critics == {"Mohamad Hasan", "Bui Thanh Son"}


def test_a_family_name_written_first_finds_its_person():
    events = run("Chinese President Xi Jinping met Kenyan President William Ruto. Xi praised Kenya.")
    assert ("Xi Jinping", "supports", "Kenya") in core(events)


@pytest.mark.parametrize("text, expected", [
    ("Blinken held talks with Crown Prince Salman bin Hamad in Manama.", ("Salman bin Hamad", "meets_with")),
    # a title ending in "of" before a name ("the Order of St Andrew the Apostle") is read without error
    ("Putin awarded Modi Russia's highest state honour, the Order of St Andrew the Apostle. Putin met Modi.",
     ("Vladimir Putin", "meets_with")),
])
def test_crown_princes_and_orders_before_names(text, expected):
    events = run("Russian President Vladimir Putin and Secretary of State Antony Blinken spoke. " + text)
    assert any((e.object, e.relation) == expected or (e.actor, e.relation) == expected for e in events)


def test_a_secretary_of_state_with_no_country_written_is_the_united_states():
    roles = {(e.actor, e.object) for e in run("Secretary of State Marco Rubio called Egyptian Foreign Minister "
                                              "Badr Abdelatty.") if e.relation == "holds_role"}
    assert ("Marco Rubio", "Secretary of State of United States") in roles


@pytest.mark.parametrize("text, expected", [
    # "the" inside a long written title is part of it
    ("Director of the Office of the Central Foreign Affairs Commission Wang Yi met Penny Wong.",
     ("Wang Yi", "Director of the Office of the Central Foreign Affairs Commission")),
    # a military rank between the office and the name is no part of the office
    ("Chairman of the Joint Chiefs of Staff General Charles Brown met Japanese officials.",
     ("Charles Brown", "Chairman of the Joint Chiefs of Staff")),
])
def test_long_written_titles_and_ranks(text, expected):
    assert expected in {(e.actor, e.object) for e in run(text) if e.relation == "holds_role"}


def test_ministers_of_a_listed_few_meet_pairwise_and_speak_as_their_states():
    text = ("The Foreign Ministers of Jordan, Iraq and the United Arab Emirates met in Amman on 2 June 2024. "
            "The ministers called for an immediate ceasefire in Gaza.")
    found = core(run(text, published="2024-06-03"))
    pairs = {frozenset((a, o)) for a, r, o in found if r == "meets_with"}
    assert pairs == {frozenset(p) for p in (("Jordan", "Iraq"), ("Jordan", "United Arab Emirates"),
                                            ("Iraq", "United Arab Emirates"))}
    assert {a for a, r, _ in found if r == "calls_for"} == {"Jordan", "Iraq", "United Arab Emirates"}


def test_a_body_s_ministers_listed_by_country_are_the_body():
    text = ("We, the G20 Foreign Ministers of Argentina, Brazil, India, Indonesia, Mexico and South Africa, "
            "condemn the attack.")
    assert {a for a, r, _ in core(run(text)) if r == "criticizes"} == {"G20"}


@pytest.mark.parametrize("text, expected", [
    ("Nigeria's oil minister Heineken Lokpobiri met Saudi officials.", ("Heineken Lokpobiri", "Oil Minister of Nigeria")),
    ("Polish Justice Minister Adam Bodnar met German officials.", ("Adam Bodnar", "Justice Minister of Poland")),
])
def test_portfolio_ministers(text, expected):
    assert expected in {(e.actor, e.object) for e in run(text) if e.relation == "holds_role"}


@pytest.mark.parametrize("sentence, expected", [
    ("Leaders of the Group of Seven agreed to provide a loan to Ukraine.", ("G7", "provides_aid_to", "Ukraine")),
    ("The foreign ministers of ASEAN condemned the coup.", ("ASEAN", "criticizes", "coup")),
])
def test_the_officials_of_a_body_speak_as_the_body(sentence, expected):
    assert expected in core(run(sentence))


def test_the_ministers_are_the_ministers_told_not_others_who_met_since():
    text = ("Malaysian Foreign Minister Mohamad Hasan chaired the meeting. Singaporean Foreign Minister Vivian "
            "Balakrishnan spoke next. U.S. Secretary of State Marco Rubio met Chinese top diplomat Wang Yi. "
            "The ministers also called for restraint in the South China Sea.")
    assert {a for a, r, _ in core(run(text)) if r == "calls_for"} == {"Mohamad Hasan", "Vivian Balakrishnan"}


def test_of_offices_joined_by_and_the_known_last_one_is_held():
    text = "Member of the Standing Committee and Foreign Minister Ahmed Attaf met Tunisian officials."
    assert ("Ahmed Attaf", "Foreign Minister") in {(e.actor, e.object) for e in run(text) if e.relation == "holds_role"}


def test_a_body_of_an_organisation_written_after_it_is_the_organisation_s():
    text = "The Peace and Security Council of the African Union condemned the coup in Gabon."
    assert {a for a, r, _ in core(run(text)) if r == "criticizes"} == {"African Union"}


def test_a_bare_council_or_commission_outside_european_news_is_the_body_the_text_is_about():
    text = ("The Peace and Security Council of the African Union met on Monday on the situation in Guinea. "
            "Council decides to suspend the participation of Guinea in all activities of the AU. "
            "Council commends ECOWAS for its mediation. Council requests the Chairperson of the Commission, "
            "Moussa Faki Mahamat, to consult the junta.")
    events = run(text)
    assert {("African Union", "sanctions", "Guinea"), ("African Union", "supports", "ECOWAS")} <= core(events)
    assert ("Moussa Faki Mahamat", "Chairperson of African Union") in {
        (e.actor, e.object) for e in events if e.relation == "holds_role"}


def test_the_commission_in_european_news_is_the_european_commission():
    text = "EU ministers met in Brussels. Ursula von der Leyen, President of the Commission, condemned the attack."
    roles = {(e.actor, e.object) for e in run(text) if e.relation == "holds_role"}
    assert ("Ursula von der Leyen", "President of European Commission") in roles


def test_a_ministry_readout_with_honorifics_and_a_dated_dateline():
    text = ("Doha, March 3, 2025 - His Excellency Sheikh Mohammed bin Abdulrahman Al Thani, Minister of Foreign "
            "Affairs, received today in Doha His Excellency Ambassador Ahmed Farouk, Ambassador of the Arab Republic "
            "of Egypt to the State of Qatar. During the meeting, they reviewed bilateral relations.")
    events = run(text, published="2025-03-03")
    found = core(events)
    assert ("Mohammed bin Abdulrahman Al Thani", "hosts", "Ahmed Farouk") in found
    assert ("Mohammed bin Abdulrahman Al Thani", "discusses", "bilateral relations") in found
    roles = {(e.actor, e.object) for e in events if e.relation == "holds_role"}
    assert ("Ahmed Farouk", "Ambassador of Egypt") in roles


def test_the_four_ministers_are_the_four_told_together():
    text = ("Australian Foreign Minister Penny Wong and Defence Minister Richard Marles held talks with Indonesian "
            "Foreign Minister Sugiono and Defence Minister Sjafrie Sjamsoeddin in Canberra. "
            "The four ministers agreed to meet again next year.")
    events = run(text)
    planned = {frozenset((e.actor, e.object)) for e in events if e.relation == "meets_with" and e.modality == "planned"}
    assert frozenset(("Penny Wong", "Sjafrie Sjamsoeddin")) in planned
    assert frozenset(("Richard Marles", "Sugiono")) in planned
    # the second title after "and" is of the country of the first
    roles = {(e.actor, e.object) for e in events if e.relation == "holds_role"}
    assert ("Richard Marles", "Defence Minister of Australia") in roles


def test_an_object_pronoun_is_not_the_subject_of_its_clause():
    text = ("Kenyan President William Ruto flew to Ghana, where President John Mahama welcomed him in Accra on "
            "Friday.")
    found = core(run(text, published="2025-03-10"))
    assert ("John Mahama", "hosts", "William Ruto") in found


def test_an_envoy_serves_the_state_that_sends_him():
    roles = {(e.actor, e.object) for e in run("Iran's U.N. Ambassador Amir Saeid Iravani rejected the resolution.")
             if e.relation == "holds_role"}
    assert ("Amir Saeid Iravani", "Ambassador of Iran") in roles


def test_it_after_a_ministry_said_is_the_ministry_s_state():
    found = core(run("Ghana's foreign ministry said it had summoned the British high commissioner."))
    assert ("Ghana", "criticizes", "United Kingdom") in found


def test_a_headline_verb_in_title_case_is_no_part_of_a_name():
    events = run("On May 3, Wang Yi met Celso Amorim in Beijing.",
                 title="Wang Yi Holds Talks with Celso Amorim")
    assert not any("Holds" in name for e in events for name in (e.actor, e.object))


def test_an_office_in_another_s_title_is_no_office_held_by_a_name_told_later():
    text = ("Celso Amorim, chief adviser to Brazilian President Lula, met Wang Yi. Amorim said Brazil looks forward "
            "to President Xi Jinping's state visit to Brazil.")
    roles = {(e.actor, e.object) for e in run(text, title="Brazilian President's Chief Adviser visits China")
             if e.relation == "holds_role"}
    assert ("Xi Jinping", "President of Brazil") not in roles


def test_the_two_office_holders_are_the_articles_two_even_when_named_later():
    import kgraph
    from kgraph.model import Article

    text = ("Ghana and Togo agreed on Friday to reopen the Aflao crossing after the two presidents met in Accra.\n\n"
            "Togolese President Faure Gnassingbe arrived on Thursday. Ghanaian President John Mahama received him "
            "at the Jubilee House.")
    events = {(e.actor, e.relation, e.object) for e in kgraph.extract([Article(id="t", text=text,
                                                                                published="2025-06-13")])}
    assert ("Faure Gnassingbe", "meets_with", "John Mahama") in events or \
        ("John Mahama", "meets_with", "Faure Gnassingbe") in events
    assert ("Ghana", "meets_with", "Togo") not in events and ("Togo", "meets_with", "Ghana") not in events


@pytest.mark.parametrize("text, expected", [
    ("Chile signed a trade accord with Peru. Bolivia later sent aid to its neighbour.", ("Bolivia", "Peru")),
    ("Ukraine asked for help. Poland then sent tanks and fighter jets to its neighbour.", ("Poland", "Ukraine")),
])
def test_its_neighbour_is_the_country_last_named_that_is_not_the_owner(text, expected):
    import kgraph
    from kgraph.model import Article

    aid = {(e.actor, e.object) for e in kgraph.extract([Article(id="t", text=text)]) if e.relation == "provides_aid_to"}
    assert expected in aid and (expected[0], "neighbour") not in aid


@pytest.mark.parametrize("text, expected", [
    ("Nigeria and Chad agreed to pool intelligence on Boko Haram. Chad accused the militants of raiding its "
     "fishing villages.", ("Chad", "criticizes", "Boko Haram")),
    # a group named beside the noun is its own, and no armed group was named before
    ("Nigeria accused the rebels of raiding its fishing villages.", None),
])
def test_the_militants_are_the_armed_group_named_before(text, expected):
    import kgraph
    from kgraph.model import Article
    from kgraph.nlp.actors.gazetteer import load_gazetteer

    assert "org:BOKO_HARAM" in load_gazetteer().armed_groups and "org:EU" not in load_gazetteer().armed_groups
    found = {(e.actor, e.relation, e.object) for e in kgraph.extract([Article(id="t", text=text)])
             if e.relation == "criticizes"}
    if expected is None:
        assert all(o not in ("Boko Haram", "al-Shabaab") for _, _, o in found)
    else:
        assert expected in found


def test_a_description_in_a_clause_never_means_its_named_subject():
    import kgraph
    from kgraph.model import Article

    text = ("Foreign Minister Kamina Johnson Smith of Jamaica is on a visit to Ghana.\n\n"
            "Foreign Minister Samuel Ablakwa held talks with the visiting minister in Accra on Monday.")
    meetings = {(e.actor, e.object) for e in kgraph.extract([Article(id="t", text=text, published="2025-02-03")])
                if e.relation == "meets_with"}
    assert ("Samuel Ablakwa", "Kamina Johnson Smith") in meetings or ("Kamina Johnson Smith", "Samuel Ablakwa") in meetings
    assert all(a != o for a, o in meetings)


def test_the_cities_table_places_cities_in_their_countries_and_leaves_countries_to_their_own_table():
    from kgraph.nlp.actors.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert gaz.cities["kharkiv"] == "country:UKR" and gaz.cities["mombasa"] == "country:KEN"
    assert "georgia" not in gaz.cities and "kyiv" not in gaz.cities  # a country's name, a capital: countries.tsv
    assert all(country in gaz.actors for country in gaz.cities.values())


def test_a_city_named_as_a_place_carries_its_country():
    events = [e for e in run("The Kenyan president travelled to Kisumu for the regional summit.") if e.relation == "visits"]
    assert events and events[0].object == "Kisumu" and events[0].location in ("Kisumu", "Kenya", None)


@pytest.mark.parametrize("text, expected", [
    ("The Uruguayan foreign minister flew to Asuncion, where he held talks with Santiago Peña.",
     ("Uruguay", "meets_with", "Santiago Peña")),
    ("Malawi's health minister landed in Lusaka on Friday. There she met Hakainde Hichilema.",
     ("Malawi", "meets_with", "Hakainde Hichilema")),
    ("The Laotian prime minister reached Hanoi and said he would sign a rail deal with Vietnam.",
     ("Laos", "signs", "rail deal")),
])
def test_a_pronoun_after_an_office_holder_named_by_title_alone_stands_for_their_state(text, expected):
    assert expected in core(run(text))


@pytest.mark.parametrize("text, expected", [
    ("Guinea, Mali and Niger signed a mining accord on Monday. The three states also criticised the World Bank.",
     {("Guinea", "criticizes", "World Bank"), ("Mali", "criticizes", "World Bank"),
      ("Niger", "criticizes", "World Bank")}),
    ("The foreign ministers of Peru, Chile and Bolivia met in La Paz. The three ministers called for a lithium "
     "pact.", {("Peru", "calls_for", "lithium pact"), ("Chile", "calls_for", "lithium pact"),
               ("Bolivia", "calls_for", "lithium pact")}),
])
def test_a_counted_group_is_the_last_group_of_that_size_its_unnamed_ministers_their_states(text, expected):
    assert expected <= core(run(text))


def test_the_pair_is_the_two_told_before():
    text = ("Luiz Inácio Lula da Silva, the Brazilian president, met French President Emmanuel Macron in Belem on Tuesday. "
            "The pair discussed protection of the Amazon.")
    found = core(run(text))
    assert {("Luiz Inácio Lula da Silva", "discusses", "protection of Amazon"),
            ("Emmanuel Macron", "discusses", "protection of Amazon")} <= found


@pytest.mark.parametrize("text, expected, not_told", [
    ("In 2016 Ghana shut its border with Togo, accusing it of sheltering smugglers.",
     {("Ghana", "criticizes", "Togo")}, {("Ghana", "criticizes", "Ghana")}),
    ("Benin released the report. Niger blamed it for the raid on the pipeline.", {("Niger", "criticizes", "Benin")},
     set()),
    ("The EU tabled a plan on Monday. Hungary rejected it.", set(), {("Hungary", "rejects", "European Union")}),
])
def test_it_as_the_object_of_a_verb_that_takes_a_party_is_the_state_told_last(text, expected, not_told):
    found = core(run(text))
    assert expected <= found and not (not_told & found)


@pytest.mark.parametrize("text, expected", [
    # a body's head named by a short title holds the body's head office (data: body_heads.tsv)
    ("NATO chief Mark Rutte arrived in Vilnius.", ("Mark Rutte", "holds_role", "Secretary General of NATO")),
    ("IAEA chief Rafael Grossi met Iranian officials.", ("Rafael Grossi", "holds_role", "Director General of IAEA")),
    # a name after a hyphenated title that the tagger took for a body is a person
    ("OIC Secretary-General Hissein Brahim Taha visited Dhaka.",
     ("Hissein Brahim Taha", "holds_role", "Secretary General of Organisation of Islamic Cooperation")),
])
def test_heads_of_bodies_by_short_titles_and_hyphenated_titles(text, expected):
    from extraction import run

    assert expected in {(e.actor, e.relation, e.object) for e in run(text)}
