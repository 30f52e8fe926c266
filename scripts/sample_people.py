"""Read-and-judge sample of the people kg extracts from the corpus.

Takes a fixed-seed sample of corpus articles, runs the spaCy pipeline and
kg's entity layer on them, prints people per article and a fixed-seed sample
of people with the sentence of their first mention, for a human to judge
(real person? right canonical name?). Same seed, same sample: the judgement
can be repeated after a change.

    .venv/bin/python scripts/sample_people.py --articles 200 --people 50 --seed 7
"""

from __future__ import annotations

import json
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_sample import parser, sample_records


def main(argv: list[str] | None = None) -> int:
    args = parser(__doc__.splitlines()[0], articles=200, items="people", items_default=50,
                  json_help="also write the sample as JSON here").parse_args(argv)

    from kg.extract.entities import extract_entities
    from kg.ingest.article import Article
    from kg.nlp import load, parse

    chosen = sample_records(args.corpus, args.articles, args.seed)
    articles = [
        Article(id=r["id"], source=r.get("source", ""), text=r["text"], url=r.get("url"),
                title=r.get("title"), published=r.get("published"))
        for _, r in chosen
    ]
    nlp = load()
    counts: list[int] = []
    pool: list[dict] = []
    for article, doc in parse(nlp, articles):
        entities = extract_entities(doc, article)
        counts.append(len(entities.people))
        for person in entities.people:
            start, end = person.mentions[0]
            sent = doc.char_span(start, end, alignment_mode="expand")
            context = " ".join(sent.sent.text.split()) if sent is not None else ""
            pool.append({
                "article": article.id, "name": person.name, "aliases": list(person.aliases),
                "states": list(person.states), "roles": list(person.roles),
                "wikidata": person.wikidata, "mentions": len(person.mentions),
                "context": context[:300],
            })
    sample = random.Random(args.seed).sample(pool, min(args.people, len(pool)))
    print(f"articles: {len(counts)}  people: {len(pool)}  "
          f"people per article: mean {statistics.mean(counts):.2f}, "
          f"median {statistics.median(counts)}, max {max(counts)}")
    for i, row in enumerate(sample, 1):
        print(f"\n{i:2d}. {row['name']}  aliases={row['aliases']}  states={row['states']}  "
              f"roles={row['roles']}  wd={row['wikidata']}  n={row['mentions']}  "
              f"[{row['article']}]")
        print(f"    {row['context']}")
    if args.json:
        args.json.write_text(json.dumps({"counts": counts, "sample": sample}, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
