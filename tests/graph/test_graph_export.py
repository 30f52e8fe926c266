"""GraphML and GEXF files of the projections read back with the same content."""

from __future__ import annotations

import networkx as nx
import pytest
from kg_fixture_store import HACKER, PUTIN, TRUMP, XSS_SPEAKER

from kg.graph import PROJECTIONS, actor_graph, flatten, write_gexf, write_graphml


@pytest.mark.parametrize("name", sorted(PROJECTIONS))
@pytest.mark.parametrize(("write", "read"), [(write_graphml, nx.read_graphml),
                                             (write_gexf, nx.read_gexf)])
def test_round_trip(kg_store, tmp_path, name, write, read):
    graph = PROJECTIONS[name](kg_store)
    path = write(graph, tmp_path / f"{name}.out")
    assert [p.name for p in tmp_path.iterdir()] == [f"{name}.out"]  # no temp file left
    back = read(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    assert sorted(back.nodes) == sorted(graph.nodes)


def test_graphml_flattens_lists(kg_store, tmp_path):
    graph = actor_graph(kg_store)
    back = nx.read_graphml(write_graphml(graph, tmp_path / "actor.graphml"))
    assert back.nodes[TRUMP]["articles"] == "isot-0572; prisoner-swap; xss-test"
    assert back.nodes[TRUMP]["roles"] == "president"
    assert back.nodes[HACKER]["label"] == XSS_SPEAKER  # markup stays data
    edge = back.get_edge_data(TRUMP, PUTIN)["co_event"]
    assert edge["weight"] == 2
    assert edge["articles"] == "isot-0572; prisoner-swap"


def test_flatten_keeps_the_original(kg_store):
    graph = actor_graph(kg_store)
    flat = flatten(graph)
    assert graph.nodes[TRUMP]["roles"] == ["president"]
    assert flat.nodes[TRUMP]["roles"] == "president"
    assert type(flat) is type(graph)
