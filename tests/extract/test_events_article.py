"""The reference article end to end: parse, the real entity layer, the events.

shared/gold/prisoner-swap.txt (AP, 2025-05-23) is the issue's own example:
one prisoner exchange however often it is mentioned, the war, the peace
talks in Turkey on May 15, and two phone calls that must stay apart.
"""

from __future__ import annotations

import pytest

from kg.extract.entities import extract_entities
from kg.extract.events import extract_events
from kg.ingest.text import from_text
from kg.nlp import parse


@pytest.fixture(scope="module")
def swap(nlp, reference_text):
    article = from_text(reference_text, source="prisoner-swap.txt", published="2025-05-23")
    ((_, doc),) = parse(nlp, [article])
    entities = extract_entities(doc, article)
    return article, extract_events(doc, article, entities)


def _find(events, root, participants):
    return [e for e in events if e.cameo.startswith(root)
            and set(participants) <= set(e.participants)]


def test_one_exchange_with_all_its_mentions(swap):
    article, events = swap
    (exchange,) = _find(events, "08", {"RU", "UA"})
    surfaces = [article.text[s:e] for s, e in exchange.mentions]
    assert "exchange of prisoners" in surfaces[0]
    assert "swap" in surfaces and "exchange" in surfaces
    assert exchange.date == "2025-05-23"
    assert exchange.label == "prisoner exchange"
    assert exchange.pattern == "yield.prisoner_exchange.n"


def test_the_war_is_dated_by_moscows_2022_invasion(swap):
    _, events = swap
    (war,) = _find(events, "19", {"RU", "UA"})
    assert war.date == "2022"


def test_the_peace_talks_in_turkey_on_may_15(swap):
    _, events = swap
    (talks,) = _find(events, "04", {"RU", "UA"})
    assert talks.location == "TR"
    assert talks.date == "2025-05-15"


def test_two_phone_calls_stay_apart(swap):
    _, events = swap
    calls = [e for e in events if e.cameo == "041"]
    assert {frozenset(p for p in c.participants if len(p) > 2) for c in calls} == {
        frozenset({"Donald Trump", "Vladimir Putin"}),
        frozenset({"Donald Trump", "Volodymyr Zelenskyy"}),
    }


def test_no_statement_events_and_nothing_from_page_noise(swap):
    article, events = swap
    assert not [e for e in events if e.cameo.startswith("01")]
    for event in events:
        for start, end in event.mentions:
            assert not article.is_boilerplate(start, end)
        assert event.participants
