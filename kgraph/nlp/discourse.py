"""What the article as a whole tells, beyond each sentence: the same event told twice is one event.
"""

from __future__ import annotations

from kgraph.model import Event
from kgraph.vocabulary import RELATIONS

__all__ = ["deduplicate", "told_key"]


def _event_key(event: Event) -> tuple:
    ends = (event.actor_id, event.object_id or event.object.lower())
    if RELATIONS[event.relation].symmetric:
        ends = tuple(sorted(ends))
    return (*ends, event.relation, event.modality)


def told_key(event: Event) -> tuple:
    """An event as told in one sentence: the sentence, and the event's key there."""
    return (event.start, event.section, *_event_key(event))


def deduplicate(events: list[Event]) -> list[Event]:
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
