"""JSON Lines datasets: one article per line, read as a stream.

A dataset of millions of lines is never loaded whole: lines are parsed one at
a time and each becomes an :class:`Article` or an :class:`InputError` naming
``line N``, so one bad record is reported and the batch goes on.

Each line is a JSON object with ``text`` (required) and optional ``id``,
``url``, ``title``, ``published`` and ``source``. The article's ``source`` is
``PATH:N``, followed by the record's own ``source`` in parentheses when it has
one, so provenance always leads back to the file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.errors import InputError
from kg.ingest.article import Article
from kg.ingest.found import Found
from kg.ingest.ids import article_id, safe_id
from kg.ingest.text import from_text

OPTIONAL_STRINGS = ("url", "title", "source")


def _kind(value: Any) -> str:
    """The JSON name of a value's type, for messages."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def parse_record(line: str) -> dict[str, Any]:
    """The JSON object on ``line``; raises ``ValueError`` saying why it is not one."""
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        problem = exc.msg.removesuffix(" at")  # "Unterminated string starting at"
        raise ValueError(f"not valid JSON ({problem} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise ValueError(f"not a JSON object (found {_kind(record)})")
    return record


def record_article(
    record: dict[str, Any], *, path: str, line: int, published: str | None
) -> Article:
    """The article of one record (raises :class:`InputError` naming the line)."""
    where = f"line {line}"
    text = record.get("text")
    if "text" not in record:
        raise InputError(path, "record has no 'text'", where)
    if not isinstance(text, str):
        raise InputError(path, f"'text' is not a string (found {_kind(text)})", where)
    for key in OPTIONAL_STRINGS:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(path, f"'{key}' is not a string (found {_kind(record[key])})", where)
    raw_id = record.get("id")
    if raw_id is not None and (isinstance(raw_id, bool) or not isinstance(raw_id, str | int)):
        raise InputError(path, f"'id' is not a string (found {_kind(raw_id)})", where)
    raw_id = str(raw_id).strip() if raw_id is not None else ""
    url = record.get("url") or None
    date = record.get("published")
    if date is not None and not isinstance(date, str):
        raise InputError(path, f"'published' is not a string (found {_kind(date)})", where)
    article = from_text(
        text,
        source=path,
        location=where,
        id=safe_id(raw_id) if raw_id else article_id(url, text),
        url=url,
        title=record.get("title"),
        published=date if date and date.strip() else published,
    )
    own = record.get("source")
    source = f"{path}:{line} ({own})" if own else f"{path}:{line}"
    return replace(article, source=source)


def read_jsonl(
    lines: Iterable[bytes | str], *, path: str, published: str | None = None, first_line: int = 1
) -> Iterator[Found | InputError]:
    """Each line's article or :class:`InputError`; blank lines skipped.

    A record's id is never renamed in a batch, so a repeated ``id`` (or URL, or
    text) is reported as a duplicate.
    """
    for number, raw in enumerate(lines, start=first_line):
        where = f"line {number}"
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(path, f"not UTF-8 text (invalid byte at column {exc.start + 1})",
                                 where)
                continue
        else:
            line = raw
        if number == first_line:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        try:
            record = parse_record(line)
        except ValueError as exc:
            yield InputError(path, str(exc), where)
            continue
        try:
            article = record_article(record, path=path, line=number, published=published)
            yield Found(article, path, where)
        except InputError as exc:
            yield exc
