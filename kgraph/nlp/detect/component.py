"""The trained event detector: a span categorizer that marks trigger words with the relation they tell.

It is spaCy's own ``SpanCategorizer`` (multi-label, so that "received" can tell both ``hosts`` and
``meets_with``), registered as ``kgraph_event_detector``. Its token features join two sources:

- the English model's own context vectors (``doc.tensor``, set by its ``tok2vec``), read but never
  updated, so the detector adds no second pass of context encoding at run time;
- a small embedding of its own (word shape, prefix, suffix, norm) trained on the project's sentences.

Predicted triggers land in ``doc.spans["events"]`` with their scores in ``.attrs["scores"]``.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> detector = nlp.add_pipe("kgraph_event_detector")
>>> detector.key
'events'
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from spacy.language import Language
from spacy.pipeline.spancat import SpanCategorizer, spancat_score
from spacy.tokens import Doc
from spacy.util import load_config, registry
from thinc.api import Model, concatenate
from thinc.types import Floats2d

__all__ = ["SPANS_KEY", "DETECTOR_NAME", "config_path", "weights_path", "add_detector", "doc_tensor"]

SPANS_KEY = "events"
DETECTOR_NAME = "kgraph_event_detector"
HERE = Path(__file__).resolve().parent


def config_path() -> Path:
    """The training config (``config.cfg``) kept beside this module."""
    return HERE / "config.cfg"


def weights_path() -> Path:
    """Folder of the shipped weights: the component's ``cfg`` and ``model``, and ``meta.json``."""
    return HERE / "weights"


@registry.layers("kgraph.DocTensor.v1")
def doc_tensor(width: int) -> Model[list[Doc], list[Floats2d]]:
    """The context vectors an upstream ``tok2vec`` left on each doc (zeros where there are none).

    Read-only: no gradient flows back, so the English model stays as it is.
    """

    def forward(model: Model, docs: list[Doc], is_train: bool):
        arrays = []
        for doc in docs:
            tensor = doc.tensor
            if tensor is None or getattr(tensor, "size", 0) == 0 or tensor.shape[-1] != width:
                tensor = model.ops.alloc2f(len(doc), width)
            arrays.append(model.ops.asarray2f(tensor))
        return arrays, lambda d_arrays: []

    return Model("doc_tensor", forward, dims={"nO": width})


@registry.architectures("kgraph.TensorAndOwnEmbedding.v1")
def tensor_and_own_embedding(tensor_width: int, own: Model) -> Model[list[Doc], list[Floats2d]]:
    """Per-token features: the upstream context vectors beside a trainable embedding of the words."""
    model = concatenate(doc_tensor(tensor_width), own)
    model.set_dim("nO", tensor_width + own.get_dim("nO"))
    return model


def _configured() -> dict:
    """The component's settings in ``config.cfg`` (model, suggester, threshold ...): one source for training
    and for the run-time defaults."""
    section = load_config(config_path(), interpolate=False)["components"][DETECTOR_NAME]
    return {key: value for key, value in section.items() if key != "factory"}


@Language.factory(
    DETECTOR_NAME,
    default_config={**_configured(), "scorer": {"@scorers": "spacy.spancat_scorer.v1"}},
    default_score_weights={f"spans_{SPANS_KEY}_f": 1.0, f"spans_{SPANS_KEY}_p": 0.0,
                           f"spans_{SPANS_KEY}_r": 0.0},
)
def make_event_detector(nlp: Language, name: str, model: Model, suggester: Callable, spans_key: str,
                        threshold: float, max_positive: int, positive_weight: float,
                        scorer: Callable | None) -> "EventDetector":
    """A multi-label span categorizer over short spans (the suggester's n-grams), labelled with relations."""
    return EventDetector(nlp.vocab, model, suggester, name=name, spans_key=spans_key,
                         threshold=threshold, max_positive=max_positive, scorer=scorer or spancat_score,
                         add_negative_label=False, allow_overlap=True, negative_weight=None,
                         positive_weight=positive_weight)


class EventDetector(SpanCategorizer):
    """spaCy's span categorizer with the gradient of true labels weighted up.

    A sentence offers some seventy candidate spans and tells one or two events: with the plain loss the
    many negatives drown a relation's few positives early in training, and some relations never recover
    (their scores stay at zero). ``positive_weight`` scales the gradient where the target is 1.
    """

    def __init__(self, *args, positive_weight: float = 1.0, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.cfg["positive_weight"] = positive_weight

    def get_loss(self, examples, spans_scores):
        loss, d_scores = super().get_loss(examples, spans_scores)
        weight = float(self.cfg.get("positive_weight", 1.0))
        if weight != 1.0:
            _, scores = spans_scores
            positive = (scores - d_scores) > 0.5  # where the target is 1
            d_scores = self.model.ops.xp.where(positive, d_scores * weight, d_scores)
            loss = float((d_scores ** 2).sum())
        return loss, d_scores


def add_detector(nlp: Language, weights: Path | None = None) -> SpanCategorizer:
    """Add the detector at the end of ``nlp`` and load its shipped weights.

    The English model's ``tok2vec`` must run before it (it does in the pipeline kgraph loads), so that
    ``doc.tensor`` holds the context vectors the detector was trained on.
    """
    weights = Path(weights) if weights else weights_path()
    detector = nlp.add_pipe(DETECTOR_NAME, last=True)
    detector.from_disk(weights, exclude=("vocab",))
    return detector
