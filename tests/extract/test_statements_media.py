"""Media of statements on real corpus sentences: an outlet's full programme
name, a tweet's platform, and an interview's medium carried over to the
speaker's other quotes (with a news agency's credit standing for "an
interview" in its own story). Each excerpt is checked against its record."""

from __future__ import annotations

import pytest

from kg.api import extract
from kg.extract.statements.interview import wire_credit
from tests.conftest import corpus_record

# (record id, excerpt, start of the statement, medium)
CASES = [
    ("bbc-politics-040",
     "\"The law lords are simply wrong to imply that this is a decision to detain these people "
     "on the whim or the certificate of the home secretary,\" he told BBC Radio 4's Today "
     "programme.", "The law lords", "BBC Radio 4's Today"),
    ("bbc-politics-027", "Lord Armstrong told BBC Two's Newsnight: \"I agree .",
     "I agree", "BBC Two's Newsnight"),
    ("isot-0380", "“I had to fire General Flynn because he lied to the Vice President and the "
     "FBI. He has pled guilty to those lies. It is a shame because his actions during the "
     "transition were lawful. There was nothing to hide!” Trump said in a tweet.",
     "I had to fire", "Twitter"),
    ("g5w-cluster-077896ee749c9962dd56840b",
     "\"This is another dangerous, reckless, criminal act by the North Korean regime, "
     "threatening the stability of the region and the world and we condemn it, utterly,\" he "
     "said in an interview with Sky News.", "This is another", "Sky News"),
]


@pytest.mark.parametrize(("record_id", "excerpt", "start", "medium"), CASES,
                         ids=[c[0] for c in CASES])
def test_medium(record_id, excerpt, start, medium, nlp):  # type: ignore[no-untyped-def]
    record = corpus_record(record_id)
    assert excerpt in record["text"], f"{record_id}: excerpt is not in the article"
    result = extract(excerpt, published=(record.get("published") or "")[:10] or None)
    found = [s for s in result.statements if s.text.startswith(start)]
    assert found, [(s.text, s.medium) for s in result.statements]
    assert found[0].medium == medium


def test_interview_of_a_wire_story_is_the_agency_s_and_carries_over(nlp):  # type: ignore[no-untyped-def]
    """isot-0469: one "said in an interview" in a Reuters story; the speaker's
    bare "he said" quotes after it were said in the same interview."""
    record = corpus_record("isot-0469")
    text = record["text"]
    end = text.index("I can tell you that very, very clearly.”") + 40
    result = extract(text[:end], published=record["published"][:10])
    gutierrez = [s for s in result.statements if s.speaker == "Luis Gutierrez" and s.direct]
    iowa = [s for s in gutierrez if s.text.startswith("Does it mean going to Iowa")]
    later = [s for s in gutierrez if s.text.startswith("I can tell you")]
    assert iowa and iowa[0].medium == "Reuters"
    assert later and later[0].medium == "Reuters"


@pytest.mark.parametrize(("opening", "agency"), [
    ("WASHINGTON (Reuters) - Prominent Republican senators", "Reuters"),  # isot-0128
    ("Headline\n\nNEW YORK/LONDON (Reuters) - Shares", "Reuters"),
    ("LONDON (AP) — Britain's", "The Associated Press"),
    ("   TOKYO, March 30 - Finance Minister", None),  # r21578-10660: no credit
    ("(CNN) - A storm", None),  # not an agency
])
def test_wire_credit(opening, agency):  # type: ignore[no-untyped-def]
    assert wire_credit(opening) == agency
