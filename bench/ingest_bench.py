"""Ingest beside extraction alone: what writing to the store adds to reading the articles.

The same real articles (repeated with distinct ids) are extracted, then ingested into a fresh
embedded store (a first ingest: the bulk loader), then ingested again under other ids into that
store (one transaction per article). The model is loaded before anything is timed.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench.corpus import repeated_articles, write_jsonl


def run(count: int = int(os.environ.get("KGRAPH_BENCH_INGEST", 150))) -> dict:
    import kgraph
    from kgraph.model import Article

    articles = repeated_articles(count)
    list(kgraph.extract(articles[:4]))  # load the model
    t0 = time.perf_counter()
    events = sum(1 for _ in kgraph.extract(articles))
    extract_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        first = write_jsonl(articles, Path(tmp) / "first.jsonl")
        again = write_jsonl([Article(id=f"again-{a.id}", title=a.title, text=a.text, published=a.published)
                             for a in articles], Path(tmp) / "again.jsonl")
        store = Path(tmp) / "store"
        t0 = time.perf_counter()
        kgraph.ingest([first], store)
        first_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        summary = kgraph.ingest([again], store)
        later_s = time.perf_counter() - t0
    result = {"articles": count, "events": events, "extract_s": extract_s, "first_s": first_s, "later_s": later_s,
              "first_ratio": first_s / extract_s, "later_ratio": later_s / extract_s, "triples": summary.triples}
    print(f"\nIngest beside extraction alone ({count} articles, {events} events; model loaded before timing)")
    print(f"{'':52} {'s':>6} {'ratio':>6}")
    print(f"{'extraction alone':52} {extract_s:6.1f} {1:6.2f}")
    print(f"{'ingest into an empty store (bulk loader)':52} {first_s:6.1f} {result['first_ratio']:6.2f}")
    print(f"{'ingest into that store (one transaction per article)':52} {later_s:6.1f} {result['later_ratio']:6.2f}")
    return result


def targets(r: dict) -> list[tuple[str, str, str, bool]]:
    """``(what, measured, target, met)`` rows for the summary table."""
    return [("first ingest / extraction alone", f"x{r['first_ratio']:.2f}", "<= x1.3", r["first_ratio"] <= 1.3),
            ("later ingest / extraction alone", f"x{r['later_ratio']:.2f}", "<= x1.3", r["later_ratio"] <= 1.3)]


if __name__ == "__main__":
    run()
