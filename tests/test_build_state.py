"""Issue #17, build state: what a killed build leaves is cleaned up, system errors are one line, no traceback."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

from coverage_site.build import build
from coverage_site.cli import main
from coverage_site.config import load_config
from tests.conftest import make_project

GOOD = "---\ntitle: Good\nsource: Wire\n---\nAbout 40 people came on Monday.\n"
EXE = str(Path(sys.executable).with_name("coverage-site"))


def test_leftovers_of_a_killed_build_are_removed_by_the_next(tmp_path):
    root = make_project(tmp_path, {"good.md": GOOD})
    out = tmp_path / "site"
    build(load_config(root, out))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)  # a process that has ended
    for name in (f".site.tmp-{pid}-abc123", f".site.old-{pid}-def456", ".site.tmp-k9x2_a"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.html").write_text("half a site")
    build(load_config(root, out))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project", "site"]


def test_a_running_builds_folder_is_left_alone(tmp_path):
    root = make_project(tmp_path, {"good.md": GOOD})
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        busy = tmp_path / f".site.tmp-{other.pid}-abc123"
        busy.mkdir()
        build(load_config(root, tmp_path / "site"))
        assert busy.is_dir()
    finally:
        other.kill()
        other.wait()


def test_a_swap_cut_between_its_two_renames_is_recovered(tmp_path):
    root = make_project(tmp_path, {"good.md": GOOD})
    out = tmp_path / "site"
    build(load_config(root, out))
    before = (out / "articles" / "good.html").read_bytes()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    os.replace(out, tmp_path / f".site.old-{pid}-abc123")  # the first rename happened, then the process died
    (tmp_path / f".site.tmp-{pid}-def456").mkdir()  # and the new site was never renamed in
    from coverage_site.write import recover

    recover(out)
    assert (out / "articles" / "good.html").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project", "site"]
    build(load_config(root, out))  # and the folder is accepted as ours again
    assert (out / "articles" / "good.html").read_bytes() == before


def test_disk_full_is_one_line_with_the_path_not_a_traceback(tmp_path, monkeypatch, capsys):
    root = make_project(tmp_path, {"good.md": GOOD})
    out = tmp_path / "site"
    assert main(["build", "--root", str(root), "--out", str(out)]) == 0
    before = (out / "index.html").read_bytes()
    from coverage_site import write

    def full(self, rel, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), os.path.join(self.tmp, rel))

    monkeypatch.setattr(write.SiteWriter, "write", full)
    assert main(["build", "--root", str(root), "--out", str(out), "--clean"]) == 1
    err = capsys.readouterr().err
    assert ": No space left on device" in err and str(tmp_path) in err
    assert "Traceback" not in err
    assert (out / "index.html").read_bytes() == before


def test_an_unwritable_output_folder_is_one_line_not_a_traceback(tmp_path):
    root = make_project(tmp_path, {"good.md": GOOD})
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = subprocess.run([EXE, "build", "--root", str(root), "--out", str(blocker / "site")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"{blocker}: ")


def test_the_build_cache_is_never_the_output_folder(tmp_path):
    import pytest

    from coverage_site.errors import ContentError

    assert ".cache/" in (Path(__file__).resolve().parents[1] / ".gitignore").read_text().split()
    root = make_project(tmp_path, {"good.md": GOOD})
    for out in (root / ".cache", root / ".cache" / "coverage-site" / "site"):
        with pytest.raises(ContentError, match="refusing to write the site over the project itself"):
            build(load_config(root, out))
