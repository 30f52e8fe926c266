"""Plain text into an :class:`Article`: the text kept exactly, noise flagged.

This is where every format ends up (HTML after trafilatura, each JSONL
record, stdin, ``kg.extract(str)``): one place checks that there is an
article at all, validates the publication date and marks boilerplate.
"""

from __future__ import annotations

from kg.errors import InputError
from kg.ingest.article import Article
from kg.ingest.boilerplate import find_boilerplate
from kg.ingest.ids import article_id
from kg.ingest.published import normalise_published

#: Characters in one article at most: a JSONL record or stdin this long is a
#: dump, not an article (a file is refused by size before it is read:
#: ``kg.ingest.sources.MAX_ARTICLE_BYTES``). Checked before any regex runs over it.
MAX_ARTICLE_CHARS = 20_000_000


def from_text(
    text: str,
    *,
    source: str,
    id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    location: str | None = None,
) -> Article:
    """An :class:`Article` of ``text`` with its boilerplate spans flagged.

    ``location`` (a JSONL ``line N``) only serves error messages.
    ``id`` defaults to :func:`kg.ingest.ids.article_id` of ``url`` and ``text``.
    Raises :class:`InputError` (naming ``source`` and ``location``) for an empty
    or over-long text or an unparseable ``published``.
    """
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(source, f"too long for one article ({len(text)} characters; "
                         f"the limit is {MAX_ARTICLE_CHARS}): split it", location)
    if not text.strip():
        raise InputError(source, "empty article", location)
    try:
        date = normalise_published(published)
    except ValueError as exc:
        raise InputError(source, str(exc), location) from exc
    return Article(
        id=id or article_id(url, text),
        source=source,
        text=text,
        url=url or None,
        title=title or None,
        published=date,
        boilerplate=find_boilerplate(text),
    )
