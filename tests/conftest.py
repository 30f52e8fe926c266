"""Shared fixtures: the real spaCy pipeline (loaded once), the gold articles
and the corpus in ``../shared`` beside the repository."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
GOLD = SHARED / "gold"
CORPUS = SHARED / "corpora" / "news.jsonl"
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline, loaded once for the whole run."""
    from kg.nlp import load

    return load()


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"gold articles not found at {GOLD}")
    return GOLD


@pytest.fixture(scope="session")
def reference_text(gold_dir: Path) -> str:
    """The reference article, exactly as scraped."""
    return (gold_dir / "prisoner-swap.txt").read_text(encoding="utf-8")


def corpus_records(limit: int | None = None) -> Iterator[dict]:
    """Records of ``shared/corpora/news.jsonl`` in file order."""
    with CORPUS.open(encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if limit is not None and i >= limit:
                return
            yield json.loads(line)


def corpus_record(article_id: str) -> dict:
    """The corpus record with this id (tests cite real sentences by record)."""
    for record in corpus_records():
        if record["id"] == article_id:
            return record
    raise KeyError(article_id)
