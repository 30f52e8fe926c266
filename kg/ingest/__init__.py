"""Ingest: files, directories, JSON Lines and stdin into :class:`Article` objects::

    from kg.ingest import InputError, read

    for item in read(["articles/", "extra.jsonl", "-"], published="2025-05-23"):
        if isinstance(item, InputError):
            log.warning("%s", item)  # one line: file (and line), problem
        else:
            handle(item)  # an Article, whole

:func:`read` is a stream: inputs in the order given, directories walked
depth-first with entries sorted by name (hidden entries skipped), JSON Lines
read one line at a time. Each bad input or record is yielded as an
:class:`~kg.errors.InputError` and the stream goes on; an article is yielded
whole or not at all.

Formats, by extension:

- plain text — ``.txt``, ``.text``, ``.md``, no extension (and any file named
  explicitly on the command line): the text exactly as read, a leading
  byte-order mark removed, line endings kept;
- HTML — ``.html``, ``.htm``, or any text input that starts like an HTML
  document: trafilatura's main text, with title, canonical URL and date from
  the page's metadata;
- JSON Lines — ``.jsonl``, ``.ndjson``: one object per line with ``text``
  (required) and optional ``id``, ``url``, ``title``, ``published``,
  ``source`` (a ``.json`` file named on the command line is read as JSON Lines
  when its first line is a whole object, else refused);
- ``-`` — standard input: JSON Lines when its first non-blank line starts a
  JSON object (``{``), else one article (HTML when it looks like HTML).

Article ids (the name of the article's graph and of its ``ID.json`` output):

1. a JSONL record's ``id`` wins (kept as is when it is a safe name
   ``[A-Za-z0-9._-]``, else slugified with a short hash of the original);
2. a text or HTML file gets its file stem (made safe the same way), even when
   the page names its URL, so that ``--json-dir`` writes ``STEM.json``;
3. otherwise (a JSONL record without ``id``, stdin, ``kg.extract(str)``) the
   id comes from the URL when there is one (:func:`article_id`), else from a
   hash of the text.

An id is used once per batch. When a file's stem is already taken (``a/x.txt``
then ``b/x.txt``) the later file becomes ``STEM-HASH``, HASH being 8 hex digits
of its text, so the rule depends only on the inputs' order and content. A
second article with an id that is still taken (a repeated JSONL ``id``, the
same file given twice) is reported as ``duplicate article id X, first seen in
SOURCE`` and skipped.

``published`` is the fallback publication date for inputs that carry none
(plain text always; JSONL records and HTML pages without a date).

Every article of a batch is vetted (:mod:`kg.ingest.vet`) before it is
yielded: a text without words (only quotation marks), with fewer than three
words, or not in the pipeline's language (``read(..., language="en")``, the
default; :func:`~kg.ingest.language.pipeline_language` maps a ``--model``
name to its code, ``None`` turns the check off) is reported, not extracted.
Non-UTF-8 bytes are decoded only when the guess gives Latin text; a page that
never closes ``</body>``/``</html>`` is reported as truncated; one article
is at most 20 MB.
"""

from __future__ import annotations

from kg.errors import InputError
from kg.ingest.article import Article, Span
from kg.ingest.boilerplate import find_boilerplate
from kg.ingest.html import from_html
from kg.ingest.ids import article_id
from kg.ingest.sources import read
from kg.ingest.text import from_text

__all__ = [
    "Article",
    "InputError",
    "Span",
    "article_id",
    "find_boilerplate",
    "from_html",
    "from_text",
    "read",
]
