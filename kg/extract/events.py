"""Interim event extractor (replaced by the events work)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.model import Entities, Event
from kg.ingest.article import Article


def extract_events(doc: Doc, article: Article, entities: Entities) -> tuple[Event, ...]:
    return ()
