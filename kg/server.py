"""The server path: the real Oxigraph SPARQL server on a kg store directory.

``oxigraph`` (the binary the ``oxigraph`` package installs beside Python)
serves the same RocksDB directory pyoxigraph writes, so a store built by
``kg build`` is served as it is: SPARQL 1.1 Query at ``/query``, Update at
``/update`` (``--write`` only), the Graph Store Protocol at ``/store``, and the
union of the named graphs as the default graph, as in the embedded store.

Bound to 127.0.0.1 unless told otherwise, read-only unless ``write``. A
directory another process is writing cannot be served: RocksDB allows one
writer, and Oxigraph calls a read-only open beside a writer undefined, so
the lock is checked first and the refusal says which process to stop.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from kg.errors import KgError, StoreError

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
_LOCK = "LOCK"  # RocksDB's lock file: fcntl-locked by the process that writes


class ServeError(KgError):
    """The Oxigraph server could not be started or stopped."""


def oxigraph_binary() -> Path:
    """The ``oxigraph`` server binary: beside this Python (a venv's ``bin``),
    else on ``PATH``."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return beside
    found = shutil.which("oxigraph")
    if found:
        return Path(found)
    raise ServeError("the oxigraph server binary was not found; "
                     "install it with: pip install oxigraph")


def free_port(host: str = DEFAULT_HOST) -> int:
    """A TCP port nothing listens on at ``host`` now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def check_not_written(path: Path) -> None:
    """Raise :class:`StoreError` when another process holds the store's write
    lock (RocksDB's ``LOCK`` file, an fcntl lock)."""
    lock = path / _LOCK
    if not lock.is_file():
        return
    with lock.open("rb+") as handle:
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EAGAIN):
                raise StoreError(f"store {path} is being written by another process; "
                                 "wait until that process ends, then serve it") from exc
            raise
        fcntl.lockf(handle, fcntl.LOCK_UN)


class Server:
    """A running ``oxigraph serve`` (or ``serve-read-only``) process.

    Start with :func:`serve`; stop with :meth:`stop` or a ``with`` block.
    """

    def __init__(self, process: subprocess.Popen[bytes], location: Path, host: str,
                 port: int, write: bool) -> None:
        self.process = process
        self.location = location
        self.host = host
        self.port = port
        self.write = write

    @property
    def url(self) -> str:
        """The server's base URL (``http://127.0.0.1:PORT``)."""
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 query endpoint."""
        return self.url + "/query"

    @property
    def update_url(self) -> str | None:
        """The SPARQL 1.1 update endpoint (``None`` when read-only)."""
        return self.url + "/update" if self.write else None

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def wait(self) -> int:
        """Block until the server exits (the CLI waits here for Ctrl-C)."""
        return self.process.wait()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server: SIGTERM, then SIGKILL after ``timeout`` seconds."""
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            log.warning("oxigraph server %s did not stop in %ss; killing it", self.url, timeout)
            self.process.kill()
            self.process.wait(timeout=timeout)

    def __enter__(self) -> Server:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def __repr__(self) -> str:
        mode = "read-write" if self.write else "read-only"
        return f"<kg Server {self.query_url} on {self.location} ({mode})>"


def _die_with_parent() -> None:
    """In the server's process before it starts (Linux): ask the kernel to
    stop it when the process that started it dies, so that a killed
    ``kg serve`` or test run leaves no server behind."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG


def _ready(url: str) -> bool:
    request = urllib.request.Request(url + "/query?query=ASK%7B%7D")
    request.add_header("Accept", "application/sparql-results+json")
    try:
        with urllib.request.urlopen(request, timeout=1.0) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def serve(store: str | Path, *, port: int | None = None, host: str = DEFAULT_HOST,
          write: bool = False, timeout: float = 30.0) -> Server:
    """Start the Oxigraph server on the store directory ``store`` and return
    once it answers queries (or raise :class:`ServeError` after ``timeout``
    seconds). ``port`` ``None`` picks a free one. With ``write`` the server
    takes SPARQL updates (``kg build --endpoint``) and a missing directory is
    created as a new store; without, the store must exist.
    """
    from kg.store import Store

    path = Path(store)
    check_not_written(path)
    # open it as kg would: a clear error for a missing or foreign directory;
    # for writing, a new store gets the CAMEO scheme before it is served
    Store.open(path, read_only=not write).close()
    port = free_port(host) if port is None else port
    command = [str(oxigraph_binary()), "serve" if write else "serve-read-only",
               "--location", str(path), "--bind", f"{host}:{port}", "--union-default-graph"]
    log.info("starting %s", " ".join(command))
    # the server's messages go to a file, never a pipe nobody reads; the
    # child keeps its own descriptor once this one is closed
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors,
                                   stdin=subprocess.DEVNULL, preexec_fn=_die_with_parent)
        server = Server(process, path, host, port, write)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                errors.seek(0)
                detail = " ".join(errors.read().decode("utf-8", "replace").split())
                if "lock" in detail.lower():
                    raise StoreError(f"store {path} is being written by another process; "
                                     "wait until that process ends, then serve it")
                raise ServeError(f"oxigraph server on {path} exited at start "
                                 f"(code {process.returncode}): {detail or 'no message'}")
            if _ready(server.url):
                log.info("oxigraph server ready at %s", server.query_url)
                return server
            time.sleep(0.05)
    server.stop()
    raise ServeError(f"oxigraph server on {path} did not answer at {server.url} "
                     f"within {timeout:g}s")


__all__ = ["DEFAULT_HOST", "ServeError", "Server", "check_not_written", "free_port",
           "oxigraph_binary", "serve"]
