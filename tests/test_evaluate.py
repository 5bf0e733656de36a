"""`kgraph eval` scores as the project's gold scorer does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph.evaluate import read_gold, score

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "gold"


@pytest.fixture(scope="module")
def gold_files():
    if not (GOLD / "score.py").exists():
        pytest.skip(f"gold set not found at {GOLD}; it lives beside the checkout in ../shared/gold")
    return GOLD / "gold.jsonl", GOLD / "articles.jsonl"


def reference(gold: Path, pred: Path, docs: str) -> dict:
    out = subprocess.run([sys.executable, GOLD / "score.py", gold, pred, "--json", "--docs", docs],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def test_gold_against_itself_is_perfect_in_both(gold_files, tmp_path):
    gold, _ = gold_files
    ours = score(read_gold(gold), read_gold(gold))
    theirs = reference(gold, gold, ",".join(f"d{i:02d}" for i in range(1, 23)))
    assert ours["strict_f1"] == theirs["strict_f1"] == 1.0 and ours["date_acc"] == theirs["date_acc"] == 1.0


def test_scores_agree_on_a_sample_of_predictions(gold_files, tmp_path):
    import kgraph

    gold, articles = gold_files
    docs = "d01,d02,d03,d05,d06,d08,d11,d13,d16,d20"
    sample = tmp_path / "sample.jsonl"
    sample.write_text("".join(line + "\n" for line in articles.read_text(encoding="utf-8").splitlines()
                              if json.loads(line)["id"] in docs.split(",")), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(kgraph.api.events_to_jsonl(kgraph.extract(sample)), encoding="utf-8")
    ours = score(read_gold(gold), read_gold(pred), docs.split(","))
    theirs = reference(gold, pred, docs)
    assert ours["counts"]["gold"] == theirs["counts"]["gold"] and ours["counts"]["pred"] == theirs["counts"]["pred"]
    for key in ("strict", "lenient", "dated", "date_ok"):
        assert ours["counts"].get(key, 0) == theirs["counts"].get(key, 0), key
    for key in ("strict_f1", "lenient_f1", "date_acc"):
        assert ours[key] == theirs[key], key


@pytest.mark.parametrize("predicted, annotated", [
    ("European Union", "EU representatives"),       # a short form inside a topic
    ("NATO", "NATO membership"),
    ("Ukraine", "Ukraine's EU accession"),           # a country keyed by its capital in the reference
    ("Washington", "the United States"),
    ("Lithuania", "Lithuanian drones"),
    ("Gambia", "government and people of Gambia"),   # a country with a capital the reference knows
    ("Banjul", "Gambia"),
])
def test_an_actor_inside_a_topic_matches_as_in_the_reference(gold_files, tmp_path, predicted, annotated):
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"doc": "x", "actor": "Lithuania", "relation": "supports", "object": annotated}) + "\n")
    pred.write_text(json.dumps({"doc": "x", "actor": "Lithuania", "relation": "supports", "object": predicted}) + "\n")
    ours = score(read_gold(gold), read_gold(pred))
    assert ours["strict_f1"] == reference(gold, pred, "x")["strict_f1"]
