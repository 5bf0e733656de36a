"""The command line, run as users run it: a real process, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def kgraph(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "kgraph", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_extract_writes_jsonl(tmp_path):
    out = tmp_path / "events.jsonl"
    result = kgraph("extract", ROOT / "seeds", "-o", out)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and {"doc", "actor", "relation", "object", "date", "evidence", "start", "end"} <= set(rows[0])


def test_build_then_query_and_view(tmp_path):
    result = kgraph("build", ROOT / "seeds", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "articles  1" in result.stdout and "triples" in result.stdout
    query = kgraph("query", "meetings", "--graph", tmp_path / "out", "-f", "csv")
    assert query.returncode == 0 and "Dmytro Kuleba,Gabrielius Landsbergis,2024-01-27" in query.stdout
    as_json = kgraph("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--graph", tmp_path / "out", "-f", "json")
    assert int(json.loads(as_json.stdout)["results"]["bindings"][0]["n"]["value"]) > 100
    view = kgraph("view", "--graph", tmp_path / "out", "-o", tmp_path / "v.html")
    assert view.returncode == 0 and (tmp_path / "v.html").stat().st_size > 10_000


def test_query_list_names_the_shipped_queries():
    result = kgraph("query", "--list")
    assert result.returncode == 0
    assert {"meetings", "cooperation", "timeline", "events", "active-actors"} <= {
        line.split()[0] for line in result.stdout.splitlines()}


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: (d / "empty.txt").write_bytes(b"") and d / "empty.txt" or d / "empty.txt", "file is empty"),
    (lambda d: (d / "bin.txt").write_bytes(b"\x00\x01\x02binary") and d / "bin.txt", "binary file"),
    (lambda d: (d / "bad.jsonl").write_text("{oops\n") and d / "bad.jsonl", "malformed JSON"),
])
def test_bad_input_one_line_no_traceback_nonzero_exit(tmp_path, make, message):
    path = make(tmp_path)
    result = kgraph("extract", path)
    assert result.returncode == 2
    assert message in result.stderr and path.name in result.stderr
    assert "Traceback" not in result.stderr


def test_one_bad_record_in_a_batch_is_skipped_with_exit_1(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "1", "text": "Spain and Portugal signed a treaty on water."}\n{oops\n')
    result = kgraph("extract", path)
    assert result.returncode == 1
    assert "line 2" in result.stderr and "Traceback" not in result.stderr
    assert '"Spain"' in result.stdout


def test_query_on_missing_build_is_a_clear_error(tmp_path):
    result = kgraph("query", "meetings", "--graph", tmp_path / "nothing")
    assert result.returncode == 2 and "kgraph build" in result.stderr and "Traceback" not in result.stderr


def test_bad_sparql_is_a_clear_error(tmp_path):
    kgraph("build", ROOT / "seeds", "--out", tmp_path / "out")
    result = kgraph("query", "SELECT WHERE {", "--graph", tmp_path / "out")
    assert result.returncode == 2 and "invalid SPARQL" in result.stderr and "Traceback" not in result.stderr


def test_every_command_and_option_is_documented_in_the_readme():
    from kgraph.cli import cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in cli.commands.items():
        assert f"kgraph {name}" in readme, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in readme, f"{name} {opt}"
