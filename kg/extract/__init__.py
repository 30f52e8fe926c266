"""The extract layer: a parsed article in, an :class:`Extraction` out.

The order is fixed here and only here: entities first (people, organisations,
states with every mention), then statements and events, which name their
speakers and participants through the entity layer's result.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.entities import extract_entities
from kg.extract.events import extract_events
from kg.extract.model import (
    Entities,
    Event,
    Extraction,
    Organization,
    Person,
    State,
    Statement,
)
from kg.extract.statements import extract_statements
from kg.ingest.article import Article

__all__ = [
    "Entities",
    "Event",
    "Extraction",
    "Organization",
    "Person",
    "State",
    "Statement",
    "extract_doc",
]


def extract_doc(doc: Doc, article: Article, pipeline: str | None = None) -> Extraction:
    """Everything kg takes out of one parsed article.

    ``doc`` is the parse of the article's text with boilerplate blanked
    (``kg.nlp.parse``), so its character offsets are the article's.
    """
    entities = extract_entities(doc, article)
    statements = extract_statements(doc, article, entities)
    events = extract_events(doc, article, entities)
    return Extraction(
        article=article,
        people=entities.people,
        organizations=entities.organizations,
        states=entities.states,
        statements=statements,
        events=events,
        pipeline=pipeline,
    )
