"""The command line, run as users run it: a real process, exit codes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def kgraph(*args, cwd=None):
    """Run the real command in a new process."""
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


# ---- query parameters, files and endpoints ------------------------------------------------------------

def one_line_error(result) -> str:
    """The single line a failed command prints: no traceback, nothing on stdout."""
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and result.stdout == "", (result.returncode, result.stderr)
    return lines[0]


def test_misspelt_query_parameter_is_an_error_naming_the_real_ones(seed_build):
    _, out = seed_build
    line = one_line_error(kgraph("query", "timeline", "-p", "actr=Lithuania", "--graph", out))
    assert "'actr'" in line and "actor (required)" in line


def test_missing_required_parameter_is_an_error(seed_build):
    _, out = seed_build
    line = one_line_error(kgraph("query", "between", "-p", "actor=Lithuania", "--graph", out))
    assert "needs parameter 'other'" in line and "actor (required), other (required)" in line


def test_a_parameter_given_to_a_query_that_takes_none_is_refused(seed_build):
    _, out = seed_build
    line = one_line_error(kgraph("query", "meetings", "-p", "actor=Lithuania", "--graph", out))
    assert "takes no parameters" in line


def test_optional_parameter_may_be_left_out(seed_build):
    _, out = seed_build
    every = kgraph("query", "cooperation", "--graph", out, "-f", "csv")
    one = kgraph("query", "cooperation", "-p", "actor=Ukraine", "--graph", out, "-f", "csv")
    assert every.returncode == 0 and one.returncode == 0, every.stderr + one.stderr
    assert len(every.stdout.splitlines()) > len(one.stdout.splitlines())


def test_query_list_shows_each_querys_parameters():
    listing = kgraph("query", "--list").stdout
    blocks, name = {}, None
    for line in listing.splitlines():
        if not line.startswith(" "):
            name = line.split()[0]
            blocks[name] = []
        else:
            blocks[name].append(line.split()[0:2])
    assert blocks["between"] == [["-p", "actor=..."], ["-p", "other=..."]]
    assert blocks["meetings"] == []
    assert "required:" in listing and "optional:" in listing


def test_every_shipped_query_declares_its_parameters_and_the_readme_agrees():
    import re

    from kgraph.sparql.run import load_query, named_queries

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in named_queries():
        source = load_query(name)
        assert source.parameters is not None, f"{name}.rq has no '# @param' header"
        for param in source.parameters:
            assert f"?{param.name}" in source.text, f"{name}: ?{param.name} is not a variable of the query"
        row = re.search(rf"^\| `{re.escape(name)}` \|[^|]*\|([^|]*)\|", readme, re.MULTILINE)
        assert row, f"{name} is not in the README table"
        documented = set(re.findall(r"`(\w+)`", row.group(1)))
        assert documented == {p.name for p in source.parameters}, name


def test_a_query_file_of_your_own_may_declare_parameters(seed_build, tmp_path):
    _, out = seed_build
    mine = tmp_path / "who.rq"
    mine.write_text("# Labels of the actors called NAME.\n# @param name required: a label\n"
                    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                    "SELECT ?who WHERE { ?who rdfs:label ?name }\n", encoding="utf-8")
    assert "needs parameter 'name'" in one_line_error(kgraph("query", mine, "--graph", out))
    found = kgraph("query", mine, "-p", "name=Lithuania", "--graph", out, "-f", "csv")
    assert found.returncode == 0 and "country/LTU" in found.stdout, found.stderr


def test_parameters_of_undeclared_sparql_must_be_its_variables(seed_build):
    _, out = seed_build
    text = "SELECT ?s WHERE { ?s ?p ?label }"
    line = one_line_error(kgraph("query", text, "-p", "lable=Kyiv", "--graph", out))
    assert "'lable'" in line and "label" in line
    assert kgraph("query", text, "-p", "label=Kyiv", "--graph", out).returncode == 0


def test_missing_query_file_says_no_such_file(tmp_path):
    line = one_line_error(kgraph("query", "missing.rq", cwd=tmp_path))
    assert "missing.rq: no such file" in line
    line = one_line_error(kgraph("query", "queries/nearly.sparql", cwd=tmp_path))
    assert "nearly.sparql: no such file" in line
    assert "unknown named query 'timelines'" in one_line_error(kgraph("query", "timelines", cwd=tmp_path))


def test_endpoint_that_is_down_is_named_not_the_query():
    import socket

    with socket.socket() as sock:  # a port nothing listens on once the socket closes
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    line = one_line_error(kgraph("query", "meetings", "--graph", f"http://127.0.0.1:{port}"))
    assert "cannot be reached" in line and f"127.0.0.1:{port}" in line and "invalid SPARQL" not in line


def test_debug_shows_the_traceback_of_a_sparql_error(seed_build):
    _, out = seed_build
    result = kgraph("--debug", "query", "SELECT WHERE {", "--graph", out)
    assert result.returncode == 2
    assert "Traceback" in result.stderr and "ParseException" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("kgraph: error: E201 invalid SPARQL")


# ---- one default location, and the view beside its graph ----------------------------------------------

OWN_STORY = ("Trade pact\n\nThe foreign ministers of Chile and Poland met in Santiago on Monday and signed a "
             "trade agreement.\n")


def test_query_and_view_read_what_ingest_or_build_wrote_by_default(seed_build, tmp_path):
    import shutil

    line = one_line_error(kgraph("query", "meetings", cwd=tmp_path))
    assert "kgraph-data" in line and "kgraph-out" in line and "kgraph ingest" in line
    # a build only: it is read
    shutil.copytree(seed_build[1], tmp_path / "kgraph-out")
    built = kgraph("query", "meetings", "-f", "csv", cwd=tmp_path)
    assert built.returncode == 0 and "Dmytro Kuleba" in built.stdout and built.stderr == ""
    # then an ingest, with ingest's own default: the store is read, and the warning names the build passed over
    (tmp_path / "story.txt").write_text(OWN_STORY, encoding="utf-8")
    ingested = kgraph("ingest", "story.txt", "--published", "2024-05-06", cwd=tmp_path)
    assert ingested.returncode == 0 and (tmp_path / "kgraph-data").is_dir(), ingested.stderr
    stored = kgraph("query", "meetings", "-f", "csv", cwd=tmp_path)
    assert stored.returncode == 0 and "Chile" in stored.stdout and "Kuleba" not in stored.stdout
    assert "reading the store kgraph-data, not the build in kgraph-out" in stored.stderr
    chosen = kgraph("query", "meetings", "-f", "csv", "--graph", "kgraph-out", cwd=tmp_path)
    assert "Kuleba" in chosen.stdout and chosen.stderr == ""


def test_view_writes_beside_the_graph_and_says_where(seed_build, tmp_path):
    import shutil

    out = tmp_path / "kgraph-out"
    shutil.copytree(seed_build[1], out)
    (out / "graph.html").unlink()
    result = kgraph("view", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (out / "graph.html").stat().st_size > 10_000 and not (tmp_path / "graph.html").exists()
    assert "written to kgraph-out/graph.html" in result.stdout
    shutil.copy(out / "graph.trig", tmp_path / "copy.trig")
    from_file = kgraph("view", "--graph", "copy.trig", cwd=tmp_path)
    assert from_file.returncode == 0 and (tmp_path / "copy.html").exists() and "copy.html" in from_file.stdout
    line = one_line_error(kgraph("view", "--graph", "http://127.0.0.1:9", cwd=tmp_path))
    assert "give -o FILE" in line


def test_view_of_a_store_goes_beside_the_store_directory(tmp_path):
    from kgraph.rdf.build import article_graphs
    from kgraph.rdf.store import GraphStore
    from kgraph.model import Event

    event = Event(doc="s1", actor="Chile", actor_type="country", relation="meets_with", object="Poland",
                  object_type="country", actor_id="country:CHL", object_id="country:POL", date="2024-05-06")
    with GraphStore(tmp_path / "kgraph-data") as store:
        store.ensure_ontology()
        store.put_article(*article_graphs("s1", [event]))
    result = kgraph("view", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "kgraph-data.html").exists() and "kgraph-data.html" in result.stdout
    assert not (tmp_path / "kgraph-data" / "graph.html").exists()


# ---- listing the articles of a store ------------------------------------------------------------------

def small_store(location: Path) -> None:
    """A real store of two articles of our own, written without the extraction pipeline."""
    from kgraph.model import Article, Event
    from kgraph.rdf.build import article_graphs
    from kgraph.rdf.store import GraphStore

    meeting = Event(doc="pact-1", actor="Chile", actor_type="country", relation="meets_with", object="Poland",
                    object_type="country", actor_id="country:CHL", object_id="country:POL", date="2024-05-06")
    with GraphStore(location) as store:
        store.ensure_ontology()
        store.put_article(*article_graphs("pact-1", [meeting], Article(
            id="pact-1", title="Ministers meet in Santiago", text="x", published="2024-05-06"),
            ingested="2024-05-07T08:00:00+00:00"))
        store.put_article(*article_graphs("quiet-2", [], Article(id="quiet-2", title="Nothing happened", text="y")))


def test_articles_lists_a_store_and_feeds_delete(tmp_path):
    small_store(tmp_path / "kgraph-data")
    listed = kgraph("articles", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    rows = [line.split() for line in listed.stdout.splitlines()]
    assert rows[0] == ["id", "published", "events", "title"]
    assert rows[2][:3] == ["pact-1", "2024-05-06", "1"] and rows[3][:2] == ["quiet-2", "0"]
    ids = kgraph("articles", "kgraph-data", "--ids", cwd=tmp_path)
    assert ids.stdout.splitlines() == ["pact-1", "quiet-2"]
    as_json = json.loads(kgraph("articles", "-f", "json", cwd=tmp_path).stdout)
    assert as_json[0] == {"id": "pact-1", "title": "Ministers meet in Santiago", "published": "2024-05-06",
                          "events": 1, "source": None, "ingested": "2024-05-07T08:00:00+00:00"}
    deleted = kgraph("delete", ids.stdout.splitlines()[0], cwd=tmp_path)
    assert deleted.returncode == 0 and "deleted  pact-1" in deleted.stdout
    assert kgraph("articles", "--ids", cwd=tmp_path).stdout.splitlines() == ["quiet-2"]


def test_articles_of_a_build_and_of_nothing(seed_build, tmp_path):
    _, out = seed_build
    listed = kgraph("articles", out, "-f", "csv")
    assert listed.returncode == 0 and listed.stdout.splitlines()[0] == "id,published,events,title"
    assert "Ukraine, Lithuania agree" in listed.stdout
    line = one_line_error(kgraph("articles", tmp_path / "nowhere"))
    assert "nowhere" in line and "no built graph or store" in line


# ---- export suffixes and JSON output ------------------------------------------------------------------

def test_export_refuses_a_suffix_it_does_not_know_and_writes_nothing(seed_build, tmp_path):
    _, out = seed_build
    line = one_line_error(kgraph("export", "--graph", out, "-o", tmp_path / "graph.xyz"))
    assert "graph.xyz" in line and "'.xyz'" in line and ".ttl, .trig, .nq, .jsonld, .graphml, .csv" in line
    line = one_line_error(kgraph("export", "--graph", out, "-o", tmp_path / "graph"))
    assert "no suffix" in line
    assert list(tmp_path.iterdir()) == []
    forced = kgraph("export", "--graph", out, "-o", tmp_path / "graph.xyz", "-f", "nquads")
    assert forced.returncode == 0 and (tmp_path / "graph.xyz").read_text().count(" .\n") > 100


def test_json_query_output_ends_with_a_newline(seed_build):
    _, out = seed_build
    result = kgraph("query", "meetings", "--graph", out, "-f", "json")
    assert result.returncode == 0 and result.stdout.endswith("}\n") and not result.stdout.endswith("\n\n")
    assert json.loads(result.stdout)["results"]["bindings"]


# ---- --published --------------------------------------------------------------------------------------

def test_published_option_reads_rfc_2822_and_refuses_an_ambiguous_date_before_touching_the_store(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(OWN_STORY, encoding="utf-8")
    line = one_line_error(kgraph("ingest", story, "--published", "05/06/2024", "--store", tmp_path / "store"))
    assert "--published" in line and "ambiguous" in line and "'25 October 2024'" in line
    assert not (tmp_path / "store").exists()
    result = kgraph("extract", story, "--published", "Mon, 06 May 2024 09:15:00 +0200")
    assert result.returncode == 0, result.stderr
    dated = {json.loads(line)["date"] for line in result.stdout.splitlines()}
    assert "2024-05-06" in dated  # "on Monday" in the story is the publication day itself
