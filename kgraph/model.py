"""Records that cross between stages: :class:`Article` in, :class:`Event` out.

The :class:`Event` record is the only thing that crosses from extraction to storage,
so either side can be replaced alone.

>>> ev = Event(doc="d1", actor="Lithuania", actor_type="country", relation="agrees_on",
...            object="joint drone production", object_type="topic")
>>> ev.as_dict()["relation"]
'agrees_on'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Article", "Event", "EVENT_KEYS", "MODALITIES"]

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
class Event:
    """One typed, dated event (or fact) with the sentence it came from.

    ``start``/``end`` are character offsets of ``evidence`` in the article's ``text``, or in
    its ``title`` when ``section`` is ``"title"``.
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
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def as_dict(self) -> dict[str, Any]:
        """The event as a JSON-ready dict: the scored keys first, then the rest."""
        data = dataclasses.asdict(self)
        extra = data.pop("extra")
        ordered = {key: data.pop(key) for key in EVENT_KEYS}
        ordered.update(data)
        ordered.update(extra)
        return ordered

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        """Inverse of :meth:`as_dict`; unknown keys go to ``extra``."""
        names = {f.name for f in dataclasses.fields(cls)} - {"extra"}
        known = {k: v for k, v in data.items() if k in names}
        extra = {k: v for k, v in data.items() if k not in names}
        return cls(**known, extra=extra)
