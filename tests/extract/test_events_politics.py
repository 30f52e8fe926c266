"""Domestic politics and law as events: investigations, lawsuits, accusations,
disciplinary action, sanctions designations, on real corpus sentences.

In such stories the state is rarely named: it takes part through its
institutions ("the House Ethics Committee": the US) and office-holders
(a person's states). Each row cites the shared/corpora/news.jsonl record the
sentence is taken from; the entity layer is given by hand (see
``events_support``) so that only the event rules are under test.
"""

from __future__ import annotations

import pytest

from kg.extract.model import Entities, Organization, State
from tests.conftest import corpus_record
from tests.extract.events_support import _spans, coded_event, entities_for, events_of

P, S, ORG = "people", "states", "orgs"

PERSON_STATES = {"Donald Trump": ("US",), "Michael Flynn": ("US",), "Robert Mueller": ("US",),
                 "Barack Obama": ("US",)}

ROWS = [
    # (record, sentence, entity layer, cameo prefix, participants, date, published)
    # a lawsuit against an administration named by its head: the head's state takes part
    ("isot-0089", "A coalition of nearly 20 environmental and Native American tribal groups "
     "sued the Trump administration on Tuesday, challenging its delay of a rule limiting "
     "emissions of the powerful greenhouse gas methane from oil and gas drilling operations "
     "on federal lands.",
     {P: {"Donald Trump": ["Trump"]}}, "115", {"US"}, "2017-12-19", "2017-12-19"),
    # "filed a lawsuit against": the noun under a light verb
    ("bbc-tech-273", "US state Texas has filed a lawsuit against two men believed to be among "
     "the world's top five spammers.",
     {S: {"US": ["US"]}}, "115", {"US"}, None, None),
    # the subject of the "whether" clause is who is investigated
    ("isot-0543", "Mueller has been investigating whether Flynn knowingly made false "
     "statements to the government about his foreign travels, income, and contacts on his "
     "security clearance form.",
     {P: {"Robert Mueller": ["Mueller"], "Michael Flynn": ["Flynn"]}}, "09",
     {"Michael Flynn", "US"}, None, "2017-11-24"),
    # "disciplinary action against": CAMEO 11, its target a participant
    ("bbc-sport-257", "Spain's Football Federation has initiated disciplinary action against "
     "national coach Luis Aragones over racist comments about Thierry Henry.",
     {P: {"Luis Aragones": ["Luis Aragones"], "Thierry Henry": ["Thierry Henry"]},
      S: {"ES": ["Spain"]}}, "11", {"Luis Aragones", "ES"}, None, None),
    # naming entities under a sanctions law threatens them with sanctions (CAMEO 1312)
    ("isot-0989", "The U.S. State Department on Friday named 39 Russian defense- and "
     "intelligence-related entities under a new sanctions law, belatedly taking a step to "
     "enforce legislation passed overwhelmingly by Congress.",
     {S: {"US": ["U.S."], "RU": ["Russian"]}}, "1312", {"US", "RU"}, "2017-10-27",
     "2017-10-27"),
    # "the law, which Trump signed on Aug. 2": the law is the sanctions law named before
    ("isot-0989", "The U.S. State Department on Friday named 39 Russian defense- and "
     "intelligence-related entities under a new sanctions law, belatedly taking a step to "
     "enforce legislation passed overwhelmingly by Congress. The law, which President Donald "
     "Trump signed on Aug. 2, requires sanctions on individuals who engage in “a significant "
     "transaction” with the Russian entities.",
     {P: {"Donald Trump": ["Donald Trump"]}, S: {"US": ["U.S."], "RU": ["Russian"]}}, "163",
     {"Donald Trump", "US"}, "2017-08-02", "2017-10-27"),
    # "he" is the unnamed minister (his state); the allegations were made, whatever he
    # will not do about them ("will not apologise for making allegations")
    ("bbc-sport-502", "The Belgian sports minister at the centre of the Svetlana Kuznetsova "
     "doping row says he will not apologise for making allegations against her.",
     {P: {"Svetlana Kuznetsova": ["Svetlana Kuznetsova"]}, S: {"BE": ["Belgian"]}}, "112",
     {"BE", "Svetlana Kuznetsova"}, None, None),
]


def _in_record(record_id: str, sentence: str) -> bool:
    record = corpus_record(record_id)
    text = " ".join((record["title"] + " " + record["text"]).split())
    return all(part in text for part in " ".join(sentence.split()).split(". "))


@pytest.mark.parametrize(("record", "sentence", "layer", "code", "participants", "date",
                          "published"), ROWS)
def test_political_event(nlp, record, sentence, layer, code, participants, date, published):
    assert _in_record(record, sentence)
    event = coded_event(nlp, sentence, layer, code, participants, published, PERSON_STATES)
    assert event.date == date, event
    assert event.status == "reported"


# isot-0319 (published 2017-12-05)
ETHICS = "The House Ethics Committee opened an investigation last week."


def _house(kind: str | None) -> Entities:
    return Entities(
        organizations=(Organization(name="House of Representatives", states=("US",),
                                    mentions=_spans(ETHICS, ["House"]), kind=kind),),
        states=(State(name="United States", iso="US"),),
    )


def test_a_state_institution_acts_for_its_state(nlp):
    """The committee of a legislature investigates for the US: the event stands,
    with the state in place of the institution, dated to the week's month."""
    assert _in_record("isot-0319", ETHICS)
    (event,) = events_of(nlp, ETHICS, _house("legislature"), "2017-12-05")
    assert event.cameo.startswith("09")
    assert event.participants == ("US",)
    assert event.date == "2017-11"   # "last week" of 2017-12-05 is in November


def test_an_organisation_of_no_state_kind_makes_no_state_actor(nlp):
    """The same words with the organisation a company: no state, no event."""
    assert events_of(nlp, ETHICS, _house("company"), "2017-12-05") == ()


@pytest.mark.parametrize(("record", "sentence", "layer", "published"), [
    # a lawsuit between companies is no political event
    ("g5w-cluster-60fdb760fa230f1f4ecdafb6", "Apple sued Qualcomm a year ago, attacking "
     "patent licensing practices that have also been opposed by regulators in the United "
     "States, Europe and Asia.", {ORG: {"Apple": ["Apple"], "Qualcomm": ["Qualcomm"]},
                                  S: {"US": ["United States"]}}, "2018-02-05"),
    # a threatened disciplinary action is not one taken
    ("bbc-sport-013", "Masai missed Kenya's world cross country trials because of an ankle "
     "problem but AK insisted it would take disciplinary action unless she could prove she "
     "was really injured.", {S: {"KE": ["Kenya"]}}, None),
])
def test_no_political_event(nlp, record, sentence, layer, published):
    assert _in_record(record, sentence)
    events = events_of(nlp, sentence, entities_for(sentence, **layer), published)
    assert not [e for e in events if e.cameo[:2] in ("09", "11") and e.status == "reported"], \
        events


@pytest.mark.parametrize(("record", "sentence", "layer", "published"), [
    # a modal on the verb whose object the trigger is: no investigation yet
    ("isot-0226", "Republican leaders have said that if Moore wins, he could face an immediate "
     "investigation by the Senate Ethics Committee.",
     {P: {"Roy Moore": ["Moore"]}, S: {"US": ["Senate"]}}, "2017-12-10"),
])
def test_a_possible_investigation_is_not_reported(nlp, record, sentence, layer, published):
    assert _in_record(record, sentence)
    events = events_of(nlp, sentence, entities_for(sentence, **layer), published)
    assert all(e.status != "reported" for e in events if e.cameo.startswith("09")), events


def test_attacking_an_agency_is_criticism(nlp):
    """isot-0069: "attacked the FBI" is words, not a military attack."""
    sentence = "Trump has openly attacked the FBI, saying its reputation is in “tatters.”"
    assert _in_record("isot-0069", sentence)
    entities = Entities(
        people=entities_for(sentence, people={"Donald Trump": ["Trump"]},
                            person_states=PERSON_STATES).people,
        organizations=(Organization(name="FBI", states=("US",), kind="agency of government",
                                    mentions=_spans(sentence, ["FBI"])),),
    )
    events = events_of(nlp, sentence, entities, "2017-12-20")
    assert [e.cameo[:2] for e in events] == ["11"], events


def test_a_political_clash_is_no_battle(nlp):
    """isot-0442: "clashed with more moderate factions" has no armed side."""
    sentence = "He had repeatedly clashed with more moderate factions in the White House."
    assert _in_record("isot-0442", sentence)
    entities = entities_for(sentence, states={"US": ["White House"]})
    assert not [e for e in events_of(nlp, sentence, entities, None) if e.cameo[:2] == "19"]


def test_a_match_is_no_meeting(nlp):
    """bbc-sport-452: to "meet sixth seed Chela" is to play him."""
    sentence = ("The Chilean will meet sixth seed Juan Ignacio Chela next after the Argentine "
                "beat Potito Starace 6-1 7-6 (7-5).")
    assert _in_record("bbc-sport-452", sentence)
    entities = entities_for(sentence, people={"Juan Ignacio Chela": ["Juan Ignacio Chela"]},
                            states={"CL": ["Chilean"], "AR": ["Argentine"]})
    assert not [e for e in events_of(nlp, sentence, entities, None) if e.cameo[:2] == "04"]


def test_what_a_missile_is_capable_of_is_not_done(nlp):
    """g5w-cluster-08cea3165e2583223a240754: "capable of striking" is no attack."""
    sentence = ("The United States, Japan and South Korea immediately condemned the launch, a "
                "move widely seen as another step toward North Korea mastering the technology "
                "for making a missile capable of striking the mainland United States.")
    assert _in_record("g5w-cluster-08cea3165e2583223a240754", sentence)
    entities = entities_for(sentence, states={"US": ["The United States", "United States"],
                                              "JP": ["Japan"], "KR": ["South Korea"],
                                              "KP": ["North Korea"]})
    events = events_of(nlp, sentence, entities, None)
    assert [e.cameo[:2] for e in events] == ["11"], events


def test_an_object_pronoun_is_not_its_clause_subject(nlp):
    """isot-0242: "Greene sued him": him is Farenthold, not Greene; the year
    before the subject dates the suit."""
    sentence = ("In 2014, Farenthold’s former communications director Lauren Greene sued him, "
                "alleging a hostile work environment, gender discrimination and retaliation, "
                "court documents showed.")
    assert _in_record("isot-0242", sentence)
    entities = entities_for(sentence, people={"Blake Farenthold": ["Farenthold"],
                                              "Lauren Greene": ["Lauren Greene"]},
                            person_states={"Blake Farenthold": ("US",)})
    (event,) = [e for e in events_of(nlp, sentence, entities, "2017-12-08")
                if e.cameo == "115"]
    assert {"Lauren Greene", "Blake Farenthold", "US"} <= set(event.participants)
    assert event.date == "2014"


def test_officers_of_the_acting_institution_take_part(nlp):
    """isot-0402: the committee begins a probe; the next sentence names its chair
    ("the committee's Republican chair") and "its senior Democrat"."""
    text = ("The U.S. House of Representatives ethics committee has begun a sweeping probe "
            "into possible sexual harassment and discrimination by the chamber’s 434 lawmakers "
            "and their staff, requesting on Friday a wide range of documents from the "
            "congressional office that handles employment disputes.  In a letter to the office, "
            "Susan Brooks, the committee’s Republican chair, and Theodore Deutch, its senior "
            "Democrat, requested the congressional compliance office promptly share all its "
            "records “related to any claims of sexual harassment, discrimination, retaliation or "
            "any other employment practice.”")
    assert all(_in_record("isot-0402", part) for part in text.split("  "))
    entities = entities_for(text, people={"Susan Brooks": ["Susan Brooks"],
                                          "Theodore Deutch": ["Theodore Deutch"]},
                            states={"US": ["U.S."]},
                            person_states={"Susan Brooks": ("US",), "Theodore Deutch": ("US",)})
    (event,) = [e for e in events_of(nlp, text, entities, "2017-12-01")
                if e.cameo.startswith("09")]
    assert {"Susan Brooks", "Theodore Deutch", "US"} <= set(event.participants)
    assert event.date == "2017-12-01"   # "requesting on Friday": the act's own participle


def test_a_domestic_event_happens_where_the_story_is_filed(nlp):
    """isot-0242 (published 2017-12-08), from its dateline to the committee's
    inquiry: the only state taking part is the dateline's (WASHINGTON: US)."""
    record = corpus_record("isot-0242")
    end = record["text"].index("involving a former female staff member.") + 39
    text = record["text"][:end]
    entities = entities_for(text, people={"Blake Farenthold": ["Blake Farenthold", "Farenthold"]},
                            person_states={"Blake Farenthold": ("US",)})
    (event,) = [e for e in events_of(nlp, text, entities, "2017-12-08")
                if e.cameo.startswith("09") and "Blake Farenthold" in e.participants]
    assert event.location == "US"
    assert event.date == "2017-12-07"   # "said on Thursday it was investigating"
