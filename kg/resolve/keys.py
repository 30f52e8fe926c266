"""Keys that identify an entity across articles and runs.

IRIs are minted from these keys (``kg/rdf/iris.py``), never from processing
order, so the same person gets the same IRI in every article and every run.
"""

from __future__ import annotations

import re
import unicodedata

from kg.extract.model import Organization, Person, State

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-': accents folded, punctuation dropped."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub("-", folded.lower()).strip("-") or "x"


def person_key(person: Person) -> str:
    """A person's key: the Wikidata id when known, else the slug of the name."""
    return person.wikidata or slug(person.name)


def organization_key(org: Organization) -> str:
    """An organisation's key: the slug of its canonical name."""
    return slug(org.name)


def state_key(state: State) -> str:
    """A state's key: its ISO 3166-1 alpha-2 code."""
    return state.iso.upper()
