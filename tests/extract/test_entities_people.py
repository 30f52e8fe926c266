"""People of the entity layer on real sentences (corpus record ids cited).

Each row is a sentence as it stands in ``shared/corpora/news.jsonl`` (or the
reference article), the record's publication date, and what a news reader
takes out of it: the person's canonical name, a role word and a state.
"""

from __future__ import annotations

import pytest

from kg.extract.entities import extract_entities
from kg.ingest.article import Article
from kg.nlp import parse
from tests.conftest import corpus_record


def entities_of(nlp, text: str, published: str | None = None):
    article = Article(id="t", source="test", text=text, published=published)
    ((_, doc),) = parse(nlp, [article])
    return extract_entities(doc, article)


PEOPLE = [
    # record, published, sentence, canonical name, a role, state
    ("isot-0365", "2017-12-04",
     "Kremlin spokesman Dmitry Peskov said Putin had taken the decision to hold off "
     "retaliating independently and had not known of Flynn’s alleged request to Russia to "
     "refrain from an immediate response.",
     "Dmitry Peskov", "spokesman", "RU"),
    ("isot-0945", "2017-10-31",
     "Russian Foreign Minister Sergei Lavrov told reporters on Tuesday that there was "
     "nothing “illegal” about Papadopoulos contacting someone at RIAC.",
     "Sergei Lavrov", "foreign minister", "RU"),
    ("aeb-7a664e40d256470f", "2019-11-20",
     "Morrison was the third witness testifying Tuesday who listened in on President "
     "Trump's July 25 call with Ukrainian President Volodymyr Zelensky.",
     "Volodymyr Zelensky", "president", "UA"),
    ("isot-0572", "2017-11-21",
     "Kremlin spokesman Dmitry Peskov said earlier on Tuesday that the conversation would "
     "focus on Syrian President Bashar al-Assad’s visit to Russia which he made on Monday.",
     "Bashar al-Assad", "president", "SY"),
    ("g5w-gold-09d729c0013e096cf6ed1b13", "2016-11-10",
     "White House press secretary Josh Earnest told reporters after the meeting that the "
     "two men did not try to resolve all of their differences.",
     "Josh Earnest", "press secretary", "US"),
    ("prisoner-swap (gold)", "2025-05-23",
     "Shamsail Saraliev, a senior Russian lawmaker and representative of the parliamentary "
     "coordination group on military operations, told the country’s RBC news agency on "
     "Thursday that it would be difficult to conduct a prisoner exchange.",
     "Shamsail Saraliev", "lawmaker", "RU"),
    ("prisoner-swap (gold)", "2025-05-23",
     "Still, the fact that the two sides had even sat down face-to-face on May 15 was a "
     "significant development in itself, even though Russian President Vladimir Putin "
     "declined to accept his Ukrainian counterpart, President Volodymyr Zelenskyy’s, "
     "challenge to show up for the negotiations in person.",
     "Volodymyr Zelenskyy", "president", "UA"),
    ("trump-abe-missiles (gold)", "2017-11-06",
     "Chinese Foreign Ministry spokesman Hua Chunying, in  response to Abe’s comments, said "
     "that the North Korean “situation” was “already extremely complex, sensitive and weak”.",
     "Hua Chunying", "spokesman", "CN"),
]


@pytest.mark.parametrize(("record", "published", "text", "name", "role", "state"), PEOPLE,
                         ids=[f"{r[0]}:{r[3]}" for r in PEOPLE])
def test_person_name_role_state(nlp, record, published, text, name, role, state):
    entities = entities_of(nlp, text, published)
    person = entities.person_named(name)
    assert person is not None, [p.name for p in entities.people]
    assert role in person.roles
    assert person.states[:1] == (state,)
    for start, end in person.mentions:  # no title words, no possessive
        assert not text[start:end].endswith(("'s", "’s"))
        assert text[start:end].split()[0] not in ("President", "spokesman", "Kremlin")


def test_surname_alone_gets_full_name_from_leaders_table_in_term(nlp):
    # isot-0365: "Putin" alone, published 2017-12-04, within Putin's term
    entities = entities_of(nlp, PEOPLE[0][2], "2017-12-04")
    putin = entities.person_named("Vladimir Putin")
    assert putin is not None and putin.wikidata == "Q7747"
    assert "Putin" in putin.aliases and putin.states == ("RU",)


def test_surname_alone_outside_any_term_stays_as_written(nlp):
    entities = entities_of(nlp, PEOPLE[0][2], "1995-01-01")
    assert entities.person_named("Putin") is not None
    assert entities.person_named("Vladimir Putin") is None


def test_article_evidence_beats_the_leaders_prior(nlp):
    # "Ukrainian President Volodymyr Zelensky" (aeb-7a664e40d256470f): the article's
    # own state and role, the table's Wikidata id
    person = entities_of(nlp, PEOPLE[2][2], "2019-11-20").person_named("Volodymyr Zelensky")
    assert person.wikidata == "Q3874799" and person.states == ("UA",)


def test_reference_article_people(nlp, reference_text):
    entities = entities_of(nlp, reference_text, "2025-05-23")
    names = {p.name for p in entities.people}
    assert names == {"Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy", "Dmitry Peskov",
                     "Shamsail Saraliev"}
    trump = entities.person_named("Donald Trump")
    assert {"Trump", "Mr. Trump", "President Trump"} <= set(trump.aliases)
    assert trump.gender == "m" and trump.states == ("US",)
    # every "Trump" of the text is a mention of the one person
    starts = {s for s, _ in trump.mentions}
    assert {i for i in range(len(reference_text)) if reference_text.startswith("Trump", i)} \
        <= starts
    for noise in ("Leave A Reply", "Truth Social", "Day of Heroes", "Pavlo Palamarchuk"):
        assert entities.person_named(noise) is None


def test_two_people_sharing_a_surname_stay_two(nlp):
    # g5w-gold-09d729c0013e096cf6ed1b13 (2016-11-10): Donald and Melania Trump, Barack
    # (only ever "Obama" / "President Obama") and Michelle Obama
    record = corpus_record("g5w-gold-09d729c0013e096cf6ed1b13")
    text = record["text"]
    entities = entities_of(nlp, text, record["published"])
    donald, melania = entities.person_named("Donald Trump"), entities.person_named("Melania Trump")
    barack = entities.person_named("Barack Obama")
    michelle = entities.person_named("Michelle Obama")
    assert None not in (donald, melania, barack, michelle)
    assert len({donald.name, melania.name, barack.name, michelle.name}) == 4
    # a bare surname goes to the salient one, never to the relative named in full
    told = text.index("Still, Trump told reporters") + len("Still, ")
    assert entities.person_at(told, told + 5) is donald
    assert barack.wikidata == "Q76" and "President Obama" in barack.aliases
    assert all(text[s:e] == "Melania Trump" for s, e in melania.mentions)
    assert all(text[s:e] == "Michelle Obama" for s, e in michelle.mentions)


def test_gold_photo_credit_and_places_are_not_people(nlp, gold_dir):
    text = (gold_dir / "tamimi-indictment.txt").read_text(encoding="utf-8")
    entities = entities_of(nlp, text, "2018-01-01")
    names = {p.name for p in entities.people}
    assert not names & {"Ammar Awad", "Ofer Prison", "Nabi Saleh", "Slideshow", "Ramallah"}
    tamimi = entities.person_named("Ahed Tamimi")
    assert tamimi is not None and tamimi.states == ("PS",) and tamimi.gender == "f"


def test_description_is_a_mention_of_the_one_person_it_fits(nlp, gold_dir):
    # trump-abe-missiles (gold): "The U.S. president is on the second day of a 12-day
    # Asian trip", "The U.S. leader, who will visit South Korea on the trip"
    text = (gold_dir / "trump-abe-missiles.txt").read_text(encoding="utf-8")
    entities = entities_of(nlp, text, "2017-11-06")
    for phrase in ("The U.S. president", "The U.S. leader"):
        start = text.index(phrase)
        assert entities.person_at(start, start + len(phrase)).name == "Donald Trump"
