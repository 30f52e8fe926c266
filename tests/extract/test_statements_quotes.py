"""Quote spans from quotation marks (``kg.extract.statements.quotes``), on
real sentences; no model needed. Sources are cited per row."""

from __future__ import annotations

import pytest

from kg.extract.statements.quotes import find_quotes


def _texts(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        # curly marks, the trailing comma inside the quote left out
        ("gold/prisoner-swap.txt",
         "“A major prisoners swap was just completed between Russia and Ukraine,” Mr. Trump "
         "said on his Truth Social platform.",
         ["A major prisoners swap was just completed between Russia and Ukraine"]),
        # a quote split by its attribution
        ("corpus g5w-cluster-1f500d301693b2f58e25789a",
         "“France has been struck on the day of her national holiday,” he said. “Human rights "
         "are denied by fanatics, and France is clearly their target.”",
         ["France has been struck on the day of her national holiday",
          "Human rights are denied by fanatics, and France is clearly their target."]),
        # straight marks after a colon
        ("corpus g5w-gold-071e141c216547f83e2b50a6",
         'A Met spokesman said: "Police were called to an overturned tram at 6.10 and officers '
         'are in attendance."',
         ["Police were called to an overturned tram at 6.10 and officers are in attendance."]),
        # a closing mark used to open (Reuters copy), apostrophes inside words
        ("gold/tamimi-indictment.txt",
         "”Their aim is to terrorize people, and they are trying to deter children and others,” "
         "he said.",
         ["Their aim is to terrorize people, and they are trying to deter children and others"]),
        # a straight quote left open, then a new one: two quotes, nothing swallowed
        ("gold/straw-china-arms.txt",
         'Brad Adams, from Human Rights Watch, said: "This is a huge political signal from '
         'Europe that they are willing to forget about Tiananmen Square. "There are still '
         'thousands of people who are unaccounted for."',
         ["This is a huge political signal from Europe that they are willing to forget about "
          "Tiananmen Square.",
          "There are still thousands of people who are unaccounted for."]),
        # a single-quoted term inside a double quote stays inside it
        ("gold/reagan-iran-arms.txt",
         "to head the CIA, \"understands the meaning of 'rule of law'\".",
         ["understands the meaning of 'rule of law'"]),
        # possessives and contractions are not marks
        ("gold/reagan-iran-arms.txt",
         "I asked so many questions about the hostages' welfare that I didn't ask enough",
         []),
        # a doubled single mark closing a curly double one (wire copy)
        ("corpus (mislead voters, Full Fact)",
         "“It was an attempt to mislead voters,’’ Will Moy, chief executive of the London-based "
         "fact-checking website Full Fact, told the BBC.",
         ["It was an attempt to mislead voters"]),
    ],
)
def test_quote_spans(source: str, text: str, expected: list[str]) -> None:
    assert _texts(text) == expected, source


def test_unbalanced_mark_stops_at_the_paragraph() -> None:
    # gold/prisoner-swap.txt, with the closing mark of the first quote removed
    text = ("“This could lead to something big??? Mr. Trump said in his post on Friday.\n"
            "White House and National Security Council officials did not immediately respond.")
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].end <= text.index("\n")
    assert quotes[0].close_at is None


def test_quote_running_over_paragraphs_is_linked() -> None:
    # gold/reagan-iran-arms.txt: an open quote continued by an opening mark
    text = ("    \"It's clear from the Board's report however that I let my\n"
            "personal concern for the hostages spill over into the\n"
            "geo-political strategy of reaching out to Iran.\n"
            "    \"I asked so many questions about the hostages' welfare that\n"
            "I didn't ask enough about the specifics of the total Iran plan,\"\n"
            "he said.\n") * 3
    quotes = find_quotes(text)
    assert [q.continues for q in quotes[:2]] == [True, False]
    assert text[quotes[0].start:quotes[0].end].endswith("reaching out to Iran.")


def test_spans_index_the_text() -> None:
    text = '“A,” he said. "B" and ‘C’ and don\'t “D'
    for q in find_quotes(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end].strip() == text[q.start:q.end]


def test_hard_wrapped_wire_copy(gold_dir) -> None:  # type: ignore[no-untyped-def]
    """Old wire copy wrapped at a fixed width: a quote runs over line breaks
    inside its paragraph (gold/reagan-iran-arms.txt)."""
    text = (gold_dir / "reagan-iran-arms.txt").read_text(encoding="utf-8")
    quotes = _texts(text)
    assert "I've paid a\nprice for my silence in terms of your trust and confidence." in quotes
    assert "with proper\nmanagement discipline." in quotes
