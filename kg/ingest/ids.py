"""Stable article ids: the same article gets the same id on every run.

An id names the article's named graph (an IRI) and its ``--json-dir`` output
file (``ID.json``), so it is restricted to ``[A-Za-z0-9._-]``, starts with a
letter or digit, and never depends on processing order or on the machine.

- :func:`article_id` builds an id from a URL (normalised, so that the same
  page reached with tracking parameters or another fragment keeps its id) or,
  without one, from a hash of the text;
- :func:`safe_id` turns a given name (a JSONL ``id``, a file stem) into an id,
  keeping it as is when it is already safe.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

#: Query parameters that track the reader, not the page.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|ref|ref_src|cmpid|"
    r"ocid|smid|sr_share|share|ito|CMP)$",
    re.IGNORECASE,
)
_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._-]+")
SLUG_CHARS = 48
#: Path segments that name no article ("…/story/index.html").
_GENERIC_SEGMENTS = frozenset({"index", "default", "amp", "story", "article", "news", ""})


def digest(text: str, length: int = 16) -> str:
    """Hex SHA-256 prefix of ``text`` (UTF-8); 16 digits is what ``kg.extract(str)`` used."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def normalise_url(url: str) -> str:
    """``url`` with scheme and host lower-cased, default port, fragment and
    tracking parameters (``utm_*``, ``fbclid`` …) dropped."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # "http://host:abc/", a broken IPv6 literal: keep the URL as given
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and (scheme, port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
         if not TRACKING_PARAMS.match(k)]
    )
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def slugify(name: str, max_chars: int = SLUG_CHARS) -> str:
    """ASCII ``[A-Za-z0-9._-]`` rendering of ``name`` (accents folded, other runs to ``-``)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE_RUN.sub("-", ascii_name).strip("-._")
    return slug[:max_chars].rstrip("-._")


def safe_id(name: str) -> str:
    """``name`` itself when it is already a safe id, else its slug plus a short
    hash of the original (so that "a b" and "a/b" stay apart)."""
    if _SAFE.fullmatch(name):
        return name
    slug = slugify(name)
    return f"{slug}-{digest(name, 8)}" if slug else digest(name)


def article_id(url: str | None, text: str) -> str:
    """The id of an article known by ``url`` (preferred) or only by its ``text``.

    From a URL: a readable slug of host and last path segment plus 10 hex digits
    of the normalised URL, e.g. ``apnews.com-prisoner-swap-3f9a0c1b2d``. From
    text: the first 16 hex digits of its SHA-256 (the id ``kg.extract(str)`` gives).
    """
    if url and url.strip():
        norm = normalise_url(url)
        parts = urlsplit(norm) if "://" in norm else urlsplit("")
        segments = [re.sub(r"\.(s?html?|php|aspx?)$", "", s) for s in parts.path.split("/") if s]
        segments = [s for s in segments if s.lower() not in _GENERIC_SEGMENTS]
        last = segments[-1] if segments else ""
        host = parts.hostname or ""
        host = host[4:] if host.startswith("www.") else host
        slug = slugify(f"{host}-{last}" if last else host, SLUG_CHARS)
        return f"{slug}-{digest(norm, 10)}" if slug else digest(norm)
    return digest(text)
