"""Fixtures of the viz tests: the graph tests' hand-built store, and pages of it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "graph"))

from kg_fixture_store import build_store

from kg.graph import PROJECTIONS
from kg.viz import render_html


@pytest.fixture(scope="session")
def kg_store(gold_dir):
    """Three articles (prisoner-swap, isot-0572, xss-test) in an in-memory pyoxigraph store."""
    return build_store(gold_dir / "prisoner-swap.txt")


@pytest.fixture(scope="session")
def pages(kg_store, tmp_path_factory):
    """One explorer page per projection: name -> (graph, path)."""
    out = tmp_path_factory.mktemp("viz")
    return {
        name: (graph, render_html(graph, out / f"{name}.html", title=f"kg {name} graph",
                                  store=kg_store))
        for name, build in PROJECTIONS.items()
        for graph in [build(kg_store)]
    }
