"""kg works with no network at all: build, query and viz run in processes whose
every internet socket operation raises (a ``sitecustomize`` guard on
PYTHONPATH), and all succeed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

GUARD = '''
import socket

class NetworkDisabled(OSError):
    pass

def _refuse(*args, **kwargs):
    raise NetworkDisabled("network access attempted by a kg test process: " + repr(args)[:200])

_connect = socket.socket.connect
def _connect_guard(self, address, *args):
    if self.family == socket.AF_UNIX:  # local IPC (multiprocessing) is not the network
        return _connect(self, address, *args)
    _refuse(address)

socket.socket.connect = _connect_guard
socket.socket.connect_ex = _connect_guard
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
socket.gethostbyname = _refuse
'''

KG = [sys.executable, "-m", "kg.cli"]


@pytest.fixture(scope="module")
def offline_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    guard = tmp_path_factory.mktemp("guard")
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    path = os.pathsep.join(p for p in (str(guard), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path, "NO_PROXY": "*"}


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=900)


def test_the_guard_blocks_the_network(offline_env: dict[str, str], tmp_path: Path) -> None:
    proc = _run([sys.executable, "-c",
                 "import socket; socket.create_connection(('example.org', 80), timeout=5)"],
                offline_env, tmp_path)
    assert proc.returncode != 0
    assert "NetworkDisabled" in proc.stderr
    proc = _run([sys.executable, "-c",
                 "import socket; s = socket.socket(); s.connect(('127.0.0.1', 9))"],
                offline_env, tmp_path)
    assert "NetworkDisabled" in proc.stderr


def test_build_query_and_viz_run_offline(offline_env: dict[str, str], tmp_path: Path) -> None:
    store = tmp_path / "kg-store"
    built = _run([*KG, "build", str(EXAMPLES / "articles"), "--published", "2025-05-23",
                  "--store", str(store), "--html", str(tmp_path / "build.html"), "-q"],
                 offline_env, tmp_path)
    assert built.returncode == 0, built.stderr
    assert "NetworkDisabled" not in built.stderr
    queried = _run([*KG, "query", "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }",
                    "--store", str(store), "--format", "csv"], offline_env, tmp_path)
    assert queried.returncode == 0, queried.stderr
    assert int(queried.stdout.split()[1]) > 0
    drawn = _run([*KG, "viz", "--store", str(store), "-o", str(tmp_path / "viz.html")],
                 offline_env, tmp_path)
    assert drawn.returncode == 0, drawn.stderr
    for page in ("build.html", "viz.html"):
        text = (tmp_path / page).read_text(encoding="utf-8")
        assert "Content-Security-Policy" in text and len(text) > 10_000
