"""States and organisations of the entity layer on real sentences.

Names, demonyms, seats of government and capitals acting for their state
are state mentions (``Entities.state_at``); a capital as a place or a
dateline is not.
"""

from __future__ import annotations

import pytest

from kg.extract.entities import extract_entities
from kg.ingest.article import Article
from kg.nlp import parse


def entities_of(nlp, text: str, published: str | None = None):
    article = Article(id="t", source="test", text=text, published=published)
    ((_, doc),) = parse(nlp, [article])
    return extract_entities(doc, article)


MENTIONS = [
    # record, sentence, surface, ISO (None: not a state mention)
    ("isot-0165", "Moscow has denied any such activity, and Trump has dismissed talk of "
     "possible collusion as a “witch hunt” led by Democrats disappointed about his victory.",
     "Moscow", "RU"),
    ("isot-0832", "Amid the furor caused by the revelations, the Kremlin said on Friday that a "
     "meeting between Trump and Russian President Vladimir Putin at an Asian economic summit "
     "next week was being discussed.", "Kremlin", "RU"),
    ("bbc-politics-208", "Britain has offered to send a company of 120 Gurkhas to assist with "
     "the tsunami relief effort in Indonesia, Downing Street said.", "Downing Street", "GB"),
    ("bbc-politics-208", "Britain has offered to send a company of 120 Gurkhas to assist with "
     "the tsunami relief effort in Indonesia, Downing Street said.", "Britain", "GB"),
    ("prisoner-swap (gold)", "A senior Ukrainian official familiar with the details of the "
     "swap told The Associated Press that the exchange was ongoing Friday morning but had not "
     "finished.", "Ukrainian", "UA"),
    ("g5w-cluster-7a14c6a7dbf38875739f5eb8", "Beijing has repeatedly encouraged the United "
     "States and the DPRK to carry out direct dialogue.", "Beijing", "CN"),
    ("g5w-cluster-7a14c6a7dbf38875739f5eb8", "Beijing has repeatedly encouraged the United "
     "States and the DPRK to carry out direct dialogue.", "DPRK", "KP"),
    ("isot-0329", "Tillerson said his visit showed “the strong commitment the U.S. has to the "
     "European alliance.", "U.S.", "US"),
    ("trump-abe-missiles (gold)", "In a second round of economic talks in Washington last "
     "month, U.S. Vice President Mike Pence and Japanese Finance Minister Taro Aso failed to "
     "bridge differences on trade issues.", "Washington", None),
    ("trump-abe-missiles (gold)", "Japan’s policy is that it would only shoot down a missile "
     "if it were falling on Japanese territory.", "Japanese", "JP"),
    ("straw-china-arms (gold)", "The decision could undermine Nato as it severely damaged "
     "relations with the US, which is opposed to ending the ban.", "Nato", None),
]


@pytest.mark.parametrize(("record", "text", "surface", "iso"), MENTIONS,
                         ids=[f"{r[0]}:{r[2]}" for r in MENTIONS])
def test_state_mention(nlp, record, text, surface, iso):
    entities = entities_of(nlp, text)
    start = text.index(surface)
    state = entities.state_at(start, start + len(surface))
    assert (state.iso if state else None) == iso
    if iso:
        assert iso in {s.iso for s in entities.states}
        assert state.geonames_id or iso in ("SU", "DD")


def test_dateline_does_not_make_a_state(nlp):
    # prisoner-swap (gold): "Washington —" opens the article; the US is still in the
    # story through "President Trump", but not through the dateline.
    text = ("Washington — President Trump said Friday that Russia and Ukraine had carried "
            "out a large exchange of prisoners.")
    entities = entities_of(nlp, text, "2025-05-23")
    assert entities.state_at(0, len("Washington")) is None
    assert {s.iso for s in entities.states} == {"US", "RU", "UA"}
    us = next(s for s in entities.states if s.iso == "US")
    assert us.mentions == () and us.geonames_id == 6252001


def test_kremlin_is_both_organisation_and_state(nlp):
    text = MENTIONS[1][1]  # isot-0832
    entities = entities_of(nlp, text, "2017-11-03")
    start = text.index("Kremlin")
    org = entities.organization_at(start, start + 7)
    assert org is not None and org.name == "Kremlin" and org.states == ("RU",)
    assert org.kind == "government"


def test_media_and_international_bodies(nlp, reference_text):
    entities = entities_of(nlp, reference_text, "2025-05-23")
    orgs = {o.name: o for o in entities.organizations}
    assert orgs["The Associated Press"].kind == "agency"
    assert orgs["RBC"].kind == "agency" and orgs["RBC"].states == ("RU",)
    assert orgs["Truth Social"].kind == "platform"
    eu = entities_of(nlp, "The European Union and NATO condemned the strike, the U.N. said.")
    assert {o.name for o in eu.organizations} >= {"European Union", "NATO", "United Nations"}
    assert eu.states == ()  # international bodies are never states


def test_geographic_names_are_not_the_state(nlp):
    # esper-vietnam-china (gold): "South China Sea" is water, not China
    text = "Esper criticized Beijing's actions in the South China Sea."
    entities = entities_of(nlp, text, "2019-11-20")
    start = text.index("China Sea")
    assert entities.state_at(start, start + 5) is None
