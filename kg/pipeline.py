"""The one orchestrator: it alone knows the order of the layers.

``build`` streams articles through the layers, in this order:

1. ingest   — paths, directories, JSONL, HTML, stdin → :class:`Article`
               (bad inputs are reported through ``on_error`` and skipped);
2. nlp      — the spaCy pipeline, loaded once, over batches (``nlp.pipe``);
3. extract  — entities, then statements and events → :class:`Extraction`;
4. rdf      — the extraction mapped to quads in the article's named graph;
5. store    — the article's graph replaced in one transaction.

Nothing is held for the whole corpus: each article's parse and extraction
are dropped once its graph is written.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg import __version__
from kg.errors import InputError, KgError
from kg.extract import Extraction, extract_doc
from kg.ingest import read
from kg.ingest.article import Article
from kg.nlp import load, parse, pipeline_id
from kg.rdf.iris import article_iri
from kg.rdf.mapping import extraction_to_quads
from kg.settings import Settings

log = logging.getLogger(__name__)

ErrorHandler = Callable[[KgError], None]
ProgressHandler = Callable[[Article], None]


@dataclass
class BuildReport:
    """What a build did: how many articles went in, which inputs were skipped and why."""

    articles: int = 0
    skipped: list[KgError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.skipped


def _articles(
    inputs: Sequence[str | Path], settings: Settings, on_error: ErrorHandler
) -> Iterator[Article]:
    """Good articles from ``inputs``; each bad one goes to ``on_error`` instead."""
    for item in read(inputs, published=settings.published):
        if isinstance(item, InputError):
            on_error(item)
        else:
            yield item


def extract_articles(
    inputs: Sequence[str | Path],
    settings: Settings,
    *,
    on_error: ErrorHandler,
) -> Iterator[Extraction]:
    """Steps 1–3: every good article's :class:`Extraction`, in input order."""
    nlp = load(settings.model)
    pipeline = pipeline_id(nlp)
    articles = _articles(inputs, settings, on_error)
    for article, doc in parse(nlp, articles, batch_size=settings.batch_size,
                              processes=settings.processes):
        try:
            yield extract_doc(doc, article, pipeline=pipeline)
        except KgError as exc:
            on_error(exc)
        except Exception as exc:  # a bug in one extractor must not sink the batch
            log.exception("extraction failed for %s", article.source)
            on_error(KgError(f"{article.source}: internal error while extracting: {exc!r}"))


def build(
    inputs: Sequence[str | Path],
    store,
    settings: Settings | None = None,
    *,
    on_error: ErrorHandler | None = None,
    on_article: ProgressHandler | None = None,
) -> BuildReport:
    """Steps 1–5: build every good article of ``inputs`` into ``store``.

    Re-building an article replaces its named graph. Returns the report;
    ``on_error`` is told of each skipped input as it happens, ``on_article``
    of each article written (for progress bars).
    """
    settings = settings or Settings()
    report = BuildReport()

    def skipped(error: KgError) -> None:
        report.skipped.append(error)
        log.warning("skipped: %s", error)
        if on_error is not None:
            on_error(error)

    for extraction in extract_articles(inputs, settings, on_error=skipped):
        quads = extraction_to_quads(extraction, pipeline=extraction.pipeline,
                                    kg_version=__version__)
        store.replace_article(article_iri(extraction.article.id), quads)
        report.articles += 1
        if on_article is not None:
            on_article(extraction.article)
    return report


def extract_all(
    inputs: Iterable[str | Path], settings: Settings | None = None,
    *, on_error: ErrorHandler | None = None,
) -> Iterator[Extraction]:
    """Extractions of every good article, bad ones reported through ``on_error``."""
    settings = settings or Settings()
    return extract_articles(list(inputs), settings, on_error=on_error or (lambda _e: None))
