"""Progress on the terminal (issue #19): stage, done/total, rate and time left; silent off a terminal."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from coverage_site.progress import Progress, line
from tests.conftest import copy_seeds

EXE = str(Path(sys.executable).with_name("coverage-site"))


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_stage_is_redrawn_in_place_with_its_rate_and_time_left_then_finished():
    ticks = iter(range(100))
    screen = Terminal()
    progress = Progress(screen, clock=lambda: next(ticks) * 0.5, interval=1.0)
    assert list(progress.track(iter(range(10)), "extract", 10)) == list(range(10))
    text = screen.getvalue()
    assert "\rextract 2/10 (20%) 2.0/s, about 4 s left" in text
    assert text.endswith("\n") and text.rstrip().endswith("\rextract 10/10 in 5.0 s (2.0/s)")  # blanks the longer line
    assert text.count("\n") == 1  # one line per stage, redrawn with \r


def test_a_stage_stopped_by_an_error_ends_its_line():
    screen = Terminal()
    ticks = iter(range(100))

    def failing():
        yield from range(3)
        raise ValueError("boom")

    with pytest.raises(ValueError):
        list(Progress(screen, clock=lambda: next(ticks), interval=0.5).track(failing(), "read", 10))
    assert screen.getvalue().endswith(" stopped\n")


def test_time_left_reads_as_minutes_and_hours():
    assert line("stories", 10, 1000, 10.0) == "stories 10/1000 (1%) 1.0/s, about 16 min 30 s left"
    assert line("read", 1, 10_000, 1.0).endswith("about 2 h 46 min left")


def test_only_on_a_terminal_and_unless_turned_off():
    assert Progress.on(io.StringIO()) is None
    assert Progress.on(Terminal(), wanted=False) is None
    assert isinstance(Progress.on(Terminal()), Progress)


def _on_a_terminal(args: list[str]) -> tuple[int, str]:
    """Run `coverage-site build ARGS` with its standard error on a pseudo-terminal; return (code, what it showed)."""
    leader, follower = pty.openpty()
    with subprocess.Popen([EXE, "build", *args], stdout=subprocess.DEVNULL, stderr=follower) as proc:
        os.close(follower)
        shown = b""
        while True:
            try:
                data = os.read(leader, 4096)
            except OSError:  # EIO: the build closed its end
                break
            if not data:
                break
            shown += data
        code = proc.wait()
    os.close(leader)
    return code, shown.decode()


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_a_build_on_a_terminal_shows_each_stage_in_both_engines(tmp_path, engine):
    root = copy_seeds(tmp_path / "p")
    code, shown = _on_a_terminal(["--root", str(root), "--clean", "--engine", engine, "--jobs", "2"])
    assert code == 0, shown
    for stage in ("read 5/5 in", "extract 5/5 in", "stories 2/2 in"):
        assert stage in shown
    code, shown = _on_a_terminal(["--root", str(root), "--clean", "--engine", engine, "--jobs", "2", "--no-progress"])
    assert code == 0 and "/s" not in shown


def test_no_progress_when_standard_error_is_not_a_terminal(tmp_path):
    root = copy_seeds(tmp_path / "p")
    r = subprocess.run([EXE, "build", "--root", str(root), "--clean"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stderr == ""
