"""The parsed article's text, built once per ``Doc``.

``Doc.text`` joins every token each time it is read, and the extractors read
it many times per article; they all share this cached copy instead.
"""

from __future__ import annotations

from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once and kept in ``doc.user_data``."""
    cached = doc.user_data.get("kg_text")
    if cached is None:
        cached = doc.text
        doc.user_data["kg_text"] = cached
    return cached
