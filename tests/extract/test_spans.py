"""Spans point at the words, not at the indent or the quotation marks around them."""

from __future__ import annotations

import pytest

from kg.extract.spans import tight

TEXT = "    LONDON, Oct 19 - “We will,” Nigel\nLawson said.\n"


@pytest.mark.parametrize(("span", "surface"), [
    ((0, 10), "LONDON"),                 # the 4-space indent of Reuters-21578 copy
    ((21, 30), "We will,"),               # quotation marks at both edges
    ((31, 44), "Nigel\nLawson"),         # inner newline kept, outer spaces dropped
    ((44, 51), "said."),
])
def test_tight_trims_whitespace_and_marks(span: tuple[int, int], surface: str) -> None:
    start, end = tight(TEXT, span)
    assert TEXT[start:end] == surface


def test_a_span_of_only_marks_is_left_alone() -> None:
    assert tight("“”", (0, 2)) == (0, 2)


def test_statement_speaker_span_starts_on_the_name() -> None:
    import kg

    extraction = kg.extract(" President Trump said President Trump said")
    start, end = extraction.statements[0].speaker_span
    assert extraction.article.text[start:end] == "President Trump"
