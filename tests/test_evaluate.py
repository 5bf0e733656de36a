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


# ---- the gold set that ships with kgraph: always there, so these always run ------------------------------

@pytest.fixture(scope="module")
def builtin_result():
    from kgraph.evaluate import evaluate

    return evaluate()


def test_builtin_gold_set_is_scored_and_the_scores_printed(builtin_result, capsys):
    from kgraph.evaluate import builtin_gold

    gold, _ = builtin_gold()
    scores = builtin_result.scores
    with capsys.disabled():
        print(f"\n[builtin gold, 16 stories] strict P {scores['strict_p']} R {scores['strict_r']} "
              f"F1 {scores['strict_f1']}, lenient F1 {scores['lenient_f1']}, date accuracy {scores['date_acc']} "
              f"({scores['counts']})")
    assert scores["docs"] == 16 and scores["counts"]["gold"] == len(read_gold(gold)) == 363
    assert {p["doc"] for p in builtin_result.predictions} <= {f"s{i:02d}" for i in range(1, 17)}
    assert len({p["doc"] for p in builtin_result.predictions}) >= 15
    assert scores["strict_f1"] >= 0.35 and scores["date_acc"] >= 0.3  # floors against regressions, not targets


def test_kgraph_eval_without_arguments_scores_the_builtin_set(builtin_result, tmp_path):
    saved = tmp_path / "pred.jsonl"
    result = run_eval("--save", saved)
    assert result.returncode == 0, result.stderr
    assert "built-in gold set" in result.stderr
    printed = dict(line.split(None, 1) for line in result.stdout.splitlines())
    assert printed["docs"] == "16"
    assert float(printed["strict_f1"]) == builtin_result.scores["strict_f1"]
    assert len(saved.read_text(encoding="utf-8").splitlines()) == len(builtin_result.predictions)


def test_builtin_files_score_the_same_when_named(builtin_result):
    from kgraph.evaluate import builtin_gold, evaluate

    gold, articles = builtin_gold()
    named = evaluate(gold, [articles], docs=["s01", "s16"])
    assert named.scores["docs"] == 2
    assert named.scores["counts"]["gold"] == sum(1 for g in read_gold(gold) if g["doc"] in ("s01", "s16"))
    assert named.predictions == builtin_result.predictions


def run_eval(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgraph", "eval", *map(str, args)], capture_output=True,
                          text=True, timeout=300)


def test_eval_with_gold_but_no_articles_is_a_one_line_error():
    from kgraph.evaluate import builtin_gold

    result = run_eval(builtin_gold()[0])
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no articles to extract from" in result.stderr, result.stderr


def test_eval_reports_a_missing_article_file_and_fails_when_nothing_is_left(tmp_path):
    from kgraph.evaluate import builtin_gold

    gold, articles = builtin_gold()
    missing = tmp_path / "missing.jsonl"
    alone = run_eval(gold, missing)
    assert alone.returncode == 2 and alone.stdout == "" and "Traceback" not in alone.stderr
    assert "no such file" in alone.stderr and "no usable article" in alone.stderr
    beside = run_eval(gold, articles, missing, "--docs", "s16")
    assert beside.returncode == 1 and beside.stdout.startswith("docs        1\n"), beside.stderr
    assert beside.stderr.splitlines()[-1] == "kgraph: 16 articles read, 1 input skipped: 1 missing file."


def test_evaluate_with_articles_but_no_gold_names_what_is_missing():
    from kgraph.errors import InputError
    from kgraph.evaluate import builtin_gold, evaluate

    with pytest.raises(InputError, match="no gold events to score against"):
        evaluate(None, [builtin_gold()[1]])
