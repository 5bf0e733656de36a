"""The trained event detector: its corpus, its weights, its training loop and what it finds.

Fast checks build docs by hand on a blank pipeline; the rest use the real English model and the
shipped weights. Every sentence here is written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, Span

from kgraph.errors import InputError
from kgraph.nlp.detect.component import SPANS_KEY, weights_path
from kgraph.nlp.detect.corpus import EVENT_RELATIONS, corpus_hash, load_corpus, parse_line, split_of
from kgraph.nlp.detect.triggers import detected_entry, detected_triggers

ROOT = Path(__file__).resolve().parents[2]


def _line(text, **event):
    return json.dumps({"text": text, "events": [event] if event else []})


# ---- the corpus ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, problem", [
    ('{"text": "Chad hosted Niger."', "malformed JSON"),
    (json.dumps({"events": []}), "non-empty 'text'"),
    (_line("Chad hosted Niger.", relation="welcomes", trigger="hosted"), "unknown relation 'welcomes'"),
    (_line("Chad hosted Niger.", relation="hosts", trigger="received"), "trigger 'received' is not in the text"),
    (_line("Chad hosted Niger.", relation="hosts", trigger="host"), "cuts a word in two"),
    (_line("Chad hosted Niger.", relation="hosts", trigger="hosted", actor="Chad#2"), "actor 'Chad#2' is not"),
    (_line("Chad hosted Niger.", relation="hosts", trigger="hosted", modality="maybe"), "unknown modality"),
    (json.dumps({"text": "Chad hosted Niger.", "events": {}}), "'events' must be a list"),
])
def test_a_bad_corpus_line_is_one_error_naming_file_and_line(raw, problem):
    with pytest.raises(InputError) as err:
        parse_line(raw, "train/x.jsonl", 7)
    assert str(err.value).startswith("E102 train/x.jsonl: line 7:") and problem in str(err.value)


def test_a_repeated_word_is_named_by_its_occurrence():
    sentence = parse_line(_line("Mali and Chad met; Chad later hosted Mali.", relation="hosts",
                                trigger="hosted", actor="Chad#2", object="Mali#2"), "x", 1)
    (event,) = sentence.events
    assert sentence.text[slice(*event.actor)] == "Chad" and event.actor[0] > 15
    assert sentence.text[slice(*event.object)] == "Mali" and event.object[0] > 30


def test_the_held_out_split_depends_on_the_sentence_alone():
    texts = [f"Sentence number {n} about a meeting in Accra." for n in range(400)]
    splits = Counter(split_of(t) for t in texts)
    assert 0.08 < splits["heldout"] / len(texts) < 0.22
    assert [split_of(t) for t in texts] == [split_of(t) for t in texts]


def test_the_shipped_corpus_covers_every_relation_and_sentences_with_no_event():
    sentences = load_corpus()
    assert len(sentences) >= 3000
    relations = Counter(m.relation for s in sentences for m in s.events)
    assert all(relations[r] >= 60 for r in EVENT_RELATIONS), relations
    assert sum(1 for s in sentences if not s.events) >= 300
    assert sum(1 for s in sentences if s.style == "headline") >= 300
    modalities = Counter(m.modality for s in sentences for m in s.events)
    assert all(modalities[m] >= 50 for m in ("planned", "negated", "hoped")), modalities


def test_the_shipped_weights_were_trained_on_the_shipped_corpus():
    meta = json.loads((weights_path() / "meta.json").read_text(encoding="utf-8"))
    assert meta["corpus_sha256"] == corpus_hash(), (
        "kgraph/nlp/data/train changed since the detector was trained: run 'kgraph train'")
    assert sorted(meta["labels"]) == sorted(EVENT_RELATIONS)


def test_the_corpus_hash_changes_with_any_edit(tmp_path):
    (tmp_path / "a.jsonl").write_text(_line("Chad hosted Niger.", relation="hosts", trigger="hosted") + "\n")
    before = corpus_hash(tmp_path)
    (tmp_path / "a.jsonl").write_text(_line("Chad hosted Mali.", relation="hosts", trigger="hosted") + "\n")
    assert corpus_hash(tmp_path) != before


# ---- reading the detector's spans --------------------------------------------------------------

def _doc_with_spans(words, spans, scores):
    doc = Doc(spacy.blank("en").vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    doc.spans[SPANS_KEY] = [Span(doc, start, end, label=label) for start, end, label in spans]
    doc.spans[SPANS_KEY].attrs["scores"] = scores
    return doc


def test_detected_triggers_keep_the_best_score_per_relation_on_the_span_head():
    doc = _doc_with_spans(["Peru", "condemned", "Chile", "and", "summoned", "envoys"],
                          [(1, 2, "criticizes"), (1, 2, "rejects"), (1, 3, "criticizes"), (4, 6, "criticizes")],
                          [0.9, 0.6, 0.7, 0.8])
    found = detected_triggers(doc[:])
    assert found[1] == [("criticizes", 0.9), ("rejects", 0.6)]
    assert found[4] == [("criticizes", 0.8)]  # a blank doc has no parse: each span's first word heads it


def test_a_detected_trigger_gets_the_slots_its_relation_lists():
    assert detected_entry("pummel", "VERB", "attacks", 0.8).slots == ("dobj", "on", "against", "at")
    assert detected_entry("pummel", "ADJ", "attacks", 0.8) is None


# ---- the training loop -------------------------------------------------------------------------

def test_the_training_loop_runs_on_a_slice_and_reports_every_relation(tmp_path):
    shipped = (weights_path() / "model").read_bytes()
    result = subprocess.run([sys.executable, "-m", "kgraph", "train", "--limit", "120", "--steps", "4",
                             "--no-install", "--quiet"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    table = result.stdout.splitlines()
    assert table[0].startswith("120 sentences:")
    rows = {line.split()[0] for line in table[2:]}
    assert set(EVENT_RELATIONS) <= rows
    assert (weights_path() / "model").read_bytes() == shipped  # --no-install leaves the weights alone


def test_a_bad_corpus_stops_training_with_one_line(tmp_path):
    (tmp_path / "bad.jsonl").write_text(_line("Chad hosted Niger.", relation="hosts", trigger="greeted") + "\n")
    result = subprocess.run([sys.executable, "-m", "kgraph", "train", "--corpus", str(tmp_path), "--no-install"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"kgraph: error: E102 {tmp_path / 'bad.jsonl'}: line 1: trigger 'greeted' is not in the text"]


# ---- end to end on the real model: words the lexicon does not list ----------------------------

@pytest.mark.parametrize("text, lemma, expected", [
    ("Ottawa lambasted Riyadh over the arrest of two activists.", "lambaste", ("Canada", "criticizes", "Saudi Arabia")),
    ("Kenya rebuffed an offer of mediation from Uganda on Friday.", "rebuff", ("Kenya", "rejects", None)),
])
def test_the_detector_finds_events_the_lexicon_does_not_list(text, lemma, expected):
    import kgraph
    from kgraph.model import Article
    from kgraph.nlp.events.lexicon import load_lexicon

    assert not any(key[0] == lemma for key in load_lexicon())
    events = [e for e in kgraph.extract([Article(id="t", text=text)]) if e.relation != "holds_role"]
    found = {(e.actor, e.relation, e.object if expected[2] else None) for e in events}
    assert expected in found, found


def test_training_needs_no_loadable_weights(tmp_path):
    # a config changed since the shipped weights were trained (or weights missing) must not stop 'kgraph train'
    script = ("from pathlib import Path\n"
              "import kgraph.nlp.detect.component as component\n"
              f"component.weights_path = lambda: Path({str(tmp_path / 'none')!r})\n"
              "from kgraph.nlp.detect.train import train_detector\n"
              "report = train_detector(limit=40, max_steps=2, log=lambda line: None)\n"
              "print(report.sentences)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "40"
