"""kg's own data files: word lists, gazetteers, tables, each with its source.

Data lives apart from logic (``shared/STYLE.md`` §4). Every file here states
where its content came from and when (a ``_source`` key in JSON, a ``#``
header in text files). Loaders cache, so each file is read once per process.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

_HERE = Path(__file__).parent
ONTOLOGIES = _HERE.parent.parent / "ontologies"


def resource_path(name: str) -> Path:
    """Path of the data file ``name`` in ``kg/resources``."""
    return Path(str(files("kg.resources").joinpath(name)))


def ontology_path(name: str) -> Path:
    """Path of ``name`` in the top-level ``ontologies/`` folder."""
    return ONTOLOGIES / name


@cache
def load_json(name: str) -> Any:
    """A JSON data file, parsed once per process."""
    with resource_path(name).open(encoding="utf-8") as handle:
        return json.load(handle)


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """A text word list: one entry a line, ``#`` comments and blank lines skipped."""
    lines = resource_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(s for line in lines if (s := line.split("#", 1)[0].strip()))
