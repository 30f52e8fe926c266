"""Span hygiene shared by the extractors.

A span built from parse tokens can start on a whitespace token (the indent of
old wire copy, a paragraph break) or end on a quotation mark; provenance must
point at the words themselves, so every span an extractor emits goes
through :func:`tight`.
"""

from __future__ import annotations

_EDGE = " \t\r\n\u00a0\"'“”‘’«»"


def tight(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` shrunk past whitespace and quotation marks at either edge
    (unchanged when nothing else is left inside it)."""
    start, end = span
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if start < end else span
