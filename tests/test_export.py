"""Exports of the examples' graph: sorted N-Quads byte-identical across runs,
TriG, Turtle and JSON-LD (with kg's published context) that read back to the
same data, rdflib interop, and `kg export`, `kg validate`, `kg remove`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.export import FORMATS, context, export, sorted_quads
from kg.rdf.entities import ENTITIES
from kg.rdf.iris import article_iri
from kg.rdf.namespaces import KG
from kg.rdf.nquads import sorted_nquads
from kg.store import Store
from kg.store.writes import CAMEO
from tests.examples_graph import examples_store


@pytest.fixture(scope="module")
def store() -> Store:
    with Store.open(examples_store(), read_only=True) as opened:
        yield opened


@pytest.fixture(scope="module")
def quads(store: Store) -> list[ox.Quad]:
    return sorted_quads(store)


def test_nquads_are_sorted_and_stable(store: Store, quads) -> None:
    text = export(store, "nquads")
    lines = text.splitlines(keepends=True)
    assert lines == sorted(set(lines))
    assert text == export(store, "nquads") == sorted_nquads(quads)
    graphs = {q.graph_name for q in quads}
    assert {ENTITIES, CAMEO, article_iri("prisoner-swap")} <= graphs
    assert len(graphs) == 7 + 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_deterministic(store: Store, fmt: str) -> None:
    assert export(store, fmt) == export(store, fmt)


def test_trig_reads_back_to_the_same_quads(store: Store, quads) -> None:
    back = list(ox.parse(export(store, "trig"), ox.RdfFormat.TRIG))
    assert sorted_nquads(back) == sorted_nquads(quads)


def test_turtle_is_the_union_of_the_graphs(store: Store, quads) -> None:
    back = {q.triple for q in ox.parse(export(store, "turtle"), ox.RdfFormat.TURTLE)}
    assert back == {q.triple for q in quads}


def test_jsonld_uses_the_published_context_and_reads_back(store: Store, quads) -> None:
    text = export(store, "jsonld")
    data = json.loads(text)
    assert data["@context"] == context()
    published = json.loads(Path("ontologies/context.jsonld").read_text(encoding="utf-8"))
    assert data["@context"] == published["@context"]
    assert '"speaker"' in text and '"Statement"' in text  # compacted by the context
    back = list(ox.parse(text, ox.RdfFormat.JSON_LD))
    assert sorted_nquads(back) == sorted_nquads(quads)


def test_context_covers_every_kg_term() -> None:
    ctx = context()
    for name in KG.__annotations__:
        entry = ctx[name]
        iri = entry["@id"] if isinstance(entry, dict) else entry
        assert iri == f"kg:{name}", name


def test_to_rdflib_is_a_dataset(quads) -> None:
    with kg.open(examples_store()) as graph:
        dataset = graph.to_rdflib()
    assert isinstance(dataset, rdflib.Dataset)
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert article_iri("prisoner-swap").value in names and ENTITIES.value in names
    assert sum(len(g) for g in dataset.graphs()) == len(quads)


def test_examples_conform_to_the_shapes() -> None:
    with kg.open(examples_store()) as graph:
        result = graph.validate()
    assert result.conforms, result.report


def test_cli_export_validate_remove(tmp_path: Path) -> None:
    runner = CliRunner()
    path = tmp_path / "store"
    shutil.copytree(examples_store(), path)
    target = tmp_path / "graph.nq"
    written = runner.invoke(app, ["export", "--store", str(path), "-o", str(target)])
    assert written.exit_code == 0, written.output
    printed = runner.invoke(app, ["export", "--store", str(path), "--format", "nquads"])
    assert printed.exit_code == 0
    assert target.read_bytes() == printed.stdout_bytes
    assert runner.invoke(app, ["export", "--store", str(path), "-f", "xml"]).exit_code == 1

    valid = runner.invoke(app, ["validate", "--store", str(path)])
    assert valid.exit_code == 0 and "conforms" in valid.output

    removed = runner.invoke(app, ["remove", "prisoner-swap", "--store", str(path)])
    assert removed.exit_code == 0, removed.output
    again = runner.invoke(app, ["remove", "prisoner-swap", "--store", str(path)])
    assert again.exit_code == 1 and "no such article" in again.output
    with Store.open(examples_store(), read_only=True) as before:
        expected = sorted(set(before.articles()) - {"prisoner-swap"})
    with kg.open(path) as graph:
        people = {r["name"].value for r in graph.query(
            "SELECT ?name WHERE { ?p a kg:Person ; kg:name ?name }")}
        assert graph.store.articles() == expected
    # Saraliev and Peskov appear only in the swap article; Trump in others too
    assert "Shamsail Saraliev" not in people and "Dmitry Peskov" not in people
    assert "Donald Trump" in people
    assert runner.invoke(app, ["validate", "--store", str(path)]).exit_code == 0
