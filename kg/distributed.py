"""Steps 3–4 of a build (parse and extract) on Dask workers.

Past one machine kg runs on an existing distributed engine, Dask, instead of
a home-made one. The pipeline (:mod:`kg.pipeline`) ingests here — the id
rule is batch-wide, and reading JSONL costs little next to a parse — and
submits batches of articles as Dask futures; each worker runs
:func:`kg.pipeline.extract_batch`, which loads the spaCy pipeline once per
worker process and keeps it. Results come back in input order, and this
process maps them to quads and writes the store, so a Dask build writes the
same resolution and byte-identical N-Quads as a single-process build.

Dask is an optional dependency: ``pip install 'kg[dask]'``. See
``docs/distributed.md`` for running a scheduler and workers on several
machines.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from kg import __version__
from kg.errors import KgError
from kg.settings import Settings

if TYPE_CHECKING:
    from kg.ingest.article import Article
    from kg.pipeline import BatchFn, Outcome

log = logging.getLogger(__name__)

LOCAL = "local"
INSTALL_HINT = "install kg with its Dask extra: pip install 'kg[dask]'"


class DistributedError(KgError):
    """Dask is missing, or its scheduler cannot be reached."""


def _distributed():
    try:
        import distributed
    except ImportError as exc:
        raise DistributedError(f"--dask needs dask.distributed, which is not installed; "
                               f"{INSTALL_HINT}") from exc
    return distributed


def _warm(model: str | None) -> str:
    """Load the pipeline in a worker up front (it then stays loaded); say
    which kg and spaCy pipeline the worker runs."""
    from kg.nlp import load, pipeline_id

    return f"kg {__version__} with {pipeline_id(load(model))}"


class DaskRunner:
    """Runs batches on a Dask cluster.

    ``"local"`` starts a LocalCluster of ``settings.processes`` single-threaded
    worker processes (one per core when ``processes`` is 1: spaCy holds the
    GIL for much of a parse, so processes scale and threads do not); any
    other value is a scheduler address such as ``tcp://10.0.0.5:8786``.
    """

    def __init__(self, scheduler: str, settings: Settings) -> None:
        distributed = _distributed()
        self.cluster = None
        try:
            if scheduler == LOCAL:
                workers = settings.processes if settings.processes > 1 else os.cpu_count() or 1
                self.cluster = distributed.LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True,
                    dashboard_address=None)
                self.client = distributed.Client(self.cluster)
            else:
                self.client = distributed.Client(scheduler, timeout="30s")
        except OSError as exc:  # distributed raises OSError on a connect timeout
            self.close()
            raise DistributedError(f"Dask scheduler {scheduler} cannot be reached: "
                                   f"{' '.join(str(exc).split())}") from exc
        workers = self.client.scheduler_info().get("workers", {})
        self.workers = max(len(workers), 1)
        log.info("Dask: %s with %d worker(s)", scheduler, self.workers)
        versions = self.client.run(_warm, settings.model)
        mine = f"kg {__version__} "
        if len(set(versions.values())) > 1 or any(not v.startswith(mine)
                                                  for v in versions.values()):
            found = "; ".join(f"{w}: {v}" for w, v in sorted(versions.items()))
            self.close()
            raise DistributedError(f"Dask workers run other kg or spaCy versions than "
                                   f"{mine.strip()} here ({found}); install the same on "
                                   "every machine")

    def map(self, fn: BatchFn, work: Iterable[list[Article]],
            settings: Settings) -> Iterator[list[Outcome]]:
        from distributed import KilledWorker

        from kg.pipeline import IN_FLIGHT_PER_WORKER, ordered

        try:
            yield from ordered(
                lambda batch: self.client.submit(fn, batch, settings, pure=False),
                work, IN_FLIGHT_PER_WORKER * self.workers)
        except KilledWorker as exc:
            raise DistributedError(f"Dask workers died running a batch (out of memory?): "
                                   f"{' '.join(str(exc).split())[:200]}") from exc

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None
