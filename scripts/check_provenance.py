"""Check that every offset kg emits points at the text it claims, over a whole corpus.

kg's promise is provenance: each mention, statement and event carries
``(start, end)`` offsets into ``Article.text`` and ``text[start:end]`` is its
surface. This script runs ingest, parse and extraction (``kg build``'s steps
1, 3 and 4, without the store) over a JSONL corpus and checks each item:

- every span is in bounds, non-empty and has no surrounding whitespace;
- a person's or organisation's mention is its name, an alias, words of them
  ("Trump" for Donald Trump) or a definite description resolved to it ("the
  Russian leader" for Vladimir Putin); a state's mention has letters (demonyms and
  capitals count: "Ukrainian", "the Kremlin");
- a statement's ``text`` is exactly ``text[span]``; its ``cue`` is
  ``text[cue_span]``; its speaker and sentence spans are in bounds and the
  sentence overlaps the statement (a quote may run on past its first sentence);
- an event's mentions are in bounds, its first mention is its ``span``, its
  sentence contains its span.

Usage (takes a while on the whole corpus; ``--limit`` samples the head)::

    .venv/bin/python scripts/check_provenance.py ../shared/corpora/news.jsonl
    .venv/bin/python scripts/check_provenance.py CORPUS --limit 200 --json

Exit 0 when every item passes, 1 otherwise; every failure is listed as
``ARTICLE-ID KIND: problem``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
#: "the U.S. president", "The Russian leader": a coreferent description, not a name.
_DESCRIPTION = re.compile(r"(?i)the\s+\w")


@dataclass
class Tally:
    """Items checked and failures found, per kind."""

    checked: Counter = field(default_factory=Counter)
    failed: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    articles: int = 0
    skipped: int = 0

    def add(self, kind: str, problems: list[str], article_id: str) -> None:
        self.checked[kind] += 1
        if problems:
            self.failed[kind] += 1
            self.failures.extend(f"{article_id} {kind}: {p}" for p in problems)

    @property
    def total(self) -> int:
        return sum(self.checked.values())

    @property
    def bad(self) -> int:
        return sum(self.failed.values())

    def to_json(self) -> dict:
        return {
            "articles": self.articles,
            "skipped_inputs": self.skipped,
            "checked": dict(self.checked),
            "failed": dict(self.failed),
            "total": self.total,
            "total_failed": self.bad,
            "percent_ok": round(100.0 * (self.total - self.bad) / self.total, 4)
            if self.total else 100.0,
            "failures": self.failures[:200],
        }


def span_problems(text: str, span, what: str, *, trimmed: bool = True) -> list[str]:
    """Why ``span`` is not a usable offset pair into ``text`` (empty list when it is).

    ``trimmed`` asks for a surface without surrounding whitespace (a mention,
    a quote); a sentence span is a container and may end in blanked noise."""
    if span is None:
        return [f"{what} has no span"]
    try:
        start, end = span
    except (TypeError, ValueError):
        return [f"{what} span {span!r} is not a pair"]
    if not (isinstance(start, int) and isinstance(end, int)):
        return [f"{what} span {span!r} is not integers"]
    if not 0 <= start < end <= len(text):
        return [f"{what} span {span!r} out of bounds (text has {len(text)} chars)"]
    surface = text[start:end]
    if not surface.strip():
        return [f"{what} span {span!r} is blank"]
    if trimmed and surface != surface.strip():
        return [f"{what} span {span!r} has surrounding whitespace: {surface!r}"]
    return []


def _words(value: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(_POSSESSIVE.sub("", value))}


def name_matches(surface: str, names: list[str]) -> bool:
    """Whether a mention's surface is one of ``names``, made of their words, or a
    definite description the entity layer resolved to it ("the Russian leader")."""
    bare = _POSSESSIVE.sub("", surface.strip())
    if _DESCRIPTION.match(bare):
        return True
    if any(bare.casefold() == n.casefold() for n in names):
        return True
    known = set().union(*(_words(n) for n in names)) if names else set()
    words = _words(bare)
    return bool(words) and words <= known


def check_extraction(extraction, tally: Tally) -> None:
    """Check every offset of one :class:`kg.extract.Extraction` into ``tally``."""
    text = extraction.article.text
    aid = extraction.article.id
    for kind, items in (("person", extraction.people),
                        ("organization", extraction.organizations)):
        for item in items:
            names = [item.name, *item.aliases]
            for span in item.mentions:
                problems = span_problems(text, span, f"{item.name!r} mention")
                if not problems and not name_matches(text[span[0]:span[1]], names):
                    problems.append(f"{item.name!r} mention {span} reads "
                                    f"{text[span[0]:span[1]]!r}, not a name or alias")
                tally.add(f"{kind} mention", problems, aid)
    for state in extraction.states:
        for span in state.mentions:
            problems = span_problems(text, span, f"{state.iso} mention")
            if not problems and not _WORD.search(text[span[0]:span[1]]):
                problems.append(f"{state.iso} mention {span} has no word")
            tally.add("state mention", problems, aid)
    for st in extraction.statements:
        problems = span_problems(text, st.span, "statement")
        if not problems and text[st.span[0]:st.span[1]] != st.text:
            problems.append(f"statement span {st.span} reads "
                            f"{text[st.span[0]:st.span[1]][:60]!r}, text is {st.text[:60]!r}")
        if st.speaker_span is not None:
            problems += span_problems(text, st.speaker_span, "speaker")
        if st.cue_span is not None:
            cue_problems = span_problems(text, st.cue_span, "cue")
            if not cue_problems and st.cue is not None \
                    and text[st.cue_span[0]:st.cue_span[1]] != st.cue:
                cue_problems.append(f"cue span {st.cue_span} reads "
                                    f"{text[st.cue_span[0]:st.cue_span[1]]!r}, cue is {st.cue!r}")
            problems += cue_problems
        problems += _sentence_problems(text, st.sentence_span, st.span)
        tally.add("statement", problems, aid)
    for ev in extraction.events:
        problems = span_problems(text, ev.span, f"event {ev.label!r}")
        for span in ev.mentions:
            problems += span_problems(text, span, f"event {ev.label!r} mention")
        if ev.mentions and tuple(ev.mentions[0]) != tuple(ev.span):
            problems.append(f"event {ev.label!r} span {ev.span} is not its first mention "
                            f"{ev.mentions[0]}")
        problems += _sentence_problems(text, ev.sentence_span, ev.span)
        tally.add("event", problems, aid)


def _sentence_problems(text: str, sentence, span) -> list[str]:
    if sentence is None:
        return []
    problems = span_problems(text, sentence, "sentence", trimmed=False)
    if not problems and span is not None and not (sentence[0] < span[1] and span[0] < sentence[1]):
        problems.append(f"sentence {sentence} does not overlap span {span}")
    return problems


def extractions(corpus: Path, limit: int | None, processes: int,
                tally: Tally) -> Iterator:
    """Extractions of the corpus's first ``limit`` records (all when ``None``)."""
    from kg.pipeline import extract_all
    from kg.settings import Settings

    source: Path | str = corpus
    if limit is not None:
        import tempfile

        with corpus.open(encoding="utf-8") as handle, tempfile.NamedTemporaryFile(
                "w", suffix=".jsonl", delete=False, encoding="utf-8") as head:
            for i, line in enumerate(handle):
                if i >= limit:
                    break
                head.write(line)
        source = head.name

    def skipped(error) -> None:
        tally.skipped += 1
        print(f"skipped: {error}", file=sys.stderr)

    yield from extract_all([source], Settings(processes=processes), on_error=skipped)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="JSONL corpus (id, text, published …)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N records")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the tally as JSON")
    parser.add_argument("--every", type=int, default=250, help="progress line every N articles")
    args = parser.parse_args(argv)
    tally = Tally()
    started = time.monotonic()
    for extraction in extractions(args.corpus, args.limit, args.processes, tally):
        tally.articles += 1
        before = len(tally.failures)
        check_extraction(extraction, tally)
        for line in tally.failures[before:]:
            print(f"FAILED {line}", file=sys.stderr, flush=True)
        if args.every and tally.articles % args.every == 0:
            print(f"{tally.articles} articles, {tally.total} items, {tally.bad} failed, "
                  f"{time.monotonic() - started:.0f}s", file=sys.stderr, flush=True)
    result = tally.to_json()
    result["seconds"] = round(time.monotonic() - started, 1)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        for line in tally.failures:
            print(line)
        for kind in sorted(tally.checked):
            print(f"{kind:22} {tally.checked[kind]:8} checked {tally.failed[kind]:6} failed")
        print(f"{tally.articles} articles, {tally.total} items, "
              f"{result['percent_ok']}% with matching offsets ({tally.bad} failed), "
              f"{result['seconds']}s")
    return 0 if tally.bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
