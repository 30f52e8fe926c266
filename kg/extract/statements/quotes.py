"""Direct quotes: the spans between quotation marks, found on the characters.

Why on characters and not on tokens: the tokenizer splits marks
inconsistently, and a quote may run over several sentences or paragraphs
(an opening mark with no closing one at the paragraph's end, continued by an
opening mark at the next paragraph's start, the AP convention). Such a quote
is given paragraph by paragraph, as annotators read it, each linked to the
next so the attribution at its end reaches back.

Each mark's role (open or close) is decided by its neighbours, not its
shape: real articles use a closing ” to open a quote ("”Their aim is …") and
straight marks for both. A quote never runs past its paragraph unless the
next paragraph opens with a mark, so an unbalanced mark never swallows the
rest of the article. Single quotes count only outside double quotes (a
quoted term inside a quote is part of it) and never inside a word
(apostrophes: don't, Reagan's, the '80s).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = "\"“”„«»"
SINGLE = "'‘’‚"
_OPENERS = "“„«‘‚"
_CLOSERS = "”»’"
_TRIM_END = " \t\r\n,;:-–—\x00"
_TRIM_START = " \t\r\n\x00"


@dataclass(frozen=True)
class Quote:
    """A quoted stretch of text.

    ``start``/``end`` are the quoted words (marks, surrounding spaces and a
    trailing comma excluded); ``open_at``/``close_at`` the offsets of the
    marks (``close_at`` is ``None`` when the quote ran to its paragraph's end
    unclosed). ``continues`` is true when the quote is left open at its
    paragraph's end and the next paragraph opens with a mark: the same
    speaker goes on, and the attribution usually comes only at the end.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    continues: bool = False

    @property
    def outer(self) -> tuple[int, int]:
        """The quote with its marks."""
        end = self.close_at + 1 if self.close_at is not None else self.end
        return (self.open_at, end)


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _role(text: str, i: int, start: int, end: int) -> str | None:
    """'open', 'close', 'either' or None (an apostrophe, not a mark) for the
    mark at ``text[i]`` inside the paragraph ``[start, end)``."""
    ch = text[i]
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if ch in SINGLE:
        if _is_word(prev) and (_is_word(nxt) or nxt in "s"):
            return None  # don't, Reagan's
        if _is_word(prev) and ch == "’" and nxt == " " and prev == "s":
            return None  # plural possessive: the countries’ leaders
        if ch in "‘'" and nxt.isdigit() and (prev.isspace() or prev in "(["):
            return None  # the '80s
    before_space = prev.isspace() or prev in "([{—–-/" or i == start
    after_space = nxt.isspace() or nxt in ".,;:!?)]}—–-" or i + 1 >= end
    if before_space and not after_space:
        return "open"
    if after_space and not before_space:
        return "close"
    if before_space and after_space:
        return None  # a mark standing alone
    # between two non-spaces: curly shape decides; straight marks are ambiguous
    if ch in _OPENERS:
        return "open"
    if ch in _CLOSERS:
        return "close"
    return "either"


def _hard_wrapped(text: str) -> bool:
    """True for wire copy wrapped at a fixed width (old AP/UPI files), whose
    paragraphs are marked by indentation or blank lines, not by newlines."""
    lines = [line.rstrip() for line in text.splitlines() if line.strip()][:-1]
    if len(lines) < 2:
        return False
    # wrapped lines are of a width and mostly stop mid-sentence
    widths = [len(line) for line in lines
              if 40 <= len(line) <= 90 and not line.endswith((".", "?", "!", '"', "”", ":"))]
    return len(widths) >= 2 and max(widths) - min(widths) <= 30 and len(widths) * 3 >= len(lines)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty paragraph: a line, or in hard-wrapped
    copy, a run of lines up to a blank or indented line."""
    breaks = r"\n\s*\n|\n(?=[ \t]{2,}\S)" if _hard_wrapped(text) else r"\n"
    spans = []
    pos = 0
    for m in re.finditer(breaks, text):
        if text[pos:m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM_START:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    return start, end


def _scan(text: str, start: int, end: int, marks: str) -> list[tuple[int, int | None]]:
    """(open offset, close offset or None) pairs of one paragraph for one
    family of marks; an unclosed quote ends at the paragraph's end."""
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    for i in range(start, end):
        if text[i] not in marks:
            continue
        role = _role(text, i, start, end)
        if role is None:
            continue
        if open_at is None:
            if role in ("open", "either"):
                open_at = i
        elif role in ("close", "either"):
            pairs.append((open_at, i))
            open_at = None
        else:  # a new opening mark before the last one closed
            pairs.append((open_at, -i))
            open_at = i
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs


def _marks_view(text: str) -> str:
    """``text`` with doubled single marks read as one double mark ("voters,’’"
    closes a “ in some wire copy), the same length so offsets hold."""
    return text.replace("’’", "\x00”").replace("‘‘", "“\x00").replace("``", "“\x00")


def find_quotes(text: str) -> list[Quote]:
    """Every quote of ``text`` in order, one per paragraph (a quote running over
    several paragraphs gives one per paragraph, linked by ``continues``)."""
    text = _marks_view(text)
    raw: list[tuple[int, int, int, int | None, int]] = []  # start, end, open, close, para
    spans = paragraphs(text)
    for p_index, (p_start, p_end) in enumerate(spans):
        doubles = _scan(text, p_start, p_end, DOUBLE)
        taken = [(o, abs(c) if c is not None else p_end) for o, c in doubles]
        singles = [
            pair for pair in _scan(text, p_start, p_end, SINGLE)
            if not any(o <= pair[0] < c for o, c in taken)
        ]
        # an unclosed single quote is more likely an apostrophe: drop it
        singles = [(o, c) for o, c in singles if c is not None and c > 0]
        for open_at, close in sorted(doubles + singles):
            if close is None:
                stop, close_at = p_end, None
            elif close < 0:
                stop, close_at = -close, None
            else:
                stop, close_at = close, close
            s, e = _trim(text, open_at + 1, stop)
            if e > s:
                raw.append((s, e, open_at, close_at, p_index))
    quotes: list[Quote] = []
    for k, (s, e, open_at, close_at, p_index) in enumerate(raw):
        nxt = raw[k + 1] if k + 1 < len(raw) else None
        continues = (
            close_at is None
            and nxt is not None
            and nxt[4] == p_index + 1
            and not text[spans[p_index + 1][0]:nxt[2]].strip()
        )
        quotes.append(Quote(s, e, open_at, close_at, continues))
    return quotes
