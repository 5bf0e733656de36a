"""Records that cross between stages: :class:`Article` in, :class:`Event` out.

The :class:`Event` record is the only thing that crosses from extraction to storage,
so either side can be replaced alone.

>>> ev = Event(doc="d1", actor="Lithuania", actor_type="country", relation="agrees_on",
...            object="joint drone production", object_type="topic")
>>> ev.as_dict()["relation"]
'agrees_on'

An event the article tells more than once keeps each other telling in ``also_told`` (written to JSONL only when
there is one, so a reader of older files, or of events told once, sees no new key):

>>> again = Telling(evidence="The two agreed to build drones together.", start=120, end=161)
>>> told = dataclasses.replace(ev, also_told=(again,))
>>> told.as_dict()["also_told"]
[{'evidence': 'The two agreed to build drones together.', 'start': 120, 'end': 161, 'section': 'body'}]
>>> Event.from_dict(told.as_dict()).also_told == (again,)
True
>>> "also_told" in ev.as_dict()
False
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Article", "Event", "Telling", "EVENT_KEYS", "MODALITIES"]

MODALITIES = ("asserted", "planned", "negated", "hoped")

#: Keys of one event in ``events.jsonl``, in order; tools outside the project score against them.
EVENT_KEYS = (
    "doc", "actor", "actor_type", "relation", "object", "object_type", "date", "location",
    "modality", "cameo", "plover", "confidence", "evidence", "start", "end",
)


@dataclass(frozen=True)
class Article:
    """One news article as read from disk.

    ``text`` is the body; ``title`` is kept apart so that the headline is parsed as its own
    sentence. ``published`` is an ISO date string or ``None``.
    """

    id: str
    text: str
    title: str = ""
    published: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Telling:
    """One more sentence that tells an event already told: the sentence, and where it is (as for
    :class:`Event`: offsets in the article's ``text``, or in its ``title`` when ``section`` is ``"title"``)."""

    evidence: str
    start: int | None = None
    end: int | None = None
    section: str = "body"


@dataclass(frozen=True)
class Event:
    """One typed, dated event (or fact) with the sentence it came from.

    ``start``/``end`` are character offsets of ``evidence`` in the article's ``text``, or in
    its ``title`` when ``section`` is ``"title"``. ``also_told`` holds the other sentences of the article that
    tell the same event (same actor, relation, object and modality, on the same day or undated there), in text
    order; it takes no part in comparing events.
    """

    doc: str
    actor: str
    actor_type: str
    relation: str
    object: str
    object_type: str
    date: str | None = None
    location: str | None = None
    modality: str = "asserted"
    cameo: str | None = None
    plover: str | None = None
    confidence: float = 0.5
    evidence: str = ""
    start: int | None = None
    end: int | None = None
    section: str = "body"
    actor_id: str | None = None
    object_id: str | None = None
    also_told: tuple[Telling, ...] = field(default=(), compare=False, hash=False)
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def as_dict(self) -> dict[str, Any]:
        """The event as a JSON-ready dict: the scored keys first, then the rest."""
        data = dataclasses.asdict(self)
        extra = data.pop("extra")
        told = data.pop("also_told")
        ordered = {key: data.pop(key) for key in EVENT_KEYS}
        ordered.update(data)
        if told:
            ordered["also_told"] = list(told)
        ordered.update(extra)
        return ordered

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        """Inverse of :meth:`as_dict`; unknown keys go to ``extra``."""
        names = {f.name for f in dataclasses.fields(cls)} - {"extra"}
        known = {k: v for k, v in data.items() if k in names}
        extra = {k: v for k, v in data.items() if k not in names}
        known["also_told"] = tuple(t if isinstance(t, Telling) else Telling(**t) for t in known.get("also_told") or ())
        return cls(**known, extra=extra)
