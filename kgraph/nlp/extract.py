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
import re
from collections.abc import Iterable, Iterator

from kgraph.model import Article, Event
from kgraph.nlp.dates import anchor_date, resolve_date
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.candidates import sentence_candidates, trigger_chain
from kgraph.nlp.events.modality import frames_a_cause
from kgraph.nlp.actors.gazetteer import Actor, Gazetteer, slugify
from kgraph.nlp.actors.mentions import REPORTING_LEMMAS, ArticleActors
from kgraph.nlp.pipeline import load_pipeline
from kgraph.nlp.segments import Segment, article_segments
from kgraph.nlp.syntax import MEETING_NOUNS, STANCE_VERBS, TIME_PREPOSITIONS, doc_text, to_infinitive
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
            years = {m for e in _event_dates(sent) for m in re.findall(r"\b(?:19|20)\d\d\b", e.text)}
            if years:
                years_told[(segment.offset + sent.start_char, segment.section)] = years
            for cand in sentence_candidates(sent, segment, ctx):
                event = _to_event(article, segment, sent, cand, anchor)
                if event.date:
                    own_days.add(_told_key(event))
                elif _sequenced(cand.trigger):
                    told_apart.add(_told_key(event))
                if event.date is None and _refers_back_in_time(sent) and RELATIONS[event.relation].kind != "fact":
                    told_day = _last_day(dated_sents, anchor)
                    event = dataclasses.replace(event, date=told_day) if told_day else event
                found.append(event)
            if _event_dates(sent):
                dated_sents.append(sent)
    events = _date_from_signings(_date_title_events(_deduplicate(found)))
    for _ in range(2):  # a meeting dated by its party's visit then dates what the other party does at it
        events = _date_from_meetings(events, told_apart, ctx.gaz.capitals)
    events = _not_of_another_year(events, years_told, own_days)
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


def _event_key(event: Event) -> tuple:
    ends = (event.actor_id, event.object_id or event.object.lower())
    if RELATIONS[event.relation].symmetric:
        ends = tuple(sorted(ends))
    return (*ends, event.relation, event.modality)


def _told_key(event: Event) -> tuple:
    """An event as told in one sentence: the sentence, and the event's key there."""
    return (event.start, event.section, *_event_key(event))


def _deduplicate(events: list[Event]) -> list[Event]:
    """One event per (actor, relation, object, modality) and date; an undated copy joins a dated one."""
    groups: dict[tuple, list[Event]] = {}
    for event in events:
        groups.setdefault(_event_key(event), []).append(event)
    out = []
    for group in groups.values():
        dated = {}
        for event in group:
            if event.date and (event.date not in dated or dated[event.date].confidence < event.confidence):
                dated[event.date] = event
        if dated:
            out.extend(dated.values())
        else:
            out.append(max(group, key=lambda e: e.confidence))
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(out, key=lambda e: order[id(e)])


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in ("the", "a", "an", "of", "on", "and")}


def _not_of_another_year(events: list[Event], years_told: dict[tuple[int, str], set[str]],
                         own_days: set[tuple]) -> list[Event]:
    """A day lent by another sentence is wrong for an event whose own sentence names other years: "Kim
    last visited Russia in 2019, when he met Putin" did not happen on the day of this year's visit."""
    out = []
    for ev in events:
        years = years_told.get((ev.start, ev.section))
        if ev.date and years and ev.date[:4] not in years and _told_key(ev) not in own_days:
            ev = dataclasses.replace(ev, date=None)
        out.append(ev)
    return out


def _date_from_signings(events: list[Event]) -> list[Event]:
    """One document is signed once: an undated signing of a document that a dated signing in the article
    names more fully ("signed the Memorandum" after "today ... signed a Memorandum of Understanding on X")
    took place that day. A party already dated as signing it is not told twice.

    >>> from kgraph.model import Event
    >>> dated = Event(doc="d", actor="Peru", actor_type="country", actor_id="PER", relation="signs",
    ...               object="treaty on fisheries", object_type="topic", date="2024-01-08")
    >>> envoy = dataclasses.replace(dated, actor="Ana Lopez", actor_id="person:ana-lopez", object="treaty", date=None)
    >>> again = dataclasses.replace(dated, object="the treaty", date=None)
    >>> [(e.actor, e.date) for e in _date_from_signings([dated, envoy, again])]
    [('Peru', '2024-01-08'), ('Ana Lopez', '2024-01-08')]
    """
    dated = [e for e in events if e.relation == "signs" and e.date]
    out = []
    for ev in events:
        if ev.relation == "signs" and not ev.date and _words(ev.object):
            fuller = [d for d in dated if d.modality == ev.modality and _words(ev.object) <= _words(d.object)]
            if any(d.actor_id == ev.actor_id for d in fuller):
                continue
            days = {d.date for d in fuller}
            if len(days) == 1:
                ev = dataclasses.replace(ev, date=days.pop())
        out.append(ev)
    return out


FRAME_RELATIONS = ("meets_with", "hosts", "discusses", "agrees_on", "signs", "visits")
# what a party to a dated talk said: appeals, backing and criticism voiced in the conversation
SAID_RELATIONS = ("calls_for", "supports", "criticizes", "rejects", "threatens")


def _date_from_meetings(events: list[Event], told_apart: set[tuple], capitals: dict[str, str]) -> list[Event]:
    """Events of a dated meeting or visit, told with no date of their own, took place at it.

    An undated event takes the date of its actor's meeting or visit of the same modality, but only
    when that actor has exactly one such date in the article. Appeals, backing and criticism take
    it too when their actor was a party to a dated talk (what was said in a call was said that day).
    Events told as coming before or after ("later flew to El Salvador") keep no date.
    """
    frame_dates: dict[tuple[str, str], set[str]] = {}
    talk_dates: dict[tuple[str, str], set[str]] = {}
    talkers: set[str] = set()  # parties to a dated talk
    pair_dates: dict[tuple[frozenset, str], set[str]] = {}  # the days two parties met
    together: dict[tuple, set[str]] = {}  # who is told doing the same thing in the same sentence
    elsewhere: dict[tuple, set[str]] = {}  # where a party met, by day
    for ev in events:
        together.setdefault((ev.start, ev.section, ev.relation, ev.object_id, ev.modality), set()).add(ev.actor_id)
        if ev.relation == "meets_with" and ev.date:
            pair_dates.setdefault((frozenset((ev.actor_id, ev.object_id)), ev.modality), set()).add(ev.date)
        if ev.relation in ("meets_with", "visits", "hosts") and ev.date:
            parties = [ev.actor_id] + ([ev.object_id] if ev.relation == "meets_with" else [])
            if ev.relation == "meets_with":
                talkers.update(parties)
            for party in parties:
                frame_dates.setdefault((party, ev.modality), set()).add(ev.date)
                if ev.location:
                    elsewhere.setdefault((party, ev.modality, ev.date), set()).add(ev.location)
                if ev.relation == "meets_with":
                    talk_dates.setdefault((party, ev.modality), set()).add(ev.date)
    out = []
    for ev in events:
        dates = frame_dates.get((ev.actor_id, ev.modality), set())
        talks = talk_dates.get((ev.actor_id, ev.modality), set())
        if ev.relation in ("discusses", "agrees_on") and len(talks) == 1:
            dates = talks  # what was discussed or agreed was so at the talks, not on the day of a visit
        partners = together.get((ev.start, ev.section, ev.relation, ev.object_id, ev.modality), set()) - {ev.actor_id}
        met = {d for p in partners for d in pair_dates.get((frozenset((ev.actor_id, p)), ev.modality), ())}
        if ev.relation in ("discusses", "agrees_on") and len(met) == 1:
            dates = met  # "the two ministers discussed X": at the one meeting of those two
        if ev.relation == "visits" and len(dates) == 1 and any(  # "traveled to Kyiv from Poland, where he met
                place != ev.object and capitals.get(place) not in (ev.object_id, capitals.get(ev.object))  # Tusk
                for place in elsewhere.get((ev.actor_id, ev.modality, *dates), ())):  # in Warsaw on Thursday"
            dates = set()
        framed = ev.relation in FRAME_RELATIONS or (ev.relation in SAID_RELATIONS and ev.actor_id in talkers) or (
            ev.relation == "cooperates_on" and ev.modality == "planned")  # cooperation to be confirmed at the talks
        if framed and not ev.date and ev.modality in ("asserted", "planned") and len(dates) == 1 \
                and _told_key(ev) not in told_apart:
            ev = dataclasses.replace(ev, date=next(iter(dates)))
        out.append(ev)
    return out


# adverbs that set an event before or after the ones told around it
SEQUENCE_ADVERBS = words("sequence_adverbs")


def _sequenced(trigger) -> bool:
    """Whether the trigger's clause is told as coming before or after others: "Rubio later flew to El Salvador"."""
    return any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS
               for verb in (trigger, *trigger.ancestors) for c in verb.children)


def _refers_back_in_time(sent) -> bool:
    """A sentence that opens by pointing back to the day just told: "At the time, ...", "That day, ..."."""
    opening = sent.text.lower().lstrip()
    return opening.startswith(("at the time", "at that time", "that day", "on that day", "on the same day"))


def _last_day(sentences: list, anchor) -> str | None:
    """The last day these sentences name, resolved (None when they name none)."""
    for sent in reversed(sentences):
        for ent in reversed(_event_dates(sent)):
            day = resolve_date(ent.text, anchor)
            if day:
                return day
    return None


# a date after these words bounds a span of time and dates no event: "extended the sanctions until 28 February"
SPAN_BOUNDS = words("span_bounds")


def _event_dates(sent) -> list:
    """The date phrases of a sentence, but for one in a dateline or one that only bounds a span of time."""
    doc = sent.doc
    return [e for e in sent.ents if e.label_ == "DATE" and not _in_dateline(e)
            and not (e.start > 0 and doc[e.start - 1].lower_ in SPAN_BOUNDS)]


def _date_holder(ent):
    """The word a date phrase is attached to, through its preposition ("met on Monday" -> "met")."""
    head = ent.root.head
    return head.head if head.dep_ == "prep" or head.pos_ == "ADP" else head


def _in_dateline(ent) -> bool:
    """A date in a dateline ("Tokyo, Jan. 10 (Jiji Press)--") dates the report, not an event."""
    if ent.end_char > 61:  # a dateline ends within the first 60 characters
        return False
    head = doc_text(ent.doc)[: ent.end_char + 40]
    for mark in ("--", " — ", "—", " – "):
        cut = head.find(mark)
        if 0 < cut < 60 and ent.end_char <= cut + 1:
            return True
    return False


def _clause_verb(tok):
    for candidate in [tok, *tok.ancestors]:
        if candidate.pos_ in ("VERB", "AUX"):
            return candidate
    return tok.sent.root


def _below_relative_clause(tok, trigger) -> bool:
    """Whether a word sits in a relative clause inside the trigger's phrase, which tells of another deed."""
    for node in [tok, *tok.ancestors]:
        if node.i == trigger.i:
            return False
        if node.dep_ == "relcl":
            return not node.left_edge.i <= trigger.i <= node.right_edge.i
    return False


def _sentence_date(sent, trigger, anchor: dt.date | None, future: bool) -> str | None:
    """The date phrase attached to the trigger, its clause, or the verbs governing it."""
    dates = _event_dates(sent)
    cause = next((t for t in trigger.ancestors if frames_a_cause(t)), None)
    if cause is not None:  # "adopted measures today in view of Russia's war": the war is not of today
        inside = {t.i for t in cause.subtree}
        dates = [e for e in dates if e.root.i in inside]
    if not dates:
        return None
    chain = {t.i for t in trigger_chain(trigger)}
    subtree = {t.i for t in trigger.subtree}
    if trigger.dep_ == "acl" and to_infinitive(trigger):  # "approved on Monday Sweden's bid to join NATO": the
        dates = [e for e in dates if _date_holder(e).i in subtree]  # day of the approval, not of the seeking
    clause = _clause_verb(trigger).i
    attached = []
    stance = trigger.pos_ == "VERB" and trigger.lemma_.lower() in STANCE_VERBS
    for ent in dates:
        head = _date_holder(ent)
        if stance and head.i != trigger.i and head.pos_ in ("NOUN", "PROPN") and head.i in subtree:
            continue  # "condemn the launch of a missile on 18 December": the day of the launch, not of the stance
        if future and head.i != trigger.i and head.i in chain and head.tag_ == "VBD":
            continue  # "agreed on Wednesday to cooperate": the day of the agreement, not of the cooperation
        if _below_relative_clause(head, trigger):
            continue  # "traveled to Kyiv from Poland, where he met Tusk on Thursday": the day of the meeting
        if head.i in chain or ent.root.i in subtree or head.i in subtree or _clause_verb(head).i == clause:
            attached.append(ent)
    attached = attached or _reported_clause_dates(trigger, dates) or ([] if future else _governing_dates(trigger, dates))
    for ent in attached:
        found = resolve_date(ent.text, anchor, future)
        if found and stance and _present_tense(trigger) and anchor is not None \
                and found < anchor.isoformat() and _date_holder(ent).i == trigger.i:
            continue  # "we condemn the launch of a missile on 18 December": a stance taken now on a past deed
        if found:
            return found
    return None


def _present_tense(verb) -> bool:
    """A verb in the simple present ("condemn", "condemns"; the tagger may call a bare present "VB")."""
    return verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VB" and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children))


def _governing_dates(trigger, dates: list) -> list:
    """A done or failed deed told in a clause under a dated verb takes its date: "the bid fell through
    Wednesday, with the two leaders failing to meet". A date on a verb of saying dates the saying, not
    the deed, and an event still planned is not dated by the day it was planned."""
    ancestors = set()
    for t in trigger.ancestors:  # up to a cause: "decided today to act in view of X's support" does not date X
        if frames_a_cause(t) or (t.dep_ == "prep" and t.lower_ in TIME_PREPOSITIONS
                                 and trigger.lemma_.lower() not in MEETING_NOUNS):
            break  # (nor is "struck on Wednesday, after an attack that Delhi blamed on X" the day of the blame)
        ancestors.add(t.i)
    found = []
    for ent in dates:
        head = _date_holder(ent)
        if head.i in ancestors and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in REPORTING_LEMMAS:
            found.append(ent)
    return found


def _reported_clause_dates(trigger, dates: list) -> list:
    """Dates the parser hung on the reporting verb although they close the reported clause:
    "X will visit Seoul on Monday, the governments said Friday" (Monday is the visit's)."""
    for clause in [trigger, *trigger.ancestors]:
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_LEMMAS:
            continue
        speech = clause.head
        subjects = [c.left_edge.i for c in speech.children if c.dep_ in ("nsubj", "nsubjpass")]
        reported_end = min(subjects + [speech.i])
        return [e for e in dates if clause.left_edge.i < e.start and e.end <= reported_end and speech.i > e.end
                and speech in (e.root.head, e.root.head.head)]
    return []


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
        if _below_relative_clause(ent.root, cand.trigger):
            continue  # "Orban, who met Putin in Moscow last week, will meet Trump": not where Trump is met
        return ent.text.removeprefix("the ").strip()
    return None


def _to_event(article: Article, segment: Segment, sent, cand: Candidate, anchor) -> Event:
    relation = RELATIONS[cand.relation]
    date = None if relation.kind == "fact" else _sentence_date(sent, cand.trigger, anchor, cand.modality == "planned")
    if date is None and relation.kind != "fact" and cand.date_from is not None:
        date = _sentence_date(cand.date_from.sent, cand.date_from, anchor, cand.modality == "planned")
    start = segment.offset + sent.start_char
    return Event(
        doc=article.id, actor=cand.actor.name, actor_type=cand.actor.type, relation=cand.relation,
        object=cand.object.name, object_type=cand.object.type, date=date, location=_location(sent, cand),
        modality=cand.modality, cameo=relation.cameo, plover=relation.plover, confidence=cand.confidence,
        evidence=sent.text, start=start, end=start + len(sent.text), section=segment.section,
        actor_id=cand.actor.id, object_id=cand.object.id,
    )


def _date_title_events(events: list[Event]) -> list[Event]:
    """A headline event takes the date of the same event in the body, else of the lead (first dated) event."""
    body_dates = {}
    lead = next((ev.date for ev in events if ev.section == "body" and ev.date and ev.modality == "asserted"), None)
    for ev in events:
        if ev.section == "body" and ev.date:
            body_dates.setdefault((ev.actor_id, ev.relation), ev.date)
    out = []
    for ev in events:
        if ev.section == "title" and not ev.date:
            date = body_dates.get((ev.actor_id, ev.relation)) or (lead if ev.modality == "asserted" else None)
            if date:
                ev = dataclasses.replace(ev, date=date)
        out.append(ev)
    return out


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
