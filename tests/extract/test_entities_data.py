"""kg's entity data files and the matcher cache (no model needed)."""

from __future__ import annotations

import spacy

from kg.extract.entities.gazetteer import leaders, organizations, state_gazetteer, titles
from kg.extract.entities.leaders import leader_by_surname, match_leader
from kg.extract.entities.matchers import matchers_for
from kg.resources import load_json


def test_every_data_file_states_its_source():
    for name in ("titles.json", "states.json", "leaders.json", "organizations.json"):
        assert load_json(name)["_source"]
    assert load_json("leaders.json")["compiled"] == "2026-11-25"


def test_leaders_rows_are_well_formed():
    for term in leaders():
        assert term.name and term.roles and term.start
        assert term.end is None or term.start <= term.end
        assert term.wikidata is None or term.wikidata.startswith("Q")


def test_states_cover_common_names_demonyms_and_seats():
    surfaces = state_gazetteer().surfaces
    for surface, iso, kind in [("Russia", "RU", "name"), ("Türkiye", "TR", "name"),
                               ("Turkey", "TR", "name"), ("the Philippines", "PH", "name"),
                               ("Britain", "GB", "name"), ("U.S.", "US", "name"),
                               ("North Korea", "KP", "name"), ("Ukrainian", "UA", "demonym"),
                               ("Kremlin", "RU", "seat"), ("Downing Street", "GB", "seat"),
                               ("White House", "US", "seat"), ("Moscow", "RU", "capital"),
                               ("Soviet Union", "SU", "name")]:
        assert surfaces[surface] == (iso, kind), surface
    assert "HK" not in state_gazetteer().states  # a territory, not a state


def test_international_bodies_are_organisations_without_state():
    orgs = organizations()
    for name in ("UN", "NATO", "EU", "European Union"):
        assert orgs[name].kind == "international" and orgs[name].state is None
    assert orgs["Associated Press"].kind == "agency"


def test_title_table_prefers_longest_phrase():
    phrases = titles().phrases
    assert phrases[("foreign", "minister")] == ("foreign minister", "minister")
    assert phrases[("secretary", "of", "state")][0] == "secretary of state"


def test_leaders_prior_by_date():
    assert leader_by_surname("trump", "2025-05-23").name == "Donald Trump"
    assert leader_by_surname("trump", "2022-01-01") is None  # out of office
    assert leader_by_surname("trump", None) is None  # no date, no guess
    # an article's own contrary evidence wins over the table
    assert match_leader(["Johnson"], ["speaker"], ["US"], "2020-01-01") is None
    assert match_leader(["Johnson"], [], [], "2020-01-01").name == "Boris Johnson"


def test_matchers_are_built_once_per_vocab():
    nlp = spacy.blank("en")
    first = matchers_for(nlp("Russia and Ukraine"))
    assert matchers_for(nlp("The Kremlin said")) is first
    assert matchers_for(spacy.blank("en")("Russia")) is not first
