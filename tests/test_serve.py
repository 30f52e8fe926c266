"""The server path, with the real ``oxigraph`` server on free loopback ports:
the examples built over HTTP into a served store give the same N-Quads and
the same answer to every canned query as the embedded store; a store is
served read-only unless asked; a store another process writes is refused;
every server is stopped (bounded waits)."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg
from kg.errors import StoreError
from kg.query import canned_queries, run_query
from kg.server import Server
from kg.store import Store, endpoint_store
from tests.examples_graph import ARTICLES, PUBLISHED, examples_store

STOP = 20  # seconds any server or child process gets to stop


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A read-write oxigraph server on a new store, the examples built into it
    over SPARQL Update."""
    server = kg.serve(tmp_path_factory.mktemp("served") / "store", write=True)
    try:
        with kg.build([ARTICLES], endpoint=server.url, published=PUBLISHED) as graph:
            assert graph.report is not None and graph.report.ok
        yield server
    finally:
        server.stop(timeout=STOP)
    assert not server.running


def _params(store) -> dict:
    first = next(iter(run_query(store, "SELECT ?s WHERE { ?s a kg:Statement } ORDER BY ?s "
                                       "LIMIT 1")))
    return {"statement": first["s"]}


def test_server_is_loopback_and_says_where(served: Server) -> None:
    assert served.host == "127.0.0.1"
    assert served.query_url == f"http://127.0.0.1:{served.port}/query"
    assert served.running


def test_built_over_http_equals_built_embedded(served: Server) -> None:
    with Store.open(examples_store(), read_only=True) as embedded:
        remote = endpoint_store(served.url, read_only=True)
        assert remote.articles() == embedded.articles()
        assert remote.counts() == embedded.counts()
        assert remote.dump_sorted_nquads() == embedded.dump_sorted_nquads()


@pytest.mark.parametrize("name", canned_queries())
def test_every_canned_query_answers_the_same(served: Server, name: str) -> None:
    with Store.open(examples_store(), read_only=True) as embedded:
        remote = endpoint_store(served.query_url, read_only=True)
        params = _params(embedded) if name == "statement_sentence" else None
        here = run_query(embedded, name, params=params)
        there = run_query(remote, name, params=params)
    assert here.vars == there.vars
    assert here.rows == there.rows
    assert len(here) > 0


def test_read_only_unless_write(tmp_path: Path) -> None:
    with kg.serve(examples_store()) as server:
        assert server.update_url is None
        with kg.open(endpoint=server.url) as graph:
            assert graph.counts()["articles"] == 7
        writer = endpoint_store(server.url)  # tries /update anyway
        with pytest.raises(StoreError, match=r"answered|cannot be reached"):
            writer.remove_article("prisoner-swap")
    assert not server.running


def test_remove_over_http(served: Server) -> None:
    with kg.open(endpoint=served.url, read_only=False) as graph:
        before = graph.counts()
        assert graph.remove("isot-0007") is True
        assert graph.remove("isot-0007") is False
        after = graph.counts()
        assert after["articles"] == before["articles"] - 1
        # put it back, so that the other tests see the examples whole
    with kg.build([ARTICLES], endpoint=served.url, published=PUBLISHED) as graph:
        assert graph.counts() == before


def test_a_store_being_written_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store"
    Store.open(path).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from kg.store import Store
            store = Store.open({str(path)!r})
            print("open", flush=True)
            sys.stdin.read()
            store.close()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "open"
        for write in (False, True):
            with pytest.raises(StoreError, match="being written by another process"):
                kg.serve(path, write=write)
    finally:
        writer.communicate("", timeout=STOP)


def test_cli_serve_prints_its_endpoint_and_stops_on_ctrl_c() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(examples_store())],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("SPARQL endpoint: http://127.0.0.1:"), line
        url = line.split(": ", 1)[1].strip()
        remote = endpoint_store(url, read_only=True)
        assert remote.articles()[0] == "ap-sondland"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=STOP) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=STOP)


def test_cli_query_and_export_over_http(served: Server) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    ran = runner.invoke(app, ["query", "most_quoted", "--endpoint", served.url, "-f", "csv"])
    assert ran.exit_code == 0, ran.output
    assert ran.output.splitlines()[1].startswith("Donald Trump,")
    both = runner.invoke(app, ["query", "most_quoted", "--endpoint", served.url,
                               "--store", "somewhere"])
    assert both.exit_code == 1 and "not both" in both.output
    exported = runner.invoke(app, ["export", "--endpoint", served.url])
    assert exported.exit_code == 0
    with Store.open(examples_store(), read_only=True) as embedded:
        assert exported.stdout_bytes == embedded.dump_sorted_nquads().encode("utf-8")
