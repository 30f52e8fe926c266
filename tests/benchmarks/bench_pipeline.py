"""kg end to end against bare spaCy on the same articles, measured in one run.

Run on demand (never in CI's default run)::

    python -m tests.benchmarks.bench_pipeline --articles 400

Prints words/s of bare ``nlp.pipe`` (same pipeline, same batch size, same
texts), of kg's JSONL → store build, and their ratio (target ≥ 0.85).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from itertools import islice
from pathlib import Path

from tests.conftest import CORPUS


def _sample(path: Path, n: int, out: Path) -> tuple[Path, int]:
    words = 0
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in islice(src, n):
            words += len(json.loads(line)["text"].split())
            dst.write(line)
    return out, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args()

    import kg
    from kg.ingest import read
    from kg.nlp import load, masked_text

    with tempfile.TemporaryDirectory() as tmp:
        sample, words = _sample(CORPUS, args.articles, Path(tmp) / "sample.jsonl")
        nlp = load()
        texts = [masked_text(a) for a in read([sample]) if not isinstance(a, Exception)]
        list(nlp.pipe(texts[:20], batch_size=args.batch_size))  # warm up

        start = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=args.batch_size):
            pass
        bare = time.perf_counter() - start

        start = time.perf_counter()
        graph = kg.build([sample], store=Path(tmp) / "store", batch_size=args.batch_size)
        graph.close()
        full = time.perf_counter() - start

    print(f"articles: {len(texts)}  words: {words}")
    print(f"bare nlp.pipe : {words / bare:8.0f} words/s ({bare:.1f} s)")
    print(f"kg build      : {words / full:8.0f} words/s ({full:.1f} s)")
    print(f"ratio kg/bare : {bare / full:.2f}  (target >= 0.85)")


if __name__ == "__main__":
    main()
