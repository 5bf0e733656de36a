"""Word lists in ``kgraph/nlp/data/words/``: every file loads clean, and no word list is written in the code."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from kgraph.config import data_path
from kgraph.nlp.wordlists import ordered, pairs, words

WORDS = data_path("words")
FILES = sorted(WORDS.iterdir())
NLP = Path(importlib.import_module("kgraph.nlp").__file__).parent
MODULES = sorted(p for p in NLP.rglob("*.py") if NLP / "data" not in p.parents)

# module-level collections of strings that are no vocabulary, and so stay in the code
NOT_VOCABULARY = {
    ("detect/corpus.py", "EVENT_RELATIONS"): "relation names of the ontology (the detector's labels)",
    ("dates/article.py", "FRAME_RELATIONS"): "relation names of the ontology",
    ("actors/names.py", "SURNAME_MISTAKES"): "entity labels of the NER",
    ("arguments/topics.py", "COMPACT_MODS"): "dependency labels",
    ("detect/corpus.py", "CLAUSE_DEPS"): "dependency labels",
}
LONGEST_LIST_IN_CODE = 5
MOVED: dict[str, tuple[str, ...]] = {}  # old module name -> the modules that took its code over, while headers lag


def _entries(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def test_only_lists_and_tables():
    assert len(FILES) > 100
    assert {p.suffix for p in FILES} <= {".txt", ".tsv"}
    stems = [p.stem for p in FILES]
    assert len(stems) == len(set(stems)), "a name is both a .txt list and a .tsv table"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_is_clean(path):
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert text.endswith("\n")
    assert lines[0].startswith("# "), "the first line says what the list is"
    for number, line in enumerate(lines, 1):
        assert line == line.strip(), f"line {number}: stray whitespace"
        assert "  " not in line, f"line {number}: double space"
    entries = _entries(path)
    assert entries, "no entries"
    if path.suffix == ".tsv":
        for row in entries:
            cells = row.split("\t")
            assert len(cells) == 2 and all(c == c.strip() and c for c in cells), f"bad row {row!r}"
        assert list(pairs(path.stem)) == [row.split("\t")[0] for row in entries], "duplicate keys"
    else:
        assert not any("\t" in e for e in entries)
        assert ordered(path.stem) == tuple(entries)
        assert len(words(path.stem)) == len(entries), "duplicate entries"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_names_the_constant_that_reads_it(path):
    found = re.search(r"^# Read by kgraph/nlp/(\S+)\.py into (?:the )?(\w+)", path.read_text(encoding="utf-8"), re.M)
    if found is None:  # a list read by a function of its own (target_prepositions.txt)
        return
    name = found.group(1).replace("/", ".")
    modules = [importlib.import_module("kgraph.nlp." + moved) for moved in MOVED.get(name, (name,))]
    assert any(hasattr(module, found.group(2)) for module in modules)


def test_unknown_names_raise():
    with pytest.raises(FileNotFoundError, match=r"no_such_list.*no_such_list\.txt"):
        words("no_such_list")
    with pytest.raises(FileNotFoundError, match=r"meeting_nouns\.tsv"):
        pairs("meeting_nouns")  # a list, not a table
    with pytest.raises(ValueError, match="invalid word-list name"):
        words("../lexicon")
    with pytest.raises(ValueError, match="invalid word-list name"):
        words("meeting_nouns.txt")


def test_loaded_as_written():
    assert ordered("weekdays")[0] == "monday" and len(ordered("months")) == 12
    assert "coast guard" in words("institution_nouns")  # an entry of two words
    assert words("regnal_numbers") >= {"I", "XII"}  # case is kept
    assert pairs("counterpart_roles")["Secretary of State"] == "Foreign Minister"
    assert ordered("months") is ordered("months")  # read once


def _word_lists(tree: ast.Module) -> list[tuple[str, int, int]]:
    """Module-level assignments that hold a literal collection (or a split string) of many strings:
    (name, line, number of strings)."""
    found = []
    for stmt in tree.body:
        if not isinstance(stmt, (ast.Assign, ast.AnnAssign)) or stmt.value is None:
            continue
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
        name = ast.unparse(target)
        for node in ast.walk(stmt.value):
            if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
                strings = [e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            elif isinstance(node, ast.Dict):
                strings = [k for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
            elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
                  and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)):
                strings = node.func.value.value.split()
            else:
                continue
            if len(strings) > LONGEST_LIST_IN_CODE:
                found.append((name, node.lineno, len(strings)))
    return found


def test_audit_finds_word_lists():
    source = ('A = {"a", "b", "c", "d", "e", "f"}\nB = frozenset({"a", "b", "c", "d", "e", "f"})\n'
              'C = words("c") | {"a", "b", "c", "d", "e", "f"}\nD = frozenset("a b c d e f".split())\n'
              'E = ("a", "b", "c", "d", "e")\nF = words("meeting_nouns")\n'
              'def f():\n    return {"a", "b", "c", "d", "e", "f"}\n')
    assert [name for name, _, _ in _word_lists(ast.parse(source))] == ["A", "B", "C", "D"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(NLP)))
def test_no_word_list_in_code(path):
    """Vocabulary lives in data/words/: a module-level literal of six or more strings fails this test."""
    relative = path.relative_to(NLP).as_posix()
    lists = [(name, line, count) for name, line, count in _word_lists(ast.parse(path.read_text(encoding="utf-8")))
             if name != "__all__" and (relative, name) not in NOT_VOCABULARY]
    assert not lists, (f"{relative}: word lists in the code {lists}; put them in kgraph/nlp/data/words/ and read "
                       "them with kgraph.nlp.wordlists")
