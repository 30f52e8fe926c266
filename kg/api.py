"""The library API. The CLI calls only these functions."""

from __future__ import annotations

import hashlib

from kg.extract import Extraction, extract_doc
from kg.ingest.article import Article
from kg.nlp import load, parse, pipeline_id


def extract(
    text_or_article: str | Article,
    *,
    published: str | None = None,
    model: str | None = None,
) -> Extraction:
    """Extract people, organisations, states, statements and events from one article.

    A plain string becomes an :class:`Article` whose id is a hash of the text;
    ``published`` (ISO 8601) resolves relative dates ("on Friday").
    """
    if isinstance(text_or_article, Article):
        article = text_or_article
    else:
        digest = hashlib.sha256(text_or_article.encode("utf-8")).hexdigest()[:16]
        article = Article(id=digest, source="<string>", text=text_or_article,
                          published=published)
    nlp = load(model)
    (_, doc), = parse(nlp, [article])
    return extract_doc(doc, article, pipeline=pipeline_id(nlp))
