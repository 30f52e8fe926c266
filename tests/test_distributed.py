"""Builds on Dask workers: a LocalCluster of 2 workers writes byte-identical
N-Quads to a single-process build; without Dask, ``--dask`` says what to install.

Articles: the same corpus records as ``tests/test_pipeline.py`` (ids listed
there), and the reference article ``shared/gold/prisoner-swap.txt`` for the CLI.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.distributed import DistributedError
from kg.pipeline import build
from kg.settings import Settings
from kg.store import Store
from tests.conftest import GOLD, corpus_record
from tests.test_pipeline import RECORDS, write_jsonl


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "four.jsonl",
                       [corpus_record(r) for r in RECORDS])


def test_local_cluster_writes_the_same_nquads_as_one_process(corpus_file) -> None:
    pytest.importorskip("distributed")
    settings = Settings(batch_size=1, processes=2)  # 2 workers, 4 batches
    with Store.memory() as single:
        build([corpus_file], single, Settings(batch_size=1))
        expected = single.dump_sorted_nquads()
    with Store.memory() as store:
        report = build([corpus_file], store, settings, scheduler="local")
        assert report.articles == len(RECORDS)
        assert report.ok
        assert store.dump_sorted_nquads() == expected


def test_api_build_on_dask_into_a_store_directory(corpus_file, tmp_path) -> None:
    pytest.importorskip("distributed")
    with kg.build([corpus_file], store=tmp_path / "store", dask="local", processes=2,
                  batch_size=2) as graph:
        assert graph.report.articles == len(RECORDS)
        assert graph.counts()["articles"] == len(RECORDS)


def test_without_dask_the_error_says_what_to_install(corpus_file, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import now raises ImportError
    with Store.memory() as store, pytest.raises(DistributedError, match=r"kg\[dask\]"):
        build([corpus_file], store, Settings(), scheduler="local")


def test_cli_build_on_a_local_cluster_prints_the_counts(tmp_path) -> None:
    pytest.importorskip("distributed")
    kg_command = str(Path(sys.executable).with_name("kg"))
    result = subprocess.run(
        [kg_command, "build", str(GOLD / "prisoner-swap.txt"), "--published", "2025-05-23",
         "--store", str(tmp_path / "store"), "--dask", "local", "--processes", "2", "--quiet"],
        capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "1 article(s) built, 0 unchanged, 0 input(s) skipped" in result.stderr
