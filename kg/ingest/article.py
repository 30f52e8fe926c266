"""The article: what every input format is read into."""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(frozen=True)
class Article:
    """One news article, text exactly as read.

    ``text`` is never rewritten: every offset kg emits indexes into it.
    ``boilerplate`` lists character spans of page noise (donation banners,
    share links, photo credits and captions, "Leave A Reply") that extractors
    must skip; they stay in ``text`` so that offsets stay those of the file.
    ``published`` is an ISO 8601 date or date-time string, or ``None``.
    ``source`` says where the article came from (a path, a path plus JSONL
    line, ``<stdin>``, or the dataset's own ``source`` field).
    """

    id: str
    source: str
    text: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    boilerplate: tuple[Span, ...] = field(default=())

    def is_boilerplate(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a span flagged as page noise."""
        return any(start < b_end and b_start < end for b_start, b_end in self.boilerplate)
