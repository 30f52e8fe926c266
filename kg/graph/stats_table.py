"""``kg stats`` for people: the figures of :func:`~kg.graph.stats.graph_stats` as rich tables.

Kept beside the figures rather than in the CLI so that the columns follow the
dict they render; the CLI only prints what this returns.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table


def _table(title: str, columns: list[tuple[str, str]], rows: list[dict[str, Any]]) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold")
    for name, key in columns:
        if key in ("label", "type", "members"):
            table.add_column(name, no_wrap=key != "members", overflow="fold")
        else:
            table.add_column(name, justify="right", no_wrap=True)
    for row in rows:
        table.add_row(*(_cell(row.get(key)) for _, key in columns))
    return table


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def stats_tables(figures: dict[str, Any]) -> list[Table]:
    """One table per section of ``figures``, in the order an analyst reads them."""
    counts = Table(title="Graph", title_justify="left", title_style="bold")
    counts.add_column("what")
    counts.add_column("count", justify="right")
    for name, n in figures["counts"].items():
        counts.add_row(name.replace("_", " "), str(n))
    events = [
        {"root": e["root"], "label": e["label"], "events": e["events"],
         "members": [f"{c['code']} {c['label']} ({c['events']})" for c in e["codes"]]}
        for e in figures["event_types"]
    ]
    comm = figures["communities"]
    return [
        counts,
        _table("People (said = statements made; about = statements about them)",
               [("name", "label"), ("said", "statements"), ("direct", "direct"),
                ("articles", "articles"), ("about", "about"), ("events", "events"),
                ("degree", "degree"), ("betw.", "betweenness")],
               figures["people"]),
        _table("States", [("name", "label"), ("articles", "articles"),
                          ("about", "about"), ("events", "events"),
                          ("degree", "degree"), ("betw.", "betweenness")],
               figures["states"]),
        _table("Speakers", [("name", "label"), ("type", "type"),
                            ("statements", "statements"), ("direct", "direct")],
               figures["speakers"]),
        _table("Most central (betweenness in the actor graph)",
               [("name", "label"), ("type", "type"), ("betweenness", "betweenness"),
                ("degree", "degree")], figures["central"]),
        _table("Event types (CAMEO roots)", [("root", "root"), ("name", "label"),
                                             ("events", "events"), ("top codes", "members")],
               events),
        _table(f"Communities (Louvain, seed {comm['seed']}): {comm['count']}",
               [("#", "community"), ("size", "size"), ("best connected", "members")],
               comm["largest"]),
    ]
