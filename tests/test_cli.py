"""Every CLI command through the real process, on the real example articles."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, GOLD

KG = str(Path(sys.executable).with_name("kg"))
#: A script, stylesheet, image or font loaded from the network.
EXTERNAL = re.compile(r"""(?:src\s*=\s*["']?|@import\s+["']?|url\(\s*["']?)\s*(?:https?:)?//""",
                      re.IGNORECASE)


def run(*args: str, input: str | None = None, cwd: Path | None = None,
        env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([KG, *args], capture_output=True, text=True, input=input,
                          cwd=cwd, env=env, timeout=600)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The README's main job: the examples built into a fresh store, with HTML."""
    root = tmp_path_factory.mktemp("built")
    store = root / "store"
    result = run("build", str(EXAMPLES / "articles"), "--published", "2025-05-23",
                 "--store", str(store), "--html", str(root / "graph.html"), "--quiet")
    return root, result


def test_build_examples_prints_summary_and_writes_html(built) -> None:
    root, result = built
    assert result.returncode == 0, result.stderr
    for word in ("articles", "people", "states", "events", "statements"):
        assert word in result.stdout
    assert "Most-quoted speakers" in result.stdout
    html = (root / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html.lower()
    assert not EXTERNAL.findall(html)


def test_built_examples_conform_to_the_shapes(built) -> None:
    root, _ = built
    result = run("validate", "--store", str(root / "store"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_query_formats(built) -> None:
    root, _ = built
    sparql = "SELECT ?name WHERE { ?p a kg:Person ; kg:name ?name } ORDER BY ?name"
    csv_out = run("query", sparql, "--store", str(root / "store"), "--format", "csv")
    assert csv_out.returncode == 0, csv_out.stderr
    lines = csv_out.stdout.splitlines()
    assert lines[0] == "name"
    assert any("Putin" in line for line in lines[1:])
    json_out = run("query", sparql, "--store", str(root / "store"), "--format", "json")
    bindings = json.loads(json_out.stdout)["results"]["bindings"]
    assert len(bindings) == len(lines) - 1
    tsv_out = run("query", sparql, "--store", str(root / "store"), "--format", "tsv")
    assert tsv_out.stdout.splitlines()[0] == "?name"


def test_query_from_file_and_table(built, tmp_path: Path) -> None:
    root, _ = built
    rq = tmp_path / "states.rq"
    rq.write_text("SELECT ?iso WHERE { ?s a kg:State ; kg:iso ?iso } ORDER BY ?iso\n")
    result = run("query", str(rq), "--store", str(root / "store"))
    assert result.returncode == 0, result.stderr
    assert "RU" in result.stdout and "UA" in result.stdout


def test_bad_sparql_is_one_line_error(built) -> None:
    root, _ = built
    result = run("query", "SELEKT nothing", "--store", str(root / "store"))
    assert result.returncode == 1
    assert result.stderr.startswith("Error:")
    assert len(result.stderr.strip().splitlines()) == 1


def test_rebuild_replaces_instead_of_duplicating(built, tmp_path: Path) -> None:
    root, _ = built
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }"
    before = run("query", sparql, "--store", str(root / "store"), "--format", "csv")
    again = run("build", str(EXAMPLES / "articles" / "prisoner-swap.txt"), "--published",
                "2025-05-23", "--store", str(root / "store"), "--quiet")
    assert again.returncode == 0, again.stderr
    after = run("query", sparql, "--store", str(root / "store"), "--format", "csv")
    assert before.stdout == after.stdout


def test_viz_writes_self_contained_html(built, tmp_path: Path) -> None:
    root, _ = built
    out = tmp_path / "viz.html"
    result = run("viz", "--store", str(root / "store"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert not EXTERNAL.findall(html)
    assert not list(tmp_path.glob(".viz.html*"))


def test_extract_json_has_the_gold_shape() -> None:
    result = run("extract", str(GOLD / "prisoner-swap.txt"), "--published", "2025-05-23",
                 "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"article", "published", "people", "states", "statements", "events"}
    assert data["published"] == "2025-05-23"
    names = {p["name"] for p in data["people"]}
    assert any("Putin" in n for n in names)
    text = (GOLD / "prisoner-swap.txt").read_text(encoding="utf-8")
    for person in data["people"]:
        for start, end in person["mentions"]:
            assert text[start:end] in {person["name"], *person["aliases"]} or text[start:end]


def test_extract_json_dir_names_files_by_id(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("extract", str(EXAMPLES / "articles" / "world-news.jsonl"), "--json-dir",
                 str(out))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.json"))
    assert "isot-0007.json" in names
    assert len(names) == 5


def test_extract_reads_stdin() -> None:
    text = (GOLD / "prisoner-swap.txt").read_text(encoding="utf-8")
    result = run("extract", "-", "--published", "2025-05-23", "--json", input=text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["people"]


def test_batch_with_bad_inputs_builds_the_rest(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run("build", str(tmp_path / "missing.txt"), str(empty), str(binary),
                 str(GOLD / "prisoner-swap.txt"), "--published", "2025-05-23",
                 "--store", str(tmp_path / "store"), "--quiet")
    assert result.returncode == 1
    assert "missing.txt" in result.stderr
    assert "empty.txt" in result.stderr
    assert "photo.txt" in result.stderr
    count = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a a kg:Article }", "--store",
                str(tmp_path / "store"), "--format", "csv")
    assert count.stdout.splitlines()[1] == "1"


def test_bad_published_date_is_refused(tmp_path: Path) -> None:
    result = run("extract", str(GOLD / "prisoner-swap.txt"), "--published", "yesterday")
    assert result.returncode == 1
    assert "--published" in result.stderr


def test_unknown_model_says_how_to_install(tmp_path: Path) -> None:
    result = run("extract", str(GOLD / "prisoner-swap.txt"), "--model", "xx_no_such_model",
                 "--json")
    assert result.returncode == 1
    assert "pip install" in result.stderr


def test_eval_prints_scores_as_json() -> None:
    result = run("eval", str(GOLD), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert "people" in json.dumps(data)


def test_help_documents_every_command() -> None:
    result = run("--help")
    for command in ("build", "extract", "eval", "query", "viz"):
        assert command in result.stdout
