"""The README's quickstart: its commands exist, CI runs the test command verbatim, and the first command's
`stance analyze` works on the bundled example (the full fresh-venv install is the slow test)."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from stance.cli import main

ROOT = Path(__file__).resolve().parent.parent


def _quickstart_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_two_quickstart_commands():
    install, test = _quickstart_commands()
    assert "pip install ." in install and "stance analyze" in install
    assert 'pip install -e ".[test]"' in test and test.endswith("pytest")


def test_ci_runs_the_readme_test_command_verbatim():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"TEST_COMMAND='{_quickstart_commands()[1]}'" in script


def test_quickstart_analyze_runs(capsys):
    target = _quickstart_commands()[0].split("stance analyze ", 1)[1].split()
    assert main(["analyze", *[str(ROOT / t) for t in target], "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 15


@pytest.mark.slow
def test_quickstart_install_in_a_fresh_venv(tmp_path):
    command = _quickstart_commands()[0].replace(".venv", str(tmp_path / "venv")).replace("pip install .",
                                                                                         f"pip install {ROOT}")
    result = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Kang Chol-hwan" in result.stdout
