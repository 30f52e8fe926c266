"""The parsed article's text, built once per ``Doc`` (shared with the other
extractors: :mod:`kg.extract.text`)."""

from kg.extract.text import doc_text

__all__ = ["doc_text"]
