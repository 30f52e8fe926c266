"""Hostile names and texts (quotes, angle brackets, backslashes, newlines, ``}``
and ``#``, a SPARQL payload, a script tag) go into the store as literals and
percent-encoded IRIs, come back unchanged, and are escaped in the HTML.

The extraction is written by hand because spaCy never tags such a name; the
mapping, store, query binding and HTML are the real ones.
"""

from __future__ import annotations

import html
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg import __version__
from kg.extract.model import Extraction, Person, State, Statement
from kg.ingest.article import Article
from kg.rdf.mapping import extraction_to_quads
from kg.store import Store

SPARQL_PAYLOAD = '"} } ; DROP ALL ; INSERT DATA { <urn:x> <urn:y> "pwned" } #'
SCRIPT = "</script><script>window.__xss=1</script>"
NAME = 'Bobby "Tables" O\'Neil \\ }# <b>\n' + SCRIPT
QUOTE = "We will \"not\" stop } # \\n\n" + SCRIPT + " " + SPARQL_PAYLOAD
ARTICLE_ID = 'evil "id" <x> \\ } # \n'


def _hostile() -> Extraction:
    text = f"{NAME} said: “{QUOTE}” in Kyiv, Ukraine."
    q_start = text.index(QUOTE)
    return Extraction(
        article=Article(id=ARTICLE_ID, source='C:\\"scrapes"\\<evil>\n#}.txt', text=text,
                        title=SCRIPT + SPARQL_PAYLOAD, url="https://example.org/a?b=<c>&d=\"e\"",
                        published="2025-05-23"),
        people=(Person(name=NAME, aliases=(SPARQL_PAYLOAD,), mentions=((0, len(NAME)),),
                       roles=("}#<role>",)),),
        states=(State(name="Ukraine", iso="UA", mentions=((text.index("Ukraine"),
                                                           text.index("Ukraine") + 7),)),),
        statements=(Statement(text=QUOTE, span=(q_start, q_start + len(QUOTE)), direct=True,
                              speaker=NAME, speaker_type="person", speaker_span=(0, len(NAME))),),
        pipeline="test-pipeline",
    )


@pytest.fixture()
def store():
    s = Store.memory()
    extraction = _hostile()
    s.replace_article(kg.rdf.iris.article_iri(ARTICLE_ID),
                      extraction_to_quads(extraction, kg_version=__version__))
    yield s
    s.close()


def test_hostile_strings_come_back_as_the_same_literals(store: Store) -> None:
    graph = kg.Graph(store)
    names = {str(r["n"].value) for r in graph.query(
        "SELECT ?n WHERE { ?p a kg:Person ; kg:name ?n }")}
    assert names == {NAME}
    quotes = [r["q"].value for r in graph.query(
        "SELECT ?q WHERE { ?s a kg:Statement ; kg:quote ?q }")]
    assert quotes == [QUOTE]
    assert store.articles() == [ARTICLE_ID]


def test_the_sparql_payload_did_not_run(store: Store) -> None:
    graph = kg.Graph(store)
    assert not list(graph.query('SELECT ?s WHERE { ?s ?p "pwned" }'))
    assert store.counts()["people"] == 1
    # the CAMEO scheme (another graph) survived "DROP ALL"
    assert list(graph.query("SELECT ?c WHERE { ?c a skos:Concept } LIMIT 1"))


def test_query_parameters_are_bound_not_pasted(store: Store) -> None:
    graph = kg.Graph(store)
    rows = list(graph.query("SELECT ?p WHERE { ?p kg:name ?n }", n=ox.Literal(NAME)))
    assert len(rows) == 1
    rows = list(graph.query("SELECT ?p WHERE { ?p kg:name ?n }", n=ox.Literal(SPARQL_PAYLOAD)))
    assert rows == []
    assert store.counts()["people"] == 1


def test_iris_are_percent_encoded_and_the_dump_parses_back(store: Store) -> None:
    dump = store.dump_sorted_nquads()
    quads = list(ox.parse(dump.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == dump.count("\n")
    ours = {t.value for q in quads for t in (q.subject, q.object, q.graph_name)
            if isinstance(t, ox.NamedNode) and t.value.startswith("https://w3id.org/kg-news/id/")}
    assert ours
    for iri in ours:
        assert re.fullmatch(r"[A-Za-z0-9\-._~%/:]+", iri), iri
    assert kg.rdf.iris.article_id_from_iri(kg.rdf.iris.article_iri(ARTICLE_ID)) == ARTICLE_ID


def test_html_escapes_every_hostile_string(store: Store, tmp_path: Path) -> None:
    page = kg.Graph(store).to_html(tmp_path / "graph.html").read_text(encoding="utf-8")
    assert SCRIPT not in page
    assert "<script>window.__xss" not in page
    assert NAME not in page  # only escaped forms of the name appear
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None
    policy = html.unescape(csp.group(1))
    assert "default-src 'none'" in policy
    assert "http:" not in policy and "https:" not in policy
    # nothing is loaded from outside the file
    assert not re.search(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="(?:https?:)?//', page)


def test_serve_binds_to_loopback_by_default() -> None:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "serve", "--help"],
                          capture_output=True, text=True, timeout=120,
                          env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert "127.0.0.1" in proc.stdout
    import inspect

    assert inspect.signature(kg.serve).parameters["host"].default == "127.0.0.1"
