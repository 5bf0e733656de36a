"""Ties between states: cooperation fostered with no area named ("will deepen its cooperation with Uganda"),
ties cut ("severed diplomatic relations with Ukraine"), envoys summoned or recalled, and thanks for help, which
tells who helped ("Sandu thanked Romania for its support")."""

from __future__ import annotations

from kgraph.nlp.arguments.parse import _aim_clauses, _lemma, _pos, _topic
from kgraph.nlp.arguments.paths import control_object
from kgraph.nlp.arguments.reader import AID_NOUNS, CREDITING_VERBS, ENVOY_NOUNS, SentenceRules
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.events.registry import sentence_rule
from kgraph.nlp.events.rules.common import _as_states, _toward
from kgraph.nlp.syntax import prep_objects
from kgraph.nlp.wordlists import words

COOPERATION_NOUNS = words("cooperation_nouns")
COOPERATION_WORDS = COOPERATION_NOUNS | words("cooperation_words")
FOSTERING_VERBS = words("fostering_verbs")
AREA_PREPS = words("area_preps")
GENERIC_COOPERATION_WORDS = words("generic_cooperation_words")


#: Verbs by which a party stands by a cooperation it has: "defended its security partnership with China".
DEFENDING_VERBS = words("defending_verbs")


@sentence_rule("cooperation_without_area", when=lambda words, sent: bool(words & COOPERATION_WORDS))
def _cooperation_without_area(sent, rules: SentenceRules) -> list[Candidate]:
    """Cooperation fostered between parties with no area named is cooperation of those parties: "agreed to
    strengthen bilateral cooperation", "will deepen its cooperation with Uganda", "will cooperate with X"."""
    out = []
    for tok in sent:
        noun = tok.lemma_.lower() in COOPERATION_NOUNS and _pos(tok) == "NOUN"
        if not noun and not (tok.lemma_.lower() == "cooperate" and tok.pos_ == "VERB"):
            continue
        if prep_objects(tok, *AREA_PREPS) or _aim_clauses(tok) or any(
                c.dep_ == "prep" and c.lower_ in AREA_PREPS and any(g.dep_ == "pcomp" for g in c.children)
                for c in tok.children):
            continue  # the lexicon reads the area: "cooperation in agriculture", "cooperate in curbing X"
        if noun:
            verb = tok.head
            fostered = {verb.lemma_.lower(), *(c.lemma_.lower() for c in verb.conjuncts)} & (
                FOSTERING_VERBS | DEFENDING_VERBS)  # ("defended its security partnership with China": one held)
            if tok.dep_ not in ("dobj", "nsubjpass") or not fostered:
                continue
            parties, certainty = rules.noun_actors(tok)
        else:
            parties, certainty = rules.verb_subject(tok)
        partners, _ = rules.refs(prep_objects(tok, "with", "between", "among"))
        parties = list({a.id: a for a in [*parties, *partners]
                        if a.type in ("country", "organisation", "person")}.values())
        if len(parties) < 2:
            continue
        words = [t.lower_ for t in tok.subtree if t.i <= tok.i and t.dep_ not in ("det", "poss", "punct", "case")
                 and t.head.dep_ != "poss"] \
            if noun else []
        text = " ".join(words)
        if set(words) <= GENERIC_COOPERATION_WORDS:  # "bilateral cooperation with X": name it by its parties,
            states = _as_states(parties, rules)
            text = "-".join(dict.fromkeys(a.name for a in states)) + " cooperation"  # people by their states
        topic = _topic(text)
        modality = event_modality(tok)
        out += [Candidate(p, "cooperates_on", topic, tok, modality, round(0.6 * certainty, 2)) for p in parties]
    return out


TIE_NOUNS = words("tie_nouns")
CUTTING_VERBS = words("cutting_verbs")
CUTTING_NOUNS = words("cutting_nouns")
SHARE_NOUNS = words("share_nouns")
CONTAINER_NOUNS = words("container_nouns")
#: Prepositions that name the other side of a tie, a flow or a programme ("links with Serbia", "aid to Niger",
#: "imports from Iran", "funding for the agency").
TIE_PREPOSITIONS = ("with", "to", "for", "from")


def _tie_heads(tok) -> list:
    """The tie nouns a cut applies to: the word itself ("suspended aid"), a tie noun compounded into it
    ("ended mediation efforts", "a military aid programme"), or one behind a share of it ("part of its aid")."""
    heads = [tok] if tok.lemma_.lower() in TIE_NOUNS else []
    heads += [c for c in tok.children if c.dep_ in ("compound", "amod") and c.lemma_.lower() in TIE_NOUNS]
    if heads and tok.lemma_.lower() not in TIE_NOUNS:
        heads = [tok]  # "mediation efforts", "the aid programme": the phrase's head carries its prepositions
    if not heads and tok.lemma_.lower() in SHARE_NOUNS | CONTAINER_NOUNS:
        heads = [h for inner in prep_objects(tok, "of") for h in _tie_heads(inner)] or (
            [tok] if any(c.lemma_.lower() in TIE_NOUNS for c in tok.children if c.dep_ == "compound") else [])
    return heads


CLOSING_VERBS = words("closing_verbs")
BORDER_NOUNS = words("border_nouns")


def _closed_borders(cut) -> list:
    """The borders a closing word shuts: "shut its border with Rwanda", "sealed the crossings", "the closure of
    the frontier"."""
    if cut.pos_ == "VERB" and _lemma(cut) in CLOSING_VERBS:
        objects = [c for c in cut.children if c.dep_ in ("dobj", "nsubjpass")]
    elif cut.pos_ == "NOUN" and cut.lemma_.lower() in ("closure", "closing"):
        objects = prep_objects(cut, "of")
    else:
        return []
    return [part for o in objects for part in (o, *o.conjuncts)
            if part.lemma_.lower() in BORDER_NOUNS or part.lower_ in BORDER_NOUNS]  # ("crossing" tagged as a verb)


def _cut_ties(cut) -> list:
    """The tie nouns a cutting word acts on: the object of a verb ("severed relations", "suspended budget aid",
    "froze part of its aid") or what a cutting noun is of or to ("a suspension of air links", "a halt to aid");
    or the borders a closing word shuts ("closed its border with Somalia")."""
    closed = _closed_borders(cut)
    if closed:
        return closed
    if cut.pos_ == "VERB" and cut.lemma_.lower() in CUTTING_VERBS:
        objects = [c for c in cut.children if c.dep_ in ("dobj", "nsubjpass")]
    elif cut.pos_ == "NOUN" and cut.lemma_.lower() in CUTTING_NOUNS:
        objects = prep_objects(cut, "of", "to", "in", "on")
    else:
        return []
    return [h for o in objects for part in (o, *o.conjuncts) for h in _tie_heads(part)]


@sentence_rule("ties_cut", when=lambda words, sent: bool(words & TIE_NOUNS and words & (CUTTING_VERBS | CUTTING_NOUNS))
               or bool(words & BORDER_NOUNS and words & (CLOSING_VERBS | {"closure", "closing"})))
def _ties_cut(sent, rules: SentenceRules) -> list[Candidate]:
    """Who cuts, suspends or downgrades ties, links, talks or aid with a party sanctions it (CAMEO's reduced
    relations): "Riyadh cut ties with Tehran", "suspended rail links with Belarus", "froze its budget aid to
    Niger", "announced a halt to flights from Iran"."""
    out = []
    for cut in sent:
        ties = _cut_ties(cut)
        if not ties:
            continue
        holder = cut.head if cut.pos_ == "NOUN" and cut.head.pos_ == "VERB" else cut  # "announced a suspension"
        targets = [t for tie in ties for t in prep_objects(tie, *TIE_PREPOSITIONS)] \
            or prep_objects(cut, *TIE_PREPOSITIONS) or prep_objects(holder, "with")
        others, _ = rules.refs(targets)
        if cut.pos_ == "NOUN":
            actors, certainty = rules.noun_actors(cut)
            if not actors and holder is not cut:
                actors, certainty = rules.verb_subject(holder)
        else:
            actors, certainty = rules.verb_subject(cut)
        modality = event_modality(holder)
        out += _toward(actors, "sanctions", others, cut, modality, round(0.8 * certainty, 2))
    return out


ENVOY_VERBS = words("envoy_verbs")


@sentence_rule("envoys_summoned_or_recalled",
               when=lambda words, sent: bool(words & ENVOY_NOUNS and words & ENVOY_VERBS) or "grata" in words)
def _envoys_summoned_or_recalled(sent, rules: SentenceRules) -> list[Candidate]:
    """Diplomatic protest and the downgrading of relations: who summons a state's envoy criticizes the
    state ("Israel summoned Brazil's ambassador"); who recalls its own envoy from a state, or declares
    someone persona non grata, sanctions them ("Brazil recalled its ambassador to Israel")."""
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"] or [  # "declared X persona non grata"
            s for c in verb.children if c.dep_ in ("ccomp", "oprd", "xcomp") for s in c.children if s.dep_ == "nsubj"]
        envoy = next((t for o in objects[:1] for t in o.subtree if t.lemma_.lower() in ENVOY_NOUNS), None)
        if lemma == "declare" and any(t.lower_ == "grata" for t in verb.subtree):
            relation = "sanctions"  # "declared Lula persona non grata", "... the Venezuelan ambassador ..."
            targets = _envoy_state(envoy) if envoy is not None else objects
        elif lemma in ENVOY_VERBS and envoy is not None:
            if lemma == "summon":
                relation = "criticizes"
                targets = _envoy_state(envoy) + [c for c in envoy.children if c.dep_ == "appos"]
            else:
                relation = "sanctions"
                targets = prep_objects(envoy, "to", "in", "from") + prep_objects(verb, "from")
        else:
            continue
        found = []
        for target in targets:
            for actor in rules.refs([target])[0]:
                if actor.type == "place" and actor.country:  # "its ambassador in Paris": France
                    actor = rules.ctx.gaz.actors.get(actor.country, actor)
                if actor.type == "person" and relation == "criticizes" and actor.affiliation:
                    actor = rules.ctx.gaz.actors.get(actor.affiliation, actor)  # the envoy's state
                found.append(actor)
        actors, certainty = rules.verb_subject(verb)
        modality = event_modality(verb)
        out += _toward(actors, relation, found, verb, modality, round(0.7 * certainty, 2))
    return out


@sentence_rule("thanked_for_help",
               when=lambda words, sent: bool(words & CREDITING_VERBS and words & (AID_NOUNS | {"support"})))
def _thanked_for_help(sent, rules: SentenceRules) -> list[Candidate]:
    """Who is thanked for its support or aid gave it to the thanker's state: "Sandu thanked Romania for its
    support" (Romania supports Moldova), "Zelensky thanked Germany for its military assistance"."""
    out = []
    for verb in sent:
        if verb.lemma_.lower() not in CREDITING_VERBS or verb.pos_ != "VERB":
            continue
        helps = [p for p in prep_objects(verb, "for") if p.lemma_.lower() in AID_NOUNS | {"support"}]
        givers, certainty = rules.refs([c for c in verb.children if c.dep_ == "dobj"])
        thankers, _ = rules.verb_subject(verb)
        states = [rules.ctx.gaz.actors.get(t.affiliation) if t.type == "person" else t for t in thankers]
        for help_noun in helps[:1]:
            relation = "supports" if help_noun.lemma_.lower() == "support" else "provides_aid_to"
            out += [Candidate(giver, relation, state, help_noun, event_modality(verb), round(0.6 * certainty, 2))
                    for giver in givers for state in states if state is not None and state.id != giver.id
                    and giver.type in ("country", "organisation")]
    return out


def _envoy_state(envoy) -> list:
    """The words naming whose envoy it is: "Russia's ambassador", "the Chinese chargé d'affaires", "the
    ambassador of Iran"."""
    head = envoy.head if envoy.dep_ == "compound" else envoy  # "charge d'affaires"
    return [c for h in (envoy, head) for c in h.children if c.dep_ in ("poss", "amod", "compound", "nmod")
            and c.ent_id_] + prep_objects(envoy, "of")


#: Measures a party keeps against another ("Beijing's ban on Japanese seafood", "its sanctions on Damascus").
STANDING_MEASURES = words("standing_measures")
#: Verbs that lift, ease or end a measure (data/words/undoing_verbs.txt).
UNDOING_VERBS = words("undoing_verbs")


@sentence_rule("measures_asked_to_be_lifted", when=lambda words, sent: bool(words & STANDING_MEASURES
                                                                          and words & UNDOING_VERBS))
def _measures_asked_to_be_lifted(sent, rules: SentenceRules) -> list[Candidate]:
    """A measure someone is asked to lift is in force: "urged Tokyo to lift its ban on Chinese pork" (Japan
    sanctions China), "called on the US and the EU to lift sanctions on Syria" (each of them sanctions Syria).
    Whose measure it is: its owner ("its", "Beijing's"), else the party asked."""
    out = []
    for noun in sent:
        if noun.lemma_.lower() not in STANDING_MEASURES or noun.dep_ != "dobj":
            continue
        undo = noun.head
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in undo.children)
        if undo.lemma_.lower() not in UNDOING_VERBS or undo.dep_ not in ("xcomp", "advcl") or not infinitive \
                or undo.head.pos_ != "VERB":
            continue  # only a lifting asked of someone ("lifted the ban" ends it; "to lift" it is still in force)
        owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]  # "its": the party asked
        asked = control_object(undo.head) or [c for c in undo.head.children if c.dep_ == "dobj"]
        holders, certainty = rules.refs(owners or asked)
        targets = [t for p in prep_objects(noun, "on", "against")
                   for t in rules.refs([p])[0] or [a for a, _ in rules.state_behind(p, any_noun=True)]]
        out += _toward([h for h in holders if h.type in ("country", "organisation")], "sanctions", targets, noun,
                       "asserted", round(0.6 * certainty, 2))
    return out
