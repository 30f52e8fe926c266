"""The store protocol of kg.graph.rows: a pyoxigraph Store, or anything whose
``query`` gives rows of terms or plain values, reads the same."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from kg.graph import actor_graph, load_snapshot
from kg.graph.rows import plain, select


class RowsOfTerms:
    """A store whose query gives dicts of pyoxigraph terms (as kg.store's QueryResult)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def query(self, sparql: str):
        result = self.store.query(sparql, use_default_graph_as_union=True)
        names = [v.value for v in result.variables]
        return [{name: solution[name] for name in names} for solution in result]


class RawSolutions(RowsOfTerms):
    """A store that hands back pyoxigraph's own QuerySolutions."""

    def query(self, sparql: str):
        return self.store.query(sparql, use_default_graph_as_union=True)


@pytest.mark.parametrize("wrapper", [RowsOfTerms, RawSolutions])
def test_wrapped_stores_read_the_same(kg_store, wrapper):
    assert load_snapshot(wrapper(kg_store)) == load_snapshot(kg_store)
    direct, wrapped = actor_graph(kg_store), actor_graph(wrapper(kg_store))
    assert list(direct.edges(keys=True, data=True)) == list(wrapped.edges(keys=True, data=True))


def test_kg_store_reads_the_same(kg_store):
    """kg's own Store (kg/store) answers the projections' queries like pyoxigraph."""
    store_module = pytest.importorskip("kg.store")
    store = store_module.Store.memory()
    for graph in {q.graph_name for q in kg_store}:
        store.replace_article(graph, [q for q in kg_store if q.graph_name == graph])
    assert load_snapshot(store) == load_snapshot(kg_store)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (ox.NamedNode("https://w3id.org/kg-news/id/state/RU"),
         "https://w3id.org/kg-news/id/state/RU"),
        (ox.Literal("42", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), 42),
        (ox.Literal(True), True),
        (ox.Literal("2025-05-23", datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#date")), "2025-05-23"),
        (ox.Literal("Путин", language="ru"), "Путин"),
        (rdflib.URIRef("https://w3id.org/kg-news/id/state/UA"),
         "https://w3id.org/kg-news/id/state/UA"),
        (rdflib.Literal(7), 7),
        (None, None),
    ],
)
def test_plain_values(value, expected):
    assert plain(value) == expected
    assert type(plain(value)) is type(expected)


def test_select_on_pyoxigraph_uses_the_union_graph(kg_store):
    rows = select(kg_store, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { "
                            "?a a <https://w3id.org/kg-news/ontology#Article> }")
    assert rows == [{"n": 3}]
