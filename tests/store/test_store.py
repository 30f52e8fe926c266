"""The embedded store: replace, remove, reopen, lock, counts and canonical dumps,
on the hand-built extraction of the reference article (shared/gold/prisoner-swap.txt)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, StoreError
from kg.rdf.entities import ENTITIES
from kg.rdf.iris import article_iri
from kg.rdf.mapping import extraction_to_quads
from kg.rdf.nquads import sorted_nquads
from kg.store import GraphStore, Store
from kg.store.writes import CAMEO
from tests.rdf.rdf_fixtures import swap_extraction

ART = article_iri("prisoner-swap")


def data(store: Store) -> list[ox.Quad]:
    """The store's quads but the CAMEO scheme (loaded into every store)."""
    return [q for q in store.pyoxigraph if q.graph_name != CAMEO]


@pytest.fixture(scope="module")
def extraction(reference_text: str):
    return swap_extraction(reference_text)


@pytest.fixture(scope="module")
def quads(extraction) -> list[ox.Quad]:
    return extraction_to_quads(extraction, kg_version="0.1.0")


def other_article(extraction, article_id: str):
    """The same content under another article id (a second article)."""
    article = dataclasses.replace(extraction.article, id=article_id)
    return extraction_to_quads(dataclasses.replace(extraction, article=article),
                               kg_version="0.1.0")


def test_store_is_a_graph_store() -> None:
    with Store.memory() as store:
        assert isinstance(store, GraphStore)


def test_replace_replaces_not_duplicates(quads) -> None:
    with Store.memory() as store:
        store.replace_article(ART, quads)
        store.replace_article(ART, quads)
        assert len(data(store)) == len(quads)
        assert sorted_nquads(data(store)) == sorted_nquads(quads)
        # a smaller graph replaces the whole old one: no leftovers, and the
        # entities it no longer types leave the entities graph
        smaller = [q for q in quads if q.predicate.value.endswith("#aliasInArticle")]
        store.replace_article("prisoner-swap", smaller)
        assert len(data(store)) == len(smaller)


def test_replace_refuses_quads_of_another_graph(quads) -> None:
    with Store.memory() as store:
        with pytest.raises(StoreError, match="is not in the graph of article"):
            store.replace_article(article_iri("other"), quads)
        assert data(store) == []  # nothing half-written


def test_remove_article(quads, extraction) -> None:
    with Store.memory() as store:
        store.replace_article(ART, quads)
        store.replace_article(article_iri("copy"), other_article(extraction, "copy"))
        assert store.articles() == ["copy", "prisoner-swap"]
        assert store.remove_article("prisoner-swap") is True
        assert store.remove_article("prisoner-swap") is False
        assert store.articles() == ["copy"]
        assert {q.graph_name for q in store.pyoxigraph} == {article_iri("copy"), ENTITIES, CAMEO}
        # the copy still supports every entity: the entities graph is as it was
        assert sorted_nquads(data(store)) == sorted_nquads(other_article(extraction, "copy"))
        assert store.remove_article("copy") is True
        assert data(store) == []


def test_counts_count_shared_entities_once(quads, extraction) -> None:
    with Store.memory() as store:
        assert store.counts() == dict.fromkeys(
            ("articles", "people", "organizations", "states", "statements", "events"), 0)
        store.replace_article(ART, quads)
        store.replace_article(article_iri("copy"), other_article(extraction, "copy"))
        assert store.counts() == {
            "articles": 2, "people": 3, "organizations": 2, "states": 3,
            "statements": 8, "events": 4,
        }


def test_query_sees_the_union_of_article_graphs(quads) -> None:
    with Store.memory() as store:
        store.replace_article(ART, quads)
        result = store.query("SELECT ?name WHERE { ?p a kg:Person ; kg:name ?name } "
                             "ORDER BY ?name")
        assert [row["name"].value for row in result] == [
            "Dmitry Peskov", "Donald Trump", "Shamsail Saraliev"]


def test_substitutions_bind_data_safely(quads) -> None:
    with Store.memory() as store:
        store.replace_article(ART, quads)
        result = store.query("SELECT ?p ?name WHERE { ?p kg:name ?name }",
                             {"name": ox.Literal("Donald Trump")})
        assert len(result) == 1
        count = store.query("SELECT ?name (COUNT(*) AS ?n) WHERE { ?p kg:name ?name } "
                            "GROUP BY ?name", {"name": ox.Literal("Donald Trump")})
        assert count.rows == ((ox.Literal("Donald Trump"), ox.Literal(1)),)
        # a bound variable need not be selected, and filters see it
        only = store.query("SELECT ?p WHERE { ?p kg:name ?name }",
                           {"name": ox.Literal("Donald Trump")})
        assert [r["p"].value for r in only] == ["https://w3id.org/kg-news/id/person/Q22686"]
        filtered = store.query("SELECT ?s WHERE { ?s kg:start ?at FILTER(?at < ?limit) }",
                               {"limit": ox.Literal(100)})
        assert len(filtered) > 0
        with pytest.raises(QueryError, match="not a SPARQL variable"):
            store.query("SELECT ?p WHERE { ?p kg:name ?name }", {"n } DROP ALL": ox.Literal("x")})
        before = len(store)
        nasty = store.query("SELECT * WHERE { ?p kg:name ?name }",
                            {"name": ox.Literal('x" ) } ; DROP ALL ; #\n')})
        assert len(nasty) == 0 and len(store) == before


def test_reopen_persists_and_dump_is_stable(tmp_path: Path, quads, extraction) -> None:
    path = tmp_path / "store"
    with Store.open(path) as store:
        store.replace_article(article_iri("copy"), other_article(extraction, "copy"))
        store.replace_article(ART, quads)
        first = store.dump_sorted_nquads()
    with Store.open(path, read_only=True) as store:
        assert store.articles() == ["copy", "prisoner-swap"]
        assert store.dump_sorted_nquads() == first
        with pytest.raises(StoreError, match="open read-only"):
            store.remove_article("copy")
    # the same articles written in the other order: byte-identical dump
    with Store.open(tmp_path / "other") as store:
        store.replace_article(ART, quads)
        store.replace_article(article_iri("copy"), other_article(extraction, "copy"))
        assert store.dump_sorted_nquads() == first
    assert first.encode("utf-8") == first.encode("utf-8")
    assert first.endswith(" .\n") and first == "".join(sorted(first.splitlines(True)))


def test_closed_store_says_so() -> None:
    store = Store.memory()
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.counts()


def test_locked_store_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "store"
    Store.open(path).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from kg.store import Store
            store = Store.open({str(path)!r})
            print("open", flush=True)
            sys.stdin.read()
            store.close()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "open"
        with pytest.raises(StoreError) as info:
            Store.open(path)
        assert str(info.value) == (f"store {path} is being written by another process; "
                                   "open it read-only or wait until that process ends")
        # readers may still open it
        with Store.open(path, read_only=True) as reader:
            assert reader.articles() == []
    finally:
        writer.communicate("", timeout=60)
    with Store.open(path):  # released once the writer is gone
        pass


def test_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a database")
    with pytest.raises(StoreError, match="is not a kg store"):
        Store.open(tmp_path)
    with pytest.raises(StoreError, match="is not a kg store"):
        Store.open(tmp_path, read_only=True)
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "missing", read_only=True)
    with pytest.raises(StoreError, match="is a file"):
        Store.open(tmp_path / "notes.txt")


def test_open_creates_missing_directories(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store"
    with Store.open(path) as store:
        assert store.articles() == []
    assert (path / "CURRENT").is_file()


def test_the_articles_own_entities_graph_changes_nothing_in_a_store(extraction) -> None:
    """The build maps articles ``with_entities=False`` (the store derives the
    entities graph from every article and ignores each article's own): two
    articles written either way give the same dataset, entities graph included."""
    second = dataclasses.replace(extraction, article=dataclasses.replace(
        extraction.article, id="prisoner-swap-2"))
    dumps = []
    for with_entities in (True, False):
        items = [(article_iri(e.article.id),
                  extraction_to_quads(e, kg_version="0.1.0", with_entities=with_entities))
                 for e in (extraction, second)]
        assert any(q.graph_name == ENTITIES for q in items[0][1]) is with_entities
        with Store.memory() as store:
            store.replace_articles(items)
            dumps.append(sorted_nquads(data(store)))
    assert dumps[0] == dumps[1]
    assert f"<{ENTITIES.value}>" in dumps[0]


def test_stored_claims_by_index_lookups_equal_the_sparql_counts(extraction) -> None:
    """The embedded store reads the claims entities are derived from by index
    lookups; an endpoint store counts them in SPARQL. Both must agree, with
    the graphs being replaced left out (three articles, one left out)."""
    from kg.rdf.entities import mentioned
    from kg.store.writes import _stored_claims

    with Store.memory() as store:
        articles = [article_iri("prisoner-swap")] + [article_iri(f"copy-{i}") for i in (1, 2)]
        store.replace_articles([(ART, extraction_to_quads(extraction, kg_version="0.1.0"))]
                               + [(a, other_article(extraction, a.value.rsplit("/", 1)[1]))
                                  for a in articles[1:]])
        entities = sorted(mentioned(store.pyoxigraph.quads_for_pattern(None, None, None, ART)),
                          key=lambda n: n.value)
        skip = {articles[2]}
        by_index = store._claims_of(entities, skip)
        by_sparql = _stored_claims(store.query, entities, skip)
    assert by_index.mentioned == by_sparql.mentioned == set(entities)
    assert by_index.values == by_sparql.values
    # two articles (not the skipped third) give each person's name
    names = {k: v for k, v in by_index.values.items() if k[1].endswith("nameInArticle")}
    assert names and all(sum(counts.values()) == 2 for counts in names.values())
