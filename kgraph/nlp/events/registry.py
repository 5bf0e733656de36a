"""Sentence rules by name: each reads one construction over a whole sentence and says which words it needs.

A rule is registered with :func:`sentence_rule`; the extractor runs every registered rule whose words occur
in a sentence, in the order they were registered, instead of calling each from a chain of ifs. A rule's
``when`` sees the sentence's words (lemmas and lower-case forms) and the sentence itself.

>>> registry = RuleRegistry()
>>> @registry.rule("capitals_named", when=lambda words, sent: "capital" in words)
... def capitals_named(sent, reader):
...     return [w for w in sent if w == "capital"]
>>> registry.names()
['capitals_named']
>>> registry.run(["the", "capital"], None, {"the", "capital"})
['capital']
>>> registry.run(["a", "town"], None, {"a", "town"})
[]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

__all__ = ["SentenceRule", "RuleRegistry", "SENTENCE_RULES", "sentence_rule"]

Reader = Callable[[Any, Any], list]
Condition = Callable[[set[str], Any], bool]


def _always(words: set[str], sent: Any) -> bool:
    return True


@dataclass(frozen=True)
class SentenceRule:
    """A named rule: ``read(sent, reader)`` gives its candidates where ``when(words, sent)`` holds."""

    name: str
    read: Reader
    when: Condition = _always
    doc: str = ""


class RuleRegistry:
    """An ordered set of named sentence rules."""

    def __init__(self) -> None:
        self._rules: dict[str, SentenceRule] = {}
        self._off: set[str] = set()

    def rule(self, name: str, when: Condition = _always) -> Callable[[Reader], Reader]:
        """Register the decorated function under ``name`` (a name is registered once)."""
        def register(read: Reader) -> Reader:
            if name in self._rules:
                raise ValueError(f"sentence rule {name!r} is registered twice")
            summary = (read.__doc__ or "").strip().splitlines()
            self._rules[name] = SentenceRule(name, read, when, summary[0] if summary else "")
            return read
        return register

    def names(self) -> list[str]:
        """The registered rules' names, in the order they run."""
        return list(self._rules)

    def get(self, name: str) -> SentenceRule:
        return self._rules[name]

    def __iter__(self):
        return iter(self._rules.values())

    def run(self, sent: Any, reader: Any, words: set[str]) -> list:
        """The candidates of every rule (not switched off) whose words occur in the sentence, rule by rule."""
        found: list = []
        for rule in self._rules.values():
            if rule.name not in self._off and rule.when(words, sent):
                found += rule.read(sent, reader)
        return found

    @contextmanager
    def switched_off(self, *names: str) -> Iterator[None]:
        """Run without the named rules inside a ``with`` block, to measure what each contributes.

        >>> with SENTENCE_RULES.switched_off("no_such_rule"):
        ...     pass
        Traceback (most recent call last):
        ...
        KeyError: 'no sentence rule named no_such_rule'
        """
        unknown = [n for n in names if n not in self._rules]
        if unknown:
            raise KeyError(f"no sentence rule named {unknown[0]}")
        before = set(self._off)
        self._off |= set(names)
        try:
            yield
        finally:
            self._off = before


#: The extractor's own rules (registered by the modules of ``kgraph.nlp.events.rules``).
SENTENCE_RULES = RuleRegistry()
sentence_rule = SENTENCE_RULES.rule
