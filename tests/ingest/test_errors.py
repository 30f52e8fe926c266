"""Every kind of bad input becomes one InputError with a one-line message that
names the file (and line) and the problem; the batch goes on."""

from __future__ import annotations

import io
import json
import random
import sys

import pytest

from kg.errors import InputError
from kg.ingest import Article, from_text, read
from tests.conftest import corpus_record

GOOD = corpus_record("g5w-gold-071e141c216547f83e2b50a6")


def messages(inputs, **kw) -> list[str]:
    return [str(i) for i in read(inputs, **kw) if isinstance(i, InputError)]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b" \r\n\t\n", "empty article"),
        ("bom-only.txt", b"\xef\xbb\xbf\n", "empty article"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image), not text"),
        ("scan.txt", b"%PDF-1.7\n%\xe2\xe3", "binary file (PDF document), not text"),
        ("nul.txt", b"Kyiv said\x00\x00", "binary file (NUL bytes), not text"),
        ("noise.txt", bytes(range(1, 256)) * 8,
         "not UTF-8 text (invalid byte at offset 127; no confident encoding guess)"),
        ("script.html", b"<!doctype html><html><head><title>Live</title></head>"
         b"<body><script>render()</script></body></html>",
         "no article text found in the HTML page"),
        ("page.txt", b"<html><body></body></html>", "no article text found in the HTML page"),
    ],
)
def test_bad_file(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    assert messages([path]) == [f"{path}: {problem}"]


def test_missing_path_and_empty_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b\n")
    assert messages([tmp_path / "missing.txt", tmp_path / "empty"]) == [
        f"{tmp_path / 'missing.txt'}: no such file or directory",
        f"{tmp_path / 'empty'}: no articles in this directory (looked for .htm, .html, "
        ".jsonl, .md, .ndjson, .text, .txt, .xhtml and files without an extension)",
    ]


def test_bad_jsonl_records_are_reported_by_line_and_the_rest_read(tmp_path):
    good = json.dumps(GOOD)
    lines = [
        good,                                              # 1 fine
        '{"id": "x", "text": "Kyiv said so."',             # 2 truncated
        "[1, 2]",                                          # 3 not an object
        '{"id": "y"}',                                     # 4 no text
        '{"id": "z", "text": ["a"]}',                      # 5 text not a string
        '{"id": "w", "text": "Kyiv said so.", "published": "next Blursday"}',  # 6
        '{"id": "v", "text": "   "}',                      # 7 empty
        '{"id": "u", "text": "Kyiv said so.", "url": 3}',  # 8 url not a string
        "",                                                # 9 blank: skipped
        '{"id": "t", "text": "Kyiv said so.", "published": "May 23, 2025"}',  # 10 fine
    ]
    path = tmp_path / "mixed.jsonl"
    data = "\n".join(lines).encode("utf-8") + b'\n{"text": "caf\xe9"}\n'   # 11 bad UTF-8
    path.write_bytes(data)
    items = list(read([path]))
    assert [str(i) for i in items if isinstance(i, InputError)] == [
        f"{path}:line 2: not valid JSON (Expecting ',' delimiter at column 36)",
        f"{path}:line 3: not a JSON object (found array)",
        f"{path}:line 4: record has no 'text'",
        f"{path}:line 5: 'text' is not a string (found array)",
        f"{path}:line 6: unparseable date in 'published': 'next Blursday'",
        f"{path}:line 7: empty article",
        f"{path}:line 8: 'url' is not a string (found number)",
        f"{path}:line 11: not UTF-8 text (invalid byte at column 14)",
    ]
    good_ones = [i for i in items if isinstance(i, Article)]
    assert [a.id for a in good_ones] == [GOOD["id"], "t"]
    assert good_ones[1].published == "2025-05-23"


def test_binary_jsonl_is_one_error(tmp_path):
    path = tmp_path / "data.jsonl"
    path.write_bytes(b"\x1f\x8b\x08\x00" + bytes(200))
    assert messages([path]) == [f"{path}: binary file (gzip archive), not text"]


def test_empty_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\n\n"), encoding="utf-8"))
    assert messages(["-"]) == ["<stdin>: empty article"]


def test_stdin_that_is_not_utf8(monkeypatch):
    data = bytes(random.Random(0).randrange(128, 256) for _ in range(64))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    (message,) = messages(["-"])
    assert message.startswith("<stdin>: not UTF-8 text (invalid byte")


def test_bad_fallback_date_is_refused_up_front(gold_dir):
    with pytest.raises(InputError, match=r"^--published: unparseable date in 'published'"):
        list(read([gold_dir / "prisoner-swap.txt"], published="someday"))


def test_from_text_refuses_an_empty_string():
    with pytest.raises(InputError, match=r"^<string>: empty article$"):
        from_text("  \n", source="<string>")


def test_every_error_is_one_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "a\\nb", "published": "2025-99-99\\nx"}\n')
    (message,) = messages([path])
    assert "\n" not in message.replace("\\n", "")


def test_json_file_must_be_json_lines(tmp_path):
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(GOOD, indent=2))
    lines = tmp_path / "lines.json"
    lines.write_text(json.dumps(GOOD) + "\n")
    items = list(read([pretty, lines]))
    assert str(items[0]) == (
        f"{pretty}: not JSON Lines (one JSON object per line, each with 'text'); "
        "kg reads .jsonl, .ndjson, .txt, .md and .html files"
    )
    assert isinstance(items[1], Article) and items[1].id == GOOD["id"]
