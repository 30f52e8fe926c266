"""``python -m tests.benchmarks``: every benchmark of :mod:`tests.benchmarks.bench_pipeline`."""

from tests.benchmarks.bench_pipeline import main

if __name__ == "__main__":
    main()
