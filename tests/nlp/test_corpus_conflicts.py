"""The corpus consistency checker (``python -m kgraph.nlp.detect.corpus --conflicts``).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from kgraph.nlp.detect.corpus import find_conflicts, format_conflicts, load_corpus, parse_sentences

ROOT = Path(__file__).resolve().parents[2]


def _line(text, *events):
    return json.dumps({"text": text, "events": [
        {"relation": r, "trigger": t, "actor": a, "object": o} for r, t, a, o in events]})


LINES = [
    _line("Fiji and Tonga held naval drills near Suva.", ("cooperates_on", "drills", "Fiji", "naval drills")),
    _line("Samoa and Tonga staged drills off Apia.", ("threatens", "drills", "Samoa", "Tonga")),
    _line("Nauru praised Palau for its reforms.", ("supports", "praised", "Nauru", "Palau")),
    _line("Kiribati praised the new harbour in a speech."),
    _line("Tuvalu and Nauru signed a fisheries accord.", ("signs", "signed", "Tuvalu", "a fisheries accord"),
          ("signs", "signed", "Nauru", "a fisheries accord")),
    _line("The two clubs signed a sponsorship deal.", ("signs", "signed", "The two clubs", "a sponsorship deal")),
]


def _corpus(tmp_path):
    (tmp_path / "a.jsonl").write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return load_corpus(tmp_path)


def test_a_trigger_read_as_two_relations_and_a_bare_head_are_both_listed(tmp_path):
    sentences = _corpus(tmp_path)
    found = find_conflicts(sentences, parse_sentences(sentences))
    assert found.relabelled() == {"drill": {("cooperates_on",): ["a.jsonl:1"], ("threatens",): ["a.jsonl:2"]}}
    assert found.unlabelled["praise"] == {"supports": ["a.jsonl:4"]}
    # the same wording read the same way twice is no conflict, and a labelled head is never "bare"
    assert "sign" not in found.relabelled() and "sign" not in found.unlabelled


def test_the_report_counts_each_reading_with_its_lines(tmp_path):
    sentences = _corpus(tmp_path)
    report = format_conflicts(find_conflicts(sentences, parse_sentences(sentences)))
    assert "drill  2 (minority 1): cooperates_on 1 [a.jsonl:1] | threatens 1 [a.jsonl:2]" in report
    assert "praise  supports 1 [a.jsonl:4] (labelled 1)" in report


def test_the_module_option_prints_the_report(tmp_path):
    _corpus(tmp_path)
    run = subprocess.run([sys.executable, "-m", "kgraph.nlp.detect.corpus", "--conflicts", str(tmp_path)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    assert run.stdout.startswith("relabelled: 1 trigger lemma(s)") and "unlabelled:" in run.stdout
