"""Shared entities live in one place: one kg:name per entity, chosen the same
way whatever the order articles are built in, and gone with the last article
that mentions it."""

from __future__ import annotations

import dataclasses
import itertools

import pyoxigraph as ox
import pytest

from kg.extract.model import Person
from kg.rdf.entities import ENTITIES, derive_entities
from kg.rdf.iris import article_iri, person_iri
from kg.rdf.mapping import extraction_to_quads, term
from kg.rdf.namespaces import KG
from kg.rdf.nquads import sorted_nquads
from kg.store import Store
from kg.store.writes import CAMEO
from tests.rdf.rdf_fixtures import swap_extraction

# the leaders table keys both spellings to Zelenskyy's Wikidata id, so two
# articles that spell him differently describe one entity
SPELLINGS = ("Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelenskyy")


def _variant(extraction, article_id: str, name: str, gender: str | None):
    """The reference article under another id, Zelenskyy named ``name``."""
    zelenskyy = Person(name=name, states=("UA",), roles=("president",), gender=gender,
                       mentions=((0, 5),))
    people = (*(p for p in extraction.people if "Zelensk" not in p.name), zelenskyy)
    article = dataclasses.replace(extraction.article, id=article_id)
    return dataclasses.replace(extraction, article=article, people=people)


@pytest.fixture(scope="module")
def articles(reference_text: str) -> list[list[ox.Quad]]:
    base = swap_extraction(reference_text)
    return [extraction_to_quads(_variant(base, f"a{i}", name, gender), kg_version="t")
            for i, (name, gender) in enumerate(zip(SPELLINGS, ("m", None, "m"), strict=True))]


def _names(quads, subject) -> list[str]:
    return sorted(q.object.value for q in quads
                  if q.subject == subject and q.predicate == term(KG.name))


def test_one_name_the_most_articles_give(articles) -> None:
    zelenskyy = person_iri(Person(name=SPELLINGS[0]))
    assert zelenskyy == person_iri(Person(name=SPELLINGS[1]))
    derived = derive_entities(itertools.chain.from_iterable(articles))
    assert all(q.graph_name == ENTITIES for q in derived)
    assert _names(derived, zelenskyy) == ["Volodymyr Zelenskyy"]
    aliases = {q.object.value for q in derived
               if q.subject == zelenskyy and q.predicate == term(KG.alias)}
    assert aliases == {"Volodymyr Zelenskiy"}  # the other spelling is kept, as an alias
    # a tie (one article each) goes to the smaller value, not to the first seen
    tie = derive_entities([*articles[1], *articles[0]])
    assert _names(tie, zelenskyy) == ["Volodymyr Zelenskiy"]


def test_store_order_does_not_matter_and_remove_cleans_up(articles) -> None:
    dumps = set()
    for order in itertools.permutations(range(3)):
        with Store.memory() as store:
            for i in order:
                store.replace_article(article_iri(f"a{i}"), articles[i])
            dumps.add(store.dump_sorted_nquads())
    assert len(dumps) == 1
    zelenskyy = person_iri(Person(name=SPELLINGS[0]))
    with Store.memory() as store:
        store.replace_articles([(article_iri(f"a{i}"), q) for i, q in enumerate(articles)])
        assert store.dump_sorted_nquads() in dumps  # batch == one by one
        rows = store.query("SELECT ?name WHERE { ?p kg:name ?name }", {"p": zelenskyy})
        assert [r["name"].value for r in rows] == ["Volodymyr Zelenskyy"]
        store.remove_article("a2")
        store.remove_article("a0")
        rows = store.query("SELECT ?name WHERE { ?p kg:name ?name }", {"p": zelenskyy})
        assert [r["name"].value for r in rows] == ["Volodymyr Zelenskiy"]
        # what is left is exactly what article a1 alone gives
        left = [q for q in store.pyoxigraph if q.graph_name != CAMEO]
        assert sorted_nquads(left) == sorted_nquads(articles[1])
        store.remove_article("a1")
        assert [q for q in store.pyoxigraph if q.graph_name != CAMEO] == []
