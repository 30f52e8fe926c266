"""Turn a file's bytes into the text kg keeps, or say why it is not text.

Every offset kg emits indexes the decoded text, so decoding is the one place
where the file's content may change: a UTF-8 (or UTF-16) byte-order mark is
dropped, nothing else. Line endings stay as they are (``\\r\\n`` included).
Bytes that are not UTF-8 are decoded only when charset-normalizer is
confident about their encoding and the guess gives Latin letters (anything
else is refused, never decoded into mojibake); binary files (images renamed ``.txt``, files
with NUL bytes) are refused before anything is guessed.
"""

from __future__ import annotations

import codecs
import logging
import unicodedata

from kg.errors import InputError

log = logging.getLogger(__name__)

#: Magic numbers of binary formats a text input must not be (file(1)'s table).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
)

#: charset-normalizer's "chaos" above which a guess is not trusted.
MAX_CHAOS = 0.1


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is (from its magic number, or NUL bytes), or ``None``."""
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return kind
    if data[4:8] == b"ftyp":
        return "MP4/HEIC media file"
    if b"\x00" in data[:8192]:
        return "NUL bytes"
    return None


def decode(data: bytes, source: str) -> str:
    """The text of ``data``; raises :class:`InputError` naming ``source`` when it is not text."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")  # the codec drops the byte-order mark
        except UnicodeDecodeError as exc:
            raise InputError(
                source, f"not UTF-16 text despite its byte-order mark ({exc.reason})"
            ) from exc
    kind = binary_kind(data)
    if kind:
        raise InputError(source, f"binary file ({kind}), not text")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"invalid byte at offset {exc.start}"
    return _detected(data, source, utf8_error)


def _detected(data: bytes, source: str, utf8_error: str) -> str:
    """Decode non-UTF-8 bytes with charset-normalizer's guess, if it is confident.

    Among the plausible guesses Windows-1252 wins: it is the legacy encoding of
    English-language news, and on short texts charset-normalizer ranks look-alike
    code pages first (it reads "crème" as cp1257's "crčme").
    """
    from charset_normalizer import from_bytes  # only paid for by non-UTF-8 inputs

    plausible = [m for m in from_bytes(data) if m.chaos <= MAX_CHAOS]
    if not plausible:
        raise InputError(source, f"not UTF-8 text ({utf8_error}; no confident encoding guess)")
    best = next((m for m in plausible if m.encoding == "cp1252"), plausible[0])
    text = str(best)
    if not _mostly_latin(text):
        # Bytes that are no text at all still "decode" in some multi-byte code
        # page (cp949 reads most byte soup as Hangul): that would be mojibake.
        raise InputError(source, f"not UTF-8 text ({utf8_error}); it decodes only as "
                         f"{best.encoding}, into non-Latin letters: re-encode it as UTF-8")
    log.info("%s: not UTF-8, decoded as %s", source, best.encoding)
    return text


def _mostly_latin(text: str) -> bool:
    """Whether most letters of ``text`` are Latin (English news in a legacy code page)."""
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
    return not letters or latin * 2 >= len(letters)
