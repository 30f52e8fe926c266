"""Boilerplate flags on real text: the reference article and corpus records.

Each corpus case names its record id in ``shared/corpora/news.jsonl``.
"""

from __future__ import annotations

import pytest

from kg.ingest.boilerplate import find_boilerplate
from tests.conftest import corpus_record


def flagged(text: str) -> list[str]:
    return [text[s:e].strip() for s, e in find_boilerplate(text)]


def assert_line_aligned(text: str, spans: tuple[tuple[int, int], ...]) -> None:
    for start, end in spans:
        assert start == 0 or text[start - 1] in "\r\n", (start, text[start - 10 : end])
        assert end == len(text) or text[end] in "\r\n", (end, text[start:end + 10])


def test_reference_article_flags_its_noise_and_no_paragraph(reference_text):
    assert flagged(reference_text) == [
        "support independent journalism with $10 per month",
        "A woman reacts as she visits the grave of her relative, a Ukrainian soldier, as "
        "Ukrainians mark the national Day of Heroes, amid Russia’s ongoing invasion of "
        "Ukraine, at the Lychakiv cemetery in Lviv, Ukraine, May 23, 2025.",
        "Pavlo Palamarchuk/REUTERS",
        "Share.",
        "Leave A Reply",
        "Exit mobile version",
    ]
    assert_line_aligned(reference_text, find_boilerplate(reference_text))


def test_gold_articles_keep_every_news_paragraph(gold_dir):
    """Of the other gold articles only the AP copyright line and a wire sign-off go."""
    found = {
        path.stem: flagged(path.read_text(encoding="utf-8"))
        for path in sorted(gold_dir.glob("*.txt"))
        if path.stem != "prisoner-swap"
    }
    assert found["china-sanctions-violators"][0].startswith(
        "Copyright 2018 The Associated Press. All rights reserved."
    )
    assert found["reagan-iran-arms"] == ["Reuter"]
    others = {k: v for k, v in found.items()
              if k not in ("china-sanctions-violators", "reagan-iran-arms")}
    assert all(v == [] for v in others.values()), others


# (record id, a flagged line as it stands in the record)
FLAGGED = [
    ("g5w-cluster-1a84923a92ecc0280270d6df", "Advertisement Continue reading the main story"),
    ("g5w-cluster-12e3629ae0c8fe356b5c757c", "Scroll down for video"),
    ("g5w-cluster-2dc293a3fe84e4ab9334956e", "SaveSave"),
    ("g5w-cluster-08850d993c9b233780e47157", "Photo"),
    ("g5w-cluster-106fa91c2f79e76714586200", "Read or Share this story: https://usat.ly/2Cc6gQo"),
    ("r21578-220", "REUTER"),
    # a standalone credit line after a news paragraph
    ("g5w-cluster-bc57ffddd242800dbbbd6786", "David Becker/Getty Images"),
    ("g5w-cluster-bc57ffddd242800dbbbd6786", "John Locher/Associated Press"),
    # captions that end in their own credit
    ("g5w-cluster-441fe62fc92e31c4db75356e",
     "Chinese Foreign Ministry spokeswoman Hua Chunying gestures during a news briefing "
     "in Beijing. (Mark Schiefelbein/AP)"),
    ("g5w-cluster-10940dbce42147efbb374450",
     "Enlarge this image toggle caption Brendan Smialowski/Getty Images "
     "Brendan Smialowski/Getty Images"),
]


@pytest.mark.parametrize(("record_id", "line"), FLAGGED)
def test_corpus_noise_lines_are_flagged(record_id, line):
    text = corpus_record(record_id)["text"]
    assert line in flagged(text)
    assert_line_aligned(text, tuple(
        s for s in find_boilerplate(text) if not text[s[0]:s[1]].startswith("Image copyright")
    ))


# (record id, a news line that must stay)
KEPT = [
    # hard-wrapped Reuters-21578 text: short continuation lines are news
    ("r21578-28", "dominance in Washington, political analysts said."),
    ("r21578-28", "analyst Stephen Hess told Reuters in commenting on the Tower"),
    # the paragraph before a credit line that does not read like a caption
    ("g5w-cluster-bc57ffddd242800dbbbd6786",
     "As victims fell, people ran or ducked for cover. Many concertgoers jumped fences to "
     "escape."),
]


@pytest.mark.parametrize(("record_id", "line"), KEPT)
def test_corpus_news_lines_are_kept(record_id, line):
    text = corpus_record(record_id)["text"]
    assert line in [ln.strip() for ln in text.splitlines()]
    assert line not in flagged(text)


def test_inline_image_copyright_label_is_flagged_where_it_stands():
    """news-please runs BBC picture labels into the body: only the label goes,
    the sentences around it stay (g5w-gold-6397b8a9984ff5b8d7dea4a2)."""
    text = corpus_record("g5w-gold-6397b8a9984ff5b8d7dea4a2")["text"]
    labels = flagged(text)
    assert "Image copyright AP Image caption" in labels
    assert "Image copyright EPA Image caption" in labels
    start = text.index("For Republicans, it seems")
    assert not any(s <= start < e for s, e in find_boilerplate(text))


def test_spans_keep_crlf_line_endings_out():
    text = "Kyiv said on Friday the swap went ahead.\r\nShare.\r\nLeave A Reply"
    assert [text[s:e] for s, e in find_boilerplate(text)] == ["Share.", "Leave A Reply"]


def test_news_paragraph_before_a_credit_is_not_a_caption():
    """A credit line flags the paragraph above it only when that paragraph reads
    like a caption: "to hold talks" is news (g5w-cluster-a34593b13a3026b381ecb28b,
    credit line from g5w-cluster-bc57ffddd242800dbbbd6786)."""
    news = next(
        line for line in corpus_record("g5w-cluster-a34593b13a3026b381ecb28b")["text"].split("\n")
        if line.startswith("Seoul responded with an offer to hold talks")
    )
    text = f"{news}\n\nDavid Becker/Getty Images\n"
    assert flagged(text) == ["David Becker/Getty Images"]
