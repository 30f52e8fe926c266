"""Interim statement extractor (replaced by the statements work)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.model import Entities, Statement
from kg.ingest.article import Article


def extract_statements(doc: Doc, article: Article, entities: Entities) -> tuple[Statement, ...]:
    return ()
