"""The entity layer: people, organisations and states of one article.

``extract_entities(doc, article)`` runs, in this order:

1. state mentions (``states``): names, demonyms, seats of government, and
   capitals acting for their state; datelines and places skipped;
2. people (``people``): cleaned PERSON spans clustered into one person per
   real person, with roles, states, gender and the leaders-table prior;
3. organisations (``organizations``): media, seats of government that speak,
   ministries, parties, armed groups, international bodies;
4. the article's states: every state with a mention, plus the states of the
   people in the story (the US of "President Trump").

The result's ``state_at``/``person_at``/``organization_at`` let the statement
and event layers name speakers and participants the way this layer did.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.entities.gazetteer import state_gazetteer
from kg.extract.entities.organizations import extract_organizations
from kg.extract.entities.people import extract_people
from kg.extract.entities.states import StateMention, find_state_mentions
from kg.extract.model import Entities, Person, State
from kg.ingest.article import Article

__all__ = ["extract_entities"]


def extract_entities(doc: Doc, article: Article) -> Entities:
    """People, organisations and states of ``article`` (parsed as ``doc``)."""
    mentions = find_state_mentions(doc, article)
    people = extract_people(doc, article, mentions)
    person_tokens = _tokens_of(doc, people)
    mentions = [m for m in mentions if not any(i in person_tokens for i in range(m.start, m.end))]
    orgs = extract_organizations(doc, article, mentions, person_tokens)
    states = _states(mentions, people)
    return Entities(people=tuple(people), organizations=tuple(orgs), states=tuple(states))


def _tokens_of(doc: Doc, people: list[Person]) -> set[int]:
    out: set[int] = set()
    for person in people:
        for start, end in person.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                out.update(range(span.start, span.end))
    return out


def _states(mentions: list[StateMention], people: list[Person]) -> list[State]:
    """Every state with a mention, in order of first mention, then the states
    of people that the text names only through them."""
    gaz = state_gazetteer()
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in mentions:
        spans.setdefault(m.iso, []).append((m.start_char, m.end_char))
    for person in people:
        for iso in person.states:
            spans.setdefault(iso, [])
    out = []
    for iso, found in spans.items():
        info = gaz.states.get(iso)
        out.append(State(
            name=info.name if info else iso,
            iso=iso,
            geonames_id=info.geonames_id if info else None,
            mentions=tuple(sorted(set(found))),
        ))
    return out
