"""CPU time of kg's extractors alone (parse excluded) on a sample of the corpus.

    python scripts/time_extraction.py [--every 40]

Prints the CPU seconds spent in ``extract_doc`` over every Nth corpus article
and a hash of the extractions, so that a speed change can be shown to leave
the output identical.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import time
from pathlib import Path

from kg.extract import extract_doc
from kg.ingest import from_text
from kg.nlp import load, parse

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "news.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--every", type=int, default=40, help="take every Nth article")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    articles = []
    with args.corpus.open(encoding="utf-8") as handle:
        for line in itertools.islice(handle, 0, None, args.every):
            record = json.loads(line)
            articles.append(from_text(record["text"], source=record["id"], id=record["id"],
                                      published=record.get("published")))
    docs = list(parse(load(), articles))
    start = time.process_time()
    extractions = [extract_doc(doc, article) for article, doc in docs]
    seconds = time.process_time() - start
    digest = hashlib.sha256(json.dumps([e.to_json() for e in extractions],
                                       sort_keys=True).encode()).hexdigest()[:16]
    print(f"{len(articles)} articles; extraction {seconds:.2f} CPU s "
          f"({1000 * seconds / len(articles):.1f} ms/article); output {digest}")


if __name__ == "__main__":
    main()
