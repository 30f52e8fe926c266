"""Each input format read from real files: text kept exactly, metadata found."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import shutil
import sys
from pathlib import Path

import pytest

from kg.ingest import Article, InputError, from_text, read
from kg.ingest.ids import article_id
from tests.conftest import SHARED, corpus_record, corpus_records

HTML_DIR = SHARED / "corpora" / "html"


def articles(inputs, **kw) -> list[Article]:
    items = list(read(inputs, **kw))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors == []
    return items


def test_plain_text_file_is_kept_exactly(gold_dir, reference_text):
    (article,) = articles([gold_dir / "prisoner-swap.txt"], published="2025-05-23")
    assert article.text == reference_text
    assert article.id == "prisoner-swap"
    assert article.source == str(gold_dir / "prisoner-swap.txt")
    assert article.published == "2025-05-23"
    assert article.url is None and article.title is None
    flagged = [article.text[s:e] for s, e in article.boilerplate]
    assert flagged[0] == "support independent journalism with $10 per month"
    assert flagged[-1] == "Exit mobile version"


def test_bom_is_removed_and_crlf_kept(tmp_path, reference_text):
    body = reference_text.replace("\n", "\r\n")
    path = tmp_path / "swap.txt"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    (article,) = articles([path])
    assert article.text == body
    assert article.text[: len("support")] == "support"
    assert [article.text[s:e] for s, e in article.boilerplate][-3:] == [
        "Share.", "Leave A Reply", "Exit mobile version"
    ]


def test_windows_1252_file_is_decoded(tmp_path):
    """A Windows-1252 copy of a corpus article with pound signs and no character
    beyond Latin-1 (g5w-cluster-12e3629ae0c8fe356b5c757c) decodes to the same text."""
    text = corpus_record("g5w-cluster-12e3629ae0c8fe356b5c757c")["text"]
    assert "£" in text
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1252"))
    (article,) = articles([path])
    assert article.text == text


def test_html_page_through_trafilatura(tmp_path):
    page = HTML_DIR / "aeb--ap-sondland.html"
    (article,) = articles([page], published="2000-01-01")
    assert article.id == "aeb--ap-sondland"
    assert article.title == "Unpredictable Sondland faces questions about Trump, Ukraine"
    assert article.url.startswith("https://hosted.ap.org/")
    assert article.published == "2019-11-20"  # the page's date beats the fallback
    assert "Sondland" in article.text and "<" not in article.text


def test_html_is_recognised_by_content(tmp_path):
    path = tmp_path / "page.txt"
    shutil.copy(HTML_DIR / "trafilatura--bbc.com.52241221.html", path)
    (article,) = articles([path])
    assert article.id == "page"
    assert article.url == "https://www.bbc.com/news/world-us-canada-52241221"
    assert "<" not in article.text[:200]


def test_jsonl_records_stream_with_their_fields(tmp_path):
    records = list(corpus_records(limit=3))
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + "\n", encoding="utf-8")
    found = articles([path], published="2000-01-01")
    assert [a.id for a in found] == [r["id"] for r in records]
    for number, (article, record) in enumerate(zip(found, records, strict=True), start=1):
        assert article.text == record["text"]
        assert article.url == record["url"]
        assert article.title == record["title"]
        assert article.published == record["published"]
        assert article.source == f"{path}:{number} ({record['source']})"


def test_jsonl_record_without_id_or_date(tmp_path):
    path = tmp_path / "bare.ndjson"
    text = corpus_record("r21578-28")["text"]
    path.write_text(json.dumps({"text": text}) + "\n")
    (article,) = articles([path], published="2025-05-23")
    assert article.id == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    assert article.id == article_id(None, text)
    assert article.published == "2025-05-23"
    assert article.source == f"{path}:1"


def test_directory_walk_is_sorted_and_recursive(tmp_path, gold_dir):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    shutil.copy(gold_dir / "prisoner-swap.txt", tmp_path / "b" / "z.txt")
    shutil.copy(gold_dir / "esper-vietnam-china.txt", tmp_path / "a" / "y")
    shutil.copy(gold_dir / "straw-china-arms.txt", tmp_path / "c.md")
    shutil.copy(gold_dir / "straw-china-arms.txt", tmp_path / ".hidden" / "x.txt")
    (tmp_path / "notes.json").write_text("{}")
    found = articles([tmp_path])
    assert [Path(a.source).relative_to(tmp_path).as_posix() for a in found] == [
        "a/y", "b/z.txt", "c.md"
    ]
    assert [a.id for a in found] == ["y", "z", "c"]


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_plain_text(monkeypatch, reference_text):
    _stdin(monkeypatch, reference_text.encode("utf-8"))
    (article,) = articles(["-"], published="2025-05-23")
    assert article.text == reference_text
    assert article.source == "<stdin>"
    assert len(article.id) == 16
    assert article.published == "2025-05-23"


def test_stdin_jsonl(monkeypatch):
    records = list(corpus_records(limit=2))
    _stdin(monkeypatch, ("\n" + "".join(json.dumps(r) + "\n" for r in records)).encode())
    found = articles(["-"])
    assert [a.id for a in found] == [r["id"] for r in records]
    assert found[0].source.startswith("<stdin>:2 (")


def test_stdin_html(monkeypatch):
    _stdin(monkeypatch, (HTML_DIR / "aeb--ap-sondland.html").read_bytes())
    (article,) = articles(["-"])
    assert article.title == "Unpredictable Sondland faces questions about Trump, Ukraine"
    assert article.id.startswith("hosted.ap.org-unpredictable-sondland")


@pytest.mark.parametrize("page", sorted(p.name for p in HTML_DIR.glob("*.html")))
def test_every_corpus_page_gives_an_article(page):
    (article,) = articles([HTML_DIR / page])
    assert article.text.strip() and article.published


def test_offsets_index_the_kept_text_for_the_corpus_sample():
    """Boilerplate spans lie inside the text, sorted and disjoint, for 300 records."""
    for record in corpus_records(limit=300):
        article = from_text(record["text"], source="corpus", id=record["id"])
        assert article.text == record["text"]
        last = 0
        for start, end in article.boilerplate:
            assert last <= start < end <= len(article.text)
            last = end


class EndlessJsonl:
    """A stdin that never ends (iterated like a file, from where it stands):
    reading it whole would hang the test."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.numbers = itertools.count()

    def __iter__(self):
        return self

    def __next__(self) -> str:
        return json.dumps({"id": f"r{next(self.numbers)}", "text": self.text}) + "\n"

    def read(self) -> str:  # pragma: no cover - reached only if ingest stops streaming
        raise AssertionError("stdin read whole")


def test_jsonl_is_streamed_not_loaded_whole(monkeypatch):
    text = corpus_record("r21578-28")["text"]
    monkeypatch.setattr(sys, "stdin", EndlessJsonl(text))
    first = list(itertools.islice(read(["-"]), 3))
    assert [a.id for a in first] == ["r0", "r1", "r2"]
    assert all(a.text == text for a in first)


def test_every_gold_text_is_read_exactly(gold_dir):
    paths = sorted(gold_dir.glob("*.txt"))
    found = articles(paths)
    assert [a.id for a in found] == [p.stem for p in paths]
    for path, article in zip(paths, found, strict=True):
        assert article.text == path.read_bytes().decode("utf-8").removeprefix("\ufeff")


def test_utf16_file_with_bom(tmp_path, reference_text):
    path = tmp_path / "swap.txt"
    path.write_bytes(reference_text.encode("utf-16"))
    (article,) = articles([path])
    assert article.text == reference_text
