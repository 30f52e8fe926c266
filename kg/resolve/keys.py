"""Keys that identify an entity across articles and runs.

IRIs are minted from these keys (``kg/rdf/iris.py``), never from processing
order, so the same person gets the same IRI in every article and every run.

A person's key is, in this order: the Wikidata id the entity layer matched;
the Wikidata id (or table name) of the leaders-table entry whose full name
or alias is the person's name, whatever the article's date; the slug of the
normalised name (``kg.resolve.names``: accents folded, transliteration
variants unified, middle initials dropped), so "Volodymyr Zelenskiy" and
"Volodymyr Zelenskyy" share a key even without the table.
"""

from __future__ import annotations

import re

from kg.extract.model import Organization, Person, State
from kg.resolve.names import fold, key_words

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-': accents folded, punctuation dropped."""
    return _NON_WORD.sub("-", fold(text)).strip("-") or "x"


def name_key(name: str) -> str:
    """The key of a person known only by ``name`` (no Wikidata id)."""
    from kg.extract.entities.leaders import full_name_key

    term = full_name_key(name)
    if term is not None:
        return term.wikidata or "-".join(key_words(term.name)) or "x"
    return "-".join(key_words(name)) or slug(name)


def person_key(person: Person) -> str:
    """A person's key: the Wikidata id when known, else the leaders table's
    entry for the name, else the normalised name's slug."""
    return person.wikidata or name_key(person.name)


def organization_key(org: Organization) -> str:
    """An organisation's key: the slug of its canonical name."""
    return slug(org.name)


def state_key(state: State) -> str:
    """A state's key: its ISO 3166-1 alpha-2 code."""
    return state.iso.upper()
