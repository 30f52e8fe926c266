"""From command-line inputs to a stream of articles: paths, directories, stdin.

Owns the order (inputs as given; directories walked depth-first with entries
sorted by name, hidden entries skipped), the choice of reader for each file
(by extension, HTML also by content) and the batch-wide id rule: an id is
used once per batch. Nothing here raises for a bad input; each becomes an
:class:`InputError` in the stream, so a batch reports it and goes on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import chain
from pathlib import Path

from kg.errors import InputError
from kg.ingest import vet
from kg.ingest.article import Article
from kg.ingest.decode import binary_kind, decode
from kg.ingest.found import Found
from kg.ingest.html import from_html, looks_like_html
from kg.ingest.ids import digest, safe_id
from kg.ingest.jsonl import parse_record, read_jsonl
from kg.ingest.published import normalise_published
from kg.ingest.text import from_text

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
#: A single text or HTML file larger than this is not one article.
MAX_ARTICLE_BYTES = 20_000_000
STDIN = "<stdin>"

_Item = Found | InputError


def read(
    inputs: Sequence[str | Path], *, published: str | None = None, language: str | None = "en"
) -> Iterator[Article | InputError]:
    """Every article of ``inputs`` in a deterministic order, or an error per bad input.

    See :mod:`kg.ingest` for the formats and the id rules. Only a bad fallback
    ``published`` raises (an :class:`InputError` naming ``--published``), at the
    first ``next()``: it is the caller's mistake, not an input's. Each article
    is vetted (:mod:`kg.ingest.vet`): words, enough of them, and ``language``
    (the pipeline's language code; ``None`` skips the language check).
    """
    try:
        fallback = normalise_published(published)
    except ValueError as exc:
        raise InputError("--published", str(exc)) from exc
    first_seen: dict[str, str] = {}
    for item in chain.from_iterable(_read_one(str(i), fallback) for i in inputs):
        if isinstance(item, InputError):
            yield item
            continue
        article = item.article
        reason = vet.problem(article.text, language)
        if reason is not None:
            yield InputError(item.path, reason, item.location)
            continue
        where = f"{item.path}:{item.location}" if item.location else item.path
        if item.renamable and first_seen.get(article.id, where) != where:
            article = replace(article, id=f"{article.id}-{digest(article.text, 8)}")
        if article.id in first_seen:
            yield InputError(
                item.path,
                f"duplicate article id {article.id}, first seen in {first_seen[article.id]}",
                item.location,
            )
            continue
        first_seen[article.id] = where
        yield article


def _read_one(name: str, published: str | None) -> Iterator[_Item]:
    """The items of one command-line input: ``-``, a file or a directory."""
    if name == "-":
        yield from _read_stdin(published)
        return
    path = Path(name)
    if path.is_dir():
        files = list(_walk(path, set()))
        if not files:
            yield InputError(
                name, "no articles in this directory (looked for "
                + ", ".join(sorted(s for s in ARTICLE_SUFFIXES if s))
                + " and files without an extension)",
            )
        for file in files:
            yield from _read_file(file, published)
    elif path.exists():
        yield from _read_file(path, published)
    else:
        yield InputError(name, "no such file or directory")


def _walk(directory: Path, seen: set[Path]) -> Iterator[Path]:
    """Article files under ``directory``, depth-first, sorted by name; symlink loops cut."""
    real = directory.resolve()
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(directory.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        log.warning("%s: cannot list directory (%s)", directory, exc.strerror)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from _walk(entry, seen)
        elif entry.is_file() and entry.suffix.lower() in ARTICLE_SUFFIXES:
            yield entry
        else:
            log.debug("%s: skipped (not an article file)", entry)


def _read_file(path: Path, published: str | None) -> Iterator[_Item]:
    """The items of one file, by its extension (HTML also recognised by content)."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, published)
        return
    if suffix == ".json":  # named on the command line: JSON Lines under another name?
        if _first_line_is_object(path):
            yield from _read_jsonl_file(path, published)
        else:
            yield InputError(source, "not JSON Lines (one JSON object per line, each with "
                             "'text'); kg reads .jsonl, .ndjson, .txt, .md and .html files")
        return
    try:
        data = _read_bytes(path)
        text = decode(data, source)
        stem = safe_id(path.stem) if path.stem else None
        if suffix in HTML_SUFFIXES or looks_like_html(text):
            article = from_html(text, source=source, id=stem, published=published)
        else:
            article = from_text(text, source=source, id=stem, published=published)
        yield Found(article, source, renamable=True)
    except InputError as exc:
        yield exc


def _read_bytes(path: Path) -> bytes:
    """The bytes of one article file, refusing what cannot be one article."""
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise InputError(
                str(path), f"file too large for one article ({size} bytes; "
                f"the limit is {MAX_ARTICLE_BYTES}): split it or make it JSON Lines",
            )
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror})") from exc


def _read_jsonl_file(path: Path, published: str | None) -> Iterator[_Item]:
    """Stream a JSON Lines file line by line, refusing a binary file up front."""
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read ({exc.strerror})")
        return
    with handle:
        kind = binary_kind(handle.peek(8192)[:8192] if hasattr(handle, "peek") else b"")
        if kind:
            yield InputError(source, f"binary file ({kind}), not text")
            return
        yield from read_jsonl(handle, path=source, published=published)


def _read_stdin(published: str | None) -> Iterator[_Item]:
    """Standard input: JSON Lines when its first non-blank line starts a JSON
    object (then streamed, each line checked on its own, so a record cut off by
    a producer that stopped is reported, not read as text), else one article,
    HTML when it looks like HTML, plain text otherwise. A closed standard input
    is reported as such."""
    if sys.stdin is None:  # file descriptor 0 closed: Python gives no stream at all
        yield InputError(STDIN, "standard input is closed (nothing to read)")
        return
    head: list[str] = []
    try:
        for line in sys.stdin:
            head.append(line.lstrip("\ufeff") if not head else line)
            if line.strip():
                break
        first = head[-1] if head else ""
        if first.lstrip().startswith("{"):  # JSON Lines, maybe cut short by its producer
            yield from read_jsonl(chain(head, sys.stdin), path=STDIN, published=published)
            return
        text = "".join(head) + sys.stdin.read()
    except UnicodeDecodeError as exc:
        yield InputError(STDIN, f"not UTF-8 text (invalid byte: {exc.reason})")
        return
    except OSError as exc:
        yield InputError(STDIN, f"cannot read standard input ({exc.strerror or exc})")
        return
    try:
        if looks_like_html(text):
            yield Found(from_html(text, source=STDIN, published=published), STDIN)
        else:
            yield Found(from_text(text, source=STDIN, published=published), STDIN)
    except InputError as exc:
        yield exc


def _first_line_is_object(path: Path) -> bool:
    """Whether the first non-blank line of ``path`` is a whole JSON object."""
    try:
        with path.open("rb") as handle:
            for raw in handle:
                if raw.strip():
                    return _is_json_object(raw.decode("utf-8", "replace").lstrip("\ufeff"))
    except OSError:
        return False
    return False


def _is_json_object(line: str) -> bool:
    try:
        parse_record(line)
    except ValueError:
        return False
    return True
