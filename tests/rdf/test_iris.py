"""IRIs are minted from keys and offsets only, and stay valid for any name or id."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from kg.extract.model import Organization, Person, State
from kg.rdf.iris import (
    anonymous_iri,
    article_id_from_iri,
    article_iri,
    build_iri,
    cameo_iri,
    event_iri,
    mention_iri,
    organization_iri,
    person_iri,
    segment,
    state_iri,
    statement_iri,
)
from kg.rdf.namespaces import ID

# characters that must never appear raw in an IRI kg writes
UNSAFE = re.compile(r"[\s<>\"{}|\\^`#]")

NASTY = [
    'He said "no deal"',
    "<script>alert(1)</script>",
    "back\\slash",
    "new\nline",
    "brace } and { brace",
    "hash#tag",
    "Володимир Зеленський",
    "Åsa Ñúñez-O'Brien",
    "tab\there",
    "100% sure?&x=1",
    "",
]
# real article ids of shared/corpora/news.jsonl
CORPUS_IDS = [
    "g5w-cluster-441fe62fc92e31c4db75356e",
    "np4k-cnn_test_nlp",
    "isot-0007",
]


def test_entity_iris_come_from_keys() -> None:
    trump = Person(name="Donald Trump", wikidata="Q22686")
    assert person_iri(trump).value == f"{ID}person/Q22686"
    assert person_iri(Person(name="Dmitry Peskov")).value == f"{ID}person/dmitry-peskov"
    # the same person named in two articles with other mentions: same IRI
    assert person_iri(Person(name="Dmitry Peskov", mentions=((1, 5),))) == \
        person_iri(Person(name="Dmitry Peskov", roles=("spokesman",)))
    assert organization_iri(Organization(name="The Associated Press")).value == \
        f"{ID}org/the-associated-press"
    assert state_iri("ru").value == f"{ID}state/RU"
    assert state_iri(State(name="Russia", iso="RU")) == state_iri("RU")
    assert cameo_iri("0841").value == "https://w3id.org/kg-news/cameo/0841"


@pytest.mark.parametrize("name", NASTY)
def test_nasty_names_give_valid_iris(name: str) -> None:
    for iri in (
        person_iri(Person(name=name)),
        person_iri(Person(name="x", wikidata=name)),
        organization_iri(Organization(name=name)),
        article_iri(name or "x"),
        anonymous_iri(article_iri(name or "x"), name),
    ):
        # pyoxigraph validates IRIs: a bad one could not even be built
        assert ox.NamedNode(iri.value) == iri
        assert not UNSAFE.search(iri.value), iri.value


@pytest.mark.parametrize("article_id", [n for n in NASTY if n] + CORPUS_IDS)
def test_article_iri_round_trips(article_id: str) -> None:
    iri = article_iri(article_id)
    assert article_id_from_iri(iri) == article_id
    assert article_id_from_iri(iri.value) == article_id


def test_ids_from_corpus_stay_readable() -> None:
    assert article_iri("np4k-cnn_test_nlp").value == f"{ID}article/np4k-cnn_test_nlp"


def test_segment_encodes_as_utf8() -> None:
    assert segment("Zé") == "Z%C3%A9"
    assert segment("a/b") == "a%2Fb"  # no extra path levels
    assert segment("") == "_"


def test_empty_article_id_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot be empty"):
        article_iri("")


def test_not_an_article_iri() -> None:
    with pytest.raises(ValueError, match="not a kg article IRI"):
        article_id_from_iri(f"{ID}person/Q22686")
    with pytest.raises(ValueError, match="not a kg article IRI"):
        article_id_from_iri(statement_iri(article_iri("a"), (1, 2)))


def test_article_things_hang_under_the_article_by_offsets() -> None:
    art = article_iri("prisoner-swap")
    assert statement_iri(art, (172, 241)).value == f"{art.value}/statement/172-241"
    assert statement_iri(art, (172, 241), 2).value == f"{art.value}/statement/172-241-2"
    assert event_iri(art, (10, 20)).value == f"{art.value}/event/10-20"
    assert mention_iri(art, (0, 5)).value == f"{art.value}/mention/0-5"
    assert anonymous_iri(art, "ua").value == f"{art.value}/anonymous/UA"
    assert anonymous_iri(art, None).value == f"{art.value}/anonymous/unknown"
    assert build_iri(art).value == f"{art.value}/build"
