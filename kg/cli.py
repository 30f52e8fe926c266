"""The ``kg`` command: a thin shell over the library API.

Each command validates its options, calls one API function, and prints.
Errors kg raises on purpose print as one ``Error: …`` line and exit 1; inputs
skipped in a batch are listed and make the exit code 1 while the rest is
still built.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

import kg
from kg.errors import KgError

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of people, states, events and statements from news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

StoreOption = Annotated[
    Path | None,
    typer.Option("--store", help="Store directory (default: $KG_STORE or ./kg-store).",
                 show_default=False),
]
Inputs = Annotated[list[str], typer.Argument(
    help="Article files (.txt, .html, .jsonl), directories of them, or - for stdin.",
    show_default=False)]
ModelOption = Annotated[str | None, typer.Option(
    "--model", help="spaCy pipeline to use (default: the installed English small one).")]
PublishedOption = Annotated[str | None, typer.Option(
    "--published", help="Publication date (YYYY-MM-DD) for inputs that carry none.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
EndpointOption = Annotated[str | None, typer.Option(
    "--endpoint", metavar="URL",
    help="A SPARQL 1.1 server instead of a store directory: an oxigraph serve base URL "
         "(http://127.0.0.1:7878) or a query endpoint ending in /query or /sparql.",
    show_default=False)]


def _fail(message: str) -> typer.Exit:
    err.print(f"[bold red]Error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(1)


def _report_skip(error: KgError) -> None:
    err.print(f"[yellow]skipped:[/] {error}", highlight=False, soft_wrap=True)


def _check_date(value: str | None) -> None:
    from kg.extract.dates import parse_published

    if value is not None and parse_published(value) is None:
        raise _fail(f"--published {value!r} is not a date (expected YYYY-MM-DD)")


@app.callback()
def _main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what kg does.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR,
                        format="%(levelname)s %(name)s: %(message)s")


@app.command()
def build(
    inputs: Inputs,
    store: StoreOption = None,
    model: ModelOption = None,
    published: PublishedOption = None,
    processes: Annotated[int, typer.Option(
        "--processes", min=1, help="Parse and extract with N processes.")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1)] = 32,
    html: Annotated[Path | None, typer.Option("--html",
                                              help="Also write the HTML graph here.")] = None,
    dask: Annotated[str | None, typer.Option(
        "--dask", metavar="SCHEDULER",
        help="Parse and extract on Dask workers: a scheduler address (tcp://host:8786) "
             "or 'local' for a LocalCluster (needs kg[dask]).")] = None,
    rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="Re-extract articles already in the store unchanged.")] = False,
    quiet: QuietOption = False,
    endpoint: EndpointOption = None,
) -> None:
    """Build articles into the store and print a summary.

    Example: kg build examples/articles --published 2025-05-23 --html kg-graph.html
    """
    _check_date(published)
    progress_cb, skip_cb, progress = _progress(quiet, inputs)
    try:
        with progress:
            graph = kg.build(inputs, store=store, model=model, published=published,
                             processes=processes, batch_size=batch_size,
                             on_error=skip_cb, on_article=progress_cb, dask=dask,
                             rebuild=rebuild, endpoint=endpoint)
        with graph:
            _print_summary(graph)
            if html is not None:
                path = graph.to_html(html)
                out.print(f"HTML graph: {path}")
    except KgError as exc:
        raise _fail(str(exc)) from exc
    report = graph.report
    if report is not None:
        for error in report.skipped:
            _report_skip(error)
        err.print(f"{report.articles} article(s) built, {report.unchanged} unchanged, "
                  f"{len(report.skipped)} input(s) skipped",
                  style="yellow" if report.skipped else None, highlight=False)
        if report.skipped:
            raise typer.Exit(1)


def _progress(quiet: bool, inputs: list[str]):
    """Progress and skip callbacks and their context: a rich bar (articles/s,
    ETA, skipped count) on a terminal, else nothing."""
    from contextlib import nullcontext

    if quiet or not err.is_terminal:
        return None, None, nullcontext()
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from kg.pipeline import estimate_articles

    bar = Progress(SpinnerColumn(), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn(),
                   TextColumn("ETA"), TimeRemainingColumn(),
                   TextColumn("{task.fields[skipped]} skipped"),
                   console=err, transient=True)
    task = bar.add_task("build", total=estimate_articles(inputs), rate=0.0, skipped=0)

    def advance(article: kg.ingest.article.Article) -> None:
        bar.advance(task)
        state = bar.tasks[task]
        bar.update(task, rate=state.completed / max(state.elapsed or 0.0, 1e-9))

    def skip(error: KgError) -> None:
        bar.update(task, skipped=bar.tasks[task].fields["skipped"] + 1)

    return advance, skip, bar


SUMMARY_QUERY = """
SELECT ?speaker (COUNT(?s) AS ?statements) WHERE {
  ?s a kg:Statement ; kg:speakerName ?speaker .
} GROUP BY ?speaker ORDER BY DESC(?statements) ?speaker LIMIT 5
"""


def _print_summary(graph: kg.Graph) -> None:
    counts = graph.counts()
    table = Table(title="kg graph", show_header=True)
    for key in ("articles", "people", "states", "organizations", "events", "statements"):
        table.add_column(key, justify="right")
    table.add_row(*(str(counts.get(k, 0)) for k in
                    ("articles", "people", "states", "organizations", "events", "statements")))
    out.print(table)
    from kg.query import table

    out.print("Most-quoted speakers (SPARQL):")
    out.print(table(graph.query(SUMMARY_QUERY)))


@app.command()
def extract(
    inputs: Inputs,
    json_out: Annotated[bool, typer.Option("--json", help="Print the extraction JSON.")] = False,
    json_dir: Annotated[Path | None, typer.Option(
        "--json-dir", help="Write one ID.json per article into this directory.")] = None,
    model: ModelOption = None,
    published: PublishedOption = None,
) -> None:
    """Extract people, states, statements and events (as JSON with --json).

    Without --json, prints a reader's summary; --json prints the shape of
    shared/gold/FORMAT.md, --json-dir writes one ID.json per article.

    Example: kg extract article.txt --published 2025-05-23 --json
    """
    from kg.io import atomic_write_text
    from kg.pipeline import extract_all
    from kg.settings import Settings

    _check_date(published)
    skipped: list[KgError] = []

    def on_error(error: KgError) -> None:
        skipped.append(error)
        _report_skip(error)

    results = []
    try:
        for extraction in extract_all(inputs, Settings(model=model, published=published),
                                      on_error=on_error):
            data = extraction.to_json()
            if json_dir is not None:
                atomic_write_text(json_dir / f"{extraction.article.id}.json",
                                  json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            else:
                results.append(data)
    except KgError as exc:
        raise _fail(str(exc)) from exc
    if json_dir is None and json_out:
        payload = results[0] if len(results) == 1 else results
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    elif json_dir is None:
        for data in results:
            _print_extraction(data)
    if skipped:
        raise typer.Exit(1)


def _print_extraction(data: dict) -> None:
    """A reader's view of one extraction: its people and its statements."""
    article = data["article"]
    out.rule(f"{article.get('title') or article['id']}")
    people = ", ".join(
        p["name"] + (f" ({', '.join(p['roles'] + p['states'])})" if p["roles"] or p["states"]
                     else "")
        for p in data["people"])
    out.print(f"[bold]People:[/] {people or '-'}", highlight=False)
    out.print(f"[bold]States:[/] {', '.join(s['iso'] for s in data['states']) or '-'}")
    table = Table("speaker", "said", "date", "medium", show_lines=False, expand=True)
    for st in data["statements"]:
        quoted = f"“{st['text']}”" if st["direct"] else st["text"]
        table.add_row(st.get("speaker") or "?", quoted, st.get("date") or "",
                      st.get("medium") or "")
    out.print(table)
    for ev in data["events"]:
        out.print(f"[bold]Event[/] {ev['cameo']} {ev['label']}: "
                  f"{', '.join(ev['participants'])} {ev.get('date') or ''}", highlight=False)


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of NAME.txt + NAME.gold.json.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    details: Annotated[bool, typer.Option("--details", help="List misses and errors.")] = False,
    model: ModelOption = None,
) -> None:
    """Score kg against hand-annotated gold articles (precision, recall, F1).

    Example: kg eval ../shared/gold
    """
    from kg import eval as kg_eval

    if not gold_dir.is_dir():
        raise _fail(f"{gold_dir}: no such directory")
    try:
        report = kg_eval.score_dir(gold_dir, model=model)
    except KgError as exc:
        raise _fail(str(exc)) from exc
    if json_out:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.print(kg_eval.format_table(report))
        if details:
            for article in report.articles:
                out.print(kg_eval.format_details(article), markup=False, highlight=False)


@app.command()
def query(
    sparql: Annotated[str | None, typer.Argument(
        help="SPARQL text, a .rq file, or a canned query name.", show_default=False)] = None,
    store: StoreOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f",
                                     help="table, csv, tsv or json.")] = "table",
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", metavar="KEY=VALUE",
        help="Bind ?KEY to VALUE (as an RDF term, never pasted into the query); "
             "repeat for several.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the canned queries.")] = False,
    endpoint: EndpointOption = None,
) -> None:
    """Run a SPARQL query, or a canned one with its parameters, over every article's graph.

    Example: kg query who_said_what_about --param about=Russia
    """
    if list_:
        _list_canned()
        return
    if sparql is None:
        raise _fail("give a query (SPARQL text, a .rq file or a canned query name), "
                    "or --list to see the canned ones")
    if fmt not in ("table", "csv", "tsv", "json"):
        raise _fail(f"--format {fmt!r}: choose table, csv, tsv or json")
    params: dict[str, str] = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise _fail(f"--param {item!r}: expected KEY=VALUE")
        params[key.strip()] = value
    from kg.query import table

    try:
        with kg.open(store, endpoint=endpoint) as graph:
            result = graph.query(sparql, **params)
            if fmt == "table":
                out.print(table(result))
            else:
                text = result.format(fmt)
                sys.stdout.write(text if text.endswith("\n") else text + "\n")
    except KgError as exc:
        raise _fail(str(exc)) from exc


def _list_canned() -> None:
    from kg.query import canned_queries, canned_query

    grid = Table(show_lines=False)
    grid.add_column("query", no_wrap=True)
    grid.add_column("what it answers")
    grid.add_column("parameters")
    try:
        for name in canned_queries():
            canned = canned_query(name)
            params = ", ".join(f"{p.name}" + (f"={p.default}" if p.default is not None else "")
                               for p in canned.params)
            grid.add_row(name, canned.description, params)
    except KgError as exc:
        raise _fail(str(exc)) from exc
    out.print(grid)


ProjectionOption = Annotated[str, typer.Option(
    "--projection", "-p", help="actor, statement, event or comention.")]
TopOption = Annotated[int | None, typer.Option(
    "--top", help="Keep the N nodes of highest degree centrality.", show_default=False)]
ArticleOption = Annotated[str | None, typer.Option(
    "--article", help="Keep what one article (its id) supports.", show_default=False)]
AroundOption = Annotated[str | None, typer.Option(
    "--around", help="Keep one entity's neighbourhood (name, alias or IRI).",
    show_default=False)]
DepthOption = Annotated[int, typer.Option("--depth", help="Hops around --around.")]


@app.command()
def viz(
    store: StoreOption = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "kg-graph.html"),
    projection: ProjectionOption = "actor",
    top: TopOption = None,
    article: ArticleOption = None,
    around: AroundOption = None,
    depth: DepthOption = 1,
    title: Annotated[str, typer.Option("--title", help="Page title.")] = "kg news graph",
) -> None:
    """Write the graph as one self-contained interactive HTML file.

    Example: kg viz --store kg-store -o graph.html --around Putin --depth 2
    """
    try:
        with kg.open(store) as graph:
            path = graph.to_html(output, projection=projection, title=title, top=top,
                                 article=article, around=around, depth=depth)
    except KgError as exc:
        raise _fail(str(exc)) from exc
    out.print(f"HTML graph: {path}")


@app.command()
def stats(
    store: StoreOption = None,
    top: Annotated[int, typer.Option("--top", help="How many of each to list.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for machines.")] = False,
) -> None:
    """Print the top people, states, speakers, event types and communities.

    Example: kg stats --store kg-store --top 5 --json
    """
    if top < 1:
        raise _fail(f"--top {top}: give a positive number")
    try:
        with kg.open(store) as graph:
            figures = graph.stats(top=top)
    except KgError as exc:
        raise _fail(str(exc)) from exc
    if as_json:
        sys.stdout.write(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
        return
    from kg.graph.stats_table import stats_tables

    for table in stats_tables(figures):
        out.print(table)


@app.command("graph-export")
def graph_export(
    output: Annotated[Path, typer.Argument(
        help="File to write (.graphml, .gexf), or a directory for --format csv.",
        show_default=False)],
    store: StoreOption = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="graphml, gexf or csv (default: from OUTPUT's suffix).",
        show_default=False)] = None,
    projection: ProjectionOption = "actor",
    top: TopOption = None,
    article: ArticleOption = None,
    around: AroundOption = None,
    depth: DepthOption = 1,
) -> None:
    """Export a projection for Gephi, Cytoscape or yEd, or statements and events as CSV.

    Examples: kg graph-export actors.gexf --top 500;
    kg graph-export tables/ --format csv (writes statements.csv and events.csv)
    """
    fmt = (fmt or output.suffix.lstrip(".")).lower()
    if fmt not in ("graphml", "gexf", "csv"):
        raise _fail(f"{output}: say --format graphml, gexf or csv")
    if fmt == "csv" and (top is not None or around):
        raise _fail("--format csv exports every statement and event; --top and --around "
                    "apply to graphs only")
    from kg.graph import (
        load_snapshot,
        write_events_csv,
        write_gexf,
        write_graphml,
        write_statements_csv,
    )

    try:
        with kg.open(store) as graph:
            if fmt == "csv":
                snapshot = load_snapshot(graph.store)
                written = [
                    write_statements_csv(snapshot, output / "statements.csv", article=article),
                    write_events_csv(snapshot, output / "events.csv", article=article),
                ]
            else:
                view = graph.to_networkx(projection, top=top, article=article, around=around,
                                         depth=depth)
                write = write_graphml if fmt == "graphml" else write_gexf
                written = [write(view, output)]
                out.print(f"{view.number_of_nodes()} nodes, {view.number_of_edges()} edges")
    except KgError as exc:
        raise _fail(str(exc)) from exc
    for path in written:
        out.print(f"wrote {path}")


@app.command()
def serve(
    store: StoreOption = None,
    port: Annotated[int | None, typer.Option(
        "--port", min=1, max=65535, help="Port (default: a free one).", show_default=False)] = None,
    host: Annotated[str, typer.Option(
        "--host", help="Address to bind; anything but loopback exposes the graph.")
    ] = "127.0.0.1",
    write: Annotated[bool, typer.Option(
        "--write", help="Accept SPARQL updates (kg build --endpoint).")] = False,
) -> None:
    """Serve the store with the Oxigraph SPARQL server until Ctrl-C.

    Example: kg serve --store kg-store --port 7878
    """
    try:
        server = kg.serve(store, port=port, host=host, write=write)
    except KgError as exc:
        raise _fail(str(exc)) from exc
    try:
        out.print(f"SPARQL endpoint: {server.query_url}", highlight=False)
        if server.update_url:
            out.print(f"SPARQL update:   {server.update_url}", highlight=False)
        out.print(f"Graph store:     {server.url}/store", highlight=False)
        err.print("read-write" if write else "read-only", "— press Ctrl-C to stop",
                  highlight=False)
        server.wait()
    except KeyboardInterrupt:
        err.print("stopping", highlight=False)
    finally:
        server.stop()


@app.command()
def export(
    store: StoreOption = None,
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="nquads (sorted), trig, turtle or jsonld.")] = "nquads",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="File to write (default: stdout).", show_default=False)] = None,
    endpoint: EndpointOption = None,
) -> None:
    """Export the whole graph in a standard RDF format.

    Example: kg export --store kg-store --format jsonld -o graph.jsonld
    """
    try:
        with kg.open(store, endpoint=endpoint) as graph:
            text = graph.export(fmt, output)
    except KgError as exc:
        raise _fail(str(exc)) from exc
    if output is None:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    else:
        err.print(f"wrote {output}", highlight=False)


@app.command()
def validate(
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Check the graph against kg's SHACL shapes; exit 1 and print the report on violations.

    Example: kg validate --store kg-store
    """
    try:
        with kg.open(store, endpoint=endpoint) as graph:
            result = graph.validate()
    except KgError as exc:
        raise _fail(str(exc)) from exc
    if result.conforms:
        out.print("conforms: the graph meets every shape in ontologies/kg-shapes.ttl",
                  highlight=False)
        return
    sys.stdout.write(result.report if result.report.endswith("\n") else result.report + "\n")
    raise typer.Exit(1)


@app.command()
def remove(
    article_ids: Annotated[list[str], typer.Argument(
        help="Ids of the articles to remove (kg query lists them).", show_default=False)],
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Remove articles and everything only they supported (entities no other article mentions).

    Example: kg remove prisoner-swap --store kg-store
    """
    missing = []
    try:
        with kg.open(store, endpoint=endpoint, read_only=False) as graph:
            for article_id in article_ids:
                if graph.remove(article_id):
                    out.print(f"removed {article_id}", highlight=False)
                else:
                    missing.append(article_id)
    except KgError as exc:
        raise _fail(str(exc)) from exc
    if missing:
        raise _fail(f"no such article in the store: {', '.join(missing)}")


@app.command()
def resolve(
    store: StoreOption = None,
    endpoint: EndpointOption = None,
) -> None:
    """Join bare surnames to the one full name of that surname in the whole store.

    kg build does this after every build; run it on a store written another way.
    A surname shared by two people named in full is left alone, and an earlier
    join it no longer allows is undone.

    Example: kg resolve --store kg-store
    """
    from kg.settings import default_store

    where = store if store is not None else default_store()
    if endpoint is None and not where.is_dir():
        raise _fail(f"store {where} does not exist; build one first (kg build)")
    try:
        with kg.open(store, endpoint=endpoint, read_only=False) as graph:
            done = graph.resolve()
    except KgError as exc:
        raise _fail(str(exc)) from exc
    out.print(f"{done.merges} bare surname(s) joined to a full name; "
              f"{done.rewritten} article graph(s) rewritten", highlight=False)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
