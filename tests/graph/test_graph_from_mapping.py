"""The reference article through kg's real RDF mapping (kg/rdf/mapping.py) into a
store, then into the projections and the explorer page.

The extraction is the gold file ``shared/gold/prisoner-swap.gold.json`` made
into kg's dataclasses: offsets are found in the real text, sentence spans come
from the real spaCy pipeline, ``about`` lists the states a statement names,
and each event is anchored on a trigger phrase of the article (table below).
So the test pins the mapping -> store -> graph contract, not extraction quality.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

mapping = pytest.importorskip("kg.rdf.mapping")

import pyoxigraph as ox  # noqa: E402

from kg.extract.model import (  # noqa: E402
    Event,
    Extraction,
    Organization,
    Person,
    State,
    Statement,
)
from kg.graph import actor_graph, event_graph, shortest_path, statement_graph  # noqa: E402
from kg.ingest.article import Article  # noqa: E402
from kg.viz import html_page  # noqa: E402

# gold event label -> the phrase of the article that triggers it
TRIGGERS = {
    "prisoner exchange": "large exchange of prisoners",
    "Russia-Ukraine war / invasion": "Moscow’s 2022 invasion",
    "direct peace talks in Turkey": "direct Russia-Ukraine peace talks",
    "Trump-Putin phone call": "two-hour phone call",
    "Trump-Zelenskyy phone call": "separate call",
}
ORGANIZATIONS = {"Truth Social": "US", "The Associated Press": "US", "RBC": "RU"}


def _spans(text: str, surface: str) -> tuple[tuple[int, int], ...]:
    out, at = [], text.find(surface)
    while at >= 0:
        out.append((at, at + len(surface)))
        at = text.find(surface, at + 1)
    return tuple(out)


@pytest.fixture(scope="module")
def reference_extraction(gold_dir, reference_text, nlp) -> Extraction:
    gold = json.loads((gold_dir / "prisoner-swap.gold.json").read_text(encoding="utf-8"))
    text = reference_text
    sentences = [(s.start_char, s.end_char) for s in nlp(text).sents]

    def sentence(start: int) -> tuple[int, int]:
        return next(s for s in sentences if s[0] <= start < s[1])

    people = tuple(
        Person(name=p["name"], aliases=tuple(p["aliases"]), states=tuple(p["states"]),
               roles=tuple(p["roles"]),
               mentions=tuple(sorted({m for a in (p["name"], *p["aliases"])
                                      for m in _spans(text, a)})))
        for p in gold["people"]
    )
    states = tuple(State(name=s["name"], iso=s["iso"], mentions=_spans(text, s["name"]))
                   for s in gold["states"])
    orgs = tuple(Organization(name=n, states=(iso,), mentions=_spans(text, n))
                 for n, iso in ORGANIZATIONS.items())
    statements = []
    for s in gold["statements"]:
        start = text.index(s["text"])
        anonymous = s["speaker"].startswith("anonymous:")
        statements.append(Statement(
            text=s["text"], span=(start, start + len(s["text"])), direct=s["direct"],
            speaker=s["speaker"], speaker_type="anonymous" if anonymous else "person",
            speaker_states=(s["speaker"][10:],) if anonymous else (),
            date=s.get("date"), medium=s.get("medium"),
            about=tuple(st.iso for st in states if st.name in s["text"]),
            sentence_span=sentence(start),
        ))
    events = []
    for e in gold["events"]:
        start = text.index(TRIGGERS[e["label"]])
        events.append(Event(
            label=e["label"], cameo=e["cameo"],
            span=(start, start + len(TRIGGERS[e["label"]])),
            participants=tuple(e["participants"]), date=e.get("date"),
            location=e.get("location"), sentence_span=sentence(start),
        ))
    article = Article(id="prisoner-swap", source="shared/gold/prisoner-swap.txt", text=text,
                      title="Prisoner swap", published=gold["published"])
    return Extraction(article=article, people=people, organizations=orgs, states=states,
                      statements=tuple(statements), events=tuple(events))


@pytest.fixture(scope="module")
def mapped_store(reference_extraction) -> ox.Store:
    store = ox.Store()
    store.extend(mapping.extraction_to_quads(reference_extraction, kg_version="test"))
    return store


def test_actor_graph_of_the_mapped_article(mapped_store):
    graph = actor_graph(mapped_store)
    types = Counter(d["type"] for _, d in graph.nodes(data=True))
    assert types == {"person": 5, "state": 4, "organization": 3, "anonymous": 1}
    trump = next(n for n, d in graph.nodes(data=True) if d["label"] == "Donald Trump")
    assert graph.nodes[trump]["roles"] == ["president"]
    assert graph.nodes[trump]["states"] == ["US"]
    assert graph.nodes[trump]["articles"] == ["prisoner-swap"]
    kinds = Counter(k for _, _, k in graph.edges(keys=True))
    # 5 people + the anonymous official + 3 organisations belong to a state
    assert kinds["belongs_to"] == 9
    # Russia and Ukraine share the exchange, the war and the talks
    russia = next(n for n, d in graph.nodes(data=True) if d["iso"] == "RU")
    ukraine = next(n for n, d in graph.nodes(data=True) if d["iso"] == "UA")
    edge = graph.get_edge_data(min(russia, ukraine), max(russia, ukraine), key="co_event")
    assert edge["weight"] == 3
    assert edge["articles"] == ["prisoner-swap"]
    # Trump's statements naming Russia: the lead, the Truth Social quote, and his claim
    # to end "the Russia-Ukraine war"
    assert graph.get_edge_data(trump, russia, key="said_about")["weight"] == 3
    path = shortest_path(graph, "Shamsail Saraliev", "Zelenskyy")
    assert path.nodes[0] != path.nodes[-1] and len(path.nodes) == 3


def test_statement_and_event_graphs_of_the_mapped_article(mapped_store):
    statements = statement_graph(mapped_store)
    assert sum(d["type"] == "statement" for _, d in statements.nodes(data=True)) == 10
    events = event_graph(mapped_store)
    found = {d["label"]: d for _, d in events.nodes(data=True) if d["type"] == "event"}
    assert found["direct peace talks in Turkey"]["date"] == "2025-05-15"
    assert found["prisoner exchange"]["cameo"] == "08"


def test_page_of_the_mapped_article_highlights_quotes(mapped_store):
    html = html_page(actor_graph(mapped_store), title="reference", store=mapped_store)
    block = html.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    payload = json.loads(block)
    assert len(payload["statements"]) == 10
    for st in payload["statements"].values():
        # the mapping writes each statement's sentence; the quote sits inside it
        assert st["hl"] is not None, st["quote"]
        assert st["sentence"][st["hl"][0]:st["hl"][1]] == st["quote"]
    mediums = sorted({st["medium"] for st in payload["statements"].values()} - {""})
    assert mediums == ["RBC", "The Associated Press", "Truth Social"]
