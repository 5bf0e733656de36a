"""Reading articles: formats, titles, dates, and clear errors for bad input."""

from __future__ import annotations

import gzip
import json

import pytest

from kgraph.errors import InputError
from kgraph.io import read_articles


def test_txt_first_line_is_title(tmp_path):
    (tmp_path / "a.txt").write_text("\n\nHeadline here\n\nBody text.\n", encoding="utf-8")
    [article] = read_articles(tmp_path / "a.txt")
    assert (article.id, article.title, article.text) == ("a", "Headline here", "Body text.\n")


def test_jsonl_records_and_metadata(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "n1", "title": "T", "text": "Body.", "published": "2024-02-01",
                                "url": "https://example.org/n1", "source": "Agency"}) + "\n", encoding="utf-8")
    [article] = read_articles(path)
    assert (article.id, article.published, article.source) == ("n1", "2024-02-01", "Agency")


def test_published_option_fills_missing_dates_only(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "1", "text": "x"}\n{"id": "2", "text": "y", "published": "2020-01-01"}\n')
    assert [a.published for a in read_articles(path, published="2024-05-05")] == ["2024-05-05", "2020-01-01"]


def test_html_main_text_without_scripts_or_menus(tmp_path):
    page = tmp_path / "p.html"
    body = " ".join(["Ukraine and Lithuania agreed on joint production of drones on Saturday."] * 3)
    page.write_text(f"""<html><head><title>Drones deal</title><script>alert('x')</script></head>
      <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
      <article><h1>Drones deal</h1><p>{body}</p><p>{body}</p></article>
      <footer>Copyright</footer></body></html>""", encoding="utf-8")
    [article] = read_articles(page)
    assert "joint production of drones" in article.text
    assert "alert" not in article.text and "Home" not in article.text


def test_directory_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("T2\n\nSecond.")
    (tmp_path / "1.txt").write_text("T1\n\nFirst.")
    (tmp_path / "notes.md").write_text("not an article")
    problems = []
    assert [a.id for a in read_articles(tmp_path, on_error=problems.append)] == ["1", "2"]
    assert len(problems) == 1 and "notes.md" in str(problems[0]) and "unsupported" in str(problems[0])


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\t\n", "file is empty"),
    ("doc.txt", b"%PDF-1.7\n%binary", "binary file (a PDF file)"),
    ("pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (a PNG image)"),
    ("zipped.txt", gzip.compress(b"hello"), "binary file (a gzip file)"),
    ("bad.jsonl", b'{"id": "1", "text": "ok"}\n{broken\n', "line 2: malformed JSON"),
    ("notext.jsonl", b'{"id": "1", "title": "t"}\n', "record has no 'text'"),
    ("nulltext.json", b'{"id": "1", "text": null}', "record has no 'text'"),
    ("baddate.jsonl", b'{"id": "1", "text": "x", "published": "yesterday-ish"}\n', "'published' is not a date"),
])
def test_bad_input_gets_one_clear_line_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        list(read_articles(path))
    text = str(info.value)
    assert name in text and message in text and "\n" not in text


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_articles(tmp_path / "nope.txt"))


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Title\n\nKyiv talks.".encode("utf-16"))
    [article] = read_articles(path)
    assert article.text.startswith("Kyiv talks")


def test_bad_record_is_skipped_and_reported_when_handler_given(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "1", "text": "fine"}\nnot json\n{"id": "3", "text": "fine too"}\n')
    problems = []
    assert [a.id for a in read_articles(path, on_error=problems.append)] == ["1", "3"]
    assert len(problems) == 1 and "line 2" in str(problems[0])


def test_latin1_is_read_with_a_warning(tmp_path, caplog):
    path = tmp_path / "latin.txt"
    path.write_bytes("Title\n\nThe ministers met at the caf\u00e9 in Par\u00eds and signed the accord.".encode("latin-1"))
    [article] = read_articles(path)
    assert "caf\u00e9" in article.text and "latin.txt" in caplog.text and "not UTF-8" in caplog.text


def test_a_first_line_that_is_a_paragraph_is_no_headline(tmp_path):
    from kgraph.io.plain import read_txt
    path = tmp_path / "kyodo.txt"
    path.write_text("Tokyo, May 10 (Kyodo) -- Foreign Minister Yoko Kamikawa will visit Manila next week, "
                    "the ministry said.\n\nThe pact was agreed in principle last year.\n", encoding="utf-8")
    article = read_txt(path)
    assert article.title == ""
    assert article.text.startswith("Tokyo, May 10 (Kyodo)")
    path.write_text("Japan, Philippines to sign defence pact\n\nThe pact was agreed last year.\n", encoding="utf-8")
    assert read_txt(path).title == "Japan, Philippines to sign defence pact"


# ---- file modes follow the umask ----------------------------------------------------------------------

def run_with_umask(mask: int, *args, cwd=None):
    """The real ``kgraph`` command in a new process whose umask is ``mask``."""
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "kgraph", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300, preexec_fn=lambda: os.umask(mask))


def mode(path) -> int:
    return path.stat().st_mode & 0o777


def test_outputs_follow_the_umask(tmp_path):
    (tmp_path / "story.txt").write_text("Harbour deal\n\nNorway and Ghana signed a port agreement on Friday.\n",
                                        encoding="utf-8")
    built = run_with_umask(0o022, "build", tmp_path / "story.txt", "--out", tmp_path / "out",
                           "--published", "2024-06-07")
    assert built.returncode == 0, built.stderr
    assert {name: mode(tmp_path / "out" / name) for name in ("events.jsonl", "graph.trig", "graph.html")} == {
        "events.jsonl": 0o644, "graph.trig": 0o644, "graph.html": 0o644}
    exported = run_with_umask(0o027, "export", "--graph", tmp_path / "out", "-o", tmp_path / "edges.csv")
    assert exported.returncode == 0 and mode(tmp_path / "edges.csv") == 0o640, exported.stderr
    private = run_with_umask(0o077, "view", "--graph", tmp_path / "out", "-o", tmp_path / "mine.html")
    assert private.returncode == 0 and mode(tmp_path / "mine.html") == 0o600, private.stderr
    assert not [p.name for p in tmp_path.rglob(".*.tmp")]


def test_rewriting_a_private_file_gives_it_the_umask_mode(tmp_path):
    import os

    from kgraph.io.atomic import atomic_write_text

    target = tmp_path / "events.jsonl"
    target.write_text("old\n")
    target.chmod(0o600)  # as earlier versions of kgraph left every file
    previous = os.umask(0o022)
    try:
        atomic_write_text(target, "new\n")
    finally:
        os.umask(previous)
    assert target.read_text() == "new\n" and mode(target) == 0o644


# ---- publication dates in the forms feeds write ------------------------------------------------------

@pytest.mark.parametrize("written", [
    "2024-10-25", "2024-10-25T08:30:00Z", "2024-10-25 08:30:00+02:00", "Fri, 25 Oct 2024 08:30:00 GMT",
    "25 Oct 2024 23:59 -0700", "October 25, 2024", "Oct. 25, 2024", "Friday, October 25, 2024", "25 October 2024",
    "25th Oct 2024", "2024/10/25",
])
def test_published_accepts_the_forms_feeds_use(tmp_path, written):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "f1", "text": "Body.", "published": written}) + "\n", encoding="utf-8")
    [article] = read_articles(path)
    assert article.published == "2024-10-25"


@pytest.mark.parametrize("written, why", [
    ("03/04/2024", "ambiguous"), ("25/10/2024", "ambiguous"), ("10.25.2024", "ambiguous"),
    ("2024-02-30", "day is out of range"), ("Octember 25, 2024", "'Octember' is not a month"),
    ("Fri, 25 Oct 24 08:30:00 GMT", "not a form of date"), ("2024-10-25 or so", "not a form of date"),
])
def test_published_refuses_ambiguous_or_impossible_dates_naming_the_accepted_forms(tmp_path, written, why):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "f1", "text": "Body.", "published": written}) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_articles(path))
    message = str(info.value)
    assert "feed.jsonl: line 1: 'published' is not a date" in message and why in message
    assert "'2024/10/25', 'October 25, 2024', '25 October 2024', 'Fri, 25 Oct 2024 08:30:00 GMT'" in message


def test_published_option_takes_the_same_forms(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nBody.\n", encoding="utf-8")
    assert [a.published for a in read_articles(path, published="25 October 2024")] == ["2024-10-25"]
    with pytest.raises(InputError, match="--published: not a date: '04/03/2024'.*ambiguous"):
        list(read_articles(path, published="04/03/2024"))
