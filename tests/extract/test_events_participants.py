"""Who takes part: subject and object, "between X and Y", "with Putin",
possessives, demonyms and seats of government, pronouns, relative clauses,
passive agents; and where: "in Turkey", "in Istanbul".

Real sentences (corpus record or gold article named), the entity layer given
by hand so that these are tests of the event rules.
"""

from __future__ import annotations

import pytest

from tests.extract.events_support import entities_for, events_of

P, S, ORG = "people", "states", "orgs"

CASES = [
    # (source, text, entity layer, published, CAMEO prefix, expected participants (exact))
    ("isot-0832", "Amid the furor caused by the revelations, the Kremlin said on Friday that a "
     "meeting between Trump and Russian President Vladimir Putin at an Asian economic summit "
     "next week was being discussed, and Trump said it might happen.",
     {P: {"Donald Trump": ["Trump"], "Vladimir Putin": ["Vladimir Putin"]},
      S: {"RU": ["the Kremlin", "Russian"]}}, "2017-11-03",
     "04", {"Donald Trump", "Vladimir Putin"}),
    ("prisoner-swap (gold)", "Several days later, Mr. Trump held a two-hour phone call with "
     "Putin, the tone and spirit of which he described as “excellent.”",
     {P: {"Donald Trump": ["Mr. Trump"], "Vladimir Putin": ["Putin"]}}, "2025-05-23",
     "041", {"Donald Trump", "Vladimir Putin"}),
    ("isot-0964", "His departure lit the fuse for Moscow’s annexation of Crimea and a "
     "separatist uprising in mainly Russian-speaking eastern Ukraine.",
     {S: {"RU": ["Moscow", "Russian"], "UA": ["Crimea", "Ukraine"]}}, "2017-10-30",
     "19", {"RU", "UA"}),
    ("china-sanctions-violators (gold)", "South Korean officials have seized two ships on "
     "suspicion of violating U.N. sanctions imposed to discourage Pyongyang from pursuing "
     "nuclear and missile technology.",
     {S: {"KR": ["South Korean"], "KP": ["Pyongyang"]},
      ORG: {"United Nations": ["U.N."]}}, "2018-01-05", "17", {"KR"}),
    ("trump-abe-missiles (gold)", "North Korea is pursuing nuclear weapons and missile "
     "programs in defiance of U.N. Security Council sanctions. It has fired two missiles over "
     "Japan.", {S: {"KP": ["North Korea"], "JP": ["Japan"]}}, "2017-11-06",
     "15", {"KP", "JP"}),
    ("trump-abe-missiles (gold)", "He also met relatives of Japanese citizens abducted by "
     "North Korean agents decades ago to help train spies.",
     {S: {"JP": ["Japanese"], "KP": ["North Korean"]}}, "2017-11-06", "18", {"KP", "JP"}),
    ("tamimi-indictment (gold)", "Tamimi made news two years ago when she was pictured biting "
     "a soldier who tried to arrest her younger brother. In 2012 she was presented with an "
     "award in Turkey and met its president, Tayyip Erdogan, after images of her confronting "
     "an Israeli soldier went viral.",
     {P: {"Ahed Tamimi": ["Tamimi"], "Tayyip Erdogan": ["Tayyip Erdogan"]},
      S: {"TR": ["Turkey"], "IL": ["Israeli"]}}, "2018-01-01",
     "04", {"Ahed Tamimi", "Tayyip Erdogan"}),
    ("straw-china-arms (gold)", "UK Foreign Secretary Jack Straw, who will hold talks in "
     "Beijing on Thursday, said an EU arms code was more effective than the current ban.",
     {P: {"Jack Straw": ["Jack Straw"]}, S: {"GB": ["UK"], "CN": ["Beijing"]},
      ORG: {"European Union": ["EU"]}}, None, "04", {"Jack Straw"}),
]


@pytest.mark.parametrize(("source", "text", "layer", "published", "code", "expected"), CASES,
                         ids=[f"{c[4]}-{c[0].split()[0]}-{i}" for i, c in enumerate(CASES)])
def test_participants(nlp, source, text, layer, published, code, expected):
    events = events_of(nlp, text, entities_for(text, person_states=STATES_OF, **layer),
                       published)
    coded = [e for e in events if e.cameo.startswith(code)]
    assert len(coded) == 1, [(e.cameo, e.participants) for e in events]
    # the actors read off the parse, then the states of the people among them
    named = {p for p in coded[0].participants if not (len(p) == 2 and p.isupper())}
    assert expected <= set(coded[0].participants)
    assert named == {p for p in expected if not (len(p) == 2 and p.isupper())}


#: What the entity layer knows of these office-holders (their states).
STATES_OF = {"Donald Trump": ("US",), "Vladimir Putin": ("RU",), "Jack Straw": ("GB",),
             "Tayyip Erdogan": ("TR",), "Ahed Tamimi": ("PS",), "John McCain": ("US",)}


def test_a_headline_actor_does_not_join_the_lead(nlp):
    """The parser glues a headline to the lead across a blank line; the
    headline's "Straw" must not become the actor of the lead's lifting."""
    # straw-china-arms (gold), headline and lead
    text = ("Straw attacked on China arms\n\nMoves to lift the European Union's ban on arms "
            "exports to China have been condemned by human rights groups and the "
            "Conservatives.")
    layer = entities_for(text, people={"Jack Straw": ["Straw"]}, states={"CN": ["China"]},
                         orgs={"European Union": ["European Union"]})
    events = events_of(nlp, text, layer, None)
    lifting = [e for e in events if e.cameo.startswith("03") or e.cameo.startswith("08")]
    assert lifting and "Jack Straw" not in lifting[0].participants
    assert "CN" in lifting[0].participants
    assert lifting[0].status == "planned" and lifting[0].cameo == "035"


@pytest.mark.parametrize(("source", "text", "layer", "published", "where", "geonames", "date"), [
    ("prisoner-swap (gold)", "That meeting in Turkey lasted just two hours and brought no "
     "breakthrough. Still, the fact that the two sides had even sat down face-to-face on May "
     "15 was a significant development in itself. The first direct Russia-Ukraine peace talks "
     "in Turkey were held last week.",
     {S: {"RU": ["Russia"], "UA": ["Ukraine"], "TR": ["Turkey"]}}, "2025-05-23",
     "TR", None, None),
    ("isot-0705", "More recently, a U.S. Drug Enforcement Administration worker was detained "
     "in Istanbul.", {S: {"US": ["U.S."]}}, "2017-11-09", "TR", 745044, "2017-11-09"),
    ("esper-vietnam-china (gold)", "The late Sen. John McCain was held there after he was "
     "shot down in his Navy jet over Hanoi in 1967.",
     {P: {"John McCain": ["John McCain"]}}, "2019-11-20", "VN", 1581130, "1967"),
])
def test_where_and_when(nlp, source, text, layer, published, where, geonames, date):
    events = events_of(nlp, text, entities_for(text, person_states=STATES_OF, **layer),
                       published)
    placed = [e for e in events if e.location == where]
    assert placed, [(e.cameo, e.location, e.date) for e in events]
    assert placed[-1].location_geonames == geonames
    if date is not None:
        assert placed[-1].date == date
