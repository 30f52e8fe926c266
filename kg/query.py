"""The query layer: one entry point for SPARQL over any store, and the text
formats results are shown in.

``run_query`` takes SPARQL text, a path to a ``.rq`` file, or the name of a
canned query (``examples/queries/<name>.rq``), runs it over the union of all
article graphs, and returns a :class:`QueryResult`. ``format_result`` writes
a result as a terminal table (rich), or in the SPARQL 1.1 result formats CSV,
TSV and JSON, so that other tools can read kg's output.

Data goes into queries only as bound variables (``params``), never pasted into
the query text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.store.base import KG_PREFIXES, GraphStore
from kg.store.results import QueryResult, Term

CANNED_DIR = Path(__file__).resolve().parent.parent / "examples" / "queries"
FORMATS = ("table", "csv", "tsv", "json", "nt")
_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

__all__ = [
    "CANNED_DIR",
    "FORMATS",
    "CannedQuery",
    "Param",
    "QueryResult",
    "canned_queries",
    "canned_query",
    "format_result",
    "load_query",
    "run_query",
    "to_term",
]


def canned_queries() -> list[str]:
    """Names of the canned queries (``examples/queries/*.rq``), sorted."""
    if not CANNED_DIR.is_dir():
        return []
    return sorted(p.stem for p in CANNED_DIR.glob("*.rq"))


# ---------------------------------------------------------------- canned queries

PARAM_TYPES = ("string", "date", "iri", "integer")
_PARAM = re.compile(r"#\s*param\s+([A-Za-z_]\w*)\s*\(\s*(\w+)\s*(?:,\s*default\s+([^)]*?))?\s*\)"
                    r"\s*:\s*(.*)")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Param:
    """One parameter a canned query declares in its header
    (``# param NAME (TYPE[, default VALUE]): description``)."""

    name: str
    type: str
    description: str
    default: str | None = None

    def term(self, value: str) -> Term:
        """``value`` (text from a command line) as the RDF term of this type."""
        if self.type == "string":
            return ox.Literal(value)
        if self.type == "integer":
            try:
                return ox.Literal(int(value))
            except ValueError:
                raise QueryError(f"parameter {self.name}: {value!r} is not an integer") from None
        if self.type == "date":
            if not _DATE.fullmatch(value):
                raise QueryError(f"parameter {self.name}: {value!r} is not a date (YYYY-MM-DD)")
            kind = {4: "gYear", 7: "gYearMonth", 10: "date"}[len(value)]
            return ox.Literal(value, datatype=ox.NamedNode(XSD + kind))
        try:
            node = ox.NamedNode(value)
        except ValueError:
            raise QueryError(f"parameter {self.name}: {value!r} is not an IRI") from None
        if ":" not in value:
            raise QueryError(f"parameter {self.name}: {value!r} is not an absolute IRI")
        return node


@dataclass(frozen=True)
class CannedQuery:
    """A canned query: its name, one-line description, parameters and text."""

    name: str
    description: str
    params: tuple[Param, ...]
    path: Path

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def bindings(self, given: Mapping[str, Any] | None) -> dict[str, Term]:
        """The terms to bind: ``given`` (text is converted by each parameter's
        type; RDF terms are kept), then the defaults. Raises
        :class:`QueryError` for an unknown parameter or a missing one."""
        given = dict(given or {})
        declared = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(declared))
        if unknown:
            known = ", ".join(declared) or "none"
            raise QueryError(f"canned query {self.name} has no parameter "
                             f"{', '.join(unknown)} (its parameters: {known})")
        out: dict[str, Term] = {}
        for p in self.params:
            if p.name in given:
                value = given[p.name]
                out[p.name] = p.term(value) if isinstance(value, str) else to_term(value)
            elif p.default is not None:
                out[p.name] = p.term(p.default)
            else:
                raise QueryError(f"canned query {self.name} needs --param {p.name}=… "
                                 f"({p.description})")
        return out


def canned_query(name: str) -> CannedQuery:
    """The canned query ``name`` with its header read: the first comment line
    is its description, ``# param`` lines its parameters."""
    path = CANNED_DIR / f"{name}.rq"
    if not _NAME.fullmatch(name) or not path.is_file():
        known = ", ".join(canned_queries()) or "none installed"
        raise QueryError(f"unknown canned query {name!r} (known: {known})")
    description, params = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        match = _PARAM.match(line)
        if match:
            pname, ptype, default, text = match.groups()
            if ptype not in PARAM_TYPES:
                raise QueryError(f"{path}: parameter {pname} has unknown type {ptype!r} "
                                 f"(use {', '.join(PARAM_TYPES)})")
            params.append(Param(pname, ptype, text.strip(), default))
        elif not description:
            description = line.lstrip("#").strip()
    return CannedQuery(name, description, tuple(params), path)


def load_query(text_or_path: str | Path) -> tuple[str, str | None]:
    """The SPARQL text and, when it came from a file, the file's name.

    A :class:`Path`, a string ending in ``.rq`` or naming an existing file
    is read as a file; a bare name (letters, digits, ``_.-``) is a canned
    query; anything else is SPARQL.
    """
    one_word = isinstance(text_or_path, str) and not any(c.isspace() for c in text_or_path)
    if isinstance(text_or_path, Path) or (
        one_word and (text_or_path.endswith(".rq") or Path(text_or_path).is_file())
    ):
        path = Path(text_or_path)
        try:
            return path.read_text(encoding="utf-8"), str(path)
        except OSError as exc:
            raise QueryError(f"{path}: cannot read query file: {exc.strerror}") from exc
    text = text_or_path.strip()
    if _NAME.fullmatch(text):
        path = CANNED_DIR / f"{text}.rq"
        if not path.is_file():
            known = ", ".join(canned_queries()) or "none installed"
            raise QueryError(f"unknown canned query {text!r} (known: {known})")
        return path.read_text(encoding="utf-8"), str(path)
    return text_or_path, None


def to_term(value: Any) -> Term:
    """A Python value bound into a query: pyoxigraph and rdflib terms as they
    are; ``str`` as a plain literal (wrap IRIs in ``NamedNode``); ``bool``,
    ``int``, ``float`` as typed literals."""
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple):
        return value
    if isinstance(value, bool | int | float | str) and type(value).__module__ == "builtins":
        return ox.Literal(value)
    from kg.rdf.interop import from_rdflib_term

    try:
        return from_rdflib_term(value)
    except TypeError as exc:
        raise QueryError(f"cannot bind {value!r} in a query: give an RDF term, "
                         "str, int, float or bool") from exc


def run_query(
    store: GraphStore,
    text_or_path: str | Path,
    *,
    params: Mapping[str, Any] | None = None,
) -> QueryResult:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query over every article's graph.

    ``params`` binds variables (``{"name": "Donald Trump"}`` for ``?name``);
    for a canned query, text values are converted by the declared parameter
    type and missing ones take their defaults.
    Raises :class:`QueryError` with the parser's message, on one line, for
    malformed SPARQL.
    """
    sparql, origin = load_query(text_or_path)
    canned = Path(origin).resolve().parent == CANNED_DIR if origin else False
    if canned:
        substitutions: dict[str, Term] | None = canned_query(Path(origin).stem).bindings(params)
    else:
        substitutions = {k: to_term(v) for k, v in params.items()} if params else None
    try:
        return store.query(sparql, substitutions)
    except SyntaxError as exc:
        where = f"{origin}: " if origin else ""
        raise QueryError(f"{where}malformed SPARQL: {' '.join(str(exc).split())}") from exc


# ---------------------------------------------------------------- formats


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """``result`` as text in ``fmt``: ``table`` (for people), ``csv``, ``tsv``
    and ``json`` (the SPARQL 1.1 query results formats; graph results come as
    subject/predicate/object rows), or ``nt`` (sorted N-Triples, graph results
    only)."""
    if fmt == "table":
        return _render(table(result))
    if fmt == "csv":
        return _csv(result)
    if fmt == "tsv":
        return _tsv(result)
    if fmt == "json":
        return json.dumps(_json(result), ensure_ascii=False, indent=2) + "\n"
    if fmt == "nt":
        if result.kind != "graph":
            raise QueryError("format nt is for CONSTRUCT and DESCRIBE results; "
                             "use table, csv, tsv or json")
        return "".join(sorted({f"{t} .\n" for t in result.triples}))
    raise QueryError(f"unknown format {fmt!r}: choose {', '.join(FORMATS)}")


def compact(term: Term | None) -> str:
    """A term as a person reads it: literals by their value, IRIs with kg's
    prefixes (``kg:Person``, ``kgid:person/…``), unbound as empty."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in KG_PREFIXES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def table(result: QueryResult) -> Any:
    """The result as a ``rich.table.Table`` (ASK: one ``result`` cell)."""
    from rich.table import Table
    from rich.text import Text

    grid = Table(show_lines=False)
    if result.kind == "ask":
        grid.add_column("result")
        grid.add_row("true" if result.boolean else "false")
        return grid
    for name in result.vars:
        grid.add_column(Text(name), overflow="fold")
    for row in result.rows:
        # Text, not str: article text such as "[bold]" must not be read as markup
        grid.add_row(*(Text(compact(value)) for value in row))
    return grid


def _render(renderable: Any) -> str:
    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, width=120, color_system=None, force_terminal=False,
            highlight=False, markup=False, emoji=False).print(renderable)
    return buffer.getvalue()


def _csv_value(term: Term | None) -> str:
    # SPARQL 1.1 CSV: IRIs and literals by their value, blank nodes as _:id
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # CRLF line ends, as SPARQL 1.1 CSV says
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
    else:
        writer.writerow(result.vars)
        for row in result.rows:
            writer.writerow([_csv_value(value) for value in row])
    return buffer.getvalue()


def _tsv(result: QueryResult) -> str:
    # SPARQL 1.1 TSV: terms in N-Triples syntax (tabs and newlines escaped)
    if result.kind == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{name}" for name in result.vars)]
    lines += ["\t".join("" if v is None else str(v) for v in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _json_term(term: Term) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (XSD_STRING, RDF_LANGSTRING):
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {
        "subject": _json_term(term.subject), "predicate": _json_term(term.predicate),
        "object": _json_term(term.object)}}


def _json(result: QueryResult) -> dict[str, Any]:
    if result.kind == "ask":
        return {"head": {}, "boolean": bool(result.boolean)}
    bindings = [
        {name: _json_term(value) for name, value in zip(result.vars, row, strict=True)
         if value is not None}
        for row in result.rows
    ]
    return {"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}
