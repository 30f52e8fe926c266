"""``pytest tests/benchmarks``: the benchmarks as one on-demand test.

pyproject's ``addopts`` ignores this folder, so a plain ``pytest`` (CI's
default run) never starts it; naming the folder does. ``KG_BENCH_ARTICLES``
sets N (default 400).
"""

from __future__ import annotations

import os

from tests.benchmarks.bench_pipeline import main


def test_benchmarks_run_and_print_their_ratios(capsys) -> None:
    main(["--articles", os.environ.get("KG_BENCH_ARTICLES", "400")])
    printed = capsys.readouterr().out
    with capsys.disabled():
        print(printed)
    for item in ("1. kg end to end", "3. peak RSS", "4. re-ingest", "6. kg store writes"):
        assert item in printed
