"""Which known actor a word of an article names: the gazetteer's actor, read with the article around it.

A capital named as an actor is its country; "the Kenyan Red Cross" is Kenya's society, not the movement's
international body; "the African Union's Peace and Security Council" is the African Union's organ; a bare
"the Commission" of an article that never names Europe is the body the article names most.
"""

from __future__ import annotations

import re
from functools import cached_property

from kgraph.nlp.actors.gazetteer import Actor, Gazetteer, slugify
from kgraph.nlp.segments import Segment
from kgraph.nlp.syntax import entity_of

__all__ = ["ArticleLookup"]

# the EU bodies a bare "the Commission" or "the Council" names by default
EU_BARE_BODIES = {"org:EC", "org:CONSILIUM"}
# bodies of a movement whose national societies are named by a country before them ("the Kenyan Red Cross")
NATIONAL_SOCIETY_BODIES = {"org:RED_CROSS"}


class ArticleLookup:
    """The gazetteer's actors as the words of one article name them."""

    def __init__(self, gazetteer: Gazetteer, segments: list[Segment]) -> None:
        self.gaz = gazetteer
        self.segments = segments

    def _gazetteer_actor(self, tok) -> Actor | None:
        ent_id = tok.ent_id_
        if ent_id.startswith("capital:"):
            return self.gaz.actors.get(ent_id.removeprefix("capital:"))
        if ent_id in NATIONAL_SOCIETY_BODIES:
            return self._national_society(tok) or self.gaz.actors.get(ent_id)
        if ent_id:
            actor = self.gaz.actors.get(ent_id)
            if ent_id in EU_BARE_BODIES and not self._tells_of_europe and (entity_of(tok).text.lower().removeprefix(
                    "the ") in ("commission", "council")):
                return self._main_body(tok) or actor  # "the Commission" of an African Union communique is the AU's
            if actor is not None and actor.type == "organisation":
                return self._owning_body(tok, ent_id) or actor
            return actor
        return None

    @cached_property
    def _tells_of_europe(self) -> bool:
        """Whether the article names Europe or the EU, so that a bare "the Commission" may be the EU's."""
        return any(re.search(r"\bEU\b|Europe", seg.text) for seg in self.segments)

    def _main_body(self, tok) -> Actor | None:
        """The organisation named most often before this word (of those as often, the last named), if any."""
        index = next((seg.index for seg in self.segments if seg.doc is tok.doc), 0)
        named: dict[str, tuple[int, int, int]] = {}  # organisation id -> (names told before, where the last was)
        for segment in self.segments[: index + 1]:  # (read off the text: this runs before the timeline is built)
            for ent in segment.doc.ents:
                actor = self.gaz.actors.get(ent.ent_id_)
                if (segment.index < index or ent.end <= tok.i) and actor is not None and actor.type == "organisation" \
                        and actor.id not in EU_BARE_BODIES:
                    named[actor.id] = (named.get(actor.id, (0,))[0] + 1, segment.index, ent.start)
        best = max(named, key=named.get, default=None)
        return self.gaz.actors[best] if best else None

    def _owning_body(self, tok, ent_id: str) -> Actor | None:
        """The organisation a named body belongs to, written as its owner: "the African Union's Peace and
        Security Council" is the African Union's organ, not the UN Security Council (None if no owner)."""
        doc = tok.doc
        i = tok.i
        while i > 0 and doc[i].ent_iob_ == "I" and doc[i - 1].ent_id_ == ent_id:
            i -= 1  # to the start of the body's name (this runs for every organisation word, so no search)
        i -= 1
        while i > 0 and not doc[i].ent_id_ and (doc[i].text[:1].isupper() or doc[i].lower_ == "and") \
                and doc[i].lower_ not in ("'s", "’s"):
            i -= 1  # "Peace and"
        owner_id = doc[i - 1].ent_id_ if i > 0 and doc[i].lower_ in ("'s", "’s") else self._owner_after(tok, ent_id)
        if not owner_id or owner_id == ent_id or ent_id.startswith(owner_id):  # (the UN's Security Council is so)
            return None
        owner = self.gaz.actors.get(owner_id)
        return owner if owner is not None and owner.type == "organisation" else None

    @staticmethod
    def _owner_after(tok, ent_id: str) -> str:
        """The organisation named in "of the X" just after a body's name ("the Peace and Security Council of the
        African Union"), or ""."""
        doc = tok.doc
        j = tok.i
        while j < len(doc) and doc[j].ent_id_ == ent_id:
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ == "of":
            j += 2 if doc[j + 1].lower_ == "the" else 1
            return doc[j].ent_id_ if j < len(doc) and doc[j].ent_id_.startswith("org:") else ""
        return ""

    def _national_society(self, tok) -> Actor | None:
        """A country's own society of a movement, not the movement's international body: "the Indonesian Red
        Cross" (None when no country is named just before it)."""
        span = entity_of(tok)
        start = span.start if span is not None and span.ent_id_ == tok.ent_id_ else tok.i
        before = tok.doc[start - 1] if start > 0 else None
        if before is None or not before.ent_id_.startswith("country:"):
            return None
        name = " ".join(t.text for t in tok.doc[before.i: span.end if span is not None else tok.i + 1])
        return Actor(id=f"org:{slugify(name)}", name=name, type="organisation")
