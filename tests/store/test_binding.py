"""Parameters are bound as terms in a VALUES block opening the WHERE group,
never pasted as text: braces in strings, IRIs and comments do not fool it,
CONSTRUCT templates are skipped, and a value cannot become SPARQL."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.store.binding import bind_values

NAME = ox.Literal('Donald "The Donald" Trump } ; DROP ALL #')


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT ?p WHERE { ?p kg:name ?name }",
         'SELECT ?p WHERE { VALUES (?name) { ("Donald \\"The Donald\\" Trump } ; DROP ALL #") }'
         "  ?p kg:name ?name }"),
        ("# a comment with { braces }\nSELECT * { ?p kg:name ?name }",
         '# a comment with { braces }\nSELECT * { VALUES (?name) { ("Donald \\"The Donald\\" '
         'Trump } ; DROP ALL #") }  ?p kg:name ?name }'),
        ("PREFIX x: <http://e.org/#x>\nSELECT (CONCAT('{', ?name) AS ?n) { ?p x:name ?name }",
         "PREFIX x: <http://e.org/#x>\nSELECT (CONCAT('{', ?name) AS ?n) { VALUES (?name) "
         '{ ("Donald \\"The Donald\\" Trump } ; DROP ALL #") }  ?p x:name ?name }'),
        ("CONSTRUCT { ?p kg:label \"{\" } WHERE { ?p kg:name ?name }",
         'CONSTRUCT { ?p kg:label "{" } WHERE { VALUES (?name) { ("Donald \\"The Donald\\" '
         'Trump } ; DROP ALL #") }  ?p kg:name ?name }'),
    ],
)
def test_values_open_the_where_group(query: str, expected: str) -> None:
    assert bind_values(query, {"name": NAME}) == expected


def test_bound_query_runs_and_keeps_the_value_whole() -> None:
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e.org/p"), ox.NamedNode("http://e.org/name"), NAME))
    sparql = bind_values("SELECT ?p WHERE { ?p <http://e.org/name> ?name }", {"name": NAME})
    assert [row["p"] for row in store.query(sparql)] == [ox.NamedNode("http://e.org/p")]
    assert len(store) == 1


def test_nothing_to_bind_leaves_the_query_alone() -> None:
    assert bind_values("SELECT * { ?s ?p ?o }", None) == "SELECT * { ?s ?p ?o }"


def test_bad_names_and_terms_are_refused() -> None:
    with pytest.raises(QueryError, match="not a SPARQL variable"):
        bind_values("SELECT * { ?s ?p ?o }", {"s } DROP ALL": NAME})
    with pytest.raises(QueryError, match="only IRIs and literals"):
        bind_values("SELECT * { ?s ?p ?o }", {"s": ox.BlankNode("b")})
    with pytest.raises(QueryError, match="no WHERE group"):
        bind_values("SELECT ?s", {"s": NAME})
