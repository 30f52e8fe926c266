"""The resolve layer: the same person, state or organisation gets the same key
(and so the same IRI) in every article and every run.

* ``keys`` -- per-entity keys: Wikidata id, leaders table, normalised name,
  ISO code;
* ``names`` -- name normalisation (accents, transliteration variants);
* ``surnames`` -- the one rule for that: a bare surname joins the one
  full-name person of that surname in the corpus, never one of two;
* ``people`` -- the rule over extractions held in memory
  (:func:`resolve_people`, :func:`apply_people`);
* ``stored`` -- the rule over a built store, which is what builds use
  (``kg.resolve.stored.resolve_store``, run by ``kg.pipeline.build``): it
  rewrites article graphs already written, and undoes earlier joins, so the
  store never depends on the order articles came in. Not imported here: it
  reads the rdf layer's IRIs, which import this package.
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
