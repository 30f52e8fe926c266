"""One settings object passed down the pipeline instead of keyword arguments
threaded through every call (the trafilatura ``Extractor`` pattern)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_STORE = Path("kg-store")


def default_store() -> Path:
    """The store directory: ``$KG_STORE`` when set, else ``./kg-store``."""
    return Path(os.environ.get("KG_STORE") or DEFAULT_STORE)


@dataclass(frozen=True)
class Settings:
    """What a run of kg is configured with.

    ``model`` is a spaCy pipeline name, or ``None`` for the first installed of
    the English small pipelines. ``published`` is the publication date given on
    the command line for inputs that carry none.
    """

    model: str | None = None
    batch_size: int = 32
    processes: int = 1
    published: str | None = None
