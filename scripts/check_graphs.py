"""Issue 7's measurements, on demand (too slow for the test suite):

1. SHACL: pySHACL violations in the graph of every gold article
   (../shared/gold/*.txt) and of N corpus articles (../shared/corpora/news.jsonl);
2. determinism: the same N articles built twice, built in 1 process and in 2,
   and built in reverse order (kg:source aside: it names the input line), give
   byte-identical sorted N-Quads.

Usage::

    .venv/bin/python scripts/check_graphs.py --n 200 [--json report.json]

The sample is every (4402 // N)-th record of the corpus, so it spreads over
the whole file and is the same on every run. Prints one line per check and
exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpora" / "news.jsonl"
GOLD = SHARED / "gold"


def sample(n: int, out: Path, reverse: bool = False) -> int:
    """Write every k-th corpus record (k = lines // n) to ``out`` as JSONL."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    step = max(1, len(lines) // n)
    chosen = lines[::step][:n]
    if reverse:
        chosen = chosen[::-1]
    out.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return len(chosen)


def build(inputs: list[Path], store: Path, processes: int = 1,
          published: str | None = None) -> tuple[str, float, int]:
    """Build ``inputs`` into a new store; its sorted N-Quads, seconds, articles."""
    import kg

    start = time.perf_counter()
    with kg.build(inputs, store=store, processes=processes, published=published) as graph:
        articles = graph.report.articles if graph.report else 0
        skipped = len(graph.report.skipped) if graph.report else 0
        if skipped:
            print(f"  ({skipped} input(s) skipped)", file=sys.stderr)
        dump = graph.to_nquads()
    return dump, time.perf_counter() - start, articles


def violations(store: Path) -> tuple[int, float, str]:
    """pySHACL violations in the store (the CAMEO scheme aside), seconds, report."""
    import rdflib

    import kg

    start = time.perf_counter()
    with kg.open(store) as graph:
        result = graph.validate()
    count = 0
    if not result.conforms:
        count = result.report.count("Constraint Violation")
    _ = rdflib  # pySHACL runs on rdflib
    return count, time.perf_counter() - start, result.report


def code_digest() -> str:
    """A digest of kg's code and data files: worker processes import the code
    on disk when they start, so a comparison is only fair if it did not
    change during the run."""
    import hashlib

    digest = hashlib.sha256()
    for path in sorted((REPO / "kg").rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".jsonl", ".txt", ".ttl"}:
            digest.update(str(path).encode() + b"\0" + path.read_bytes())
    for path in sorted((REPO / "ontologies").glob("*")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _without_source(nquads: str) -> str:
    return "".join(line for line in nquads.splitlines(keepends=True)
                   if "<https://w3id.org/kg-news/ontology#source>" not in line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200, help="corpus articles (default 200)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--skip-determinism", action="store_true")
    parser.add_argument("--keep", type=Path, help="write each run's sorted N-Quads here")
    args = parser.parse_args()

    figures: dict[str, object] = {"n": args.n}
    ok = True
    before = code_digest()
    with tempfile.TemporaryDirectory(prefix="kg-check-") as tmp:
        root = Path(tmp)

        gold = sorted(GOLD.glob("*.txt"))
        _dump, seconds, articles = build(gold, root / "gold", published=None)
        count, vseconds, report = violations(root / "gold")
        figures["gold"] = {"articles": articles, "violations": count,
                           "build_s": round(seconds, 1), "shacl_s": round(vseconds, 1)}
        print(f"gold: {articles} articles, {count} SHACL violations "
              f"(build {seconds:.1f}s, SHACL {vseconds:.1f}s)")
        if count:
            ok = False
            print(report[:4000])

        forward = root / "sample.jsonl"
        taken = sample(args.n, forward)
        first, seconds, articles = build([forward], root / "a")
        count, vseconds, report = violations(root / "a")
        figures["corpus"] = {"records": taken, "articles": articles, "violations": count,
                             "build_s": round(seconds, 1), "shacl_s": round(vseconds, 1),
                             "nquads_lines": first.count("\n"),
                             "nquads_bytes": len(first.encode("utf-8"))}
        print(f"corpus: {articles} articles, {count} SHACL violations, "
              f"{first.count(chr(10))} quads (build {seconds:.1f}s, SHACL {vseconds:.1f}s)")
        if count:
            ok = False
            print(report[:4000])

        if not args.skip_determinism:
            runs = {}
            again, seconds, _ = build([forward], root / "b")
            runs["twice"] = again == first
            two, seconds2, _ = build([forward], root / "c", processes=2)
            runs["1_vs_2_processes"] = two == first
            backward = root / "reverse.jsonl"
            sample(args.n, backward, reverse=True)
            reverse, seconds3, _ = build([backward], root / "d")
            # the reversed file gives each article another kg:source (file:line):
            # compare everything else
            runs["reverse_order"] = _without_source(reverse) == _without_source(first)
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                for name, text in (("first", first), ("again", again), ("two", two),
                                   ("reverse", reverse)):
                    (args.keep / f"{name}.nq").write_text(text, encoding="utf-8")
            figures["identical"] = runs
            figures["rebuild_s"] = {"again": round(seconds, 1), "2_processes": round(seconds2, 1),
                                    "reverse": round(seconds3, 1)}
            for name, same in runs.items():
                print(f"byte-identical sorted N-Quads, {name.replace('_', ' ')}: {same}")
                ok = ok and same

    if code_digest() != before:
        print("inconclusive: kg's code or data changed during the run; run it again")
        figures["code_changed"] = True
        ok = False
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
