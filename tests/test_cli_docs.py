"""Every command explains itself: it has --help with examples, and the README names
it. The README's Python example runs as written."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_with_examples(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"`diplograph {name} --help` shows no example"
    assert len(main.commands[name].help or "") > 40, f"`diplograph {name}` has no real description"


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"diplograph {name}" in README, f"README.md does not document `diplograph {name}`"


def test_readme_first_lines_give_the_two_commands() -> None:
    blocks = re.findall(r"```sh\n(.*?)```", README, flags=re.S)
    setup, tests = blocks[0].strip(), blocks[1].strip()
    assert "diplograph build data/articles/seed.jsonl" in setup and "who-met" in setup
    assert "who-warned" in setup and "who-sanctioned" in setup
    assert tests == ".venv/bin/python -m pytest"
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci, ".ci/run must run the README's test command"


@pytest.mark.model
def test_readme_python_example_runs(tmp_path, monkeypatch) -> None:
    code = re.findall(r"```python\n(.*?)```", README, flags=re.S)[0]
    monkeypatch.chdir(tmp_path)
    os.symlink(ROOT / "data", tmp_path / "data")
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})
    assert (tmp_path / "graph.graphml").exists() and (tmp_path / "graph-store").is_dir()
