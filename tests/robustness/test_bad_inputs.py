"""Every bad input kind a scraper produces, in one batch through the real ``kg``
process: each is one stderr line naming the file (and line) and the problem,
the exit code is 1, and every good article of the batch is built.

The batch (``bad_batch.py``) mixes 30 bad kinds with 5 odd-but-good inputs
(a BOM, mixed line endings, Windows-1252, a path with spaces and accents, a
good JSONL record between bad ones).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.ingest import InputError, read
from kg.ingest.ids import safe_id
from tests.robustness.bad_batch import Batch, make_batch

KG = [sys.executable, "-m", "kg.cli"]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    return make_batch(tmp_path_factory.mktemp("scraped") / "batch")


@pytest.fixture(scope="module")
def built(batch: Batch, tmp_path_factory: pytest.TempPathFactory):
    store = tmp_path_factory.mktemp("store") / "kg-store"
    proc = subprocess.run(
        [*KG, "build", *batch.args, "--store", str(store), "--published", "2025-05-23", "-q"],
        input=batch.stdin, capture_output=True, timeout=900,
        env={**os.environ, "COLUMNS": "400"},
    )
    return proc, store


def _skipped_lines(stderr: bytes) -> list[str]:
    return [line for line in stderr.decode("utf-8").splitlines() if line.startswith("skipped: ")]


def test_batch_covers_at_least_twenty_kinds(batch: Batch) -> None:
    assert len({b.kind for b in batch.bad}) >= 20
    assert len(batch.good) >= 4


def test_exit_code_is_one_and_nothing_crashed(built) -> None:
    proc, _store = built
    assert proc.returncode == 1, proc.stderr.decode()
    assert b"Traceback" not in proc.stderr
    assert b"internal error" not in proc.stderr


def test_each_bad_input_is_one_line_naming_it(built, batch: Batch) -> None:
    proc, _store = built
    lines = _skipped_lines(proc.stderr)
    assert len(lines) == len(batch.bad), "\n".join(lines)
    for bad in batch.bad:
        hits = [ln for ln in lines
                if bad.problem in ln and all(name in ln for name in bad.names)
                and (len(bad.names) > 1 or ":line " not in ln)]
        assert len(hits) == 1, f"{bad.kind}: {bad.names} / {bad.problem!r} in\n" + "\n".join(lines)


def test_summary_counts_the_skipped(built, batch: Batch) -> None:
    proc, _store = built
    assert f"{len(batch.good)} article(s) built".encode() in proc.stderr
    assert f"{len(batch.bad)} input(s) skipped".encode() in proc.stderr


def test_every_good_article_is_built(built, batch: Batch) -> None:
    import kg

    _proc, store = built
    expected = {safe_id(g.article_id) for g in batch.good}
    with kg.open(store) as graph:
        assert set(graph.store.articles()) == expected


def test_good_inputs_keep_their_text_exactly(batch: Batch, tmp_path: Path) -> None:
    """BOM dropped, line endings kept, Windows-1252 decoded without mojibake."""
    articles = [a for a in read([a for a in batch.args if a != "-"], published="2025-05-23")
                if not isinstance(a, InputError)]
    by_id = {a.id: a for a in articles}
    for good in batch.good:
        article = by_id[safe_id(good.article_id)]
        assert article.text == good.text, good.kind
    assert "\r\n" in by_id["mixed-endings"].text and "\r" in by_id["mixed-endings"].text
    assert "née Rodham, café owner’s friend" in by_id["cp1252"].text


def test_stdin_closed_is_reported(tmp_path: Path) -> None:
    """File descriptor 0 closed before kg starts: Python has no ``sys.stdin``."""
    proc = subprocess.run(
        ["bash", "-c", 'exec 0<&-; exec "$@"', "kg", *KG, "extract", "-", "--json"],
        capture_output=True, timeout=300, cwd=tmp_path,
    )
    assert proc.returncode == 1
    assert _skipped_lines(proc.stderr) == [
        "skipped: <stdin>: standard input is closed (nothing to read)"]


def test_stdin_empty_is_reported(tmp_path: Path) -> None:
    proc = subprocess.run([*KG, "extract", "-", "--json"], input=b"", capture_output=True,
                          timeout=300, cwd=tmp_path)
    assert proc.returncode == 1
    assert _skipped_lines(proc.stderr) == ["skipped: <stdin>: empty article"]
