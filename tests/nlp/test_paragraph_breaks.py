"""The parse ends a sentence at a blank line (a headline with no full stop
is not the first sentence's clause), and never at a single line break of
hard-wrapped wire copy."""

from __future__ import annotations

from kg.nlp import load
from tests.conftest import corpus_record


def test_blank_line_ends_the_headline_sentence():
    record = corpus_record("isot-0469")
    text = f"{record['title']}\n\n{record['text'][:300]}"
    doc = load(None)(text)
    first = next(iter(doc.sents))
    assert first.text.strip() == record["title"]
    assert "kg_paragraph_breaks" in load(None).pipe_names


def test_single_line_breaks_do_not_split_sentences():
    # r21578-10660, hard-wrapped at 65 columns
    text = ("TOKYO, March 30 - Finance Minister Kiichi Miyazawa said\nthat the dollar's drop "
            "today to 145 yen is partly attributable\nto the perception inside and outside "
            "Japan that the country has\nfailed to fulfill its promise to expand domestic "
            "demand.\n")
    assert " ".join(record_words(corpus_record("r21578-10660")["text"])).find(
        " ".join(record_words(text))) != -1
    doc = load(None)(text)
    assert len([s for s in doc.sents if s.text.strip()]) == 1


def record_words(text: str) -> list[str]:
    return text.split()
