"""Corpus-level people resolution: identity across articles, never across two
people who share a surname, independent of the order articles come in."""

from __future__ import annotations

import itertools

from kg.extract.model import Extraction, Person, Statement
from kg.ingest.article import Article
from kg.resolve import apply_people, person_key, resolve_people


def extraction(article_id: str, *people: Person, statements=()) -> Extraction:
    article = Article(id=article_id, source="test", text="")
    return Extraction(article=article, people=people, statements=tuple(statements))


CORPUS = [
    extraction("a", Person(name="Volodymyr Zelenskyy", wikidata="Q3874799"),
               Person(name="Dmitry Peskov")),
    extraction("b", Person(name="Volodymyr Zelenskiy")),
    extraction("c", Person(name="Peskov"),
               statements=[Statement(text="no decisions", span=(0, 1), direct=True,
                                     speaker="Peskov", speaker_type="person")]),
    extraction("d", Person(name="Donald Trump", wikidata="Q22686"),
               Person(name="Melania Trump")),
    extraction("e", Person(name="Trump")),
    extraction("f", Person(name="Dmitri Peskov")),
]


def test_same_person_different_spellings_one_key():
    index = resolve_people(CORPUS)
    assert index.key_of("a", "Volodymyr Zelenskyy") == index.key_of("b", "Volodymyr Zelenskiy")
    assert index.key_of("a", "Dmitry Peskov") == index.key_of("f", "Dmitri Peskov")


def test_surname_alone_joins_the_one_full_name_in_the_corpus():
    index = resolve_people(CORPUS)
    assert index.key_of("c", "Peskov") == index.key_of("a", "Dmitry Peskov")
    assert index.name_of(index.key_of("c", "Peskov")) in ("Dmitry Peskov", "Dmitri Peskov")


def test_two_people_one_surname_never_merge():
    index = resolve_people(CORPUS)
    donald, melania = index.key_of("d", "Donald Trump"), index.key_of("d", "Melania Trump")
    assert donald != melania
    bare = index.key_of("e", "Trump")  # ambiguous in this corpus: left on its own
    assert bare not in (donald, melania)


def test_resolution_is_order_independent():
    first = resolve_people(CORPUS)
    for perm in itertools.islice(itertools.permutations(CORPUS), 0, 720, 37):
        assert resolve_people(perm) == first


def test_apply_renames_person_statements_and_keeps_the_surface_as_alias():
    index = resolve_people(CORPUS)
    renamed = apply_people(CORPUS[2], index)
    (person,) = renamed.people
    assert person.name in ("Dmitry Peskov", "Dmitri Peskov") and "Peskov" in person.aliases
    assert person_key(person) == index.key_of("a", "Dmitry Peskov")
    assert renamed.statements[0].speaker == person.name
    assert apply_people(CORPUS[4], index) == CORPUS[4]  # ambiguous "Trump": unchanged


def test_a_bare_word_that_is_also_a_first_name_joins_no_one():
    """Records g5w-cluster-6500961852ee48f9c1269852 ("Quentin came in my
    trailer"), g5w-cluster-041635172e54fa4335cdca6a (director Quentin
    Tarantino), bbc-entertainment-201 (Caroline Quentin)."""
    corpus = [extraction("g5w-cluster-6500961852ee48f9c1269852", Person(name="Quentin")),
              extraction("bbc-entertainment-201", Person(name="Caroline Quentin"))]
    assert resolve_people(corpus).key_of("g5w-cluster-6500961852ee48f9c1269852",
                                         "Quentin") == "caroline-quentin"
    corpus.append(extraction("g5w-cluster-041635172e54fa4335cdca6a",
                             Person(name="Quentin Tarantino")))
    assert resolve_people(corpus).key_of("g5w-cluster-6500961852ee48f9c1269852",
                                         "Quentin") == "quentin"
