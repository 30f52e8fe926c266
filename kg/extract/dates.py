"""Resolve a date phrase found by the parse against the publication date.

Only phrases the parse found are resolved ("on Thursday", "last week",
"May 15", "in 2022"); ``dateparser.search_dates`` over raw text finds junk
("$10"), see ``shared/STACK.md``.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

import dateparser

_YEAR = re.compile(r"^(?:in |since |by )?((?:19|20)\d\d)$", re.IGNORECASE)
_MONTH_YEAR = re.compile(
    r"^(?:in )?(january|february|march|april|may|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? ((?:19|20)\d\d)$",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^(?:on|in|at|since|by|from|until|last|this|earlier|late|early)\s+", re.I)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def parse_published(published: str | None) -> date | None:
    """The article's publication date as a ``date``, or ``None``."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None


@lru_cache(maxsize=4096)
def resolve_date(phrase: str, published: str | None) -> str | None:
    """An ISO date for ``phrase`` as precise as it allows ("2022", "2025-05",
    "2025-05-22"), relative phrases resolved against ``published``.

    A bare weekday means the most recent such day on or before publication
    ("Friday" in a Friday paper is that day). Without a publication date,
    only absolute dates resolve.
    """
    text = " ".join(phrase.split()).strip(" ,.")
    if not text:
        return None
    base = parse_published(published)
    m = _YEAR.match(text)
    if m:
        return m.group(1)
    m = _MONTH_YEAR.match(text)
    if m:
        parsed = dateparser.parse(f"1 {m.group(1)} {m.group(2)}", languages=["en"])
        return parsed.strftime("%Y-%m") if parsed else None
    lowered = _LEADING.sub("", text.lower()) if not text.lower().startswith("last") else text
    lowered = lowered.lower()
    if lowered in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return base.isoformat() if base else None
    for i, day in enumerate(_DAYS):
        if lowered in (day, f"{day} morning", f"{day} afternoon", f"{day} evening",
                       f"{day} night"):
            if base is None:
                return None
            delta = (base.weekday() - i) % 7
            return date.fromordinal(base.toordinal() - delta).isoformat()
    has_year = re.search(r"\b(?:19|20)\d\d\b", text) is not None
    if base is None and not has_year:
        return None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    return parsed.date().isoformat()
