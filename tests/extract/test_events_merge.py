"""One event per happening: which mentions merge and which stay apart.

Rule logic on hand-built mentions (no model): the mentions below are those
of the reference article (shared/gold/prisoner-swap.txt) and of
trump-abe-missiles.txt, as the earlier stages read them.
"""

from __future__ import annotations

import pytest

from kg.extract.events.merge import Mention, merge_mentions


def mention(span, group, participants, *, nominal=True, anaphoric=False, sentence=0,
            date=None, new=False, may_create=True, cameo="040", quoted=False):
    return Mention(rule_id=f"test.{group}", label=group, cameo=cameo, group=group,
                   span=span, sentence_span=(0, 1), sentence_index=sentence,
                   trigger=group, participants=tuple(participants), nominal=nominal,
                   anaphoric=anaphoric, quoted=quoted, new_happening=new,
                   may_create=may_create, date=date)


def test_the_swap_and_the_exchange_join_the_prisoner_exchange():
    clusters = merge_mentions([
        # "Russia and Ukraine had carried out a large exchange of prisoners"
        mention((10, 20), "prisoner_exchange", ["RU", "UA"], cameo="0841"),
        # "the swap was ongoing", "the exchange was underway"
        mention((30, 34), "prisoner_exchange", [], anaphoric=True, sentence=1, cameo="0841"),
        mention((50, 58), "prisoner_exchange", [], anaphoric=True, sentence=2, cameo="0841"),
        # "a prisoner exchange with Ukraine" (a subset of the actors, a noun phrase)
        mention((90, 107), "prisoner_exchange", ["UA"], sentence=5, cameo="0841"),
    ])
    assert len(clusters) == 1
    assert [m.span for m in clusters[0].mentions] == [(10, 20), (30, 34), (50, 58), (90, 107)]
    assert clusters[0].participants == ("RU", "UA")


def test_two_calls_with_different_leaders_stay_apart():
    """"a two-hour phone call with Putin" ... "a separate call with Zelenskyy"."""
    clusters = merge_mentions([
        mention((10, 20), "call", ["Donald Trump", "Vladimir Putin"], cameo="041"),
        mention((40, 44), "call", ["Donald Trump", "Volodymyr Zelenskyy"], cameo="041"),
    ])
    assert len(clusters) == 2


def test_a_separate_call_is_a_new_happening_even_without_named_actors():
    clusters = merge_mentions([
        mention((10, 20), "call", ["Donald Trump", "Vladimir Putin"], cameo="041"),
        mention((40, 44), "call", ["Donald Trump"], new=True, cameo="041"),
    ])
    assert len(clusters) == 2


def test_meetings_with_different_people_stay_apart_but_a_summit_and_its_talks_merge():
    clusters = merge_mentions([
        # "a summit with Japanese Prime Minister Shinzo Abe"
        mention((10, 16), "meeting", ["Donald Trump", "Shinzo Abe"], sentence=1),
        # "Trump met Emperor Akihito" (a clause, not a noun phrase)
        mention((50, 53), "meeting", ["Donald Trump", "Akihito"], nominal=False, sentence=5),
        # "before his lunch and talks with Abe"
        mention((80, 85), "meeting", ["Donald Trump", "Shinzo Abe"], sentence=5),
        # "He also met relatives of Japanese citizens"
        mention((100, 103), "meeting", ["Donald Trump", "JP"], nominal=False, sentence=6),
    ])
    assert [[m.span for m in c.mentions] for c in clusters] == [
        [(10, 16), (80, 85)], [(50, 53)], [(100, 103)]]


def test_a_verb_with_fewer_actors_is_its_own_happening():
    """A clause names its own actors: "Trump met relatives" is not the summit."""
    clusters = merge_mentions([
        mention((10, 16), "meeting", ["Donald Trump", "Shinzo Abe"]),
        mention((50, 53), "meeting", ["Donald Trump"], nominal=False, sentence=3),
    ])
    assert len(clusters) == 2


def test_a_possessive_invasion_joins_the_war_it_names():
    """"Moscow's 2022 invasion of its neighbor" within "Russia-Ukraine war"."""
    clusters = merge_mentions([
        mention((10, 20), "war", ["RU", "UA"], cameo="190"),
        mention((40, 50), "war", ["RU"], cameo="190", sentence=4, date="2022"),
    ])
    assert len(clusters) == 1
    assert clusters[0].date == "2022"


def test_different_dates_keep_events_of_one_kind_apart():
    clusters = merge_mentions([
        mention((10, 20), "meeting", ["GB", "CN"], date="2004-12"),
        mention((40, 50), "meeting", ["GB", "CN"], date="2005-02-24", sentence=3),
    ])
    assert len(clusters) == 2


def test_groups_do_not_mix_across_sentences():
    clusters = merge_mentions([
        mention((10, 20), "missile_launch", ["KP", "JP"], cameo="150"),
        mention((40, 50), "nuclear_test", ["KP"], cameo="150", sentence=2),
    ])
    assert len(clusters) == 2


@pytest.mark.parametrize("kwargs", [
    {"quoted": True},          # only inside a quotation
    {"may_create": False},     # hypothetical, denied, or a bare anaphor ("the swap")
])
def test_mentions_that_may_not_found_an_event(kwargs):
    assert merge_mentions([mention((10, 20), "meeting", ["RU", "UA"], **kwargs)]) == []


def test_an_anaphor_without_actors_and_nothing_before_is_dropped():
    assert merge_mentions([mention((10, 20), "war", [], anaphoric=True, cameo="190")]) == []


def test_a_clause_without_actors_joins_only_a_recent_event():
    """"the two sides had even sat down face-to-face on May 15" joins the talks
    of the sentence before, not talks ten sentences back."""
    near = merge_mentions([
        mention((10, 20), "meeting", ["RU", "UA"], sentence=10),
        mention((40, 43), "meeting", [], nominal=False, anaphoric=True, sentence=12,
                date="2025-05-15"),
    ])
    far = merge_mentions([
        mention((10, 20), "meeting", ["RU", "UA"], sentence=1),
        mention((40, 43), "meeting", [], nominal=False, anaphoric=True, sentence=12),
    ])
    assert len(near) == 1 and near[0].date == "2025-05-15"
    assert len(far) == 1 and len(far[0].mentions) == 1


def test_an_unclosed_straight_quote_does_not_hide_later_narrative(nlp):  # type: ignore[no-untyped-def]
    """bbc-politics-180: a quote run on over two paragraph-like stretches
    ("… We have given a commitment … "The motive has got to be …") leaves
    straight marks unbalanced; the narrative after them ("Iain Duncan Smith
    ... condemned the debate") is not inside a quote and keeps its event."""
    from kg.api import extract
    from tests.conftest import corpus_record

    text = corpus_record("bbc-politics-180")["text"]
    start = text.index("He told BBC News:")
    end = text.index("were vague.", start) + len("were vague.")
    events = extract(text[start:end]).events
    assert any(e.cameo.startswith("11") and "Iain Duncan Smith" in e.participants
               for e in events), events


def test_the_headline_and_the_lead_tell_one_happening(nlp):  # type: ignore[no-untyped-def]
    """The headline names the indictment loosely, the lead in full with its
    day (shared/gold/tamimi-indictment.txt, its first lines): one event, dated
    by the lead."""
    from tests.extract.events_support import entities_for, events_of

    text = ("Israel indicts Palestinian teenage girl who punched soldier: army\n\n"
            "OFER PRISON, West Bank (Reuters) - Israel indicted a 16-year-old "
            "Palestinian girl on Monday on charges including assault for punching an Israeli "
            "soldier in the face two weeks ago.\n")
    entities = entities_for(text, states={"IL": ["Israel", "Israeli"],
                                          "PS": ["Palestinian"]})
    coerce = [e for e in events_of(nlp, text, entities, "2018-01-01")
              if e.cameo.startswith("17")]
    assert len(coerce) == 1, coerce
    assert coerce[0].date == "2018-01-01" and len(coerce[0].mentions) == 2
