"""Centrality, communities and paths on the actor graph of the hand-built store."""

from __future__ import annotations

import pytest
from kg_fixture_store import ASSAD, PESKOV, PUTIN, RU, TR, TRUMP, UA, ZELENSKYY

from kg.graph import (
    GraphError,
    actor_graph,
    centrality,
    communities,
    find_node,
    shortest_path,
    undirected,
)


@pytest.fixture(scope="module")
def actors(kg_store):
    return actor_graph(kg_store)


def test_undirected_sums_parallel_edges(actors):
    simple = undirected(actors)
    # Peskov -> Russia: said about (2 statements) + belongs to (2 articles)
    assert simple[PESKOV][RU]["weight"] == 4
    assert simple.number_of_nodes() == actors.number_of_nodes()


def test_centrality(actors):
    scores = centrality(actors)
    assert list(scores) == list(actors.nodes)
    by_degree = sorted(scores, key=lambda n: -scores[n]["degree"])
    # Russia and Trump touch the most actors; Trump bridges the most pairs
    assert by_degree[:2] == [RU, TRUMP]
    assert max(scores, key=lambda n: scores[n]["betweenness"]) == TRUMP
    assert scores[TR] == {"degree": 0.0, "betweenness": 0.0, "strength": 0.0}
    assert scores[RU]["strength"] == 14.0


def test_communities_partition_and_repeat(actors):
    found = communities(actors, seed=7)
    assert communities(actors, seed=7) == found
    members = [n for c in found for n in c]
    assert sorted(members) == sorted(actors.nodes)
    assert [TR] in found
    by_node = {n: i for i, c in enumerate(found) for n in c}
    # Peskov speaks about Assad and belongs to Russia: one community
    assert by_node[PESKOV] == by_node[ASSAD] == by_node[RU]


def test_shortest_path_carries_its_evidence(actors):
    path = shortest_path(actors, "Bashar al-Assad", "Zelenskyy")
    assert path.nodes == (ASSAD, PESKOV, UA, ZELENSKYY)
    assert [s.kinds for s in path.steps] == [("said_about",), ("said_about",), ("belongs_to",)]
    assert [s.rsplit("/id/", 1)[1] for s in path.statements] == [
        "statement/isot-0572/2", "statement/prisoner-swap/6"]
    assert path.steps[0].articles == ("isot-0572",)


def test_path_through_events(actors):
    path = shortest_path(actors, "President Trump", "Putin")
    assert path.nodes == (TRUMP, PUTIN)
    assert len(path.events) == 2


def test_find_node_by_alias_iso_and_surname(actors):
    assert find_node(actors, "mr. trump") == TRUMP
    assert find_node(actors, "UA") == UA
    assert find_node(actors, "Putin") == PUTIN
    assert find_node(actors, TR) == TR


def test_path_errors(actors):
    with pytest.raises(GraphError, match="'Kim Jong Un': no node of the graph"):
        shortest_path(actors, "Kim Jong Un", "Putin")
    with pytest.raises(GraphError, match="'Turkey' and 'Putin' are not connected"):
        shortest_path(actors, "Turkey", "Putin")
