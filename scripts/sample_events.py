"""Read-and-judge sample of the events kg codes on the corpus, with the CAMEO root distribution.

Takes a fixed-seed sample of corpus articles, runs the spaCy pipeline, kg's
entity layer and the event extractor on them, prints how many events fell
under each CAMEO root, then a fixed-seed sample of events, each with its
code, participants, date, place, status, the rule that fired and the
sentence of its first mention, for a human to judge (a real happening?
the right code? the right actors?). Same seed, same sample: the judgement
can be repeated after a change.

    .venv/bin/python scripts/sample_events.py --articles 300 --events 50 --seed 7
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_sample import parser, sample_records


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__.splitlines()[0], articles=300, items="events", items_default=50,
                  json_help="also write every event found as JSON here").parse_args(argv)

    from kg.extract.entities import extract_entities
    from kg.extract.events import extract_events
    from kg.extract.events.cameo import cameo_labels
    from kg.ingest.jsonl import record_article
    from kg.nlp import load, parse

    chosen = sample_records(args.corpus, args.articles, args.seed)
    articles = [record_article(r, path=str(args.corpus), line=i, published=None)
                for i, r in chosen]
    labels = cameo_labels()
    nlp = load()
    pool: list[dict] = []
    roots: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    with_events = 0
    for article, doc in parse(nlp, articles):
        entities = extract_entities(doc, article)
        events = extract_events(doc, article, entities)
        with_events += bool(events)
        for event in events:
            roots[event.cameo[:2]] += 1
            statuses[event.status] += 1
            start, end = event.sentence_span or event.span
            pool.append({
                "article": article.id, "cameo": event.cameo, "label": event.label,
                "participants": list(event.participants), "date": event.date,
                "location": event.location, "status": event.status,
                "pattern": event.pattern, "trigger": event.trigger,
                "mentions": len(event.mentions),
                "sentence": " ".join(article.text[start:end].split())[:400],
            })
    print(f"articles: {len(articles)}  with events: {with_events}  events: {len(pool)}  "
          f"per article: {len(pool) / max(1, len(articles)):.2f}")
    print("\nCAMEO roots:")
    for root, n in sorted(roots.items()):
        print(f"  {root} {labels.get(root, '?'):<36} {n:5d}  {n / max(1, len(pool)):6.1%}")
    print("\nstatus: " + ", ".join(f"{k} {v}" for k, v in statuses.most_common()))
    sample = random.Random(args.seed).sample(pool, min(args.events, len(pool)))
    for i, row in enumerate(sample, 1):
        print(f"\n{i:2d}. {row['cameo']} {row['label']}  {row['participants']}  "
              f"date={row['date']} loc={row['location']} {row['status']} "
              f"x{row['mentions']} ({row['pattern']}: {row['trigger']!r}) [{row['article']}]")
        print(f"    {row['sentence']}")
    if args.json:
        args.json.write_text(json.dumps({"roots": roots, "events": pool}, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
