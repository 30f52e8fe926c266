"""What a reader hands to the batch: an article and where it was found."""

from __future__ import annotations

from typing import NamedTuple

from kg.ingest.article import Article


class Found(NamedTuple):
    """An article as a reader found it: where (file, line) and whether a batch
    may rename its id when taken (a file stem may; a record's id may not)."""

    article: Article
    path: str
    location: str | None = None
    renamable: bool = False
