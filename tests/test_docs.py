"""The README's promises stay true."""

from __future__ import annotations

import re

from tests.conftest import REPO


def _readme_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", readme, flags=re.S)[:2]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _, test_command = _readme_commands()
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command.strip() in ci.splitlines()


def test_readme_main_command_builds_the_bundled_examples() -> None:
    main_command, _ = _readme_commands()
    assert "kg build examples/articles" in main_command
    assert (REPO / "examples" / "articles").is_dir()


def test_readme_python_example_runs(tmp_path, monkeypatch) -> None:
    """The README's Python block, run as written (article.txt is the reference article)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(.+?)\n```", readme, flags=re.S).group(1)
    (tmp_path / "examples").symlink_to(REPO / "examples")
    (tmp_path / "article.txt").write_text(
        (REPO / "examples" / "articles" / "prisoner-swap.txt").read_text(encoding="utf-8"),
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert (tmp_path / "graph.html").is_file()
    assert namespace["extraction"].statements
