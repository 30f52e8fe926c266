"""Killing a build, reading while it writes, and building twice give no
corrupt store and no different graph.

60 corpus articles (the first 60 records of shared/corpora/news.jsonl) are
built four ways: killed with SIGKILL part-way and then re-run; clean with one
process; clean again; and with two worker processes. The killed store must
open and hold only whole articles, readers during the build must see whole
batches or a clear "being written" error, and every finished store must dump
byte-identical sorted N-Quads.

Every build runs kg from one snapshot of its source taken when the module
starts (``PYTHONPATH``), so that a graph differs only if kg is not
deterministic, not because someone edited the working tree between two builds.

"Whole" is checked through what the build writes in the same transaction as
an article's facts: each article graph has its ``kg:Article`` node AND its
``kg:Build`` provenance node (kg version, spaCy pipeline); and a killed build
holds a prefix of the input in whole batches (``--batch-size`` articles are
written per transaction).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg
from kg.errors import StoreError
from tests.conftest import corpus_records

KG = [sys.executable, "-m", "kg.cli"]
N_ARTICLES = 60
BATCH = 6
#: Upper bound for polling a running build (not a speed threshold: the test
#: fails only if the build never shows an article at all).
POLL_LIMIT_S = 900

WHOLE_ARTICLES = """
SELECT ?g (COUNT(DISTINCT ?a) AS ?article) (COUNT(DISTINCT ?b) AS ?build)
       (COUNT(DISTINCT ?v) AS ?version) (COUNT(DISTINCT ?p) AS ?pipeline) WHERE {
  GRAPH ?g { ?s ?pred ?o .
             OPTIONAL { ?g a kg:Article . BIND(?g AS ?a) }
             OPTIONAL { ?g kg:builtBy ?b . ?b a kg:Build ; kg:kgVersion ?v ; kg:pipeline ?p } }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/kg-news/id/article/"))
} GROUP BY ?g
"""


@pytest.fixture(scope="module", autouse=True)
def kg_snapshot(tmp_path_factory: pytest.TempPathFactory):
    """Run every ``kg`` subprocess of this module from one copy of kg's source."""
    root = tmp_path_factory.mktemp("kg-source")
    shutil.copytree(Path(kg.__file__).parent, root / "kg",
                    ignore=shutil.ignore_patterns("__pycache__"))
    previous = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), previous) if p)
    # (each subprocess runs outside the working tree: ``python -m`` puts its
    # cwd first on sys.path)
    where = subprocess.run([sys.executable, "-c", "import kg; print(kg.__file__)"],
                           capture_output=True, text=True, cwd=root.parent, timeout=120).stdout
    assert where.startswith(str(root)), where
    yield root
    if previous is None:
        del os.environ["PYTHONPATH"]
    else:
        os.environ["PYTHONPATH"] = previous


@pytest.fixture(scope="module")
def corpus60(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("input") / "news60.jsonl"
    records = list(corpus_records(N_ARTICLES))
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path, [r["id"] for r in records]


def _build(args: list[str], store: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, "build", *args, "--store", str(store), "-q",
                           "--batch-size", str(BATCH), *extra],
                          capture_output=True, timeout=1800, cwd=store.parent)


def _articles_or_none(store: Path) -> list[str] | None:
    """The store's article ids from a read-only open, or ``None`` when it cannot be
    opened yet (not created, or the writer's files are mid-swap)."""
    try:
        with kg.open(store) as graph:
            return graph.store.articles()
    except StoreError:
        return None


def _check_whole(store: Path) -> dict[str, dict[str, int]]:
    with kg.open(store) as graph:
        rows = {str(r["g"].value): {k: int(r[k].value) for k in
                                    ("article", "build", "version", "pipeline")}
                for r in graph.store.query(WHOLE_ARTICLES)}
    return rows


@pytest.fixture(scope="module")
def killed(corpus60, tmp_path_factory: pytest.TempPathFactory):
    """Start a build, read it while it writes, SIGKILL it once the store shows
    an article; return what the readers saw and the store."""
    path, _ids = corpus60
    store = tmp_path_factory.mktemp("killed") / "kg-store"
    proc = subprocess.Popen([*KG, "build", str(path), "--store", str(store), "-q",
                             "--batch-size", str(BATCH)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            cwd=store.parent)
    seen: list[list[str]] = []
    query_answers: list[subprocess.CompletedProcess] = []
    deadline = time.monotonic() + POLL_LIMIT_S
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            articles = _articles_or_none(store)
            if articles:
                seen.append(articles)
                # a second process's read-only kg query while the build writes
                query_answers.append(subprocess.run(
                    [*KG, "query", "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }",
                     "--store", str(store), "--format", "csv"],
                    capture_output=True, timeout=300, cwd=store.parent))
                break
            time.sleep(0.2)
        running = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert running, "the build finished before it could be killed: " + proc.stderr.read().decode()
    assert seen, "the store never showed an article"
    return store, seen, query_answers


def test_killed_store_opens_with_whole_articles_only(clean, killed, corpus60) -> None:
    store, seen, _answers = killed
    _path, ids = corpus60
    rows = _check_whole(store)
    assert rows, "the killed store lost the articles readers saw"
    for graph, counts in rows.items():
        assert counts == {"article": 1, "build": 1, "version": 1, "pipeline": 1}, graph
    with kg.open(store) as graph:
        held = graph.store.articles()
    assert set(held) >= set(seen[-1])  # nothing a reader saw was lost
    # whole transactions: a prefix of the input, in whole batches
    assert len(held) % BATCH == 0 and set(held) == set(ids[: len(held)])
    assert len(held) < len(ids)


def test_readers_during_the_build_see_whole_batches(killed) -> None:
    _store, seen, answers = killed
    for articles in seen:
        assert len(articles) % BATCH == 0
    for answer in answers:
        if answer.returncode == 0:
            lines = answer.stdout.decode().split()
            assert lines[0] == "n" and int(lines[1]) % BATCH == 0, answer.stdout
        else:
            assert b"being written" in answer.stderr, answer.stderr


@pytest.fixture(scope="module")
def clean(corpus60, tmp_path_factory: pytest.TempPathFactory) -> str:
    path, _ids = corpus60
    store = tmp_path_factory.mktemp("clean") / "kg-store"
    proc = _build([str(path)], store)
    assert proc.returncode == 0, proc.stderr.decode()
    with kg.open(store) as graph:
        return graph.to_nquads()


def test_rebuilding_a_killed_store_equals_a_clean_build(killed, corpus60, clean) -> None:
    store, _seen, _answers = killed
    path, ids = corpus60
    proc = _build([str(path)], store)
    assert proc.returncode == 0, proc.stderr.decode()
    with kg.open(store) as graph:
        assert graph.store.articles() == sorted(ids)
        dump = graph.to_nquads()
    assert dump == clean


def test_builds_are_byte_identical_across_runs_and_processes(corpus60, clean,
                                                             tmp_path: Path) -> None:
    path, _ids = corpus60
    dumps = []
    for name, extra in (("again", ()), ("two-processes", ("--processes", "2"))):
        store = tmp_path / name
        proc = _build([str(path)], store, *extra)
        assert proc.returncode == 0, proc.stderr.decode()
        with kg.open(store) as graph:
            dumps.append(graph.to_nquads())
    assert dumps[0] == clean
    assert dumps[1] == clean
    assert clean.count("\n") > 1000 and os.linesep in clean
