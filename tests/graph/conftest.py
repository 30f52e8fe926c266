"""Fixtures of the graph tests: the hand-built store of ``kg_fixture_store``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kg_fixture_store import build_store


@pytest.fixture(scope="session")
def kg_store(gold_dir):
    """Three articles (prisoner-swap, isot-0572, xss-test) in an in-memory pyoxigraph store."""
    return build_store(gold_dir / "prisoner-swap.txt")
