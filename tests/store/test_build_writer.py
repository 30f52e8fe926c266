"""The build's writer thread (:class:`kg.pipeline.Writer`): batches are written
in order, one transaction each, an article counts as built only once written,
and a store that fails stops the build with the store's error.

Real corpus articles (``shared/corpora/news.jsonl``), cited by record id:
g5w-gold-0e7ab2ce71c1bce03040ec23 (Taliban attack on a German consulate),
g5w-gold-13a20be02e984533782dc2c6 (Toblerone changes its shape),
g5w-gold-0e5fa7c0e6252bfeeea5e384 (UK outrage over Toblerone).
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.pipeline import build
from kg.settings import Settings
from kg.store import Store
from tests.conftest import corpus_record

RECORDS = (
    "g5w-gold-0e7ab2ce71c1bce03040ec23",
    "g5w-gold-13a20be02e984533782dc2c6",
    "g5w-gold-0e5fa7c0e6252bfeeea5e384",
)


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "three.jsonl"
    path.write_text("".join(json.dumps(corpus_record(r), ensure_ascii=False) + "\n"
                            for r in RECORDS), encoding="utf-8")
    return path


class Recording:
    """A memory store that records each batch it is given and on which thread."""

    def __init__(self, fail_on: int | None = None) -> None:
        self.store = Store.memory()
        self.batches: list[list[str]] = []
        self.threads: set[str] = set()
        self.fail_on = fail_on

    def replace_articles(self, items) -> None:
        items = list(items)
        if self.fail_on is not None and len(self.batches) == self.fail_on:
            raise StoreError("store <memory> cannot be written: disk full")
        self.threads.add(threading.current_thread().name)
        self.batches.append([str(graph) for graph, _quads in items])
        self.store.replace_articles(items)

    def __getattr__(self, name: str):
        return getattr(self.store, name)


def test_batches_are_written_in_order_off_the_main_thread(corpus_file: Path) -> None:
    store = Recording()
    seen: list[str] = []
    report = build([corpus_file], store, Settings(batch_size=2), rebuild=True,
                   on_article=lambda article: seen.append(article.id))
    assert report.articles == 3
    assert seen == list(RECORDS)  # reported once written, in input order
    assert [len(b) for b in store.batches] == [2, 1]
    graphs = [graph for batch in store.batches for graph in batch]
    assert all(r in g for r, g in zip(RECORDS, graphs, strict=True))
    assert threading.current_thread().name not in store.threads


def test_a_failing_store_stops_the_build_with_its_error(corpus_file: Path) -> None:
    store = Recording(fail_on=0)
    seen: list[str] = []
    with pytest.raises(StoreError, match="disk full"):
        build([corpus_file], store, Settings(batch_size=2), rebuild=True,
              on_article=lambda article: seen.append(article.id))
    assert seen == []  # nothing was written, nothing was reported built
    assert store.batches == []
