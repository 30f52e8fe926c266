"""CSV of statements and events, for spreadsheets, pandas and R.

One row per statement or event, in IRI order (so the same store gives the same
file), with the article id and character offsets that locate it in its
article. Entities appear by name and by IRI: names to read, IRIs to join on.
Several values in one cell are joined with ``"; "`` (as in GraphML/GEXF).
Files are UTF-8 with a header row, written atomically.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from kg.graph.export import SEPARATOR
from kg.graph.snapshot import Snapshot, load_snapshot
from kg.io import atomic_write

STATEMENT_COLUMNS = (
    "statement", "article", "article_title", "published", "start", "end", "speaker",
    "speaker_iri", "speaker_type", "text", "direct", "cue", "date", "medium", "about",
    "about_iris", "sentence",
)
EVENT_COLUMNS = (
    "event", "article", "article_title", "published", "start", "end", "label", "trigger",
    "cameo", "cameo_root", "cameo_label", "status", "date", "participants",
    "participant_iris", "location", "location_iri", "sentence",
)


def _snapshot(store: Any) -> Snapshot:
    return store if isinstance(store, Snapshot) else load_snapshot(store)


def _name(snap: Snapshot, iri: str | None) -> str:
    if not iri:
        return ""
    entity = snap.entities.get(iri)
    return entity.label if entity else iri


def _article(snap: Snapshot, iri: str | None) -> dict[str, str]:
    record = snap.articles.get(iri or "")
    if record is None:
        return {"article": snap.article_ids([iri])[0] if iri else "", "article_title": "",
                "published": ""}
    return {"article": record.id, "article_title": record.title or "",
            "published": record.published or ""}


def _cell(value: Any) -> Any:
    return "" if value is None else value


def statement_rows(store: Any) -> list[dict[str, Any]]:
    """One dict per statement, keys :data:`STATEMENT_COLUMNS`."""
    snap = _snapshot(store)
    rows = []
    for st in snap.statements.values():
        speaker = _name(snap, st.speaker) if st.speaker else (st.speaker_name or "")
        medium = _name(snap, st.medium) if st.medium else (st.medium_name or "")
        rows.append({
            "statement": st.iri, **_article(snap, st.article),
            "start": _cell(st.start), "end": _cell(st.end),
            "speaker": speaker, "speaker_iri": st.speaker or "",
            "speaker_type": st.speaker_type or "", "text": st.quote,
            "direct": "true" if st.direct else "false", "cue": st.cue or "",
            "date": st.date or "", "medium": medium,
            "about": SEPARATOR.join(_name(snap, a) for a in st.about),
            "about_iris": SEPARATOR.join(st.about), "sentence": st.sentence or "",
        })
    return rows


def event_rows(store: Any) -> list[dict[str, Any]]:
    """One dict per event, keys :data:`EVENT_COLUMNS`."""
    from kg.extract.events.cameo import cameo_label

    snap = _snapshot(store)
    rows = []
    for ev in snap.events.values():
        code = ev.cameo_code or ""
        rows.append({
            "event": ev.iri, **_article(snap, ev.article),
            "start": _cell(ev.start), "end": _cell(ev.end), "label": ev.label,
            "trigger": ev.trigger or "", "cameo": code, "cameo_root": code[:2],
            "cameo_label": (cameo_label(code) or "") if code else "",
            "status": ev.status or "", "date": ev.date or "",
            "participants": SEPARATOR.join(_name(snap, p) for p in ev.participants),
            "participant_iris": SEPARATOR.join(ev.participants),
            "location": _name(snap, ev.location), "location_iri": ev.location or "",
            "sentence": ev.sentence or "",
        })
    return rows


def _write_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> Path:
    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)

    return atomic_write(path, write)


def _of(rows: list[dict[str, Any]], article: str | None) -> list[dict[str, Any]]:
    return rows if article is None else [r for r in rows if r["article"] == article]


def write_statements_csv(store: Any, path: Path, *, article: str | None = None) -> Path:
    """Every statement (of one ``article`` id, if given) as a CSV row (see
    :data:`STATEMENT_COLUMNS`)."""
    return _write_csv(path, STATEMENT_COLUMNS, _of(statement_rows(store), article))


def write_events_csv(store: Any, path: Path, *, article: str | None = None) -> Path:
    """Every event (of one ``article`` id, if given) as a CSV row (see
    :data:`EVENT_COLUMNS`)."""
    return _write_csv(path, EVENT_COLUMNS, _of(event_rows(store), article))
