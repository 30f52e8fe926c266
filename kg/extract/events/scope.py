"""What an event trigger may see of the entity layer, and the noun-phrase helpers
the participant and pronoun stages share.

The parser joins a headline to the first sentence when only a blank line
separates them; :class:`ScopedEntities` hides entity mentions outside the
trigger's paragraph, so that an actor of the headline never becomes a
participant of the lead's event.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Doc, Token

from kg.extract.model import Entities, Organization, Person, State
from kg.extract.text import doc_text

NP_MODIFIERS = frozenset({"compound", "amod", "poss", "nmod", "appos", "flat", "npadvmod"})


class EntityLookup(Protocol):
    """What the event extractor asks of the entity layer."""

    def person_at(self, start: int, end: int) -> Person | None: ...
    def organization_at(self, start: int, end: int) -> Organization | None: ...
    def state_at(self, start: int, end: int) -> State | None: ...


class ScopedEntities:
    """The entity layer seen from one trigger: mentions outside the trigger's
    paragraph do not count. The parser joins a headline to the first sentence
    when only a blank line separates them; an actor of the headline must not
    become a participant of the lead's event."""

    def __init__(self, entities: Entities, start: int, end: int) -> None:
        self.entities = entities
        self.start = start
        self.end = end

    def _inside(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def person_at(self, start: int, end: int) -> Person | None:
        return self.entities.person_at(start, end) if self._inside(start, end) else None

    def organization_at(self, start: int, end: int) -> Organization | None:
        return self.entities.organization_at(start, end) if self._inside(start, end) else None

    def state_at(self, start: int, end: int) -> State | None:
        return self.entities.state_at(start, end) if self._inside(start, end) else None


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def paragraph_bounds(doc: Doc, char: int) -> tuple[int, int]:
    """The paragraph (text between blank lines) around character ``char``."""
    key = "kg_events_paragraphs"
    breaks = doc.user_data.get(key)
    if breaks is None:
        breaks = [m.start() for m in _BLANK_LINE.finditer(doc_text(doc))]
        doc.user_data[key] = breaks
    i = bisect.bisect_right(breaks, char)
    start = breaks[i - 1] if i > 0 else 0
    end = breaks[i] if i < len(breaks) else len(doc_text(doc))
    return start, end


def entity_name(token_or_tokens: Iterable[Token], entities: EntityLookup, prefer_state: bool = False
            ) -> str | None:
    for token in token_or_tokens:
        start, end = token.idx, token.idx + len(token.text)
        lookups = (_state, _person_or_organization)
        for lookup in lookups if prefer_state else reversed(lookups):
            found = lookup(entities, start, end)
            if found is not None:
                return found
    return None


def _state(entities: EntityLookup, start: int, end: int) -> str | None:
    state = entities.state_at(start, end)
    return state.iso if state is not None else None


def _person_or_organization(entities: EntityLookup, start: int, end: int) -> str | None:
    person = entities.person_at(start, end)
    if person is not None:
        return person.name
    org = entities.organization_at(start, end)
    return org.name if org is not None else None


def modifiers(head: Token) -> list[Token]:
    """The tokens that modify ``head`` inside its noun phrase (recursively)."""
    out: list[Token] = []
    for child in head.children:
        if child.dep_ in NP_MODIFIERS:
            out.append(child)
            out.extend(modifiers(child))
    return out


def conjuncts(head: Token) -> list[Token]:
    """``head`` and the heads conjoined to it ("Russia and Ukraine")."""
    out = [head]
    for child in head.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
    return out


def governing_verb(token: Token, through_prepositions_only: bool = True) -> Token | None:
    """The verb a noun hangs from, at most five links up: through prepositions
    only ("in the talks", "after a summit": a scene's participants), or through
    any link (a date's or place's anchor, "speaking after a summit with Abe")."""
    t = token
    for _ in range(5):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
        if through_prepositions_only and t.dep_ not in ("prep", "pobj", "pcomp") \
                and t.pos_ != "ADP":
            return None
    return None
