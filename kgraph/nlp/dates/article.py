"""Dates passed between the events of one article: an event its own sentence leaves undated may take the date
of the meeting or visit it happened at, of the same signing told more fully, of the same event in the body
(for a headline), or of the day the sentence before named ("At the time, ..."); a date lent by another
sentence is taken back where the event's own sentence names other years.

:class:`ArticleDates` notes what these passes need while the article's sentences are read, and runs them
once all its events are found.
"""

from __future__ import annotations

import dataclasses
import re

from kgraph.model import Event
from kgraph.nlp.dates.resolve import resolve_date
from kgraph.nlp.dates.sentence import event_dates, years_named
from kgraph.nlp.discourse import told_key
from kgraph.nlp.segments import Segment
from kgraph.nlp.wordlists import words
from kgraph.vocabulary import RELATIONS

__all__ = ["ArticleDates", "date_title_events", "date_from_signings", "date_from_meetings", "not_of_another_year",
           "sequenced", "refers_back_in_time", "last_day"]


class ArticleDates:
    """The dates stage across one article: what it notes while the sentences are read (the years each names,
    the sentences that name a date, the events dated by their own sentence and those told as before or after
    the others), and the passes that lend dates between the events once all are found."""

    def __init__(self, anchor) -> None:
        self.anchor = anchor
        self.dated_sents = []  # sentences that name a date, for "At the time, ..."
        self.years_told: dict[tuple[int, str], set[str]] = {}  # the years a sentence names ("in 2019")
        self.own_days: set[tuple] = set()  # events dated by their own sentence
        self.told_apart: set[tuple] = set()  # events told as before or after the others ("later flew to El Salvador")

    def begin_sentence(self, segment: Segment, sent) -> None:
        """Note the years a sentence names, before its events are read."""
        years = years_named(sent)
        if years:
            self.years_told[(segment.offset + sent.start_char, segment.section)] = years

    def note_event(self, event: Event, trigger, sent) -> Event:
        """Note whether an event of the sentence is dated by it, or told as before or after the others; an
        undated one takes the day just told when its sentence points back to it ("At the time, ...")."""
        if event.date:
            self.own_days.add(told_key(event))
        elif sequenced(trigger):
            self.told_apart.add(told_key(event))
        if event.date is None and refers_back_in_time(sent) and RELATIONS[event.relation].kind != "fact":
            told_day = last_day(self.dated_sents, self.anchor)
            event = dataclasses.replace(event, date=told_day) if told_day else event
        return event

    def end_sentence(self, sent) -> None:
        """Note whether a sentence names a date, once its events are read."""
        if event_dates(sent):
            self.dated_sents.append(sent)

    def lend(self, events: list[Event], capitals: dict[str, str]) -> list[Event]:
        """The article's events (each told once) with the dates passed between them."""
        events = date_from_signings(date_title_events(events))
        for _ in range(2):  # a meeting dated by its party's visit then dates what the other party does at it
            events = date_from_meetings(events, self.told_apart, capitals)
        return not_of_another_year(events, self.years_told, self.own_days)


def date_title_events(events: list[Event]) -> list[Event]:
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


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in ("the", "a", "an", "of", "on", "and")}


def date_from_signings(events: list[Event]) -> list[Event]:
    """One document is signed once: an undated signing of a document that a dated signing in the article
    names more fully ("signed the Memorandum" after "today ... signed a Memorandum of Understanding on X")
    took place that day. A party already dated as signing it is not told twice.

    >>> from kgraph.model import Event
    >>> dated = Event(doc="d", actor="Peru", actor_type="country", actor_id="PER", relation="signs",
    ...               object="treaty on fisheries", object_type="topic", date="2024-01-08")
    >>> envoy = dataclasses.replace(dated, actor="Ana Lopez", actor_id="person:ana-lopez", object="treaty", date=None)
    >>> again = dataclasses.replace(dated, object="the treaty", date=None)
    >>> [(e.actor, e.date) for e in date_from_signings([dated, envoy, again])]
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


def date_from_meetings(events: list[Event], told_apart: set[tuple], capitals: dict[str, str]) -> list[Event]:
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
                and told_key(ev) not in told_apart:
            ev = dataclasses.replace(ev, date=next(iter(dates)))
        out.append(ev)
    return out


def not_of_another_year(events: list[Event], years_told: dict[tuple[int, str], set[str]],
                         own_days: set[tuple]) -> list[Event]:
    """A day lent by another sentence is wrong for an event whose own sentence names other years: "Kim
    last visited Russia in 2019, when he met Putin" did not happen on the day of this year's visit."""
    out = []
    for ev in events:
        years = years_told.get((ev.start, ev.section))
        if ev.date and years and ev.date[:4] not in years and told_key(ev) not in own_days:
            ev = dataclasses.replace(ev, date=None)
        out.append(ev)
    return out


# adverbs that set an event before or after the ones told around it
SEQUENCE_ADVERBS = words("sequence_adverbs")


def sequenced(trigger) -> bool:
    """Whether the trigger's clause is told as coming before or after others: "Rubio later flew to El Salvador"."""
    return any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS
               for verb in (trigger, *trigger.ancestors) for c in verb.children)


def refers_back_in_time(sent) -> bool:
    """A sentence that opens by pointing back to the day just told: "At the time, ...", "That day, ..."."""
    opening = sent.text.lower().lstrip()
    return opening.startswith(("at the time", "at that time", "that day", "on that day", "on the same day"))


def last_day(sentences: list, anchor) -> str | None:
    """The last day these sentences name, resolved (None when they name none)."""
    for sent in reversed(sentences):
        for ent in reversed(event_dates(sent)):
            day = resolve_date(ent.text, anchor)
            if day:
                return day
    return None
