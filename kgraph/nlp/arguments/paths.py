"""Argument paths: where, from a trigger word, the party an event is aimed at stands in the parse.

Each path kind is one function from a trigger token to candidate head tokens, in the order they stand.
Which kinds a relation tries, and in which order, is data (``data/argument_paths.tsv``); the caller
resolves the heads to actors and keeps the first path that names a state, body or person.

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Chile", "demanded", "that", "Peru", "withdraw"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1],
...           deps=["nsubj", "ROOT", "mark", "nsubj", "ccomp"], pos=["PROPN", "VERB", "SCONJ", "PROPN", "VERB"],
...           tags=["NNP", "VBD", "IN", "NNP", "VB"])
>>> [t.text for t in complement_subject(doc[1])]
['Peru']
>>> [[t.text for t in heads] for heads in path_heads(doc[1], "calls_for")]  # (no "for ... to" clause)
[['Peru'], []]
"""

from __future__ import annotations

from functools import lru_cache

from kgraph.config import data_path
from kgraph.nlp.syntax import prep_objects
from kgraph.nlp.wordlists import ordered, words

__all__ = ["complement_subject", "control_object", "for_subject", "helped_subject", "clause_target", "object_target",
           "PATH_KINDS", "condition_subject", "condition_clauses", "condition_marks", "mandative_clauses",
           "reported_speaker", "paths_for", "path_heads", "target_prepositions"]

CLAUSE_VERB_POS = ("VERB", "AUX")


def target_prepositions() -> tuple[str, ...]:
    """Prepositions that introduce a targeted party (``data/words/target_prepositions.txt``)."""
    return ordered("target_prepositions")


MANDATIVE_AUXILIARIES = ordered("mandative_auxiliaries")
MANDATING_WORDS = words("mandating_verbs") | words("demand_nouns")


def _mandative(verb) -> bool:
    """A clause that says what should be done, not what is: a bare verb ("that Hamas renounce") or one
    under "must", "should" or "shall" ("that Sudan must return")."""
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"]
    # (a verb after "would" or "will" is bare in form but tells what is to come: "warned that Chile would attack")
    bare = verb.tag_ == "VB" and not any(c.tag_ in ("TO", "MD") and c.lower_ not in MANDATIVE_AUXILIARIES
                                         for c in auxiliaries)
    # the tagger often reads the bare verb as a present one: "demanded that Spain refuse" (VBP), which after a
    # verb or noun of demanding is the same mood ("Spain refuses" would be a fact)
    present_bare = verb.tag_ == "VBP" and verb.lower_ == verb.lemma_.lower() and not auxiliaries \
        and verb.head.lemma_.lower() in MANDATING_WORDS
    return bare or present_bare or any(c.lower_ in MANDATIVE_AUXILIARIES for c in auxiliaries)


def mandative_clauses(trigger) -> list:
    """The that-clauses under the trigger that say what should be done ("demanded that Hamas renounce")."""
    holders = [trigger] + ([trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else [])
    return [c for h in holders for c in h.children if c.dep_ in ("ccomp", "acl") and c.pos_ in CLAUSE_VERB_POS
            and _mandative(c)]  # (or hung on the verb of a demand: "reiterated its demand today that Israel ease")


def complement_subject(trigger) -> list:
    """The subject of a that-clause under the trigger that says what should be done: "demanded that Hamas
    renounce", "its demand that Israel ease", "insisted Moscow must withdraw" (not "insisted that the two
    sides have agreed": that tells what is)."""
    return [s for c in mandative_clauses(trigger) for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def for_subject(trigger) -> list:
    """The subject of a "for ... to" clause under the trigger, the party asked to do its deed: "called for Togo
    to reopen the crossing", "pressed for both sides to return to talks"."""
    return [s for c in trigger.children if c.dep_ in ("advcl", "ccomp", "xcomp", "acl") and c.pos_ in CLAUSE_VERB_POS
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


def helped_subject(trigger) -> list:
    """The party helped to do something, which the parser makes the subject of a bare clause: "is helping
    Mozambique build a port", "helped Peru rebuild" (not a that-clause: "said that Peru will build")."""
    return [s for c in trigger.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
            and not any(m.dep_ in ("mark", "aux") for m in c.children)
            for s in c.children if s.dep_ == "nsubj"]


def control_object(trigger) -> list:
    """The object asked to do the deed of the trigger's "to" clause: "asked Kenya to lead", "called on Iran
    to return" (the object of "on"), "urged both sides to talk"."""
    if not any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in CLAUSE_VERB_POS for c in trigger.children):
        return []
    return [c for c in trigger.children if c.dep_ == "dobj"] or prep_objects(trigger, "on", "upon")


def _clause_verbs(trigger) -> list:
    clauses = [c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ in CLAUSE_VERB_POS]
    return [v for c in clauses for v in (c, *(d for d in c.children if d.dep_ == "conj" and d.pos_ == "VERB"))]


def clause_target(trigger) -> list:
    """A party inside the trigger's "to" clause: "threatened to cut ties with Russia", "vowed to deliver
    blows to the United States", "threatened to expel Dutch diplomats" (the object of that clause)."""
    preps = target_prepositions()
    out = []
    for verb in _clause_verbs(trigger):
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        out += prep_objects(verb, *preps) + objects + [p for o in objects for p in prep_objects(o, *preps)]
    return out


def object_target(trigger) -> list:
    """A party hung on the trigger's direct object: "threatened further action against Russia", "announced
    new measures on Iran"."""
    return [p for d in trigger.children if d.dep_ == "dobj" for p in prep_objects(d, *target_prepositions())]


def condition_marks() -> frozenset[str]:
    """Subordinators of a condition clause (``data/words/condition_marks.txt``)."""
    return words("condition_marks")


def condition_clauses(verb, reach: int = 2) -> list:
    """The "if"/"unless" clauses that hang on ``verb``, on its "to" clauses or on up to ``reach`` verbs above
    it: "would withdraw unless Chad agrees", "threatened to leave the talks if Peru refused"."""
    marks = condition_marks()
    holders = [verb, *_clause_verbs(verb)]
    above = verb
    for _ in range(reach):
        if above.head.i == above.i or above.dep_ not in ("xcomp", "ccomp", "conj", "advcl"):
            break
        above = above.head
        holders.append(above)
    return [c for h in holders for c in h.children if c.dep_ == "advcl" and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]


def condition_subject(trigger) -> list:
    """The party whose deed a threat hangs on: the subject of its condition clause ("threatened to walk out
    unless Peru withdrew", "would cut aid if the junta stays")."""
    return [s for c in condition_clauses(trigger)[:1] for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]


SPEAKER_PRONOUNS = words("speaker_pronouns")
REPORTING_VERBS = words("reporting_lemmas")


def reported_speaker(pronoun):
    """The subject of the verb of saying whose clause a pronoun opens, or None: in "Chile said it would
    leave", "it" is Chile (so a speaker named only by description, "the rebel group said they ...", is the
    pronoun's antecedent too).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Chile", "said", "it", "would", "leave"],
    ...           heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "nsubj", "aux", "ccomp"],
    ...           pos=["PROPN", "VERB", "PRON", "AUX", "VERB"], lemmas=["Chile", "say", "it", "would", "leave"])
    >>> reported_speaker(doc[2]).text
    'Chile'
    """
    if pronoun.lower_ not in SPEAKER_PRONOUNS or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj" and c.i < pronoun.i and c.pos_ != "PRON"]
    return speakers[0] if speakers else None


PATH_KINDS = {kind.__name__: kind for kind in (complement_subject, control_object, clause_target, object_target,
                                               condition_subject, for_subject, helped_subject)}


@lru_cache(maxsize=1)
def _paths_table() -> dict[str, tuple[str, ...]]:
    table = {}
    for line in data_path("argument_paths.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            relation, kinds = (line.split("\t") + [""])[:2]
            unknown = [k for k in kinds.split(";") if k and k not in PATH_KINDS]
            if unknown:
                raise ValueError(f"argument_paths.tsv: unknown path kind {unknown[0]!r} for {relation}")
            table[relation] = tuple(k for k in kinds.split(";") if k)
    return table


def paths_for(relation: str) -> tuple[str, ...]:
    """The path kinds ``relation`` tries for its target, in order (none for most consultation relations)."""
    return _paths_table().get(relation, ())


def path_heads(trigger, relation: str) -> list[list]:
    """Candidate head tokens of each path kind of ``relation``, one list per kind, in the kinds' order."""
    return [PATH_KINDS[kind](trigger) for kind in paths_for(relation)]
