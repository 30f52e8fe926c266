"""Helpers for the event tests: an entity layer built by hand, and a runner.

The event rules are tested on real sentences with the entity layer given
explicitly (which words are which person, state or organisation), so that
a change in the entity layer's recall does not hide or fake an event-rule
result. End-to-end runs with the real entity layer are in
``test_events_article.py``.
"""

from __future__ import annotations

import re

from kg.extract.events import extract_events
from kg.extract.model import Entities, Event, Organization, Person, State
from kg.ingest.article import Article
from kg.nlp import parse


def _spans(text: str, surfaces: list[str]) -> tuple[tuple[int, int], ...]:
    found: list[tuple[int, int]] = []
    for surface in surfaces:
        pattern = r"(?<![\w])" + re.escape(surface) + r"(?![\w])"
        found.extend((m.start(), m.end()) for m in re.finditer(pattern, text))
    return tuple(sorted(set(found)))


def entities_for(text: str, people: dict[str, list[str]] | None = None,
                 states: dict[str, list[str]] | None = None,
                 orgs: dict[str, list[str]] | None = None,
                 person_states: dict[str, tuple[str, ...]] | None = None) -> Entities:
    """Entities whose mentions are every occurrence of the given surface forms.

    ``people`` and ``orgs`` map a canonical name to its surface forms,
    ``states`` an ISO code to its names, demonyms and seats.
    """
    person_states = person_states or {}
    return Entities(
        people=tuple(Person(name=name, aliases=tuple(forms), mentions=_spans(text, forms),
                            states=person_states.get(name, ()))
                     for name, forms in (people or {}).items()),
        organizations=tuple(Organization(name=name, mentions=_spans(text, forms))
                            for name, forms in (orgs or {}).items()),
        states=tuple(State(name=iso, iso=iso, mentions=_spans(text, forms))
                     for iso, forms in (states or {}).items()),
    )


def events_of(nlp, text: str, entities: Entities, published: str | None = None
              ) -> tuple[Event, ...]:
    """The events kg codes in ``text`` with the given entity layer."""
    article = Article(id="t", source="test", text=text, published=published)
    ((_, doc),) = parse(nlp, [article])
    return extract_events(doc, article, entities)


def coded_event(nlp, sentence: str, layer: dict, code: str, participants: set[str],
                published: str | None, person_states: dict[str, tuple[str, ...]]) -> Event:
    """The first event of ``sentence`` coded under ``code``, with the entity
    layer ``layer`` (``entities_for``'s keywords) and ``person_states``;
    fails unless there is one and it has ``participants`` among its own."""
    entities = entities_for(sentence, person_states=person_states, **layer)
    events = events_of(nlp, sentence, entities, published)
    coded = [e for e in events if e.cameo.startswith(code)]
    assert coded, [(e.cameo, e.participants) for e in events]
    assert participants <= set(coded[0].participants), coded[0]
    return coded[0]
