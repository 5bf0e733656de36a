"""The relation vocabulary (``relations.tsv``): names, kinds, CAMEO roots and PLOVER categories.

>>> RELATIONS["agrees_on"].cameo, RELATIONS["agrees_on"].plover
('03', 'AGREE')
>>> RELATIONS["meets_with"].symmetric
True
"""

from __future__ import annotations

from dataclasses import dataclass

from kgraph.config import data_path

__all__ = ["Relation", "RELATIONS", "load_relations", "COOPERATIVE", "CONFLICTUAL"]

#: PLOVER categories read as cooperative or conflictual in analyses.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "COOPERATE", "SUPPORT", "AID", "REQUEST"})
CONFLICTUAL = frozenset({"ACCUSE", "REJECT", "THREATEN", "SANCTION", "ASSAULT", "PROTEST", "MOBILIZE", "COERCE"})


@dataclass(frozen=True)
class Relation:
    name: str
    kind: str  # event or fact
    object: str
    symmetric: bool
    cameo: str | None
    plover: str | None
    meaning: str
    example: str


def load_relations() -> dict[str, Relation]:
    """Read the relation table shipped with the package."""
    relations = {}
    lines = data_path("relations.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if not line.strip():
            continue
        cols = (line.split("\t") + [""] * 8)[:8]
        name, kind, obj, symmetric, cameo, plover, meaning, example = cols
        relations[name] = Relation(name, kind, obj, symmetric == "yes", cameo or None, plover or None, meaning, example)
    return relations


RELATIONS = load_relations()
