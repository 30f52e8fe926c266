"""Hyphenated given names written with a lower-case second syllable (corpus ids cited).

Korean romanisation writes "Moon Jae-in", "Lee Ju-ho": the model cuts the
name before the hyphen or its tag leaves out "-in", and a lower-case word
looks like no name. The syllable joins the name when the model tagged the
syllable before the hyphen as a person; hyphenated adjectives made from a
name ("Gore-led") and product names ("Blu-ray") stay out.
"""

from __future__ import annotations

import pytest

from tests.conftest import corpus_record
from tests.extract.test_entities_people import entities_of

NAMES = [
    # record, published, sentence, canonical name
    ("g5w-cluster-5a1bfc076d2d138acc8636c2", "2013-01-30",
     "“After analyzing the data, we determined that our satellite entered its intended orbit,” "
     "Lee Ju-ho, the minister of education, science and technology, said during a nationally "
     "televised news conference.", "Lee Ju-ho"),
    ("g5w-cluster-37cf93577e1d396eb21aae62", "2016-09-05",
     "In the eastern Chinese city of Hangzhou, President Park Geun-hye of South Korea met with "
     "President Xi Jinping of China on the sidelines of the Group of 20 summit meeting",
     "Park Geun-hye"),
    ("isot-0724", "2017-11-09",
     "In Taipei, Chiu Chui-cheng, deputy minister of Taiwan’s China policy-making Mainland "
     "Affairs Council, said China should respect Taiwan’s people.", "Chiu Chui-cheng"),
]


def _in_record(record_id: str, sentence: str) -> bool:
    return " ".join(sentence.split()) in " ".join(corpus_record(record_id)["text"].split())


@pytest.mark.parametrize(("record", "published", "sentence", "name"), NAMES)
def test_hyphenated_given_name_is_whole(nlp, record, published, sentence, name):
    assert _in_record(record, sentence)
    names = [p.name for p in entities_of(nlp, sentence, published).people]
    assert name in names, names


@pytest.mark.parametrize(("record", "sentence", "word"), [
    ("bbc-tech-155", "Blu-ray, backed by 100 firms including Sony, is competing against Toshiba "
     "and NEC-backed HD-DVD to be the format of choice for future films and games.", "Blu"),
])
def test_a_product_with_a_hyphen_is_no_person(nlp, record, sentence, word):
    assert _in_record(record, sentence)
    names = [p.name for p in entities_of(nlp, sentence).people]
    assert not any(word in n for n in names), names


def test_a_photo_credit_run_into_a_caption_is_not_part_of_the_name(nlp):
    """g5w-cluster-077896ee749c9962dd56840b: the agency's credit ends one caption
    and the next begins with the name."""
    caption = ("Reuters Kim Jong-un's staff cheer in the background after the launch - in "
               "pictures released by North Korea's Korean Central News Agency")
    assert _in_record("g5w-cluster-077896ee749c9962dd56840b", caption)
    names = [p.name for p in entities_of(nlp, caption, "2017-08-29").people]
    assert "Kim Jong-un" in names, names
