"""What the read-and-judge scripts share: their command line and the
fixed-seed sample of corpus records they read.

Same seed, same records: ``random.Random(seed).sample`` picks by position, so
a judgement can be repeated after a change (``sample_people.py``,
``sample_events.py``).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "news.jsonl"


def parser(description: str, *, articles: int, items: str, items_default: int,
           json_help: str) -> argparse.ArgumentParser:
    """The options every sampling script takes: ``--corpus``, ``--articles``,
    ``--ITEMS`` (how many to show), ``--seed`` and ``--json``."""
    out = argparse.ArgumentParser(description=description)
    out.add_argument("--corpus", type=Path, default=CORPUS)
    out.add_argument("--articles", type=int, default=articles)
    out.add_argument(f"--{items}", type=int, default=items_default)
    out.add_argument("--seed", type=int, default=7)
    out.add_argument("--json", type=Path, help=json_help)
    return out


def sample_records(corpus: Path, articles: int, seed: int) -> list[tuple[int, dict]]:
    """``articles`` records of the JSONL ``corpus`` drawn with ``seed``, each
    with its line number."""
    with corpus.open(encoding="utf-8") as handle:
        records = [(i, json.loads(line)) for i, line in enumerate(handle, 1)]
    return random.Random(seed).sample(records, min(articles, len(records)))
