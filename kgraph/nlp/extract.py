"""From articles to events: parse paragraphs with spaCy, resolve actors, apply rules, date them.

>>> from kgraph.model import Article
>>> art = Article(id="a1", title="Ukraine, Lithuania agree on joint production of drones",
...               text="Lithuanian Foreign Minister Gabrielius Landsbergis arrived in Kyiv on January 25.\\n",
...               published="2024-01-27")
>>> sorted({(e.actor, e.relation, e.object) for e in extract([art])})[:2]
[('Gabrielius Landsbergis', 'holds_role', 'Foreign Minister of Lithuania'), ('Gabrielius Landsbergis', 'visits', 'Kyiv')]
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
from collections.abc import Iterable, Iterator

from kgraph.model import Article, Event
from kgraph.nlp.actors.gazetteer import Actor, Gazetteer, slugify
from kgraph.nlp.actors.mentions import ArticleActors
from kgraph.nlp.dates.article import (date_from_meetings, date_from_signings, date_title_events, last_day,
                                      not_of_another_year, refers_back_in_time, sequenced)
from kgraph.nlp.dates.resolve import anchor_date
from kgraph.nlp.dates.sentence import below_relative_clause, event_dates, sentence_date, years_named
from kgraph.nlp.discourse import deduplicate, told_key
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.candidates import sentence_candidates
from kgraph.nlp.pipeline import load_pipeline
from kgraph.nlp.segments import Segment, article_segments
from kgraph.nlp.wordlists import ordered, words
from kgraph.vocabulary import RELATIONS

__all__ = ["extract", "extract_by_article", "extract_article"]

log = logging.getLogger("kgraph")

PLACE_PREPS = ordered("place_preps")


def extract(articles: Iterable[Article], *, actors: tuple[str, ...] = (), batch_size: int = 64,
            n_process: int = 1) -> Iterator[Event]:
    """Extract events from articles, streaming them through ``nlp.pipe``.

    ``actors`` are user actor files (TSV: code, name, kind, aliases) added to the gazetteer.
    """
    for _, events in extract_by_article(articles, actors=actors, batch_size=batch_size, n_process=n_process):
        yield from events


def extract_by_article(articles: Iterable[Article], *, actors: tuple[str, ...] = (), batch_size: int = 64,
                       n_process: int = 1) -> Iterator[tuple[Article, list[Event]]]:
    """Like :func:`extract`, but one ``(article, events)`` pair per article, in input order.

    The model is loaded only once there is an article to parse, so a run over an unchanged
    corpus, where every article is skipped before extraction, never pays for it.
    """
    pending = iter(articles)
    first = next(pending, None)
    if first is None:
        return
    nlp, gazetteer = load_pipeline(tuple(str(a) for a in actors))

    def stream() -> Iterator[tuple[str, tuple[int, Article, str, int, int]]]:
        for number, article in enumerate(itertools.chain([first], pending)):
            parts = article_segments(article)
            for index, (text, section, offset) in enumerate(parts):
                yield text, (number, article, section, offset, len(parts))

    current: list[Segment] = []
    current_article: Article | None = None
    for doc, (number, article, section, offset, total) in nlp.pipe(stream(), as_tuples=True,
                                                                 batch_size=batch_size, n_process=n_process):
        current.append(Segment(doc=doc, index=len(current), offset=offset, section=section))
        current_article = article
        if len(current) == total:
            yield current_article, _extract_or_skip(current_article, current, gazetteer)
            current = []


def _extract_or_skip(article: Article, segments: list[Segment], gazetteer: Gazetteer) -> list[Event]:
    """The article's events; an article the rules fail on is skipped with an error naming it, so that one
    odd text does not cost the rest of the corpus."""
    try:
        return extract_article(article, segments, gazetteer)
    except Exception as exc:  # noqa: BLE001 (reported, and the run goes on)
        log.error("%s: events could not be extracted (%s: %s); article skipped", article.path or article.id,
                  exc.__class__.__name__, exc)
        log.debug("extraction failure", exc_info=True)
        return []


# frequent function words of the languages most often met in place of English (German, French, Spanish,
# Italian, Portuguese, Dutch) that are no English words
FOREIGN_FUNCTION_WORDS = words("foreign_function_words")


def _is_english(segments: list[Segment]) -> bool:
    """English has many short function words among its lower-case words (names do not count, so a short
    sentence full of names and titles still reads as English)."""
    words = [t for s in segments[:8] for t in s.doc if t.is_alpha and t.is_lower][:400]  # the start tells
    if len(words) < 6:
        return True  # too few to tell
    foreign = sum(1 for t in words if t.lower_ in FOREIGN_FUNCTION_WORDS)
    stops = sum(1 for t in words if t.is_stop and t.lower_ not in FOREIGN_FUNCTION_WORDS)
    if len(words) < 20:  # a terse English sentence ("navy vessels fired warning shots at fishing boats") has few
        return foreign <= stops and stops / len(words) >= 0.1
    return stops / len(words) >= 0.2  # English prose: about 0.5; German or French: 0.0-0.15


def extract_article(article: Article, segments: list[Segment], gazetteer: Gazetteer) -> list[Event]:
    """Events of one parsed article (segments from :func:`article_segments`, in order)."""
    if not _is_english(segments):
        log.warning("%s: text does not look like English; no events extracted", article.path or article.id)
        return []
    published = dt.date.fromisoformat(article.published) if article.published else None
    anchor = published or anchor_date([s.text for s in segments])
    ctx = ArticleActors(gazetteer, segments)
    found = []
    dated_sents = []  # sentences that name a date, for "At the time, ..."
    years_told: dict[tuple[int, str], set[str]] = {}  # the years a sentence names ("in 2019")
    own_days: set[tuple] = set()  # events dated by their own sentence
    told_apart: set[tuple] = set()  # events told as before or after the others ("later flew to El Salvador")
    for segment in segments:
        for sent in segment.doc.sents:
            years = years_named(sent)
            if years:
                years_told[(segment.offset + sent.start_char, segment.section)] = years
            for cand in sentence_candidates(sent, segment, ctx):
                event = _to_event(article, segment, sent, cand, anchor)
                if event.date:
                    own_days.add(told_key(event))
                elif sequenced(cand.trigger):
                    told_apart.add(told_key(event))
                if event.date is None and refers_back_in_time(sent) and RELATIONS[event.relation].kind != "fact":
                    told_day = last_day(dated_sents, anchor)
                    event = dataclasses.replace(event, date=told_day) if told_day else event
                found.append(event)
            if event_dates(sent):
                dated_sents.append(sent)
    events = date_from_signings(date_title_events(deduplicate(found)))
    for _ in range(2):  # a meeting dated by its party's visit then dates what the other party does at it
        events = date_from_meetings(events, told_apart, ctx.gaz.capitals)
    events = not_of_another_year(events, years_told, own_days)
    _officials_of_visited_countries(events, ctx)
    facts = _role_facts(article, ctx, gazetteer)
    events = _visits_to_capitals_only(events + _visits_from_meetings(events, ctx), ctx)
    return [_with_surface_forms(e, ctx) for e in events + _hosts_from_visits(events, ctx) + facts]


def _visits_from_meetings(events: list[Event], ctx: ArticleActors) -> list[Event]:
    """Who meets in a capital of another country travelled there: a visit for each such party (a person of
    another country, or another country)."""
    known = {(e.actor_id, e.relation, e.object.lower()) for e in events}
    out = []
    for ev in events:
        if ev.relation != "meets_with" or not ev.location or ev.modality == "negated":
            continue
        country = ctx.gaz.capitals.get(ev.location)
        if not country:
            continue
        for party_id, name, kind in ((ev.actor_id, ev.actor, ev.actor_type), (ev.object_id, ev.object, ev.object_type)):
            home = _party_home(party_id, kind, ctx)
            if not home or home == country:
                continue
            if (party_id, "visits", ev.location.lower()) in known:
                continue
            known.add((party_id, "visits", ev.location.lower()))
            relation = RELATIONS["visits"]
            out.append(dataclasses.replace(ev, actor=name, actor_id=party_id, actor_type=kind, relation="visits",
                                           object=ev.location, object_id=f"place:{slugify(ev.location)}",
                                           object_type="place", location=None, cameo=relation.cameo,
                                           plover=relation.plover, confidence=round(ev.confidence * 0.8, 2)))
    return out


def _visits_to_capitals_only(events: list[Event], ctx: ArticleActors) -> list[Event]:
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


def _with_surface_forms(event: Event, ctx: ArticleActors) -> Event:
    """Record the other names the article used for the actor and the object ("Lithuanian", "Vilnius")."""
    extra = dict(event.extra)
    for key, ident in (("actor_forms", event.actor_id), ("object_forms", event.object_id)):
        forms = sorted(ctx.surface_forms.get(ident or "", ()))
        if forms:
            extra[key] = forms
    return dataclasses.replace(event, extra=extra) if extra != event.extra else event


def _party_home(party_id: str, kind: str, ctx: ArticleActors) -> str:
    """The country a party of an event belongs to: a person's affiliation, a country itself, else ""."""
    person = ctx.people.get(party_id)
    return person.affiliation if person is not None else party_id if kind == "country" else ""


def _visited_country(visit: Event, ctx: ArticleActors) -> str:
    """The country a visit goes to (itself, or the country whose capital it is), or ""."""
    return visit.object_id if visit.object_type == "country" else ctx.gaz.capitals.get(visit.object) or ""


def _same_trip(visit: Event, meeting: Event) -> bool:
    """Whether a meeting happened on a visit: same modality, and the same day (or, where either is undated,
    told in the same sentence)."""
    return visit.modality == meeting.modality and (
        visit.date == meeting.date if visit.date and meeting.date else
        (visit.start, visit.section) == (meeting.start, meeting.section))


def _officials_of_visited_countries(events: list[Event], ctx: ArticleActors) -> None:
    """An official of no stated country whom a visitor meets on a visit is the visited country's: "Lammy
    visited Nigeria, where he met Foreign Minister Yusuf Tuggar" (Tuggar is Foreign Minister of Nigeria).
    Only where one country fits."""
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
    for person_id, countries in found.items():
        if len(countries) == 1:
            ctx.people[person_id] = dataclasses.replace(ctx.people[person_id], affiliation=countries.pop())


def _hosts_from_visits(events: list[Event], ctx: ArticleActors) -> list[Event]:
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


def _location(sent, cand: Candidate) -> str | None:
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        before = sent.doc[ent.start - 1] if ent.start > 0 else None
        if before is None or before.lower_ not in PLACE_PREPS:
            continue
        if ent.text == cand.object.name or (ent.ent_id_ and not ent.ent_id_.startswith("capital:")
                                            and cand.relation == "visits"):
            continue
        if below_relative_clause(ent.root, cand.trigger):
            continue  # "Orban, who met Putin in Moscow last week, will meet Trump": not where Trump is met
        return ent.text.removeprefix("the ").strip()
    return None


def _to_event(article: Article, segment: Segment, sent, cand: Candidate, anchor) -> Event:
    relation = RELATIONS[cand.relation]
    date = None if relation.kind == "fact" else sentence_date(sent, cand.trigger, anchor, cand.modality == "planned")
    if date is None and relation.kind != "fact" and cand.date_from is not None:
        date = sentence_date(cand.date_from.sent, cand.date_from, anchor, cand.modality == "planned")
    start = segment.offset + sent.start_char
    return Event(
        doc=article.id, actor=cand.actor.name, actor_type=cand.actor.type, relation=cand.relation,
        object=cand.object.name, object_type=cand.object.type, date=date, location=_location(sent, cand),
        modality=cand.modality, cameo=relation.cameo, plover=relation.plover, confidence=cand.confidence,
        evidence=sent.text, start=start, end=start + len(sent.text), section=segment.section,
        actor_id=cand.actor.id, object_id=cand.object.id,
    )


# titles that name no office: "France's rightwing leader" holds no post of France
NOT_OFFICES = words("not_offices")


def _role_facts(article: Article, ctx: ArticleActors, gazetteer: Gazetteer) -> list[Event]:
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
