"""The orchestrator: order, streaming, processes, re-ingest and skipped inputs.

Real corpus articles (``shared/corpora/news.jsonl``), cited by record id:

| record | what it is |
| --- | --- |
| g5w-gold-0e7ab2ce71c1bce03040ec23 | Taliban attack on a German consulate (136 words) |
| g5w-gold-13a20be02e984533782dc2c6 | Toblerone changes its shape (336 words) |
| g5w-gold-0e5fa7c0e6252bfeeea5e384 | UK outrage over Toblerone (370 words) |
| g5w-gold-101ee22f1f9e984c1bd2bd64 | Verstappen amazes Red Bull's Christian Horner (501 words) |
"""

from __future__ import annotations

import json
from concurrent.futures import Future
from pathlib import Path

import pytest

from kg import pipeline
from kg.errors import KgError
from kg.pipeline import BuildReport, batches, build, estimate_articles, extract_all, ordered
from kg.settings import Settings
from kg.store import Store
from tests.conftest import EXAMPLES, corpus_record

RECORDS = (
    "g5w-gold-0e7ab2ce71c1bce03040ec23",
    "g5w-gold-13a20be02e984533782dc2c6",
    "g5w-gold-0e5fa7c0e6252bfeeea5e384",
    "g5w-gold-101ee22f1f9e984c1bd2bd64",
)


def write_jsonl(path: Path, records: list[dict], extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "four.jsonl",
                       [corpus_record(r) for r in RECORDS])


def run(inputs: list[Path], store: Store, **kwargs) -> BuildReport:
    settings = Settings(batch_size=kwargs.pop("batch_size", 2),
                        processes=kwargs.pop("processes", 1),
                        model=kwargs.pop("settings_model", None))
    return build(inputs, store, settings, **kwargs)


@pytest.fixture(scope="module")
def one_process(corpus_file: Path) -> tuple[BuildReport, str]:
    with Store.memory() as store:
        report = run([corpus_file], store)
        return report, store.dump_sorted_nquads()


# ---------------------------------------------------------------- streaming


def test_batches_are_lazy_and_sized() -> None:
    pulled: list[int] = []

    def items():
        for i in range(5):
            pulled.append(i)
            yield i

    stream = batches(items(), 2)
    assert next(stream) == [0, 1]
    assert pulled == [0, 1]  # nothing read beyond the first batch
    assert list(stream) == [[2, 3], [4]]


def test_ordered_keeps_input_order_and_a_bounded_window() -> None:
    submitted: list[list[int]] = []

    def submit(batch):
        submitted.append(batch)
        future: Future = Future()
        future.set_result([x * 10 for x in batch])
        return future

    results = ordered(submit, ([i] for i in range(10)), window=3)
    assert next(results) == [0]
    assert len(submitted) == 3  # three in flight before the first result is taken
    assert [r[0] for r in results] == [10, 20, 30, 40, 50, 60, 70, 80, 90]


# ---------------------------------------------------------------- builds


def test_build_writes_every_article(one_process) -> None:
    report, nquads = one_process
    assert report.articles == len(RECORDS)
    assert report.unchanged == 0
    assert report.ok
    for record in RECORDS:
        assert f"/article/{record}>" in nquads


def test_two_processes_write_the_same_nquads_as_one(corpus_file, one_process) -> None:
    _, expected = one_process
    with Store.memory() as store:
        report = run([corpus_file], store, processes=2)
        assert report.articles == len(RECORDS)
        assert store.dump_sorted_nquads() == expected


def test_reingest_leaves_unchanged_articles_alone(corpus_file, one_process, tmp_path) -> None:
    _, expected = one_process
    with Store.memory() as store:
        run([corpus_file], store)
        seen: list[str] = []
        again = run([corpus_file], store, on_article=lambda a: seen.append(a.id))
        assert (again.articles, again.unchanged) == (0, len(RECORDS))
        assert seen == list(RECORDS)  # progress still hears of every article
        assert store.dump_sorted_nquads() == expected
        forced = run([corpus_file], store, rebuild=True)
        assert (forced.articles, forced.unchanged) == (len(RECORDS), 0)
        assert store.dump_sorted_nquads() == expected


def test_a_changed_article_is_rebuilt(corpus_file, tmp_path) -> None:
    records = [corpus_record(r) for r in RECORDS]
    with Store.memory() as store:
        run([write_jsonl(tmp_path / "four.jsonl", records)], store)
        records[1] = {**records[1], "title": "Toblerone's new shape, retitled"}
        report = run([write_jsonl(tmp_path / "four.jsonl", records)], store)
        assert (report.articles, report.unchanged) == (1, 3)
        titles = {row["title"].value for row in store.query(
            "SELECT ?title WHERE { ?a a kg:Article ; kg:title ?title }")}
        assert "Toblerone's new shape, retitled" in titles
        assert records[1]["title"] != corpus_record(RECORDS[1])["title"]
        assert corpus_record(RECORDS[1])["title"] not in titles


def test_bad_records_are_skipped_with_their_reasons(tmp_path) -> None:
    path = write_jsonl(tmp_path / "mixed.jsonl", [corpus_record(RECORDS[0])],
                       ("{not json", json.dumps({"id": "no-text", "title": "x"})))
    told: list[KgError] = []
    with Store.memory() as store:
        report = run([path, tmp_path / "missing.jsonl"], store, on_error=told.append)
        assert report.articles == 1
        assert store.articles() == [RECORDS[0]]
    assert told == report.skipped
    messages = [str(e) for e in report.skipped]
    assert len(messages) == 3
    assert any("mixed.jsonl:line 2: not valid JSON" in m for m in messages)
    assert any("mixed.jsonl:line 3: record has no 'text'" in m for m in messages)
    assert any("missing.jsonl: no such file or directory" in m for m in messages)


def test_an_extractor_crash_skips_only_its_article(corpus_file, monkeypatch) -> None:
    real = pipeline.extract_doc

    def flaky(doc, article, **kwargs):
        if article.id == RECORDS[2]:
            raise ValueError("boom")
        return real(doc, article, **kwargs)

    monkeypatch.setattr(pipeline, "extract_doc", flaky)
    with Store.memory() as store:
        report = run([corpus_file], store)
        assert report.articles == 3
        assert RECORDS[2] not in store.articles()
    (error,) = report.skipped
    assert "internal error while extracting" in str(error)
    assert "ValueError('boom')" in str(error)


def test_extract_all_keeps_input_order(corpus_file) -> None:
    ids = [e.article.id for e in extract_all([corpus_file], Settings(batch_size=3))]
    assert ids == list(RECORDS)


# ---------------------------------------------------------------- progress


def test_estimate_counts_jsonl_lines_and_article_files() -> None:
    articles = EXAMPLES / "articles"
    lines = sum(1 for line in (articles / "world-news.jsonl").open(encoding="utf-8")
                if line.strip())
    files = len([p for p in articles.iterdir() if p.suffix in (".txt", ".html")])
    assert estimate_articles([articles]) == lines + files
    assert estimate_articles([articles / "world-news.jsonl"]) == lines
    assert estimate_articles([articles, "-"]) is None


def test_a_missing_pipeline_fails_before_any_worker_starts(corpus_file) -> None:
    from kg.errors import ModelNotFoundError

    with Store.memory() as store, pytest.raises(ModelNotFoundError, match="pip install"):
        run([corpus_file], store, processes=2, rebuild=True,
            settings_model="xx_no_such_model")


def test_the_store_is_flushed_as_the_build_goes(corpus_file, monkeypatch, tmp_path) -> None:
    """RocksDB's write buffers grow with the store unless flushed (measured:
    +117 MiB over 256 articles); the build flushes every FLUSH_EVERY_QUADS."""
    monkeypatch.setattr(pipeline, "FLUSH_EVERY_QUADS", 1)
    with Store.open(tmp_path / "store") as store:
        flushes: list[int] = []
        inner = store.pyoxigraph

        class Counting:
            def __getattr__(self, name):
                return getattr(inner, name)

            def flush(self) -> None:
                flushes.append(1)
                inner.flush()

        monkeypatch.setattr(Store, "pyoxigraph", property(lambda _self: Counting()))
        report = run([corpus_file], store, batch_size=2)
        assert report.articles == len(RECORDS)
        assert len(flushes) == 2  # two batches of two articles, each over the threshold
