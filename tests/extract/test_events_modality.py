"""Modality: what is announced, planned, denied or supposed is not recorded as done.

The status of the trigger in real sentences (corpus record or gold article
named); and, end to end, that a planned act of yielding or aid is coded as
the intent to do it (CAMEO 03x) and that a merely supposed or denied event
does not found an event of its own.
"""

from __future__ import annotations

import pytest

from kg.extract.events.modality import status
from kg.extract.events.triggers import lexicon, match_rule
from tests.extract.events_support import entities_for, events_of

STATUS = [
    # (source, sentence, trigger word, status)
    ("straw-china-arms (gold)", "UK Foreign Secretary Jack Straw, who will hold talks in "
     "Beijing on Thursday, said an EU arms code was more effective than the current ban.",
     "talks", "planned"),
    ("esper-vietnam-china (gold)", "As part of a long-term effort to forge closer relations "
     "with Vietnam, Esper announced that the U.S. will provide Vietnam’s coast guard with a "
     "surplus American ship.", "provide", "planned"),
    ("straw-china-arms (gold)", "In December, the EU pledged to work towards lifting the ban "
     "but said it was not ready to do so yet.", "lifting", "planned"),
    ("prisoner-swap (gold)", "The ongoing exchange was agreed last week in the first direct "
     "Russia-Ukraine peace talks since the early weeks of Moscow’s 2022 invasion of its "
     "neighbor.", "exchange", "ongoing"),
    ("prisoner-swap (gold)", "A senior Ukrainian official familiar with the details of the "
     "swap told The Associated Press that the exchange was ongoing Friday morning but had not "
     "finished.", "exchange", "ongoing"),
    ("isot-0603", "Rood said he did not intend to participate in talks about the sale of "
     "Lockheed products but did not give the “yes or no” reply sought by Warren, triggering a "
     "charged exchange with the committee.", "talks", "denied"),
    ("reagan-iran-arms (gold)", "He said that a few months ago, he told the American people he "
     "did not trade arms for hostages in the 18-month covert operation.", "trade", "denied"),
    ("prisoner-swap (gold)", "Shamsail Saraliev told the country’s RBC news agency on Thursday "
     "that it would be difficult to conduct a prisoner exchange with Ukraine involving as many "
     "as 2,000 prisoners in total in just one day.", "exchange", "hypothetical"),
    ("trump-abe-missiles (gold)", "Abe, for his part, said Tokyo would shoot down missiles "
     "“if necessary”.", "shoot", "hypothetical"),
    ("r21578-10265", "U.S. Industry sources in Washington said the White House Economic Policy "
     "Council was recommending trade sanctions against Japan for violating the two countries' "
     "agreement on semiconductor trade.", "sanctions", "hypothetical"),
    ("trump-abe-missiles (gold)", "Trump met Emperor Akihito, exchanging a handshake and "
     "nodding, before his lunch and talks with Abe.", "met", "reported"),
    ("trump-abe-missiles (gold)", "It has fired two missiles over Japan.", "fired", "reported"),
    ("r21578-8095", "The Saudi leader will hold talks with Prime Minister Margaret Thatcher and "
     "meet Queen Elizabeth and Prince Philip during the visit, his first to Britain since he "
     "assumed power in June 1982.", "meet", "planned"),
    # the drills go on; it is the countering that is aimed at
    ("g5w-cluster-a124707a5aa22b683f5a2b4a", "North Korea said on Wednesday it had conducted a "
     "test of an intermediate-range ballistic missile (IRBM) to counter U.S. and South Korean "
     "military drills and as a first step in military action in the Pacific to “contain” the "
     "U.S. territory of Guam.", "drills", "reported"),
]


@pytest.mark.parametrize(("source", "sentence", "word", "expected"), STATUS,
                         ids=[f"{s[3]}-{s[2]}-{i}" for i, s in enumerate(STATUS)])
def test_status(nlp, source, sentence, word, expected):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert match_rule(token) is not None, "the word should be a trigger"
    assert status(token, lexicon()) == expected


def test_planned_aid_is_coded_as_intent(nlp):
    """esper-vietnam-china (gold): "the U.S. will provide" is 033, intent to give aid."""
    text = ("As part of a long-term effort to forge closer relations with Vietnam, Esper "
            "announced that the U.S. will provide Vietnam’s coast guard with a surplus American "
            "ship.")
    layer = entities_for(text, people={"Mark Esper": ["Esper"]},
                         states={"US": ["U.S.", "American"], "VN": ["Vietnam"]})
    (event,) = events_of(nlp, text, layer, "2019-11-20")
    assert (event.cameo, event.status) == ("033", "planned")
    assert {"US", "VN"} <= set(event.participants)


def test_supposed_and_denied_events_found_nothing(nlp):
    """trump-abe-missiles (gold): "would shoot down", "should have shot down" are
    no happenings; reagan-iran-arms (gold): "did not trade arms" is none either."""
    text = ("Abe, for his part, said Tokyo would shoot down missiles “if necessary”. Trump said "
            "Japan should have shot down the North Korean missiles. He said he did not trade "
            "arms for hostages.")
    layer = entities_for(text, people={"Shinzo Abe": ["Abe"], "Donald Trump": ["Trump"]},
                         states={"JP": ["Tokyo", "Japan"], "KP": ["North Korean"]},
                         person_states={"Donald Trump": ("US",), "Shinzo Abe": ("JP",)})
    assert events_of(nlp, text, layer, "2017-11-06") == ()


def test_a_pledge_is_the_intent_to_do_what_it_pledges(nlp):
    """straw-china-arms (gold): "the EU pledged to work towards lifting the ban" is
    the planned lifting of the EU's ban on China (035), one event with the
    "moves to lift" before it; the pledge is not a second event."""
    text = ("Moves to lift the European Union's ban on arms exports to China have been "
            "condemned by human rights groups and the Conservatives. In December, the EU "
            "pledged to work towards lifting the ban but said it was not ready to do so yet.")
    layer = entities_for(text, states={"CN": ["China"]},
                         orgs={"European Union": ["European Union", "EU"]})
    events = events_of(nlp, text, layer, None)
    lifting = [e for e in events if e.cameo == "035"]
    assert len(lifting) == 1
    assert {"European Union", "CN"} <= set(lifting[0].participants)
    assert len(lifting[0].mentions) == 2 and lifting[0].status == "planned"
    assert not [e for e in events if e.pattern == "intent.promise.v"]
