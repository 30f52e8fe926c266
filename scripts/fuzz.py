"""Fuzz kg's ingest and extraction with hypothesis: random bytes, unicode,
quote marks and HTML must give an article or one of kg's own errors, never
another exception, and every offset kg emits must read back its surface.

The properties live here so that the test suite (``tests/robustness/
test_fuzz.py``, a few dozen examples each) and a long run on demand use the
same code::

    .venv/bin/python scripts/fuzz.py --examples 2000       # per property
    .venv/bin/python scripts/fuzz.py --examples 300 --only extract

It prints how many examples each property ran (shrinking included) and, for
a property that fails, hypothesis's shrunk falsifying example; it goes on
with the other properties and exits 1 when any failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_provenance import Tally, check_extraction

from kg.errors import InputError, KgError

#: Quotation marks scrapers produce: straight, curly, guillemets, primes, CJK corners.
QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‟", "‹", "›", "″", "「", "」", "`", "''"]
#: Real sentence material (shared/gold/prisoner-swap.txt and corpus record
#: g5w-gold-0e7ab2ce71c1bce03040ec23) cut into pieces a fuzzer can shuffle.
FRAGMENTS = [
    "President Trump said", "Russia and Ukraine", "had carried out a large exchange",
    "of prisoners of war", "Kremlin spokesman Dmitry Peskov told reporters",
    "Volodymyr Zelenskyy", "on Friday", "a senior Ukrainian official said",
    "This could lead to something big", "The Taliban said the bombing",
    "was a revenge attack", "local police chief Sayed Kamal Sadat told AFP",
    "the German consulate in Afghanistan's Mazar-i-Sharif city", "according to",
    "Mr. Trump wrote on Truth Social", "he added", "Putin", "Moscow", ".", ",", ":",
    "\n", "\n\n", "\r\n", " ", "Share.", "Leave A Reply", "Pavlo Palamarchuk/REUTERS",
]

#: Counts of examples run per property (read by :func:`main`).
RUNS: Counter[str] = Counter()
#: ``--collect``: offset problems are recorded here and the run goes on.
COLLECT = False
FAILURES: list[str] = []

_text_material = st.one_of(
    st.sampled_from(FRAGMENTS), st.sampled_from(QUOTES), st.text(max_size=12),
    st.characters(),
)
article_text = st.lists(_text_material, min_size=1, max_size=60).map(" ".join)
"""Texts mixing real clauses, quote marks of every kind and random unicode."""

_tags = st.sampled_from(["p", "div", "article", "script", "style", "h1", "span", "nav",
                         "footer", "b", "a", "br", "img", "table", "td", "!--", "meta"])
html_page = st.builds(
    lambda head, parts, close: "<!doctype html><html><head>" + head + "</head><body>"
    + "".join(parts) + ("</body></html>" if close else ""),
    st.sampled_from(["", "<title>T</title>", '<meta property="og:url" content="x">',
                     '<meta name="date" content="2025-13-45">']),
    st.lists(st.one_of(
        st.builds(lambda t, body: f"<{t}>{body}</{t}>", _tags, article_text),
        st.builds(lambda t: f"<{t}", _tags),  # unclosed tags
        article_text, st.sampled_from(["&amp;", "&#x0;", "&nbsp;", "]]>", "<![CDATA[", "<"]),
    ), max_size=12),
    st.booleans(),
)
"""Whole HTML documents with random tags, unclosed tags, entities and text."""


# ------------------------------------------------------------------ properties


def prop_decode(data: bytes) -> None:
    """Any bytes decode to text or raise InputError; no mojibake from byte soup."""
    from kg.ingest.decode import decode

    RUNS["decode"] += 1
    try:
        text = decode(data, "fuzz.txt")
    except InputError:
        return
    assert isinstance(text, str)


def prop_ingest_text(text: str) -> None:
    """A text becomes an Article (boilerplate spans in bounds) or an InputError;
    vetting never raises."""
    from kg.ingest import from_text
    from kg.ingest.vet import problem

    RUNS["ingest_text"] += 1
    try:
        article = from_text(text, source="fuzz.txt", published="2025-05-23")
    except InputError:
        return
    assert article.text == text
    for start, end in article.boilerplate:
        assert 0 <= start < end <= len(text)
    reason = problem(text)
    assert reason is None or "\n" not in reason


def prop_ingest_jsonl(lines: list[str]) -> None:
    """Random JSON Lines give articles or InputErrors naming their line."""
    from kg.ingest.found import Found
    from kg.ingest.jsonl import read_jsonl

    RUNS["ingest_jsonl"] += 1
    for item in read_jsonl(lines, path="fuzz.jsonl", published="2025-05-23"):
        if isinstance(item, InputError):
            assert item.location is not None and item.location.startswith("line ")
        else:
            assert isinstance(item, Found)


def prop_ingest_html(page: str) -> None:
    """Random HTML pages give an article or an InputError."""
    from kg.ingest import from_html

    RUNS["ingest_html"] += 1
    try:
        article = from_html(page, source="fuzz.html", published="2025-05-23")
    except InputError:
        return
    assert article.text.strip()


def prop_extract(nlp, text: str) -> None:
    """Extraction of any text raises only KgError, and every offset reads back."""
    from kg.extract import extract_doc
    from kg.ingest import from_text
    from kg.nlp import parse, pipeline_id

    RUNS["extract"] += 1
    try:
        article = from_text(text, source="fuzz.txt", published="2025-05-23")
    except InputError:
        return
    try:
        ((_, doc),) = parse(nlp, [article])
        extraction = extract_doc(doc, article, pipeline=pipeline_id(nlp))
    except KgError:
        return
    tally = Tally()
    check_extraction(extraction, tally)
    RUNS["extract_items"] += tally.total
    if COLLECT:
        RUNS["extract_failed"] += bool(tally.failures)
        FAILURES.extend(f"{text!r}: {f}" for f in tally.failures)
        return
    assert not tally.failures, tally.failures


# ------------------------------------------------------------------ running


def _run(name: str, examples: int, nlp) -> None:
    config = settings(max_examples=examples, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
    tests = {
        "decode": given(st.binary(max_size=2048))(prop_decode),
        "ingest_text": given(article_text)(prop_ingest_text),
        "ingest_jsonl": given(st.lists(st.one_of(
            st.text(max_size=80), st.sampled_from(['{"text": 1}', '{"text": "a b c"}', "[]",
                                                   '{"text": "x", "published": "2025-99-01"}',
                                                   '{"id": "a", "text": "one two three"}'])),
            max_size=8))(prop_ingest_jsonl),
        "ingest_html": given(html_page)(prop_ingest_html),
        "extract": given(article_text)(lambda text: prop_extract(nlp, text)),
    }
    config(tests[name])()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=1000, help="examples per property")
    parser.add_argument("--only", choices=["decode", "ingest_text", "ingest_jsonl",
                                           "ingest_html", "extract"], action="append")
    parser.add_argument("--collect", action="store_true",
                        help="record offset problems of extraction and go on (a failure "
                             "rate over all examples instead of the first one, shrunk)")
    args = parser.parse_args(argv)
    global COLLECT
    COLLECT = args.collect
    from kg.nlp import load

    names = args.only or ["decode", "ingest_text", "ingest_jsonl", "ingest_html", "extract"]
    nlp = load() if "extract" in names else None
    started = time.monotonic()
    failed = []
    for name in names:
        try:
            _run(name, args.examples, nlp)
        except Exception as exc:  # hypothesis re-raises the shrunk failure: report, go on
            failed.append(name)
            print(f"{name:14} {RUNS[name]:7} examples, FAILED: {exc}", flush=True)
        else:
            bad = RUNS["extract_failed"] if name == "extract" else 0
            print(f"{name:14} {RUNS[name]:7} examples, "
                  + (f"{bad} with offset problems (listed below)" if bad else "no failure"),
                  flush=True)
    if "extract" in names:
        print(f"extract items offset-checked: {RUNS['extract_items']}")
    if FAILURES:
        failed.append("extract")
        print(f"extract examples with an offset problem: {RUNS['extract_failed']}")
        for line in sorted(set(FAILURES))[:50]:
            print("  " + line)
    total = sum(n for k, n in RUNS.items() if k != "extract_items")
    print(f"total {total} examples in {time.monotonic() - started:.0f}s"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
