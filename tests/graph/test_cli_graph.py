"""``kg stats``, ``kg graph-export`` and ``kg viz``'s limits on a store on disk
holding the hand-built articles."""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict

import networkx as nx
import pytest
from kg_fixture_store import EXPECTED, PUTIN, RU, TRUMP, USHAKOV
from typer.testing import CliRunner

from kg.cli import app
from kg.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def store_dir(kg_store, tmp_path_factory):
    """The fixture's quads, article by article, in an embedded kg store on disk."""
    by_graph = defaultdict(list)
    for quad in kg_store.quads_for_pattern(None, None, None, None):
        by_graph[quad.graph_name].append(quad)
    path = tmp_path_factory.mktemp("cli") / "store"
    store = Store.open(path)
    try:
        store.replace_articles(sorted(by_graph.items(), key=lambda kv: kv[0].value))
    finally:
        store.close()
    return path


def kg(*args: str):
    result = runner.invoke(app, [*map(str, args)])
    return result


def test_stats_json(store_dir):
    result = kg("stats", "--store", store_dir, "--json", "--top", "2")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["counts"]["statements"] == EXPECTED["statements"]
    assert [p["label"] for p in figures["people"]] == ["Donald Trump", "Dmitry Peskov"]
    assert figures["event_types"][0] == {
        "root": "04", "label": "Consult", "events": 4,
        "codes": [{"code": "04", "label": "Consult", "events": 4}]}


def test_stats_tables(store_dir):
    result = kg("stats", "--store", store_dir, "--top", "3")
    assert result.exit_code == 0, result.output
    for heading in ("People", "States", "Speakers", "Event types", "Communities"):
        assert heading in result.stdout
    assert "Donald Trump" in result.stdout and "Consult" in result.stdout


def test_graph_export_graphml_around_an_entity(store_dir, tmp_path):
    out = tmp_path / "putin.graphml"
    result = kg("graph-export", out, "--store", store_dir, "--around", "Putin")
    assert result.exit_code == 0, result.output
    graph = nx.read_graphml(out)
    assert PUTIN in graph and TRUMP in graph and RU in graph
    assert graph.nodes[PUTIN]["label"] == "Vladimir Putin"


def test_graph_export_gexf_of_one_article(store_dir, tmp_path):
    out = tmp_path / "isot.gexf"
    result = kg("graph-export", out, "--store", store_dir, "--article", "isot-0572",
                "--projection", "statement")
    assert result.exit_code == 0, result.output
    graph = nx.read_gexf(out)
    statements = [n for n, d in graph.nodes(data=True) if d.get("type") == "statement"]
    assert len(statements) == 2  # Ushakov's and Peskov's in isot-0572


def test_graph_export_csv(store_dir, tmp_path):
    result = kg("graph-export", tmp_path / "tables", "--format", "csv", "--store", store_dir)
    assert result.exit_code == 0, result.output
    with (tmp_path / "tables" / "statements.csv").open(encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == EXPECTED["statements"]
    with (tmp_path / "tables" / "events.csv").open(encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == EXPECTED["events"]


@pytest.mark.parametrize(("args", "message"), [
    (["graph-export", "x.txt"], "--format graphml, gexf or csv"),
    (["graph-export", "t", "--format", "csv", "--top", "5"], "graphs only"),
    (["viz", "--around", "Nobody Atall"], "Nobody Atall"),
    (["viz", "--top", "0"], "positive"),
])
def test_bad_options_fail_with_one_line(store_dir, tmp_path, args, message):
    result = kg(*args, "--store", store_dir, *(["-o", tmp_path / "x.html"] if args[0] == "viz"
                                                else []))
    assert result.exit_code == 1
    assert message in result.output


def test_viz_limits(store_dir, tmp_path):
    out = tmp_path / "isot.html"
    result = kg("viz", "--store", store_dir, "-o", out, "--article", "isot-0572",
                "--around", "Ushakov", "--depth", "1")
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', html, re.DOTALL).group(1))
    assert {n["id"] for n in data["nodes"]} == {USHAKOV, PUTIN, TRUMP, RU}
