"""The explorer on a 2,000-node projection of the corpus, timed in Chromium.

Run on demand (never in the default test run; needs /usr/bin/chromium)::

    python -m tests.benchmarks.bench_viz                    # 300 articles, ~4 min
    python -m tests.benchmarks.bench_viz --store /tmp/c300  # reuse a built store

Builds (or reuses) a store of the first N corpus articles, takes the
``statement`` projection (300 articles give ~5,000 nodes) cut to its top 2,000
nodes by degree centrality (``kg viz --projection statement --top 2000``),
writes the explorer and opens it in headless Chromium with every non-file
request blocked. Figures, all from the same run:

1. seconds to write the HTML (projection, payload, page);
2. in Chromium: ms from navigation start until the vis.Network exists
   (``body[data-network-ms]``) and until its stabilisation has finished and
   physics is off (``body[data-stable-ms]``), medians of R loads;
3. the same for an empty pyvis page (pyvis's own template, 0 nodes, to its
   ``load`` event) — the floor any pyvis page pays — and the ratio of 2 to it;
4. nodes drawn (must equal the projection's), console errors, blocked requests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from tests.conftest import CORPUS

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
REPO = Path(__file__).resolve().parents[2]


def build_store(n: int, store: Path, tmp: Path) -> None:
    """``kg build`` of the first ``n`` corpus records into ``store`` (skipped if it exists)."""
    if store.exists():
        print(f"reusing {store}", flush=True)
        return
    sample = tmp / f"corpus-{n}.jsonl"
    with CORPUS.open(encoding="utf-8") as src, sample.open("w", encoding="utf-8") as dst:
        dst.writelines(islice(src, n))
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(sample), "--store", str(store),
                    "-q"], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    print(f"built {n} articles in {time.perf_counter() - t:.0f} s", flush=True)


def empty_pyvis_page(path: Path) -> Path:
    """pyvis's stock page with no nodes (its own template, resources inline)."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    path.write_text(net.generate_html(), encoding="utf-8")
    return path


def _blocker(blocked: list[str]):
    """A route handler letting file:// through and aborting (and noting) the rest."""
    def route(r) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()
    return route


def load_times(pages: dict[str, Path], repeats: int) -> dict[str, dict]:
    """Per page: median ms to stable (explorer) or to ``load`` (pyvis), drawn nodes,
    console errors and blocked requests."""
    from playwright.sync_api import sync_playwright

    out: dict[str, dict] = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for name, path in pages.items():
                times, built, errors, blocked, drawn = [], [], [], [], None
                for _ in range(repeats):
                    page = browser.new_page(viewport={"width": 1440, "height": 900})
                    page.route("**/*", _blocker(blocked))
                    page.on("console", lambda m, e=errors: m.type == "error" and e.append(m.text))
                    page.on("pageerror", lambda x, e=errors: e.append(str(x)))
                    page.goto(path.as_uri(), wait_until="load", timeout=600_000)
                    if name == "empty pyvis":
                        times.append(page.evaluate(
                            "() => performance.getEntriesByType('navigation')[0].loadEventEnd"))
                    else:
                        page.wait_for_selector('body[data-stable="1"]', state="attached",
                                               timeout=600_000)
                        times.append(float(page.get_attribute("body", "data-stable-ms")))
                        built.append(float(page.get_attribute("body", "data-network-ms")))
                        drawn = page.evaluate("() => window.kg.network.body.data.nodes.length")
                    page.close()
                out[name] = {"ms": statistics.median(times), "runs": times, "drawn": drawn,
                             "network_ms": statistics.median(built) if built else None,
                             "errors": sorted(set(errors)), "blocked": len(blocked)}
        finally:
            browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--store", type=Path, help="store to reuse or create")
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--projection", default="statement")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, help="directory for the pages (default: a temp dir)")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args(argv)

    import kg

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-viz-"))
    out = args.out or tmp
    out.mkdir(parents=True, exist_ok=True)
    store = args.store or tmp / "store"
    build_store(args.articles, store, tmp)

    t = time.perf_counter()
    with kg.open(store) as graph:
        view = graph.to_networkx(args.projection, top=args.nodes)
        page = graph.to_html(out / "explorer.html", projection=args.projection, top=args.nodes,
                             title=f"kg {args.projection} graph, top {args.nodes}")
    write_s = time.perf_counter() - t
    nodes, edges = view.number_of_nodes(), view.number_of_edges()
    empty = empty_pyvis_page(out / "empty-pyvis.html")
    times = load_times({"explorer": page, "empty pyvis": empty}, args.repeats)

    figures = {
        "articles": args.articles, "projection": args.projection, "nodes": nodes,
        "edges": edges, "html_bytes": page.stat().st_size, "write_html_s": round(write_s, 2),
        "network_built_ms": times["explorer"]["network_ms"],
        "stable_ms": times["explorer"]["ms"], "stable_runs_ms": times["explorer"]["runs"],
        "empty_pyvis_ms": times["empty pyvis"]["ms"],
        "ratio": round(times["explorer"]["ms"] / max(times["empty pyvis"]["ms"], 1.0), 1),
        "drawn": times["explorer"]["drawn"], "console_errors": times["explorer"]["errors"],
        "blocked_requests": {k: v["blocked"] for k, v in times.items()},
        "page": str(page), "load_average": [round(x, 1) for x in os.getloadavg()],
        "cores": os.cpu_count(),
    }
    for key, value in figures.items():
        print(f"{key:<20} {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    ok = figures["drawn"] == nodes and not figures["console_errors"] \
        and figures["blocked_requests"]["explorer"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
