"""Article ids: stable, filename- and IRI-safe, never order- or machine-dependent."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from kg.ingest import InputError, article_id, from_text, read
from kg.ingest.ids import normalise_url, safe_id
from tests.conftest import corpus_record

# The URL of g5w-gold-071e141c216547f83e2b50a6 in the corpus.
CROYDON = (
    "http://www.standard.co.uk/news/transport/croydon-tram-derailment-people-trapped-"
    "after-tram-overturns-in-at-sandilands-a3390796.html"
)


def test_url_id_is_readable_and_ignores_tracking_and_case():
    plain = article_id(CROYDON, "")
    assert plain.startswith("standard.co.uk-croydon-tram-derailment-")
    assert len(plain) <= 48 + 11
    assert article_id(
        CROYDON.replace("http://www.standard", "HTTP://WWW.Standard")
        + "?utm_source=twitter&utm_medium=social#comments",
        "other text",
    ) == plain
    assert article_id(CROYDON + "?page=2", "") != plain


def test_normalised_url_keeps_real_query_parameters():
    assert normalise_url("https://Example.COM:443/a?id=3&fbclid=x#top") == (
        "https://example.com/a?id=3"
    )


def test_text_id_is_the_hash_kg_extract_uses():
    text = corpus_record("r21578-28")["text"]
    assert article_id(None, text) == hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    assert from_text(text, source="<string>").id == article_id(None, text)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("g5w-gold-071e141c216547f83e2b50a6", "g5w-gold-071e141c216547f83e2b50a6"),
        ("prisoner-swap", "prisoner-swap"),
        ("Zelenskyy über Kyiv", "Zelenskyy-uber-Kyiv-"),
        ("a/b", "a-b-"),
        ("../../etc/passwd", "etc-passwd-"),
    ],
)
def test_safe_id(name, expected):
    got = safe_id(name)
    assert got.startswith(expected)
    assert all(c.isascii() and (c.isalnum() or c in "._-") for c in got)
    if expected.endswith("-"):  # made safe: a hash of the original keeps names apart
        assert len(got) == len(expected) + 8


def test_same_stem_in_two_folders_is_disambiguated_by_content(tmp_path, gold_dir):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(gold_dir / "prisoner-swap.txt", tmp_path / "a" / "story.txt")
    shutil.copy(gold_dir / "esper-vietnam-china.txt", tmp_path / "b" / "story.txt")
    first, second = read([tmp_path])
    text = (gold_dir / "esper-vietnam-china.txt").read_text(encoding="utf-8")
    assert first.id == "story"
    assert second.id == "story-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def test_same_file_twice_is_a_duplicate(gold_dir):
    path = gold_dir / "prisoner-swap.txt"
    first, second = read([path, path])
    assert first.id == "prisoner-swap"
    assert isinstance(second, InputError)
    assert str(second) == (
        f"{path}: duplicate article id prisoner-swap, first seen in {path}"
    )


def test_repeated_jsonl_id_is_reported_and_skipped(tmp_path):
    record = corpus_record("g5w-gold-071e141c216547f83e2b50a6")
    path = tmp_path / "dup.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps(record) + "\n")
    first, second = read([path])
    assert first.id == record["id"]
    assert str(second) == (
        f"{path}:line 2: duplicate article id {record['id']}, first seen in {path}:line 1"
    )


def test_jsonl_id_unsafe_for_a_filename_is_made_safe(tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text(json.dumps({"id": "world/europe 1", "text": "Kyiv said so."}) + "\n")
    (article,) = read([path])
    assert article.id.startswith("world-europe-1-") and "/" not in article.id
