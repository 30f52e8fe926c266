"""Limiting a projection: top N by centrality, one article, one entity's neighbourhood."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from kg_fixture_store import (
    ASSAD,
    INTERFAX,
    PESKOV,
    PUTIN,
    RU,
    SY,
    TRUMP,
    UA,
    US,
    USHAKOV,
    ZELENSKYY,
    iri,
)

from kg.graph import (
    GraphError,
    actor_graph,
    article_subgraph,
    limit,
    load_snapshot,
    neighbourhood,
    statement_graph,
    top_nodes,
    undirected,
)
from kg.rdf.namespaces import ONTOLOGY


@pytest.fixture(scope="module")
def actors(kg_store):
    return actor_graph(kg_store)


def test_top_nodes_keeps_the_most_connected(actors):
    top = top_nodes(actors, 3)
    assert set(top) == {RU, UA, TRUMP}
    simple = undirected(actors)
    lowest_kept = min(simple.degree(n) for n in top)
    assert all(simple.degree(n) <= lowest_kept for n in actors if n not in top)
    assert all(top.has_edge(u, v) for u, v in [(TRUMP, RU)] if actors.has_edge(u, v))
    assert type(top) is type(actors)
    assert top_nodes(actors, 1000).number_of_nodes() == actors.number_of_nodes()


def test_article_subgraph_is_one_article(actors):
    sub = article_subgraph(actors, "isot-0572")
    assert set(sub) == {PUTIN, TRUMP, USHAKOV, PESKOV, ASSAD, RU, US, SY, INTERFAX}
    assert sub.number_of_edges() > 0
    assert all("isot-0572" in d["articles"] for _, _, d in sub.edges(data=True))


def test_neighbourhood_by_name_and_depth(actors, kg_store):
    assert set(neighbourhood(actors, "Zelenskyy")) == {ZELENSKYY, TRUMP, UA}
    two = neighbourhood(actors, "Zelenskyy", depth=2)
    assert {PUTIN, RU, US} <= set(two)
    statements = statement_graph(kg_store)
    around = neighbourhood(statements, "Saraliev", depth=2)  # speaker -> statement -> about
    assert UA in around and len(around) == 3


def test_limit_applies_article_then_neighbourhood_then_top(actors):
    # in isot-0572 Putin's neighbours are Trump, Russia and Ushakov (who spoke about
    # him and Trump); Putin and Ushakov have three neighbours each in that view
    assert set(limit(actors, article="isot-0572", around="Putin")) == {PUTIN, TRUMP, RU, USHAKOV}
    view = limit(actors, article="isot-0572", around="Putin", depth=1, top=2)
    assert set(view) == {PUTIN, USHAKOV}


@pytest.mark.parametrize(("call", "message"), [
    (lambda g: top_nodes(g, 0), "positive"),
    (lambda g: top_nodes(g, 3, by="pagerank"), "pagerank"),
    (lambda g: article_subgraph(g, "no-such-article"), "no-such-article"),
    (lambda g: neighbourhood(g, "Nobody Atall"), "Nobody Atall"),
])
def test_bad_limits_raise_one_line_errors(actors, call, message):
    with pytest.raises(GraphError, match=message):
        call(actors)


def test_states_without_a_name_get_one_from_the_gazetteer():
    """A state stored with its ISO code only (as kg/rdf writes states it has no
    name for) and an anonymous source tied to it read as names, not codes."""
    store = ox.Store()
    graph = ox.NamedNode(iri("article/a"))
    t = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    gb, anon = ox.NamedNode(iri("state/GB")), ox.NamedNode(iri("article/a/anonymous/GB"))
    for s, p, o in [
        (ox.NamedNode(iri("article/a")), t, ox.NamedNode(ONTOLOGY + "Article")),
        (gb, t, ox.NamedNode(ONTOLOGY + "State")),
        (gb, ox.NamedNode(ONTOLOGY + "iso"), ox.Literal("GB")),
        (anon, t, ox.NamedNode(ONTOLOGY + "AnonymousSource")),
        (anon, ox.NamedNode(ONTOLOGY + "state"), gb),
    ]:
        store.add(ox.Quad(s, p, o, graph))
    snap = load_snapshot(store)
    assert snap.entities[gb.value].label == "United Kingdom"
    assert snap.entities[anon.value].label == "Anonymous source (United Kingdom)"
