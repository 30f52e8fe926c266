"""Render a kg HTML explorer to a PNG with the system Chromium, for people to look at.

Usage::

    python scripts/screenshot_viz.py graph.html /tmp/graph.png [--select NAME] [--search TEXT]
    python scripts/screenshot_viz.py --examples /tmp/kg-shots   # build examples/, draw, shoot

``--examples DIR`` builds ``examples/articles`` into ``DIR/store`` (reused when
present), writes the actor explorer to ``DIR/examples.html`` and saves
``DIR/examples.png`` (Donald Trump selected, his statements in the panel) and
``DIR/examples-focus.png`` (his neighbourhood, focused).

Waits until the layout has stabilised (``body[data-stable="1"]``), optionally
selects a node by label (so the side panel shows its statements) or types a
search, then writes the screenshot. Every request that is not ``file://`` is
blocked and listed on stderr: the explorer must never make one.
Needs Debian's ``chromium`` at /usr/bin/chromium and the ``playwright`` package
(never ``playwright install``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def screenshot(html: Path, png: Path, *, select: str | None = None, search: str | None = None,
               focus: bool = False, width: int = 1440, height: int = 900) -> list[str]:
    """Write ``png`` from ``html``; return the external requests that were blocked."""
    blocked: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height},
                                    device_scale_factor=1)

            def route(r):
                if r.request.url.startswith("file://"):
                    r.continue_()
                else:
                    blocked.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("console", lambda m: m.type == "error" and print("console:", m.text,
                                                                      file=sys.stderr))
            page.on("pageerror", lambda e: print("pageerror:", e, file=sys.stderr))
            page.goto(html.resolve().as_uri())
            page.wait_for_selector('body[data-stable="1"]', timeout=60_000)
            if search:
                page.fill("#kg-search", search)
            if select:
                node = page.evaluate(
                    "name => { const n = window.kg.nodes.get({filter: x => x.label === name});"
                    " return n.length ? n[0].id : null; }", select)
                if node is None:
                    raise SystemExit(f"{html}: no node labelled {select!r}")
                page.evaluate("id => window.kg.select(id)", node)
                if focus:
                    page.evaluate("id => window.kg.focus(id, 1)", node)
                    page.wait_for_timeout(700)  # the fit animation
            page.wait_for_timeout(300)
            png.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png))
        finally:
            browser.close()
    return blocked


def examples(out: Path) -> list[str]:
    """Build the examples, write their explorer and two screenshots into ``out``."""
    import kg

    repo = Path(__file__).resolve().parent.parent
    store = out / "store"
    if store.exists():
        graph = kg.open(store)
    else:
        graph = kg.build([repo / "examples" / "articles"], store=store, published="2025-05-23")
    with graph:
        html = graph.to_html(out / "examples.html", title="kg examples: actor graph")
    blocked = screenshot(html, out / "examples.png", select="Donald Trump")
    blocked += screenshot(html, out / "examples-focus.png", select="Donald Trump", focus=True)
    print(out / "examples.png")
    print(out / "examples-focus.png")
    return blocked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("html", type=Path, nargs="?")
    parser.add_argument("png", type=Path, nargs="?")
    parser.add_argument("--examples", type=Path, metavar="DIR",
                        help="build examples/articles and shoot their explorer into DIR")
    parser.add_argument("--select", help="label of a node to select (opens the side panel)")
    parser.add_argument("--search", help="text to type into the search box")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    if args.examples:
        blocked = examples(args.examples)
        for url in blocked:
            print("blocked external request:", url, file=sys.stderr)
        return 1 if blocked else 0
    if args.html is None or args.png is None:
        parser.error("give HTML and PNG, or --examples DIR")
    blocked = screenshot(args.html, args.png, select=args.select, search=args.search,
                         width=args.width, height=args.height)
    for url in blocked:
        print("blocked external request:", url, file=sys.stderr)
    print(args.png)
    return 1 if blocked else 0


if __name__ == "__main__":
    raise SystemExit(main())
