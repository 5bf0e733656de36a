"""Facts an article states about its actors rather than events in time: the offices its people hold.

One ``holds_role`` fact per office of each person named with one ("Lithuanian Foreign Minister Gabrielius
Landsbergis" holds the role Foreign Minister of Lithuania), read from the people the actor stage collected
(``kgraph.nlp.actors.people``), with the sentence that told the office as evidence. (Memberships told in
passing are read by a sentence rule, ``kgraph.nlp.events.rules.noun_phrases``.)
"""

from __future__ import annotations

from kgraph.model import Article, Event
from kgraph.nlp.actors.gazetteer import Actor, Gazetteer, slugify
from kgraph.nlp.actors.mentions import ArticleActors
from kgraph.nlp.wordlists import words

__all__ = ["role_facts", "chaired_memberships"]

# titles that name no office: "France's rightwing leader" holds no post of France
NOT_OFFICES = words("not_offices")
# offices of a body that a member state's leader holds in turn: "the current chair of ASEAN"
CHAIR_OFFICES = words("chair_offices")


def role_facts(article: Article, ctx: ArticleActors, gazetteer: Gazetteer) -> list[Event]:
    """One holds_role fact per office of each person named with one (a person may hold several)."""
    held = []
    for person in ctx.people.values():
        if person.role and person.id in ctx.role_evidence:
            held.append((person, person.role, person.affiliation, *ctx.role_evidence[person.id]))
    for surname, role, affiliation_id, segment, sent in ctx.more_roles:
        person = ctx.person_by_surname(surname)
        if person is not None:
            held.append((person, role, affiliation_id or person.affiliation, segment, sent))
    facts, seen = [], set()
    for person, office, affiliation_id, segment, sent in held:
        affiliation: Actor | None = gazetteer.actors.get(affiliation_id)
        if office in NOT_OFFICES or (person.id, office, affiliation_id) in seen:
            continue
        seen.add((person.id, office, affiliation_id))
        role = f"{office} of {affiliation.name}" if affiliation else office
        start = segment.offset + sent.start_char
        facts.append(Event(
            doc=article.id, actor=person.name, actor_type="person", relation="holds_role", object=role,
            object_type="role", modality="asserted", confidence=0.8, evidence=sent.text, start=start,
            end=start + len(sent.text), section=segment.section, actor_id=person.id,
            object_id=f"role:{slugify(office)}" + (f":{affiliation.code}" if affiliation else ""),
            extra={"role": office, "affiliation": affiliation.name if affiliation else None,
                   "affiliation_id": affiliation.id if affiliation else None},
        ))
    return facts


def chaired_memberships(facts: list[Event], gazetteer: Gazetteer) -> list[Event]:
    """A state whose office holder chairs a body in turn is a member of it: "Malaysian Prime Minister Anwar
    Ibrahim, the current chair of ASEAN" gives Malaysia member_of ASEAN (from the holds_role ``facts``)."""
    states: dict[str, str] = {}
    for fact in facts:
        served = fact.extra.get("affiliation_id") or ""
        if fact.relation == "holds_role" and served.startswith("country:"):
            states.setdefault(fact.actor_id, served)
    found, seen = [], set()
    for fact in facts:
        body = gazetteer.actors.get(fact.extra.get("affiliation_id") or "")
        state = gazetteer.actors.get(states.get(fact.actor_id, ""))
        if fact.relation != "holds_role" or (fact.extra.get("role") or "").lower() not in CHAIR_OFFICES \
                or body is None or body.type != "organisation" or state is None or (state.id, body.id) in seen:
            continue
        seen.add((state.id, body.id))
        found.append(Event(
            doc=fact.doc, actor=state.name, actor_type="country", relation="member_of", object=body.name,
            object_type="organisation", modality="asserted", confidence=0.7, evidence=fact.evidence,
            start=fact.start, end=fact.end, section=fact.section, actor_id=state.id, object_id=body.id))
    return found
