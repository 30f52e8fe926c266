"""HTML pages into articles through trafilatura.

trafilatura keeps the main text and drops navigation, banners and footers
(shared/STACK.md); its metadata gives the title, the canonical URL
(``<link rel=canonical>`` / ``og:url``) and the publication date as an ISO
date. The article text is trafilatura's text, so offsets index that text, not
the HTML source; kg's own boilerplate rules then run over it like any text.
"""

from __future__ import annotations

import re

from kg.errors import InputError
from kg.ingest.article import Article
from kg.ingest.text import from_text

_CLOSED = re.compile(r"</(?:body|html)\b", re.I)
_HTML_START = re.compile(r"(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts as an HTML document does (doctype, ``<html>``, ``<head>``)."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("<?xml"):
        head = head[head.find("?>") + 2 :].lstrip()
    return _HTML_START.match(head) is not None


def is_truncated(html: str) -> bool:
    """True for a whole-document page (doctype, ``<html>``) that never closes its
    body or document: a download cut part-way. trafilatura would return the
    part it got (often only the navigation) as if it were the article. All 42
    pages of ``shared/corpora/html`` close one or the other (one ends ``</html``
    without its ``>``, which still counts)."""
    return looks_like_html(html) and _CLOSED.search(html) is None


def from_html(
    html: str,
    *,
    source: str,
    id: str | None = None,
    published: str | None = None,
) -> Article:
    """The article of an HTML page; ``published`` is the fallback when the page has no date.

    Raises :class:`InputError` when the page is cut short (:func:`is_truncated`)
    or trafilatura finds no article text.
    """
    if is_truncated(html):
        raise InputError(source, "truncated HTML page (it never closes </body> or </html>: "
                         "the download stopped part-way)")
    from trafilatura import bare_extraction  # heavy import, paid for by HTML inputs only

    doc = bare_extraction(html, with_metadata=True, include_comments=False)
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise InputError(source, "no article text found in the HTML page")
    return from_text(
        text,
        source=source,
        id=id,
        url=doc.url or None,
        title=doc.title or None,
        published=doc.date or published,
    )
