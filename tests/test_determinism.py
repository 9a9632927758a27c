"""Builds do not depend on Python's per-process hash seed (the cache is shared across processes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import copy_seeds

EXE = str(Path(sys.executable).with_name("coverage-site"))


def test_same_bytes_under_different_hash_seeds(tmp_path):
    root = copy_seeds(tmp_path / "p")
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"site{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        r = subprocess.run([EXE, "build", "--root", str(root), "--out", str(out), "--clean"], env=env,
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
        outs.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert outs[0] == outs[1]
