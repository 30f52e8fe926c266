"""``graph_stats`` (what ``kg stats`` prints) on the hand-built store: the counts,
rankings and CAMEO labels its three articles imply."""

from __future__ import annotations

import pytest
from kg_fixture_store import ANON_UA, EXPECTED, PESKOV, RU, TRUMP, US

from kg.graph import actor_graph, graph_stats


@pytest.fixture(scope="module")
def figures(kg_store):
    return graph_stats(kg_store, top=3)


def test_counts_match_the_articles(figures):
    counts = figures["counts"]
    assert counts == {
        "articles": EXPECTED["articles"], "people": EXPECTED["people"],
        "states": EXPECTED["states"], "organizations": EXPECTED["organizations"],
        "anonymous_sources": EXPECTED["anonymous"], "statements": EXPECTED["statements"],
        "events": EXPECTED["events"],
    }


def test_people_are_ranked_by_statements_then_articles(figures):
    people = figures["people"]
    assert len(people) == 3
    # Trump speaks 3 times in prisoner-swap (2 direct); Peskov once there, once in isot-0572
    assert [p["iri"] for p in people[:2]] == [TRUMP, PESKOV]
    assert (people[0]["statements"], people[0]["direct"], people[0]["articles"]) == (3, 2, 3)
    assert people[0]["events"] == 3  # two phone calls and the Putin-Trump conversation
    assert all(p["type"] == "person" for p in people)


def test_speakers_include_anonymous_sources(kg_store):
    speakers = graph_stats(kg_store, top=10)["speakers"]
    assert sum(s["statements"] for s in speakers) == EXPECTED["statements"]
    anon = next(s for s in speakers if s["iri"] == ANON_UA)
    assert (anon["type"], anon["statements"], anon["direct"]) == ("anonymous", 1, 0)


def test_states_are_ranked_by_articles(figures):
    states = figures["states"]
    # the United States appears in all three articles, Russia in two
    assert [s["iri"] for s in states[:2]] == [US, RU]
    assert states[0]["articles"] == 3
    assert states[1]["about"] == 4  # four statements are about Russia


def test_event_types_carry_cameo_labels(figures):
    assert [(e["root"], e["label"], e["events"]) for e in figures["event_types"]] == [
        ("04", "Consult", 4), ("08", "Yield", 1)]


def test_communities_cover_the_actor_graph_and_repeat(kg_store, figures):
    comm = figures["communities"]
    assert sum(comm["sizes"]) == actor_graph(kg_store).number_of_nodes()
    assert comm["count"] == len(comm["sizes"]) >= 2
    assert comm["largest"][0]["size"] == max(comm["sizes"])
    assert graph_stats(kg_store, top=3)["communities"] == comm
