"""Dates passed between the events of one article: an event its own sentence leaves undated may take the date
of the event a mention in its sentence tells again ("during the call", "at the summit", "the talks focused on",
``kgraph.nlp.dates.mentions``), of a clause told at the same time ("just as ..."), of the day told last ("Earlier
in the day, ...", "At the time, ...", ``kgraph.nlp.dates.anchors``), of the meeting or visit it happened at, of
the same signing told more fully, or of the same event in the body (for a headline); a mention that names its
own day ("The summit took place on Monday") dates the event it tells again; a date lent by another sentence
is taken back where the event's own sentence names other years.

:class:`ArticleDates` notes what these passes need while the article's sentences are read, and runs them
once all its events are found.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from kgraph.model import Event
from kgraph.nlp.dates.anchors import (DAY_COUNTS, LOOK_BACK_OPENINGS, DaysTold, days_later_phrase, in_other_clause,
                                      offset_clause, same_day_phrase, same_time_partner, where_host)
from kgraph.nlp.dates.mentions import (Referents, Told, event_mention, mention_key, mention_relations, named,
                                       own_day, owners, points_back, setting_day)
from kgraph.nlp.dates.resolve import resolve_date
from kgraph.nlp.dates.sentence import event_dates, sentence_date, years_named
from kgraph.nlp.discourse import told_key
from kgraph.nlp.events.modality import event_modality
from kgraph.nlp.segments import Segment
from kgraph.nlp.wordlists import words
from kgraph.vocabulary import RELATIONS

__all__ = ["ArticleDates", "date_title_events", "date_from_signings", "date_from_meetings", "not_of_another_year",
           "sequenced"]


class ArticleDates:
    """The dates stage across one article: what it notes while the sentences are read (the years each names,
    the days it tells, the mentions that name their own day, where each event was told and by which word, the
    events dated by their own sentence and those told as before or after the others), and the passes that lend
    dates between the events once all are found."""

    def __init__(self, anchor) -> None:
        self.anchor = anchor
        self.years_told: dict[tuple[int, str], set[str]] = {}  # the years a sentence names ("in 2019")
        self.own_days: set[tuple] = set()  # events dated by their own sentence
        self.told_apart: set[tuple] = set()  # events told as before or after the others ("later flew to El Salvador")
        self.stays: set[tuple] = set()  # visits told as lasting several days ("for a two-day state visit")
        self.days_told = DaysTold()  # the days the body names, by where
        self.mentions_told: list[tuple[Told, object]] = []  # mentions naming their own day, with the noun
        self.settings_told: list[Told] = []  # gatherings set on the day of a deed told at them ("agreed on
        # Monday at the summit"): what is told later at the same gathering was told that day
        self.tellings: dict[tuple, tuple] = {}  # told_key -> (trigger, sentence, segment)
        self._segment: Segment | None = None

    def begin_sentence(self, segment: Segment, sent) -> None:
        """Note the years a sentence names, before its events are read."""
        self._segment = segment
        years = years_named(sent)
        if years:
            self.years_told[(segment.offset + sent.start_char, segment.section)] = years

    def note_event(self, event: Event, trigger, sent) -> Event:
        """Note where an event was told and by which word, and whether its sentence dates it or tells it as
        before or after the others."""
        if event.date:
            self.own_days.add(told_key(event))
        elif sequenced(trigger):
            self.told_apart.add(told_key(event))
        if event.relation == "visits" and several_days(trigger):
            self.stays.add(told_key(event))
        self.tellings.setdefault(told_key(event), (trigger, sent, self._segment))
        return event

    def end_sentence(self, sent) -> None:
        """Note the days a sentence names and the mentions in it that name their own day, once its events are
        read."""
        segment = self._segment
        rank = 0 if segment.section == "title" else 1
        if rank:
            for ent in event_dates(sent):
                day = resolve_date(ent.text, self.anchor)
                if day:
                    self.days_told.add(segment.offset + ent.start_char, day)
        for tok in sent:
            relations = mention_relations(tok)
            day = own_day(tok, self.anchor, event_modality(tok) == "planned") if relations else None
            if day:
                told = Told(relations, (rank, segment.offset + sent.start_char), day, parties=owners(tok),
                            nouns=frozenset({mention_key(tok)}))
                self.mentions_told.append((told, tok))
            elif relations and rank and (setting := setting_day(tok, self.anchor)) is not None:
                day, verb = setting
                self.settings_told.append(Told(relations, (rank, segment.offset + sent.start_char), day,
                                               nouns=frozenset({mention_key(tok)}),
                                               planned=event_modality(verb) == "planned"))

    def lend(self, events: list[Event], capitals: dict[str, str], affiliations: dict[str, str] | None = None
             ) -> list[Event]:
        """The article's events (each told once) with the dates passed between them; ``affiliations`` maps a
        person's id to the id of the state or body they serve."""
        events = date_from_signings(date_title_events(self._dated_by_mentions(events)))
        for _ in range(2):  # a meeting dated by its party's visit then dates what the other party does at it
            events = date_from_meetings(self._anchored(events), self.told_apart, capitals, affiliations,
                                        {key for ev in events for key in self._keys(ev) if key in self.stays})
        staying = {ev.actor_id for ev in events if ev.relation == "visits"
                   and any(key in self.stays for key in self._keys(ev))}
        events = self._on_the_day_told(events, staying)  # (last: a day lent by a mention or a meeting is surer)
        return not_of_another_year(events, self.years_told, self.own_days)

    def _on_the_day_told(self, events: list[Event], staying: set[str]) -> list[Event]:
        """A deed of a meeting or visit told in the simple past with no time of its own, in a body that has told
        a day before it, took place on the day told last: a report goes on telling its day until it names
        another ("On Monday, X met Y. ... The two discussed Z."). Statements ("condemned", "called for") are not
        carried: they are dated only where the text ties them to a day; nor what a party on a visit of several
        days (``staying``) did."""
        out = []
        for ev in events:
            if not ev.date and ev.section == "body" and ev.relation in CARRIED_RELATIONS \
                    and ev.modality in ("asserted", "negated") and told_key(ev) not in self.told_apart \
                    and not staying & {ev.actor_id, ev.object_id}:
                trigger, sent, segment = self.tellings.get(told_key(ev), (None, None, None))
                if trigger is not None and _simple_past(trigger) \
                        and not any(not in_other_clause(e.root, trigger) for e in event_dates(sent)) \
                        and (ev.modality == "asserted" or trigger.pos_ == "VERB"):
                    # (a sentence with a time of its own, "last week", "in March", "at the weekend", tells
                    # another; "there was no climate for a meeting" tells no meeting of a day)
                    day = self._day_told_before(segment.offset + sent.start_char, events)
                    if day:
                        ev = dataclasses.replace(ev, date=day)
            out.append(ev)
        return out

    def _position(self, event: Event) -> tuple[int, int]:
        return (0 if event.section == "title" else 1, event.start or 0)

    def _body_position(self, event: Event) -> tuple[int, int] | None:
        """Where the body first told an event (None when only the headline did: a headline sums up, it tells
        nothing before the body)."""
        starts = [t.start or 0 for t in (event, *event.also_told) if t.section == "body"]
        return (1, min(starts)) if starts else None

    def _told(self, event: Event) -> Told | None:
        """An event as something told that a mention may refer to (where the body first told it), or None."""
        position = self._body_position(event)
        if position is None:
            return None
        nouns = {self.tellings[key][0].lemma_.lower() for key in self._keys(event) if key in self.tellings}
        if event.object_type == "topic":
            nouns |= {event.object.lower(), *event.object.lower().split()}
        return Told(frozenset({event.relation}), position, event.date, event.location,
                    frozenset(filter(None, (event.actor_id, event.object_id))), frozenset(nouns),
                    planned=event.modality == "planned")

    def _keys(self, event: Event) -> list[tuple]:
        """The told keys of each sentence that tells ``event``, its own first."""
        key = told_key(event)[2:]
        return [(event.start, event.section, *key)] + [(t.start, t.section, *key) for t in event.also_told]

    def _dated_by_mentions(self, events: list[Event]) -> list[Event]:
        """A mention pointing back that names its own day ("The summit took place on Monday", "the talks, held
        on Saturday") dates the undated events of a fitting relation that the last sentence telling one before it
        told (the headline's when no sentence of the body did), unless a sentence rule read an event off the
        mention itself."""
        triggers = {(trigger.doc, trigger.i) for trigger, _, _ in self.tellings.values()}
        out = list(events)
        for told, noun in self.mentions_told:
            if (noun.doc, noun.i) in triggers or not points_back(noun):
                continue
            where = {i: self._body_position(ev) or self._position(ev)  # (a headline's only when the body told none)
                     for i, ev in enumerate(out) if ev.relation in told.relations}
            fitting = [i for i, position in where.items() if position is not None and position < told.position]
            if not fitting:
                continue
            last = max(where[i] for i in fitting)
            for i in fitting:
                if where[i] == last and not out[i].date:
                    out[i] = dataclasses.replace(out[i], date=told.day)
        return out

    def _anchored(self, events: list[Event]) -> list[Event]:
        """Undated events whose sentence points to a day: the day (and place) of the event a mention tells again,
        of the clause told at the same time, or of the day told last."""
        out = list(events)
        for index in sorted(range(len(out)), key=lambda i: self._position(out[i])):
            ev = out[index]
            if ev.date or RELATIONS[ev.relation].kind == "fact" or ev.modality == "hoped":
                continue
            referents = Referents([t for e in out if e is not ev and (t := self._told(e)) is not None]
                                  + [t for t, _ in self.mentions_told] + self.settings_told)
            for key in self._keys(ev):
                if key not in self.tellings:
                    continue
                day, place = self._pointed_day(ev, *self.tellings[key], referents, out)
                if day:
                    location = ev.location or (place if ev.relation != "visits" else None)
                    out[index] = dataclasses.replace(ev, date=day, location=location)
                    break
        return out

    def _day_told_before(self, position: int, events: list[Event]) -> str | None:
        """The day the body told last before a character offset: its date phrases and its dated events."""
        days = self.days_told.copy()
        for other in events:
            if other.date and other.section == "body" and other.start is not None:
                days.add(other.start, other.date)
        return days.last_before(position)

    def _pointed_day(self, ev: Event, trigger, sent, segment: Segment, referents: Referents,
                     events: list[Event]) -> tuple[str | None, str | None]:
        """The day (and place) one sentence telling ``ev`` points to, or (None, None)."""
        future = ev.modality == "planned"
        parties = frozenset(filter(None, (ev.actor_id, ev.object_id))) | named(ev.actor, ev.object)
        here = (0 if segment.section == "title" else 1, segment.offset + sent.start_char)
        host = where_host(trigger)  # ("Two days later, he flew to Paris, where he met Macron": the flight's day)
        later = days_later_phrase(sent, trigger) or (days_later_phrase(sent, host) if host is not None else None)
        if later is not None and segment.section == "body":  # "The next day, he flew to Quito": the day after
            day = self._day_told_before(segment.offset + later[0], events)
            return _shifted(day, later[1]), None
        offset = offset_clause(trigger)
        if offset is not None:  # "recalled its envoy on Thursday, two days after jets struck Doha": two days before
            verb, days = offset  # the day of the clause it is told against (else the day told last)
            day = sentence_date(sent, verb, self.anchor, future) or (
                self._day_told_before(segment.offset + sent.start_char, events) if segment.section == "body" else None)
            return _shifted(day, days), None
        for word in (trigger, same_time_partner(trigger)):
            if word is None:
                continue
            if word is not trigger:
                day = sentence_date(sent, word, self.anchor, future)
                if day:
                    return day, None
            mention = event_mention(word, ev.relation if word is trigger else "")
            if mention is None:
                continue
            day = own_day(mention, self.anchor, future)
            if day:
                return day, None
            found = referents.find(mention_relations(mention), mention_key(mention), here, parties,  # "the meeting
                                   shared=mention is trigger, planned=future)  # with X": one of X's meetings
            if found is not None and found.day:
                return found.day, found.place
        start = same_day_phrase(sent, trigger)
        if start is not None and segment.section == "body":
            day = self._day_told_before(segment.offset + start, events)
            looking_back = sent.text.lower().lstrip().startswith(LOOK_BACK_OPENINGS)
            return day or (None if looking_back or self.anchor is None else self.anchor.isoformat()), None
        return None, None


def _shifted(day: str | None, days: int) -> str | None:
    """The day ``days`` after ``day`` (before it when negative), or None."""
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat() if day else None


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


def date_from_meetings(events: list[Event], told_apart: set[tuple], capitals: dict[str, str],
                       affiliations: dict[str, str] | None = None, stays: set[tuple] = frozenset()) -> list[Event]:
    """Events of a dated meeting or visit, told with no date of their own, took place at it.

    An undated event takes the date of its actor's meeting or visit of the same modality, but only
    when that actor has exactly one such date in the article. Appeals, backing and criticism take
    it too when their actor was a party to a dated talk (what was said in a call was said that day).
    Events told as coming before or after ("later flew to El Salvador") keep no date; a visit told as
    lasting several days (``stays``, told keys: "arrived on Monday for a two-day visit") dates no other.
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
        stay = ev.relation == "visits" and any(
            (t.start, t.section, *told_key(ev)[2:]) in stays for t in (ev, *ev.also_told))
        if ev.relation in ("meets_with", "visits", "hosts") and ev.date and not stay:
            parties = [ev.actor_id] + ([ev.object_id] if ev.relation == "meets_with" else [])
            if ev.relation == "meets_with":
                talkers.update(parties)
            for party in parties:
                frame_dates.setdefault((party, ev.modality), set()).add(ev.date)
                if ev.location:
                    elsewhere.setdefault((party, ev.modality, ev.date), set()).add(ev.location)
                if ev.relation == "meets_with":
                    talk_dates.setdefault((party, ev.modality), set()).add(ev.date)
    # the day two or more states were told agreeing or signing together ("Jordan and Syria agreed Tuesday to ...")
    # was a day their people met: a frame for what those people are told doing with no day of their own
    state_days: dict[tuple[str, str], set[str]] = {}
    for ev in events:
        key = (ev.start, ev.section, ev.relation, ev.object_id, ev.modality)
        if ev.relation in ("agrees_on", "signs") and ev.date and ev.actor_type == "country" \
                and len(together.get(key, ())) >= 2:
            state_days.setdefault((ev.actor_id, ev.modality), set()).add(ev.date)
    affiliations = affiliations or {}
    out = []
    for ev in events:
        dates = frame_dates.get((ev.actor_id, ev.modality), set())
        if not dates and ev.modality == "asserted" and not frame_dates.get((ev.object_id, ev.modality)):
            state = affiliations.get(ev.actor_id, "") if ev.actor_type == "person" else ev.actor_id
            dates = state_days.get((state, ev.modality), set())
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


_SEVERAL_DAYS = re.compile(r"(\w+)\s*-\s*days?(?:-long)?")


def several_days(trigger) -> bool:
    """Whether a visit's phrase tells it lasting several days: "flew in on Monday for a two-day state visit",
    "began a three-day visit to Britain"."""
    subtree = {t.i for t in trigger.subtree}
    for ent in trigger.sent.ents:
        found = _SEVERAL_DAYS.fullmatch(ent.text.lower())
        count = (DAY_COUNTS.get(found.group(1)) or (int(found.group(1)) if found.group(1).isdigit() else 0)
                 ) if found else 0
        noun = ent.root.head
        if ent.label_ == "DATE" and count >= 2 and noun.i in subtree and "visits" in mention_relations(noun):
            return True
    return False


CARRIED_RELATIONS = words("carried_relations")


def _simple_past(trigger) -> bool:
    """Whether the trigger's clause is told in the simple past ("condemned", "hosted", "did not travel", "chose not
    to travel"; not "had soured", "has backed", "will meet")."""
    verb = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "chose not to travel", "refused to sign": the tense of the choice
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not aux
    return verb.tag_ == "VB" and any(c.lower_ == "did" for c in aux)


# adverbs that set an event before or after the ones told around it
SEQUENCE_ADVERBS = words("sequence_adverbs")


def sequenced(trigger) -> bool:
    """Whether the trigger's clause is told as coming before or after others: "Rubio later flew to El Salvador"."""
    return any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS and not any(
                   n.dep_ == "npadvmod" for n in c.children)  # ("Two days later, ..." names its day)
               for verb in (trigger, *trigger.ancestors) for c in verb.children)
