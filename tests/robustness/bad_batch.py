"""One batch of everything a scraper can hand kg, bad and good, for the
end-to-end test through the real ``kg`` process.

Each :class:`Bad` is one input kind kg must refuse with a one-line error
naming the file (and line) and the problem; each :class:`Good` one that must
be built despite its oddity (a BOM, mixed line endings, Windows-1252, a path
with spaces and accents). The good texts are real corpus articles (record
ids cited), so the batch builds real graphs.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import SHARED, corpus_record

SHARED_HTML = SHARED / "corpora" / "html"

#: Short real articles of shared/corpora/news.jsonl.
AFGHAN = "g5w-gold-0e7ab2ce71c1bce03040ec23"  # Taliban bombing, German consulate
CLINTON = "g5w-gold-402f560789b2242775a7bed9"  # Clinton blames Comey
CROYDON = "g5w-gold-56637e2204cf4ec89768a742"  # Croydon tram crash
CHINA = "g5w-cluster-0046d5ff09e56287742ed727"  # China opposes DPRK launch
COMEY = "g5w-gold-e6eaeb198f8ff125434c68fd"  # FBI letter

#: A German news paragraph (written for this test; kg must not parse it as English).
GERMAN = (
    "Der Bundeskanzler sagte am Freitag in Berlin, dass die Regierung die Hilfe für die "
    "Ukraine auch im nächsten Jahr fortsetzen werde. Die Opposition im Bundestag hatte "
    "zuvor gegen das Paket gestimmt, weil sie die Kosten für zu hoch hält und eine "
    "Debatte über die Finanzierung verlangt."
)


@dataclass(frozen=True)
class Bad:
    """An input kg must refuse: ``arg`` goes on the command line; the error line
    must name ``names`` (file, and ``line N`` for a record) and say ``problem``."""

    kind: str
    names: tuple[str, ...]
    problem: str


@dataclass(frozen=True)
class Good:
    """An input kg must build: its article id and the text it must hold."""

    kind: str
    article_id: str
    text: str


@dataclass
class Batch:
    args: list[str]
    bad: list[Bad]
    good: list[Good]
    stdin: bytes


def _text(record_id: str) -> str:
    return corpus_record(record_id)["text"]


def make_batch(root: Path) -> Batch:
    """Write every input kind under ``root``; return the command-line arguments."""
    root.mkdir(parents=True, exist_ok=True)
    args: list[str] = []
    bad: list[Bad] = []
    good: list[Good] = []

    def file(name: str, data: bytes | str) -> Path:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        args.append(str(path))
        return path

    # -- files and directories
    args.append(str(root / "missing.txt"))
    bad.append(Bad("missing path", ("missing.txt",), "no such file or directory"))
    (root / "empty-dir").mkdir()
    (root / "empty-dir" / "cover.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    args.append(str(root / "empty-dir"))
    bad.append(Bad("directory with no articles", ("empty-dir",), "no articles in this directory"))
    file("empty.txt", b"")
    bad.append(Bad("empty file", ("empty.txt",), "empty article"))
    file("blank.txt", " \n\t\r\n  \n")
    bad.append(Bad("whitespace only", ("blank.txt",), "empty article"))
    file("dump.bin", bytes(range(256)) * 4)
    bad.append(Bad("binary file", ("dump.bin",), "binary file (NUL bytes)"))
    file("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(200)))
    bad.append(Bad("image with a .txt name", ("photo.txt",), "binary file (JPEG image)"))
    file("archive.jsonl", gzip.compress(b'{"text": "x"}\n'))
    bad.append(Bad("gzip archive with a .jsonl name", ("archive.jsonl",),
                   "binary file (gzip archive)"))
    file("garbled.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 40)
    bad.append(Bad("bytes in no text encoding (cp949 would make mojibake)", ("garbled.txt",),
                   "not UTF-8 text"))
    page = (SHARED_HTML / "aeb--ap-sondland.html").read_text(encoding="utf-8")
    file("cut.html", page[: len(page) // 2])
    bad.append(Bad("truncated HTML", ("cut.html",), "truncated HTML page"))
    file("dataset.json", json.dumps([{"text": _text(CLINTON)}]))
    bad.append(Bad("JSON array, not JSON Lines", ("dataset.json",), "not JSON Lines"))
    file("no-text.html", "<!doctype html><html><head><title>Menu</title></head>"
         "<body><script>window.menu = [];</script></body></html>")
    bad.append(Bad("HTML page with no article text", ("no-text.html",),
                   "no article text found in the HTML page"))
    big = root / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: 50 MB on paper, never read
    args.append(str(big))
    bad.append(Bad("50 MB article", ("huge.txt",), "file too large for one article"))
    file("dump.jsonl", json.dumps({"id": "dump", "text": "war " * 5_250_000}) + "\n")
    bad.append(Bad("21 MB JSONL record", ("dump.jsonl", "line 1"), "too long for one article"))
    file("one-word.txt", "Ukraine\n")
    bad.append(Bad("1-word article", ("one-word.txt",), "too short for an article (1 word"))
    file("quotes.txt", '“ ” " " ‘ ’ « » "\n""\n')
    bad.append(Bad("only quotation marks", ("quotes.txt",), "no words in the article"))
    file("german.txt", GERMAN)
    bad.append(Bad("text in another language", ("german.txt",),
                   "not English text (looks like German)"))
    (root / "gone.txt").symlink_to(root / "deleted-target.txt")
    args.append(str(root / "gone.txt"))
    bad.append(Bad("broken symlink", ("gone.txt",), "no such file or directory"))

    # -- one JSON Lines file, one bad record per line (and good ones between)
    lines = [
        '{"id": "broken", "text": "Clinton said',  # 1 not JSON
        json.dumps({"id": "no-text", "title": "A headline only"}),  # 2
        json.dumps({"id": "num-text", "text": 42}),  # 3
        json.dumps({"id": "bad-date", "text": _text(COMEY), "published": "last Tuesday"}),  # 4
        json.dumps({"id": "clinton", "text": _text(CLINTON),
                    "published": "2016-11-13T09:07:21"}),  # 5 good
        json.dumps({"id": "clinton", "text": _text(CLINTON)}),  # 6 duplicate id
        json.dumps([_text(CLINTON)]),  # 7 array
        json.dumps({"id": ["x"], "text": _text(COMEY)}),  # 8 id not a string
        '{"id": "latin", "text": "caf\xe9 cr\xe8me"}',  # 9 raw Latin-1 byte (invalid UTF-8)
        json.dumps({"id": "blank-text", "text": "   \n "}),  # 10
        json.dumps({"id": "date-num", "text": _text(COMEY), "published": 20161108}),  # 11
    ]
    data = "\n".join(lines[:8]).encode("utf-8") + b"\n" + lines[8].encode("latin-1") + b"\n" \
        + "\n".join(lines[9:]).encode("utf-8") + b"\n"
    file("records.jsonl", data)
    rec = "records.jsonl"
    bad += [
        Bad("JSONL line that is not JSON", (rec, "line 1"), "not valid JSON"),
        Bad("JSONL record without text", (rec, "line 2"), "record has no 'text'"),
        Bad("JSONL text not a string", (rec, "line 3"), "'text' is not a string (found number)"),
        Bad("JSONL bad published", (rec, "line 4"), "unparseable date in 'published'"),
        Bad("duplicate article id in one batch", (rec, "line 6"),
            "duplicate article id clinton, first seen in"),
        Bad("JSONL line that is an array", (rec, "line 7"), "not a JSON object (found array)"),
        Bad("JSONL id not a string", (rec, "line 8"), "'id' is not a string (found array)"),
        Bad("JSONL line not UTF-8", (rec, "line 9"), "not UTF-8 text"),
        Bad("JSONL text only whitespace", (rec, "line 10"), "empty article"),
        Bad("JSONL published not a string", (rec, "line 11"), "'published' is not a string"),
    ]
    good.append(Good("JSONL record", "clinton", _text(CLINTON)))

    # -- stdin: a producer stopped half-way through a record
    args.append("-")
    stdin = json.dumps({"id": "cut", "text": _text(CROYDON)}).encode("utf-8")[:120]
    bad.append(Bad("stdin closed early (truncated record)", ("<stdin>", "line 1"),
                   "not valid JSON"))

    # -- odd but good
    afghan = _text(AFGHAN)
    file("bom.txt", b"\xef\xbb\xbf" + afghan.encode("utf-8"))
    good.append(Good("UTF-8 BOM", "bom", afghan))
    sentences = _text(CROYDON).split(". ")
    mixed = ".\r\n".join(sentences[:3]) + ".\n" + ".\r".join(sentences[3:])
    file("mixed-endings.txt", mixed.encode("utf-8"))
    good.append(Good("mixed line endings", "mixed-endings", mixed))
    comey = _text(COMEY).replace("Mrs Clinton", "Mrs Clinton (née Rodham, café owner’s friend)")
    file("cp1252.txt", comey.encode("cp1252"))
    good.append(Good("Windows-1252 text", "cp1252", comey))
    china = _text(CHINA)
    file("dir with spaces/Überblick – Peking.txt", china)
    good.append(Good("path with spaces and non-ASCII", "Überblick – Peking", china))
    return Batch(args=args, bad=bad, good=good, stdin=stdin)
