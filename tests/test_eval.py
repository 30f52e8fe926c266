"""The scorer of shared/gold/FORMAT.md (kg/eval.py).

No spaCy here: outputs are injected. The gold files are scored against
themselves (a perfect extractor) and against hand-made perturbations of
themselves, so every case is a real gold sentence or name.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from kg.errors import InputError
from kg.eval import (
    EvalReport,
    format_details,
    format_table,
    gold_as_output,
    normalise_name,
    org_name_matches,
    score_article,
    score_dir,
    statement_tokens,
)
from kg.ingest.article import Article

GOLD_NAMES = [
    "china-sanctions-violators",
    "esper-vietnam-china",
    "prisoner-swap",
    "reagan-iran-arms",
    "straw-china-arms",
    "tamimi-indictment",
    "trump-abe-missiles",
]


def load(gold_dir: Path, name: str) -> dict[str, Any]:
    return json.loads((gold_dir / f"{name}.gold.json").read_text(encoding="utf-8"))


def counts(score: Any, kind: str) -> tuple[int, int, int]:
    c = score.counts[kind]
    return c.tp, c.fp, c.fn


def find_statement(output: dict[str, Any], start: str) -> dict[str, Any]:
    return next(s for s in output["statements"] if s["text"].startswith(start))


# --- normalisation -------------------------------------------------------

# (surface form, normalised); surface forms are aliases in the gold files.
@pytest.mark.parametrize(("name", "expected"), [
    ("Mr. Trump", "trump"),                                       # prisoner-swap
    ("President Trump", "trump"),                                 # prisoner-swap
    ("U.S. President Donald Trump", "donald trump"),              # trump-abe-missiles
    ("Japanese Prime Minister Shinzo Abe", "shinzo abe"),         # trump-abe-missiles
    ("Japanese Finance Minister Taro Aso", "taro aso"),           # trump-abe-missiles
    ("Vice President Mike Pence", "mike pence"),                  # trump-abe-missiles
    ("FBI Director William Webster", "william webster"),          # reagan-iran-arms
    ("Sen. John Tower", "john tower"),                            # reagan-iran-arms
    ("Mr Straw", "straw"),                                        # straw-china-arms
    ("Minister Li Zhaoxing", "li zhaoxing"),                      # straw-china-arms
    ("Emperor Akihito", "akihito"),                               # trump-abe-missiles
    ("spokesman Dmitry Peskov", "dmitry peskov"),                 # prisoner-swap text
    ("Trump’s", "trump"),                                         # curly possessive
    ("Zelenskyy's", "zelenskyy"),
    ("The Associated Press", "associated press"),
    ("the  Kremlin", "kremlin"),                                  # spaces collapsed
    ("PUTIN", "putin"),
    # never stripped to nothing, and a title word inside a name stays
    ("President", "president"),
    ("Martin Luther King", "martin luther king"),
    # a qualifier without a title after it is part of the name
    ("Japanese Abe", "japanese abe"),
])
def test_normalise_name(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


@pytest.mark.parametrize(("output", "gold", "expected"), [
    ("EU", "European Union", True),                     # acronym (FORMAT.md example)
    ("U.S.", "United States", True),                    # acronym with dots
    ("NSC", "National Security Council", True),         # reagan-iran-arms
    ("DPRK", "Democratic People's Republic of Korea", True),   # "of" skipped
    ("AP", "The Associated Press", True),               # leading "the" ignored
    ("Treasury Department", "U.S. Treasury Department", True),   # 2 of 3 words
    ("Chinese foreign ministry", "China's government", False),   # 0 of 2 words
    ("China", "China's government", True),              # 1 of 2 words: half
    ("Germany", "Germany and France", False),           # 1 of 3 words
    ("Israeli army", "Israeli army", True),
    ("Reuters", "Haaretz", False),
    ("", "European Union", False),
])
def test_org_name_matches(output: str, gold: str, expected: bool) -> None:
    assert org_name_matches(output, gold) is expected


def test_statement_tokens_drop_case_and_punctuation() -> None:
    # prisoner-swap: "This could lead to something big???"
    assert statement_tokens("This could lead to something big???") == {
        "this", "could", "lead", "to", "something", "big"}
    assert statement_tokens("Russia-Ukraine war") == {"russia", "ukraine", "war"}


# --- gold against itself -------------------------------------------------

@pytest.mark.parametrize("optional", [False, True])
@pytest.mark.parametrize("name", GOLD_NAMES)
def test_gold_scored_against_itself_is_perfect(gold_dir: Path, name: str,
                                               optional: bool) -> None:
    gold = load(gold_dir, name)
    score = score_article(gold_as_output(gold, optional=optional), gold)
    for kind, c in score.counts.items():
        assert (c.fp, c.fn) == (0, 0), kind
        assert c.f1 == 1.0, kind
    for attribute, acc in score.accuracy.items():
        assert acc.right == acc.n, attribute
    assert score.not_people == []
    assert score.counts["statements"].tp == len(gold["statements"])


# --- perturbations -------------------------------------------------------

def test_dropped_statement_lowers_recall_only(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    output = gold_as_output(gold)
    output["statements"] = [s for s in output["statements"]
                            if not s["text"].startswith("the process would likely")]
    score = score_article(output, gold)
    assert counts(score, "statements") == (9, 0, 1)
    assert score.counts["statements"].precision == 1.0
    assert score.counts["statements"].recall == pytest.approx(0.9)
    assert score.details["statements"]["missed"] == [{
        "speaker": "Shamsail Saraliev",
        "text": "the process would likely be carried out over several days",
        "direct": False}]


def test_wrong_speaker_counts_against_statements_plus_speaker_only(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    output = gold_as_output(gold)
    quote = find_statement(output, "no decisions or agreements")
    quote["speaker"] = "Vladimir Putin"                      # Peskov said it
    score = score_article(output, gold)
    assert counts(score, "statements") == (10, 0, 0)
    assert counts(score, "statements+speaker") == (9, 1, 1)
    assert score.accuracy["statement.speaker"].right == 9
    assert score.accuracy["statement.speaker"].n == 10
    (wrong,) = score.details["statements"]["wrong_speaker"]
    assert (wrong["gold"], wrong["output"]) == ("Dmitry Peskov", "Vladimir Putin")


def test_speaker_by_alias_of_the_output_person(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    output = gold_as_output(gold)
    # the output calls Trump by a short name; its person record links the two
    output["people"][0] = {"name": "President Trump", "aliases": ["Mr. Trump"],
                           "states": ["US"], "roles": ["president"]}
    for s in output["statements"]:
        if s["speaker"] == "Donald Trump":
            s["speaker"] = "President Trump"
    score = score_article(output, gold)
    assert counts(score, "statements+speaker") == (10, 0, 0)
    assert counts(score, "people") == (5, 0, 0)


def test_paragraph_swallowing_several_quotes_matches_none(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    # prisoner-swap.txt paragraph 5: one quote and one partial quote of Trump
    paragraph = ("“A major prisoners swap was just completed between Russia and "
                 "Ukraine,” Mr. Trump said on his Truth Social platform. He said it "
                 "would “go into effect shortly,” although it was not clear what "
                 "that meant.")
    output = gold_as_output(gold)
    output["statements"] = [{"speaker": "Donald Trump", "speaker_type": "person",
                             "speaker_states": ["US"], "text": paragraph, "direct": True}]
    score = score_article(output, gold)
    assert counts(score, "statements") == (0, 1, 10)


def test_optional_items_are_neither_hits_nor_false_positives(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    output = gold_as_output(gold)
    output["statements"].append({"speaker": "Donald Trump", "speaker_type": "person",
                                 "speaker_states": ["US"], "text": "excellent",
                                 "direct": True})
    output["people"].append({"name": "Pavlo Palamarchuk", "aliases": [], "states": ["UA"],
                             "roles": []})
    score = score_article(output, gold)
    assert counts(score, "statements") == (10, 0, 0)
    assert counts(score, "people") == (5, 0, 0)
    # an optional state is not a false positive either (china-sanctions: Panama)
    china = load(gold_dir, "china-sanctions-violators")
    out = gold_as_output(china)
    out["states"].append({"name": "Panama", "iso": "PA"})
    out["states"].append({"name": "France", "iso": "FR"})
    score = score_article(out, china)
    assert counts(score, "states") == (4, 1, 0)
    assert score.details["states"]["false_positives"] == ["FR"]


def test_not_people_are_counted_and_false_positives(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    output = gold_as_output(gold)
    output["people"].append({"name": "Truth Social", "aliases": [], "states": [],
                             "roles": []})
    output["people"].append({"name": "Leave A Reply", "aliases": [], "states": [],
                             "roles": []})
    score = score_article(output, gold)
    assert score.not_people == ["Truth Social", "Leave A Reply"]
    assert counts(score, "people") == (5, 2, 0)


def test_anonymous_speaker_needs_the_state(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    output = gold_as_output(gold)
    anon = find_statement(output, "the exchange was ongoing")
    anon.update(speaker=None, speaker_type="anonymous", speaker_states=["UA"])
    assert counts(score_article(output, gold), "statements+speaker") == (10, 0, 0)
    anon.update(speaker_states=["RU"])
    assert counts(score_article(output, gold), "statements+speaker") == (9, 1, 1)


def test_organisation_speaker_by_acronym(gold_dir: Path) -> None:
    gold = load(gold_dir, "straw-china-arms")
    output = gold_as_output(gold)
    for s in output["statements"]:
        if s["speaker"] == "European Union":
            s["speaker"] = "EU"
    score = score_article(output, gold)
    assert counts(score, "statements+speaker") == (19, 0, 0)


def test_attribute_mismatches_are_scored_and_listed(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    output = gold_as_output(gold)
    saraliev = find_statement(output, "it would be difficult")
    saraliev["date"] = "2025-05-23"                   # gold: on Thursday, 2025-05-22
    anon = find_statement(output, "the exchange was ongoing")
    anon["medium"] = "AP"                             # gold: The Associated Press
    output["people"][3]["states"] = ["RU", "UA"]      # Peskov
    output["people"][4]["roles"] = []                 # Saraliev, gold: lawmaker
    score = score_article(output, gold)
    assert counts(score, "statements") == (10, 0, 0)
    assert (score.accuracy["statement.date"].right, score.accuracy["statement.date"].n) == (7, 8)
    assert score.accuracy["statement.medium"].right == score.accuracy["statement.medium"].n
    assert (score.accuracy["person.states"].right, score.accuracy["person.states"].n) == (4, 5)
    assert (score.accuracy["person.roles"].right, score.accuracy["person.roles"].n) == (4, 5)
    wrong = score.details["statements"]["wrong_attributes"]
    assert wrong == [{"attribute": "statement.date", "item": saraliev["text"],
                      "gold": "2025-05-22", "output": "2025-05-23"}]


def test_roles_need_one_shared_role(gold_dir: Path) -> None:
    gold = load(gold_dir, "trump-abe-missiles")
    output = gold_as_output(gold)
    hua = next(p for p in output["people"] if p["name"] == "Hua Chunying")
    hua["roles"] = ["spokeswoman"]                  # gold lists three synonyms
    assert score_article(output, gold).accuracy["person.roles"].right == len(gold["people"])
    hua["roles"] = ["minister"]
    assert score_article(output, gold).accuracy["person.roles"].right == len(gold["people"]) - 1


def test_event_participant_by_alias_and_cameo_root(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    output = gold_as_output(gold)
    call = next(e for e in output["events"] if e["label"] == "Trump-Putin phone call")
    call["participants"] = ["Trump"]               # an alias of output "Donald Trump"
    call["cameo"] = "042"                          # deeper code, same root 04
    assert counts(score_article(output, gold), "events") == (5, 0, 0)
    call["cameo"] = "190"                          # wrong root
    score = score_article(output, gold)
    assert counts(score, "events") == (4, 1, 1)
    assert score.details["events"]["missed"][0]["label"] == "Trump-Putin phone call"


def test_event_date_and_location_accuracy(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    output = gold_as_output(gold)
    talks = next(e for e in output["events"] if e["label"].startswith("direct peace talks"))
    talks["location"] = "RU"
    del talks["date"]
    score = score_article(output, gold)
    assert (score.accuracy["event.location"].right, score.accuracy["event.location"].n) == (0, 1)
    assert (score.accuracy["event.date"].right, score.accuracy["event.date"].n) == (2, 3)


def test_matching_is_one_to_one(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    output = gold_as_output(gold)
    output["statements"].append(copy.deepcopy(output["statements"][0]))
    output["people"].append(copy.deepcopy(output["people"][0]))
    score = score_article(output, gold)
    assert counts(score, "statements") == (10, 1, 0)
    assert counts(score, "people") == (5, 1, 0)


# --- over a folder -------------------------------------------------------

def test_score_dir_runs_the_injected_extractor_with_published(gold_dir: Path) -> None:
    seen: list[tuple[str, str | None]] = []

    def perfect(article: Article) -> dict[str, Any]:
        name = Path(article.source).stem
        gold = load(gold_dir, name)
        assert article.text == (gold_dir / f"{name}.txt").read_text(encoding="utf-8")
        seen.append((name, article.published))
        return gold_as_output(gold)

    report = score_dir(gold_dir, extract=perfect)
    assert [name for name, _ in seen] == GOLD_NAMES
    assert dict(seen)["prisoner-swap"] == "2025-05-23"
    assert dict(seen)["straw-china-arms"] is None
    assert all(c.f1 == 1.0 for c in report.counts.values())
    data = report.to_json()
    assert data["articles"] == len(GOLD_NAMES)
    assert data["counts"]["statements"]["tp"] == sum(
        len(load(gold_dir, n)["statements"]) for n in GOLD_NAMES)
    assert set(data["details"]) == set(GOLD_NAMES)


def test_report_is_micro_averaged(gold_dir: Path) -> None:
    small, big = load(gold_dir, "prisoner-swap"), load(gold_dir, "trump-abe-missiles")
    empty_small = {**gold_as_output(small), "statements": []}
    report = EvalReport(articles=[score_article(empty_small, small),
                                  score_article(gold_as_output(big), big)])
    c = report.counts["statements"]
    assert (c.tp, c.fp, c.fn) == (40, 0, 10)
    assert c.recall == pytest.approx(40 / 50)          # not the macro mean 0.5


def test_empty_output_scores_zero(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    score = score_article({}, gold)
    assert score.counts["statements"].precision == 0.0
    assert score.counts["statements"].f1 == 0.0


def test_format_table_has_a_row_per_kind_and_attribute(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    report = EvalReport(articles=[score_article(gold_as_output(gold), gold)])
    table = format_table(report)
    kinds = list(table.columns[0].cells)
    assert kinds[:5] == ["people", "states", "statements", "statements+speaker", "events"]
    assert "statement.speaker accuracy" in kinds


def test_details_name_the_nearest_gold_of_a_false_positive(gold_dir: Path) -> None:
    gold = load(gold_dir, "prisoner-swap")
    output = gold_as_output(gold)
    output["statements"] = []
    score = score_article({**output, "statements": [{
        "speaker": "Donald Trump", "speaker_type": "person", "speaker_states": ["US"],
        "direct": False,
        # prisoner-swap.txt: a whole sentence around a partial quote
        "text": "He said it would go into effect shortly, although it was not clear "
                "what that meant."}]}, gold)
    (fp,) = score.details["statements"]["false_positives"]
    assert fp["nearest"]["text"] == "it would go into effect shortly"
    assert fp["nearest"]["optional"] is True
    assert fp["nearest"]["gold_covered"] == 1.0
    assert fp["nearest"]["output_in_gold"] < 0.5
    text = format_details(score)
    assert "statements false positives (1):" in text
    assert "nearest optional gold [Donald Trump] indirect" in text
    assert "statements missed (10):" in text


def test_state_speaker_by_acronym(gold_dir: Path) -> None:
    gold = load(gold_dir, "trump-abe-missiles")
    output = gold_as_output(gold, optional=True)      # the state speaks in an optional
    changed = 0
    for s in output["statements"]:
        if s["speaker"] == "United States":
            s["speaker"] = "U.S."
            changed += 1
    assert changed
    assert counts(score_article(output, gold), "statements+speaker")[1:] == (0, 0)
    for s in output["statements"]:
        if s["speaker"] == "U.S.":
            s["speaker"] = "UN"
    assert counts(score_article(output, gold), "statements+speaker")[1:] == (changed, 0)


def test_gold_dir_errors_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no NAME\.txt with a NAME\.gold\.json"):
        score_dir(tmp_path, extract=lambda article: {})
    (tmp_path / "a.txt").write_text("Putin said so.", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"a\.gold\.json: cannot read gold file"):
        score_dir(tmp_path, extract=lambda article: {})


def test_module_runner_prints_json(gold_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    import kg.eval

    def perfect(article: Article) -> dict[str, Any]:
        return gold_as_output(load(gold_dir, Path(article.source).stem))

    real = kg.eval.score_dir
    monkeypatch.setattr(kg.eval, "score_dir",
                        lambda path, model=None: real(path, model=model, extract=perfect))
    assert kg.eval._main([str(gold_dir), "--json", "--details"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["events"]["f1"] == 1.0
    assert data["details"]["prisoner-swap"]["statements"]["missed"] == []
