"""EndpointStore against the real ``oxigraph serve`` binary (installed with the
``oxigraph`` package): same answers and same N-Quads as the embedded store."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, StoreError
from kg.query import run_query
from kg.rdf.iris import article_iri
from kg.rdf.mapping import extraction_to_quads
from kg.store import EndpointStore, GraphStore, Store, open_store
from tests.rdf.rdf_fixtures import swap_extraction

ART = article_iri("prisoner-swap")


def _oxigraph() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = _free_port()
    location = tmp_path_factory.mktemp("served")
    process = subprocess.Popen([binary, "serve", "--location", str(location),
                                "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):  # wait until it answers (readiness, not a time limit)
            try:
                urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=5).close()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"oxigraph serve exited: {process.stderr.read().decode()}")
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def quads(reference_text: str) -> list[ox.Quad]:
    return extraction_to_quads(swap_extraction(reference_text), kg_version="0.1.0")


def test_endpoint_store_matches_the_embedded_store(server: str, quads) -> None:
    remote = EndpointStore.oxigraph(server)
    assert isinstance(remote, GraphStore)
    remote.replace_article(ART, quads)
    remote.replace_article(ART, quads)  # replaced, not duplicated
    with Store.memory() as local:
        local.replace_article(ART, quads)
        assert remote.dump_sorted_nquads() == local.dump_sorted_nquads()
        assert remote.counts() == local.counts()
        assert remote.articles() == local.articles() == ["prisoner-swap"]
        people = "SELECT ?name WHERE { ?p a kg:Person ; kg:name ?name } ORDER BY ?name"
        assert run_query(remote, people).rows == run_query(local, people).rows
        bound = run_query(remote, "SELECT ?p ?name WHERE { ?p kg:name ?name }",
                          params={"name": "Donald Trump"})
        assert [r["p"].value for r in bound] == [
            "https://w3id.org/kg-news/id/person/Q22686"]
        construct = "CONSTRUCT { ?p kg:name ?n } WHERE { ?p a kg:Person ; kg:name ?n }"
        assert set(run_query(remote, construct).triples) == \
            set(run_query(local, construct).triples)
        assert run_query(remote, "ASK { ?s a kg:Event }").boolean is True
    with pytest.raises(QueryError, match=r"^malformed SPARQL: "):
        run_query(remote, "SELECT ?x WHERE { ?x kg:name }")
    assert remote.remove_article("prisoner-swap") is True
    assert remote.remove_article("prisoner-swap") is False
    assert remote.articles() == []


def test_open_store_picks_the_kind(server: str, tmp_path: Path, quads) -> None:
    remote = open_store(server)
    assert isinstance(remote, EndpointStore)
    remote.replace_article(ART, quads)
    reader = open_store(server, read_only=True)
    assert reader.articles() == ["prisoner-swap"]
    with pytest.raises(StoreError, match="is read-only"):
        reader.remove_article("prisoner-swap")
    remote.remove_article("prisoner-swap")
    with open_store(tmp_path / "local") as local:
        assert isinstance(local, Store)


def test_unreachable_endpoint() -> None:
    remote = EndpointStore.oxigraph(f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(StoreError, match="cannot be reached"):
        remote.counts()
