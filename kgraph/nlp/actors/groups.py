"""Parties told together, and the phrases that stand for them: "the two sides", "the three countries", "their
ministers", "the two leaders".

A group is noted when a deed joins its parties ("A and B agreed ...", by the events stage through
:meth:`ArticleGroups.remember_group`) or when the text names them together ("Oman and Kuwait"); a later group
phrase finds the group told last before it that fits (people for "the two leaders", states for "the three
countries"). :class:`ArticleGroups` is mixed into :class:`~kgraph.nlp.actors.mentions.ArticleActors`, which holds
the tables it reads (``groups``, ``coordinations``, the timeline of actors named and the article's people).

>>> Reference((), 0.5).actors
()
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from kgraph.nlp.actors.gazetteer import Actor
from kgraph.nlp.segments import Segment
from kgraph.nlp.wordlists import pairs, words

__all__ = ["ArticleGroups", "Reference"]

COUNT_WORDS = {w: int(n) for w, n in pairs("count_words").items()}
OFFICE_GROUP_HEADS = words("office_group_heads")  # "the ministers": holders of the office
PERSON_GROUP_HEADS = words("person_group_heads")
STATE_GROUP_HEADS = words("state_group_heads")
STATE_NOUNS = words("state_nouns")


@dataclass(frozen=True)
class Reference:
    """Actors a phrase refers to, and how directly (1.0 a name, lower for pronouns and descriptions)."""

    actors: tuple[Actor, ...]
    certainty: float = 1.0


class ArticleGroups:
    """Group memory and group phrases of one article (a mixin of ``ArticleActors``)."""

    def _collect_coordinations(self, segment: Segment, named: dict[int, Actor]) -> None:
        """Parties named together by a conjunction ("Oman and Kuwait", "Deby and Tinubu"), each group noted at
        its last member, so that "their ministers" or "the two leaders" after them find them."""
        for i, actor in named.items():
            tok = segment.doc[i]
            if tok.dep_ == "conj" or not tok.conjuncts:
                continue
            members = [actor, *(named[c.i] for c in tok.conjuncts if c.i in named)]
            unique = tuple({a.id: self.people.get(a.id, a) for a in members}.values())
            if len(unique) >= 2:
                self.coordinations.append(((segment.index, max(c.i for c in tok.conjuncts)), unique))
        self.coordinations.sort(key=lambda item: item[0])

    def remember_group(self, segment: Segment, token_index: int, actors: tuple[Actor, ...],
                       meeting: bool = False) -> None:
        """Note a pair or group acting together, for later "the two", "both sides" or "they"."""
        unique = tuple({a.id: a for a in actors}.values())
        if len(unique) >= 2:
            self.groups.append(((segment.index, token_index), unique, meeting))

    def last_group(self, pos: tuple[int, int], meeting: bool = False, kind: str = "") -> tuple[Actor, ...]:
        """The last group seen before ``pos``: only meeting parties when ``meeting``; only people
        (``kind="person"``) or only states and organisations (``kind="state"``) when asked."""
        earlier = [g for p, g, m in self.groups if p <= pos and (m or not meeting) and _of_kind(g, kind)]
        if not earlier and not meeting:  # else parties named together ("Oman and Kuwait ... their ministers")
            earlier = [g for p, g in self.coordinations if p <= pos and _of_kind(g, kind)]
        return earlier[-1] if earlier else ()

    def _last_holders(self, pos: tuple[int, int], lemma: str) -> tuple[Actor, ...]:
        """The last people told acting together who all hold an office of this name ("the ministers" are
        not a Secretary of State and a top diplomat who met since)."""
        for p, group, _ in reversed(self.groups):
            people = [self.people.get(a.id, a) for a in group]
            if p <= pos and all(a.type == "person" and lemma in a.role.lower() for a in people):
                return tuple(people)
        return ()

    def _last_of_group(self, pos: tuple[int, int], people: list[Actor]) -> tuple[Actor, ...]:
        """Of these people, the two or more last told acting together before ``pos`` (empty if none were)."""
        ids = {p.id for p in people}
        for p, group, _ in reversed(self.groups):
            members = tuple(self.people[a.id] for a in group if a.id in ids)
            if p <= pos and len(members) >= 2:
                return members
        return ()

    def _resolve_group(self, tok, lemma: str, pos, demonym_ids: list[str], has_number: bool) -> Reference:
        """"The two", "both sides", "the four ministers", "the three countries": a group told before."""
        if lemma in ("institution", "organisation", "organization", "bloc"):
            found = self._last_n(pos, {"organisation"}, 2)
            return Reference(found, 0.6) if found else Reference(())
        if demonym_ids and lemma in ("minister", "leader", "president"):
            return self._people_of(demonym_ids, lemma, tok)
        kind = ("person" if lemma in PERSON_GROUP_HEADS else
                "state" if lemma in STATE_GROUP_HEADS else "")
        group = self._last_holders(pos, lemma) if lemma in OFFICE_GROUP_HEADS else ()
        count = next((COUNT_WORDS[c.lower_] for c in tok.children if c.lower_ in COUNT_WORDS), 0)
        if count > 2 and len(group) != count:  # "the four ministers": the last four told acting together
            sized = [g for p, g, _ in reversed(self.groups) if p <= pos and len(g) == count]
            group = next((g for g in sized if _of_kind(g, kind)), ())
            if not group and sized and lemma in STATE_NOUNS:  # "the three countries" of three leaders
                group = self._states_of(sized[0])
            if not group and kind == "person":  # "the three ministers" of three states whose ministers go unnamed
                group = next((g for g in sized if all(a.type == "country" for a in g)), ())
            if not group:
                return Reference(())  # ("four South American countries" told of no four before)
        if not group and lemma in OFFICE_GROUP_HEADS:
            holders = [p for p in self.people.values() if lemma in p.role.lower()]  # "the ministers" are
            # the ministers told, not others who met since; "the two presidents" the article's two presidents,
            # even when it names them only later
            if len(holders) >= 2 and (not has_number or len(holders) == (count or 2)):
                group = self._last_of_group(pos, holders) or tuple(holders)
        group = group or self.last_group(pos, kind=kind)
        if not group and kind == "person" and has_number and count <= 2:  # "X wrote to Y. The two leaders met":
            group = tuple(self.people.get(a.id, a) for a in self._last_n(pos, {"person"}, 2))  # the last two named
            group = group if len(group) == 2 else ()
        if not group:  # "the three countries" after three ministers are theirs, never the people
            group = self._states_of(self.last_group(pos)) if lemma in STATE_NOUNS else self.last_group(pos)
        return Reference(group, 0.6) if group else Reference(())

    def _states_of(self, group: tuple[Actor, ...]) -> tuple[Actor, ...]:
        """The states of a group's members (a person's affiliation, else the member itself); empty when
        any member has none."""
        states = [self.gaz.actors.get(a.affiliation) if a.type == "person" else a for a in group]
        if not states or not all(states):
            return ()
        return tuple({a.id: a for a in states}.values())

    def _last_n(self, pos, types: set[str], n: int) -> tuple[Actor, ...]:
        i = bisect.bisect_left(self._keys, pos)
        found: list[Actor] = []
        for _, actor in reversed(self._timeline[:i]):
            if actor.type in types and actor.id not in {a.id for a in found}:
                found.append(actor)
                if len(found) == n:
                    break
        return tuple(reversed(found))


def _of_kind(group: tuple[Actor, ...], kind: str) -> bool:
    """Whether a group is all people (``kind="person"``), all states and bodies (``kind="state"``), or of any kind
    (``kind=""``)."""
    if kind == "person":
        return all(a.type == "person" for a in group)
    if kind == "state":
        return all(a.type in ("country", "organisation") for a in group)
    return True
