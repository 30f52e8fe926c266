"""Pronoun and description speakers, with the entity layer's result built by
hand so that the rule is tested on its own (real sentences, real parse)."""

from __future__ import annotations

from kg.extract.model import Entities, Organization, Person, State
from kg.extract.statements import extract_statements
from kg.ingest.article import Article

# gold/trump-abe-missiles.txt (Reuters, 2017-11-06)
HUA = (
    "Abe, for his part, said Tokyo would shoot down missiles “if necessary”. "
    "Chinese Foreign Ministry spokesman Hua Chunying, in response to Abe’s comments, said that "
    "the North Korean “situation” was “already extremely complex, sensitive and weak”. "
    "“We hope that under the present circumstances, all sides’ words and actions can help "
    "reduce tensions,” she said."
)


def _mentions(text: str, surface: str) -> tuple[tuple[int, int], ...]:
    out, start = [], text.find(surface)
    while start >= 0:
        out.append((start, start + len(surface)))
        start = text.find(surface, start + 1)
    return tuple(out)


def _run(nlp, text: str, entities: Entities):  # type: ignore[no-untyped-def]
    article = Article(id="t", source="test", text=text, published="2017-11-06")
    return extract_statements(nlp(text), article, entities)


def test_she_is_the_woman_who_spoke_last(nlp) -> None:  # type: ignore[no-untyped-def]
    abe = Person("Shinzo Abe", ("Abe",), ("JP",), ("prime minister",), _mentions(HUA, "Abe"),
                 gender="m")
    hua = Person("Hua Chunying", (), ("CN",), ("spokeswoman",), _mentions(HUA, "Hua Chunying"),
                 gender="f")
    statements = _run(nlp, HUA, Entities(people=(abe, hua)))
    hope = next(s for s in statements if s.text.startswith("We hope"))
    assert hope.speaker == "Hua Chunying" and hope.direct
    assert hope.speaker_states == ("CN",)
    necessary = next(s for s in statements if s.text == "if necessary")
    assert necessary.speaker == "Shinzo Abe"


def test_the_description_names_the_titled_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # gold/prisoner-swap.txt, with the description the Russian press uses for Peskov
    text = ("Speaking Friday at the Kremlin, spokesman Dmitry Peskov said there had been no "
            "decisions yet. The spokesman said the talks would go on.")
    peskov = Person("Dmitry Peskov", ("Peskov",), ("RU",), ("spokesman",),
                    _mentions(text, "Dmitry Peskov"), gender="m")
    statements = _run(nlp, text, Entities(people=(peskov,)))
    talks = next(s for s in statements if s.text == "the talks would go on")
    assert talks.speaker == "Dmitry Peskov"


def test_an_unnamed_official_is_anonymous_of_his_state(nlp) -> None:  # type: ignore[no-untyped-def]
    # gold/prisoner-swap.txt
    text = ("A senior Ukrainian official familiar with the details of the swap told The "
            "Associated Press that the exchange was ongoing Friday morning but had not finished.")
    ukraine = State("Ukraine", "UA", mentions=_mentions(text, "Ukrainian"))
    ap = Organization("The Associated Press", kind="agency",
                      mentions=_mentions(text, "Associated Press"))
    (statement,) = _run(nlp, text, Entities(organizations=(ap,), states=(ukraine,)))
    assert statement.speaker == "anonymous:UA"
    assert statement.speaker_type == "anonymous" and statement.speaker_states == ("UA",)
    assert statement.medium == "The Associated Press"
    # "Friday morning" is the content's time, not the statement's: the day of publication
    assert statement.date == "2017-11-06"


def test_the_kremlin_speaks_for_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    # corpus isot-0677
    text = ("The Kremlin said on Sunday that inflexibility on the part of the United States was "
            "to blame for the lack of a bilateral meeting.")
    russia = State("Russia", "RU", mentions=_mentions(text, "Kremlin"))
    us = State("United States", "US", mentions=_mentions(text, "United States"))
    (statement,) = _run(nlp, text, Entities(states=(russia, us)))
    assert statement.speaker == "Kremlin" and statement.speaker_states == ("RU",)
    assert statement.about == ("US",)
    assert statement.date == "2017-11-05"
