"""The resolve layer: the same person, state or organisation gets the same key
(and so the same IRI) in every article and every run.

* ``keys`` -- per-entity keys: Wikidata id, leaders table, normalised name,
  ISO code;
* ``names`` -- name normalisation (accents, transliteration variants);
* ``people`` -- the corpus-level pass: surname-only mentions joined to the one
  full name of that surname in the corpus (:func:`resolve_people`,
  :func:`apply_people`).
"""

from kg.resolve.keys import name_key, organization_key, person_key, slug, state_key
from kg.resolve.names import key_words, normalize_name
from kg.resolve.people import PeopleIndex, apply_people, resolve_people

__all__ = [
    "PeopleIndex",
    "apply_people",
    "key_words",
    "name_key",
    "normalize_name",
    "organization_key",
    "person_key",
    "resolve_people",
    "slug",
    "state_key",
]
