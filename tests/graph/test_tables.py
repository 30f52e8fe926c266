"""CSV of statements and events: offsets that point into the article, names and IRIs,
text that survives the round trip (including the hostile article's)."""

from __future__ import annotations

import csv

import pytest
from kg_fixture_store import EXPECTED, HACKER, RU, TR, TRUMP, UA, XSS_QUOTE

from kg.graph import event_rows, statement_rows, write_events_csv, write_statements_csv
from kg.graph.tables import EVENT_COLUMNS, STATEMENT_COLUMNS


@pytest.fixture(scope="module")
def statements(kg_store):
    return statement_rows(kg_store)


def test_statement_rows_locate_the_quote(statements, reference_text):
    assert len(statements) == EXPECTED["statements"]
    row = next(r for r in statements if r["text"].startswith("A major prisoners swap"))
    assert reference_text[row["start"]:row["end"]] == row["text"]
    assert (row["article"], row["speaker"], row["speaker_iri"]) == (
        "prisoner-swap", "Donald Trump", TRUMP)
    assert (row["direct"], row["medium"], row["date"], row["cue"]) == (
        "true", "Truth Social", "2025-05-23", "said")
    assert row["about"] == "Russia; Ukraine"
    assert row["about_iris"] == f"{RU}; {UA}"
    assert row["article_title"] == "Russia and Ukraine carry out prisoner swap, Trump says"
    assert row["text"] in row["sentence"]


def test_event_rows_name_cameo_participants_and_place(kg_store):
    rows = event_rows(kg_store)
    assert len(rows) == EXPECTED["events"]
    swap = next(r for r in rows if r["label"] == "prisoner exchange")
    assert (swap["cameo"], swap["cameo_root"], swap["cameo_label"]) == ("08", "08", "Yield")
    assert (swap["participants"], swap["status"], swap["date"]) == (
        "Russia; Ukraine", "ongoing", "2025-05-23")
    talks = next(r for r in rows if r["label"] == "direct peace talks in Turkey")
    assert (talks["location"], talks["location_iri"]) == ("Turkey", TR)


def test_csv_files_round_trip(kg_store, tmp_path):
    path = write_statements_csv(kg_store, tmp_path / "statements.csv")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames) == STATEMENT_COLUMNS
        rows = list(reader)
    assert len(rows) == EXPECTED["statements"]
    hostile = next(r for r in rows if r["speaker_iri"] == HACKER)
    assert hostile["text"] == XSS_QUOTE + "\u2028"
    events = write_events_csv(kg_store, tmp_path / "events.csv", article="isot-0572")
    with events.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert tuple(reader.fieldnames) == EVENT_COLUMNS
        assert [r["label"] for r in reader] == ["Putin-Trump telephone conversation"]
