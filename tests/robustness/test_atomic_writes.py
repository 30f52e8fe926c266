"""No partial output: files are written to a temporary file and renamed, so a
killed kg leaves the old file or the whole new one, never half of one."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.io import atomic_write, atomic_write_bytes, atomic_write_text

KG_SOURCE = Path(__file__).resolve().parents[2] / "kg"


def test_text_is_written_exactly(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "out.json"
    atomic_write_text(target, "a\r\nb\n“c”")
    assert target.read_bytes() == "a\r\nb\n“c”".encode()
    atomic_write_bytes(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]


def test_a_failing_writer_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")

    def half(tmp: Path) -> None:
        tmp.write_text("<html>half", encoding="utf-8")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(target, half)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


KILLED_WRITER = """
import sys, time
from pathlib import Path
from kg.io import atomic_write

def slow(tmp):
    with tmp.open("w") as handle:
        handle.write("x" * 100000)
        handle.flush()
        print("half", flush=True)
        time.sleep(60)
        handle.write("end")

atomic_write(Path(sys.argv[1]), slow)
"""


@pytest.mark.parametrize("existing", [None, "old whole file"])
def test_sigkill_mid_write_never_leaves_a_partial_file(tmp_path: Path, existing) -> None:
    target = tmp_path / "out.json"
    if existing is not None:
        target.write_text(existing, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(target)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "half"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    if existing is None:
        assert not target.exists()
    else:
        assert target.read_text(encoding="utf-8") == existing
    leftovers = [p.name for p in tmp_path.iterdir() if p != target]
    assert all(name.startswith(".out.json.") and name.endswith(".tmp") for name in leftovers)


#: A direct write to a final path: ``X.write_text(``, ``X.write_bytes(`` or
#: ``open(X, "w")`` where X is not the temporary file of an atomic writer.
_DIRECT = re.compile(
    r"(?P<target>[\w.\]\[\"']+)\.(?:write_text|write_bytes)\("
    r"|(?P<target2>[\w.]+)\.open\(\s*[\"'][wa]"
    r"|\bopen\(\s*(?P<target3>[\w.]+)\s*,\s*[\"'][wa]"
)


def _direct_writes() -> list[str]:
    found = []
    for path in sorted(KG_SOURCE.rglob("*.py")):
        if path.name == "io.py" and path.parent == KG_SOURCE:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in _DIRECT.finditer(line):
                target = next(g for g in match.groups() if g)
                if target.split(".")[-1] in ("tmp", "temporary", "handle"):
                    continue  # the writer callback of an atomic write
                found.append(f"{path.relative_to(KG_SOURCE.parent)}:{n}: {line.strip()}")
    return found


def test_kg_writes_no_file_in_place() -> None:
    assert _direct_writes() == []
