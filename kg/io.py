"""Writing files so that a crash or a kill never leaves half a file behind.

Every file kg writes (extraction JSON, the HTML graph, exports, CSV tables)
goes through :func:`atomic_write`: the content is written to a temporary file
in the target's directory, flushed to disk, and renamed over the target.
A reader (a browser, a second kg, a script) sees the old file or the whole
new one; a killed kg leaves at most a hidden ``.NAME.*.tmp`` file, never a
truncated ``NAME``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

TMP_SUFFIX = ".tmp"


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp)`` to fill a temporary file beside ``path``, then rename
    it into place. For writers that want a path (networkx, csv, pyvis)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TMP_SUFFIX)
    os.close(fd)
    try:
        write(Path(tmp))
        with open(tmp, "rb") as handle:  # flush the writer's data to disk before the rename
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_write`)."""
    return atomic_write(path, lambda tmp: tmp.write_bytes(data))


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` to ``path`` as UTF-8, line endings exactly as given, atomically:
    readers see the old file or the whole new one."""
    return atomic_write_bytes(path, text.encode("utf-8"))
