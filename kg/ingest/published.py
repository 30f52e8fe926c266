"""Publication dates: checked once at ingest, so later layers can trust them.

``Article.published`` is an ISO 8601 date or date-time string. ISO input is
kept exactly as given (``2016-11-09T00:00:00`` stays so); other spellings a
dataset may carry ("23 May 2025", "May 23, 2025") are read with dateparser
and written as an ISO date. Anything else is an error for the caller to
report with its file and line, because a wrong date silently misplaces every
"on Friday" of the article.
"""

from __future__ import annotations

from datetime import date, datetime


def normalise_published(value: object) -> str | None:
    """ISO form of ``value`` (``None`` and ``""`` give ``None``); raises ``ValueError``."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"'published' is not a string: {value!r}")
    text = value.strip()
    if not text:
        return None
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    else:
        return text
    return _parsed(text)


def _parsed(text: str) -> str:
    """A non-ISO date read by dateparser (imported only when one turns up)."""
    import dateparser

    if len(text) > 64 or not any(ch.isdigit() for ch in text):
        raise ValueError(f"unparseable date in 'published': {text!r}")
    parsed = dateparser.parse(
        text, languages=["en"], settings={"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
    )
    if parsed is None:
        raise ValueError(f"unparseable date in 'published': {text!r}")
    return date(parsed.year, parsed.month, parsed.day).isoformat()
