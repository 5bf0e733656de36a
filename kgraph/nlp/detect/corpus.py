"""The project's own training sentences (``kgraph/nlp/data/train/*.jsonl``): read, check, split.

Each line is one sentence written for kgraph, with the events it tells::

    {"text": "Kenya and Japan held talks in Nairobi on Monday.",
     "style": "body", "construction": "light_verb",
     "events": [{"relation": "meets_with", "trigger": "held talks",
                 "actor": "Kenya", "object": "Japan", "modality": "asserted"}]}

``trigger``, ``actor`` and ``object`` are written exactly as they stand in ``text``; where the same
words occur more than once, ``"Japan#2"`` names the second occurrence. ``actor`` and ``object`` may
be ``null`` (a threat with no target named). A sentence that tells no event has ``"events": []``.

>>> s = parse_line('{"text": "Chile and Peru held talks.", "events": [{"relation": "meets_with", '
...                '"trigger": "held talks", "actor": "Chile", "object": "Peru"}]}', "x.jsonl", 1)
>>> s.events[0].trigger, s.events[0].actor
((15, 25), (0, 5))
>>> split_of(s.text)
'train'
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from kgraph.config import data_path
from kgraph.errors import InputError

__all__ = ["Sentence", "Mention", "EVENT_RELATIONS", "MODALITIES", "load_corpus", "parse_line",
           "split_of", "corpus_hash", "train_dir", "corpus_tables", "Conflicts", "trigger_key", "clause_heads",
           "find_conflicts", "format_conflicts", "parse_sentences"]

#: Relations the detector learns: every event relation of the vocabulary. The facts holds_role
#: and member_of are read from titles and appositions by rules, not detected.
EVENT_RELATIONS = (
    "meets_with", "visits", "hosts", "discusses", "agrees_on", "signs", "cooperates_on", "supports",
    "provides_aid_to", "calls_for", "criticizes", "rejects", "threatens", "sanctions",
    "seeks_membership_in", "attacks",
)
MODALITIES = ("asserted", "planned", "negated", "hoped")
STYLES = ("body", "headline")
#: Share of sentences held out from training, chosen by a hash of their text (stable across edits).
HELD_OUT_PERCENT = 15

Span = tuple[int, int]


@dataclass(frozen=True)
class Mention:
    """One event of a training sentence: character spans of its trigger, actor and object."""

    relation: str
    trigger: Span
    actor: Span | None
    object: Span | None
    modality: str


@dataclass(frozen=True)
class Sentence:
    """One training sentence and the events it tells."""

    text: str
    events: tuple[Mention, ...]
    style: str
    construction: str
    source: str
    line: int


def train_dir() -> Path:
    """Folder of the training corpus shipped with the package."""
    return data_path("train")


def _locate(text: str, phrase: str | None, what: str, path: str, line: int) -> Span | None:
    if phrase is None:
        return None
    if not isinstance(phrase, str) or not phrase.strip():
        raise InputError("E102", path=path, line=line, reason=f"{what} must be a non-empty string or null")
    base, nth = phrase, 1
    head, sep, tail = phrase.rpartition("#")
    if sep and tail.isdigit():
        base, nth = head, int(tail)
    start = -1
    for _ in range(nth):
        start = text.find(base, start + 1)
        if start < 0:
            raise InputError("E102", path=path, line=line, reason=f"{what} {phrase!r} is not in the text")
    end = start + len(base)
    if (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        raise InputError("E102", path=path, line=line, reason=f"{what} {phrase!r} cuts a word in two")
    return (start, end)


def parse_line(raw: str, path: str, line: int) -> Sentence:
    """One corpus line as a :class:`Sentence`; an :class:`InputError` names the line and the problem."""
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as err:
        raise InputError("E102", path=path, line=line, reason=f"malformed JSON ({err.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise InputError("E102", path=path, line=line, reason="a record needs a non-empty 'text'")
    text = record["text"]
    events = record.get("events")
    if not isinstance(events, list):
        raise InputError("E102", path=path, line=line, reason="'events' must be a list (empty for no event)")
    mentions = []
    for event in events:
        relation = event.get("relation") if isinstance(event, dict) else None
        if relation not in EVENT_RELATIONS:
            raise InputError("E102", path=path, line=line, reason=f"unknown relation {relation!r}")
        modality = event.get("modality") or "asserted"
        if modality not in MODALITIES:
            raise InputError("E102", path=path, line=line, reason=f"unknown modality {modality!r}")
        trigger = _locate(text, event.get("trigger"), "trigger", path, line)
        if trigger is None:
            raise InputError("E102", path=path, line=line, reason="an event needs a trigger")
        mentions.append(Mention(relation, trigger, _locate(text, event.get("actor"), "actor", path, line),
                                _locate(text, event.get("object"), "object", path, line), modality))
    style = record.get("style") or "body"
    if style not in STYLES:
        raise InputError("E102", path=path, line=line, reason=f"unknown style {style!r}")
    return Sentence(text, tuple(mentions), style, str(record.get("construction") or ""), path, line)


def load_corpus(folder: Path | None = None) -> list[Sentence]:
    """Every sentence of every ``*.jsonl`` file in ``folder`` (default: the shipped corpus), in file order.

    A sentence written twice (same text) is kept once.
    """
    folder = Path(folder) if folder else train_dir()
    sentences, seen = [], set()
    for path in sorted(folder.glob("*.jsonl")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if raw.strip():
                sentence = parse_line(raw, str(path), number)
                if sentence.text not in seen:
                    seen.add(sentence.text)
                    sentences.append(sentence)
    return sentences


def split_of(text: str) -> str:
    """``"train"`` or ``"heldout"``, fixed by a hash of the sentence so edits elsewhere never move it."""
    bucket = int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "heldout" if bucket < HELD_OUT_PERCENT else "train"


def corpus_hash(folder: Path | None = None) -> str:
    """SHA-256 over the corpus files' names and bytes: the weights record it, a test compares."""
    folder = Path(folder) if folder else train_dir()
    digest = hashlib.sha256()
    for path in sorted(folder.glob("*.jsonl")):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def corpus_tables(sentences: list[Sentence]) -> str:
    """Markdown tables of the corpus: sentences per file and split, events per relation and modality,
    sentences per construction. The data card quotes them.
    """
    from collections import Counter

    files, constructions = Counter(), Counter()
    relations: dict[str, Counter] = {r: Counter() for r in EVENT_RELATIONS}
    for s in sentences:
        files[(Path(s.source).name, split_of(s.text))] += 1
        constructions[s.construction or "(none)"] += 1
        for m in s.events:
            relations[m.relation][m.modality] += 1
    lines = ["| file | sentences | trained on | held out |", "|---|---:|---:|---:|"]
    for name in sorted({f for f, _ in files}):
        train, held = files[(name, "train")], files[(name, "heldout")]
        lines.append(f"| {name} | {train + held} | {train} | {held} |")
    lines += ["", "| relation | events | asserted | planned | negated | hoped |", "|---|---:|---:|---:|---:|---:|"]
    for relation, by_modality in relations.items():
        lines.append(f"| {relation} | {sum(by_modality.values())} | "
                     + " | ".join(str(by_modality[m]) for m in MODALITIES) + " |")
    none = sum(1 for s in sentences if not s.events)
    headlines = sum(1 for s in sentences if s.style == "headline")
    lines += ["", f"Sentences with no event: {none}. Headlines: {headlines}. "
              f"Sentences with two or more events: {sum(1 for s in sentences if len(s.events) > 1)}.", "",
              "| construction | sentences |", "|---|---:|"]
    lines += [f"| {name} | {count} |" for name, count in constructions.most_common()]
    return "\n".join(lines) + "\n"


# ---- label consistency: one wording, one relation ------------------------------------------------

#: Dependencies of a token that heads a clause of its own (with ROOT: any part of speech, for headlines).
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis", "pcomp"})
#: Longest trigger the unlabelled check looks for around a clause head, in tokens.
MAX_TRIGGER_TOKENS = 3


@dataclass
class Conflicts:
    """Trigger wordings labelled inconsistently. Each example is ``"file.jsonl:line"``.

    ``labelled[key][relations]``: sentences where the trigger with lemmas ``key`` carries exactly
    ``relations`` (a trigger carrying two relations at once, as "received" for hosts and meets_with,
    is one reading); ``unlabelled[key][relation]``: sentences where ``key`` heads a clause, is no
    trigger, and the sentence tells no event of ``relation``, a relation ``key`` carries elsewhere.
    """

    labelled: dict[str, dict[tuple[str, ...], list[str]]]
    unlabelled: dict[str, dict[str, list[str]]]

    def relabelled(self) -> dict[str, dict[tuple[str, ...], list[str]]]:
        """The keys read as more than one relation set, the conflicts proper."""
        return {k: v for k, v in self.labelled.items() if len(v) > 1}


def _ref(sentence: Sentence) -> str:
    return f"{Path(sentence.source).name}:{sentence.line}"


def trigger_key(tokens) -> str:
    """The lowercased lemmas of a trigger's tokens, the key under which its readings are compared.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Peru", "cut", "ties"], lemmas=["Peru", "cut", "tie"])
    >>> trigger_key(doc[1:3])
    'cut tie'
    """
    return " ".join(t.lemma_.lower() or t.lower_ for t in tokens)


def clause_heads(doc) -> list:
    """Tokens that head a clause: verbs on a clause dependency, and the root whatever its tag.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Peru", "said", "Chile", "attacked"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "nsubj", "ccomp"], pos=["PROPN", "VERB", "PROPN", "VERB"])
    >>> [t.text for t in clause_heads(doc)]
    ['said', 'attacked']
    """
    return [t for t in doc if t.dep_ == "ROOT" or (t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX"))]


def _trigger_spans(sentence: Sentence, doc) -> dict[tuple[int, int], tuple[str, ...]]:
    """Token spans of a sentence's triggers, each with the sorted relations it carries."""
    spans: dict[tuple[int, int], set[str]] = {}
    for mention in sentence.events:
        span = doc.char_span(*mention.trigger, alignment_mode="expand")
        if span is not None:
            spans.setdefault((span.start, span.end), set()).add(mention.relation)
    return {k: tuple(sorted(v)) for k, v in spans.items()}


def _labelled(sentences: list[Sentence], docs: list) -> dict[str, dict[tuple[str, ...], list[str]]]:
    keys: dict[str, dict[tuple[str, ...], list[str]]] = {}
    for sentence, doc in zip(sentences, docs):
        for (start, end), relations in _trigger_spans(sentence, doc).items():
            keys.setdefault(trigger_key(doc[start:end]), {}).setdefault(relations, []).append(_ref(sentence))
    return keys


def _candidate_keys(doc, head) -> list[str]:
    """Lemma keys of the spans of up to three tokens around ``head`` that ``head`` is the root of, longest first."""
    keys = []
    for size in range(MAX_TRIGGER_TOKENS, 0, -1):
        for start in range(max(0, head.i - size + 1), min(head.i, len(doc) - size) + 1):
            if doc[start:start + size].root == head:
                keys.append(trigger_key(doc[start:start + size]))
    return keys


def _unlabelled(sentences: list[Sentence], docs: list,
                labelled: dict[str, dict[tuple[str, ...], list[str]]]) -> dict[str, dict[str, list[str]]]:
    found: dict[str, dict[str, list[str]]] = {}
    for sentence, doc in zip(sentences, docs):
        covered = {i for start, end in _trigger_spans(sentence, doc) for i in range(start, end)}
        told = {m.relation for m in sentence.events}
        for head in clause_heads(doc):
            key = next((k for k in _candidate_keys(doc, head) if k in labelled), None)
            if head.i in covered or key is None:
                continue
            for relation in sorted({r for rs in labelled[key] for r in rs} - told):
                found.setdefault(key, {}).setdefault(relation, []).append(_ref(sentence))
    return found


def find_conflicts(sentences: list[Sentence], docs: list) -> Conflicts:
    """Trigger wordings read as different relations, or labelled in some sentences and left bare in others.

    ``docs`` are the sentences parsed (lemmas, dependencies), one per sentence, in order.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> def parsed(words, lemmas, heads, deps, pos):
    ...     return Doc(Vocab(), words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos)
    >>> a = parse_line('{"text": "Chad backed Niger", "events": [{"relation": "supports", "trigger": "backed"}]}', "a", 1)
    >>> b = parse_line('{"text": "Mali backed Togo", "events": [{"relation": "provides_aid_to", "trigger": "backed"}]}', "a", 2)
    >>> c = parse_line('{"text": "Benin backed Ghana", "events": []}', "a", 3)
    >>> docs = [parsed(s.text.split(), [s.text.split()[0], "back", s.text.split()[2]], [1, 1, 1],
    ...                ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "PROPN"]) for s in (a, b, c)]
    >>> found = find_conflicts([a, b, c], docs)
    >>> found.relabelled()
    {'back': {('supports',): ['a:1'], ('provides_aid_to',): ['a:2']}}
    >>> found.unlabelled
    {'back': {'provides_aid_to': ['a:3'], 'supports': ['a:3']}}
    """
    labelled = _labelled(sentences, docs)
    return Conflicts(labelled, _unlabelled(sentences, docs, labelled))


def parse_sentences(sentences: list[Sentence]) -> list:
    """The sentences parsed by the English model as extraction loads it (its lemmas and dependencies)."""
    from kgraph.nlp.pipeline import load_pipeline

    nlp, _ = load_pipeline(detector=False)
    return list(nlp.pipe((s.text for s in sentences), batch_size=256))


def format_conflicts(conflicts: Conflicts, examples: int = 4) -> str:
    """A report of ``conflicts``, the wordings with the most minority readings first.

    >>> print(format_conflicts(Conflicts({"back": {("supports",): ["a:1", "a:4"], ("provides_aid_to",): ["a:2"]}},
    ...                                  {"back": {"supports": ["a:3"]}})))
    relabelled: 1 trigger lemma(s)
      back  3 (minority 1): supports 2 [a:1 a:4] | provides_aid_to 1 [a:2]
    unlabelled: 1 trigger lemma(s)
      back  supports 1 [a:3] (labelled 2)
    """
    lines = []
    relabelled = conflicts.relabelled()
    lines.append(f"relabelled: {len(relabelled)} trigger lemma(s)")

    def minority(readings: dict) -> int:
        return sum(len(v) for v in readings.values()) - max(len(v) for v in readings.values())

    for key, readings in sorted(relabelled.items(), key=lambda kv: (-minority(kv[1]), kv[0])):
        parts = [f"{'+'.join(rs)} {len(refs)} [{' '.join(refs[:examples])}]"
                 for rs, refs in sorted(readings.items(), key=lambda kv: -len(kv[1]))]
        total = sum(len(v) for v in readings.values())
        lines.append(f"  {key}  {total} (minority {minority(readings)}): " + " | ".join(parts))
    lines.append(f"unlabelled: {len(conflicts.unlabelled)} trigger lemma(s)")
    rows = [(key, relation, refs) for key, by_rel in conflicts.unlabelled.items() for relation, refs in by_rel.items()]
    for key, relation, refs in sorted(rows, key=lambda r: (-len(r[2]), r[0], r[1])):
        labelled = sum(len(v) for rs, v in conflicts.labelled.get(key, {}).items() if relation in rs)
        lines.append(f"  {key}  {relation} {len(refs)} [{' '.join(refs[:examples])}] (labelled {labelled})")
    return "\n".join(lines)


if __name__ == "__main__":  # python -m kgraph.nlp.detect.corpus [--card | --conflicts [DIR]] [FILE...]
    import sys

    if sys.argv[1:2] == ["--card"]:
        print(corpus_tables(load_corpus()), end="")
        sys.exit(0)
    if sys.argv[1:2] == ["--conflicts"]:  # trigger wordings labelled inconsistently across the corpus
        corpus = load_corpus(Path(sys.argv[2]) if sys.argv[2:] else None)
        print(format_conflicts(find_conflicts(corpus, parse_sentences(corpus))))
        sys.exit(0)
    from collections import Counter

    paths = [Path(p) for p in sys.argv[1:]] or sorted(train_dir().glob("*.jsonl"))
    relations, styles, total, failed = Counter(), Counter(), 0, 0
    for path in paths:
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            try:
                sentence = parse_line(raw, str(path), number)
            except InputError as err:
                failed += 1
                print(err)
                continue
            total += 1
            styles[sentence.style] += 1
            relations.update(m.relation for m in sentence.events)
            if not sentence.events:
                relations["(no event)"] += 1
    print(f"{total} sentences, {failed} bad lines; styles {dict(styles)}")
    for relation, count in relations.most_common():
        print(f"  {relation:22} {count}")
    sys.exit(1 if failed else 0)
