"""Bad input, one row each: a one-line message naming the file (and line), the rest still goes in.

Every case runs the real command in a separate process, as a user would.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys

import pytest

GOOD = "Poland and Chile signed a trade agreement on Monday."


def kgraph(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "kgraph", *map(str, args)], capture_output=True, text=True,
                          timeout=300, **kwargs)


def jsonl(*records) -> bytes:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records).encode("utf-8")


def good_lines(n: int) -> list[dict]:
    return [{"id": f"ok{i}", "text": GOOD, "published": "2024-03-01"} for i in range(n)]


def malformed_at_57() -> bytes:
    lines = good_lines(60)
    lines[56] = '{"id": "bad", "text": "unterminated'
    return jsonl(*lines)


# name, file content, expected message part, line or record named, events still expected from the file
CASES = [
    ("empty.txt", b"", "file is empty", None, False),
    ("blank.txt", b" \n\t \n", "file is empty", None, False),
    ("paper.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF file)", None, False),
    ("image.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (a PNG image)", None, False),
    ("archive.jsonl", gzip.compress(jsonl(*good_lines(2))), "binary file (a gzip file)", None, False),
    ("malformed.jsonl", malformed_at_57(), "malformed JSON", "line 57", True),
    ("notext.jsonl", jsonl({"id": "n1", "title": "t"}, *good_lines(1)), "record has no 'text'", "line 1", True),
    ("nulltext.jsonl", jsonl({"id": "n1", "text": None}, *good_lines(1)), "record has no 'text'", "line 1", True),
    ("numbertext.json", json.dumps([{"id": "n1", "text": 42}, *good_lines(1)]).encode(), "not a string", "record 1", True),
    ("notarecord.jsonl", jsonl("[1, 2, 3]", *good_lines(1)), "not a JSON object", "line 1", True),
    ("duplicates.jsonl", jsonl(*good_lines(2), good_lines(1)[0]), "duplicate article id 'ok0'", None, True),
    ("baddate.jsonl", jsonl({"id": "d1", "text": GOOD, "published": "last Tuesday"}, *good_lines(1)),
     "'published' is not a date", "line 1", True),
    ("ambiguousdate.jsonl", jsonl({"id": "d2", "text": GOOD, "published": "07/08/2024"}, *good_lines(1)),
     "order of day and month is ambiguous", "line 1", True),
    ("noscript.html", b"<html><head><script>alert(1)</script></head></html>", "no article text found", None, False),
    ("notes.docx", b"PK\x03\x04binary", "unsupported file type", None, False),
]


@pytest.mark.parametrize("name, content, message, where, rest_goes_in", CASES, ids=[c[0] for c in CASES])
def test_bad_input_row(tmp_path, name, content, message, where, rest_goes_in):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / name).write_bytes(content)
    (folder / "zz-good.txt").write_text("Good article\n\n" + GOOD, encoding="utf-8")
    result = kgraph("extract", folder, "--published", "2024-03-01")
    problems = [line for line in result.stderr.splitlines() if line.startswith("kgraph: skipped:")]
    assert len(problems) >= 1, result.stderr
    assert all(name in line for line in problems) and message in problems[0], problems
    if where:
        assert where in problems[0]
    assert "Traceback" not in result.stderr
    assert result.returncode == 1  # some skipped, the rest went in
    docs = {json.loads(line)["doc"] for line in result.stdout.splitlines()}
    assert "zz-good" in docs
    if rest_goes_in:
        assert any(d.startswith("ok") for d in docs)
    assert re.search(r"kgraph: \d+ articles? read, \d+ inputs? skipped: .+\.$", result.stderr.strip().splitlines()[-1])


def test_strict_stops_at_the_first_problem(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(malformed_at_57())
    result = kgraph("extract", path, "--strict")
    assert result.returncode == 2 and "line 57" in result.stderr and result.stdout == ""
    assert "Traceback" not in result.stderr


def test_fifty_megabyte_file_is_refused_clearly(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"Title\n\n")
        handle.write((GOOD + " ").encode() * (50 * 1024 * 1024 // (len(GOOD) + 1)))
    result = kgraph("extract", path)
    assert result.returncode == 2 and "over the limit" in result.stderr and "huge.txt" in result.stderr


def test_utf16_latin1_and_mixed_line_endings_are_read(tmp_path):
    (tmp_path / "u16.txt").write_bytes(("Title\r\n\r\n" + GOOD).encode("utf-16"))
    (tmp_path / "latin.txt").write_bytes(("Caf\u00e9 news\n\n" + GOOD.replace("Chile", "Chile\u00e9")).encode("latin-1"))
    (tmp_path / "mixed.txt").write_bytes(b"Title\r\n\rFirst line.\r\n" + GOOD.encode() + b"\n")
    result = kgraph("extract", tmp_path, "--published", "2024-03-01")
    assert result.returncode == 0, result.stderr
    assert {json.loads(l)["doc"] for l in result.stdout.splitlines()} == {"u16", "latin", "mixed"}
    assert "latin.txt: not UTF-8" in result.stderr


def test_future_publication_date_is_ignored_with_a_warning(tmp_path):
    path = tmp_path / "future.jsonl"
    path.write_text(json.dumps({"id": "f1", "text": GOOD, "published": "2999-01-01"}) + "\n")
    result = kgraph("extract", path)
    assert result.returncode == 0 and "in the future" in result.stderr and "f1" not in result.stderr.split("future")[1]
    assert all(json.loads(l)["date"] is None for l in result.stdout.splitlines())


def test_non_english_text_warns_and_gives_nothing(tmp_path):
    path = tmp_path / "de.txt"
    path.write_text("Titel\n\nDie Außenminister der beiden Länder trafen sich am Montag in Berlin und "
                    "unterzeichneten ein Abkommen über die Zusammenarbeit bei der Energie.", encoding="utf-8")
    result = kgraph("extract", path)
    assert result.returncode == 0 and "English" in result.stderr and result.stdout == ""


def test_hostile_html_is_parsed_not_run_and_fetches_nothing(tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text("""<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
    <html><head><script src="http://example.invalid/x.js"></script></head><body>
    <iframe src="http://example.invalid/frame"></iframe><article><h1>Accord</h1>
    <p>&xxe; Poland and Chile signed a trade agreement on Monday &amp; agreed to meet again.</p>
    <p>Poland and Chile signed a trade agreement on Monday &amp; agreed to meet again.</p>
    <img src=x onerror="alert(1)"></article></body></html>""", encoding="utf-8")
    result = kgraph("extract", page, "--published", "2024-03-01")
    assert result.returncode == 0, result.stderr
    assert "root:" not in result.stdout and "alert" not in result.stdout
    assert '"signs"' in result.stdout


def test_symlink_loop_and_broken_link_are_reported(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("T\n\n" + GOOD)
    os.symlink(folder / "b.txt", folder / "a.txt")
    os.symlink(folder / "a.txt", folder / "b.txt")
    os.symlink(folder, folder / "loop")  # a directory link back to itself is not followed
    result = kgraph("extract", folder, "--published", "2024-03-01")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "a.txt" in result.stderr and "b.txt" in result.stderr and '"good"' in result.stdout


def test_path_with_spaces_and_non_ascii_letters(tmp_path):
    folder = tmp_path / "São Paulo news" / "ünïcode dir"
    folder.mkdir(parents=True)
    (folder / "brief ação.txt").write_text("T\n\n" + GOOD, encoding="utf-8")
    result = kgraph("build", folder.parent, "--out", tmp_path / "out dir ü", "--published", "2024-03-01")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out dir ü" / "graph.trig").exists()


def test_file_vanishing_mid_run_is_reported_and_the_rest_goes_in(tmp_path):
    from kgraph.io import read_articles

    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("T\n\n" + GOOD)
    problems, ids = [], []
    for article in read_articles(tmp_path, on_error=problems.append):
        ids.append(article.id)
        if article.id == "a":
            (tmp_path / "b.txt").unlink()
    assert ids == ["a", "c"] and len(problems) == 1 and "b.txt" in str(problems[0])


def test_unreadable_file_is_reported(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("running as root, which reads files whatever their permissions: an unreadable file "
                    "cannot be made here; read_text turns PermissionError into this message as it does the missing-file case tested above")
    path = tmp_path / "secret.txt"
    path.write_text("T\n\n" + GOOD)
    path.chmod(0)
    result = kgraph("extract", path)
    assert result.returncode == 2, result.stderr
    assert "secret.txt" in result.stderr and "permission denied" in result.stderr
    assert "Traceback" not in result.stderr


def test_batch_summary_counts_what_was_read_and_why_the_rest_was_skipped(tmp_path):
    (tmp_path / "a.txt").write_text("T\n\n" + GOOD)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "empty2.txt").write_text("   ")
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "text": "ok"}\n{oops\n')
    result = kgraph("extract", tmp_path)
    last = result.stderr.strip().splitlines()[-1]
    assert last == "kgraph: 2 articles read, 3 inputs skipped: 2 empty files and 1 line of malformed JSON.", last


def test_batch_summary_reason_reads_cleanly_without_its_details(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"x\x00\xff")
    last = kgraph("extract", tmp_path).stderr.strip().splitlines()[-1]
    assert last == "kgraph: 0 articles read, 1 input skipped: 1 binary file.", last


def test_batch_summary_is_a_sentence_naming_each_kind_of_bad_record(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(jsonl({"id": "r1", "text": GOOD, "published": "the other day"},
                           {"id": "r2", "headline": "a record with no body"},
                           {"id": "r3", "text": GOOD, "published": "sometime in spring"},
                           {"id": "r4", "text": ["not", "a", "string"]},
                           *good_lines(2)))
    result = kgraph("extract", path)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last == ("kgraph: 2 articles read, 4 inputs skipped: 2 records with unreadable publication dates, "
                    "1 record without text and 1 record whose text is empty or not a string."), last


WRITER = """
import sys
from kgraph.io.atomic import atomic_write_text
text = "new line of events\\n" * 15_000_000
print("writing", flush=True)
atomic_write_text(sys.argv[1], text)
print("done", flush=True)
"""


def test_killed_write_never_leaves_a_partial_file(tmp_path):
    import signal

    target = tmp_path / "events.jsonl"
    target.write_text("old content\n")
    child = subprocess.Popen([sys.executable, "-c", WRITER, target], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "writing"
    child.send_signal(signal.SIGKILL)  # in the middle of writing 270 MB
    child.wait(timeout=60)
    content = target.read_bytes()
    assert content == b"old content\n" or content == b"new line of events\n" * 15_000_000
