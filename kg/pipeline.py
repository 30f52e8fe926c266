"""The one orchestrator: it alone knows the order of the layers.

``build`` streams articles through the layers, in this order:

1. ingest   — paths, directories, JSONL, HTML, stdin → :class:`Article`
               (bad inputs are reported through ``on_error`` and skipped;
               always in this process, because the id rule is batch-wide);
2. check    — an article whose graph is already in the store, built from the
               same text and metadata by the same kg and spaCy pipeline, is
               left as it is (``rebuild=True`` turns this off);
3. nlp      — the spaCy pipeline, loaded once per process, over batches;
4. extract  — entities, then statements and events → :class:`Extraction`;
5. rdf      — the extraction mapped to quads in the article's named graph;
6. store    — a batch of articles' graphs replaced in one transaction (an
               embedded store's write buffers flushed every ~50k quads), on
               one writer thread, while the next batch is parsed;
7. resolve  — once every article is in: bare surnames joined to the one
               full name of that surname in the whole store, and earlier
               joins undone where it has become ambiguous
               (:mod:`kg.resolve.stored`; independent of article order).

Steps 3–4 are the expensive ones (the parse is kg's floor), so they run
where the work is: in this process, in ``settings.processes`` worker
processes, or on Dask workers (:mod:`kg.distributed`). Each worker gets a
batch of articles and gives back their extractions; the batches come back
in input order, so the store ends up the same however the work was spread.
Steps 5–6 stay here: one writer thread per store (:class:`Writer`).

Nothing is held for the whole corpus: at most a few batches are in flight,
and each article's parse and extraction are dropped once its graph is written.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from kg import __version__
from kg.errors import InputError, KgError
from kg.extract import Extraction, extract_doc
from kg.ingest import read
from kg.ingest.article import Article
from kg.ingest.language import pipeline_language
from kg.nlp import load, parse, pipeline_id
from kg.rdf.iris import article_iri, build_iri
from kg.rdf.mapping import extraction_to_quads
from kg.settings import Settings

log = logging.getLogger(__name__)

ErrorHandler = Callable[[KgError], None]
ProgressHandler = Callable[[Article], None]
#: What a worker gives back for one article: its extraction, or why it failed.
Outcome = Extraction | KgError
BatchFn = Callable[[list[Article], Settings], list[Outcome]]

#: Batches in flight per worker: enough to keep every worker busy while
#: this process writes, few enough that memory does not grow with the corpus.
IN_FLIGHT_PER_WORKER = 2


@dataclass
class BuildReport:
    """What a build did: articles written, articles found unchanged in the
    store, and which inputs were skipped and why."""

    articles: int = 0
    skipped: list[KgError] = field(default_factory=list)
    unchanged: int = 0

    @property
    def ok(self) -> bool:
        return not self.skipped


# ------------------------------------------------------------------ steps 1, 3, 4


def _articles(
    inputs: Sequence[str | Path], settings: Settings, on_error: ErrorHandler
) -> Iterator[Article]:
    """Good articles from ``inputs``; each bad one goes to ``on_error`` instead."""
    language = pipeline_language(settings.model)
    for item in read(inputs, published=settings.published, language=language):
        if isinstance(item, InputError):
            on_error(item)
        else:
            yield item


def _extract_one(doc, article: Article, pipeline: str) -> Outcome:
    try:
        return extract_doc(doc, article, pipeline=pipeline)
    except KgError as exc:
        return KgError(str(exc))  # plain KgError: it crosses process boundaries
    except Exception as exc:  # a bug in one extractor must not sink the batch
        log.exception("extraction failed for %s", article.source)
        return KgError(f"{article.source}: internal error while extracting: {exc!r}")


def extract_batch(articles: list[Article], settings: Settings) -> list[Outcome]:
    """Steps 3–4 for one batch, in whichever process runs it.

    The spaCy pipeline is loaded on the first call in a process and reused
    (:func:`kg.nlp.load` caches it), so a worker pays for it once. Returns
    one outcome per article, in order.
    """
    nlp = load(settings.model)
    pipeline = pipeline_id(nlp)
    return [_extract_one(doc, article, pipeline)
            for article, doc in parse(nlp, articles, batch_size=settings.batch_size)]


def batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """``items`` in lists of ``size`` (the last one shorter), lazily."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


# ------------------------------------------------------------------ runners


class Runner(Protocol):
    """Runs ``fn`` over batches somewhere and yields the results in input order,
    with a bounded number of batches in flight."""

    def map(self, fn: BatchFn, work: Iterable[list[Article]],
            settings: Settings) -> Iterator[list[Outcome]]: ...

    def close(self) -> None: ...


class LocalRunner:
    """Everything in this process."""

    def map(self, fn: BatchFn, work: Iterable[list[Article]],
            settings: Settings) -> Iterator[list[Outcome]]:
        for batch in work:
            yield fn(batch, settings)

    def close(self) -> None:
        pass


def _warm(model: str | None) -> None:
    """Worker initialiser: one BLAS thread, and the pipeline loaded before the
    first batch arrives."""
    _one_blas_thread()
    load(model)


def _one_blas_thread() -> None:
    """Keep numpy's BLAS (which thinc's layers call) to one thread in a worker.

    OpenBLAS starts one thread per core in every process, so N workers on N
    cores would fight over them; Dask's workers set the same limit through
    their environment. Without threadpoolctl the default is left alone.
    """
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(limits=1)


def ordered(submit: Callable[[list[Article]], Future], work: Iterable[list[Article]],
            window: int) -> Iterator[list[Outcome]]:
    """Submit batches keeping at most ``window`` in flight; yield results in
    submission order (deterministic output, bounded memory)."""
    pending: deque[Future] = deque()
    for batch in work:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class ProcessRunner:
    """``processes`` worker processes, each parsing *and* extracting its batches.

    Extraction costs a fair share of the parse, so spaCy's own ``n_process``
    (which parses in workers but extracts in the parent) would leave the
    parent the bottleneck. Workers are spawned, not forked: no locks or
    threads inherited from the parent (the progress bar's, RocksDB's).
    """

    def __init__(self, processes: int, model: str | None) -> None:
        load(model)  # a missing pipeline fails here, with its message, not in a worker
        self.processes = processes
        self.pool = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_warm, initargs=(model,))

    def map(self, fn: BatchFn, work: Iterable[list[Article]],
            settings: Settings) -> Iterator[list[Outcome]]:
        try:
            yield from ordered(lambda batch: self.pool.submit(fn, batch, settings), work,
                               IN_FLIGHT_PER_WORKER * self.processes)
        except BrokenProcessPool as exc:
            raise KgError("a kg worker process died (out of memory?); "
                          "try fewer --processes or a smaller --batch-size") from exc

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def make_runner(settings: Settings, scheduler: str | None = None) -> Runner:
    """The runner for a build: Dask when ``scheduler`` is given, else worker
    processes when ``settings.processes > 1``, else this process."""
    if scheduler is not None:
        from kg.distributed import DaskRunner

        return DaskRunner(scheduler, settings)
    if settings.processes > 1:
        return ProcessRunner(settings.processes, settings.model)
    return LocalRunner()


def extract_articles(
    inputs: Sequence[str | Path],
    settings: Settings,
    *,
    on_error: ErrorHandler,
    scheduler: str | None = None,
) -> Iterator[Extraction]:
    """Steps 1, 3, 4: every good article's :class:`Extraction`, in input order."""
    work = batches(_articles(inputs, settings, on_error), settings.batch_size)
    for outcomes in run_batches(work, settings, scheduler):
        for outcome in outcomes:
            if isinstance(outcome, KgError):
                on_error(outcome)
            else:
                yield outcome


def run_batches(work: Iterator[list[Article]], settings: Settings,
                scheduler: str | None = None) -> Iterator[list[Outcome]]:
    """:func:`extract_batch` over ``work`` on the runner the settings ask for,
    started only once there is a first batch (a re-ingest of unchanged
    articles spawns no process and contacts no scheduler)."""
    first = next(work, None)
    if first is None:
        return
    runner = make_runner(settings, scheduler)
    try:
        yield from runner.map(extract_batch, chain([first], work), settings)
    finally:
        runner.close()


# ------------------------------------------------------------------ step 2


#: The stored metadata of one article (``?g`` is bound per article).
STORED_METADATA = """
SELECT * WHERE { GRAPH ?g {
  { ?g ?p ?o BIND(?g AS ?s) } UNION { ?g kg:builtBy ?s . ?s ?p ?o }
} }
"""


class UnchangedCheck:
    """Tells whether a store already holds an article's graph as a fresh build
    would write it.

    A graph is a function of the article (text and metadata), kg's version
    and the spaCy pipeline; all of them are in the quads about the article
    and its build. So those quads, from a fresh mapping, are compared with
    the stored ones — after a round trip through an in-memory Oxigraph
    store, because Oxigraph keeps literals in canonical form
    (``2019-11-19T13:03:00+00:00`` comes back as ``...13:03:00Z``).
    """

    def __init__(self, store, pipeline: str) -> None:
        self.store = store
        self.pipeline = pipeline
        self._scratch = ox.Store()
        full = Article(id="x", source="x", text="x", url="https://example.org/x", title="x",
                       published="2025-01-01")
        self.predicates = frozenset(p for _s, p, _o in self._expected(full))

    def _expected(self, article: Article) -> set[tuple]:
        graph = article_iri(article.id)
        subjects = {graph, build_iri(graph)}
        quads = [q for q in extraction_to_quads(Extraction(article=article),
                                                pipeline=self.pipeline, kg_version=__version__)
                 if q.subject in subjects]
        self._scratch.clear()
        self._scratch.extend(quads)
        return {(q.subject, q.predicate, q.object) for q in self._scratch}

    def __call__(self, article: Article) -> bool:
        rows = self.store.query(STORED_METADATA, {"g": article_iri(article.id)})
        stored = {(r["s"], r["p"], r["o"]) for r in rows if r["p"] in self.predicates}
        return bool(stored) and stored == self._expected(article)


# ------------------------------------------------------------------ steps 5, 6


#: Quads written between two flushes of an embedded store's write buffers.
FLUSH_EVERY_QUADS = 50_000


def _write(store, extractions: list[Extraction]) -> int:
    """Replace a batch of article graphs, in one transaction when the store
    can; returns the number of quads written."""
    items = [(article_iri(e.article.id),
              extraction_to_quads(e, pipeline=e.pipeline, kg_version=__version__,
                                  with_entities=False))
             for e in extractions]
    many = getattr(store, "replace_articles", None)
    if many is not None:
        many(items)
    else:
        for graph, quads in items:
            store.replace_article(graph, quads)
    return sum(len(quads) for _graph, quads in items)


class Writer:
    """Steps 5–6 on one background thread, so that the store's work overlaps
    the parse of the next batch.

    Measured on 200 corpus articles: the store's update is ~70 % of kg's
    write cost (~10 ms per article) and pyoxigraph releases the GIL while it
    applies it, so on a second core it costs the build almost nothing. The
    thread is the store's only writer and writes the batches in the order
    they were given, each in one transaction, so the store ends up exactly
    as with inline writes, and a killed build still holds whole batches. A
    batch counts as built only once its write has returned;
    ``WRITES_AHEAD`` bounds the batches waiting, so memory stays flat.
    """

    def __init__(self, store) -> None:
        self.store = store
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="kg-store-writer")
        self._pending: deque[Future[list[Extraction]]] = deque()
        self._unflushed = 0

    def _write(self, extractions: list[Extraction]) -> list[Extraction]:
        """One batch, on the writer thread."""
        self._unflushed += _write(self.store, extractions)
        if self._unflushed >= FLUSH_EVERY_QUADS:
            _flush(self.store)
            self._unflushed = 0
        return extractions

    def submit(self, extractions: list[Extraction]) -> Iterator[list[Extraction]]:
        """Queue a batch; yield the batches written meanwhile, oldest first
        (waiting while more than ``WRITES_AHEAD`` are queued). A failed write
        raises here."""
        self._pending.append(self._pool.submit(self._write, extractions))
        while len(self._pending) > WRITES_AHEAD:
            yield self._pending.popleft().result()

    def drain(self) -> Iterator[list[Extraction]]:
        """Wait for every queued batch; yield each once written."""
        while self._pending:
            yield self._pending.popleft().result()

    def close(self) -> None:
        """Stop: a write under way finishes (it is one transaction), queued
        ones are dropped (as in a build killed before them)."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


#: Batches queued for the writer thread beyond the one being parsed.
WRITES_AHEAD = 1


def _flush(store) -> None:
    """Write an embedded store's in-memory buffers to disk.

    Measured: without it a build's memory grows with the store (RocksDB
    memtables; +117 MiB over 256 articles), with a flush every ~50k quads it
    stays flat. Stores without a ``flush`` (a SPARQL server) are left alone.
    """
    flush = getattr(store, "flush", None)
    if flush is None:
        flush = getattr(getattr(store, "pyoxigraph", None), "flush", None)
    if flush is not None:
        flush()


def build(
    inputs: Sequence[str | Path],
    store,
    settings: Settings | None = None,
    *,
    on_error: ErrorHandler | None = None,
    on_article: ProgressHandler | None = None,
    rebuild: bool = False,
    scheduler: str | None = None,
) -> BuildReport:
    """Steps 1–6: build every good article of ``inputs`` into ``store``.

    Re-building an article replaces its named graph; an article already in
    the store unchanged is left alone unless ``rebuild`` (use it after
    changing kg's rules without changing its version). ``scheduler`` is a
    Dask scheduler address, or ``"local"`` for a LocalCluster
    (:mod:`kg.distributed`). Returns the report; ``on_error`` is told of each
    skipped input as it happens, ``on_article`` of each article written or
    found unchanged (for progress bars).
    """
    settings = settings or Settings()
    report = BuildReport()

    def skipped(error: KgError) -> None:
        report.skipped.append(error)
        log.warning("skipped: %s", error)
        if on_error is not None:
            on_error(error)

    def done(article: Article) -> None:
        if on_article is not None:
            on_article(article)

    articles: Iterable[Article] = _articles(inputs, settings, skipped)
    if not rebuild:
        unchanged = UnchangedCheck(store, pipeline_id(load(settings.model)))

        def changed(stream: Iterable[Article]) -> Iterator[Article]:
            for article in stream:
                if unchanged(article):
                    report.unchanged += 1
                    done(article)
                else:
                    yield article

        articles = changed(articles)

    def written(extractions: list[Extraction]) -> None:
        for extraction in extractions:
            report.articles += 1
            done(extraction.article)

    with Writer(store) as writer:
        for outcomes in run_batches(batches(articles, settings.batch_size), settings,
                                    scheduler):
            good = [o for o in outcomes if isinstance(o, Extraction)]
            for outcome in outcomes:
                if isinstance(outcome, KgError):
                    skipped(outcome)
            if good:
                for batch in writer.submit(good):
                    written(batch)
        for batch in writer.drain():
            written(batch)
    # 7. resolve: bare surnames joined across the whole store (kg.resolve.stored)
    from kg.resolve.stored import resolve_store

    resolve_store(store)
    log.info("built %d article(s), %d unchanged, %d skipped", report.articles,
             report.unchanged, len(report.skipped))
    return report


def extract_all(
    inputs: Iterable[str | Path], settings: Settings | None = None,
    *, on_error: ErrorHandler | None = None,
) -> Iterator[Extraction]:
    """Extractions of every good article, bad ones reported through ``on_error``."""
    settings = settings or Settings()
    return extract_articles(list(inputs), settings, on_error=on_error or (lambda _e: None))


# ------------------------------------------------------------------ progress


def estimate_articles(inputs: Sequence[str | Path]) -> int | None:
    """About how many articles ``inputs`` hold (JSONL lines, article files), for
    a progress bar's ETA; ``None`` when it cannot be known (stdin).

    Counting lines reads the files once, at disk speed — far less than a
    parse. The count is an upper bound: blank and bad lines are included.
    """
    from kg.ingest.sources import ARTICLE_SUFFIXES, JSONL_SUFFIXES

    def lines(path: Path) -> int:
        n, last = 0, b"\n"
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                n += chunk.count(b"\n")
                last = chunk[-1:]
        return n + (last != b"\n")

    def one(path: Path) -> int:
        return lines(path) if path.suffix.lower() in JSONL_SUFFIXES else 1

    total = 0
    for item in inputs:
        if str(item) == "-":
            return None
        path = Path(item)
        try:
            if path.is_dir():
                total += sum(one(p) for p in sorted(path.rglob("*"))
                             if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                             and not any(part.startswith(".")
                                         for part in p.relative_to(path).parts))
            elif path.is_file():
                total += one(path)
        except OSError:
            continue
    return total


__all__ = [
    "BuildReport",
    "build",
    "estimate_articles",
    "extract_all",
    "extract_articles",
    "extract_batch",
]
