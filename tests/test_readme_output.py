"""The README's sample output is what the commands print today (issue #16)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, copy_seeds

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _shape(line: str, root: str) -> str:
    line = line.replace(root, "/path/to/coverage-site")
    return re.sub(r"in \d+\.\d+ s\.", "in N s.", re.sub(r"Built \d+ pages", "Built N pages", line))


def test_make_site_sample_output_matches_the_command(tmp_path):
    block = re.search(r"`make site` prints where the site is and how to open it:\n\n```\n(.*?)```", README, re.S).group(1)
    project = copy_seeds(tmp_path / "coverage-site")
    shutil.copytree(ROOT / "content", project / "content")
    exe = Path(sys.executable).with_name("coverage-site")
    run = subprocess.run([str(exe), "build", "--out", "_site"], cwd=project, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": ""})
    assert run.returncode == 0, run.stderr
    printed = [_shape(x, str(project)) for x in run.stdout.strip().splitlines()]
    documented = [_shape(x, "/path/to/coverage-site") for x in block.strip().splitlines()]
    assert printed == documented


def test_readme_puts_the_command_on_the_path_or_uses_make():
    loop = README[README.index("## The author's loop"):]
    assert ". .venv/bin/activate" in loop and "make add FILE=" in loop
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^add: ", make, re.M)
