"""Appeals and rejections between actors are CAMEO events (02, 12),
as is a state dropping its case (08); a present participle is dated by its
clause's verb, a dateline's day blocks no news-day date, and a repeated
pronoun keeps its referent.

Rows are real sentences from shared/corpora/news.jsonl (record id given), the
entity layer given by hand. Saying itself (01) stays the statement
extractor's: these are speech acts the codebook codes as interactions.
"""

from __future__ import annotations

import pytest

from tests.extract.events_support import coded_event, entities_for, events_of
from tests.extract.test_events_politics import _in_record

P, S, ORG = "people", "states", "orgs"

ROWS = [
    # (record, sentence, entity layer, cameo prefix, participants, date, published)
    ("r21578-5944", "WASHINGTON, March 17 - Treasury Secretary James Baker urged Congress to "
     "support the administration's financing requests for the multilateral development banks "
     "in the next two fiscal years.",
     {P: {"James Baker": ["James Baker"]}, ORG: {"Congress": ["Congress"]}}, "02",
     {"James Baker", "US"}, "1987-03-17", "1987-03-17"),
    ("r21578-16196", "BONN, April 13 - West German Economics Minister Martin Bangemann "
     "indirectly rejected a call from the country's leading economic research institutes for "
     "early introduction of a major tax reform involving gross tax cuts of 44 billion marks.",
     {P: {"Martin Bangemann": ["Martin Bangemann"]}, S: {"DE": ["West German"]}}, "12",
     {"Martin Bangemann", "DE"}, "1987-04-13", "1987-04-13"),
    # a state drops its own case: yielding (08); "fraud dropped from 10,276 cases"
    # (bbc-politics-138) has no actor and makes none
    ("aeb-dc7ccccc1f34eb29", "Sweden has dropped its investigation into a 2010 rape "
     "allegation against WikiLeaks co-founder Julian Assange after a review of the evidence.",
     {P: {"Julian Assange": ["Julian Assange"]}, S: {"SE": ["Sweden"]}}, "08",
     {"SE", "Julian Assange"}, None, "2019-11-20"),
    # a dateline's day dates nothing else in its sentence, but "recently" keeps
    # an event off the day's news
    ("r21578-12792", "TOKYO, April 3 - Finance Minister Kiichi Miyazawa said he recently "
     "talked with U.S. Treasury James Baker over the telephone, but declined to say what was "
     "discussed.",
     {P: {"Kiichi Miyazawa": ["Kiichi Miyazawa"], "James Baker": ["James Baker"]},
      S: {"US": ["U.S."]}}, "04", {"Kiichi Miyazawa", "James Baker"}, None, "1987-04-03"),
    # "visiting" is dated by "told ... on Thursday"
    ("isot-0724", "Taiwan is the most important and sensitive issue in Sino-U.S. ties, Chinese "
     "President Xi Jinping told visiting U.S. President Donald Trump on Thursday, ahead of the "
     "one-year anniversary of Trump taking a precedent-breaking call from Taiwan’s president.",
     {P: {"Xi Jinping": ["Xi Jinping"], "Donald Trump": ["Donald Trump", "Trump"]},
      S: {"CN": ["Chinese"], "US": ["U.S."], "TW": ["Taiwan"]}}, "04",
     {"Donald Trump", "US"}, "2017-11-09", "2017-11-09"),
]

PERSON_STATES = {"James Baker": ("US",), "Kiichi Miyazawa": ("JP",), "Martin Bangemann": ("DE",),
                 "Donald Trump": ("US",), "Xi Jinping": ("CN",)}


@pytest.mark.parametrize(("record", "sentence", "layer", "code", "participants", "date",
                          "published"), ROWS)
def test_speech_act_event(nlp, record, sentence, layer, code, participants, date, published):
    assert _in_record(record, sentence)
    event = coded_event(nlp, sentence, layer, code, participants, published, PERSON_STATES)
    assert event.date == date, event


# g5w-cluster-7a14c6a7dbf38875739f5eb8 (published 2017-11-07)
REPEATED_HIS = ("Trade and the Democratic People's Republic of Korea have been two constants in "
                "the tweets of the US president since he took office, so following his fractious "
                "exchanges with Kim Jong-un ahead of his first official visit to Northeast Asia, "
                "it comes as no surprise that the Korean crisis and trade have been the focus of "
                "his talks so far.")


def test_a_repeated_pronoun_keeps_its_referent_past_a_named_person(nlp):
    """The second "his" is the first one's (the US president), not Kim's,
    though Kim is the nearest person named before it."""
    assert _in_record("g5w-cluster-7a14c6a7dbf38875739f5eb8", REPEATED_HIS)
    entities = entities_for(REPEATED_HIS, people={"Donald Trump": ["US president"],
                                                  "Kim Jong-un": ["Kim Jong-un"]},
                            states={"KP": ["Democratic People's Republic of Korea"]},
                            person_states={"Donald Trump": ("US",), "Kim Jong-un": ("KP",)})
    visits = [e for e in events_of(nlp, REPEATED_HIS, entities, "2017-11-07")
              if e.cameo.startswith("04") and e.trigger == "visit"]
    assert visits
    assert "Kim Jong-un" not in visits[0].participants, visits[0]
