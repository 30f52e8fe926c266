"""The examples (``examples/articles``) built once per test session into an
embedded store, for the tests of canned queries, exports and the server path.

Imported as ``tests.examples_graph``; the store directory is removed when the
session's process exits.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

import kg

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "examples" / "articles"
PUBLISHED = "2025-05-23"  # for inputs that carry no date (prisoner-swap.txt)


@cache
def examples_store() -> Path:
    """A store directory holding the examples, built with the real pipeline
    (closed again, so any number of readers may open it)."""
    root = Path(tempfile.mkdtemp(prefix="kg-examples-"))
    atexit.register(shutil.rmtree, root, True)
    path = root / "store"
    with kg.build([ARTICLES], store=path, published=PUBLISHED) as graph:
        assert graph.report is not None and graph.report.ok, graph.report
    return path
