"""States of people read off the noun phrases around them (corpus record ids cited).

"Two Tunisian men, Bilal Labaoui and mechanic Abdelkader Toukabri": every
name of the list belongs to the noun's state. Only a comma-marked
apposition counts: without the comma the parse guesses, and a name after a
verb misread as a noun ("The Russian ambassador ... contacts Flynn") is no
member of the group.
"""

from __future__ import annotations

import pytest

from kg.extract.entities.evidence import group_demonym
from kg.extract.entities.states import StateMention
from tests.conftest import corpus_record
from tests.extract.test_entities_people import entities_of

GROUPS = [
    # record, published, sentence, name, state
    ("g5w-cluster-969967bf51a018dc15eccf78", "2016-07-15",
     "Two Tunisian men, Bilal Labaoui and mechanic Abdelkader Toukabri, were also killed, "
     "said the ministry.", "Bilal Labaoui", "TN"),
    ("g5w-cluster-969967bf51a018dc15eccf78", "2016-07-15",
     "Two Tunisian men, Bilal Labaoui and mechanic Abdelkader Toukabri, were also killed, "
     "said the ministry.", "Abdelkader Toukabri", "TN"),
]


def _in_record(record_id: str, sentence: str) -> bool:
    return " ".join(sentence.split()) in " ".join(corpus_record(record_id)["text"].split())


@pytest.mark.parametrize(("record", "published", "sentence", "name", "state"), GROUPS)
def test_names_in_apposition_take_the_groups_demonym(nlp, record, published, sentence,
                                                     name, state):
    assert _in_record(record, sentence)
    person = entities_of(nlp, sentence, published).person_named(name)
    assert person is not None
    assert state in person.states


def _demonym_at(doc, word: str, iso: str) -> dict[int, StateMention]:
    tok = next(t for t in doc if t.text == word)
    return {tok.i: StateMention(iso, "demonym", tok.i, tok.i + 1, tok.idx,
                                tok.idx + len(tok.text))}


@pytest.mark.parametrize(("record", "sentence", "demonym", "iso", "name", "expected"), [
    ("g5w-cluster-969967bf51a018dc15eccf78", GROUPS[0][2], "Tunisian", "TN", "Toukabri",
     ["TN"]),
    # no comma before the name: the parser's guess is not an apposition
    ("isot-0396", "The Russian ambassador to the United States contacts Flynn.", "Russian",
     "RU", "Flynn", []),
])
def test_group_demonym_on_the_parse(nlp, record, sentence, demonym, iso, name, expected):
    assert _in_record(record, sentence)
    doc = nlp(sentence)
    end = next(t.i for t in doc if t.text == name) + 1
    assert group_demonym(doc, end, _demonym_at(doc, demonym, iso)) == expected


def test_a_possessive_state_owns_the_body_of_the_apposition(nlp):
    """isot-0724: "deputy minister of Taiwan’s China policy-making Mainland
    Affairs Council": Taiwan's office; China is what the council deals with."""
    sentence = ("In Taipei, Chiu Chui-cheng, deputy minister of Taiwan’s China policy-making "
                "Mainland Affairs Council, said China should respect Taiwan’s people.")
    assert _in_record("isot-0724", sentence)
    chiu = entities_of(nlp, sentence, "2017-11-09").person_named("Chiu Chui-cheng")
    assert chiu is not None
    assert chiu.states == ("TW",)
    assert "deputy minister" in chiu.roles
