"""The spaCy pipeline: the English model plus a gazetteer entity ruler placed before ``ner``."""

from __future__ import annotations

from functools import lru_cache

import os

from kgraph.config import MODEL_NAME, NO_DETECTOR_ENV
from kgraph.nlp.actors.gazetteer import Gazetteer, load_gazetteer
from kgraph.nlp.actors.names import NAME_REPAIR_FACTORY  # (importing it registers the factory)
from kgraph.nlp.actors.titles import HONORIFICS, TITLE_PREFIXES
from kgraph.nlp.detect.component import add_detector
from kgraph.nlp.wordlists import pairs

__all__ = ["load_pipeline", "add_gazetteer_ruler", "add_lemma_repairs", "MODEL_NAME"]


def add_gazetteer_ruler(nlp, gazetteer: Gazetteer):
    """Add an ``entity_ruler`` (before ``ner`` when present) that tags every known surface form.

    Each match carries the actor id as ``ent_id_`` (``country:LTU``, ``capital:country:UKR``).

    >>> import spacy
    >>> nlp = add_gazetteer_ruler(spacy.blank("en"), load_gazetteer())
    >>> [(e.text, e.label_, e.ent_id_) for e in nlp("Vilnius and the EU").ents]
    [('Vilnius', 'GPE', 'capital:country:LTU'), ('EU', 'ORG', 'org:EU')]
    """
    options = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="kgraph_gazetteer", config={"phrase_matcher_attr": "ORTH"}, **options)
    patterns = []
    for surface, (label, actor_id) in gazetteer.surface_forms().items():
        patterns.append({"label": label, "pattern": surface, "id": actor_id})
        if "'" in surface:  # "People’s Republic of China" as typeset
            patterns.append({"label": label, "pattern": surface.replace("'", "’"), "id": actor_id})
        if surface.startswith("the "):  # "the Council" opening a sentence
            patterns.append({"label": label, "pattern": "The" + surface[3:], "id": actor_id})
        if surface.upper() != surface and surface[:1].islower() is False and " " in surface:
            patterns.append({"label": label, "pattern": surface.upper(), "id": actor_id})
    for word in pairs("relative_days"):  # "Today President Obama talked ...": the model misses a day opening a sentence
        if " " not in word:
            patterns += [{"label": "DATE", "pattern": word}, {"label": "DATE", "pattern": word.capitalize()}]
    for region in gazetteer.regions:  # "South American" is a region, not "South" + the United States
        if " " in region:
            patterns.append({"label": "NORP", "pattern": region.title()})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)
    return nlp


def _split_dashes(nlp) -> None:
    """Split "--" and a closing bracket glued to a word, as in datelines: "(Jiji Press)--Japanese"."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes) + [r"--", r"(?<=[\)\]])(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def add_lemma_repairs(nlp) -> None:
    """Set the lemma of the verb forms ``data/words/lemma_repairs.tsv`` lists, after the model's lemmatizer.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> add_lemma_repairs(nlp)
    >>> [t.lemma_ for t in nlp("They staged drills")]
    ['', 'stage', '']
    """
    options = {"after": "lemmatizer"} if "lemmatizer" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("attribute_ruler", name="kgraph_lemma_repairs", **options)
    for form, lemma in pairs("lemma_repairs").items():
        ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})


@lru_cache(maxsize=4)
def load_pipeline(actor_files: tuple[str, ...] = (), detector: bool = True):
    """Load the English model once per set of user actor files, with the gazetteer ruler added, and the
    trained event detector unless ``detector`` is false (training builds its own) or the environment
    says ``KGRAPH_NO_DETECTOR=1``."""
    import importlib

    model = importlib.import_module(MODEL_NAME)
    nlp = model.load()
    _split_dashes(nlp)
    gazetteer = load_gazetteer(actor_files)
    add_gazetteer_ruler(nlp, gazetteer)
    add_lemma_repairs(nlp)
    if "ner" in nlp.pipe_names:
        title_words = {w.rstrip(".") for title in gazetteer.roles for w in title.split()} | HONORIFICS | TITLE_PREFIXES
        nlp.add_pipe(NAME_REPAIR_FACTORY, after="ner", config={"title_words": sorted(title_words)})
    if detector and "tok2vec" in nlp.pipe_names and os.environ.get(NO_DETECTOR_ENV, "") not in ("1", "true", "yes"):
        add_detector(nlp)
    nlp.meta.setdefault("kgraph", {})
    return nlp, gazetteer
