"""What the article as a whole tells, beyond each sentence.

The same event told twice is one event (:func:`deduplicate`). Who meets in a city of another country
travelled there (:func:`visits_from_meetings`); a visit to a country told beside one to its capital is that
visit (:func:`visits_to_capitals_only`); a visitor who meets someone of the country visited is received by
them (:func:`hosts_from_visits`); an official of no stated country met on a visit is the visited country's
(:func:`officials_of_visited_countries`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from kgraph.model import Event, Telling
from kgraph.nlp.actors.gazetteer import slugify
from kgraph.nlp.actors.mentions import ArticleActors
from kgraph.vocabulary import RELATIONS

__all__ = ["deduplicate", "told_key", "visits_from_meetings", "visits_to_capitals_only", "hosts_from_visits",
           "officials_of_visited_countries"]


def _event_key(event: Event) -> tuple:
    ends = (event.actor_id, event.object_id or event.object.lower())
    if RELATIONS[event.relation].symmetric:
        ends = tuple(sorted(ends))
    return (*ends, event.relation, event.modality)


def told_key(event: Event) -> tuple:
    """An event as told in one sentence: the sentence, and the event's key there."""
    return (event.start, event.section, *_event_key(event))


def deduplicate(events: list[Event]) -> list[Event]:
    """One event per (actor, relation, object, modality) and date; an undated copy joins a dated one.

    The copies are not lost: each keeps its sentence in the event's ``also_told`` (an undated copy goes to the
    dated event told last before it, or to the first one when none is), and a place one copy names is the
    event's when its own sentence names none (but for a visit, whose place is its object).

    >>> told = Event(doc="d", actor="Peru", actor_type="country", actor_id="PER", relation="meets_with",
    ...              object="Chile", object_type="country", object_id="CHL", date="2024-01-08",
    ...              evidence="Peru met Chile on Monday.", start=0, end=25)
    >>> again = dataclasses.replace(told, date=None, location="Lima", evidence="Their talks in Lima ...",
    ...                             start=40, end=63)
    >>> [(e.date, e.location, [t.start for t in e.also_told]) for e in deduplicate([told, again])]
    [('2024-01-08', 'Lima', [40])]
    """
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        groups.setdefault(_event_key(event), []).append(event)
    order = {id(e): i for i, e in enumerate(events)}
    out = []
    for group in groups.values():
        dated: dict[str, Event] = {}
        for event in group:
            if event.date and (event.date not in dated or dated[event.date].confidence < event.confidence):
                dated[event.date] = event
        kept = list(dated.values()) or [max(group, key=lambda e: e.confidence)]
        copies: dict[int, list[Event]] = {id(e): [] for e in kept}
        for event in group:
            if any(event is k for k in kept):
                continue
            home = dated.get(event.date) if event.date else _told_last_before(event, kept, order)
            copies[id(home or kept[0])].append(event)
        out.extend((order[id(event)], _with_tellings(event, copies[id(event)])) for event in kept)
    return [event for _, event in sorted(out, key=lambda pair: pair[0])]


def _told_last_before(event: Event, kept: list[Event], order: dict[int, int]) -> Event | None:
    """Of the events kept, the one told last before ``event`` (None when all are told after it)."""
    before = [k for k in kept if order[id(k)] < order[id(event)]]
    return before[-1] if before else None


def _with_tellings(event: Event, copies: list[Event]) -> Event:
    """``event`` with the sentences of its copies kept (each sentence once, in text order, not its own) and the
    first place a copy names when it names none."""
    own = (event.section, event.start)
    seen = {own, *((t.section, t.start) for t in event.also_told)}
    tellings = list(event.also_told)
    for copy in copies:
        for told in (Telling(copy.evidence, copy.start, copy.end, copy.section), *copy.also_told):
            if (told.section, told.start) not in seen:
                seen.add((told.section, told.start))
                tellings.append(told)
    if not tellings:
        return event
    tellings.sort(key=lambda t: (t.section != "title", t.start if t.start is not None else -1))
    location = event.location or (None if event.relation == "visits" else  # (a visit's place is its object)
                                   next((c.location for c in copies if c.location), None))
    return dataclasses.replace(event, also_told=tuple(tellings), location=location)


def visits_from_meetings(events: list[Event], ctx: ArticleActors) -> list[Event]:
    """Who meets in a capital or a listed city of another country travelled there: a visit for each such party
    (a person of another country, or another country)."""
    known = {(e.actor_id, e.relation, e.object.lower()) for e in events}
    out = []
    for ev in events:
        if ev.relation != "meets_with" or not ev.location or ev.modality == "negated":
            continue
        country = _country_of_place(ev.location, ctx)
        if not country:
            continue
        for party_id, name, kind in ((ev.actor_id, ev.actor, ev.actor_type), (ev.object_id, ev.object, ev.object_type)):
            home = _party_home(party_id, kind, ctx)
            if not home.startswith("country:") or home == country:
                continue  # (an official of a body, whose seat is not told, is not said to travel)
            if (party_id, "visits", ev.location.lower()) in known:
                continue
            known.add((party_id, "visits", ev.location.lower()))
            relation = RELATIONS["visits"]
            out.append(dataclasses.replace(ev, actor=name, actor_id=party_id, actor_type=kind, relation="visits",
                                           object=ev.location, object_id=f"place:{slugify(ev.location)}",
                                           object_type="place", location=None, cameo=relation.cameo,
                                           plover=relation.plover, confidence=round(ev.confidence * 0.8, 2)))
    return out


def visits_to_capitals_only(events: list[Event], ctx: ArticleActors) -> list[Event]:
    """A visit to a country told beside a visit to its capital by the same person, on the same day (or
    undated) and with the same modality, is that visit: only the capital is kept ("will visit Seoul on
    Monday ... his first visit to South Korea")."""
    capital_visits = {(ev.actor_id, country, ev.modality): ev.date for ev in events
                      if ev.relation == "visits" and ev.object_type == "place"
                      and (country := ctx.gaz.capitals.get(ev.object))}
    out = []
    for ev in events:
        key = (ev.actor_id, ev.object_id, ev.modality)
        if ev.relation == "visits" and ev.object_type == "country" and key in capital_visits \
                and ev.date in (None, capital_visits[key]):
            continue
        out.append(ev)
    return out


def _party_home(party_id: str, kind: str, ctx: ArticleActors) -> str:
    """The country a party of an event belongs to: a person's affiliation, a country itself, else ""."""
    person = ctx.people.get(party_id)
    return person.affiliation if person is not None else party_id if kind == "country" else ""


def _visited_country(visit: Event, ctx: ArticleActors) -> str:
    """The country a visit goes to (itself, or the country whose capital it is), or ""."""
    return visit.object_id if visit.object_type == "country" else _country_of_place(visit.object, ctx)


def _country_of_place(name: str, ctx: ArticleActors) -> str:
    """The country a place of that name is in: a capital's, else a listed city's (``data/cities.tsv``), or ""."""
    return ctx.gaz.capitals.get(name) or ctx.gaz.cities.get(name.lower(), "")


# the days after the day a visit is dated by (its arrival) that a meeting of the same trip may fall on
TRIP_DAYS = 1


def _same_trip(visit: Event, meeting: Event) -> bool:
    """Whether a meeting happened on a visit: same modality, and the same day or the day after it (arriving on
    Monday evening, talks on Tuesday; or, where either is undated, told in the same sentence)."""
    if visit.modality != meeting.modality:
        return False
    if visit.date and meeting.date:
        return 0 <= (dt.date.fromisoformat(meeting.date) - dt.date.fromisoformat(visit.date)).days <= TRIP_DAYS
    return (visit.start, visit.section) == (meeting.start, meeting.section)


def officials_of_visited_countries(events: list[Event], ctx: ArticleActors) -> dict[str, str]:
    """An official of no stated country whom a visitor meets on a visit is the visited country's: "Lammy
    visited Nigeria, where he met Foreign Minister Yusuf Tuggar" (Tuggar is Foreign Minister of Nigeria).
    Only where one country fits: person id -> country id, for the actor stage to take in."""
    visits = [ev for ev in events if ev.relation == "visits" and ev.modality != "negated"]
    found: dict[str, set[str]] = {}
    for ev in events:
        if ev.relation != "meets_with" or ev.modality == "negated":
            continue
        for visitor_id, other_id in ((ev.actor_id, ev.object_id), (ev.object_id, ev.actor_id)):
            other, visitor = ctx.people.get(other_id), ctx.people.get(visitor_id)
            if other is None or not other.role or other.affiliation:
                continue
            theirs = [v for v in visits if v.actor_id == visitor_id]
            countries = {_visited_country(v, ctx) for v in theirs if _same_trip(v, ev)}
            if not countries:  # "is on a State Visit to India ... will hold talks with Prime Minister Modi":
                visited = {_visited_country(v, ctx) for v in theirs  # the one country the visitor goes to,
                           if v.section == "title" or (ev.section == "body" and v.start <= ev.start)}  # told before
                where = ctx.gaz.capitals.get(ev.location or "")
                countries = visited if len(visited) == 1 and where in (None, *visited) else set()
            for country in countries:
                if country and not (visitor is not None and visitor.affiliation == country):
                    found.setdefault(other_id, set()).add(country)
    return {person_id: countries.pop() for person_id, countries in found.items() if len(countries) == 1}


def hosts_from_visits(events: list[Event], ctx: ArticleActors) -> list[Event]:
    """A visitor who meets someone of the country visited is received by them: B hosts A.

    Only where the text has both the visit and the meeting, with the same modality, and on the same day
    (or, where either is undated, told in the same sentence).
    """
    visited: dict[str, list[Event]] = {}
    for ev in events:
        if ev.relation == "visits" and ev.modality != "negated":
            visited.setdefault(ev.actor_id, []).append(ev)
    known = {(e.actor_id, e.relation, e.object_id) for e in events}
    out = []
    for ev in events:
        if ev.relation != "meets_with" or ev.modality == "negated":
            continue
        for visitor, host_id, host_name, host_type in ((ev.actor_id, ev.object_id, ev.object, ev.object_type),
                                                       (ev.object_id, ev.actor_id, ev.actor, ev.actor_type)):
            host_country = _party_home(host_id, host_type, ctx)
            for visit in visited.get(visitor, []):
                if host_country and _visited_country(visit, ctx) == host_country and _same_trip(visit, ev) \
                        and (host_id, "hosts", visitor) not in known:
                    known.add((host_id, "hosts", visitor))
                    visitor_name = ev.object if visitor == ev.object_id else ev.actor
                    out.append(dataclasses.replace(ev, actor=host_name, actor_id=host_id, actor_type=host_type,
                                                   relation="hosts", object=visitor_name, object_id=visitor,
                                                   object_type="person" if visitor.startswith("person:") else
                                                   ev.object_type, cameo=RELATIONS["hosts"].cameo,
                                                   plover=RELATIONS["hosts"].plover,
                                                   confidence=round(ev.confidence * 0.8, 2)))
    return out
