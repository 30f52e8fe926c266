"""kg's statements side by side with textacy's ``direct_quotations`` on the gold.

Run on demand (never in CI's default run)::

    python -m tests.benchmarks.textacy_quotes [GOLD_DIR]

textacy 0.13 (``textacy.extract.triples.direct_quotations``) is the peer the
issue names: direct quotes only, speakers as the tokens it found (often a
pronoun). Its triples are mapped to the extraction JSON of
``shared/gold/FORMAT.md`` (speaker: the speaker tokens' text; text: the
quote without its marks and trailing comma; direct: true) and scored by
kg's own scorer (:mod:`kg.eval`) against the same gold files as kg, on the
same parse (kg's pipeline, boilerplate blanked). Prints one row per system
for statements and statements+speaker, and speaker accuracy.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from kg.eval import EvalReport, _make_article, gold_pairs, load_gold, score_article
from kg.extract import extract_doc
from kg.nlp import load, parse
from tests.conftest import GOLD

_MARKS = "\"'“”‘’«» \n\t"


def textacy_statements(doc: Doc) -> list[dict[str, Any]]:
    """textacy's direct quotations of ``doc`` as extraction-JSON statements."""
    from textacy.extract.triples import direct_quotations

    out = []
    for triple in direct_quotations(doc):
        content = triple.content
        start, end = content.start_char, content.end_char
        text = doc.text
        while start < end and text[start] in _MARKS:
            start += 1
        while end > start and text[end - 1] in _MARKS + ",":
            end -= 1
        speaker = " ".join(t.text for t in triple.speaker) or None
        out.append({
            "speaker": speaker,
            "speaker_type": "person" if speaker else "unknown",
            "speaker_states": [],
            "text": text[start:end],
            "direct": True,
            "span": [start, end],
            "cue": " ".join(t.text for t in triple.cue),
        })
    return out


def run(gold_dir: Path) -> tuple[EvalReport, EvalReport]:
    """Score kg and textacy over every gold pair of ``gold_dir``."""
    nlp = load()
    pairs = gold_pairs(gold_dir)
    golds = [load_gold(g) for _, g in pairs]
    # read as ``kg eval`` reads them (boilerplate flagged by the ingest layer)
    articles = [_make_article(t, gold.get("published"))
                for (t, _), gold in zip(pairs, golds, strict=True)]
    kg_report, textacy_report = EvalReport(), EvalReport()
    for (article, doc), gold, (text_path, _) in zip(parse(nlp, articles), golds, pairs,
                                                    strict=True):
        ours = extract_doc(doc, article).to_json()
        theirs = {**ours, "statements": textacy_statements(doc)}
        kg_report.articles.append(score_article(ours, gold, name=text_path.stem))
        textacy_report.articles.append(score_article(theirs, gold, name=text_path.stem))
    return kg_report, textacy_report


def _row(name: str, report: EvalReport) -> str:
    counts = report.counts
    found, with_speaker = counts["statements"], counts["statements+speaker"]
    speaker = report.accuracy["statement.speaker"].value
    return (f"{name:<8} statements P {found.precision:.3f} R {found.recall:.3f} "
            f"F1 {found.f1:.3f} | +speaker F1 {with_speaker.f1:.3f} | "
            f"speaker accuracy {speaker if speaker is not None else float('nan'):.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", type=Path, default=GOLD)
    args = parser.parse_args(argv)
    kg_report, textacy_report = run(args.gold_dir)
    sys.stdout.write(_row("kg", kg_report) + "\n")
    sys.stdout.write(_row("textacy", textacy_report) + "\n")
    ratio = (kg_report.counts["statements+speaker"].f1 /
             max(textacy_report.counts["statements+speaker"].f1, 1e-9))
    sys.stdout.write(f"statements+speaker F1 ratio kg/textacy: {ratio:.2f}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
