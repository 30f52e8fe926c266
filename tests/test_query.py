"""kg.query: SPARQL text, files and canned names in; rows, booleans and triples
out; table, CSV, TSV and SPARQL JSON results formats; one-line errors. Data:
the hand-built extraction of the reference article (shared/gold/prisoner-swap.txt),
and, end to end, kg's own extraction of it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.query import format_result, run_query
from kg.rdf.iris import article_iri
from kg.rdf.mapping import extraction_to_quads
from kg.rdf.ontology import validate
from kg.store import Store
from tests.rdf.rdf_fixtures import PUBLISHED, swap_extraction

PEOPLE = "SELECT ?name WHERE { ?p a kg:Person ; kg:name ?name } ORDER BY ?name"
NAMES = ["Dmitry Peskov", "Donald Trump", "Shamsail Saraliev"]


@pytest.fixture(scope="module")
def store(reference_text: str):
    extraction = swap_extraction(reference_text)
    with Store.memory() as store:
        store.replace_article(article_iri(extraction.article.id),
                              extraction_to_quads(extraction, kg_version="0.1.0"))
        yield store


def test_select_rows(store) -> None:
    result = run_query(store, PEOPLE)
    assert result.kind == "select"
    assert result.vars == ("name",)
    assert [row["name"].value for row in result] == NAMES


def test_statement_sentence_and_speaker(store) -> None:
    result = run_query(store, """
        SELECT ?speaker ?quote ?sentence WHERE {
          ?s a kg:Statement ; kg:direct true ; kg:quote ?quote ; kg:sentence ?sentence ;
             kg:speaker/kg:name ?speaker ; kg:mediumName "Truth Social" .
        }""")
    assert len(result) == 1
    row = next(iter(result))
    assert row["speaker"].value == "Donald Trump"
    assert row["quote"].value in row["sentence"].value
    assert row["sentence"].value.endswith("Mr. Trump said on his Truth Social platform. "
                                          "He said it would “go into effect shortly,” although "
                                          "it was not clear what that meant.")


def test_params_bind_python_values(store) -> None:
    result = run_query(store, "SELECT ?p ?name WHERE { ?p kg:name ?name }",
                       params={"name": "Dmitry Peskov"})
    assert [row["p"].value for row in result] == [
        "https://w3id.org/kg-news/id/person/dmitry-peskov"]


def test_ask_and_construct(store) -> None:
    assert run_query(store, "ASK { ?e kg:cameoCode \"0841\" }").boolean is True
    assert run_query(store, "ASK { ?e kg:cameoCode \"20\" }").boolean is False
    graph = run_query(store, "CONSTRUCT { ?p kg:name ?n } WHERE { ?p a kg:Person ; kg:name ?n }")
    assert graph.kind == "graph"
    assert sorted(t.object.value for t in graph.triples) == NAMES
    nt = format_result(graph, "nt")
    assert nt.count(" .\n") == 3
    assert {q.triple for q in ox.parse(nt, ox.RdfFormat.N_TRIPLES)} == set(graph.triples)


def test_table(store) -> None:
    text = format_result(run_query(store, PEOPLE + " LIMIT 2"), "table")
    assert "name" in text and "Dmitry Peskov" in text and "Donald Trump" in text
    assert "Shamsail" not in text
    iris = format_result(run_query(store, "SELECT ?p WHERE { ?p kg:iso \"RU\" }"), "table")
    assert "kgid:state/RU" in iris
    assert "true" in run_query(store, "ASK { ?s a kg:Event }").format("table")


def test_csv(store) -> None:
    text = format_result(run_query(store, "SELECT ?p ?name WHERE { ?p a kg:Person ; "
                                          "kg:name ?name } ORDER BY ?name"), "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["p", "name"]
    assert rows[2] == ["https://w3id.org/kg-news/id/person/Q22686", "Donald Trump"]
    assert text.endswith("\r\n")


def test_tsv(store) -> None:
    text = format_result(run_query(store, "SELECT ?name ?start WHERE { ?s a kg:Statement ; "
                                          "kg:speakerName ?name ; kg:start ?start } "
                                          "ORDER BY ?start LIMIT 1"), "tsv")
    header, first = text.splitlines()
    assert header == "?name\t?start"
    assert first == '"Donald Trump"\t"{}"^^<http://www.w3.org/2001/XMLSchema#integer>'.format(
        text.split("\t")[-1].split('"')[1])


def test_json_is_sparql_results_json(store) -> None:
    data = json.loads(format_result(run_query(store, "SELECT ?name ?iso WHERE { ?s kg:name "
                                                     "?name OPTIONAL { ?s kg:iso ?iso } } "
                                                     "ORDER BY ?name"), "json"))
    assert data["head"]["vars"] == ["name", "iso"]
    bindings = data["results"]["bindings"]
    russia = next(b for b in bindings if b["name"]["value"] == "Russia")
    assert russia["iso"] == {"type": "literal", "value": "RU"}
    trump = next(b for b in bindings if b["name"]["value"] == "Donald Trump")
    assert "iso" not in trump  # unbound: left out, as the format says
    ask = json.loads(format_result(run_query(store, "ASK { ?s a kg:Person }"), "json"))
    assert ask == {"head": {}, "boolean": True}
    typed = json.loads(run_query(store, "SELECT ?d WHERE { ?a a kg:Article ; kg:published ?d }")
                       .format("json"))
    assert typed["results"]["bindings"][0]["d"] == {
        "type": "literal", "value": "2025-05-23",
        "datatype": "http://www.w3.org/2001/XMLSchema#date"}


def test_query_from_file(store, tmp_path: Path) -> None:
    path = tmp_path / "people.rq"
    path.write_text(PEOPLE, encoding="utf-8")
    assert [r["name"].value for r in run_query(store, path)] == NAMES
    assert [r["name"].value for r in run_query(store, str(path))] == NAMES


def test_malformed_sparql_is_a_one_line_query_error(store, tmp_path: Path) -> None:
    with pytest.raises(QueryError) as info:
        run_query(store, "SELECT ?x WHERE { ?x kg:name }")
    message = str(info.value)
    assert message.startswith("malformed SPARQL: ")
    assert "\n" not in message
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE {\n  ?x ?y\n}\n", encoding="utf-8")
    with pytest.raises(QueryError, match=rf"^{bad}: malformed SPARQL: .*"):
        run_query(store, bad)


def test_missing_file_and_unknown_names(store, tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="cannot read query file"):
        run_query(store, tmp_path / "missing.rq")
    with pytest.raises(QueryError, match="unknown canned query 'no-such-query'"):
        run_query(store, "no-such-query")
    with pytest.raises(QueryError, match="unknown format 'xml'"):
        format_result(run_query(store, PEOPLE), "xml")
    with pytest.raises(QueryError, match="format nt is for CONSTRUCT"):
        format_result(run_query(store, PEOPLE), "nt")


def test_reference_article_end_to_end(reference_text: str) -> None:
    """kg's own extraction of the reference article, mapped, stored and queried."""
    import kg
    from kg.ingest.article import Article

    article = Article(id="prisoner-swap", source="shared/gold/prisoner-swap.txt",
                      text=reference_text, published=PUBLISHED)
    extraction = kg.extract(article)
    quads = extraction_to_quads(extraction, kg_version=kg.__version__)
    validation = validate(quads)
    assert validation.conforms, validation.report
    with Store.memory() as store:
        store.replace_article(article_iri(article.id), quads)
        names = {r["name"].value for r in run_query(store, PEOPLE)}
        assert extraction.people, "the entity layer found nobody in the reference article"
        assert names == {p.name for p in extraction.people}
        assert store.articles() == ["prisoner-swap"]
        if not extraction.statements:
            pytest.skip("the statement extractor returns no statements yet")
        rows = run_query(store, """
            SELECT ?quote ?sentence ?start ?end WHERE {
              ?s a kg:Statement ; kg:quote ?quote ; kg:sentence ?sentence ;
                 kg:sentenceStart ?start ; kg:sentenceEnd ?end .
            }""")
        assert len(rows) > 0
        for row in rows:
            start, end = int(row["start"].value), int(row["end"].value)
            assert row["sentence"].value == reference_text[start:end]


def test_table_shows_text_as_is() -> None:
    """Article text is data: "[red]" in a title is printed, not read as markup."""
    graph = article_iri("markup")
    title = ox.Quad(graph, ox.NamedNode("https://w3id.org/kg-news/ontology#title"),
                    ox.Literal("[red]Breaking[/red] news \\ [link]"), graph)
    with Store.memory() as store:
        store.replace_article(graph, [title])
        text = format_result(run_query(store, "SELECT ?t WHERE { ?a kg:title ?t }"), "table")
    assert "[red]Breaking[/red] news \\ [link]" in text
