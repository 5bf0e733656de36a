"""The probe items (``tests/data/probes``): forty short wire items of our own, written by someone who had not
seen the extractor, scored in two halves. The even items have been read for error analysis; the odd ones are
kept unread and judge changes. Figures are printed and held to floors a little under the latest figures (even
half strict F1 0.78, odd half 0.47; 0.70 and 0.43 the day the set was added) so that a change that loses ground on
unseen text fails here."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from kgraph.evaluate import read_gold, score

PROBES = Path(__file__).resolve().parents[1] / "data" / "probes"


@pytest.mark.parametrize("half, floor", [("even", 0.76), ("odd", 0.46)])
def test_probe_items_score_above_their_floor(half, floor, capsys):
    import kgraph

    wanted = {f"p{i:02d}" for i in range(1, 41) if (i % 2 == 0) == (half == "even")}
    gold = [g for g in read_gold(PROBES / "gold.jsonl") if g["doc"] in wanted]
    events = [e.as_dict() for e in kgraph.extract(PROBES / "articles.jsonl") if e.doc in wanted]
    result = score(gold, events)
    with capsys.disabled():
        print(f"\n[probes, {half} half] strict F1 {result['strict_f1']} date accuracy {result['date_acc']} "
              f"({result['counts']})")
    assert result["strict_f1"] >= floor


HELD_OUT = Path(__file__).resolve().parents[1] / "data" / "heldout_sentences"


def test_held_out_sentences_score_above_their_floor(capsys):
    """The held-out sentences (``tests/data/heldout_sentences``), a judge read only by its score: strict F1 0.696
    at the latest run, 0.659 the day the set was added."""
    import kgraph

    events = [e.as_dict() for e in kgraph.extract(HELD_OUT / "articles.jsonl")]
    result = score(read_gold(HELD_OUT / "gold.jsonl"), events)
    with capsys.disabled():
        print(f"\n[held-out sentences] strict F1 {result['strict_f1']} date accuracy {result['date_acc']} "
              f"({result['counts']})")
    assert result["strict_f1"] >= 0.68


BLIND = Path(__file__).resolve().parents[1] / "data" / "blind_probes"


@pytest.mark.parametrize("half, floor", [("even", 0.65), ("odd", 0.58)])
def test_blind_probe_items_score_above_their_floor(half, floor, capsys):
    """The blind probe items (``tests/data/blind_probes``, four writers' q, r, u and v items), in two halves by the
    number of the id as the probe items: even items read, odd items kept unread (strict F1 0.674 and 0.602 at the
    latest run; 0.615 and 0.577 the day the u and v items were added)."""
    import kgraph

    def wanted(doc: str) -> bool:
        return (int(doc[1:]) % 2 == 0) == (half == "even")

    gold = [g for g in read_gold(BLIND / "gold.jsonl") if wanted(g["doc"])]
    events = [e.as_dict() for e in kgraph.extract(BLIND / "articles.jsonl") if wanted(e.doc)]
    result = score(gold, events)
    with capsys.disabled():
        print(f"\n[blind probes, {half} half] strict F1 {result['strict_f1']} date accuracy {result['date_acc']} "
              f"({result['counts']})")
    assert result["strict_f1"] >= floor


@lru_cache(maxsize=None)
def _events_of(folder: Path) -> tuple[dict, ...]:
    """The events extracted from a judge set's articles, once per test session."""
    import kgraph

    return tuple(e.as_dict() for e in kgraph.extract(folder / "articles.jsonl"))


DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize("folder, half, floor", [
    ("blind_stories", "even", 0.44), ("blind_stories", "odd", 0.52),
    ("blind_constructions", "even", 0.45), ("blind_constructions", "odd", 0.48),
])
def test_fresh_blind_sets_score_above_their_floor(folder, half, floor, capsys):
    """Two more blind sets by two more writers who never saw the extractor: sixty four-sentence stories whose events
    are told across sentences (``blind_stories``, w01–w60) and eighty items of one or two sentences in many
    constructions, eight of them with no diplomatic event (``blind_constructions``, x01–x80). Even items read,
    odd items unread. The day they were added: stories even 0.449 / odd 0.517 on the tree before that day's
    changes, 0.455 / 0.534 after; constructions 0.433 / 0.482 before, 0.453 / 0.485 after; at the latest run
    stories 0.463 / 0.541, constructions 0.479 / 0.502. Every item counts, those with no gold line too (their
    events are all wrong)."""
    articles = [json.loads(line)["id"] for line in (DATA / folder / "articles.jsonl").read_text().splitlines()]
    wanted = {doc for doc in articles if (int(doc[1:]) % 2 == 0) == (half == "even")}
    gold = [g for g in read_gold(DATA / folder / "gold.jsonl") if g["doc"] in wanted]
    events = [e for e in _events_of(DATA / folder) if e["doc"] in wanted]
    result = score(gold, events, docs=sorted(wanted))
    with capsys.disabled():
        print(f"\n[{folder}, {half} half] strict F1 {result['strict_f1']} date accuracy {result['date_acc']} "
              f"({result['counts']})")
    assert result["strict_f1"] >= floor
