"""Known actors: countries (names, demonyms, capitals), organisations, regions and role titles.

Data lives in ``kgraph/nlp/data/*.tsv``; pycountry adds official names and ISO codes.
Users add their own actors with a TSV file (code, name, kind, aliases separated by ``;``).

>>> gaz = load_gazetteer()
>>> gaz.actor("country:LTU").name
'Lithuania'
>>> gaz.lookup("Lithuanian").id
'country:LTU'
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kgraph.config import data_path
from kgraph.errors import InputError

__all__ = ["Actor", "Gazetteer", "load_gazetteer", "slugify"]


def slugify(text: str) -> str:
    """A stable ASCII identifier for a name.

    >>> slugify("Téte António")
    'tete-antonio'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


@dataclass(frozen=True)
class Actor:
    """A resolved actor: stable ``id`` (``country:LTU``, ``org:EU``, ``person:dmytro-kuleba``)."""

    id: str
    name: str
    type: str  # country, organisation, person, place, group, topic
    code: str = ""  # ISO alpha-3 for countries, user code for user actors
    role: str = ""  # canonical role of a person ("Foreign Minister")
    affiliation: str = ""  # actor id the role serves
    country: str = ""  # for places: actor id of the country they are in

    @property
    def kind(self) -> str:
        return self.type


@dataclass
class Gazetteer:
    """Lookup tables built from the data files."""

    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # surface form -> actor id
    demonyms: dict[str, str] = field(default_factory=dict)  # demonym -> country id
    capitals: dict[str, str] = field(default_factory=dict)  # capital -> country id
    regions: dict[str, frozenset[str]] = field(default_factory=dict)  # "baltic" -> country ids
    roles: dict[str, str] = field(default_factory=dict)  # lower-case title -> canonical role
    role_country: dict[str, str] = field(default_factory=dict)  # role held in one country only -> its id
    capital_of: dict[str, str] = field(default_factory=dict)  # country id -> its capital's name
    cities: dict[str, str] = field(default_factory=dict)  # lower-case city name -> country id (data/cities.tsv)
    armed_groups: frozenset[str] = frozenset()  # ids of organisations that are armed groups
    _office_patterns: tuple[re.Pattern, re.Pattern, re.Pattern] | None = field(default=None, repr=False,
                                                                                compare=False)

    def actor(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def office_before(self, text: str) -> str | None:
        """The role whose title ends ``text`` as "the <title> of (the)", the country's name to follow.

        >>> gaz = Gazetteer(roles={"president": "President", "foreign minister": "Foreign Minister"})
        >>> gaz.office_before("said. The President of ")
        'President'
        >>> gaz.office_before("with President ") is None
        True
        """
        found = self._offices()[1].search(text)
        return self.roles[found.group(1).lower()] if found else None

    def office_after(self, text: str) -> str | None:
        """The role whose title opens ``text`` as a whole word ("foreign minister said"), if any.

        >>> Gazetteer(roles={"foreign minister": "Foreign Minister"}).office_after("foreign minister said")
        'Foreign Minister'
        >>> Gazetteer(roles={"foreign minister": "Foreign Minister"}).office_after("foreign ministers met") is None
        True
        """
        found = self._offices()[0].match(text)
        return self.roles[found.group(1).lower()] if found else None

    def role_in(self, text: str) -> str:
        """The role of the longest title inside the lower-case ``text``: a title that starts a word and
        ends one, or ends the text in the plural or before "of ..." ("" when there is none).

        >>> gaz = Gazetteer(roles={"minister": "Minister", "foreign minister": "Foreign Minister"})
        >>> gaz.role_in("the turkish foreign minister"), gaz.role_in("foreign ministers of the g7")
        ('Foreign Minister', 'Foreign Minister')
        >>> gaz.role_in("ministry")
        ''
        """
        found = {m.group(1) for m in self._offices()[2].finditer(text)}
        if not found:
            return ""
        longest = max(map(len, found))
        ties = {title for title in found if len(title) == longest}
        best = ties.pop() if len(ties) == 1 else next(title for title in self.roles if title in ties)
        return self.roles[best]

    def _offices(self) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
        if self._office_patterns is None:
            titles = "|".join(sorted(map(re.escape, self.roles), key=len, reverse=True))
            self._office_patterns = (re.compile(rf"({titles})(?![a-z])", re.IGNORECASE),
                                     re.compile(rf"\bthe ({titles}) of (?:the )?$", re.IGNORECASE),
                                     # every start of a word, looked at without consuming it: titles may overlap
                                     re.compile(rf"(?:^|(?<=\s))(?=({titles})(?:\b|s?(?:\s+of\b.*)?$))"))
        return self._office_patterns

    def lookup(self, surface: str) -> Actor | None:
        """The actor a surface form names (name, alias, code, demonym or capital), if known."""
        key = _clean(surface)
        actor_id = self.names.get(key) or self.demonyms.get(key) or self.capitals.get(key)
        return self.actors.get(actor_id) if actor_id else None

    def add(self, actor: Actor, aliases: list[str] = ()) -> None:
        self.actors[actor.id] = actor
        for name in [actor.name, *aliases]:
            if name:
                self.names.setdefault(_clean(name), actor.id)

    def add_user_actors(self, path: str | Path) -> list[Actor]:
        """Add actors from a TSV file ``code, name, kind, aliases`` (aliases separated by ``;``)."""
        path = Path(path)
        try:
            rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError("E101", path=path, reason=f"cannot read actor file ({exc})") from None
        added = []
        for number, row in enumerate(rows, start=1):
            if not row or row[0].startswith("#") or (number == 1 and row[0].lower() == "code"):
                continue
            if len(row) < 2 or not row[0].strip() or not row[1].strip():
                raise InputError("E102", path=path, line=number, reason="expected code, name, kind, aliases")
            code, name = row[0].strip(), row[1].strip()
            kind = _user_kind(row[2] if len(row) > 2 else "")
            aliases = [a.strip() for a in (row[3] if len(row) > 3 else "").split(";") if a.strip()]
            actor = Actor(id=f"user:{code}", name=name, type=kind, code=code)
            self.actors[actor.id] = actor
            for alias in [name, code, *aliases]:
                for form in _case_variants(alias):
                    self.names[_clean(form)] = actor.id  # user entries win over built-in ones
            if kind == "country" and " " not in name and name.isalpha():
                for demonym in _demonym_guesses(name):
                    self.demonyms.setdefault(demonym, actor.id)
            added.append(actor)
        return added

    def surface_forms(self) -> dict[str, tuple[str, str]]:
        """Every surface form with (entity label, actor id), for the entity ruler."""
        forms: dict[str, tuple[str, str]] = {}
        for key, actor_id in self.names.items():
            label = {"country": "GPE", "person": "PERSON", "place": "GPE"}.get(self.actors[actor_id].type, "ORG")
            forms[key] = (label, actor_id)
        for key, actor_id in self.capitals.items():
            forms.setdefault(key, ("GPE", f"capital:{actor_id}"))
        for key, actor_id in self.demonyms.items():
            forms.setdefault(key, ("NORP", actor_id))
        return forms


def _case_variants(alias: str) -> set[str]:
    """Dictionaries often list aliases in lower case; text writes them capitalised.

    >>> sorted(_case_variants("caras galadhon"))
    ['CARAS GALADHON', 'Caras Galadhon', 'Caras galadhon', 'caras galadhon']
    """
    alias = alias.strip()
    if not alias.islower():
        return {alias}
    return {alias, alias.title(), alias.capitalize(), alias.upper()}


def _demonym_guesses(name: str) -> list[str]:
    """Likely adjectives for a country name nobody listed ("Gondor" -> "Gondorian"), for user dictionaries.

    >>> _demonym_guesses("Gondor")[:3]
    ['Gondorian', 'Gondoran', 'Gondorese']
    """
    stem = name[:-1] if name[-1] in "aeiouy" else name
    return [f"{name}ian", f"{name}an", f"{name}ese", f"{name}i", f"{stem}ian", f"{stem}an", f"{stem}ese", f"{name}n"]


def _clean(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def _user_kind(kind: str) -> str:
    kind = kind.strip().lower()
    if kind.startswith(("country", "state", "fictional")):
        return "country"
    if kind.startswith(("person", "people")):
        return "person"
    return "organisation" if kind.startswith(("org", "igo", "ngo")) else "country"


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


@lru_cache(maxsize=1)
def _builtin() -> Gazetteer:
    import pycountry

    gaz = Gazetteer()
    for iso3, name, aliases, demonyms, capitals, *_ in (row + [""] * 5 for row in _read_tsv("countries.tsv")):
        actor = Actor(id=f"country:{iso3}", name=name, type="country", code=iso3)
        extra = _split(aliases)
        record = pycountry.countries.get(alpha_3=iso3)
        if record is not None:
            extra += [getattr(record, attr) for attr in ("name", "official_name", "common_name")
                      if getattr(record, attr, None)]
        extra.append(iso3)
        gaz.add(actor, extra)
        for demonym in _split(demonyms):
            gaz.demonyms[_clean(demonym)] = actor.id
        for capital in _split(capitals):
            gaz.capitals[_clean(capital)] = actor.id
            gaz.capital_of.setdefault(actor.id, capital)
    armed = set()
    for ident, name, aliases, _members, kind, *_ in (row + [""] * 5 for row in _read_tsv("organisations.tsv")):
        gaz.add(Actor(id=f"org:{ident}", name=name, type="organisation", code=ident), _split(aliases))
        if kind == "armed":
            armed.add(f"org:{ident}")
    gaz.armed_groups = frozenset(armed)
    gaz.cities = {name.lower(): f"country:{iso3}" for name, iso3, *_ in _read_tsv("cities.tsv")}
    for word, codes, *_ in _read_tsv("regions.tsv"):
        gaz.regions[word.lower()] = frozenset(f"country:{c}" for c in _split(codes))
    for title, role, country, *_ in (row + [""] * 3 for row in _read_tsv("roles.tsv")):
        gaz.roles[title.lower()] = role
        if country:
            gaz.role_country[role] = f"country:{country}"
    return gaz


def load_gazetteer(actor_files: tuple[str, ...] = ()) -> Gazetteer:
    """The built-in gazetteer, plus the user actor files given (each a TSV path)."""
    base = _builtin()
    if not actor_files:
        return base
    gaz = Gazetteer(actors=dict(base.actors), names=dict(base.names), demonyms=dict(base.demonyms),
                    capitals=dict(base.capitals), regions=dict(base.regions), roles=dict(base.roles),
                    capital_of=dict(base.capital_of), role_country=dict(base.role_country),
                    cities=base.cities, armed_groups=base.armed_groups)
    for path in actor_files:
        gaz.add_user_actors(path)
    return gaz
