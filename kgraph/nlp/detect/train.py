"""Train the event detector from the project's own sentences with spaCy's training loop.

``train_detector()`` turns the corpus into ``.spacy`` files (the held-out split apart), runs
``spacy.training.loop.train`` on ``config.cfg`` with a fixed seed, scores the result on the held-out
split and, with ``install=True``, writes the component's weights into the package together with a
``meta.json`` that records the SHA-256 of the corpus it learnt from.

>>> from kgraph.nlp.detect.corpus import Mention, Sentence
>>> import spacy
>>> s = Sentence("Chile hosted Peru.", (Mention("hosts", (6, 12), (0, 5), (13, 17), "asserted"),), "body", "", "x", 1)
>>> doc = sentence_doc(spacy.blank("en"), s)
>>> [(span.text, span.label_) for span in doc.spans["events"]]
[('hosted', 'hosts')]
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from kgraph.config import MODEL_NAME
from kgraph.io.atomic import atomic_write_text
from kgraph.nlp.detect import component
from kgraph.nlp.detect.component import DETECTOR_NAME, SPANS_KEY
from kgraph.nlp.detect.corpus import EVENT_RELATIONS, Sentence, corpus_hash, load_corpus, split_of

__all__ = ["TrainReport", "train_detector", "sentence_doc", "evaluate_detector", "format_report"]


@spacy.registry.callbacks("kgraph.copy_model_lookups.v1")
def copy_model_lookups():
    """Give a fresh pipeline the English model's word-norm table, as the sourced ``tok2vec`` expects."""

    def before_init(nlp: Language) -> Language:
        from kgraph.nlp.pipeline import load_pipeline

        model, _ = load_pipeline(detector=False)  # loaded once, and already by the training run
        for name in model.vocab.lookups.tables:
            if not nlp.vocab.lookups.has_table(name):
                nlp.vocab.lookups.set_table(name, model.vocab.lookups.get_table(name))
        return nlp

    return before_init


@dataclass
class TrainReport:
    """What a training run learnt: sizes, scores per relation on the held-out split, and where it went."""

    sentences: int
    train: int
    heldout: int
    steps: int
    seed: int
    corpus_sha256: str
    per_relation: dict[str, dict[str, float]] = field(default_factory=dict)
    sentence_level: dict[str, float] = field(default_factory=dict)
    span_level: dict[str, float] = field(default_factory=dict)
    installed_to: str | None = None


def sentence_doc(nlp: Language, sentence: Sentence) -> Doc:
    """A tokenised doc of one training sentence, its triggers as labelled spans in ``doc.spans["events"]``."""
    doc = nlp.make_doc(sentence.text)
    spans, seen = [], set()
    for mention in sentence.events:
        span = doc.char_span(*mention.trigger, label=mention.relation, alignment_mode="expand")
        if span is not None and (span.start, span.end, mention.relation) not in seen:
            seen.add((span.start, span.end, mention.relation))
            spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return doc


def _write_docbins(nlp: Language, sentences: list[Sentence], folder: Path) -> tuple[Path, Path, int, int]:
    train, heldout = DocBin(), DocBin()
    counts = Counter()
    for sentence in sentences:
        split = split_of(sentence.text)
        counts[split] += 1
        (heldout if split == "heldout" else train).add(sentence_doc(nlp, sentence))
    train_path, heldout_path = folder / "train.spacy", folder / "heldout.spacy"
    train.to_disk(train_path)
    heldout.to_disk(heldout_path)
    return train_path, heldout_path, counts["train"], counts["heldout"]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "support": tp + fn}


def evaluate_detector(nlp: Language, sentences: list[Sentence]) -> tuple[dict, dict, dict]:
    """Per-relation and overall P/R/F1 of ``nlp``'s detector on ``sentences``.

    Returns (per relation, sentence level, span level). Per relation counts a sentence as telling a
    relation when any trigger carries it (what extraction needs); span level needs the same words.
    """
    tp, fp, fn = Counter(), Counter(), Counter()
    span_tp = span_fp = span_fn = 0
    texts = [s.text for s in sentences]
    for sentence, doc in zip(sentences, nlp.pipe(texts)):
        gold_doc = sentence_doc(nlp, sentence)
        gold = {(s.start, s.end, s.label_) for s in gold_doc.spans[SPANS_KEY]}
        found = {(s.start, s.end, s.label_) for s in doc.spans.get(SPANS_KEY, [])}
        span_tp += len(gold & found)
        span_fp += len(found - gold)
        span_fn += len(gold - found)
        gold_rel, found_rel = {g[2] for g in gold}, {f[2] for f in found}
        for relation in EVENT_RELATIONS:
            tp[relation] += relation in gold_rel and relation in found_rel
            fp[relation] += relation in found_rel and relation not in gold_rel
            fn[relation] += relation in gold_rel and relation not in found_rel
    per_relation = {r: _prf(tp[r], fp[r], fn[r]) for r in EVENT_RELATIONS}
    overall = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return per_relation, overall, _prf(span_tp, span_fp, span_fn)


def train_detector(*, output: Path | None = None, corpus_dir: Path | None = None, max_steps: int | None = None,
                   limit: int | None = None, seed: int = 0, install: bool = False,
                   log=print) -> TrainReport:
    """Train the detector on the corpus with spaCy's loop and score it on the held-out split.

    ``limit`` keeps only the first sentences (a quick check that the loop runs); ``install`` copies the
    weights into the package (``kgraph/nlp/detect/weights``) with the corpus hash in ``meta.json``.
    """
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop

    from kgraph.nlp.pipeline import load_pipeline

    sentences = load_corpus(corpus_dir)
    if limit:
        sentences = sentences[:limit]
    parser_nlp, _ = load_pipeline(detector=False)  # the shipped weights need not fit the config being trained
    work = Path(tempfile.mkdtemp(prefix="kgraph-train-"))
    try:
        train_path, heldout_path, n_train, n_heldout = _write_docbins(parser_nlp, sentences, work)
        overrides = {"paths.train": str(train_path), "paths.dev": str(heldout_path), "system.seed": seed}
        if max_steps is not None:
            overrides["training.max_steps"] = max_steps
            overrides["training.eval_frequency"] = max(1, min(200, max_steps))
        config = spacy.util.load_config(component.config_path(), overrides=overrides, interpolate=False)
        config["initialize"]["before_init"] = {"@callbacks": "kgraph.copy_model_lookups.v1"}
        log(f"training on {n_train} sentences, {n_heldout} held out (seed {seed})")
        nlp = init_nlp(config)
        out = Path(output) if output else work / "model"
        out.mkdir(parents=True, exist_ok=True)
        train_loop(nlp, out, stdout=_LogStream(log), stderr=_LogStream(log))
        best = spacy.load(out / "model-best") if (out / "model-best").exists() else nlp
        trained = _pipeline_with(parser_nlp, best)
        heldout = [s for s in sentences if split_of(s.text) == "heldout"]
        per_relation, sentence_level, span_level = evaluate_detector(trained, heldout)
        report = TrainReport(len(sentences), n_train, n_heldout, int(config["training"]["max_steps"]), seed,
                             corpus_hash(corpus_dir), per_relation, sentence_level, span_level)
        if install:
            report.installed_to = str(_install(best.get_pipe(DETECTOR_NAME), report))
        return report
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _pipeline_with(parser_nlp: Language, trained: Language) -> Language:
    """A copy of the run-time English pipeline with the freshly trained detector at its end."""
    import importlib

    nlp = importlib.import_module(MODEL_NAME).load(exclude=["parser", "ner", "lemmatizer", "attribute_ruler",
                                                            "tagger"])
    nlp.tokenizer = parser_nlp.tokenizer
    nlp.add_pipe(DETECTOR_NAME, source=trained)
    return nlp


def _install(detector, report: TrainReport) -> Path:
    """Write the weights and ``meta.json`` into the package folder, replacing what was there whole."""
    target = component.weights_path()
    staging = target.with_name(target.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    detector.to_disk(staging, exclude=("vocab",))
    meta = {"corpus_sha256": report.corpus_sha256,
            "spacy_version": spacy.about.__version__, "model": MODEL_NAME, "seed": report.seed,
            "steps": report.steps, "sentences": report.sentences, "train": report.train,
            "heldout": report.heldout, "labels": list(detector.labels),
            "heldout_scores": {"sentence_level": report.sentence_level, "span_level": report.span_level,
                               "per_relation": report.per_relation}}
    atomic_write_text(staging / "meta.json", json.dumps(meta, indent=1, sort_keys=True) + "\n")
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return target


def format_report(report: TrainReport) -> str:
    """The per-relation P/R/F1 table of a training run, as ``kgraph train`` prints it."""
    lines = [f"{report.sentences} sentences: {report.train} trained on, {report.heldout} held out; "
             f"seed {report.seed}, at most {report.steps} steps",
             f"{'relation':22} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}"]
    for relation, s in report.per_relation.items():
        lines.append(f"{relation:22} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f} {s['support']:5d}")
    for name, s in (("sentence level", report.sentence_level), ("trigger spans", report.span_level)):
        lines.append(f"{name:22} {s['p']:6.3f} {s['r']:6.3f} {s['f']:6.3f} {s['support']:5d}")
    if report.installed_to:
        lines.append(f"weights written to {report.installed_to}")
    return "\n".join(lines)


class _LogStream:
    """A file-like object that hands spaCy's training log lines to ``log``."""

    def __init__(self, log) -> None:
        self.log = log

    def write(self, text: str) -> int:
        for line in text.rstrip("\n").splitlines():
            if line.strip():
                self.log(line)
        return len(text)

    def flush(self) -> None:
        pass
