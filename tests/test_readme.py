"""Every example in the README runs: the shell lines in order, as written, in a folder laid out like a fresh
clone (seeds, notebooks, ``.venv/bin``), and the Python example as a script there.

Not run here, each with its reason printed: the install commands, the test command (it is this suite), lines
that need ``../shared/`` (not beside a fresh clone), and the JupyterLab line (``tests/test_notebooks.py`` runs
it, since it starts a server). The SPARQL example is run by ``tests/test_build_query_view.py``.
"""

from __future__ import annotations

import json
import subprocess

from readme_blocks import fenced_blocks, shell_lines, user_environment, user_folder

LANGUAGES = {"sh", "python", "sparql", "turtle", "text"}
SEED_ID = "000_9076c857b04ab897"


def not_run_here(command: str) -> str | None:
    """Why a README command is not run by this test, or None when it is."""
    if command.startswith(("python3 -m venv", ".venv/bin/pip install")):
        return "installs the package (the tests run in an installed environment)"
    if command.startswith(".venv/bin/python -m pytest"):
        return "runs the test suite, which is running now"
    if "../shared/" in command:
        return "needs ../shared/ (the development gold set), which a fresh clone does not have beside it"
    if command.startswith(".venv/bin/jupyter lab"):
        return "starts a server: tests/test_notebooks.py runs it and opens the notebook in Chromium"
    return None


def readme_commands() -> list[tuple[int, str]]:
    """The README's shell commands in order, with the README line of their block; '&&' chains split."""
    commands = []
    for block in fenced_blocks():
        if block.lang == "sh":
            for line in shell_lines(block):
                commands += [(block.line, part.strip()) for part in line.split(" && ")]
    return commands


def test_every_fenced_block_says_what_it_is():
    found = {block.lang for block in fenced_blocks()}
    assert found <= LANGUAGES, f"label each fenced block with one of {sorted(LANGUAGES)}: {found - LANGUAGES}"
    assert {"sh", "python", "sparql"} <= found


def test_only_install_test_shared_and_server_lines_are_left_out():
    left_out = [command for _, command in readme_commands() if not_run_here(command)]
    assert left_out == [
        "python3 -m venv .venv",
        '.venv/bin/pip install -e ".[dev]"',
        ".venv/bin/python -m pytest",
        ".venv/bin/kgraph eval ../shared/gold/gold.jsonl ../shared/gold/articles.jsonl",
        ".venv/bin/jupyter lab notebooks/explore.ipynb",
    ]


def test_every_shell_line_of_the_readme_runs_as_written(tmp_path, capsys):
    folder = user_folder(tmp_path / "checkout")
    env = user_environment(folder)
    outputs, skipped = {}, []
    for line, command in readme_commands():
        reason = not_run_here(command)
        if reason:
            skipped.append(f"README line {line}: {command}  -- {reason}")
            continue
        result = subprocess.run(["bash", "-c", command], cwd=folder, env=env, capture_output=True, text=True,
                                timeout=600)
        assert result.returncode == 0, f"README line {line}: {command}\n{result.stderr}"
        assert "Traceback" not in result.stderr and "error" not in result.stderr.lower(), (command, result.stderr)
        outputs[command] = result.stdout
    with capsys.disabled():
        print("\n[README] not run here:\n  " + "\n  ".join(skipped))

    # what the lines print is what the README says they do
    main_job = next(out for command, out in outputs.items() if command.startswith(".venv/bin/kgraph build seeds"))
    assert "articles  1" in main_job and (folder / "kgraph-out" / "graph.html").exists()
    cooperation = outputs[".venv/bin/kgraph query cooperation --graph kgraph-out -p actor=Lithuania"]
    assert "Lithuania" in cooperation and "drone" in cooperation
    timeline = outputs['.venv/bin/kgraph query timeline -p actor="Gabrielius Landsbergis" -f csv']
    assert timeline.startswith("date,subject,relation,object") and "Gabrielius Landsbergis" in timeline
    assert SEED_ID in outputs[".venv/bin/kgraph articles kgraph-data"]
    scores = dict(line.split(None, 1) for line in outputs[".venv/bin/kgraph eval"].splitlines())
    assert scores["docs"] == "16" and float(scores["strict_f1"]) > 0.3
    assert "sentence level" in outputs[".venv/bin/kgraph train --steps 4 --limit 120 --no-install -q"]
    after_delete = subprocess.run(["bash", "-c", ".venv/bin/kgraph articles kgraph-data --ids"], cwd=folder, env=env,
                                  capture_output=True, text=True, timeout=300)
    assert after_delete.returncode == 0 and after_delete.stdout == ""      # the delete line took the seed away


# Runs a block as a script, as the interpreter would, and reports what each expression line gave (its
# type and a short form), so that the test can check what the README's comments say they return.
_HARNESS = r"""
import ast, json, sys
source = open(sys.argv[1], encoding="utf-8").read()
namespace, results = {"__name__": "__main__"}, {}
for node in ast.parse(source).body:
    code = ast.Module(body=[node], type_ignores=[])
    if isinstance(node, ast.Expr):
        value = eval(compile(ast.Expression(node.value), "README", "eval"), namespace)
        results[ast.get_source_segment(source, node)] = {"type": type(value).__name__, "repr": repr(value)[:2000]}
    else:
        exec(compile(code, "README", "exec"), namespace)
print(json.dumps(results))
"""


def test_the_python_example_runs_and_gives_what_its_comments_say(tmp_path):
    blocks = [block for block in fenced_blocks() if block.lang == "python"]
    assert len(blocks) == 1
    folder = user_folder(tmp_path / "checkout")
    script = folder / "readme_example.py"
    script.write_text(blocks[0].text, encoding="utf-8")
    result = subprocess.run([folder / ".venv" / "bin" / "python", "-c", _HARNESS, script], cwd=folder,
                            env=user_environment(folder), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    values = {line.split("#")[0].strip(): value for line, value in json.loads(result.stdout.splitlines()[-1]).items()}

    meetings = values['kgraph.query(dataset, "meetings").rows']
    assert meetings["type"] == "list" and "Dmytro Kuleba" in meetings["repr"]
    assert values["kgraph.show(dataset, by_state=True)"]["type"] == "InlineView"
    assert values["kgraph.show(lithuania)"]["type"] == "InlineView"
    sliced = values['kgraph.view(lithuania, "lithuania.html")']
    assert sliced["type"] == "ViewSummary" and "nodes=2," in sliced["repr"], sliced  # Lithuania and Ukraine
    assert values['kgraph.write_html(g, "graph.html")']["repr"].endswith("graph.html')")
    between = values['kgraph.query("kgraph-data", "between", {"actor": "Dmytro Kuleba", "other": "Gabrielius Landsbergis"})']
    assert between["type"] == "QueryResult" and "meets_with" in between["repr"]
    assert values['[a.id for a in kgraph.articles("kgraph-data")]']["repr"] == repr([SEED_ID])
    assert values[f'kgraph.delete(["{SEED_ID}"], "kgraph-data")']["repr"] == repr([SEED_ID])
    assert float(values['evaluate().scores["strict_f1"]']["repr"]) > 0.3
    for name in ("graph.html", "lithuania.html", "graph.graphml", "kgraph-out/graph.html", "kgraph-out/graph.trig", "kgraph-data"):
        assert (folder / name).exists(), name
