"""The graph of the reference article conforms to ontologies/kg-shapes.ttl,
and the shapes catch a statement or event that lost what it needs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.rdf.iris import article_iri, event_iri, statement_iri
from kg.rdf.mapping import extraction_to_quads, term
from kg.rdf.namespaces import KG
from kg.rdf.ontology import validate
from tests.rdf.rdf_fixtures import swap_extraction


@pytest.fixture(scope="module")
def extraction(reference_text: str):
    return swap_extraction(reference_text)


@pytest.fixture(scope="module")
def quads(extraction) -> list[ox.Quad]:
    return extraction_to_quads(extraction, kg_version="0.1.0")


def test_reference_article_conforms(quads) -> None:
    result = validate(quads)
    assert result.conforms, result.report


def _without(quads: list[ox.Quad], subject: ox.NamedNode, predicate) -> list[ox.Quad]:
    pred = term(predicate)
    return [q for q in quads if not (q.subject == subject and q.predicate == pred)]


def test_statement_without_quote_fails(quads, extraction) -> None:
    s = statement_iri(article_iri("prisoner-swap"), extraction.statements[0].span)
    result = validate(_without(quads, s, KG.quote))
    assert not result.conforms
    assert "quote" in result.report


def test_event_without_cameo_fails(quads, extraction) -> None:
    e = event_iri(article_iri("prisoner-swap"), extraction.events[0].span)
    result = validate(_without(quads, e, KG.cameo))
    assert not result.conforms
    assert "cameo" in result.report


def test_second_iso_code_fails(quads) -> None:
    iso = ox.NamedNode(str(KG.iso))
    state = next(q for q in quads if q.predicate == iso)
    broken = [*quads, ox.Quad(state.subject, iso, ox.Literal("Russia"), state.graph_name)]
    result = validate(broken)
    assert not result.conforms
    assert "iso" in result.report


def _gold_extractions(nlp, gold_dir):
    import json

    from kg.extract import extract_doc
    from kg.ingest import from_text
    from kg.nlp import parse, pipeline_id

    for path in sorted(gold_dir.glob("*.txt")):
        gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        article = from_text(path.read_text(encoding="utf-8"), source=str(path), id=path.stem,
                            published=gold.get("published"))
        ((_, doc),) = parse(nlp, [article])
        yield path.stem, extract_doc(doc, article, pipeline=pipeline_id(nlp))


def test_every_gold_article_graph_conforms(nlp, gold_dir) -> None:
    """The real pipeline's graph of each gold article (shared/gold/*.txt)."""
    seen = 0
    for name, extraction in _gold_extractions(nlp, gold_dir):
        result = validate(extraction_to_quads(extraction, kg_version="0.1.0"))
        assert result.conforms, f"{name}:\n{result.report}"
        seen += 1
    assert seen >= 7


def test_two_names_for_one_entity_fail(quads) -> None:
    name = ox.NamedNode(str(KG.name))
    named = next(q for q in quads if q.predicate == name)
    broken = [*quads, ox.Quad(named.subject, name, ox.Literal("Someone Else"), named.graph_name)]
    result = validate(broken)
    assert not result.conforms
    assert "name" in result.report
