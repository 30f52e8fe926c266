"""Projections of the hand-built store (tests/graph/kg_fixture_store.py): counts,
weights and article ids checked against what the three articles say."""

from __future__ import annotations

from collections import Counter

import pytest
from kg_fixture_store import (
    ANON_UA,
    ASSAD,
    EXPECTED,
    HACKER,
    PESKOV,
    PUTIN,
    RU,
    SARALIEV,
    TR,
    TRUMP,
    UA,
    US,
    USHAKOV,
    ZELENSKYY,
    build_store,
)

from kg.graph import (
    actor_graph,
    comention_graph,
    event_graph,
    load_snapshot,
    project,
    statement_graph,
)
from kg.graph.analytics import GraphError


@pytest.fixture(scope="module")
def actors(kg_store):
    return actor_graph(kg_store)


def test_snapshot_reads_every_resource(kg_store):
    snap = load_snapshot(kg_store)
    types = Counter(e.type for e in snap.entities.values())
    assert types == {"person": EXPECTED["people"], "state": EXPECTED["states"],
                     "organization": EXPECTED["organizations"],
                     "anonymous": EXPECTED["anonymous"]}
    assert len(snap.statements) == EXPECTED["statements"]
    assert len(snap.events) == EXPECTED["events"]
    assert sorted(a.id for a in snap.articles.values()) == [
        "isot-0572", "prisoner-swap", "xss-test"]


def test_actor_graph_nodes_and_attributes(actors):
    assert actors.number_of_nodes() == 18
    trump = actors.nodes[TRUMP]
    assert trump["type"] == "person"
    assert trump["label"] == "Donald Trump"
    assert trump["roles"] == ["president"]
    assert trump["states"] == ["US"]
    assert trump["aliases"] == ["Mr. Trump", "President Trump", "Trump"]
    assert trump["articles"] == ["isot-0572", "prisoner-swap", "xss-test"]
    assert actors.nodes[RU]["iso"] == "RU"
    assert actors.nodes[ANON_UA]["type"] == "anonymous"


def test_actor_graph_edge_kinds(actors):
    kinds = Counter(k for _, _, k in actors.edges(keys=True))
    # 9 (speaker, about) pairs; RU-UA, Putin-Trump, Trump-Zelenskyy; 13 entity->state
    assert kinds == {"said_about": 9, "co_event": 3, "belongs_to": 13}


@pytest.mark.parametrize(
    ("u", "v", "kind", "weight", "articles"),
    [
        # Trump's lead report and his Truth Social quote are both about Russia
        (TRUMP, RU, "said_about", 2, ["prisoner-swap"]),
        # Peskov speaks about Russia in both articles
        (PESKOV, RU, "said_about", 2, ["isot-0572", "prisoner-swap"]),
        (PESKOV, ASSAD, "said_about", 1, ["isot-0572"]),
        (USHAKOV, PUTIN, "said_about", 1, ["isot-0572"]),
        (SARALIEV, UA, "said_about", 1, ["prisoner-swap"]),
        (HACKER, TRUMP, "said_about", 1, ["xss-test"]),
        # the phone call of prisoner-swap and the planned call of isot-0572
        (TRUMP, PUTIN, "co_event", 2, ["isot-0572", "prisoner-swap"]),
        # the exchange and the talks in Turkey
        (RU, UA, "co_event", 2, ["prisoner-swap"]),
        (TRUMP, ZELENSKYY, "co_event", 1, ["prisoner-swap"]),
        # all three articles tie Trump to the US
        (TRUMP, US, "belongs_to", 3, ["isot-0572", "prisoner-swap", "xss-test"]),
        (PUTIN, RU, "belongs_to", 2, ["isot-0572", "prisoner-swap"]),
        (ANON_UA, UA, "belongs_to", 1, ["prisoner-swap"]),
    ],
)
def test_actor_graph_weights_and_articles(actors, u, v, kind, weight, articles):
    data = actors.get_edge_data(u, v, key=kind)
    assert data is not None, (u, v, kind)
    assert data["weight"] == weight
    assert data["articles"] == articles


def test_actor_graph_keeps_its_evidence(actors):
    data = actors.get_edge_data(TRUMP, PUTIN, key="co_event")
    assert [e.rsplit("/id/", 1)[1] for e in data["events"]] == [
        "event/isot-0572/3", "event/prisoner-swap/9"]
    said = actors.get_edge_data(TRUMP, RU, key="said_about")
    assert len(said["statements"]) == 2


def test_turkey_is_only_a_place(actors):
    """Turkey hosts the talks but takes no part: a node without actor edges."""
    assert actors.degree(TR) == 0


def test_projections_are_deterministic(gold_dir, kg_store):
    again = build_store(gold_dir / "prisoner-swap.txt")
    for build in (actor_graph, statement_graph, event_graph, comention_graph):
        first, second = build(kg_store), build(again)
        assert list(first.nodes(data=True)) == list(second.nodes(data=True))
        assert list(first.edges(data=True)) == list(second.edges(data=True))
    nodes = list(actor_graph(kg_store).nodes)
    assert nodes == sorted(nodes)


def test_statement_graph(kg_store):
    graph = statement_graph(kg_store)
    types = Counter(d["type"] for _, d in graph.nodes(data=True))
    assert types["statement"] == EXPECTED["statements"]
    kinds = Counter(d["kind"] for _, _, d in graph.edges(data=True))
    assert kinds == {"said": 9, "about": 12}
    quotes = {d["quote"] for _, d in graph.nodes(data=True) if d["type"] == "statement"}
    assert "This could lead to something big???" in quotes
    # every statement hangs between its speaker and what it is about
    for node, data in graph.nodes(data=True):
        if data["type"] == "statement":
            assert graph.in_degree(node) == 1


def test_event_graph(kg_store):
    graph = event_graph(kg_store)
    events = {n: d for n, d in graph.nodes(data=True) if d["type"] == "event"}
    assert len(events) == EXPECTED["events"]
    kinds = Counter(d["kind"] for _, _, d in graph.edges(data=True))
    assert kinds == {"participant": 10, "located_in": 1}
    talks = next(n for n, d in events.items() if d["label"] == "direct peace talks in Turkey")
    assert list(graph.successors(talks)) == [TR]
    assert events[talks]["cameo"] == "04"
    assert events[talks]["date"] == "2025-05-15"


def test_comention_graph(kg_store):
    graph = comention_graph(kg_store)
    # pairs: 13 entities in prisoner-swap (78), 9 in isot-0572 (36), 3 in xss-test (3),
    # less the 10 pairs of {Trump, Putin, Peskov, RU, US} counted twice, less Trump-US again
    assert graph.number_of_edges() == 78 + 36 + 3 - 10 - 1
    assert graph[TRUMP][US]["weight"] == 3
    assert graph[PUTIN][PESKOV]["articles"] == ["isot-0572", "prisoner-swap"]
    assert not graph.has_edge(ASSAD, ZELENSKYY)


def test_project_by_name(kg_store):
    assert project(kg_store, "event").graph["name"] == "event"
    with pytest.raises(GraphError, match="unknown projection 'people'"):
        project(kg_store, "people")
