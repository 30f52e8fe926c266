"""One interview, many quotes: the medium of an interview for all its words.

A wire story built on an interview names it once ("“Does it mean going to
Iowa? I certainly hope so,” Gutierrez said in an interview") and then quotes
the speaker on and on with a bare "he said". A reader takes every one of
those quotes as said in that interview, so the speaker's statements with no
medium of their own take the interview's. In a story carrying a news
agency's credit ("WASHINGTON (Reuters) -"), "said in an interview" with no
outlet named is an interview with that agency.

Only interviews are carried over: a news conference or a statement is one
occasion among others the same person may speak at.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.extract.model import Statement

#: the opening of an agency-credited story: "WASHINGTON (Reuters) - ", "(AP) —"
_CREDIT = re.compile(r"^\W{0,3}(?:[A-Z][A-Za-z.,'/ ]{0,60})?\(([A-Za-z][\w .-]{1,30})\)\s*[-—–]")


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    """Agency names and aliases (lower case) -> canonical name, from
    ``kg/resources/organizations.json``."""
    from kg.extract.entities.gazetteer import organizations

    return {surface.lower(): entry.name for surface, entry in organizations().items()
            if entry.kind in ("agency", "news agency")}


def wire_credit(text: str) -> str | None:
    """The agency whose credit opens the story (its first line, or the first
    after a headline), if any."""
    for line in text.lstrip().splitlines()[:3]:
        match = _CREDIT.match(line[:120])
        if match is not None:
            return _agencies().get(match.group(1).strip().lower())
    return None


def _is_interview(st: Statement, text: str) -> bool:
    """Whether the statement's medium came with the word "interview": in its
    sentence, or in the attribution after a quote (which may end the parser's
    sentence early: "“... Iowa? I certainly hope so,” Gutierrez said in an
    interview")."""
    if not st.medium:
        return False
    start, end = st.sentence_span or st.span
    if st.cue_span is not None:
        start, end = min(start, st.cue_span[0]), max(end, st.cue_span[1])
        line_end = text.find("\n", st.cue_span[1])
        end = max(end, min(st.cue_span[1] + 40, line_end if line_end != -1 else len(text)))
    return "interview" in text[start:end].lower()


_BARE = frozenset({"an interview", "a telephone interview", "a phone interview",
                   "an exclusive interview"})


def _bare_interview(medium: str) -> bool:
    """"an interview", "a telephone interview": the occasion with no outlet
    (not "a recent interview", an earlier one with anybody)."""
    return medium.lower() in _BARE


def interview_media(statements: list[Statement], text: str) -> list[Statement]:
    """``statements`` with each interview's medium given to the same
    speaker's statements that name none."""
    agency = wire_credit(text)
    out = []
    for st in statements:
        if agency and st.medium and _bare_interview(st.medium) and _is_interview(st, text):
            st = replace(st, medium=agency)
        out.append(st)
    carried: dict[str, str] = {}
    for st in out:
        if st.speaker and st.speaker_type == "person" and _is_interview(st, text):
            carried.setdefault(st.speaker, st.medium)  # type: ignore[arg-type]
    if not carried:
        return out
    return [replace(st, medium=carried[st.speaker])
            if st.medium is None and st.speaker in carried else st for st in out]
