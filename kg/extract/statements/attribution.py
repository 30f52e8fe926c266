"""Attribution of a direct quote: which cue (and so which speaker) it belongs to.

In order: the nearest cue outside quotes in the sentences the quote spans
(“A,” he said. / He said: “A.”); a speech noun with a possessor ("his vow
to “totally destroy”"); the dash and colon formats ("…" - Commissioner X;
And from Chairwoman Y: "…"); the previous quote's speaker when this quote
follows it within a sentence (“A,” he said. “B.”), or the next one's when
this paragraph's quote runs on into the next paragraph.

A short quote (fewer than four words) counts only when it sits inside the
clause its cue reports or governs ("said the move would be “profoundly
wrong”"); elsewhere it is a scare quote or a title, not a statement.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.statements.lexicon import lexicon
from kg.extract.statements.quotes import Quote
from kg.extract.statements.text import doc_text

_WORD = re.compile(r"\w+")
SHORT = 4
_NAMING = frozenset({"called", "dubbed", "named", "nicknamed", "titled", "entitled", "headlined",
                     "known", "labelled", "labeled", "branded", "so-called", "billed"})


def words(text: str) -> int:
    """Number of word tokens in ``text``."""
    return len(_WORD.findall(text))


def is_title_like(doc: Doc, quote: Quote) -> bool:
    """True for a quoted name of a work or a thing ("a film called “Xyz”",
    the “Hanoi Hilton”): each word capitalised, or a naming word right before."""
    text = doc_text(doc)[quote.start:quote.end]
    tokens = text.split()
    before = doc_text(doc)[max(0, quote.open_at - 30):quote.open_at].split()
    if before and before[-1].lower().strip(",") in _NAMING:
        return True
    if before[-2:-1] and before[-2].lower() in ("as",) and before[-1].lower() == "known":
        return True
    return bool(tokens) and len(tokens) <= 6 and all(t[:1].isupper() for t in tokens) and \
        not text.rstrip().endswith((".", "!", "?"))


def speech_noun_owner(doc: Doc, quote: Quote, token_at: list[int]) -> Token | None:
    """The possessor of a speech noun governing the quote: "his" in "his vow
    to “totally destroy”"."""
    lex = lexicon()
    first = doc[token_at[quote.start]]
    tok: Token | None = first
    for _ in range(6):
        if tok is None or tok.head == tok:
            break
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in lex.speech_nouns:
            owners = [c for c in tok.children if c.dep_ == "poss"]
            if owners:
                return owners[0]
            return None
    return None


def dash_or_colon_person(text: str, quote: Quote, paragraph: tuple[int, int]
                         ) -> tuple[int, int] | None:
    """Character window to look for a speaker in the dash format ("…" -
    Commissioner X) or the colon format (And from Chairwoman Y: "…")."""
    p_start, p_end = paragraph
    after = quote.outer[1]
    m = re.match(r"[\s,]*[-–—]+\s*", text[after:p_end])
    if m:
        start = after + m.end()
        return (start, min(p_end, start + 80))
    before = text[p_start:quote.open_at]
    if before.rstrip().endswith(":") and words(before) <= 12:
        return (p_start, quote.open_at)
    return None


_CAPS_COLON = re.compile(
    r"([A-Z][A-Z’'.\-]+(?: [A-Z][A-Z’'.\-]+){1,3}),[^:“\"\n]{3,160}:\s*$")


def caps_colon_name(text: str, quote: Quote) -> tuple[str, tuple[int, int]] | None:
    """The speaker of Reuters' market-comment format, "MICHAEL O’ROURKE, CHIEF
    MARKET STRATEGIST, JONESTRADING, GREENWICH, CONNECTICUT: “…”": the
    upper-case name before the first comma, in title case, with its span."""
    m = _CAPS_COLON.search(text, max(0, quote.open_at - 220), quote.open_at)
    if m is None:
        return None
    return m.group(1).title(), (m.start(1), m.end(1))
