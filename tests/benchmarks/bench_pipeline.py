"""kg's cost next to spaCy's parse, measured as ratios in one run.

Run on demand, never in CI's default run (``pyproject`` ignores this folder)::

    python -m tests.benchmarks                      # 400 articles, a few minutes
    python -m tests.benchmarks --articles 4000      # the issue's sizes (long)

Each figure is a ratio of two measurements taken in the same run, on the
same machine, so that a busy machine slows both sides alike:

1. kg end to end (JSONL → store) ÷ bare ``nlp.pipe`` (same pipeline, batch
   size and texts), in words/s — target ≥ 0.85, limit 1.0;
2. ``--processes 2`` ÷ 1 process, kg end to end — target ≥ 1.35;
3. peak RSS of a build process for N articles ÷ for N/10 — target ≤ 1.2;
4. re-ingest of the N articles already in the store, articles/s — target ≥ 100;
5. each canned query's median latency on the N-article store, against a
   trivial ``ASK {}`` — target ≤ 20 ms;
6. kg's store writes ÷ pyoxigraph's own ``bulk_load`` of the same N-Quads.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from tests.conftest import CORPUS


@dataclass
class Results:
    """Figures of one run, printed as they come and as one table at the end."""

    rows: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, name: str, value: str, target: str = "") -> None:
        self.rows.append((name, value, target))
        print(f"{name:<48} {value:>14}  {target}", flush=True)


def sample(n: int, out: Path) -> tuple[Path, int]:
    """The first ``n`` corpus records as a JSONL file, and their word count."""
    words = 0
    with CORPUS.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in islice(src, n):
            words += len(json.loads(line)["text"].split())
            dst.write(line)
    return out, words


def _build(path: Path, store_dir: Path, *, processes: int, batch_size: int,
           rebuild: bool = True) -> tuple[float, object]:
    from kg.pipeline import build
    from kg.settings import Settings
    from kg.store import Store

    store = Store.open(store_dir)
    try:
        start = time.perf_counter()
        report = build([path], store, Settings(processes=processes, batch_size=batch_size),
                       rebuild=rebuild)
        return time.perf_counter() - start, report
    finally:
        store.close()


def bench_throughput(res: Results, path: Path, words: int, tmp: Path,
                     batch_size: int, processes: int) -> Path:
    """Items 1 and 2; returns the store built with one process."""
    from kg.ingest import read
    from kg.nlp import load, masked_text

    nlp = load()
    texts = [masked_text(a) for a in read([path]) if not isinstance(a, Exception)]
    list(nlp.pipe(texts[:batch_size], batch_size=batch_size))  # warm up
    start, cpu = time.perf_counter(), time.process_time()
    for _doc in nlp.pipe(texts, batch_size=batch_size):
        pass
    bare, bare_cpu = time.perf_counter() - start, time.process_time() - cpu
    res.add("bare nlp.pipe, words/s", f"{words / bare:.0f}")

    store_dir = tmp / "store-1"
    before = code_fingerprint()
    cpu = time.process_time()
    one, report = _build(path, store_dir, processes=1, batch_size=batch_size)
    one_cpu = time.process_time() - cpu
    if report.articles != len(texts):  # a broken extractor would make kg look fast
        raise SystemExit(f"kg built {report.articles} of {len(texts)} articles: "
                         f"{report.skipped[:1]}")
    res.add("kg build, 1 process, words/s", f"{words / one:.0f}")
    res.add("1. kg end to end / bare nlp.pipe", f"{bare / one:.2f}", ">= 0.85 (limit 1.0)")
    res.add("   the same in CPU seconds (load-proof)", f"{bare_cpu / one_cpu:.2f}")

    if processes > 1:
        many, _ = _build(path, tmp / "store-n", processes=processes, batch_size=batch_size)
        res.add(f"kg build, {processes} processes, words/s", f"{words / many:.0f}")
        res.add(f"2. --processes {processes} / 1 process", f"{one / many:.2f}", ">= 1.35")
        from kg.store import Store

        with Store.open(store_dir, read_only=True) as a, \
                Store.open(tmp / "store-n", read_only=True) as b:
            same = a.dump_sorted_nquads() == b.dump_sorted_nquads()
        drift = "" if code_fingerprint() == before else " (kg's code changed during the run)"
        res.add(f"   N-Quads of 1 and {processes} processes identical", str(same), "True" + drift)
        shutil.rmtree(tmp / "store-n")
    return store_dir


def code_fingerprint() -> str:
    """A hash of kg's source and data files: builds compared across a run are
    only comparable when nobody edited kg in between."""
    import hashlib

    import kg

    root = Path(kg.__file__).parent
    digest = hashlib.sha256()
    for file in sorted(root.rglob("*")):
        if file.is_file() and file.suffix in (".py", ".json", ".txt"):
            digest.update(str(file.relative_to(root)).encode() + file.read_bytes())
    return digest.hexdigest()


#: One build in a fresh process: the pipeline alone, without the CLI's
#: summary queries (whose memory is the query engine's, not the stream's).
BUILD_ONLY = """
import sys
from kg.pipeline import build
from kg.settings import Settings
from kg.store import Store
with Store.open(sys.argv[2]) as store:
    build([sys.argv[1]], store, Settings(batch_size=int(sys.argv[3])), rebuild=True)
"""


def peak_rss(path: Path, store_dir: Path, batch_size: int) -> int:
    """Peak resident set (bytes) of one process building ``path`` into a new store."""
    command = [sys.executable, "-c", BUILD_ONLY, str(path), str(store_dir), str(batch_size)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"the build of {path} failed ({proc.returncode})")
    return usage.ru_maxrss * 1024  # Linux reports KiB


def bench_memory(res: Results, n: int, tmp: Path, batch_size: int) -> tuple[Path, Path]:
    """Item 3; returns the store of the larger build and its input file."""
    small, _ = sample(max(n // 10, 1), tmp / "rss-small.jsonl")
    large, _ = sample(n, tmp / "rss-large.jsonl")
    rss_small = peak_rss(small, tmp / "rss-small-store", batch_size)
    rss_large = peak_rss(large, tmp / "rss-large-store", batch_size)
    res.add(f"peak RSS, {max(n // 10, 1)} articles, MiB", f"{rss_small / 2**20:.0f}")
    res.add(f"peak RSS, {n} articles, MiB", f"{rss_large / 2**20:.0f}")
    res.add(f"3. peak RSS {n} / {max(n // 10, 1)} articles", f"{rss_large / rss_small:.2f}",
            "<= 1.2")
    shutil.rmtree(tmp / "rss-small-store")
    return tmp / "rss-large-store", large


def bench_reingest(res: Results, store_dir: Path, path: Path, batch_size: int) -> None:
    """Item 4: the same file again into a store that has its articles (an
    article's source is its file and line, so the file must be the same)."""
    seconds, report = _build(path, store_dir, processes=1, batch_size=batch_size,
                             rebuild=False)
    res.add(f"4. re-ingest {report.unchanged} unchanged articles, articles/s",
            f"{report.unchanged / seconds:.0f}", ">= 100")


def _median_ms(fn, runs: int, budget: float = 5.0) -> float:
    """Median of up to ``runs`` timed calls after a warm-up (at least 3, and
    no more once ``budget`` seconds are spent: a slow query says so in 3)."""
    fn()  # warm caches
    times: list[float] = []
    while len(times) < runs and (len(times) < 3 or sum(times) < budget):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bench_queries(res: Results, store_dir: Path, runs: int) -> None:
    """Item 5: each canned query against ``ASK {}`` on the same store."""
    from kg.errors import KgError
    from kg.query import canned_queries, run_query
    from kg.store import Store

    with Store.open(store_dir, read_only=True) as store:
        articles = len(store.articles())
        base = _median_ms(lambda: run_query(store, "ASK {}"), runs)
        res.add(f"5. ASK {{}} on {articles} articles, median ms", f"{base:.2f}")
        names = canned_queries()
        if not names:
            res.add("   canned queries", "none in examples/queries")
        for name in names:
            try:
                ms = _median_ms(lambda name=name: run_query(store, name), runs)
            except KgError as exc:
                res.add(f"   {name}", "error", str(exc)[:60])
                continue
            res.add(f"   {name}, median ms", f"{ms:.1f}", f"<= 20 (x{ms / base:.0f} ASK)")


def bench_store_load(res: Results, store_dir: Path, tmp: Path, batch_size: int) -> None:
    """Item 6: kg's batched graph replacement against ``bulk_load`` of the same quads."""
    import pyoxigraph as ox

    from kg.rdf.nquads import nquad_line
    from kg.store import Store

    by_graph: dict[object, list] = defaultdict(list)
    with Store.open(store_dir, read_only=True) as store:
        for quad in store.pyoxigraph.quads_for_pattern(None, None, None, None):
            if isinstance(quad.graph_name, ox.NamedNode) and "/article/" in quad.graph_name.value:
                by_graph[quad.graph_name].append(quad)
    graphs = list(by_graph.items())
    count = sum(len(q) for _g, q in graphs)
    data = "".join(nquad_line(q) for _g, quads in graphs for q in quads).encode()

    target = Store.open(tmp / "load-kg")
    start = time.perf_counter()
    for i in range(0, len(graphs), batch_size):
        target.replace_articles(graphs[i:i + batch_size])
    target.close()
    kg_s = time.perf_counter() - start

    bulk = ox.Store(str(tmp / "load-ox"))
    start = time.perf_counter()
    bulk.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    bulk.flush()
    ox_s = time.perf_counter() - start
    del bulk
    res.add(f"kg store writes, {count} quads, quads/s", f"{count / kg_s:.0f}")
    res.add("pyoxigraph bulk_load, quads/s", f"{count / ox_s:.0f}")
    res.add("6. kg store writes / bulk_load (time)", f"{kg_s / ox_s:.1f}",
            "(speed ratio " f"{ox_s / kg_s:.2f})")


def machine() -> str:
    load = os.getloadavg()
    return (f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"Python {platform.python_version()}, load average {load[0]:.1f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=400,
                        help="N: articles for every item (and N/10 for the smaller RSS run)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--query-runs", type=int, default=20)
    parser.add_argument("--skip", default="", help="comma-separated items to skip, e.g. 2,3")
    args = parser.parse_args(argv)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}

    import kg.nlp

    res = Results()
    print(f"machine: {machine()}")
    print(f"command: python -m tests.benchmarks {' '.join(argv or sys.argv[1:])}")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as name:
        tmp = Path(name)
        path, words = sample(args.articles, tmp / "sample.jsonl")
        res.add("articles, words", f"{args.articles}, {words}")
        kg.nlp.load()
        store_dir: Path | None = None
        if "1" not in skip:  # item 2 is measured with item 1
            store_dir = bench_throughput(res, path, words, tmp, args.batch_size,
                                         args.processes if "2" not in skip else 1)
        if "3" not in skip:
            large, large_path = bench_memory(res, args.articles, tmp, args.batch_size)
            if store_dir is None:  # items 4-6 on the store of item 3's larger build
                store_dir, path = large, large_path
            else:
                shutil.rmtree(large)
        if store_dir is None:
            raise SystemExit("items 4-6 need the store of item 1 or 3: skip fewer items")
        if "4" not in skip:
            bench_reingest(res, store_dir, path, args.batch_size)
        if "5" not in skip:
            bench_queries(res, store_dir, args.query_runs)
        if "6" not in skip:
            bench_store_load(res, store_dir, tmp, args.batch_size)
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    print("\n| figure | value | target |\n| --- | --: | --- |")
    for row in res.rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
