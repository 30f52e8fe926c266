"""Interim entity extractor (replaced by the entity layer work)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.model import Entities, Person
from kg.ingest.article import Article


def extract_entities(doc: Doc, article: Article) -> Entities:
    people: dict[str, list[tuple[int, int]]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not article.is_boilerplate(ent.start_char, ent.end_char):
            people.setdefault(ent.text, []).append((ent.start_char, ent.end_char))
    return Entities(people=tuple(Person(name=n, mentions=tuple(m)) for n, m in people.items()))
