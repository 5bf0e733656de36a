"""From articles to events: parse paragraphs with spaCy, resolve actors, apply rules, date them.

>>> from kgraph.model import Article
>>> art = Article(id="a1", title="Ukraine and Lithuania to build drones together",
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
from kgraph.nlp.actors.gazetteer import Gazetteer
from kgraph.nlp.actors.mentions import ArticleActors
from kgraph.nlp.arguments.parse import SITUATION_NOUNS
from kgraph.nlp.dates.article import ArticleDates
from kgraph.nlp.dates.dateline import article_anchor
from kgraph.nlp.dates.sentence import below_relative_clause, sentence_date
from kgraph.nlp.discourse import (deduplicate, hosts_from_visits, officials_of_visited_countries, visits_from_meetings,
                                  visits_to_capitals_only)
from kgraph.nlp.events import Candidate
from kgraph.nlp.events.candidates import sentence_candidates
from kgraph.nlp.facts import chaired_memberships, role_facts
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
    """Events of one parsed article (segments from :func:`~kgraph.nlp.segments.article_segments`, in order).

    The actors of the article are read first; then each sentence's candidates, dated by their own sentence;
    then the passes across the article: one event for each told twice, dates lent between events, officials of
    visited countries, role facts, visits and hosts inferred.
    """
    if not _is_english(segments):
        log.warning("%s: text does not look like English; no events extracted", article.path or article.id)
        return []
    published = dt.date.fromisoformat(article.published) if article.published else None
    anchor = article_anchor(published, article.text, [s.text for s in segments])
    ctx = ArticleActors(gazetteer, segments)  # the actor stage: who each word stands for
    dates = ArticleDates(anchor)
    deeds_told: list = []  # (word, who did it, relation) of the sentences read so far, for "condemned the attack"
    found = []
    for segment in segments:
        for sent in segment.doc.sents:
            dates.begin_sentence(segment, sent)
            candidates, deeds = sentence_candidates(sent, segment, ctx, deeds_told)  # the events stage
            deeds_told += deeds
            found += [dates.note_event(_to_event(article, segment, sent, cand, anchor), cand.trigger, sent)
                      for cand in candidates]
            dates.end_sentence(sent)
    affiliations = {pid: person.affiliation for pid, person in ctx.people.items() if person.affiliation}
    events = dates.lend(deduplicate(found), ctx.gaz.capitals, affiliations)  # the passes across the article
    for person_id, country in officials_of_visited_countries(events, ctx).items():
        ctx.affiliate(person_id, country)  # (the role facts and the inferred visits and hosts read it)
    facts = role_facts(article, ctx, gazetteer)
    told = {(e.actor_id, e.object_id) for e in events if e.relation == "member_of"}
    facts += [m for m in chaired_memberships(facts, gazetteer) if (m.actor_id, m.object_id) not in told]
    events = visits_to_capitals_only(events + visits_from_meetings(events, ctx), ctx)
    return [_with_surface_forms(e, ctx) for e in events + hosts_from_visits(events, ctx) + facts]


def _with_surface_forms(event: Event, ctx: ArticleActors) -> Event:
    """Record the other names the article used for the actor and the object ("Lithuanian", "Vilnius")."""
    extra = dict(event.extra)
    for key, ident in (("actor_forms", event.actor_id), ("object_forms", event.object_id)):
        forms = sorted(ctx.surface_forms.get(ident or "", ()))
        if forms:
            extra[key] = forms
    return dataclasses.replace(event, extra=extra) if extra != event.extra else event


def _location(sent, cand: Candidate) -> str | None:
    """Where the event took place: the place a "where" clause holding the trigger hangs on ("travelled to Doha,
    where he held talks"), else the first place after a place preposition that is not the object and not inside
    a relative clause the trigger is not in."""
    where = _where_antecedent(cand.trigger)
    if where is not None:
        return where
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
        if before.head.lemma_.lower() in SITUATION_NOUNS:
            continue  # "discussed the situation in Gaza in Muscat": the place of the matter, not of the talks
        return ent.text.removeprefix("the ").strip()
    return None


def _where_antecedent(trigger) -> str | None:
    """The place named before a "where" clause that holds the trigger: "flew to Doha, where she met the emir"."""
    for clause in (trigger, *trigger.ancestors):
        if clause.dep_ in ("relcl", "advcl") and any(c.lower_ == "where" for c in clause.children if c.i < clause.i):
            place = clause.head
            if place.ent_type_ in ("GPE", "LOC", "FAC"):
                span = next((e for e in place.sent.ents if e.start <= place.i < e.end), None)
                return (span.text if span is not None else place.text).removeprefix("the ").strip()
            return None
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


