"""What several sentence rules share: events toward each party of a list, the body a word names, and what the
parties of a meeting discussed."""

from __future__ import annotations

from kgraph.nlp.actors.gazetteer import Actor, slugify
from kgraph.nlp.actors.mentions import ArticleActors
from kgraph.nlp.arguments.parse import _coordinated, _joined, _topic
from kgraph.nlp.arguments.reader import PARTY_TYPES, SentenceRules
from kgraph.nlp.arguments.topics import topic_text
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.segments import Segment
from kgraph.nlp.syntax import entity_of, prep_objects


def _home(actor: Actor) -> str:
    """The state an actor is of: a person's affiliation, a state itself ("" for anything else)."""
    return actor.affiliation if actor.type == "person" else actor.id if actor.type == "country" else ""


def _at_home(actor: Actor, place: Actor) -> bool:
    """Whether an actor is of the state a place is in, or is that state."""
    home = _home(actor)
    return bool(home) and home in {place.id, place.country} - {""}


def _as_states(actors: list[Actor], rules: SentenceRules) -> list[Actor]:
    """People by the states they serve, where the article says which; states and bodies as they are ("the French
    president gave a dinner for Modi": India is the guest of France)."""
    return [rules.ctx.gaz.actors.get(a.affiliation, a) if a.type == "person" else a for a in actors]


def _toward(actors: list[Actor], relation: str, targets: list[Actor], trigger, modality: str,
            confidence: float) -> list[Candidate]:
    """One event from each actor to each party among ``targets`` (each once, none to itself)."""
    return [Candidate(actor, relation, target, trigger, modality, confidence)
            for actor in actors for target in _joined([], targets)
            if actor.id != target.id and target.type in PARTY_TYPES]


def _body(tok, rules: SentenceRules) -> list[Actor]:
    """The organisation a word names: a known one, or a named body the recogniser found ("the Brookings
    Institution")."""
    known = [a for a in rules.actor_ref(tok).actors if a.type == "organisation"]
    known = known or [a for inner in prep_objects(tok, "of") for a in rules.actor_ref(inner).actors
                      if a.type == "organisation"]  # "the Executive Council of the African Union"
    if known or tok.ent_type_ != "ORG" or tok.ent_id_:
        return known[:1]
    ent = entity_of(tok, tok.sent.ents)
    name = ent.text.removeprefix("the ").removeprefix("The ") if ent is not None else ""
    return [Actor(id=f"org:{slugify(name)}", name=name, type="organisation")] if name else []


def _discussed_at(meeting, topic_heads: list, trigger, segment: Segment, ctx: ArticleActors,
                  rules: SentenceRules, whole_sentence: bool = False) -> list[Candidate]:
    """One discusses event per party to ``meeting`` (named on it, else the last meeting told before the trigger, or
    before the sentence's end when ``whole_sentence``: "X dominated the talks when A received B") and topic."""
    actors, certainty = rules.noun_actors(meeting) if meeting is not None else ([], 0.0)
    if actors and meeting is not None:  # "dominated his talks with Mottley": the partner talked too
        partners, _ = rules.refs(prep_objects(meeting, "with"))
        actors = _joined(actors, [p for p in partners if (p.type == "person") == (actors[0].type == "person")])
    if not actors:
        until = trigger.sent[-1].i if whole_sentence else trigger.i
        actors = list(ctx.last_group((segment.index, until), meeting=True))
        certainty = 0.6
    objects = []
    for head in topic_heads:
        for tok in _coordinated(head):
            if tok.dep_ == "csubj" or tok.pos_ in ("VERB", "AUX"):
                text = topic_text(tok, clause=True)
                objects += [text] if text else []
            else:
                objects += [obj.name for obj, _ in rules._object(tok, "topic") if obj.type == "topic"]
    return [Candidate(actor, "discusses", _topic(text),
                      trigger, event_modality(trigger), round(0.6 * certainty, 2))
            for actor in actors for text in dict.fromkeys(objects)]
