"""Resolve a date phrase found by the parse against the publication date.

Only phrases the parse found are resolved ("on Thursday", "last week",
"May 15", "in 2022"); ``dateparser.search_dates`` over raw text finds junk
("$10"), see ``shared/STACK.md``.

The result is never more precise than the phrase (ISO 8601 reduced
precision): a year gives "2017", a month "2017-11", a day "2017-11-03".
So "in November", "last month", "two weeks ago" give the month, "last
year" and "two years ago" the year. A week has no ISO calendar-date form,
so "last week", "this week" and "next week" give the month that week's
day (publication -7, 0, +7 days) falls in: honest, if coarse. A weekday
("Friday", "on Thursday") is a day. Bare months and weekdays point back
from publication unless ``ahead`` (a planned event: "will meet on
Thursday", "by Jan. 29") points them forward; a day and month without a
year that would lie most of a year back but comes within two months is
the coming one ("on Nov. 15" in a paper of Nov. 2).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

import dateparser

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_WORD = (r"(january|february|march|april|may|june|july|august|september|october|"
               r"november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
_YEAR = re.compile(r"^(?:in |since |by |during |early |late |mid-?)*((?:19|20)\d\d)$",
                   re.IGNORECASE)
_MONTH_YEAR = re.compile(
    r"^(?:in |since |by |during |early |late |mid-?)*" + _MONTH_WORD + r"\.?,? ((?:19|20)\d\d)$",
    re.IGNORECASE,
)
_BARE_MONTH = re.compile(r"^(?:in |during |since |by |until |early |late |mid-?|earlier |"
                         r"later |last |this |next )*" + _MONTH_WORD + r"\.?$", re.IGNORECASE)
_RELATIVE = re.compile(r"^(?:in |during |since |until |by |earlier |later |early |late )*"
                       r"(last|this|next|past) (month|year)$", re.IGNORECASE)
_WEEK = re.compile(r"^(?:in |during |since |until |by |earlier |later |early |late )*"
                   r"(last|this|next|past) week$", re.IGNORECASE)
_AGO = re.compile(r"^(?:about |some |nearly |almost |more than |over )?(\w+) "
                  r"(days?|weeks?|months?|years?) ago$", re.IGNORECASE)
_LEADING = re.compile(r"^(?:on|in|at|since|by|from|until|last|this|earlier|late|early)\s+", re.I)
_WEEKDAY = re.compile(r"^(?:on |next |this |last |by |until |since )?(monday|tuesday|wednesday|"
                      r"thursday|friday|saturday|sunday)(?: morning| afternoon| evening| night)?$",
                      re.IGNORECASE)
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


def _month_index(word: str) -> int:
    word = word.lower().rstrip(".")
    return next(i for i, m in enumerate(_MONTHS) if m.startswith(word[:3])) + 1


def _relative(text: str, base: date, ahead: bool) -> str | None:
    """Phrases that name a month, a week or a year relative to publication."""
    m = _BARE_MONTH.match(text)
    if m:
        month = _month_index(m.group(1))
        if ahead:
            year = base.year if month >= base.month else base.year + 1
        else:
            year = base.year if month <= base.month else base.year - 1
        return f"{year:04d}-{month:02d}"
    m = _RELATIVE.match(text)
    if m:
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[m.group(1).lower()]
        if m.group(2).lower() == "year":
            return f"{base.year + step:04d}"
        months = base.year * 12 + base.month - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    m = _WEEK.match(text)
    if m:
        step = {"last": -7, "past": -7, "this": 0, "next": 7}[m.group(1).lower()]
        return date.fromordinal(base.toordinal() + step).strftime("%Y-%m")
    m = _WEEKDAY.match(text)
    if m:
        i = _DAYS.index(m.group(1).lower())
        if ahead or text.lower().startswith("next "):
            delta = (i - base.weekday()) % 7
            return date.fromordinal(base.toordinal() + delta).isoformat()
        delta = (base.weekday() - i) % 7
        return date.fromordinal(base.toordinal() - delta).isoformat()
    return None


def _nearer_ahead(parsed: datetime, base: date) -> datetime:
    """A day and month without a year ("on Nov. 15" in a paper of Nov. 2) that
    would lie most of a year back is the coming one when that is within two
    months: news tells what is scheduled so, and rarely dates last year's
    happenings without the year."""
    if (base - parsed.date()).days <= 300:
        return parsed
    try:
        ahead = parsed.replace(year=parsed.year + 1)
    except ValueError:  # 29 February
        return parsed
    return ahead if 0 <= (ahead.date() - base).days <= 62 else parsed


def _nearer_back(parsed: datetime, base: date) -> datetime:
    """With ``ahead``, a day and month without a year that is the publication
    day itself ("Tokyo, April 17 - Lyng opens talks" in a paper of April 17)
    is today, not next year's: dateparser's future preference skips the
    relative base's own day."""
    if (parsed.date() - base).days <= 300:
        return parsed
    try:
        back = parsed.replace(year=parsed.year - 1)
    except ValueError:  # 29 February
        return parsed
    return back if back.date() == base else parsed


@lru_cache(maxsize=4096)
def resolve_date(phrase: str, published: str | None, ahead: bool = False) -> str | None:
    """An ISO date for ``phrase`` as precise as it allows ("2022", "2025-05",
    "2025-05-22"), relative phrases resolved against ``published``.

    A bare weekday means the most recent such day on or before publication
    ("Friday" in a Friday paper is that day); with ``ahead``, the next one
    on or after it. Without a publication date, only absolute dates resolve.
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
        return f"{int(m.group(2)):04d}-{_month_index(m.group(1)):02d}"
    lowered = text.lower()
    if base is not None:
        found = _relative(text, base, ahead)
        if found:
            return found
    if _LEADING.sub("", lowered) in ("today", "tonight", "this morning", "this afternoon",
                                     "this evening") or lowered in ("this morning",
                                                                    "this afternoon",
                                                                    "this evening"):
        return base.isoformat() if base else None
    has_year = re.search(r"\b(?:19|20)\d\d\b", text) is not None
    if base is None and not has_year:
        return None
    settings = {"PREFER_DATES_FROM": "future" if ahead else "past",
                "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if base is not None and not has_year:
        parsed = _nearer_back(parsed, base) if ahead else _nearer_ahead(parsed, base)
    m = _AGO.match(text)
    if m:
        unit = m.group(2).lower()
        if unit.startswith("year"):
            return parsed.strftime("%Y")
        if unit.startswith(("week", "month")):
            return parsed.strftime("%Y-%m")
    return parsed.date().isoformat()
