"""Flag page noise in article text: banners, share links, photo credits, captions.

Scraped text carries lines that are not news ("support independent journalism
with $10 per month", "Share.", "Leave A Reply", "Pavlo Palamarchuk/REUTERS").
spaCy's small model tags them as entities, so they must be kept out of
extraction; but they stay in ``Article.text`` so that offsets remain those of
the file. This module returns their character spans; ``kg.nlp`` blanks them.

The rules are deliberately conservative, because a false positive hides real
news: a line is flagged only when the WHOLE stripped line matches a pattern of
``kg/resources/boilerplate.json``, or is a short photo-credit line
("Name Name/AGENCY"), or is the caption paragraph right before such a credit
that reads like a caption (a present-tense "reacts/looks/stands ..." verb near
its start, or a closing dateline "Lviv, Ukraine, May 23, 2025."). Spans are
line-aligned (line start to line end, terminator excluded); the one exception
is the BBC label "Image copyright AGENCY Image caption", which news-please
crawls run into the body text and which is flagged where it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.ingest.article import Span
from kg.resources import load_json

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
#: "..., Lviv, Ukraine, May 23, 2025." closing a caption (Reuters/AP style).
_DATELINE_END = re.compile(rf",\s+{_MONTHS}\.?\s+\d{{1,2}},\s+\d{{4}}\.?\s*$")
_NAME_WORD = r"[A-Z][\w'’.-]*"
_SENTENCE_END = ('.', '!', '?', '"', '”', "'", '’', ':', ')')


@dataclass(frozen=True)
class _Rules:
    line: re.Pattern[str]
    signoff: re.Pattern[str]
    credit: re.Pattern[str]
    tail_credit: re.Pattern[str]
    caption_verb: re.Pattern[str]
    caption_verb_not_after: frozenset[str]
    caption_not_if: re.Pattern[str]
    inline: re.Pattern[str]
    caption_max_words: int
    caption_verb_within: int
    credit_max_chars: int


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """Compile the patterns of ``boilerplate.json`` once per process."""
    data = load_json("boilerplate.json")
    groups = {k: v for k, v in data["line_patterns"].items() if k != "signoff"}
    line = "|".join(f"(?:{p})" for pats in groups.values() for p in pats)
    signoff = "|".join(f"(?:{p})" for p in data["line_patterns"].get("signoff", []))
    agencies = "|".join(
        re.escape(a) for a in sorted(data["credit_agencies"], key=len, reverse=True)
    )
    name = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,4}}"
    by_agency = rf"{name}(?:\s?/\s?{name}){{0,3}}\s?/\s?(?:{agencies})"  # Carl Court/Getty Images
    credit = (
        rf"\(?\s*(?:"
        rf"{by_agency}(?:\s?/\s?{name})?"
        rf"|(?:{agencies})(?:\s+Photo)?\s?/\s?{name}"  # AP Photo/Evan Vucci
        rf"|{_NAME_WORD}\s+{name}\s?/\s?(?:The\s+)?{name}"  # Vjeran Pavic/The Verge
        rf"|(?:photo|image|picture)s?:?\s+(?:{agencies}|{name})"  # (Photo: AP)
        rf")\s*\)?"
    )
    # "... in Beijing. (Mark Schiefelbein/AP)": a caption ending in its credit.
    tail_credit = (
        rf"(?:(?<=[.!?”\"])\s+\(?|\s*\()"
        rf"(?:{by_agency}|(?:{agencies})\s+Photo\s?/\s?{name})\)?\s*"
    )
    verbs = "|".join(re.escape(v) for v in data["caption_verbs"])
    inline = "|".join(p for pats in data["inline_patterns"].values() for p in pats)
    return _Rules(
        line=re.compile(line, re.IGNORECASE),
        signoff=re.compile(signoff, re.IGNORECASE),
        credit=re.compile(credit),
        tail_credit=re.compile(rf"(?:{tail_credit})$"),
        caption_verb=re.compile(rf"\b(?:{verbs})\b"),
        caption_verb_not_after=frozenset(w.lower() for w in data["caption_verb_not_after"]),
        caption_not_if=re.compile(data["caption_not_if"]),
        inline=re.compile(inline),
        caption_max_words=int(data["caption_max_words"]),
        caption_verb_within=int(data["caption_verb_within_words"]),
        credit_max_chars=int(data["credit_max_chars"]),
    )


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first character of the line
    end: int  # offset just past its content (terminator excluded)
    text: str  # the content, stripped


def _lines(text: str) -> list[_Line]:
    """Every line of ``text`` with its offsets; ``\\r\\n``, ``\\r`` and ``\\n`` all end a line."""
    out: list[_Line] = []
    start = 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        out.append(_Line(start, match.start(), text[start : match.start()].strip()))
        start = match.end()
    out.append(_Line(start, len(text), text[start:].strip()))
    return out


def _is_credit(line: str, rules: _Rules) -> bool:
    """A short standalone photo-credit line: "Pavlo Palamarchuk/REUTERS", "(Photo: AP)"."""
    return len(line) <= rules.credit_max_chars and rules.credit.fullmatch(line) is not None


def _is_captioned_credit(line: str, rules: _Rules) -> bool:
    """A caption that ends in its own credit: "... in Beijing. (Mark Schiefelbein/AP)"."""
    return (
        len(line.split()) <= rules.caption_max_words
        and rules.tail_credit.search(line) is not None
    )


def _reads_like_caption(line: str, rules: _Rules) -> bool:
    """A caption describes a picture: a present-tense verb early ("A woman reacts
    as ..."), or a closing dateline ("..., Lviv, Ukraine, May 23, 2025.")."""
    words = line.split()
    if not words or len(words) > rules.caption_max_words:
        return False
    if _DATELINE_END.search(line):
        return True
    if rules.caption_not_if.search(line):
        return False
    head = " ".join(words[: rules.caption_verb_within])
    for match in rules.caption_verb.finditer(head):
        before = head[: match.start()].split()
        if before and before[-1].lower().strip(",;:") not in rules.caption_verb_not_after:
            return True  # "A woman reacts", not "to hold talks" or "peace talks"
    return False


def find_boilerplate(text: str) -> tuple[Span, ...]:
    """Character spans of the page-noise lines of ``text``, sorted, non-overlapping."""
    rules = _rules()
    lines = _lines(text)
    content = [i for i, ln in enumerate(lines) if ln.text]
    flagged: set[int] = set()
    for pos, i in enumerate(content):
        line = lines[i].text
        if rules.line.fullmatch(line):
            flagged.add(i)
            continue
        if _is_captioned_credit(line, rules):
            flagged.add(i)
            continue
        prev = lines[content[pos - 1]].text if pos else ""
        # A credit is its own paragraph: the line before it ends a sentence (so it
        # is not the wrapped tail of one, as in hard-wrapped Reuters-21578 text).
        if _is_credit(line, rules) and (not prev or prev.endswith(_SENTENCE_END)):
            flagged.add(i)
            if pos and _reads_like_caption(prev, rules):
                flagged.add(content[pos - 1])
    if content and rules.signoff.pattern and rules.signoff.fullmatch(lines[content[-1]].text):
        flagged.add(content[-1])
    spans = [(lines[i].start, lines[i].end) for i in sorted(flagged)]
    for match in rules.inline.finditer(text):
        if not any(s <= match.start() < e for s, e in spans):
            spans.append((match.start(), match.end()))
    return tuple(sorted(spans))
